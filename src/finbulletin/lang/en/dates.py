"""Date grammar for English bulletins: dates, years, periods and relative windows.

Each rule is a compiled pattern with a handler that turns its match into
:class:`~finbulletin.models.DateEntity` records; the calendar sums are in
:mod:`finbulletin.periods`. Anything resolved against the publication date is
``relative``; without a publication date it keeps its text and gets no dates.

What is a date here (SPEC.md and the annotators' notes): calendar dates ("April 15, 2025",
"2025-11-11", "Dec. 26"), day ranges ("from March 3 to 7", "Jan 5-9, 2026"), years in a
date context ("in 2026", "full-year 2025", "the company's 2026 net profit", "2026 is
expected to", "FY2026"; not "2026 points", "$2026 million", "the CSI 2000"), year ranges,
quarters, halves, months, weekdays, "today", calendar units ("this week", "last year"),
windows ("over the next five years", "in the past two weeks"), "year-to-date", "since
September", "end-2026". Holidays, "early 2015", fiscal periods ("Q1 FY2026", "2026 fiscal
year") and windows counted in trading days keep their text only. Not dates:
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
from collections.abc import Iterator

import regex

from finbulletin import periods
from finbulletin.context import Context
from finbulletin.models import DateEntity, Entity
from finbulletin.periods import DateSpan, Rule, Triggered, make_entity

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
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?)(?![A-Za-z])"
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
    r"|basis|contracts|lots|yen|won|euros?|HKD|USD|RMB|CNY|line|area|zone|handle|threshold|barrier"
    r"|employees|staff|workers|investors|accounts|customers|vehicles|cars|items|stores|projects)\b)"
)
# A year as a modifier or a subject needs a firmer shape: 1990..2099 only.
_MODERN_YEAR = r"(?<![\d.,$¥€£]|[\d][,.])(?:199\d|20\d\d)(?!\d|[.,]\d|\s?%)"
# Figures a year is the period of ("2026 net profit", "its 2027 EPS"), case-insensitive.
_YEAR_FIGURE = (
    r"(?i:net\s+(?:profit|income|margin)|profits?|revenues?|earnings|EPS|capex"
    r"|capital\s+(?:expenditures?|spending)|guidance|sales|output|(?:price\s+)?targets?|outlook"
    r"|growth|GDP|CPI|fiscal\s+year|financial\s+year|forecasts?|estimates?|results|income"
    r"|margins?|dividends?|budget|consensus|valuations?|P/E|ROE|EBITDA|shipments|deliveries"
    r"|production|capacity|demand|supply|performance|expectations|exports|imports|inflation"
    r"|interim|annual|full[- ]year|first[- ]half|second[- ]half|operating|financial|IPO)"
    r"(?![A-Za-z])"
)
# Verbs that make a year the subject of a claim ("2026 is expected to ..."), lower case only.
_YEAR_VERB = r"(?:is|was|will|would|could|may|might|should|has|had|marks|saw|sees|remains|looks)(?![A-Za-z])"

#: How far before a match its lead-in words are looked for, in characters.
LEAD_REACH = 40

# ---------------------------------------------------------------- patterns, one per rule

#: 2025-11-11, 2026.03.18, 2025/11/19 (the same in both languages).
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
    \b(?P<month>{_MONTH}) \s?              # April / Dec.
    (?P<d>{_DAY})                          # 15 / 15th
    (?:,?\s+(?P<y>{_YEAR}))?               # , 2025 (optional)
    (?!\s*(?:billion|million|trillion|per|yuan|points|shares))   # not "May 30 billion"
    """,
    regex.VERBOSE,
)

DAY_MONTH_YEAR = regex.compile(
    rf"""
    (?<=(?P<lead>(?<![\d.,])(?P<d>{_DAY})\s+(?:of\s+)?))   # 15 April / 15th of April
    (?P<month>{_MONTH})                    # (matched from the month: the engine scans for it fast)
    (?:,?\s+(?P<y>{_YEAR}))?               # 2025 (optional)
    """,
    regex.VERBOSE,
)

# What joins the two days of a range; "and" only after "between" (checked by the handler).
_DAY_RANGE_JOIN = r"(?:\s*[-–—~]\s*|\s+(?:to|through|thru|until|till|and)\s+)"

