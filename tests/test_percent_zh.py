"""Chinese percent grammar (lang/zh/percent.py): text -> the percent records it holds."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import finbulletin
from finbulletin.lang.zh import percent
from finbulletin.models import PercentEntity
from helpers import context, spans_in_order


class Pct(NamedTuple):
    span: str  # the entity's text; found left to right in the case's text
    value: float
    points: bool = False  # percentage points (个百分点)


class Case(NamedTuple):
    id: str
    text: str
    expected: tuple[Pct, ...]


def records(text: str, percents: tuple[Pct, ...]) -> list[PercentEntity]:
    """The full records the percents stand for, their offsets found left to right."""
    return [
        PercentEntity(text=p.span, start=start, end=end, value=p.value, percentage_points=p.points)
        for p, (start, end) in zip(percents, spans_in_order(text, [p.span for p in percents]), strict=True)
    ]


def find(text: str) -> list[PercentEntity]:
    found = percent.find(context(text, "zh"))
    return [e for e in found if isinstance(e, PercentEntity)]


CASES = [
    Case("plain", "储能板块领涨4.31%", (Pct("4.31%", 4.31),)),
    Case("fullwidth", "指数上涨４．３１％", (Pct("４．３１％", 4.31),)),
    Case("hedge-out-of-span", "多只个股涨超3%", (Pct("3%", 3),)),
    Case("signed-plus", "储能(+6.12%)领涨", (Pct("+6.12%", 6.12),)),
    Case("signed-minus", "算力(-2.45%)领跌", (Pct("-2.45%", -2.45),)),
    Case("fu-sign", "同比增速为负1.2%", (Pct("负1.2%", -1.2),)),
    Case("range-two-entities", "涨幅在6.25%至9.98%之间", (Pct("6.25%", 6.25), Pct("9.98%", 9.98))),
    Case("range-shared-sign", "涨幅在5-20%之间", (Pct("5", 5), Pct("20%", 20))),
    Case("list-shared-sign", "分别增长1.5、2.3和4.1%", (Pct("1.5", 1.5), Pct("2.3", 2.3), Pct("4.1%", 4.1))),
    Case("permille-sign", "印花税率为1‰", (Pct("1‰", 0.1),)),
    Case("baifenzhi", "持股占比百分之五", (Pct("百分之五", 5),)),
    Case("baifenzhi-decimal", "利率下调百分之三点五", (Pct("百分之三点五", 3.5),)),
    Case("baifenzhi-arabic", "百分之12.5的股份", (Pct("百分之12.5", 12.5),)),
    Case("baifenzhi-bai", "百分之百控股", (Pct("百分之百", 100),)),
    Case("baifenzhi-not-percentile", "股价处于百分之七十百分位", (Pct("百分之七十", 70),)),
    Case("qianfenzhi", "佣金为千分之一", (Pct("千分之一", 0.1),)),
    Case("wanfenzhi", "费率万分之三", (Pct("万分之三", 0.03),)),
    Case("points", "权重下降9个百分点", (Pct("9个百分点", 9, True),)),
    Case("points-chinese", "毛利率提升两个百分点", (Pct("两个百分点", 2, True),)),
    Case("points-decimal", "收益率上行0.25个百分点", (Pct("0.25个百分点", 0.25, True),)),
    Case(
        "points-pct",
        "毛利率同比+1.2pct,净利率-0.8pct",
        (Pct("+1.2pct", 1.2, True), Pct("-0.8pct", -0.8, True)),
    ),
    Case("yicheng", "外资持仓约一成", (Pct("一成", 10),)),
    Case("sancheng", "仓位降至三成", (Pct("三成", 30),)),
    Case("qicheng-liu", "七成六的受访机构看多", (Pct("七成六", 76),)),
    Case("sancheng-ban", "净值回撤三成半", (Pct("三成半", 35),)),
    Case("banchen", "仅半成资金入场", (Pct("半成", 5),)),
    Case("arabic-cheng", "仓位提升至9成", (Pct("9成", 90),)),
    Case("decimal-cheng", "胜率约6.5成", (Pct("6.5成", 65),)),
    Case("spaced-cheng", "六 点 五 成", (Pct("六 点 五 成", 65),)),
    Case("cheng-before-particle", "近九成的基金上涨", (Pct("九成", 90),)),
    Case("jiucheng-jiu", "胜率九成九", (Pct("九成九", 99),)),
    Case("shicheng", "十成把握", (Pct("十成", 100),)),
    Case("signed-yoy", "同比+15%,环比-3%", (Pct("+15%", 15), Pct("-3%", -3))),
    Case("two-signs-range", "区间3%-5%", (Pct("3%", 3), Pct("5%", 5))),
    Case("traditional-points", "毛利率下降兩個百分點", (Pct("兩個百分點", 2, True),)),
]

NOT_PERCENT = [
    ("chengjiao", "两市成交额放大"),
    ("chengfengu", "10只成分股涨停"),
    ("wancheng", "公司完成定增"),
    ("yicheng-bubian", "格局一成不变"),
    ("tongyi-chengben", "统一成本核算"),
    ("zhiyi-chengwei", "其中之一成为龙头"),
    ("shifen-adverb", "机构十分看好"),
    ("percent-encoded-url", "见 https://www.example.com/search?q=30%25%2020%"),
    ("years-then-cheng", "3年成长"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_percent(case: Case) -> None:
    assert find(case.text) == records(case.text, case.expected)


@pytest.mark.parametrize("text", [t for _, t in NOT_PERCENT], ids=[i for i, _ in NOT_PERCENT])
def test_not_percent(text: str) -> None:
    assert find(text) == []


def test_parse_dispatches_chinese_percent() -> None:
    text = "科技股领涨,某股涨超3%"
    assert finbulletin.parse(text, language="zh").of_kind("percent") == tuple(records(text, (Pct("3%", 3),)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.,-+%‰百千万分之个点成半交一二三七十负 \n"), max_size=40))
def test_any_text_gives_spans_that_slice_back(text: str) -> None:
    for entity in find(text):
        assert text[entity.start : entity.end] == entity.text
