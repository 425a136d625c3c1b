"""Date grammar for Chinese bulletins: dates, years, periods and relative windows.

Each rule is a compiled pattern with a handler that turns its match into
:class:`~finbulletin.models.DateEntity` records; the calendar sums are in
:mod:`finbulletin.periods`. Anything resolved against the publication date is
``relative``; without a publication date it keeps its text and gets no dates.

What is a date here (SPEC.md and the annotators' notes): 2025年8月7日, 8月7日, 7日, 周二,
2026年 (also in 2025年中国…, 2025年中报), 2027年至2030年, 2026年底 (31 December),
2025年上半年, 三季度 (with no year: the reference year's), 前三季度, 今日, 本周, 上月,
今年以来, 年初至今, windows 近1周 / 过去三年 / 未来12个月, "19年同期" (the period just
spoken of, in 2019), 全月/当月, 全季 and 全年/当年 (the month, quarter or year just spoken
of). Text only: trading-day windows (近5个交易日, 连续5个交易日, 上一交易日), holidays,
2025年中, 当年年中, vague counts (过去几个月). Not dates: 近期, 日前, 早间, 盘中, 截至发稿,
同期 alone, plan names (十五五), 12个月滚动市盈率, 3连跌, 月度, 每日, 为期三天, 一季报,
counts of days (有4日上涨, 其中2日, 5日中有3日).

Example:
    >>> from datetime import date
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> s = "中信证券预计2027年至2030年需求旺盛，芯片ETF近1周上涨3.15%。"
    >>> found = find(Context(s, "zh", date(2023, 9, 7), make_nlp("zh")(s)))
    >>> [(e.text, e.start_date.isoformat(), e.end_date.isoformat()) for e in found]
    [('2027年至2030年', '2027-01-01', '2030-12-31'), ('近1周', '2023-08-31', '2023-09-07')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from finbulletin import periods
from finbulletin.context import Context
from finbulletin.models import DateEntity, Entity
from finbulletin.periods import DateSpan, Rule, Triggered, make_entity

#: Han numerals up to ten; larger ones are built from these ("十二", "二十").
HAN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip

#: Weekday characters after 周/星期/礼拜, Monday 0 .. Sunday 6.
WEEKDAY_CHARS: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

#: Relative day words and their distance from the reference date in days.
DAY_WORDS: dict[str, int] = {
    "今日": 0, "今天": 0, "当日": 0, "当天": 0, "昨日": -1, "昨天": -1, "明日": 1, "明天": 1,
    "前天": -2, "后天": 2,
}  # fmt: skip

#: The first character of a relative unit word and its step: 本周 0, 上月 -1, 明年 1.
STEPS: dict[str, int] = {
    "本": 0, "这": 0, "当": 0, "今": 0, "上": -1, "去": -1, "下": 1, "明": 1, "次": 1, "前": -2,
}  # fmt: skip

# ---------------------------------------------------------------- shared fragments
# A four-digit year, not the tail of a longer number or code.
_Y4 = r"(?<![\d.])(?:19|20|１９|２０)\d\d"
# A written year before 年: four digits, or two digits ("19年同期", "24年三季度").
_YEAR = r"(?<![\d.])(?:(?:19|20|１９|２０)\d\d|\d\d)(?!\d)"
# A count in digits or Han numerals, up to 999 / 九十九.
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
# The characters before 上/下 that make them part of another word: 北上 (northbound),
# 马上, 以上, 站上 (a chart line), ...
_NOT_BEFORE_SHANG = r"(?<![北南向往马以之加线站冲回升攀爬跌涨至于在])"
# A relative year word: 今年, 去年, 明年, 前年, 本年, 上年, 当年.
_REL_YEAR = rf"(?:今|去|明|前|本|{_NOT_BEFORE_SHANG}上|当)年"
# 中 after a year is the middle of it only before a boundary: 2025年中, 年中以来; not
# 2025年中国 (the year, then China), 2025年中报 (the interim report), 2025年中期.
_MID = r"中(?=[^\p{Han}]|$|以来|前后|左右|时|之前|以前|以后|开始|起|至|到|的)"
# The ends and the start of a year, not the first characters of another word: 年底部,
# 年末端, 年终端 (a terminal), 年初步 (preliminary).
_YEAR_PART = rf"(?:[底末](?![部线仓层端位])|终(?![端止结])|初(?![步值稿])|{_MID})"
# What a year may be named by: a written year or a relative year word.
_ANY_YEAR = rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_REL_YEAR}))"

# ---------------------------------------------------------------- patterns, one per rule

FULL_DATE = regex.compile(
    rf"""
    (?:(?P<y>{_YEAR})年)?                  # 2025年 (optional: a year-less date takes P's)
    (?<![\d.])(?P<m>\d{{1,2}})月
    (?P<d>\d{{1,2}})[日号]                 # 8月7日, 8月7号
    (?:
        (?:至|到|[-~—–])                   # 4月20日至27日 / 4月20日-4月27日
        (?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})[日号]
    )?
    """,
    regex.VERBOSE,
)

MONTH = regex.compile(
    rf"""
    (?:{_ANY_YEAR})?                       # 2025年 / 今年 (optional)
    (?<![\d.近过去来前后内第每逐个])          # not 近3月 (a window), not 第3月
    (?P<m>\d{{1,2}})
    (?:(?:至|到|[-~—–])(?P<m2>\d{{1,2}}))?  # 1-9月, 1至9月
    月(?:份)?
    (?P<part>底|末|初|中旬|上旬|下旬|以来|至今|中)?   # 3月底, 6月以来, 3月初
    (?![日号\d个期])                        # 8月7日 is the full-date rule; 3月期 a tenor
    """,
    regex.VERBOSE,
)

DAY_OF_MONTH = regex.compile(
    r"""
    (?<![\d.月近去来第每前后数几个连续期为有共])     # not part of a date, a window or a count
    (?<!其中|[累合共总]计)                    # 有4日上涨, 其中3日, 累计2日: counts (预计5日 is a day)
    (?P<d>\d{1,2})[日号]
    (?![均线内年移平后前以起间元股只家\d])   # not 5日均线, 7日年化, 3日内
    (?!中(?:有|共|仅|只|\d))                # 5日中有2日: a count
    """,
    regex.VERBOSE,
)

YEAR = regex.compile(
    rf"""
    (?P<y>{_Y4})年
    (?P<part>{_YEAR_PART}|全年|度)?         # 2026年底, 2025年初, 2025年全年, 2025年度
    (?!化|[上下]半年|前?[一二三四1-4]季|第[一二三四]季|\d)   # 2025年上半年 etc. belong to other rules
    """,
    regex.VERBOSE,
)

SHORT_YEAR = regex.compile(
    r"""
    (?<![\d.近去来前后第每数几个连续])
    (?P<y>\d\d)年
    (?=同期|底|末|全年|[上下]半年|[一二三四1-4]季度|前三季度|\d{1,2}月)   # 19年同期, 25年底
    (?P<part>底|末|全年)?
    """,
    regex.VERBOSE,
)

YEAR_RANGE = regex.compile(
    rf"""
    (?P<a>{_Y4})年?
    (?:至|到|[-~—–])
    (?P<b>{_Y4}|\d\d(?=年))年              # 2027年至2030年, 2027-2030年, 2027-30年
    """,
    regex.VERBOSE,
)

REL_YEAR = regex.compile(
    rf"""
    (?P<ry>{_REL_YEAR})
    (?P<part>年中|年?{_YEAR_PART}|全年|以来|至今)?   # 今年以来 (1 January to P), 今年年底, 当年年中
    (?![度报])                              # 上年度 is still a year: handled by the year itself
    """,
    regex.VERBOSE,
)

SINCE_YEAR_START = regex.compile(
    r"""
    (?:年初|年内)(?:至今|以来)               # 年初至今, 年初以来
    | (?<=\d年)(?P<mid>年中|年初)            # 2025年年中: text only
    """,
    regex.VERBOSE,
)

FIRST_MONTHS = regex.compile(
    rf"""
    (?:{_ANY_YEAR}|年初)                    # 今年, 2025年
    (?=以来|至今|前)(?:以来|至今)?前?       # 以来 / 前 make it the first months, not a month
    (?P<n>{_NUM})个?月                      # 今年以来3个月, 今年前5个月
    """,
    regex.VERBOSE,
)

QUARTER = regex.compile(
    rf"""
    (?:{_ANY_YEAR})?                        # 2025年 / 今年 (optional)
    (?:
        (?P<first>前)(?P<q>[一二三四1-4])季度          # 前三季度: quarters 1..n
      | 第?(?P<q>[一二三四1-4])季度                       # 三季度, 第一季度 (一季报 is a report)
      | (?:(?P<y>{_Y4})\s?|(?<![A-Za-z\d]))Q(?P<q>[1-4])(?![A-Za-z\d])   # Q1, 2025Q3
      | (?P<rq>[上本下这])个?季度                        # 上季度, 本季度
    )
    """,
    regex.VERBOSE,
)

HALF = regex.compile(
    rf"""
    (?:{_ANY_YEAR})?                        # 2025年 / 今年 (optional)
    (?P<h>[上下])半年                        # 上半年, 下半年
    | (?<![A-Za-z\d])H(?P<hn>[12])(?![A-Za-z\d])    # H1
    """,
    regex.VERBOSE,
)

DAY_WORD = regex.compile(
    r"""
    (?P<w>今日|今天|当日|当天|昨日|昨天|明日|明天|前天|后天)
    (?!头条|之星|起|[以之]?后)              # 今日头条 is a company; 明日之星; 明日起 (kept below)
    """,
    regex.VERBOSE,
)

CALENDAR_UNIT = regex.compile(
    rf"""
    (?P<w>[本这上下]|{_NOT_BEFORE_SHANG}(?=上))?
    (?:
        (?P<which>[本这当]|{_NOT_BEFORE_SHANG}[上下])个?(?P<unit>周|星期|月)   # 本周, 上周, 上个月, 当月
    )
    (?P<since>以来|至今)?                    # 本月以来
    (?![一二三四五六日天线度均])              # 上周五 is a weekday; 上月线 a chart line
    """,
    regex.VERBOSE,
)

WEEKDAY = regex.compile(
    rf"""
    (?<![\d每逐隔])                          # 每周二 is every Tuesday
    (?P<which>[本这]|{_NOT_BEFORE_SHANG}[上下])?
    (?:周|星期|礼拜)(?P<d>[一二三四五六日天])
    (?![一二三四五六七八九十\d])              # not 周一二 lists of counts
    """,
    regex.VERBOSE,
)

WINDOW = regex.compile(
    rf"""
    (?P<dir>近|最近|过去|未来|今后|往后|此后|前后)   # 近1周, 过去三年, 未来12个月
    (?:的)?
    (?:
        (?P<n>{_NUM}|半)
        (?:(?:至|到|-|~)(?P<n2>{_NUM}))?     # 未来一至三个月: the outer bound
      | (?P<vague>几|数|多)                   # 过去几个月: text only
    )
    个?
    (?P<unit>交易日|年|月|周|星期|日|天|季度)
    (?P<lai>来|以来)?
    """,
    regex.VERBOSE,
)

YEARS_SINCE = regex.compile(
    rf"""
    (?<![\d近去来前后第每数几个连续为期])
    (?P<n>{_NUM})(?P<unit>年|个月)(?:以)?来      # 十年来, 三个月以来: back to the reference date
    """,
    regex.VERBOSE,
)

FORWARD_COUNT = regex.compile(
    rf"""
    (?:
        (?<=起计|之后|此后|以后)(?P<n>{_NUM})个?(?P<unit>月|年)          # 自当前水平起计六个月
      | (?<![\d近去来前后第每数几连续])(?P<n>{_NUM})个(?P<unit>月)(?=目标)   # 12个月目标(价)
    )
    """,
    regex.VERBOSE,
)

RUNNING_MONTHS = regex.compile(
    rf"""
    (?<=连续)(?P<n>{_NUM})个月                  # 连续十三个月: whole months up to last month
    """,
    regex.VERBOSE,
)

RANGE_MONTHS = regex.compile(
    rf"""
    (?<![\d近去来前后第每数几连续])
    {_NUM}(?:至|到|-|~){_NUM}个月(?![内的]?目标)   # 六至12个月: a horizon with no anchor, text only
    """,
    regex.VERBOSE,
)

DAYS_OF_MOVE = regex.compile(
    rf"""
    (?<![\d近去来前后第每数几个连续为期有共])(?<!其中|[累合共总]计)   # 有3天上涨: a count, no window
    (?P<n>{_NUM})(?P<unit>天|个交易日)        # 两天暴涨: the days up to the reference date
    (?=[内里]?(?:累计|合计|累|连|共|暴涨|暴跌|大涨|大跌|上涨|下跌|涨|跌|飙|狂|反弹|回调|下挫|攀升))
    """,
    regex.VERBOSE,
)

TRADING_DAY = regex.compile(
    rf"""
    (?:上|前|下|次|后)一?个?交易日           # 上一交易日, 下个交易日: text only
    | 连续{_NUM}个?交易日                    # 连续5个交易日: a run of sessions, text only
    """,
    regex.VERBOSE,
)

SAME_PERIOD = regex.compile(
    rf"""
    (?:(?P<y>{_YEAR})年|(?P<ry>去年|上年|前年))同期    # 19年同期, 去年同期
    """,
    regex.VERBOSE,
)

WHOLE_PERIOD = regex.compile(
    r"""
    整月|全月                               # the month spoken of (当月: the calendar-unit rule)
    | 全年(?![龄级])                         # the year spoken of (2025年全年 is the year rule)
    | [全当]季度?(?!酒店)                    # the quarter spoken of (全季酒店 is a hotel chain)
    """,
    regex.VERBOSE,
)

#: The words that name the month, quarter or year spoken of just before them.
WHOLE_UNITS: dict[str, str] = {
    "整月": "month", "全月": "month", "当月": "month", "全季": "quarter", "全季度": "quarter",
    "当季": "quarter", "当季度": "quarter", "全年": "year", "当年": "year",
}  # fmt: skip

HOLIDAY = regex.compile(
    r"""
    (?<![一二三四五六七八九十\d])
    (?:春节|国庆节?|五一|劳动节|元旦|清明节|端午节?|中秋节?|双十一|双11|黄金周|圣诞节?|感恩节|除夕)
    (?:假期|长假|前后|期间)?
    """,
    regex.VERBOSE,
)


# ---------------------------------------------------------------- helpers


def han_number(text: str) -> int | None:
    """The value of a count written in digits or Han numerals up to 999.

    Example:
        >>> [han_number(t) for t in ("12", "十三", "二十", "两", "一百")]
        [12, 13, 20, 2, None]
    """
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return HAN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    high = 1 if not tens else HAN_DIGITS.get(tens)
    low = 0 if not units else HAN_DIGITS.get(units)
    return None if high is None or low is None or len(units) > 1 else high * 10 + low


def _entity(m: regex.Match[str], span: DateSpan | None, *, relative: bool = False) -> DateEntity:
    return make_entity(m.string, m.start(), m.end(), span, relative=relative)


def _written_year(text: str) -> int:
    value = int(text)
    return periods.two_digit_year(value) if value < 100 else value


def _year_of(m: regex.Match[str], ref: dt.date | None) -> tuple[int | None, bool]:
    """The year named by the match's ``y`` or ``ry`` group, else None; and whether P was used."""
    groups = m.groupdict()
    if groups.get("y"):
        return _written_year(groups["y"]), False
    word = groups.get("ry")
    if word:
        return (None if ref is None or word[0] == "当" else ref.year + STEPS[word[0]]), True
    return None, True


