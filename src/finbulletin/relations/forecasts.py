"""Forecasts (in progress)."""

from __future__ import annotations

from collections.abc import Sequence

from finbulletin.context import Context
from finbulletin.models import Entity, Forecast


def find_forecasts(ctx: Context, entities: Sequence[Entity]) -> list[Forecast]:
    """Find attributed forward-looking claims."""
    return []
