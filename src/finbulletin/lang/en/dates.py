"""Date grammar for English bulletins: dates, years, periods and relative windows.

Each rule is a compiled pattern with a handler that turns its match into
:class:`~finbulletin.models.DateEntity` records; the calendar sums are in
:mod:`finbulletin.periods`. Anything resolved against the publication date is
``relative``; without a publication date it keeps its text and gets no dates.

What is a date here (SPEC.md and the annotators' notes): calendar dates ("April 15, 2025",
"2025-11-11", "Dec. 26"), years in a date context ("in 2026", "full-year 2025", not
"2026 points"), year ranges, quarters, halves, months, weekdays, "today", calendar
units ("this week", "last year"), windows ("over the next five years", "in the past two
weeks"), "year-to-date", "since September", "end-2026". Holidays, "early 2015", fiscal
periods and windows counted in trading days keep their text only. Not dates:
"year-on-year", "weekly", times of day, "seven-day" tenors, "10-day moving average".

Example:
    >>> import datetime as dt
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "CITIC expects growth between 2027 and 2030; stocks rose on Friday."
    >>> ctx = Context(text, "en", dt.date(2016, 3, 25), make_nlp("en")(text))
    >>> [(e.text, str(e.start_date), str(e.end_date)) for e in find(ctx)]
    [('between 2027 and 2030', '2027-01-01', '2030-12-31'), ('Friday', '2016-03-25', '2016-03-25')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import regex

from finbulletin import periods
from finbulletin.context import Context
from finbulletin.models import DateEntity, Entity
from finbulletin.periods import DateSpan, make_entity
from finbulletin.resolve import resolve_overlaps

Handler = Callable[["regex.Match[str]", "dt.date | None"], Iterator[DateEntity]]

#: Month names and their usual abbreviations.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

#: Weekday names, Monday 0 .. Sunday 6 (Python's numbering).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

#: Counting words for windows ("the past two weeks").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "fifty": 50, "couple of": 2,
}  # fmt: skip

#: Ordinals for quarters, halves and "the first N months".
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

# ---------------------------------------------------------------- shared fragments
# A year 1900..2099 standing alone: no digit, decimal point, thousands comma or currency
# sign before it, no digit, decimal or percent after it.
_YEAR = r"(?<![\d.,$¥€£]|[\d][,.])(?:19|20)\d\d(?!\d|[.,]\d|\s?%)"
# A month name or abbreviation ("Dec." included), not the start of a longer word.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?"
)
# A full month name only (bare abbreviations are too ambiguous on their own); "May" is
# left to the contexts that make it a month.
_FULL_MONTH = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December)(?![A-Za-z])"
)
# A day of the month, with an optional ordinal suffix, not followed by more digits.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])(?!\s?%|[.,]\d)"
# A counted quantity: a digit count or a counting word.
_COUNT = (
    r"(?i:\d{1,3}|a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|eighteen|twenty|thirty|fifty)(?![A-Za-z\d])"
)
# The units windows are counted in.
_UNIT = r"(?i:days?|weeks?|months?|quarters?|years?|decades?)(?![A-Za-z-])"
# Words after a number that make it an amount or a level, not a year.
_NOT_YEAR_AFTER = (
    r"(?!\s*(?:points?|pts|yuan|dollars?|shares?|units?|tonnes?|tons?|billion|million|thousand"
    r"|trillion|bn|mn|percent|per\s+cent|mark|level|stocks?|companies|firms|people|times|bps"
    r"|basis|contracts|lots|yen|won|euros?|HKD|USD|RMB|CNY)\b)"
)

# ---------------------------------------------------------------- patterns, one per rule

#: 2025-11-11, 2025.11.19, 2025/11/19 (the same in both languages).
ISO_DATE = periods.NUMERIC_DATE

US_DATE = regex.compile(
    r"""
    (?<![\d.\-/])                          # not inside a longer number
    (?P<m>0?[1-9]|1[0-2]) / (?P<d>3[01]|[12]\d|0?[1-9]) / (?P<y>(?:19|20)\d\d)   # 11/19/2025
    (?![\d]|[./]\d)
    """,
    regex.VERBOSE,
)

MONTH_DAY_YEAR = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?P<month>{_MONTH}) \s?                # April / Dec.
    (?P<d>{_DAY})                          # 15 / 15th
    (?:,?\s+(?P<y>{_YEAR}))?               # , 2025 (optional)
    (?!\s*(?:billion|million|trillion|per|yuan|points|shares))   # not "May 30 billion"
    """,
    regex.VERBOSE,
)

