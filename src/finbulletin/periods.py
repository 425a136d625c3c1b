"""Calendar arithmetic for dates, periods and relative windows, shared by both languages.

Every function is pure: it takes numbers or dates and returns a :data:`DateSpan`, a pair
``(first_day, last_day)`` with both ends included. The language packs
(``lang/en/dates.py``, ``lang/zh/dates.py``) read the words; this module does the sums,
with ``dateutil.relativedelta`` for month and year steps (so "three months after
31 August" is 30 November, not an error).

Conventions (see SPEC.md, "Conventions the annotators settled on"):

* a year is 1 January to 31 December; a quarter, half or month is its calendar span;
* a week is the calendar week Monday..Sunday;
* a backward window ("past two weeks", "近1年") runs from the reference date less the
  length to the reference date; a forward window ("next five years", "未来三年") from the
  reference date to the reference date plus the length;
* "the end of 2026" is the single day 2026-12-31.

Example:
    >>> import datetime as dt
    >>> window_ahead(dt.date(2025, 11, 11), years=5)
    (datetime.date(2025, 11, 11), datetime.date(2030, 11, 11))
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import regex
from dateutil.relativedelta import relativedelta

from finbulletin.models import DateEntity, Entity
from finbulletin.resolve import resolve_overlaps

DateSpan = tuple[dt.date, dt.date]
"""A period as its first and last day, both included."""

Handler = Callable[["regex.Match[str]", "dt.date | None"], Iterator[DateEntity]]
"""Turns one match of a date rule, with the reference date, into date entities."""


@dataclass(frozen=True, slots=True)
class Triggered:
    """A rule's pattern, tried only on a text that holds one of its triggers.

    Every match of ``pattern`` holds one of the ``triggers`` (literal strings), so a text
    without any of them is not scanned at all: a rare word spares a whole-text scan.

    Example:
        >>> quarter = Triggered(regex.compile("Q[1-4]"), ("Q",))
        >>> [m.group() for m in quarter.finditer("Q3 and Q4")], list(quarter.finditer("H1"))
        (['Q3', 'Q4'], [])
    """

    pattern: regex.Pattern[str]
    triggers: tuple[str, ...]

    def occurs_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the triggers (else the pattern cannot match)."""
        return any(trigger in text for trigger in self.triggers)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The pattern's matches in ``text``, as ``pattern.finditer`` gives them."""
        if self.occurs_in(text):
            yield from self.pattern.finditer(text)


Rule = tuple["regex.Pattern[str] | Triggered", Handler]
"""A date rule: the pattern it scans for, and the handler of its matches."""

#: A year-less date further ahead of the reference date than this is taken from the year
#: before ("November" in a January bulletin is last November).
FUTURE_TOLERANCE = relativedelta(months=6)

#: The years a written year may stand for; outside them a four-digit number is no year.
MIN_YEAR = 1900
MAX_YEAR = 2100


#: A numeric date, the same in both languages: 2025-11-11, 2026.03.18, 2025/11/19.
NUMERIC_DATE = regex.compile(
    r"""
    (?<![\d.\-/])                          # not inside a longer number or code
    (?P<y>(?:19|20)\d\d)                   # year
    (?P<sep>[-./])                         # separator
    (?P<m>\d{1,2})                         # month
    (?P=sep)                               # the same separator again
    (?P<d>\d{1,2})                         # day
    (?![\d]|[.\-/]\d)                      # and nothing numeric after
    """,
    regex.VERBOSE,
)


def numeric_date(match: regex.Match[str]) -> DateSpan | None:
    """The day a :data:`NUMERIC_DATE` match names, or None when it is no calendar date.

    Example:
        >>> numeric_date(NUMERIC_DATE.search("as at 2026.03.18 07:00"))
        (datetime.date(2026, 3, 18), datetime.date(2026, 3, 18))
        >>> numeric_date(NUMERIC_DATE.search("code 2025-13-40")) is None
        True
    """
    found = safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return None if found is None else single_day(found)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the three numbers make no calendar date.

    Example:
        >>> safe_date(2024, 2, 29)
        datetime.date(2024, 2, 29)
        >>> safe_date(2025, 2, 29) is None
        True
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def single_day(day: dt.date) -> DateSpan:
    """A one-day span.

    Example:
        >>> single_day(dt.date(2025, 11, 11))
        (datetime.date(2025, 11, 11), datetime.date(2025, 11, 11))
    """
    return (day, day)


def years_span(first: int, last: int | None = None) -> DateSpan:
    """1 January of ``first`` to 31 December of ``last`` (default: the same year).

    Example:
        >>> years_span(2027, 2030)
        (datetime.date(2027, 1, 1), datetime.date(2030, 12, 31))
    """
    return (dt.date(first, 1, 1), dt.date(first if last is None else last, 12, 31))


