"""Word lists and patterns for Chinese bulletins, one module per entity family."""
