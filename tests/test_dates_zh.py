"""Chinese dates: each case is a sentence and every date the recognizer must find in it."""

from __future__ import annotations

import pytest
from spacy.language import Language

import finbulletin
from finbulletin.tokenizer import make_nlp
from test_dates_en import Case, dates_in


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp("zh")


P = "2024-05-15"  # a Wednesday

CASES = [
    # calendar dates
    Case("full-date", "公司于2023年6月18日披露年报。", P, (("2023年6月18日", "2023-06-18", "2023-06-18"),)),
    Case(
        "full-date-with-time",
        "2024年5月15日 10:30，两市低开。",
        P,
        (("2024年5月15日", "2024-05-15", "2024-05-15"),),
    ),
    Case(
        "full-width-digits",
        "基金于２０２４年３月８日成立。",
        P,
        (("２０２４年３月８日", "2024-03-08", "2024-03-08"),),
    ),
    Case("numeric-date", "数据更新于2024-05-14。", P, (("2024-05-14", "2024-05-14", "2024-05-14"),)),
    Case(
        "month-day-takes-reference-year", "新规自3月1日起施行。", P, (("3月1日", "2024-03-01", "2024-03-01"),)
    ),
    Case(
        "month-day-last-year",
        "去年行情始于12月20日。",
        "2024-01-10",
        (("去年", "2023-01-01", "2023-12-31"), ("12月20日", "2023-12-20", "2023-12-20")),
    ),
    Case(
        "day-of-reference-month",
        "本周三(15日)北向资金净买入。",
        P,
        (("本周三", "2024-05-15", "2024-05-15"), ("15日", "2024-05-15", "2024-05-15")),
    ),
    Case("date-range", "路演于6月3日至6日举行。", P, (("6月3日至6日", "2024-06-03", "2024-06-06"),)),
    Case(
        "as-of-keeps-the-date",
        "截至2024年3月31日，持仓市值上升。",
        P,
        (("2024年3月31日", "2024-03-31", "2024-03-31"),),
    ),
    # years and ranges
    Case("year", "预计2025年营收翻番。", P, (("2025年", "2025-01-01", "2025-12-31"),)),
    Case(
        "year-range",
        "2026年至2028年资本开支维持高位，2025-2027年订单饱满。",
        P,
        (("2026年至2028年", "2026-01-01", "2028-12-31"), ("2025-2027年", "2025-01-01", "2027-12-31")),
    ),
    Case(
        "year-end",
        "目标价对应2025年底估值，2026年末产能达产。",
        P,
        (("2025年底", "2025-12-31", "2025-12-31"), ("2026年末", "2026-12-31", "2026-12-31")),
    ),
    Case(
        "since-year-is-the-year",
        "2019年以来分红稳定，自2021年回购加速，2022年起放缓。",
        P,
        (
            ("2019年", "2019-01-01", "2019-12-31"),
            ("2021年", "2021-01-01", "2021-12-31"),
            ("2022年", "2022-01-01", "2022-12-31"),
        ),
    ),
    # quarters, halves, months
    Case(
        "quarters",
        "一季度净利润下滑，第二季度回升，2023年四季度创新高。",
        P,
        (
            ("一季度", "2024-01-01", "2024-03-31"),
            ("第二季度", "2024-04-01", "2024-06-30"),
            ("2023年四季度", "2023-10-01", "2023-12-31"),
        ),
    ),
    Case(
        "first-three-quarters",
        "2023年前三季度营收增长12%。",
        P,
        (("2023年前三季度", "2023-01-01", "2023-09-30"),),
    ),
    Case("this-year-quarter", "今年一季度出口回暖。", P, (("今年一季度", "2024-01-01", "2024-03-31"),)),
    Case("quarter-code", "Q2出货量环比增长。", P, (("Q2", "2024-04-01", "2024-06-30"),)),
    Case(
        "halves",
        "2023年下半年需求回暖，上半年承压。",
        P,
        (("2023年下半年", "2023-07-01", "2023-12-31"), ("上半年", "2024-01-01", "2024-06-30")),
    ),
    Case("month-range", "2024年1-4月销量同比增长。", P, (("2024年1-4月", "2024-01-01", "2024-04-30"),)),
    Case("month-since", "4月以来成交放量。", P, (("4月以来", "2024-04-01", "2024-05-15"),)),
    Case("month-end", "3月底完成交割。", P, (("3月底", "2024-03-31", "2024-03-31"),)),
    # relative words
    Case(
        "days",
        "今日低开高走，昨日缩量，明日公布数据。",
        P,
        (
            ("今日", "2024-05-15", "2024-05-15"),
            ("昨日", "2024-05-14", "2024-05-14"),
            ("明日", "2024-05-16", "2024-05-16"),
        ),
    ),
    Case("weekday", "周五两市放量。", P, (("周五", "2024-05-10", "2024-05-10"),)),
    Case("last-week-weekday", "上周四大盘回调。", P, (("上周四", "2024-05-09", "2024-05-09"),)),
    Case(
        "calendar-units",
        "本周放量，上周缩量，本月反弹，上月调整。",
        P,
        (
            ("本周", "2024-05-13", "2024-05-19"),
            ("上周", "2024-05-06", "2024-05-12"),
            ("本月", "2024-05-01", "2024-05-31"),
            ("上月", "2024-04-01", "2024-04-30"),
        ),
    ),
    Case(
        "year-words",
        "今年以来上涨，去年下跌，年初至今跑赢大盘。",
        P,
        (
            ("今年以来", "2024-01-01", "2024-05-15"),
            ("去年", "2023-01-01", "2023-12-31"),
            ("年初至今", "2024-01-01", "2024-05-15"),
        ),
    ),
    # windows
    Case(
        "recent-windows",
        "近1周上涨2%，近一月上涨5%，近3个月上涨8%，近两年翻倍。",
        P,
        (
            ("近1周", "2024-05-08", "2024-05-15"),
            ("近一月", "2024-04-15", "2024-05-15"),
            ("近3个月", "2024-02-15", "2024-05-15"),
            ("近两年", "2022-05-15", "2024-05-15"),
        ),
    ),
    Case("past-years", "过去五年复合增速达20%。", P, (("过去五年", "2019-05-15", "2024-05-15"),)),
    Case(
        "future-windows",
        "未来三年产能翻倍，未来12个月目标价上调。",
        P,
        (("未来三年", "2024-05-15", "2027-05-15"), ("未来12个月", "2024-05-15", "2025-05-15")),
    ),
    Case(
        "future-range-outer-bound",
        "未来二至四个月或将震荡。",
        P,
        (("未来二至四个月", "2024-05-15", "2024-09-15"),),
    ),
    Case(
        "same-period-of-a-year",
        "今年以来净流入，较22年同期大增。",
        P,
        (("今年以来", "2024-01-01", "2024-05-15"), ("22年同期", "2022-01-01", "2022-05-15")),
    ),
    Case("months-in-a-row", "连续八个月净流入。", P, (("八个月", "2023-09-01", "2024-04-30"),)),
    Case("window-no-reference", "近1年收益率为12%。", None, (("近1年", None, None),)),
    # text only
    Case(
        "trading-days-text-only",
        "近10个交易日累计上涨，较上一交易日放量。",
        P,
        (("近10个交易日", None, None), ("上一交易日", None, None)),
    ),
    Case("mid-year-text-only", "ROE自当年年中回升。", P, (("当年年中", None, None),)),
    Case("vague-count-text-only", "过去几年估值持续压缩。", P, (("过去几年", None, None),)),
    # not dates
    Case(
        "vague-adverbs",
        "近期市场活跃，日前发布通知，早间高开，盘初震荡，午后回落，盘中翻红，截至发稿涨1%。",
        P,
        (),
    ),
    Case(
        "not-periods",
        "十五五规划出台，12个月远期市盈率下降，个股5连跌，月度数据和每日净流入为期三天公布。",
        P,
        (),
    ),
    Case("tenors-and-averages", "7日年化收益率2.1%，股价跌破20日均线，3日内涨停。", P, ()),
    Case("northbound-is-no-month", "北上月流出创新高，股价站上月线。", P, ()),
    Case("same-period-alone", "同期恒指下跌。", P, ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_chinese_dates(nlp: Language, case: Case) -> None:
    assert dates_in(nlp, "zh", case.text, case.published) == list(case.expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("芯片ETF(512760)2024年上涨3.87%，成交额2025万元。", ["2024年"]),
        ("2024年5月15日，该基金规模达2024亿元。", ["2024年5月15日"]),
    ],
    ids=["code-and-money-are-no-years", "date-then-money"],
)
def test_whole_pipeline_keeps_amounts_and_codes(
    parser: finbulletin.Parser, text: str, expected: list[str]
) -> None:
    assert [e.text for e in parser.parse(text, published=P, language="zh").of_kind("date")] == expected