def months_span(year: int, first: int, last: int | None = None) -> DateSpan:
    """The first day of month ``first`` to the last day of month ``last`` of one year.

    Example:
        >>> months_span(2024, 2)
        (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
        >>> months_span(2025, 1, 9)
        (datetime.date(2025, 1, 1), datetime.date(2025, 9, 30))
    """
    final = first if last is None else last
    return (dt.date(year, first, 1), dt.date(year, final, calendar.monthrange(year, final)[1]))


def quarters_span(year: int, first: int, last: int | None = None) -> DateSpan:
    """Quarter ``first`` to quarter ``last`` (default: the same quarter) of one year.

    Example:
        >>> quarters_span(2025, 3)
        (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
        >>> quarters_span(2025, 1, 3)
        (datetime.date(2025, 1, 1), datetime.date(2025, 9, 30))
    """
    return months_span(year, 3 * first - 2, 3 * (first if last is None else last))


def half_span(year: int, half: int) -> DateSpan:
    """The first (1) or second (2) half of a year.

    Example:
        >>> half_span(2025, 2)
        (datetime.date(2025, 7, 1), datetime.date(2025, 12, 31))
    """
    return months_span(year, 6 * half - 5, 6 * half)


def year_end(year: int) -> DateSpan:
    """The end of a year, by convention the single day 31 December.

    Example:
        >>> year_end(2026)
        (datetime.date(2026, 12, 31), datetime.date(2026, 12, 31))
    """
    return single_day(dt.date(year, 12, 31))


def month_end(year: int, month: int) -> DateSpan:
    """The end of a month: its last day.

    Example:
        >>> month_end(2025, 2)
        (datetime.date(2025, 2, 28), datetime.date(2025, 2, 28))
    """
    return single_day(months_span(year, month)[1])


def dekad_span(year: int, month: int, part: int) -> DateSpan:
    """A third of a month: days 1-10 (1), 11-20 (2) or 21 to the end (3), as 上旬/中旬/下旬.

    Example:
        >>> dekad_span(2025, 2, 3)
        (datetime.date(2025, 2, 21), datetime.date(2025, 2, 28))
    """
    whole = months_span(year, month)
    first = dt.date(year, month, 10 * part - 9)
    last = whole[1] if part == 3 else dt.date(year, month, 10 * part)
    return (first, last)


def week_span(ref: dt.date, offset: int = 0) -> DateSpan:
    """The calendar week (Monday..Sunday) holding ``ref``, moved by ``offset`` weeks.

    Example:
        >>> week_span(dt.date(2016, 3, 25))
        (datetime.date(2016, 3, 21), datetime.date(2016, 3, 27))
        >>> week_span(dt.date(2026, 2, 4), -1)
        (datetime.date(2026, 1, 26), datetime.date(2026, 2, 1))
    """
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
    return (monday, monday + dt.timedelta(days=6))


def month_of(ref: dt.date, offset: int = 0) -> DateSpan:
    """The calendar month holding ``ref``, moved by ``offset`` months.

    Example:
        >>> month_of(dt.date(2020, 4, 3), -1)
        (datetime.date(2020, 3, 1), datetime.date(2020, 3, 31))
    """
    first = ref.replace(day=1) + relativedelta(months=offset)
    return months_span(first.year, first.month)


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    """The latest day with ISO-less ``weekday`` (Monday 0 .. Sunday 6) not after ``ref``.

    Example:
        >>> weekday_on_or_before(dt.date(2020, 7, 7), 1)  # a Tuesday itself
        datetime.date(2020, 7, 7)
        >>> weekday_on_or_before(dt.date(2020, 7, 7), 4)  # the Friday before
        datetime.date(2020, 7, 3)
    """
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_in_week(ref: dt.date, weekday: int, offset: int = 0) -> dt.date:
    """The day ``weekday`` (Monday 0 .. Sunday 6) of the calendar week ``offset`` from ``ref``'s.

    Example:
        >>> weekday_in_week(dt.date(2020, 7, 7), 4, -1)  # last week's Friday
        datetime.date(2020, 7, 3)
    """
    return week_span(ref, offset)[0] + dt.timedelta(days=weekday)


def shift_days(ref: dt.date, days: int) -> DateSpan:
    """The single day ``days`` after (or before, when negative) ``ref``.

    Example:
        >>> shift_days(dt.date(2025, 3, 1), -1)
        (datetime.date(2025, 2, 28), datetime.date(2025, 2, 28))
    """
    return single_day(ref + dt.timedelta(days=days))


