"""percent grammar for zh bulletins (in progress)."""

from __future__ import annotations

from finbulletin.context import Context
from finbulletin.models import Entity


def find(ctx: Context) -> list[Entity]:
    """Find percent entities."""
    return []
