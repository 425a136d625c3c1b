"""The dates recognizer: dispatches to the language pack's grammar.

The grammar lives in ``finbulletin/lang/en/dates.py`` and ``finbulletin/lang/zh/dates.py``;
each exposes ``find(ctx) -> list[...]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from finbulletin.context import Context
from finbulletin.lang.en import dates as en_dates
from finbulletin.lang.zh import dates as zh_dates
from finbulletin.models import Entity


def recognize(ctx: Context) -> Sequence[Entity]:
    """Find dates entities in ``ctx.text`` with the grammar of ``ctx.language``."""
    if ctx.language == "zh":
        return zh_dates.find(ctx)
    return en_dates.find(ctx)


def detect_published(text: str) -> dt.date | None:
    """The publication date from a date line of the bulletin (either language), if any."""
    return None
