"""Movements (in progress)."""

from __future__ import annotations

from collections.abc import Sequence

from finbulletin.context import Context
from finbulletin.models import Entity, Movement


def find_movements(ctx: Context, entities: Sequence[Entity]) -> list[Movement]:
    """Find stated price or level changes."""
    return []
