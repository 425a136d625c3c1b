"""English percentages: text in, percent entities out (lang/en/percent.py), one table of cases."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from finbulletin.lang.en import percent
from finbulletin.models import PercentEntity
from helpers import context, span_after


@dataclass(frozen=True)
class Pct:
    """An expected percentage: its span (first occurrence after ``after``) and value."""

    span: str
    value: float
    points: bool = False
    after: str = ""


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: tuple[Pct, ...]


def record(text: str, pct: Pct) -> PercentEntity:
    start, end = span_after(text, pct.span, pct.after)
    return PercentEntity(text=pct.span, start=start, end=end, value=pct.value, percentage_points=pct.points)


CASES = [
    Case("symbol", "The ETF slipped 0.73% in early trade.", (Pct("0.73%", 0.73),)),
    Case("minus-sign-in-brackets", "XYZ (01234.HK) -3.150 (-1.26%)", (Pct("-1.26%", -1.26),)),
    Case("plus-sign", "Top gainer: +3.05% at the close.", (Pct("+3.05%", 3.05),)),
    Case("unicode-minus", "It ended at −2.4% for the week.", (Pct("−2.4%", -2.4),)),
    Case("spaced-symbol", "net income sank 27 % in the quarter .", (Pct("27 %", 27),)),
    Case("per-cent", "The index added 0.8 per cent on Monday.", (Pct("0.8 per cent", 0.8),)),
    Case("percent-word", "Margins widened by 12 percent.", (Pct("12 percent", 12),)),
    Case("percentage-alone", "They want 100 percentage commitment.", (Pct("100 percentage", 100),)),
    Case("pct", "Output grew 2.5 pct last year.", (Pct("2.5 pct", 2.5),)),
    Case("full-width", "The yield is ４．２％ now.", (Pct("４．２％", 4.2),)),
    Case(
        "percentage-points",
        "The spread narrowed 0.25 percentage points.",
        (Pct("0.25 percentage points", 0.25, points=True),),
    ),
    Case("ppt", "Its share rose 1.5 ppts.", (Pct("1.5 ppts", 1.5, points=True),)),
    Case("range-both-marked", "Gains of 30% to 40% are possible.", (Pct("30%", 30), Pct("40%", 40))),
    Case("range-between", "Stocks rose between 1.8% and 2.6%.", (Pct("1.8%", 1.8), Pct("2.6%", 2.6))),
    Case("range-unit-once", "Profit may grow 15 to 20 per cent.", (Pct("15", 15), Pct("20 per cent", 20))),
    Case("range-dash", "Expect a 3-4% dip.", (Pct("3", 3), Pct("4%", 4))),
    Case("range-between-unit-once", "It fell between 2 and 3 percent.", (Pct("2", 2), Pct("3 percent", 3))),
    Case("year-is-not-a-range-end", "Inflation may ease in 2026 to 7%.", (Pct("7%", 7),)),
    Case("words", "Sales fell seven percent.", (Pct("seven percent", 7),)),
    Case("words-hyphenated", "A twenty-five per cent stake was sold.", (Pct("twenty-five per cent", 25),)),
    Case("words-a-hundred", "They are a hundred percent sure.", (Pct("a hundred percent", 100),)),
    Case("minus-word", "Growth came in at minus three percent.", (Pct("minus three percent", -3),)),
    Case("hedge-out-of-span", "Both rose over 6% and nearly 9%.", (Pct("6%", 6), Pct("9%", 9))),
    Case("basis-points-are-not-percent", "The bank cut rates by 50 bps, or 50 basis points.", ()),
    Case("times-are-not-percent", "Demand may grow more than 8 times.", ()),
    Case("url-escapes-are-not-percent", "See https://example.test/q?a=10%20b%3D5% for data.", ()),
    Case("percent-after-code-letter", "Code AB12% is a typo.", ()),
    Case("percent-glued-to-a-word", "Exports grew 5%YoY in May.", (Pct("5%", 5),)),
    Case("percent-escape-is-not-percent", "The path a%20b holds 10%2D items.", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_percent(case: Case) -> None:
    found = percent.find(context(case.text, "en"))
    assert found == [record(case.text, p) for p in case.expected]


def test_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)
