"""Date rules that scan only texts holding a trigger word find every match they would find.

A :class:`~finbulletin.periods.Triggered` rule skips a text without any of its triggers;
that is exact only while every match of its pattern holds a trigger. These sentences
(our own) exercise every alternative of those patterns.
"""

from __future__ import annotations

import pytest

from finbulletin.lang.en import dates as en_dates
from finbulletin.lang.zh import dates as zh_dates
from finbulletin.periods import Triggered

SENTENCES = [
    "2025年前三季度营收增长，第一季度和三季度净利润回升，2025Q3与Q1均超预期，上季度与本个季度持平。",
    "今年上半年出口增长，下半年有望回暖，H1与H2业绩分化，2024年上半年基数较低。",
    "近3天累计上涨5%，两天暴涨，5个交易日内下跌，10天里反弹。",
    "自当前水平起计六个月，此后12个月，之后三个年度，以后两年，给予12个月目标价。",
    "Sales rose in Q3 2025, Q3 of 2025 and Q1'26; 3Q and 1Q25 were weak, and Q4 fiscal is next.",
    "Over the past few years, the next several months and the last couple of weeks, in coming months",
    "Shares are up 5% year-to-date and 3% month to date, 2% YTD, 1% MTD, so far this year,",
    "and 4% since the start of the year, 6% since the beginning of this year.",
    "On March 3, 2025 and 15 April 2025, from March 3 to 7 and 3 to 7 March, in July 2015,",
    "in Jun/ Sep/ Dec 2024, since September, by the end of March 2026 and end-Sept.",
    "Fiscal year 2026 and FY26 guidance; today, tomorrow and yesterday; this week, last month,",
    "next quarter and this year. Around Lunar New Year, Christmas Day, Golden Week, Black Friday,",
    "Cyber Monday, Singles' Day, Easter, National Day and May Day sales rose.",
    "春节假期前后，国庆节期间和中秋节消费回暖，双11与黄金周表现平稳，元旦、五一、端午、圣诞与除夕亦然。",
    "2025年营收增长，24年底回落，2027年至2030年需求旺盛，今年以来上涨，年初至今，今年前5个月，去年同期。",
    "本周二与上星期五、礼拜一成交放大，上一交易日与连续5个交易日均上涨。",
]

TRIGGERED = [rule for rule, _ in (*en_dates.RULES, *zh_dates.RULES) if isinstance(rule, Triggered)]


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.triggers[0])
def test_every_match_holds_a_trigger(rule: Triggered) -> None:
    # a match with the few characters its lookarounds read on either side
    seen = [s[max(0, m.start() - 4) : m.end() + 4] for s in SENTENCES for m in rule.pattern.finditer(s)]
    assert seen, "the sentences should exercise the rule"
    assert [w for w in seen if not any(t in w for t in rule.triggers)] == []
    for sentence in SENTENCES:
        assert [m.span() for m in rule.finditer(sentence)] == [
            m.span() for m in rule.pattern.finditer(sentence)
        ]


def test_a_text_without_triggers_is_not_scanned() -> None:
    quarter = next(rule for rule in TRIGGERED if "季度" in rule.triggers)
    assert list(quarter.finditer("沪指上涨1.2%，成交额放大。")) == []
