"""The money recognizer: dispatches to the language pack's grammar.

The grammar lives in ``finbulletin/lang/en/money.py`` and ``finbulletin/lang/zh/money.py``;
each exposes ``find(ctx) -> list[...]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from finbulletin.context import Context
from finbulletin.lang.en import money as en_money
from finbulletin.lang.zh import money as zh_money
from finbulletin.models import Entity


def recognize(ctx: Context) -> Sequence[Entity]:
    """Find money entities in ``ctx.text`` with the grammar of ``ctx.language``."""
    if ctx.language == "zh":
        return zh_money.find(ctx)
    return en_money.find(ctx)
