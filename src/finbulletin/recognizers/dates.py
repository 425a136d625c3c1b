"""The dates recognizer, and the publication date read from a bulletin's own date line.

The grammar lives in ``finbulletin/lang/en/dates.py`` and ``finbulletin/lang/zh/dates.py``;
each exposes ``find(ctx) -> list[Entity]``. The calendar sums are in
:mod:`finbulletin.periods`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from finbulletin import periods
from finbulletin.context import Context
from finbulletin.lang.en import dates as en_dates
from finbulletin.lang.zh import dates as zh_dates
from finbulletin.models import Entity

#: How many non-blank lines from the top may hold the date line.
DATE_LINE_WINDOW = 15

#: A date line is short: longer lines are sentences that mention a date.
DATE_LINE_MAX_CHARS = 80

#: What may stand beside the date on a date line, besides times and weekdays: a source
#: name or a label. Han characters count one each, Latin words two.
DATE_LINE_MAX_REST = 10

#: Full dates (with a year) as a date line writes them, in either language.
FULL_DATES: tuple[regex.Pattern[str], ...] = (
    periods.NUMERIC_DATE,  # 2025-11-11, 2026.03.18 07:00
    zh_dates.FULL_DATE,  # 2025年11月11日 09:30
    en_dates.MONTH_DAY_YEAR,  # March 25, 2016
    en_dates.DAY_MONTH_YEAR,  # 25 March 2016
)

# Words that may surround the date on a date line and say nothing else.
LINE_FURNITURE = regex.compile(
    r"""
    \d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?          # 09:30, 15:30:00, 7:00 pm
    | (?:GMT|UTC|HKT|CST|BJT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?  # time zones
    | (?<![A-Za-z])(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?(?![A-Za-z])  # weekdays
    | (?:星期|周|礼拜)[一二三四五六日天]                          # 星期三
    | (?<![A-Za-z])(?:Published|Updated|Posted|Released|Date|Time|Source|By|on|at)(?![A-Za-z])  # labels
    | 发布时间|发布日期|更新时间|发表时间|日期|时间|来源|北京时间|发布于|发布|更新
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A date that a line gives as the time of some data, not of the bulletin.
AS_OF = regex.compile(r"(?:截至|截止|as\s+(?:of|at)|数据)\s*$", regex.IGNORECASE)

# One line of text (read lazily: a long bulletin is never split whole).
LINE = regex.compile(r"[^\r\n]+")

# What is left of a line once the date and its furniture are gone.
HAN_CHAR = regex.compile(r"\p{Han}")
LATIN_WORD = regex.compile(r"[A-Za-z]+")
DIGIT_OR_PERCENT = regex.compile(r"[\d%％]")


def recognize(ctx: Context) -> Sequence[Entity]:
    """Find the date entities in ``ctx.text`` with the grammar of ``ctx.language``."""
    if ctx.language == "zh":
        return zh_dates.find(ctx)
    return en_dates.find(ctx)


def _full_date(line: str) -> tuple[dt.date, regex.Match[str]] | None:
    """The first date with a year on a line, and its match."""
    for pattern in FULL_DATES:
        for m in pattern.finditer(line):
            groups = m.groupdict()
            year = groups.get("y")
            if not year or len(year) != 4 or groups.get("d2"):
                continue
            month = groups.get("m")
            number = int(month) if month else en_dates.MONTHS[groups["month"].rstrip(".").lower()]
            day = int(regex.sub(r"\D", "", groups["d"]))
            found = periods.safe_date(int(year), number, day)
            if found is not None:
                return found, m
    return None


def date_line(line: str) -> dt.date | None:
    """The date a line gives when the line is (mostly) a date, else None.

    A date line carries one full date and little else: a time, a weekday, a label
    ("Published:", "发布时间：") or a short source name. A sentence that mentions a date
    is no date line.

    Example:
        >>> date_line("  • 2025-11-11")
        datetime.date(2025, 11, 11)
        >>> date_line("发布时间：2023-09-07 10:05")
        datetime.date(2023, 9, 7)
        >>> date_line("Stocks rose on April 15, 2025, led by banks and insurers.") is None
        True
    """
    line = line.strip()
    if not line or len(line) > DATE_LINE_MAX_CHARS:
        return None
    found = _full_date(line)
    if found is None:
        return None
    day, m = found
    if AS_OF.search(line[: m.start()]):
        return None
    rest = LINE_FURNITURE.sub(" ", line[: m.start()] + " " + line[m.end() :])
    if DIGIT_OR_PERCENT.search(rest):
        return None
    weight = len(HAN_CHAR.findall(rest)) + 2 * len(LATIN_WORD.findall(rest))
    return day if weight <= DATE_LINE_MAX_REST else None


def detect_published(text: str) -> dt.date | None:
    r"""The publication date from the bulletin's own date line near the top, if any.

    Only the first :data:`DATE_LINE_WINDOW` non-blank lines are read, and only a line that
    is (mostly) a date counts (see :func:`date_line`); dates inside sentences do not.

    Example:
        >>> detect_published("AI stocks rally\n\n  • 2025-11-11\n\nToday, the index rose.")
        datetime.date(2025, 11, 11)
        >>> detect_published("截至2026年3月4日 15:00，半导体ETF下跌2.41%，换手率1.87%。") is None
        True
    """
    seen = 0
    for m in LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        found = date_line(line)
        if found is not None:
            return found
        seen += 1
        if seen >= DATE_LINE_WINDOW:
            break
    return None
