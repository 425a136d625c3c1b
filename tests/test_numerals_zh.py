"""Chinese numerals (lang/zh/numerals.py): reading, folding, scale carrying, shared numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from finbulletin.lang.zh.numerals import carry_scale, fold, parse_number, shared_numbers_before


class Reading(NamedTuple):
    id: str
    text: str
    value: str | None  # the exact value as a decimal string, None when the text is no numeral


READINGS = [
    Reading("arabic", "31254", "31254"),
    Reading("arabic-decimal", "4.31", "4.31"),
    Reading("thousands", "1,627.4", "1627.4"),
    Reading("fullwidth", "４．５", "4.5"),
    Reading("fullwidth-thousands", "１１１，１１１", "111111"),
    Reading("mixed-wan", "3861.25万", "38612500"),
    Reading("mixed-wanyi", "3.5万亿", "3500000000000"),
    Reading("mixed-qianwan", "3千万", "30000000"),
    Reading("qian", "三千", "3000"),
    Reading("yidianwu", "一点五", "1.5"),
    Reading("liang", "两", "2"),
    Reading("shisan", "十三", "13"),
    Reading("ershi", "二十", "20"),
    Reading("yibaiershiwu", "一百二十五", "125"),
    Reading("ling", "一百零五", "105"),
    Reading("colloquial-baiwu", "一百五", "150"),
    Reading("colloquial-wanwu", "两万五", "25000"),
    Reading("yi-then-wan", "一亿二千万", "120000000"),
    Reading("wanyi-chinese", "一点五万亿", "1500000000000"),
    Reading("capital-sequence", "壹贰叁", "123"),
    Reading("capital-units", "拾万零五十六点叁叁", "100056.33"),
    Reading("capital-bai", "壹佰贰拾万", "1200000"),
    Reading("digit-sequence-year", "二〇二五", "2025"),
    Reading("traditional", "七十五萬", "750000"),
    Reading("spaced", "一 百二 十点 五", "120.5"),
    Reading("decimal-digits", "一百一十一点一一二", "111.112"),
    Reading("bare-yi", "亿", "100000000"),
    Reading("bare-bai", "百", "100"),
    Reading("half", "半", "0.5"),
    Reading("minus", "-512.46", "-512.46"),
    Reading("fu", "负3.9", "-3.9"),
    Reading("fullwidth-minus", "－1２２", "-122"),
    Reading("empty", "", None),
    Reading("word", "成交", None),
    Reading("two-numbers", "3三", None),
    Reading("point-without-digits", "三点", None),
    Reading("vague-liangsan", "两三亿", None),
    Reading("vague-yier", "一二百", None),
]


@pytest.mark.parametrize("case", READINGS, ids=[r.id for r in READINGS])
def test_parse_number(case: Reading) -> None:
    expected = None if case.value is None else Decimal(case.value)
    assert parse_number(case.text) == expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("上涨４．３１％", "上涨4.31%"),
        ("百分之９，９９９", "百分之9,999"),
        ("$20，300美圆", "$20，300美圆"),  # a full-width comma after half-width digits is a clause break
        ("兩個百分點", "两个百分点"),
        ("－５", "-5"),
        ("　", " "),
        ("", ""),
    ],
    ids=["fullwidth-digits", "fullwidth-grouping", "clause-comma", "traditional", "minus", "space", "empty"],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text(max_size=50))
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("left", "right", "value"),
    [
        ("3", "4亿", "300000000"),
        ("两", "三万", "20000"),
        ("两", "三千亿", "200000000000"),
        ("3千", "4千万", "30000000"),
        ("十", "二十万", "100000"),
        ("300亿", "400亿", "30000000000"),
        ("5", "7", "5"),
        ("3", "4千", "3000"),
    ],
    ids=["yi", "wan", "qianyi", "own-qian", "own-shi", "own-scale", "no-scale", "qian"],
)
def test_carry_scale(left: str, right: str, value: str) -> None:
    assert carry_scale(left, parse_number(left) or Decimal(0), right) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("分别为356.2、128.7和52.9亿元", "52.9", [("128.7", False), ("356.2", False)]),
        ("区间5-20%", "20", [("5", True)]),
        ("两到三万港元", "三万", [("两", True)]),
        ("净流入873.6减少1,627.4亿元", "1,627.4", []),
        ("目标价38.6元、42元", "42", []),
        ("2025年和2026年", "2026", []),
    ],
    ids=["list", "range", "chinese-range", "no-joiner", "member-with-own-unit", "year-list"],
)
def test_shared_numbers_before(text: str, before: str, expected: list[tuple[str, bool]]) -> None:
    found = shared_numbers_before(fold(text), text.index(before))
    assert [(text[s.start : s.end], s.is_range_end) for s in found] == expected
