"""Money in English bulletins: amounts and ranges with their currency and scale.

Found: "$5 trillion", "HK$37.20", "RMB 9.623 billion", "2.06 trillion yuan",
"84.3 billion U.S. dollars", "$236.62M", "CNY27 billion (USD3.8 billion)" (two amounts),
"-678 million yuan", "five million yen", "thirteen dollars and forty-five cents", and the
tokenised newswire style ("$ 75 million", "hk $ 10.05 billion").

How it works: :data:`AMOUNT` finds single amounts (sign, currency before, number in
digits or words, scale, currency after); :func:`find` then joins neighbours into ranges
and reads the hedge before each amount.

Rules (documented here, followed by the tests):

- **Money needs a currency.** An amount with no currency symbol, code or word, and none
  shared from a range partner, is not money ("turnover exceeding 2 trillion",
  "4,007.76 points").
- **Ranges.** Two amounts joined by "to", "-", "–", "~" are one range ("$5 to $7
  trillion", "651 million to 696 million yuan", "$630M-$670M"); so are two joined by
  "and" after "between", which the span then includes ("between $1.30 and $1.50"). The
  two ends must not name different currencies; a missing currency or scale on one end is
  shared from the other (the scale only when the first figure is not larger than the
  second, so "$900 to $1 billion" stays 900 to 1e9). A range runs upwards: ends that
  fall, or an end without currency that reads as a year ("in 2025 to $5 billion"), are
  not joined.
- **"from X to Y" is two amounts**, an old and a new figure ("raised its target from
  HKD387 to HKD440"); X still borrows a missing currency or scale from Y.
- **Hedges stay out of the span** and set ``approximate``: about, approximately, around,
  roughly, nearly, almost, over, more than, exceeding, above, up to, some, close to, at
  least, less than, under, below ...
- **Exchange rates are not money**: an amount followed by "per", "/" or "against the"
  and a currency ("7.1 yuan per US dollar") is dropped.
- A bare ``$`` or ``¥`` takes the document's currency
  (:func:`~finbulletin.lang.en.currencies.dollar_sign_currency`,
  :func:`~finbulletin.lang.en.currencies.yen_sign_currency`); explicit forms win.
- Subunits after a currency word add up: "3 dollars 50 cents", "one kuai and five mao
  five" (1.55); "thirteen dollars forty five", in words, reads the bare tail as cents.

Example:
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "Revenue of about $5 to $7 trillion."
    >>> [(m.text, m.low, m.high, m.currency, m.approximate)
    ...  for m in find(Context(text, "en", None, make_nlp("en")(text)))]
    [('$5 to $7 trillion', 5000000000000.0, 7000000000000.0, 'USD', True)]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import regex

from finbulletin.context import Context
from finbulletin.lang.en.currencies import (
    PREFIX_PATTERN,
    SUBUNITS,
    SUFFIX_PATTERN,
    currency_form,
    dollar_sign_currency,
    yen_sign_currency,
)
from finbulletin.models import Entity, MoneyEntity
from finbulletin.numbers import (
    DECIMAL_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    parse_decimal,
    scale_value,
    scaled,
    words_to_number,
)

_HS = r"[^\S\r\n]"  # a space that is not a line break

#: One amount: an optional sign, a currency before, a number, a scale, a currency after.
AMOUNT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}.,%])                       # starts a word: not inside a word or number
    (?P<sign>[-−](?=[\p{{Sc}}\p{{L}}\d]))?+         # a minus sign written against the amount
    (?:(?P<prefix>{PREFIX_PATTERN}){_HS}*+)?+       # currency before: $, US$, hk $, RMB, €
    (?:
        (?P<digits>{DECIMAL_PATTERN})               # the number in digits: 1,234.5
      | (?P<words>{WORD_NUMBER_PATTERN})            # or in words: five million, a billion
    )
    (?![\p{{N}}])
    (?P<scale>{SCALE_PATTERN})?+                    # million, bn, M, hundred million
    (?:                                             # currency after: yuan, U.S. dollars, USD
        (?:{_HS}*+-)?+{_HS}*+                       #   spaces or a hyphen (one-yen)
        (?P<suffix>{SUFFIX_PATTERN})
    )?+
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Subunits after an amount in a currency word: "50 cents", "and five mao five", "forty five".
SUBUNIT_TAIL = regex.compile(
    rf"""
    {_HS}*+,?+{_HS}*+(?:and{_HS}++)?+                     # a space, comma or "and"
    (?:
        (?P<count>{DECIMAL_PATTERN}|{WORD_NUMBER_PATTERN})
        {_HS}*+-?+{_HS}*+
        (?P<unit>cents?|pence|penny|jiao|mao|fen)(?![\p{{L}}])   # 50 cents, five mao
        (?:{_HS}++(?:and{_HS}++)?+                        # then the next subunit, bare: "five" fen
            (?P<next>{WORD_NUMBER_PATTERN}|\d{{1,2}}+)(?![\p{{L}}\p{{N}}])
        )?+
      | (?P<bare>{WORD_NUMBER_PATTERN})                   # bare words after words: "forty five"
        (?={_HS}*+(?:[^\s\p{{L}}\p{{N}}]|$))              #   closing the phrase
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: What may stand between the two ends of a range, and which word it is.
JOINER = regex.compile(
    rf"""{_HS}*+(?P<word>to|and|-|–|—|~|－){_HS}*+""",
    regex.IGNORECASE,
)

#: "between" right before the first end of a range.
BETWEEN_BEFORE = regex.compile(rf"(?<![\p{{L}}])between{_HS}++\Z", regex.IGNORECASE)

#: "from" right before the first of two amounts ("from HKD387 to HKD440").
FROM_BEFORE = regex.compile(rf"(?<![\p{{L}}])from{_HS}++\Z", regex.IGNORECASE)

#: A hedge right before an amount; it sets ``approximate`` and stays out of the span.
HEDGE_BEFORE = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?:
        about | approximately | approx\.? | around | roughly | nearly | almost | some | circa
      | over | above | under | below | exceeding | exceeded | upwards{_HS}++of
      | (?:more|less|fewer){_HS}++than | up{_HS}++to | close{_HS}++to | at{_HS}++(?:least|most)
      | in{_HS}++excess{_HS}++of | as{_HS}++(?:much|high|many|little|low){_HS}++as | north{_HS}++of
    )
    {_HS}*+\Z
  | ~{_HS}*+\Z                                        # ~$5bn
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: An amount followed by this is an exchange rate, not money: "7.1 yuan per US dollar".
PER_CURRENCY_AFTER = regex.compile(
    rf"""
    {_HS}*+
    (?:per|/|against{_HS}++the|to{_HS}++the)                # per dollar, /USD, to the dollar
    {_HS}*+(?:(?:one|1){_HS}++)?+
    (?:{SUFFIX_PATTERN}|{PREFIX_PATTERN})
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: An amount preceded by this is the base of an exchange rate: "per 1 US dollar".
PER_BEFORE = regex.compile(rf"(?<![\p{{L}}])per{_HS}++\Z|/{_HS}*+\Z", regex.IGNORECASE)

_LOOKBEHIND = 40  # characters searched before an amount for "between", "from" or a hedge


@dataclass(frozen=True, slots=True)
class _Amount:
    """One amount as found, before ranges are joined."""

    start: int  # offset of the sign, currency or number that begins it
    end: int  # offset one past its last character
    number: float  # the number as written, signed, before the scale
    scale: float | None  # the scale written after it, if any
    currency: str | None  # ISO code of its own currency, if written
    in_words: bool  # the number is written in words


def find(ctx: Context) -> list[Entity]:
    """Find the money entities of an English text.

    Example:
        >>> from finbulletin.context import Context
        >>> from finbulletin.tokenizer import make_nlp
        >>> text = "Net profit of 651 million to 696 million yuan; shares hit HK$455."
        >>> [(m.text, m.low, m.high, m.currency)
        ...  for m in find(Context(text, "en", None, make_nlp("en")(text)))]
        [('651 million to 696 million yuan', 651000000.0, 696000000.0, 'CNY'), ('HK$455', 455.0, 455.0, 'HKD')]
    """
    text = ctx.text
    if not text:
        return []
    dollar, yen = dollar_sign_currency(text), yen_sign_currency(text)
    amounts = [a for m in AMOUNT.finditer(text) if (a := _read_amount(text, m, dollar, yen)) is not None]
    found: list[Entity] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        second = amounts[i + 1] if i + 1 < len(amounts) else None
        joined = _join(text, first, second) if second is not None else None
        if joined is not None and second is not None:
            found.extend(joined)
            i += 2
            continue
        entity = _entity(text, first.start, first, first)
        if entity is not None:
            found.append(entity)
        i += 1
    return found


def _read_amount(text: str, m: regex.Match[str], dollar: str, yen: str) -> _Amount | None:
    """Turn one match of :data:`AMOUNT` into an :class:`_Amount`; None when unreadable."""
    words = m.group("words")
    number = words_to_number(words) if words else parse_decimal(m.group("digits"))
    if number is None:
        return None
    if m.group("sign"):
        number = -number
    scale_text = m.group("scale")
    scale = scale_value(scale_text) if scale_text else None
    currency = None
    end = m.end()
    prefix, suffix = m.group("prefix"), m.group("suffix")
    if suffix:
        form = currency_form(suffix)
        if form is None or (form.needs_scale and scale is None and not words):
            end = m.end("scale") if scale_text else m.end("digits") if m.group("digits") else m.end("words")
            suffix = None
    if prefix:
        currency = _code(prefix, dollar, yen)
        if suffix and _code(suffix, dollar, yen) != currency:
            end = m.end("scale") if scale_text else m.end("digits") if m.group("digits") else m.end("words")
    elif suffix:
        currency = _code(suffix, dollar, yen)
        if scale is None and suffix[:1].isalpha():
            number, end = _add_subunits(text, end, number, in_words=bool(words))
    return _Amount(m.start(), end, number, scale, currency, bool(words))


def _code(surface: str, dollar: str, yen: str) -> str | None:
    """ISO code of a written currency, with the document's choice for bare $ and ¥."""
    form = currency_form(surface)
    if form is None:
        return None
    return dollar if form.iso == "$" else yen if form.iso == "¥" else form.iso


def _add_subunits(text: str, end: int, number: float, *, in_words: bool) -> tuple[float, int]:
    """Add the subunits written after a currency word: "3 dollars 50 cents" -> 3.5."""
    tail = SUBUNIT_TAIL.match(text, end)
    if tail is None:
        return number, end
    sign = -1.0 if number < 0 else 1.0
    if tail.group("bare"):
        cents = words_to_number(tail.group("bare"))
        if not in_words or cents is None or not 0 < cents < 100:
            return number, end
        return number + sign * cents / 100, tail.end()
    count = parse_decimal(tail.group("count")) or words_to_number(tail.group("count"))
    if count is None:
        return number, end
    unit = tail.group("unit").casefold()
    number += sign * count * SUBUNITS[unit]
    after = tail.group("next")
    if after and SUBUNITS[unit] > 0.01:
        fen = parse_decimal(after) or words_to_number(after)
        if fen is not None and fen < 10:
            return number + sign * fen * 0.01, tail.end()
    return number, tail.end("unit")


def _join(text: str, first: _Amount, second: _Amount) -> list[Entity] | None:
    """Join two neighbouring amounts into a range (or a "from X to Y" pair); None if not joined."""
    joiner = JOINER.fullmatch(text, first.end, second.start)
    if joiner is None:
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    if not (first.currency or second.currency):
        return None
    word = joiner.group("word").casefold()
    window = max(0, first.start - _LOOKBEHIND)
    between = BETWEEN_BEFORE.search(text, window, first.start)
    if word == "and" and between is None:
        return None
    if _year_like(first) or _year_like(second):
        return None
    first, second = _share(first, second)
    if word == "to" and FROM_BEFORE.search(text, window, first.start):
        pair = (_entity(text, first.start, first, first), _entity(text, second.start, second, second))
        return [e for e in pair if e is not None]
    if scaled(first.number, first.scale) > scaled(second.number, second.scale):
        return None
    start = between.start() if between is not None else first.start
    entity = _entity(text, start, first, second)
    return [entity] if entity is not None else None


def _year_like(amount: _Amount) -> bool:
    """Whether an amount without currency or scale reads as a year ("in 2025 to $5 billion")."""
    return (
        amount.currency is None
        and amount.scale is None
        and not amount.in_words
        and amount.number.is_integer()
        and 1900 <= amount.number <= 2100
    )


def _share(first: _Amount, second: _Amount) -> tuple[_Amount, _Amount]:
    """Give each end of a range what the other states and it lacks: currency, scale."""
    currency = first.currency or second.currency
    first_scale, second_scale = first.scale, second.scale
    if first_scale is None and second_scale is not None and first.number <= second.number:
        first_scale = second_scale
    if second_scale is None and first_scale is not None and second.number <= first.number:
        second_scale = first_scale
    return (
        replace(first, currency=currency, scale=first_scale),
        replace(second, currency=currency, scale=second_scale),
    )


def _entity(text: str, start: int, low_end: _Amount, high_end: _Amount) -> MoneyEntity | None:
    """Build the entity from ``start`` to the end of ``high_end``; None without a currency."""
    currency = low_end.currency or high_end.currency
    if currency is None:
        return None
    end = high_end.end
    window = max(0, start - _LOOKBEHIND)
    if PER_CURRENCY_AFTER.match(text, end) or PER_BEFORE.search(text, window, start):
        return None
    values = [scaled(a.number, a.scale) for a in (low_end, high_end)]
    if not all(math.isfinite(v) for v in values):
        return None
    return MoneyEntity(
        text=text[start:end],
        start=start,
        end=end,
        low=min(values),
        high=max(values),
        currency=currency,
        approximate=HEDGE_BEFORE.search(text, window, start) is not None,
    )
