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
  multiples ("10 times") are not percents, nor is a "%" inside a URL or followed by a
  letter or digit ("%20" in a query string).

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
from finbulletin.numbers import DECIMAL_PATTERN, WORD_NUMBER_PATTERN, parse_decimal, words_to_number

_HS = r"[^\S\r\n]"  # a space that is not a line break

#: The units: percentage points first (flagged), then plain percent.
_POINTS_UNIT = rf"""(?:
    (?:percentage|per{_HS}?+-?+cent(?:age)?+|pct)(?:{_HS}|-)++(?:points?|pts?)  # percentage points
  | ppts? | pp                                                               # ppt, pp
)(?![\p{{L}}])"""
_PERCENT_UNIT = rf"""(?:
    per{_HS}?+-?+cents?+ | percent(?:s|age)?+ | pct                           # per cent, percent
)(?![\p{{L}}])"""

#: One percentage: a sign, a number in digits or words, and a unit.
PERCENT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}.,%])(?<!\d[ ][.][ ])       # not inside a word or number (nor "6 . 2 %")
    (?P<sign>
        [-−+＋](?=[\d.．])                          # a sign against the number: -0.525%, +7.61%
      | (?:minus|plus){_HS}++                       # or a word: minus five percent
    )?+
    (?:
        (?P<digits>{DECIMAL_PATTERN})               # 0.48, 4,007.5
      | (?P<words>{WORD_NUMBER_PATTERN})            # twenty-five, a hundred
    )
    (?![\p{{N}}])
    (?:
        {_HS}*+(?P<symbol>[%％])(?![A-Za-z0-9])     # 0.48% (not %20 in a URL)
      | {_HS}*+-?+{_HS}*+(?P<points>{_POINTS_UNIT})  # 0.5 percentage points
      | {_HS}*+-?+{_HS}*+(?P<word>{_PERCENT_UNIT})   # 0.5 per cent, 25 percent
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The first end of a range whose unit is written only after the second: "45 to 55%".
RANGE_HEAD = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}.,%])
    (?P<between>between{_HS}++)?+
    (?P<sign>[-−+](?=\d))?+
    (?P<digits>{DECIMAL_PATTERN})
    {_HS}*+(?P<join>to|and|or|-|–|—|~){_HS}*+
    \Z
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Web addresses, where "%" escapes characters.
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"']++", regex.IGNORECASE)

_LOOKBEHIND = 40  # characters searched before a percentage for the first end of a range


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
    for m in PERCENT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in urls):
            continue
        value = _value(m)
        if value is None:
            continue
        points = m.group("points") is not None
        head = _range_head(text, m)
        if head is not None:
            found.append(head.model_copy(update={"percentage_points": points}))
        found.append(
            PercentEntity(text=m.group(), start=m.start(), end=m.end(), value=value, percentage_points=points)
        )
    return found


def _value(m: regex.Match[str]) -> float | None:
    """The signed value of a :data:`PERCENT` match; None when the number does not read."""
    words = m.group("words")
    number = words_to_number(words) if words else parse_decimal(m.group("digits"))
    if number is None:
        return None
    sign = (m.group("sign") or "").strip().casefold()
    return -number if sign in ("-", "−", "minus") else number


def _range_head(text: str, m: regex.Match[str]) -> PercentEntity | None:
    """The first end of a range written "45 to 55%", as a percent; None if there is none."""
    head = RANGE_HEAD.search(text, max(0, m.start() - _LOOKBEHIND), m.start())
    if head is None:
        return None
    join = head.group("join").casefold()
    if join == "and" and head.group("between") is None:
        return None
    digits = head.group("digits")
    number = parse_decimal(digits)
    if number is None or (join == "to" and len(digits) == 4 and 1900 <= number <= 2100):
        return None
    if head.group("sign") in ("-", "−"):
        number = -number
    start = head.start("sign") if head.group("sign") else head.start("digits")
    return PercentEntity(text=text[start : head.end("digits")], start=start, end=head.end("digits"), value=number)
