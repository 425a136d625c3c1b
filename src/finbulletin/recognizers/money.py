"""money recognizer (in progress)."""

from __future__ import annotations

from collections.abc import Iterable

from finbulletin.context import Context
from finbulletin.models import Entity


def recognize(ctx: Context) -> Iterable[Entity]:
    """Find money entities in ``ctx.text``."""
    return ()