DAY_MONTH_YEAR = regex.compile(
    rf"""
    (?<![\d.,])
    (?:the\s+)?                            # the 15th of April
    (?P<d>{_DAY})
    \s+(?:of\s+)?                          # 15 April / 15th of April
    (?P<month>{_MONTH})
    (?:,?\s+(?P<y>{_YEAR}))?               # 2025 (optional)
    """,
    regex.VERBOSE,
)

MONTH_YEAR = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?P<month>{_MONTH}) ,?\s+              # July / Sept.
    (?P<y>{_YEAR})                         # 2015
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

MONTH_LIST_YEAR = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?P<list>
        {_MONTH}                           # Jun
        (?: (?:\s*[/,&]\s*|\s+and\s+) {_MONTH} )+   # / Sep / Dec, or "and Dec"
    )
    ,?\s+(?P<y>{_YEAR})                    # the year they share
    """,
    regex.VERBOSE,
)

MONTH_NAME = regex.compile(
    rf"""
    (?P<since>(?<![A-Za-z])[Ss]ince\s+(?={_FULL_MONTH}(?!\s*,?\s*\d)))?   # "since September": a window
    (?:
        (?<![A-Za-z])(?P<month>{_FULL_MONTH})
      | (?<=\b(?:[Ii]n|[Ss]ince|of|[Bb]y|[Uu]ntil|[Ff]rom|through|[Dd]uring|[Bb]efore|[Aa]fter)\s)
        (?P<month>May)(?![A-Za-z])        # "May" only after a preposition
    )
    """,
    regex.VERBOSE,
)

YEAR_IN_CONTEXT = regex.compile(
    rf"""
    (?:
        (?<=                               # a preposition or determiner before the year
            (?<![A-Za-z])(?:[Ii]n|[Bb]y|[Ff]or|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Bb]efore
            |[Aa]fter|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Ee]arly|[Ll]ate|[Yy]ear)\s
        )
      | (?<=\d{{4}}(?:,\s?|\s+and\s+|\s+or\s+|\s*/\s*))   # the next year of a list: "2024 and 2025"
    )
    (?P<y>{_YEAR})
    {_NOT_YEAR_AFTER}
    (?!\s*(?:-|–|—|to\b)\s*\d)             # the start of a range belongs to the range rules
    """,
    regex.VERBOSE,
)

FULL_YEAR = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:[Ff]ull[- ]year|[Cc]alendar[- ]year|[Yy]ear)\s+   # full-year 2025 / calendar year 2025
    (?P<y>{_YEAR})
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

YEAR_RANGE = regex.compile(
    rf"""
    (?:
        (?<![A-Za-z])[Bb]etween\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})        # between 2027 and 2030
      | (?<![A-Za-z])[Ff]rom\s+(?P<a>{_YEAR})\s+(?:to|through|until|till)\s+(?P<b>{_YEAR})  # from . to .
      | (?P<a>{_YEAR})\s*(?:-|–|—|~|to|through)\s*(?P<b>{_YEAR})                 # 2026-2027, 2027–2030
      | (?P<a>{_YEAR})[-–/](?P<bb>\d\d)(?![\d-]|[.,]\d)                          # 2024-25, 2024/25
    )
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