def _length(n: int, unit: str) -> dict[str, int]:
    """The relativedelta keywords for ``n`` of a Chinese unit."""
    if unit == "年":
        return {"years": n}
    if unit == "季度":
        return {"months": 3 * n}
    if unit == "月":
        return {"months": n}
    if unit in ("周", "星期"):
        return {"weeks": n}
    return {"days": n}


def _count(text: str | None) -> int | None:
    if text is None:
        return None
    return 6 if text == "半" else han_number(text)


# ---------------------------------------------------------------- handlers, one per rule


def _numeric(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span = periods.numeric_date(m)
    if span is not None:
        yield _entity(m, span)


def _full_date(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month, day = int(m["m"]), int(m["d"])
    if periods.safe_date(2024, month, day) is None:
        return
    year: int | None
    if m["y"]:
        year, relative = _written_year(m["y"]), False
    else:
        year, relative = (None if ref is None else periods.year_for(ref, month, day)), True
    if year is None:
        yield _entity(m, None, relative=relative)
        return
    first = periods.safe_date(year, month, day)
    last = first if not m["d2"] else periods.safe_date(year, int(m["m2"] or month), int(m["d2"]))
    if first is not None and last is not None and first <= last:
        yield _entity(m, (first, last), relative=relative)


def _month(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month, last = int(m["m"]), int(m["m2"] or m["m"])
    if not 1 <= month <= last <= 12:
        return
    year, relative = _year_of(m, ref)
    if year is None and ref is not None and not m["ry"]:
        year = periods.year_for(ref, month)
    if year is None:
        yield _entity(m, None, relative=relative)
        return
    part = m["part"] or ""
    span: DateSpan | None = periods.months_span(year, month, last)
    if part in ("底", "末"):
        span = periods.month_end(year, last)
    elif part in ("上旬", "中旬", "下旬"):
        span = periods.dekad_span(year, month, {"上旬": 1, "中旬": 2, "下旬": 3}[part])
    elif part in ("初", "中"):
        span = None
    elif part and ref is not None and span is not None:  # 以来 / 至今
        span = periods.since(span[0], ref)
    yield _entity(m, span, relative=relative or bool(part and part in ("以来", "至今")))


def _day_of_month(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    day = int(m["d"])
    if not 1 <= day <= 31:
        return
    found = None if ref is None else periods.safe_date(ref.year, ref.month, day)
    yield _entity(m, None if found is None else periods.single_day(found), relative=True)


def _year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    year, part = _written_year(m["y"]), m["part"] or ""
    if part in ("底", "末", "终"):
        yield _entity(m, periods.year_end(year))
    elif part in ("初", "中"):
        yield _entity(m, None)
    else:
        yield _entity(m, periods.years_span(year))


def _year_range(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    first, last = int(m["a"]), int(m["b"])
    if last < 100:
        last += first // 100 * 100
    if first < last <= first + 50:
        yield _entity(m, periods.years_span(first, last))


def _rel_year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    year, _ = _year_of(m, ref)
    part = (m["part"] or "").lstrip("年")
    span: DateSpan | None = None
    if year is not None and ref is not None:
        if part in ("底", "末"):
            span = periods.year_end(year)
        elif part in ("以来", "至今"):
            span = periods.since(dt.date(year, 1, 1), ref)
        elif part not in ("初", "中"):
            span = periods.years_span(year)
    yield _entity(m, span, relative=True)


def _since_year_start(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if m["mid"]:
        yield _entity(m, None)
        return
    yield _entity(m, None if ref is None else (ref.replace(month=1, day=1), ref), relative=True)


def _first_months(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = han_number(m["n"])
    if n is None or not 1 <= n <= 12:
        return
    year, relative = _year_of(m, ref)
    if year is None and m.group().startswith("年初"):
        year = None if ref is None else ref.year
    yield _entity(m, None if year is None else periods.months_span(year, 1, n), relative=relative)


def _quarter(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if m["rq"]:
        if ref is None:
            yield _entity(m, None, relative=True)
            return
        index = ref.year * 4 + (ref.month - 1) // 3 + STEPS.get(m["rq"], 0)
        yield _entity(m, periods.quarters_span(index // 4, index % 4 + 1), relative=True)
        return
    q = han_number(m["q"])
    if q is None or not 1 <= q <= 4:
        return
    year, relative = _year_of(m, ref)
    if year is None and ref is not None and not m["ry"]:  # 一季度 alone: the reference year's
        year = ref.year
    span = None if year is None else periods.quarters_span(year, 1 if m["first"] else q, q)
    yield _entity(m, span, relative=relative)


def _half(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    h = int(m["hn"]) if m["hn"] else (1 if m["h"] == "上" else 2)
    year, relative = _year_of(m, ref)
    if year is None and ref is not None and not m["ry"]:  # 下半年 alone: the reference year's
        year = ref.year
    yield _entity(m, None if year is None else periods.half_span(year, h), relative=relative)


def _day_word(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span = None if ref is None else periods.shift_days(ref, DAY_WORDS[m["w"]])
    yield _entity(m, span, relative=True)


def _calendar_unit(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span: DateSpan | None = None
    if ref is not None:
        step = STEPS[m["which"]]
        span = periods.month_of(ref, step) if m["unit"] == "月" else periods.week_span(ref, step)
        if m["since"]:
            span = (span[0], ref)
    yield _entity(m, span, relative=True)


def _weekday(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span: DateSpan | None = None
    if ref is not None:
        day = WEEKDAY_CHARS[m["d"]]
        if m["which"]:
            found = periods.weekday_in_week(ref, day, STEPS[m["which"]])
        else:
            found = periods.weekday_on_or_before(ref, day)
        span = periods.single_day(found)
    yield _entity(m, span, relative=True)


def _window(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = _count(m["n2"] or m["n"])
    if m["vague"] or m["unit"] == "交易日" or n is None or ref is None:
        yield _entity(m, None, relative=True)
        return
    unit = "月" if m["n"] == "半" else m["unit"]
    if m["dir"] in ("未来", "今后", "往后", "此后"):
        yield _entity(m, periods.window_ahead(ref, **_length(n, unit)), relative=True)
    else:
        yield _entity(m, periods.window_back(ref, **_length(n, unit)), relative=True)


def _back_window(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = _count(m["n"])
    if m["unit"] == "个交易日" or n is None or ref is None:
        yield _entity(m, None, relative=True)
        return
    yield _entity(m, periods.window_back(ref, **_length(n, m["unit"].replace("个", ""))), relative=True)


def _forward_count(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = _count(m["n"])
    span = None if n is None or ref is None else periods.window_ahead(ref, **_length(n, m["unit"]))
    yield _entity(m, span, relative=True)


def _running_months(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = _count(m["n"])
    span = None if n is None or ref is None else periods.complete_months_back(ref, n)
    yield _entity(m, span, relative=True)


def _text_only(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, None)


def _anaphoric(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    """同期, 全月, 全年 first get text only (or the bare year); :func:`_resolve_anaphora` fills them."""
    year, _ = _year_of(m, ref)
    yield _entity(m, None, relative=year is None)


#: Every written or relative year holds 年: the trigger of the year rules, tested once per
#: text for all of them.
YEAR_TRIGGERS = ("年",)

#: Every holiday name holds one of these characters (节 for 春节, 庆 for 国庆, 五 for 五一, ...).
#: Single characters: testing a Chinese text for one is far cheaper than for a word.
HOLIDAY_TRIGGERS = ("节", "庆", "五", "旦", "午", "秋", "双", "黄", "诞", "夕")

#: Every rule, in no particular order: overlaps are settled longest-first. A Triggered rule
#: scans only texts holding one of its words: every match of its pattern must hold one
#: (``tests/test_date_triggers.py``), so a new alternative needs its word there too.
RULES: tuple[Rule, ...] = (
    (periods.NUMERIC_DATE, _numeric),
    (FULL_DATE, _full_date),
    (MONTH, _month),
    (DAY_OF_MONTH, _day_of_month),
    (Triggered(YEAR, YEAR_TRIGGERS), _year),  # many texts have no 年 at all
    (Triggered(SHORT_YEAR, YEAR_TRIGGERS), _year),
    (Triggered(YEAR_RANGE, YEAR_TRIGGERS), _year_range),
    (Triggered(REL_YEAR, YEAR_TRIGGERS), _rel_year),
    (Triggered(SINCE_YEAR_START, YEAR_TRIGGERS), _since_year_start),
    (Triggered(FIRST_MONTHS, YEAR_TRIGGERS), _first_months),
    (Triggered(QUARTER, ("季度", "Q")), _quarter),  # rare words: most texts are not scanned
    (Triggered(HALF, ("半年", "H")), _half),
    (DAY_WORD, _day_word),
    (CALENDAR_UNIT, _calendar_unit),
    (Triggered(WEEKDAY, ("周", "星", "礼")), _weekday),  # 周, 星期, 礼拜
    (WINDOW, _window),
    (YEARS_SINCE, _back_window),
    (Triggered(DAYS_OF_MOVE, ("天", "个交易日")), _back_window),
    (Triggered(FORWARD_COUNT, ("起计", "之后", "此后", "以后", "目标")), _forward_count),
    (RUNNING_MONTHS, _running_months),
    (RANGE_MONTHS, _text_only),
    (Triggered(TRADING_DAY, ("交易日",)), _text_only),
    (Triggered(SAME_PERIOD, YEAR_TRIGGERS), _anaphoric),
    (WHOLE_PERIOD, _anaphoric),
    (Triggered(HOLIDAY, HOLIDAY_TRIGGERS), _text_only),
)


def _unit_of(day: dt.date, unit: str) -> DateSpan:
    """The calendar month, quarter or year that holds ``day``.

    Example:
        >>> _unit_of(dt.date(2026, 2, 14), "quarter")
        (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    """
    if unit == "month":
        return periods.months_span(day.year, day.month)
    if unit == "quarter":
        return periods.quarters_span(day.year, (day.month - 1) // 3 + 1)
    return periods.years_span(day.year)


def _is_anaphoric(text: str) -> bool:
    """Whether a date's text may be filled from the period before it (同期, 全月, 全年, ...)."""
    return text in WHOLE_UNITS or text.endswith("同期")


def _resolve_anaphora(entities: list[Entity], ref: dt.date | None) -> list[Entity]:
    """Give 同期 ("the same period of 2019"), 全月/当月, 全季 and 全年 the period before them.

    "19年同期" after "今年以来3个月" is January to March 2019. 全月 (整月, 当月) is the month of
    the latest date spoken of that lies within one month, 全季 its quarter and 全年 (当年) its
    year; with none before them, the reference date's. With no period before it, "19年同期" is
    the year 2019.

    Example:
        >>> from finbulletin.tokenizer import make_nlp
        >>> s = "2月出口回暖，全月顺差扩大，全年有望增长。"
        >>> found = find(Context(s, "zh", dt.date(2026, 3, 5), make_nlp("zh")(s)))
        >>> [(e.text, str(e.start_date), str(e.end_date)) for e in found][1:]
        [('全月', '2026-02-01', '2026-02-28'), ('全年', '2026-01-01', '2026-12-31')]
    """
    if not any(isinstance(e, DateEntity) and _is_anaphoric(e.text) for e in entities):
        return entities  # nothing to fill: every entity keeps its own span
    out: list[Entity] = []
    last: DateSpan | None = None  # the latest period spoken of, within one calendar year
    spoken: dict[str, DateSpan] = {}  # the latest month, quarter and year spoken of
    for e in entities:
        if isinstance(e, DateEntity):
            span = None if e.start_date is None or e.end_date is None else (e.start_date, e.end_date)
            same = SAME_PERIOD.fullmatch(e.text)
            unit = WHOLE_UNITS.get(e.text)
            if same is not None:
                year, _ = _year_of(same, ref)
                if year is not None:
                    moved = None if last is None else periods.same_period_in(last, year)
                    span = moved or periods.years_span(year)
            elif unit is not None:
                span = spoken.get(unit) or (None if ref is None else _unit_of(ref, unit))
            elif span is not None and span[0] < span[1] and span[0].year == span[1].year:
                last = span
            if span is not None and span != (e.start_date, e.end_date):
                e = e.model_copy(update={"start_date": span[0], "end_date": span[1]})
            if span is not None:
                for name in ("month", "quarter", "year"):
                    holder = _unit_of(span[0], name)
                    if span[1] <= holder[1]:
                        spoken[name] = holder
        out.append(e)
    return out


def find(ctx: Context) -> list[Entity]:
    """Find the dates, periods and windows of a Chinese text.

    Args:
        ctx: the text and its reference date (``ctx.published``; None leaves relative
            and year-less dates as text only).

    Returns:
        Date entities that do not overlap each other, in text order.
    """
    return _resolve_anaphora(periods.apply_rules(ctx.text, ctx.published, RULES), ctx.published)
