"""dates recognizer (in progress)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from finbulletin.context import Context
from finbulletin.models import Entity


def recognize(ctx: Context) -> Iterable[Entity]:
    """Find dates entities in ``ctx.text``."""
    return ()


def detect_published(text: str) -> dt.date | None:
    """The publication date from a date line of the bulletin, if any."""
    return None