MONTH_DAY_RANGE = regex.compile(
    rf"""
    \b(?P<month>{_MONTH}) \s?(?P<d>{_DAY})   # March 3
    (?:,?\s+(?P<y1>{_YEAR}))?              # , 2025 (a range across the new year)
    (?P<join>{_DAY_RANGE_JOIN})             # to / through / -
    (?:(?P<month2>{_MONTH})\s?)?            # March (optional: the same month)
    (?P<d2>{_DAY})                          # 7
    (?:,?\s+(?P<y>{_YEAR}))?                # , 2026 (optional)
    (?!\s*(?:billion|million|trillion|per|yuan|points|shares))   # not "March 3 to 7 billion"
    """,
    regex.VERBOSE,
)

DAY_MONTH_RANGE = regex.compile(
    rf"""
    (?<=(?P<lead>
        (?<![\d.,])(?P<d>{_DAY})          # 3
        (?P<join>{_DAY_RANGE_JOIN})        # - / to
        (?P<d2>{_DAY})\s+(?:of\s+)?       # 7
    ))
    (?P<month>{_MONTH})                    # March (matched from the month, as above)
    (?:,?\s+(?P<y>{_YEAR}))?               # 2026 (optional)
    """,
    regex.VERBOSE,
)

#: What may open a day range's span: "from", "between".
RANGE_LEAD = regex.compile(r"\b(?P<w>[Ff]rom|[Bb]etween)\s+\Z")

