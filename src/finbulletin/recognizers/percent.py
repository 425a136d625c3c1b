"""The percent recognizer: dispatches to the language pack's grammar.

The grammar lives in ``finbulletin/lang/en/percent.py`` and ``finbulletin/lang/zh/percent.py``;
each exposes ``find(ctx) -> list[...]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from finbulletin.context import Context
from finbulletin.lang.en import percent as en_percent
from finbulletin.lang.zh import percent as zh_percent
from finbulletin.models import Entity


def recognize(ctx: Context) -> Sequence[Entity]:
    """Find percent entities in ``ctx.text`` with the grammar of ``ctx.language``."""
    if ctx.language == "zh":
        return zh_percent.find(ctx)
    return en_percent.find(ctx)
