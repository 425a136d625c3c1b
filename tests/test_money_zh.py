"""Chinese money grammar (lang/zh/money.py): text -> the money records it holds."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import finbulletin
from finbulletin.lang.zh import money
from finbulletin.models import MoneyEntity
from helpers import context, money_record, spans_in_order


class Amount(NamedTuple):
    span: str  # the entity's text; found left to right in the case's text
    low: float
    high: float | None = None  # None: the same as low
    currency: str | None = "CNY"
    approximate: bool = False


class Case(NamedTuple):
    id: str
    text: str
    expected: tuple[Amount, ...]


def records(text: str, amounts: tuple[Amount, ...]) -> list[MoneyEntity]:
    """The full records the amounts stand for, their offsets found left to right."""
    spans = spans_in_order(text, [a.span for a in amounts])
    return [money_record(a, start, end) for a, (start, end) in zip(amounts, spans, strict=True)]


def find(text: str) -> list[MoneyEntity]:
    found = money.find(context(text, "zh"))
    assert all(isinstance(e, MoneyEntity) for e in found)
    return [e for e in found if isinstance(e, MoneyEntity)]


CASES = [
    # single amounts with scales
    Case("yi", "公司去年实现营收1.28亿元,同比增长。", (Amount("1.28亿元", 1.28e8),)),
    Case("wanyi", "全年社会融资规模增量达3.5万亿元。", (Amount("3.5万亿元", 3.5e12),)),
    Case("wan", "拟募集资金5000万元用于扩产。", (Amount("5000万元", 5e7),)),
    Case("wan-decimals", "当日融资买入额为3861.25万元。", (Amount("3861.25万元", 38_612_500),)),
    Case("thousands-separator", "全年累计净流入2,318.6亿元。", (Amount("2,318.6亿元", 2.3186e11),)),
    Case("qianwan", "单笔订单金额3千万元。", (Amount("3千万元", 3e7),)),
    Case("rmb-prefix", "交易对价为人民币9.623亿元。", (Amount("人民币9.623亿元", 9.623e8),)),
    Case("yuan-renminbi", "募集资金总额8亿元人民币。", (Amount("8亿元人民币", 8e8),)),
    # hedges: out of the span, approximate set
    Case("about", "该基金管理规模约300亿美元。", (Amount("300亿美元", 3e10, None, "USD", True),)),
    Case("over", "单日成交逾2000亿元", (Amount("2000亿元", 2e11, None, "CNY", True),)),
    Case("bare-yi-after-chao", "三只个股均获主力净买入超亿元。", (Amount("亿元", 1e8, None, "CNY", True),)),
    Case("bare-yi-after-shang", "带动上亿元社会投资", (Amount("亿元", 1e8, None, "CNY", True),)),
    Case("nearly-qianyi", "公司市值将近千亿元", (Amount("千亿元", 1e11, None, "CNY", True),)),
    Case("more-inside", "行业规模达300多亿元", (Amount("300多亿元", 3e10, None, "CNY", True),)),
    Case("about-after", "日均成交额5000亿元左右", (Amount("5000亿元", 5e11, None, "CNY", True),)),
    Case("da-is-no-hedge", "最新规模达86.4亿元", (Amount("86.4亿元", 8.64e9),)),
    # ranges: the right end's scale and currency carried to the left end
    Case(
        "range-wanyi",
        "机构预计市场空间为5万亿至7万亿美元。",
        (Amount("5万亿至7万亿美元", 5e12, 7e12, "USD"),),
    ),
    Case("range-hyphen", "回购金额300亿-400亿美元", (Amount("300亿-400亿美元", 3e10, 4e10, "USD"),)),
    Case("range-carried-scale", "预计净利润3至4亿元", (Amount("3至4亿元", 3e8, 4e8),)),
    Case("range-carried-hyphen", "目标募资3-4亿元", (Amount("3-4亿元", 3e8, 4e8),)),
    Case("range-chinese", "单价在两到三万港元之间", (Amount("两到三万港元", 2e4, 3e4, "HKD"),)),
    Case("range-both-written", "预计净利润为8亿元至9亿元", (Amount("8亿元至9亿元", 8e8, 9e8),)),
    Case(
        "change-then-level",
        "余额减少12.5亿元至-3.2亿元",
        (Amount("12.5亿元", 1.25e9), Amount("-3.2亿元", -3.2e8)),
    ),
    Case("range-english", "募资US$5-7 billion", (Amount("US$5-7 billion", 5e9, 7e9, "USD"),)),
    # Chinese and financial numerals
    Case("chinese-qianyi", "计划投资三千亿元", (Amount("三千亿元", 3e11),)),
    Case("chinese-decimal", "获得一点五万亿美元的订单", (Amount("一点五万亿美元", 1.5e12, None, "USD"),)),
    Case("liang", "罚款两千万元", (Amount("两千万元", 2e7),)),
    Case("capital-numerals", "合同金额为壹佰贰拾万元整", (Amount("壹佰贰拾万元", 1.2e6),)),
    Case("small-change", "每份售价五元三毛", (Amount("五元三毛", 5.3),)),
    Case("chinese-yuan-then-particle", "一千元的手机", (Amount("一千元", 1000),)),
    Case("change-verb-splits", "股价上涨10元至50元", (Amount("10元", 10), Amount("50元", 50))),
    Case("range-per-ton", "单价1-2万元/吨", (Amount("1-2万元", 1e4, 2e4),)),
    Case("fullwidth", "兑换价为１２．５美元", (Amount("１２．５美元", 12.5, None, "USD"),)),
    # signs, lists, prices
    Case("negative", "北向资金净流入为-56.8亿元", (Amount("-56.8亿元", -5.68e9),)),
    Case(
        "list-shared-unit",
        "三个行业分别净流入52.1、33.4和18.9亿元",
        (Amount("52.1", 5.21e9), Amount("33.4", 3.34e9), Amount("18.9亿元", 1.89e9)),
    ),
    Case(
        "slash-list",
        "预计2025-2027年EPS分别为1.25/1.58/1.96元",
        (Amount("1.25", 1.25), Amount("1.58", 1.58), Amount("1.96元", 1.96)),
    ),
    Case("not-less-than", "回购资金不低于3亿元", (Amount("3亿元", 3e8, None, "CNY", True),)),
    Case("list-of-prices", "目标价分别为31.5元、28元", (Amount("31.5元", 31.5), Amount("28元", 28))),
    Case("price", "该ETF最新报价1.23元", (Amount("1.23元", 1.23),)),
    Case("per-share", "每股派发现金红利0.35元", (Amount("0.35元", 0.35),)),
    Case("per-share-price", "定增价格为88.6元/股", (Amount("88.6元", 88.6),)),
    # currencies
    Case("hkd", "停牌前报2.64港元", (Amount("2.64港元", 2.64, None, "HKD"),)),
    Case("hkd-bi", "派息每股1.2港币", (Amount("1.2港币", 1.2, None, "HKD"),)),
    Case("eur", "收购金额为15亿欧元", (Amount("15亿欧元", 1.5e9, None, "EUR"),)),
    Case("jpy", "日本央行购入1万亿日元国债", (Amount("1万亿日元", 1e12, None, "JPY"),)),
    Case("usd-english-scale", "公司获得US$5 billion融资", (Amount("US$5 billion", 5e9, None, "USD"),)),
    Case("hk-dollar-sign", "配售价HK$43.8", (Amount("HK$43.8", 43.8, None, "HKD"),)),
    Case("dollar-with-yi", "市值一夜增加$500亿", (Amount("$500亿", 5e10, None, "USD"),)),
    Case(
        "exchange-rate",
        "1美元兑7.12元人民币",
        (Amount("1美元", 1, None, "USD"), Amount("7.12元人民币", 7.12)),
    ),
    # a bare 元 takes the currency of the market the text is about
    Case(
        "hong-kong-story-yuan",
        "港股收评:恒指收涨0.8%,恒生科技指数走强,腾讯控股(00700)收报512元。",
        (Amount("512元", 512, None, "HKD"),),
    ),
    Case(
        "hong-kong-story-dollar",
        "港股午评:恒指跌1.2%,国指跌1.1%,配售价$12.5",
        (Amount("$12.5", 12.5, None, "HKD"),),
    ),
    Case(
        "hong-kong-story-explicit-rmb",
        "港股收评:恒指跌1.2%,国指跌1.1%,公司募资人民币5亿元",
        (Amount("人民币5亿元", 5e8),),
    ),
    Case(
        "mainland-story-mentions-hk",
        "A股三大指数收涨,沪指涨0.5%,北向资金净买入80亿元,港股亦走强",
        (Amount("80亿元", 8e9),),
    ),
]

NOT_MONEY = [
    ("turnover-without-currency", "两市成交额1.38万亿,较前一日放量"),
    ("figure-without-unit", "较上年同期净流入873.6有所减少"),
    ("share-count", "公司拟回购不超过5000万股"),
    ("index-points", "沪指收报3388.5点"),
    ("weekday-before-dollar-index", "周一美元指数走高"),
    ("one-yuan-word", "推动一元化管理,构建多元格局"),
    ("kuai-as-classifier", "手机配备两块电池"),
    ("currency-word-before-tenor", "美元3年期国债收益率上行"),
    ("currency-word-before-percent", "人民币2%的升幅"),
    ("vague-shushi", "投入数十亿元"),
    ("vague-liangsan", "投入两三亿元"),
    ("ternary-battery", "三元锂电池装机量回升"),
    ("binary-option", "二元期权交易"),
    ("new-year-day", "1月1日元旦假期"),
    ("lantern-festival", "2月15日元宵节"),
    ("inside-url", "详见https://example.com/buy?price=5元"),
    ("order-number", "订单号 A202107211321363588510367 可用作"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_money(case: Case) -> None:
    assert find(case.text) == records(case.text, case.expected)


@pytest.mark.parametrize(("text"), [t for _, t in NOT_MONEY], ids=[i for i, _ in NOT_MONEY])
def test_not_money(text: str) -> None:
    assert find(text) == []


def test_parse_dispatches_chinese_money() -> None:
    bulletin = finbulletin.parse("预计5万亿至7万亿美元的投资", language="zh")
    assert bulletin.of_kind("money") == tuple(
        records("预计5万亿至7万亿美元的投资", (Amount("5万亿至7万亿美元", 5e12, 7e12, "USD"),))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("港股收评:恒指跌0.9%,腾讯(00700)报402元", ("HKD", "HKD")),
        ("港股收评:恒指、国指、恒生科技指数齐跌", ("HKD", "HKD")),
        ("A股三大指数上涨,南下资金经港股通流入港股", ("CNY", "USD")),
        ("公司公告称,项目总投资为12亿元", ("CNY", "USD")),
        ("中国指数研究院:百城房价上涨,美国指数走弱", ("CNY", "USD")),
    ],
    ids=["hk-code", "hk-indices", "mainland-with-southbound", "no-market", "guozhi-inside-words"],
)
def test_local_currencies(text: str, expected: tuple[str, str]) -> None:
    assert money.local_currencies(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01", "\ud800元", "元" * 500, "１" * 500 + "元", "5亿元" * 300, "-" * 200 + "5元", "$" * 100],
    ids=[
        "empty",
        "control",
        "lone-surrogate",
        "only-yuan",
        "long-fullwidth-number",
        "many",
        "dashes",
        "dollars",
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for entity in find(text):
        assert text[entity.start : entity.end] == entity.text


ALPHABET = "0123456789.,-亿万千百十元美港币人民约超至到、和一二两三四$ \n%"  # the grammar's own characters


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40))
def test_any_text_gives_spans_that_slice_back(text: str) -> None:
    for entity in find(text):
        assert text[entity.start : entity.end] == entity.text
        assert entity.low <= entity.high
