"""Entity recognizers, one module per family.

Each module exposes ``recognize(ctx: Context) -> Iterable[Entity]``; the parser runs
them all and resolves overlaps with :func:`finbulletin.resolve.resolve_overlaps`.
"""