YEAR_END = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:
        (?:[Tt]he\s+)?[Ee]nd(?:\s+of\s+|-)(?P<y>{_YEAR})                  # (the) end of 2026, end-2026
      | (?:[Yy]ear[- ]end)\s+(?P<y>{_YEAR})                              # year-end 2026
      | (?P<y>{_YEAR})\s+year[- ]end                                     # 2026 year-end
      | (?:[Tt]he\s+)?[Ee]nd\s+of\s+(?P<this>this|the)\s+year            # the end of this year
      | (?:[Tt]he\s+)?(?P<this>[Yy]ear)[- ]end(?![A-Za-z])               # year-end, the year end
    )
    """,
    regex.VERBOSE,
)

MONTH_END = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:[Tt]he\s+)?[Ee]nd(?:\s+of\s+|-)(?P<month>{_MONTH})                # the end of March, end-March
    (?:,?\s+(?P<y>{_YEAR}))?
    """,
    regex.VERBOSE,
)

VAGUE_PART = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:
        (?:[Ee]arly|[Mm]id|[Ll]ate)[- ]                                  # early 2015, mid-2026, late March
      | (?:[Tt]he\s+)?(?:beginning|start|middle)\s+of\s+                 # the beginning of 2026
    )
    (?:(?:{_MONTH})(?:,?\s+{_YEAR})? | {_YEAR} (?:\s+and\s+{_YEAR})?)
    """,
    regex.VERBOSE,
)

QUARTER = regex.compile(
    rf"""
    (?<![A-Za-z\d])
    (?:
        Q(?P<q>[1-4])                                                    # Q3
        (?:(?:\s+(?:of\s+)?|\s?')(?P<y>{_YEAR}|\d\d(?!\d)))?             # Q3 2025, Q3 of 2025, Q1'26
      | (?P<q>[1-4])Q(?P<y>\d\d)?(?![A-Za-z\d])                          # 3Q, 1Q25
      | (?:[Ii]n\s+)?(?:[Tt]he\s+)?
        (?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?![A-Za-z])   # the third quarter
        (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?
      | (?P<y>{_YEAR})\s+(?P<qw>first|second|third|fourth)[- ]quarter(?![A-Za-z])  # 2025 third-quarter
    )
    (?!\s+(?:fiscal|financial)\b)                                        # fiscal: the fiscal rule
    """,
    regex.VERBOSE,
)

HALF = regex.compile(
    rf"""
    (?<![A-Za-z\d])
    (?:
        H(?P<h>[12])(?:\s+(?P<y>{_YEAR})|\s?'?(?P<y>\d\d)(?!\d))?        # H1 2025, H1'25
      | (?P<h>[12])H(?P<y>\d\d)?(?![A-Za-z\d])                           # 1H25
      | (?:[Ii]n\s+)?(?:[Tt]he\s+)?(?P<hw>first|second)[- ]half(?![A-Za-z])   # the first half
        (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?
        (?!\s+of\s)                                                      # not "first half of the session"
      | (?P<y>{_YEAR})\s+(?P<hw>first|second)[- ]half(?![A-Za-z])        # 2025 first-half
    )
    (?!\s+(?:fiscal|financial)\b)
    """,
    regex.VERBOSE,
)

FIRST_MONTHS = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:[Ii]n\s+)?[Tt]he\s+first\s+
    (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+
    (?P<unit>months|quarters)(?![A-Za-z])                                # the first five months
    (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|the)\s+year))?
    """,
    regex.VERBOSE,
)

FISCAL = regex.compile(
    rf"""
    (?<![A-Za-z])
    (?:
        (?:Q[1-4]|H[12]|[1-4]Q)\s+(?:{_YEAR}\s+)?(?:fiscal|financial)(?:\s+year)?   # Q1 2026 fiscal year
      | {_YEAR}\s+(?:fiscal|financial)\s+year                                   # 2026 fiscal year
      | (?:[Ff]iscal|[Ff]inancial)(?:\s+year)?\s+{_YEAR}                        # fiscal (year) 2026
      | FY\s?(?:{_YEAR}|\d\d)(?!\d)                                             # FY2026, FY26
    )
    """,
    regex.VERBOSE,
)

HALF_YEAR_WORD = regex.compile(
    r"""
    (?<![A-Za-z])[Hh]alf[- ]year(?![A-Za-z-])     # half-year (earnings): which half is not said
    """,
    regex.VERBOSE,
)

DAY_WORD = regex.compile(
    r"""
    (?<![A-Za-z-])
    (?P<word>[Tt]oday|[Tt]omorrow|[Yy]esterday)   # a day relative to the reference date
    (?![A-Za-z-])
    """,
    regex.VERBOSE,
)

CALENDAR_UNIT = regex.compile(
    r"""
    (?<![A-Za-z-])
    (?:[Tt]he\s+(?:entire|whole|full)\s+)?        # the entire previous year
    (?P<which>[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|[Cc]urrent|[Pp]rior)\s+
    (?P<unit>week|month|quarter|year)
    (?![A-Za-z-])                                 # not "this year-on-year"
    """,
    regex.VERBOSE,
)

NEXT_UNIT_HYPHEN = regex.compile(
    r"""
    (?<![A-Za-z-])
    (?P<which>[Nn]ext|[Ll]ast|[Pp]revious)-(?P<unit>quarter|year|month|week)(?![A-Za-z-])   # next-quarter
    """,
    regex.VERBOSE,
)

WINDOW = regex.compile(
    rf"""
    (?<![A-Za-z-])
    (?:(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\s+)?                # over / in / within
    (?P<the>[Tt]he\s+)?
    (?P<dir>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]receding|[Ff]ollowing)\s+
    (?:(?P<n>{_COUNT})\s+)?                                             # two / 1 / (none: one)
    (?P<unit>{_UNIT})                                                   # weeks / years / decade
    """,
    regex.VERBOSE,
)

VAGUE_WINDOW = regex.compile(
    rf"""
    (?<![A-Za-z-])
    (?:(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\s+)?
    (?:[Tt]he\s+)?
    (?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming)\s+
    (?:few|several|couple\s+of)\s+                                      # the next few years
    {_UNIT}
    | (?<![A-Za-z-])(?:[Ii]n\s+|[Oo]ver\s+)?[Tt]he\s+coming\s+{_UNIT}    # the coming months
    """,
    regex.VERBOSE,
)

IN_SPAN = regex.compile(
    rf"""
    (?<![A-Za-z-])
    (?:
        (?P<prep>[Ii]n|[Ww]ithin)\s+(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})  # in five years, within 3 years
      | (?<=(?:[Ee]nding|[Ee]nded|[Cc]apping|[Aa]fter)\s)a\s+(?:week|month)(?=\s+of\s)  # a week of gains
    )
    (?![- ](?:old|long|high|low|ago|earlier|later))                    # "in 5-year highs", "in a week ago"
    """,
    regex.VERBOSE,
)

AGO = regex.compile(
    rf"""
    (?<![A-Za-z-])
    (?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago(?![A-Za-z])   # three days ago
    """,
    regex.VERBOSE,
)

TO_DATE = regex.compile(
    r"""
    (?<![A-Za-z-])
    (?:
        (?P<unit>[Yy]ear|[Mm]onth)[- ]to[- ]date(?![A-Za-z])                  # year-to-date
      | (?P<unit>YTD|MTD)(?![A-Za-z])                                          # YTD
      | (?:[Ss]o\s+far\s+)(?P<unit>this\s+year)                                # so far this year
      | [Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>year)   # since the start
    )
    """,
    regex.VERBOSE,
)

WEEKDAY = regex.compile(
    r"""
    (?<![A-Za-z])
    (?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+)?                     # last Friday / next Monday
    (?<!(?:Black|Good|Cyber|Super)\s)                              # holidays: the holiday rule
    (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
    (?![A-Za-z])
    """,
    regex.VERBOSE,
)

ORDINAL_DAY = regex.compile(
    r"""
    (?:
        (?<![A-Za-z])[Tt]he\s+                                              # the 6th ...
        (?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
        (?=\s*[,.;:)]|\s*$|\s+(?:of\s+(?:this|the)\s+month|and|when|as|after|before|at)\b)   # ... ends
      | (?<=\()(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=\))               # (19th)
    )
    """,
    regex.VERBOSE,
)

TRADING_DAYS = regex.compile(
    rf"""
    (?<![A-Za-z-])
    (?:
        (?:[Tt]he\s+)?(?:previous|next|last|following|prior|past)\s+(?:{_COUNT}\s+)?trading\s+(?:days?|sessions?)
      | (?:{_COUNT})\s+(?:consecutive\s+|straight\s+)?trading\s+(?:days|sessions)  # five trading days
    )
    (?![A-Za-z])
    """,
    regex.VERBOSE,
)

HOLIDAY = regex.compile(
    r"""
    (?<![A-Za-z])
    (?:
        (?:the\s+)?(?:Lunar\s+New\s+Year|Chinese\s+New\s+Year|New\s+Year's(?:\s+Day|\s+Eve)?
        |Spring\s+Festival|Mid-Autumn\s+Festival|Dragon\s+Boat\s+Festival|Qingming(?:\s+Festival)?
        |National\s+Day(?:\s+holiday)?|Golden\s+Week|Labou?r\s+Day|May\s+Day|Christmas(?:\s+Day|\s+Eve)?
        |Thanksgiving(?:\s+Day)?|Easter|Black\s+Friday|Good\s+Friday|Cyber\s+Monday|Singles'?\s+Day)
    )
    (?![A-Za-z])
    """,
    regex.VERBOSE,
)


# ---------------------------------------------------------------- helpers


def _count(word: str | None) -> int:
    """The number a counting word or digits stand for (None: one)."""
    if word is None:
        return 1
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def _year(text: str | None) -> int | None:
    """A written year (four digits, or two after Q1'/FY/1H), else None."""
    if not text:
        return None
    value = int(text)
    return periods.two_digit_year(value) if value < 100 else value


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _entity(m: regex.Match[str], span: DateSpan | None, *, relative: bool = False) -> DateEntity:
    return make_entity(m.string, m.start(), m.end(), span, relative=relative)


def _group_entity(m: regex.Match[str], group: str, span: DateSpan | None, *, relative: bool) -> DateEntity:
    return make_entity(m.string, m.start(group), m.end(group), span, relative=relative)


def _calendar_date(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    """A month name with a day: explicit year, or the reference date's."""
    month, day = _month(m["month"]), int(regex.sub(r"\D", "", m["d"]))
    if m["y"]:
        found = periods.safe_date(int(m["y"]), month, day)
        if found is not None:
            yield _entity(m, periods.single_day(found))
        return
    if periods.safe_date(2024, month, day) is None:  # no such day in any year
        return
    found = None if ref is None else periods.safe_date(periods.year_for(ref, month, day), month, day)
    yield _entity(m, None if found is None else periods.single_day(found), relative=True)


# ---------------------------------------------------------------- handlers, one per rule


def _iso(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span = periods.numeric_date(m)
    if span is not None:
        yield _entity(m, span)


def _month_year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, periods.months_span(int(m["y"]), _month(m["month"])))


def _month_list(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    year = int(m["y"])
    names = list(regex.finditer(_MONTH, m["list"]))
    for i, name in enumerate(names):
        start = m.start("list") + name.start()
        end = m.end() if i == len(names) - 1 else m.start("list") + name.end()
        span = periods.months_span(year, _month(name.group()))
        yield make_entity(m.string, start, end, span)


def _month_name(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month = _month(m["month"])
    if ref is None:
        yield _entity(m, None, relative=True)
        return
    if m["since"]:
        first = dt.date(ref.year, month, 1)
        if first > ref:
            first = first.replace(year=ref.year - 1)
        yield _entity(m, periods.since(first, ref), relative=True)
        return
    whole = periods.months_span(periods.year_for(ref, month), month)
    yield _group_entity(m, "month", whole, relative=True)


def _year_alone(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _group_entity(m, "y", periods.years_span(int(m["y"])), relative=False)


def _full_year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, periods.years_span(int(m["y"])))


def _year_range(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    first = int(m["a"])
    last = int(m["b"]) if m["b"] else first // 100 * 100 + int(m["bb"])
    if first < last <= first + 50:
        yield _entity(m, periods.years_span(first, last))


def _year_end(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if m["y"]:
        yield _entity(m, periods.year_end(int(m["y"])))
    else:
        yield _entity(m, None if ref is None else periods.year_end(ref.year), relative=True)


def _month_end(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month = _month(m["month"])
    if m["y"]:
        yield _entity(m, periods.month_end(int(m["y"]), month))
    else:
        span = None if ref is None else periods.month_end(periods.year_for(ref, month), month)
        yield _entity(m, span, relative=True)


def _text_only(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, None)


def _named_year(m: regex.Match[str], ref: dt.date | None) -> tuple[int | None, bool]:
    """The year a period names: written, "this/last/next year", or the reference date's."""
    written = _year(m["y"])
    if written is not None:
        return written, False
    if ref is None:
        return None, True
    step = {"last": -1, "next": 1}.get((m.groupdict().get("rel") or "").lower(), 0)
    return ref.year + step, True


def _quarter(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    q = int(m["q"]) if m["q"] else ORDINALS[m["qw"].lower()]
    year, relative = _named_year(m, ref)
    yield _entity(m, None if year is None else periods.quarters_span(year, q), relative=relative)


def _half(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    h = int(m["h"]) if m["h"] else ORDINALS[m["hw"].lower()]
    year, relative = _named_year(m, ref)
    yield _entity(m, None if year is None else periods.half_span(year, h), relative=relative)


def _first_months(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    n = _count(m["n"])
    year, relative = _named_year(m, ref)
    if year is None:
        yield _entity(m, None, relative=relative)
    elif m["unit"] == "months" and 1 <= n <= 12:
        yield _entity(m, periods.months_span(year, 1, n), relative=relative)
    elif m["unit"] == "quarters" and 1 <= n <= 4:
        yield _entity(m, periods.quarters_span(year, 1, n), relative=relative)


def _day_word(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    step = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["word"].lower()]
    yield _entity(m, None if ref is None else periods.shift_days(ref, step), relative=True)


def _calendar_unit_span(ref: dt.date, unit: str, step: int) -> DateSpan:
    """This (0), the previous (-1) or the next (1) calendar week, month, quarter or year."""
    if unit == "week":
        return periods.week_span(ref, step)
    if unit == "month":
        return periods.month_of(ref, step)
    if unit == "quarter":
        index = (ref.year * 4 + (ref.month - 1) // 3) + step
        return periods.quarters_span(index // 4, index % 4 + 1)
    return periods.years_span(ref.year + step)


def _calendar_unit(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    step = {"this": 0, "current": 0, "next": 1}.get(m["which"].lower(), -1)
    span = None if ref is None else _calendar_unit_span(ref, m["unit"].lower(), step)
    yield _entity(m, span, relative=True)


def _window_length(n: int, unit: str) -> dict[str, int]:
    """The relativedelta keywords for ``n`` units ("decade" is ten years)."""
    unit = unit.lower().rstrip("s")
    if unit == "decade":
        return {"years": 10 * n}
    if unit == "quarter":
        return {"months": 3 * n}
    return {unit + "s": n}


def _window(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if m["n"] is None and m["the"] is None and m["dir"].lower() in ("last", "next"):
        return  # "last week", "next year": calendar units, another rule
    if ref is None:
        yield _entity(m, None, relative=True)
        return
    length = _window_length(_count(m["n"]), m["unit"])
    forward = m["dir"].lower() in ("next", "coming", "following")
    span = periods.window_ahead(ref, **length) if forward else periods.window_back(ref, **length)
    yield _entity(m, span, relative=True)


def _in_span(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    unit = (m["unit"] or "").lower()
    if ref is None or not unit.startswith(("year", "decade")):  # "in a week": past or future?
        yield _entity(m, None, relative=True)
        return
    yield _entity(m, periods.window_ahead(ref, **_window_length(_count(m["n"]), unit)), relative=True)


def _ago(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if ref is None:
        yield _entity(m, None, relative=True)
        return
    first, _ = periods.window_back(ref, **_window_length(_count(m["n"]), m["unit"]))
    yield _entity(m, periods.single_day(first), relative=True)


def _to_date(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if ref is None:
        yield _entity(m, None, relative=True)
        return
    month_only = m["unit"].upper() == "MTD" or m["unit"].lower() == "month"
    first = ref.replace(day=1) if month_only else ref.replace(month=1, day=1)
    yield _entity(m, (first, ref), relative=True)


def _next_unit(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    step = 1 if m["which"].lower() == "next" else -1
    span = None if ref is None else _calendar_unit_span(ref, m["unit"].lower(), step)
    yield _entity(m, span, relative=True)


def _weekday(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span: DateSpan | None = None
    if ref is not None:
        day = WEEKDAYS[m["day"].lower()]
        which = (m["which"] or "").lower()
        if which == "last":
            found = periods.weekday_on_or_before(ref - dt.timedelta(days=1), day)
        elif which == "next":
            found = periods.weekday_on_or_before(ref + dt.timedelta(days=7), day)
        elif which == "this":
            found = periods.weekday_in_week(ref, day)
        else:
            found = periods.weekday_on_or_before(ref, day)
        span = periods.single_day(found)
    yield _entity(m, span, relative=True)


def _ordinal_day(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    found = None if ref is None else periods.safe_date(ref.year, ref.month, int(m["d"]))
    yield _entity(m, None if found is None else periods.single_day(found), relative=True)


#: Every rule, in no particular order: overlaps are settled longest-first.
RULES: tuple[tuple[regex.Pattern[str], Handler], ...] = (
    (ISO_DATE, _iso),
    (US_DATE, _iso),
    (MONTH_DAY_YEAR, _calendar_date),
    (DAY_MONTH_YEAR, _calendar_date),
    (MONTH_YEAR, _month_year),
    (MONTH_LIST_YEAR, _month_list),
    (MONTH_NAME, _month_name),
    (YEAR_IN_CONTEXT, _year_alone),
    (FULL_YEAR, _full_year),
    (YEAR_RANGE, _year_range),
    (YEAR_END, _year_end),
    (MONTH_END, _month_end),
    (VAGUE_PART, _text_only),
    (QUARTER, _quarter),
    (HALF, _half),
    (FIRST_MONTHS, _first_months),
    (FISCAL, _text_only),
    (HALF_YEAR_WORD, _text_only),
    (DAY_WORD, _day_word),
    (CALENDAR_UNIT, _calendar_unit),
    (NEXT_UNIT_HYPHEN, _next_unit),
    (WINDOW, _window),
    (VAGUE_WINDOW, _text_only),
    (IN_SPAN, _in_span),
    (AGO, _ago),
    (TO_DATE, _to_date),
    (WEEKDAY, _weekday),
    (ORDINAL_DAY, _ordinal_day),
    (TRADING_DAYS, _text_only),
    (HOLIDAY, _text_only),
)


def find(ctx: Context) -> list[Entity]:
    """Find the dates, periods and windows of an English text.

    Args:
        ctx: the text and its reference date (``ctx.published``; None leaves relative
            and year-less dates as text only).

    Returns:
        Date entities that do not overlap each other, in text order.
    """
    found: list[Entity] = []
    for pattern, handler in RULES:
        for m in pattern.finditer(ctx.text):
            found.extend(handler(m, ctx.published))
    return resolve_overlaps(found)
