"""Word lists and patterns for English bulletins, one module per entity family."""