def window_back(ref: dt.date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> DateSpan:
    """A window that ends on ``ref`` and reaches back the given length.

    Example:
        >>> window_back(dt.date(2023, 9, 7), weeks=1)
        (datetime.date(2023, 8, 31), datetime.date(2023, 9, 7))
        >>> window_back(dt.date(2024, 2, 29), years=1)
        (datetime.date(2023, 2, 28), datetime.date(2024, 2, 29))
    """
    return (ref - relativedelta(years=years, months=months, weeks=weeks, days=days), ref)


def window_ahead(ref: dt.date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> DateSpan:
    """A window that starts on ``ref`` and reaches forward the given length.

    Example:
        >>> window_ahead(dt.date(2020, 7, 7), months=3)
        (datetime.date(2020, 7, 7), datetime.date(2020, 10, 7))
    """
    return (ref, ref + relativedelta(years=years, months=months, weeks=weeks, days=days))


def since(first: dt.date, ref: dt.date) -> DateSpan | None:
    """From ``first`` up to ``ref``; None when ``first`` is after ``ref``.

    Example:
        >>> since(dt.date(2019, 9, 1), dt.date(2019, 9, 29))
        (datetime.date(2019, 9, 1), datetime.date(2019, 9, 29))
        >>> since(dt.date(2019, 10, 1), dt.date(2019, 9, 29)) is None
        True
    """
    return (first, ref) if first <= ref else None


def complete_months_back(ref: dt.date, count: int) -> DateSpan:
    """The ``count`` whole calendar months that end with the month before ``ref``'s.

    Monthly statistics ("thirteen months in a row") count months that are over.

    Example:
        >>> complete_months_back(dt.date(2020, 4, 3), 13)
        (datetime.date(2019, 3, 1), datetime.date(2020, 3, 31))
    """
    last = month_of(ref, -1)
    return (last[0] - relativedelta(months=count - 1), last[1])


def year_for(ref: dt.date, month: int, day: int = 1) -> int:
    """The year of a date written without one: ``ref``'s, unless that is far in the future.

    A date more than :data:`FUTURE_TOLERANCE` after ``ref`` is taken from the year
    before ("November" in a January bulletin is last November).

    Example:
        >>> year_for(dt.date(2026, 1, 20), 11)
        2025
        >>> year_for(dt.date(2025, 8, 15), 12)
        2025
        >>> year_for(dt.date(2025, 3, 1), 2, 29)
        2025
    """
    candidate = safe_date(ref.year, month, min(day, 28))
    if candidate is not None and candidate > ref + FUTURE_TOLERANCE:
        return ref.year - 1
    return ref.year


def same_period_in(span: DateSpan, year: int) -> DateSpan | None:
    """The same period moved to another year ("the same period of 2019", "19年同期").

    Month ends stay month ends (29 February becomes 28 February).

    Example:
        >>> same_period_in((dt.date(2020, 1, 1), dt.date(2020, 3, 31)), 2019)
        (datetime.date(2019, 1, 1), datetime.date(2019, 3, 31))
        >>> same_period_in((dt.date(2024, 1, 1), dt.date(2024, 2, 29)), 2023)
        (datetime.date(2023, 1, 1), datetime.date(2023, 2, 28))
    """
    if span[0].year != span[1].year or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    step = relativedelta(years=year - span[0].year)
    return (span[0] + step, span[1] + step)


def two_digit_year(value: int) -> int:
    """The full year of a two-digit year: 00-69 are 2000s, 70-99 are 1900s.

    Example:
        >>> two_digit_year(19), two_digit_year(98)
        (2019, 1998)
    """
    return 2000 + value if value < 70 else 1900 + value


def make_entity(
    source: str, start: int, end: int, span: DateSpan | None, *, relative: bool = False
) -> DateEntity:
    """The date entity for ``source[start:end]``, resolved to ``span`` (None: text only).

    Example:
        >>> e = make_entity("in 2026.", 3, 7, years_span(2026))
        >>> (e.text, str(e.start_date), str(e.end_date), e.relative)
        ('2026', '2026-01-01', '2026-12-31', False)
    """
    first, last = span if span is not None else (None, None)
    return DateEntity(
        text=source[start:end], start=start, end=end, start_date=first, end_date=last, relative=relative
    )


def apply_rules(text: str, published: dt.date | None, rules: Iterable[Rule]) -> list[Entity]:
    """Run every (pattern, handler) rule over ``text``; keep the longest of overlapping dates.

    A :class:`Triggered` rule runs only when ``text`` holds one of its triggers; rules
    that share one trigger tuple (several month rules, say) test it once per text.

    Example:
        >>> year = regex.compile("(?P<y>20[0-9][0-9])")
        >>> rules = [(year, lambda m, ref: iter([make_entity(m.string, m.start(), m.end(),
        ...           years_span(int(m["y"])))]))]
        >>> [e.text for e in apply_rules("in 2026 and 2027", None, rules)]
        ['2026', '2027']
    """
    found: list[Entity] = []
    present: dict[tuple[str, ...], bool] = {}  # this text's answer per trigger set
    for rule, handler in rules:
        pattern = rule
        if isinstance(rule, Triggered):
            hit = present.get(rule.triggers)
            if hit is None:
                hit = present[rule.triggers] = rule.occurs_in(text)
            if not hit:
                continue
            pattern = rule.pattern
        for m in pattern.finditer(text):
            try:
                found.extend(handler(m, published))
            except (OverflowError, ValueError):
                # Calendar arithmetic ran off the calendar (year 1 or 9999, say): the date
                # has no resolvable span, so it is kept as text only.
                found.append(make_entity(text, m.start(), m.end(), None))
    return resolve_overlaps(found)
