"""An English sentence and its Chinese rendering give the same canonical records."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import finbulletin
from finbulletin.models import Bulletin

PUBLISHED = "2026-03-18"


@dataclass(frozen=True)
class Pair:
    id: str
    en: str
    zh: str


PAIRS = (
    Pair(
        "index-move",
        "The CSI 300 Index rose 1.25% to close at 3,912.40 points.",
        "沪深300指数上涨1.25%,收于3912.40点。",
    ),
    Pair("chinext", "The ChiNext Index fell 0.87% today.", "创业板指今日下跌0.87%。"),
    Pair("stock-with-code", "Kweichow Moutai (600519) gained 2.1%.", "贵州茅台(600519)上涨2.1%。"),
    Pair("hk-stock", "Tencent Holdings (00700) dropped 3.4%.", "腾讯控股(00700)下跌3.4%。"),
    Pair("etf", "The Chip ETF (512760) slipped 1.5%.", "芯片ETF(512760)下跌1.5%。"),
    Pair("money-yi", "Turnover of the fund reached 1.28 billion yuan.", "该基金成交额达12.8亿元。"),
    Pair("money-range", "Demand will reach $5 trillion to $7 trillion.", "需求将达5万亿至7万亿美元。"),
    Pair(
        "broker-forecast-years",
        "CITIC Securities expects demand to grow between 2027 and 2030.",
        "中信证券预计2027年至2030年需求将增长。",
    ),
    Pair(
        "next-years",
        "Goldman Sachs expects the index to rise over the next three years.",
        "高盛预计未来三年该指数将上涨。",
    ),
    Pair(
        "date",
        "On March 2, 2026, the Shanghai Composite Index closed up 0.5%.",
        "2026年3月2日,上证指数收涨0.5%。",
    ),
    Pair("sector", "The photovoltaic equipment sector rose 2.3%.", "光伏设备板块上涨2.3%。"),
    Pair("hang-seng-tech", "The Hang Seng Tech Index fell 1.1%.", "恒生科技指数下跌1.1%。"),
)


def canonical(b: Bulletin) -> dict[str, object]:
    """What must agree across languages: canonical names, codes, values, moves, forecasts."""
    entities = set()
    for e in b.entities:
        if e.kind in ("index", "security"):
            entities.add((e.kind, e.name, e.code))
        elif e.kind in ("sector", "organization"):
            entities.add((e.kind, e.name, None))
        elif e.kind == "money":
            entities.add((e.kind, e.low, e.high, e.currency))
        elif e.kind == "percent":
            entities.add((e.kind, e.value))
        elif e.kind == "date":
            entities.add((e.kind, e.start_date, e.end_date))
    moves = {(m.subject.name if m.subject else None, m.direction, m.change) for m in b.movements}
    claims = {
        (f.source.name, f.period.start_date.year if f.period and f.period.start_date else None)
        for f in b.forecasts
    }
    return {"entities": entities, "movements": moves, "forecasts": claims}


@pytest.mark.parametrize("pair", PAIRS, ids=[p.id for p in PAIRS])
def test_english_and_chinese_agree(parser: finbulletin.Parser, pair: Pair) -> None:
    en = parser.parse(pair.en, published=PUBLISHED)
    zh = parser.parse(pair.zh, published=PUBLISHED)
    assert (en.language, zh.language) == ("en", "zh")
    assert en.entities, "something is recognised"
    assert canonical(en) == canonical(zh)
