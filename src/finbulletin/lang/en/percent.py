"""Percentages in English bulletins: "0.48%", "0.5 per cent", "25 percent", "five percent".

Rules (documented here, followed by the tests):

- A sign written against the number is part of the span and the value: "-0.525%",
  "+7.61%"; so is "minus"/"plus" before it ("minus five percent" -> -5).
- "percentage points" (also "percent points", "pct points", "ppt", "pp") give a percent
  with ``percentage_points=True``: "0.5 percentage points" -> 0.5.
- A range gives two percents, one per end: "40% to 60%", "between 3.4% and 7%", and also
  "45 to 55%" or "3-5 per cent", where the first end borrows the unit of the second
  (not when it looks like a year: "in 2024 to 5%").
- Hedges stay out of the span ("over 4%" -> "4%"). Basis points ("25 bps") and
  multiples ("10 times") are not percents, nor is a "%" inside a URL or followed by two
  hex digits, as in an escape ("%20").

How it works: every number of the text is found by one fast scan
(:func:`finbulletin.numbers.iter_numbers`); :data:`UNIT` is matched right after it and
:data:`SIGN_BEFORE` backwards from it. No pattern is tried at every position.

Example:
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "Yields rose 0.5 percentage points; the ETF fell 0.48%."
    >>> [(p.text, p.value, p.percentage_points)
    ...  for p in find(Context(text, "en", None, make_nlp("en")(text)))]
    [('0.5 percentage points', 0.5, True), ('0.48%', 0.48, False)]
"""

from __future__ import annotations

import regex

from finbulletin.context import Context
from finbulletin.models import Entity, PercentEntity
from finbulletin.numbers import number_value, numbers_in

_HS = r"[^\S\r\n]"  # a space that is not a line break

#: The unit after a number: percentage points (group ``points``) or percent.
UNIT = regex.compile(
    rf"""
    {_HS}*+
    (?:
        (?P<symbol>[%％])(?![0-9A-F]{{2}})                     # 0.48% (not %2D, an escape)
      | -?+{_HS}*+(?P<points>
            (?:percentage|per{_HS}?+-?+cent(?:age)?+|pct)(?:{_HS}|-)++(?:points?|pts?)  # percentage points
          | ppts? | pp                                                           # ppt, pp
        )(?![\p{{L}}])
      | -?+{_HS}*+(?P<word>per{_HS}?+-?+cents?+|percent(?:s|age)?+|pct)(?![\p{{L}}])   # per cent
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: What stands before the number (matched backwards): a sign, or nothing at the start of
#: a word. It fails after a letter, digit or point ("AB12%", "6 . 2 %").
SIGN_BEFORE = regex.compile(
    r"""(?r)
    (?<![\p{L}\p{N}.,%])(?<!\d[ ][.][ ])     # not inside a word or number (nor "6 . 2 %")
    (?P<sign>
        [-−+＋]                               # a sign against the number: -0.525%, +7.61%
      | (?:minus|plus)[^\S\r\n]++            # or a word: minus five percent
    )?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: What joins the two ends of a range whose unit is written once: "45 to 55%".
JOINER = regex.compile(rf"{_HS}*+(?P<word>to|and|or|-|–|—|~){_HS}*+", regex.IGNORECASE)

#: "between" before the first end of a range (matched backwards).
BETWEEN_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])between{_HS}++", regex.IGNORECASE)

#: Web addresses, where "%" escapes characters.
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"']++", regex.IGNORECASE)

_REACH = 16  # characters read backwards from a number for its sign or "between"


def find(ctx: Context) -> list[Entity]:
    """Find the percent entities of an English text.

    Example:
        >>> from finbulletin.context import Context
        >>> from finbulletin.tokenizer import make_nlp
        >>> text = "Profit rose 45 to 55 per cent."
        >>> [(p.text, p.value) for p in find(Context(text, "en", None, make_nlp("en")(text)))]
        [('45', 45.0), ('55 per cent', 55.0)]
    """
    text = ctx.text
    urls = [m.span() for m in URL.finditer(text)] if "://" in text or "www." in text.casefold() else []
    found: list[Entity] = []
    previous: regex.Match[str] | None = None  # the number before, if it had no unit
    for m in numbers_in(text):
        unit = UNIT.match(text, m.end())
        if unit is None:
            previous = m
            continue
        start, value = _signed(text, m)
        if value is None or any(s < unit.end() and start < e for s, e in urls):
            previous = None
            continue
        points = unit.group("points") is not None
        head = _range_head(text, previous, start) if previous is not None else None
        if head is not None:
            found.append(head.model_copy(update={"percentage_points": points}))
        found.append(
            PercentEntity(
                text=text[start : unit.end()],
                start=start,
                end=unit.end(),
                value=value,
                percentage_points=points,
            )
        )
        previous = None
    return found


def _signed(text: str, m: regex.Match[str]) -> tuple[int, float | None]:
    """Where the number of ``m`` starts with its sign, and its signed value (None: unreadable)."""
    before = SIGN_BEFORE.match(text, max(0, m.start() - _REACH), m.start())
    number = number_value(m)
    if before is None or number is None:
        return m.start(), None
    sign = (before.group("sign") or "").strip().casefold()
    return before.start(), -number if sign in ("-", "−", "minus") else number


def _range_head(text: str, m: regex.Match[str], start: int) -> PercentEntity | None:
    """The number of ``m`` as the first end of a range ("45" of "45 to 55%"), or None."""
    head_start, value = _signed(text, m)
    if value is None or m.lastgroup != "digits" or not _heads_range(text, m.end(), head_start, start):
        return None
    if len(m.group()) == 4 and value.is_integer() and 1900 <= value <= 2100:
        return None  # a year: "in 2024 to 5%"
    return PercentEntity(text=text[head_start : m.end()], start=head_start, end=m.end(), value=value)


def _heads_range(text: str, head_end: int, head_start: int, start: int) -> bool:
    """Whether the number ending at ``head_end`` is joined to the one at ``start`` as a range."""
    joiner = JOINER.fullmatch(text, head_end, start)
    if joiner is None:
        return False
    between = BETWEEN_BEFORE.match(text, max(0, head_start - _REACH), head_start)
    return joiner.group("word").casefold() != "and" or between is not None