MONTH_YEAR = regex.compile(
    rf"""
    \b(?P<month>{_MONTH}) ,?\s+            # July / Sept.
    (?P<y>{_YEAR})                         # 2015
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

MONTH_LIST_YEAR = regex.compile(
    rf"""
    \b(?P<list>
        {_MONTH}                           # Jun
        (?: (?:\s*[/,&]\s*|\s+and\s+) {_MONTH} )+   # / Sep / Dec, or "and Dec"
    )
    ,?\s+(?P<y>{_YEAR})                    # the year they share
    """,
    regex.VERBOSE,
)

MONTH_NAME = regex.compile(
    rf"""
    \b(?P<month>{_FULL_MONTH}|May(?![A-Za-z]))   # a full month name; "May" only after a preposition
    (?<!(?<!\b(?:[Ii]n|[Ss]ince|of|[Bb]y|[Uu]ntil|[Ff]rom|through|[Dd]uring|[Bb]efore|[Aa]fter)\s)May)
    """,
    regex.VERBOSE,
)

#: One month name inside a list ("Jun/ Sep/ Dec").
MONTH_TOKEN = regex.compile(_MONTH)

#: A day or a year right after a month name: the month is then part of a date, not "since".
DAY_OR_YEAR_AFTER = regex.compile(r"\s*,?\s*\d")

#: "Since" before a month with no day or year: a window from that month to the reference date.
SINCE_LEAD = regex.compile(r"\b[Ss]ince\s+\Z")

YEAR_IN_CONTEXT = regex.compile(
    rf"""
    (?:
        (?<=                               # a preposition or determiner before the year
            \b(?:[Ii]n|[Bb]y|[Ff]or|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Bb]efore
            |[Aa]fter|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Ee]arly|[Ll]ate|[Yy]ear|[Oo]f|[Ww]hose)\s
          | ['’]s\s                         # a possessive: "the company's 2026"
        )
      | (?<=\d{{4}}(?:,\s?|\s+and\s+|\s+or\s+|\s*/\s*))   # the next year of a list: "2024 and 2025"
    )
    (?P<y>{_YEAR})
    {_NOT_YEAR_AFTER}
    (?!\s*(?:-|–|—|to\b)\s*\d)             # the start of a range belongs to the range rules
    """,
    regex.VERBOSE,
)

YEAR_BEFORE_WORD = regex.compile(
    rf"""
    (?P<y>{_MODERN_YEAR})
    (?=
        E?                                 # 2026E: a broker's estimate year
        (?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_MODERN_YEAR}E?)*   # years sharing it: 2025 and 2026 EPS
        (?:
            (?:['’]s)?\s+{_YEAR_FIGURE}     # 2026 net profit, 2026's results
          | ['’]s(?![A-Za-z])               # 2026's
          | \s+{_YEAR_VERB}                # 2026 is expected to ...
        )
    )
    """,
    regex.VERBOSE,
)

#: A word before a number that makes it part of a name, a code or an amount: "CSI 2000",
#: "Russell 2000", "No. 2026", "RMB 2026".
NAME_BEFORE_YEAR = regex.compile(
    r"""
    (?:
        \b(?:CSI|MSCI|FTSE|SSE|SZSE|STAR|KOSPI|TOPIX|ASX|HSI|ChiNext|Russell|Nikkei|Nasdaq|Stoxx
        |Wilshire|Dow)                     # index families numbered like years
      | \b(?:No|no|Nos|Code|code|Ticker|ticker|Room|room|Line|line)\.?   # numbers and codes
      | (?:[$¥€£]|\b(?:RMB|CNY|USD|HKD|yuan|US|HK))   # amounts
    )
    \s*\Z
    """,
    regex.VERBOSE,
)

#: "of" after a word for a quantity makes the number after it an amount: "a level of 2050".
QUANTITY_OF = regex.compile(
    r"""
    \b(?:level|mark|total|number|sum|high|low|close|average|price|value|figure|count|tally
    |threshold|support|resistance|range|reading|height)s?\s+of\s+\Z
    """,
    regex.VERBOSE,
)

FULL_YEAR = regex.compile(
    rf"""
    \b(?:Full|full|Calendar|calendar)[- ]year\s+   # full-year 2025 / calendar year 2025
    (?P<y>{_YEAR})
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

YEAR_RANGE = regex.compile(
    rf"""
    (?:
        \b(?:Between|between)\s+(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})     # between 2027 and 2030
      | \b(?:From|from)\s+(?P<a>{_YEAR})\s+(?:to|through|until|till)\s+(?P<b>{_YEAR})  # from . to .
      | (?P<a>{_YEAR})\s*(?:-|–|—|~|to|through)\s*(?P<b>{_YEAR})         # 2026-2027, 2027–2030
      | (?P<a>{_YEAR})[-–/](?P<bb>\d\d)(?![\d-]|[.,]\d)                  # 2024-25, 2024/25
    )
    {_NOT_YEAR_AFTER}
    """,
    regex.VERBOSE,
)

YEAR_END = regex.compile(
    rf"""
    (?:
        \b(?:End|end)(?:\s+of\s+|-)(?P<y>{_YEAR})                         # end of 2026, end-2026
      | \b(?:End|end)\s+of\s+(?P<this>this|the)\s+year\b                  # end of this year
      | \b(?:Year|year)[- ]end\b(?:\s+(?P<y>{_YEAR}))?                    # year-end (2026)
    )
    """,
    regex.VERBOSE,
)

#: What may open the span of an end, a part or a holiday: "the".
THE_LEAD = regex.compile(r"\b[Tt]he\s+\Z")

#: A year written before "year-end": "2026 year-end".
YEAR_LEAD = regex.compile(rf"(?P<y>{_YEAR})\s+\Z")

MONTH_END = regex.compile(
    rf"""
    \b(?:End|end)(?:\s+of\s+|-)(?P<month>{_MONTH})                       # end of March, end-March
    (?:,?\s+(?P<y>{_YEAR}))?
    """,
    regex.VERBOSE,
)

VAGUE_PART = regex.compile(
    rf"""
    (?:
        \b(?:Early|early|Mid|mid|Late|late)[- ]                           # early 2015, mid-2026, late March
      | \b(?:beginning|start|middle)\s+of\s+                              # the beginning of 2026
    )
    (?:(?:{_MONTH})(?:,?\s+{_YEAR})? | {_YEAR} (?:\s+and\s+{_YEAR})?)
    """,
    regex.VERBOSE,
)

QUARTER_CODE = regex.compile(
    rf"""
    (?:
        \bQ(?P<q>[1-4])                                                   # Q3
        (?:(?:\s+(?:of\s+)?|\s?')(?P<y>{_YEAR}|\d\d(?!\d)))?              # Q3 2025, Q3 of 2025, Q1'26
      | \b(?P<q>[1-4])Q(?P<y>\d\d)?                                       # 3Q, 1Q25
    )
    \b(?!\s+(?:fiscal|financial)\b)                                       # fiscal: the fiscal rule
    """,
    regex.VERBOSE,
)

QUARTER_WORDS = regex.compile(
    rf"""
    \b(?P<qw>(?i:first|second|third|fourth)|1st|2nd|3rd|4th)[- ]quarter\b  # the third quarter, Third-quarter
    (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?
    (?!\s+(?:fiscal|financial)\b)
    """,
    regex.VERBOSE,
)

HALF_CODE = regex.compile(
    rf"""
    (?:
        \bH(?P<h>[12])(?:\s+(?P<y>{_YEAR})|\s?'?(?P<y>\d\d)(?!\d))?       # H1 2025, H1'25
      | \b(?P<h>[12])H(?P<y>\d\d)?                                        # 1H25
    )
    \b(?!\s+(?:fiscal|financial)\b)
    """,
    regex.VERBOSE,
)

HALF_WORDS = regex.compile(
    rf"""
    \b(?P<hw>(?i:first|second))[- ]half\b                                # the first half, First-half
    (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?
    (?!\s+of\s)                                                           # not "first half of the session"
    """,
    regex.VERBOSE,
)

#: What may open a quarter's or a half's span: "in the", or the year ("2025 third-quarter").
PERIOD_LEAD = regex.compile(rf"(?:\b[Ii]n\s+)?\b[Tt]he\s+\Z|(?P<y>{_YEAR})\s+\Z")

FIRST_MONTHS = regex.compile(
    rf"""
    \bfirst\s+
    (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+
    (?P<unit>months|quarters)\b                                           # the first five months
    (?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|the)\s+year))?
    """,
    regex.VERBOSE,
)

#: "the first five months" needs its "the"; "in" may come before it.
IN_THE_LEAD = regex.compile(r"(?:\b[Ii]n\s+)?\b[Tt]he\s+\Z")

FISCAL = regex.compile(
    rf"""
    (?:
        \b(?:fiscal|financial|Fiscal|Financial)\b(?:\s+year\b)?(?:\s+(?P<y>{_YEAR}))?   # fiscal (year) 2026
      | \bFY\s?(?P<y>{_YEAR}|\d\d(?!\d))                                  # FY2026, FY26
    )
    """,
    regex.VERBOSE,
)

#: What names the period before "fiscal": "Q1 2026 fiscal year", "2026 fiscal year".
FISCAL_LEAD = regex.compile(rf"(?:\b(?:Q[1-4]|H[12]|[1-4]Q)\s+)?(?:{_YEAR}\s+)?\Z")

HALF_YEAR_WORD = regex.compile(
    r"""
    \b(?:Half|half)[- ]year(?![A-Za-z-])      # half-year (earnings): which half is not said
    """,
    regex.VERBOSE,
)

DAY_WORD = regex.compile(
    r"""
    \b(?P<word>Today|today|Tomorrow|tomorrow|Yesterday|yesterday)\b   # a day relative to the reference date
    (?!-)
    """,
    regex.VERBOSE,
)

CALENDAR_UNIT = regex.compile(
    r"""
    \b(?P<which>This|this|Last|last|Next|next|Previous|previous|Current|current|Prior|prior)\s+
    (?P<unit>week|month|quarter|year)
    (?![A-Za-z-])                                 # not "this year-on-year"
    """,
    regex.VERBOSE,
)

#: "the entire previous year".
WHOLE_LEAD = regex.compile(r"\b[Tt]he\s+(?:entire|whole|full)\s+\Z")

NEXT_UNIT_HYPHEN = regex.compile(
    r"""
    \b(?P<which>Next|next|Last|last|Previous|previous)-(?P<unit>quarter|year|month|week)(?![A-Za-z-])
    """,
    regex.VERBOSE,
)

WINDOW = regex.compile(
    rf"""
    \b(?P<dir>past|Past|last|Last|next|Next|coming|Coming|preceding|following)\s+
    (?:(?P<n>{_COUNT})\s+)?                                             # two / 1 / (none: one)
    (?P<unit>{_UNIT})                                                   # weeks / years / decade
    """,
    regex.VERBOSE,
)

#: What may open a window's span: "over the", "in the", "the".
WINDOW_LEAD = regex.compile(
    r"(?:\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\s+)?\b(?P<the>[Tt]he)\s+\Z"
    r"|\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\s+\Z"
)

VAGUE_WINDOW = regex.compile(
    rf"""
    \b(?:past|last|next|coming|Past|Last|Next|Coming)\s+
    (?:few|several|couple\s+of)\s+                                      # the next few years
    {_UNIT}
    | \bcoming\s+{_UNIT}                                                # the coming months
    """,
    regex.VERBOSE,
)

IN_SPAN = regex.compile(
    rf"""
    \b(?:in|In|within|Within)\s+(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})     # in five years, within 3 years
    (?![- ](?:old|long|high|low|ago|earlier|later))                    # "in a week ago"
    """,
    regex.VERBOSE,
)

A_SPAN_OF = regex.compile(
    r"""
    (?<=\b(?:[Ee]nding|[Ee]nded|[Cc]apping|[Aa]fter)\s)a\s+(?:week|month)(?=\s+of\s)   # a week of gains
    """,
    regex.VERBOSE,
)

AGO = regex.compile(
    rf"""
    \b(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b   # three days ago
    """,
    regex.VERBOSE,
)

TO_DATE = regex.compile(
    r"""
    (?:
        \b(?P<unit>Year|year|Month|month)[- ]to[- ]date\b                    # year-to-date
      | \b(?P<unit>YTD|MTD)\b                                                # YTD
      | \b(?:So|so)\s+far\s+(?P<unit>this\s+year)                            # so far this year
      | \b(?:Since|since)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>year)   # since the start
    )
    """,
    regex.VERBOSE,
)

WEEKDAY = regex.compile(
    r"""
    \b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b   # Monday .. Sunday
    """,
    regex.VERBOSE,
)

#: "last Friday", "next Monday", "this Wednesday".
WEEKDAY_LEAD = regex.compile(r"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+\Z")

ORDINAL_DAY = regex.compile(
    r"""
    (?<![\w.,])(?P<d>\d{1,2})(?:st|nd|rd|th)\b      # 6th, 19th
    (?=\)|\s*[,.;:]|\s*$|\s+(?:of\s+(?:this|the)\s+month|and|when|as|after|before|at)\b)   # ends a phrase
    """,
    regex.VERBOSE,
)

#: A day ordinal is a date after "the" ("on the 6th") or in brackets ("today (19th)").
ORDINAL_LEAD = regex.compile(r"\b[Tt]he\s+\Z|\(\Z")

TRADING_DAYS = regex.compile(
    r"""
    \btrading\s+(?:days?|sessions?)\b               # trading day(s): counted on the exchange's calendar
    """,
    regex.VERBOSE,
)

#: A trading-day window needs its count or direction: "the previous trading day", "five trading days".
TRADING_LEAD = regex.compile(
    rf"(?:\b[Tt]he\s+)?\b(?:previous|next|last|following|prior|past)\s+(?:{_COUNT}\s+)?\Z"
    rf"|\b{_COUNT}\s+(?:consecutive\s+|straight\s+)?\Z"
)

HOLIDAY = regex.compile(
    r"""
    \b(?:Lunar\s+New\s+Year|Chinese\s+New\s+Year|New\s+Year's(?:\s+Day|\s+Eve)?
    |Spring\s+Festival|Mid-Autumn\s+Festival|Dragon\s+Boat\s+Festival|Qingming(?:\s+Festival)?
    |National\s+Day(?:\s+holiday)?|Golden\s+Week|Labou?r\s+Day|May\s+Day|Christmas(?:\s+Day|\s+Eve)?
    |Thanksgiving(?:\s+Day)?|Easter|Black\s+Friday|Good\s+Friday|Cyber\s+Monday|Singles'?\s+Day)\b
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


def _lead(m: regex.Match[str], pattern: regex.Pattern[str]) -> regex.Match[str] | None:
    """The words just before a match that belong to its span ("over the" before "next five years").

    Patterns start at their key word so that the regex engine can scan for it fast; what
    may come before it is matched here, on the few characters before the match.
    """
    found = pattern.search(m.string, max(0, m.start() - LEAD_REACH), m.start())
    return found if found is not None and found.group() else None


def _entity(
    m: regex.Match[str],
    span: DateSpan | None,
    *,
    relative: bool = False,
    lead: regex.Match[str] | None = None,
) -> DateEntity:
    start = m.start() if lead is None else lead.start()
    return make_entity(m.string, start, m.end(), span, relative=relative)


def _group_entity(m: regex.Match[str], group: str, span: DateSpan | None, *, relative: bool) -> DateEntity:
    return make_entity(m.string, m.start(group), m.end(group), span, relative=relative)


def _calendar_date(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    """A month name with a day: explicit year, or the reference date's."""
    month, day = _month(m["month"]), int(regex.sub(r"\D", "", m["d"]))
    start = m.start("lead") if m.groupdict().get("lead") else m.start()
    if m["y"]:
        found = periods.safe_date(int(m["y"]), month, day)
        if found is not None:
            yield make_entity(m.string, start, m.end(), periods.single_day(found))
        return
    if periods.safe_date(2024, month, day) is None:  # no such day in any year
        return
    found = None if ref is None else periods.safe_date(periods.year_for(ref, month, day), month, day)
    span = None if found is None else periods.single_day(found)
    yield make_entity(m.string, start, m.end(), span, relative=True)


def _day_range(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    """March 3 to 7, Jan 5-9, 2026, 3-7 March: one entity from the first day to the last."""
    groups = m.groupdict()
    anchor = m.start("lead") if groups.get("lead") else m.start()
    lead = RANGE_LEAD.search(m.string, max(0, anchor - LEAD_REACH), anchor)
    if "and" in m["join"] and (lead is None or lead["w"].lower() != "between"):
        return  # "on March 3 and 7" is two days
    month = _month(m["month"])
    month2 = _month(groups["month2"]) if groups.get("month2") else month
    day, day2 = int(regex.sub(r"\D", "", m["d"])), int(regex.sub(r"\D", "", m["d2"]))
    if groups.get("lead"):  # day-first: the month written is the month of both days
        month, month2 = month2, month
    year2 = _year(m["y"])
    year = _year(groups.get("y1")) or year2
    relative = year is None
    if year is None and ref is not None:
        year = periods.year_for(ref, month, day)
    if year2 is None and year is not None:
        year2 = year + 1 if month2 < month else year  # Dec 29 to Jan 2: into the new year
    start = anchor if lead is None else lead.start()
    first = None if year is None else periods.safe_date(year, month, day)
    last = None if year2 is None else periods.safe_date(year2, month2, day2)
    if first is not None and last is not None and first < last:
        yield make_entity(m.string, start, m.end(), (first, last), relative=relative)
    elif ref is None and relative and periods.safe_date(2024, month2, day2) is not None:
        yield make_entity(m.string, start, m.end(), None, relative=True)


# ---------------------------------------------------------------- handlers, one per rule


def _iso(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    span = periods.numeric_date(m)
    if span is not None:
        yield _entity(m, span)


def _month_year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, periods.months_span(int(m["y"]), _month(m["month"])))


def _month_list(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    year = int(m["y"])
    names = list(MONTH_TOKEN.finditer(m["list"]))
    for i, name in enumerate(names):
        start = m.start("list") + name.start()
        end = m.end() if i == len(names) - 1 else m.start("list") + name.end()
        span = periods.months_span(year, _month(name.group()))
        yield make_entity(m.string, start, end, span)


def _month_name(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month = _month(m["month"])
    since = None if DAY_OR_YEAR_AFTER.match(m.string, m.end()) else _lead(m, SINCE_LEAD)
    if ref is None:
        yield _entity(m, None, relative=True, lead=since)
    elif since is not None:
        first = dt.date(ref.year, month, 1)
        if first > ref:
            first = first.replace(year=ref.year - 1)
        yield _entity(m, periods.since(first, ref), relative=True, lead=since)
    else:
        yield _entity(m, periods.months_span(periods.year_for(ref, month), month), relative=True)


def _year_alone(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if _lead(m, QUANTITY_OF) is None:  # "a level of 2050" is no year
        yield _group_entity(m, "y", periods.years_span(int(m["y"])), relative=False)


def _year_before_word(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    if _lead(m, NAME_BEFORE_YEAR) is None and _lead(m, QUANTITY_OF) is None:  # "the CSI 2000 is"
        yield _group_entity(m, "y", periods.years_span(int(m["y"])), relative=False)


def _full_year(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, periods.years_span(int(m["y"])))


def _year_range(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    first = int(m["a"])
    last = int(m["b"]) if m["b"] else first // 100 * 100 + int(m["bb"])
    if first < last <= first + 50:
        yield _entity(m, periods.years_span(first, last))


def _year_end(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, THE_LEAD)
    written = None if lead is not None or m["y"] else _lead(m, YEAR_LEAD)
    year = m["y"] or (written["y"] if written is not None else None)
    if year:
        yield _entity(m, periods.year_end(int(year)), lead=lead or written)
    else:
        yield _entity(m, None if ref is None else periods.year_end(ref.year), relative=True, lead=lead)


def _month_end(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    month, lead = _month(m["month"]), _lead(m, THE_LEAD)
    if m["y"]:
        yield _entity(m, periods.month_end(int(m["y"]), month), lead=lead)
    else:
        span = None if ref is None else periods.month_end(periods.year_for(ref, month), month)
        yield _entity(m, span, relative=True, lead=lead)


def _text_only(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, None)


def _text_only_the(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    yield _entity(m, None, lead=_lead(m, THE_LEAD))


def _named_year(
    m: regex.Match[str], ref: dt.date | None, lead: regex.Match[str] | None = None
) -> tuple[int | None, bool]:
    """The year a period names: written (after it or before it), "this/last/next year", or P's."""
    written = _year(m["y"] or (lead.groupdict().get("y") if lead is not None else None))
    if written is not None:
        return written, False
    if ref is None:
        return None, True
    step = {"last": -1, "next": 1}.get((m.groupdict().get("rel") or "").lower(), 0)
    return ref.year + step, True


def _quarter(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, PERIOD_LEAD) if m.groupdict().get("qw") else None
    q = int(m["q"]) if m.groupdict().get("q") else ORDINALS[m["qw"].lower()]
    year, relative = _named_year(m, ref, lead)
    yield _entity(m, None if year is None else periods.quarters_span(year, q), relative=relative, lead=lead)


def _half(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, PERIOD_LEAD) if m.groupdict().get("hw") else None
    h = int(m["h"]) if m.groupdict().get("h") else ORDINALS[m["hw"].lower()]
    year, relative = _named_year(m, ref, lead)
    yield _entity(m, None if year is None else periods.half_span(year, h), relative=relative, lead=lead)


def _first_months(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, IN_THE_LEAD)
    n = _count(m["n"])
    year, relative = _named_year(m, ref)
    if lead is None:
        return
    if year is None:
        yield _entity(m, None, relative=relative, lead=lead)
    elif m["unit"] == "months" and 1 <= n <= 12:
        yield _entity(m, periods.months_span(year, 1, n), relative=relative, lead=lead)
    elif m["unit"] == "quarters" and 1 <= n <= 4:
        yield _entity(m, periods.quarters_span(year, 1, n), relative=relative, lead=lead)


def _fiscal(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead, year = _lead(m, FISCAL_LEAD), _year(m["y"])
    if lead is None and year is not None and m.group().startswith("FY"):  # FY2026: the year
        yield _entity(m, periods.years_span(year))
    elif lead is not None or year is not None:  # "fiscal policy" names no period
        yield _entity(m, None, lead=lead)


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
    yield _entity(m, span, relative=True, lead=_lead(m, WHOLE_LEAD))


def _window_length(n: int, unit: str) -> dict[str, int]:
    """The relativedelta keywords for ``n`` units ("decade" is ten years)."""
    unit = unit.lower().rstrip("s")
    if unit == "decade":
        return {"years": 10 * n}
    if unit == "quarter":
        return {"months": 3 * n}
    return {unit + "s": n}


def _window(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, WINDOW_LEAD)
    if m["n"] is None and (lead is None or not lead["the"]) and m["dir"].lower() in ("last", "next"):
        return  # "last week", "next year": calendar units, another rule
    if m["n"] is None and m["unit"].lower().endswith("s"):
        return  # "the coming months": no count, no window (the vague-window rule keeps its text)
    if ref is None:
        yield _entity(m, None, relative=True, lead=lead)
        return
    length = _window_length(_count(m["n"]), m["unit"])
    forward = m["dir"].lower() in ("next", "coming", "following")
    span = periods.window_ahead(ref, **length) if forward else periods.window_back(ref, **length)
    yield _entity(m, span, relative=True, lead=lead)


def _vague_window(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, WINDOW_LEAD)
    if m.group().startswith("coming") and lead is None:
        return  # "coming months" wants its "the"
    yield _entity(m, None, relative=True, lead=lead)


def _in_span(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    unit = m["unit"].lower()
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
    lead = _lead(m, WEEKDAY_LEAD)
    span: DateSpan | None = None
    if ref is not None:
        day = WEEKDAYS[m["day"].lower()]
        which = "" if lead is None else lead["which"].lower()
        if which == "last":
            found = periods.weekday_on_or_before(ref - dt.timedelta(days=1), day)
        elif which == "next":
            found = periods.weekday_on_or_before(ref + dt.timedelta(days=7), day)
        elif which == "this":
            found = periods.weekday_in_week(ref, day)
        else:
            found = periods.weekday_on_or_before(ref, day)
        span = periods.single_day(found)
    yield _entity(m, span, relative=True, lead=lead)


def _ordinal_day(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, ORDINAL_LEAD)
    if lead is None or not 1 <= int(m["d"]) <= 31:
        return
    if lead.group() == "(":  # "(19th)": the bracket is not part of the span
        if not m.string.startswith(")", m.end()):
            return
        lead = None
    found = None if ref is None else periods.safe_date(ref.year, ref.month, int(m["d"]))
    yield _entity(m, None if found is None else periods.single_day(found), relative=True, lead=lead)


def _trading_days(m: regex.Match[str], ref: dt.date | None) -> Iterator[DateEntity]:
    lead = _lead(m, TRADING_LEAD)
    if lead is not None:  # "during the trading day" is no window
        yield _entity(m, None, lead=lead)


#: Every month name and abbreviation holds one of these: the trigger of the month rules,
#: tested once per text for all of them.
MONTH_TRIGGERS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Every holiday name holds one of these.
HOLIDAY_TRIGGERS = (
    "New", "Festival", "Qingming", "National", "Golden", "Labo", "May", "Christmas", "Thanksgiving",
    "Easter", "Friday", "Monday", "Singles",
)  # fmt: skip

#: Every rule, in no particular order: overlaps are settled longest-first. A Triggered rule
#: scans only texts holding one of its words: every match of its pattern must hold one
#: (``tests/test_date_triggers.py``), so a new alternative needs its word there too.
RULES: tuple[Rule, ...] = (
    (ISO_DATE, _iso),
    (US_DATE, _iso),
    (Triggered(MONTH_DAY_YEAR, MONTH_TRIGGERS), _calendar_date),  # most texts name no month
    (Triggered(DAY_MONTH_YEAR, MONTH_TRIGGERS), _calendar_date),
    (Triggered(MONTH_DAY_RANGE, MONTH_TRIGGERS), _day_range),
    (Triggered(DAY_MONTH_RANGE, MONTH_TRIGGERS), _day_range),
    (Triggered(MONTH_YEAR, MONTH_TRIGGERS), _month_year),
    (Triggered(MONTH_LIST_YEAR, MONTH_TRIGGERS), _month_list),
    (Triggered(MONTH_NAME, MONTH_TRIGGERS), _month_name),
    (YEAR_IN_CONTEXT, _year_alone),
    (YEAR_BEFORE_WORD, _year_before_word),
    (FULL_YEAR, _full_year),
    (YEAR_RANGE, _year_range),
    (YEAR_END, _year_end),
    (Triggered(MONTH_END, MONTH_TRIGGERS), _month_end),
    (VAGUE_PART, _text_only_the),
    (Triggered(QUARTER_CODE, ("Q",)), _quarter),  # rare words: most texts are not scanned
    (QUARTER_WORDS, _quarter),
    (HALF_CODE, _half),
    (HALF_WORDS, _half),
    (FIRST_MONTHS, _first_months),
    (Triggered(FISCAL, ("fiscal", "financial", "Fiscal", "Financial", "FY")), _fiscal),
    (HALF_YEAR_WORD, _text_only),
    (Triggered(DAY_WORD, ("oday", "omorrow", "esterday")), _day_word),
    (Triggered(CALENDAR_UNIT, ("week", "month", "quarter", "year")), _calendar_unit),
    (NEXT_UNIT_HYPHEN, _next_unit),
    (WINDOW, _window),
    (Triggered(VAGUE_WINDOW, ("few", "several", "couple", "coming")), _vague_window),
    (IN_SPAN, _in_span),
    (A_SPAN_OF, _text_only),
    (AGO, _ago),
    (Triggered(TO_DATE, ("date", "YTD", "MTD", "far", "start", "beginning")), _to_date),
    (WEEKDAY, _weekday),
    (ORDINAL_DAY, _ordinal_day),
    (TRADING_DAYS, _trading_days),
    (Triggered(HOLIDAY, HOLIDAY_TRIGGERS), _text_only_the),
)


def find(ctx: Context) -> list[Entity]:
    """Find the dates, periods and windows of an English text.

    Args:
        ctx: the text and its reference date (``ctx.published``; None leaves relative
            and year-less dates as text only).

    Returns:
        Date entities that do not overlap each other, in text order.
    """
    return periods.apply_rules(ctx.text, ctx.published, RULES)
