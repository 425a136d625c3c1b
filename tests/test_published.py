"""The publication date read from a bulletin's own date line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

import finbulletin
from finbulletin.recognizers.dates import detect_published


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: dt.date | None


CASES = [
    Case(
        "bullet-iso",
        "Banks lead a quiet session\n\n   • 2024-06-12\n\nToday, stocks edged up.",
        dt.date(2024, 6, 12),
    ),
    Case("iso-with-time", "Copper hits a record\n2024-06-12 10:05\nThe metal rose 2%.", dt.date(2024, 6, 12)),
    Case(
        "dotted-with-time-and-byline",
        "Gold climbs\n\nAASTOCKS\n2024.06.12 07:00\n\nGold rose.",
        dt.date(2024, 6, 12),
    ),
    Case("seconds", "指数收评\n2016-03-25 15:30:00\n沪指收涨。", dt.date(2016, 3, 25)),
    Case("label-en", "Published: 2024-06-12\nStocks rose on Wednesday.", dt.date(2024, 6, 12)),
    Case("label-zh", "半导体板块走强\n发布时间：2024-03-18\n芯片股全线上涨。", dt.date(2024, 3, 18)),
    Case("han-date-with-time", "港股收评\n2024年6月12日 16:10\n恒指收涨1%。", dt.date(2024, 6, 12)),
    Case("source-and-date", "光伏板块涨停潮\n证券时报· 2024-06-12 15:38\n光伏股大涨。", dt.date(2024, 6, 12)),
    Case(
        "byline-month-name",
        "Shares rebound\n\nXinhua, June 12, 2024 Print\n\nShares rose.",
        dt.date(2024, 6, 12),
    ),
    Case("weekday-and-date", "Wednesday, June 12, 2024\nMarkets rallied.", dt.date(2024, 6, 12)),
    # negatives
    Case("date-inside-a-sentence", "截至2024年3月18日 14:30，指数下跌1.92%，成交额放大。", None),
    Case("english-sentence", "The central bank cut rates on June 12, 2024, surprising traders.", None),
    Case("as-at-stamp", "Quote\nData as at 2024-06-12 12:25\nThe stock fell.", None),
    Case("headline-with-figures", "2024年6月12日A股收评：沪指涨1.2%\n两市成交放量。", None),
    Case("unknown-line", "Stocks rise\n\nunknown\n\nStocks rose today.", None),
    Case("too-far-down", "\n".join(["Market wrap line."] * 20 + ["2024-06-12"]), None),
    Case("no-year", "行情回顾\n6月12日\n沪指收涨。", None),
    Case("impossible-date", "Wrap\n2024-02-30\nStocks rose.", None),
    Case("empty", "", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_detect_published(case: Case) -> None:
    assert detect_published(case.text) == case.expected


def test_parse_uses_the_date_line_when_the_caller_gives_none(parser: finbulletin.Parser) -> None:
    text = "Chip stocks rally\n\n  • 2024-06-12\n\nToday, chip stocks rose."
    bulletin = parser.parse(text)
    assert bulletin.published == dt.date(2024, 6, 12)
    today = [e for e in bulletin.entities if e.kind == "date" and e.text == "Today"]
    assert [(e.start_date, e.end_date) for e in today] == [(dt.date(2024, 6, 12), dt.date(2024, 6, 12))]


def test_the_callers_date_wins(parser: finbulletin.Parser) -> None:
    text = "Chip stocks rally\n\n  • 2024-06-12\n\nToday, chip stocks rose."
    assert parser.parse(text, published="2024-06-13").published == dt.date(2024, 6, 13)
