"""Money in English bulletins: amounts and ranges with their currency and scale.

Found: "$5 trillion", "HK$37.20", "RMB 9.623 billion", "2.06 trillion yuan",
"84.3 billion U.S. dollars", "$236.62M", "CNY27 billion (USD3.8 billion)" (two amounts),
"-678 million yuan", "five million yen", "thirteen dollars and forty-five cents", and the
tokenised newswire style ("$ 75 million", "hk $ 10.05 billion").

How it works: every number of the text is found by one fast scan
(:func:`finbulletin.numbers.iter_numbers`); around each, anchored patterns read what stands
before it (:data:`BEFORE`, matched backwards: sign and currency) and after it
(:data:`AFTER`: scale and currency). :func:`find` then joins neighbours into ranges and
reads the hedge before each amount. No pattern is tried at every position of the text.

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
- **Lists share a currency.** In "RMB 79 billion, 93 billion and 108 billion" and
  "79, 93 and 108 billion yuan" each figure is its own amount, and the bare ones take the
  currency of the list (and, written before the last figure's scale, its scale). Bare
  members after the last one with a currency take it only when the list closes there (a
  comma, a stop or "respectively" follows), so "RMB 5 billion, 3 billion shares" keeps the
  shares out; a list with two currencies shares none, and years never take one.
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
    DOLLAR_SIGN,
    PREFIX_PATTERN,
    SUBUNITS,
    SUFFIX_PATTERN,
    YEN_SIGN,
    currency_form,
    dollar_sign_currency,
    yen_sign_currency,
)
from finbulletin.models import Entity, MoneyEntity
from finbulletin.numbers import (
    DECIMAL_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    number_value,
    numbers_in,
    parse_number,
    scale_value,
    scaled,
    words_to_number,
)

_HS = r"[^\S\r\n]"  # a space that is not a line break

#: What stands before a number, matched backwards from it (``(?r)``): a minus sign and a
#: currency ("-US$", "hk $", "RMB"). It matches empty before a number that starts a word,
#: and fails before one that continues a word ("Q3", "A1").
BEFORE = regex.compile(
    rf"""(?r)
    (?<![\p{{L}}\p{{N}}.,%])                   # the amount starts a word
    (?P<sign>[-−])?                           # a minus sign written against it
    (?:(?P<prefix>{PREFIX_PATTERN}){_HS}*+)?  # a currency before the number: $, US$, RMB, €
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: What stands after a number: a scale, then a currency ("million yuan", "bn", "-yen").
AFTER = regex.compile(
    rf"""
    (?P<scale>{SCALE_PATTERN})?+                         # million, bn, M, hundred million
    (?:(?:{_HS}*+-)?+{_HS}*+(?P<suffix>{SUFFIX_PATTERN}))?+  # yuan, U.S. dollars, USD, one-yen
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
JOINER = regex.compile(rf"{_HS}*+(?P<word>to|and|-|–|—|~|－){_HS}*+", regex.IGNORECASE)

#: "between" right before the first end of a range (matched backwards).
BETWEEN_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])between{_HS}++", regex.IGNORECASE)

#: "from" right before the first of two amounts ("from HKD387 to HKD440"; matched backwards).
FROM_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])from{_HS}++", regex.IGNORECASE)

#: A hedge right before an amount (matched backwards); it sets ``approximate`` and stays
#: out of the span.
HEDGE_BEFORE = regex.compile(
    rf"""(?r)
    (?:
        (?<![\p{{L}}])
        (?:
            about | approximately | approx\.? | around | roughly | nearly | almost | some | circa
          | over | above | under | below | exceeding | exceeded | upwards{_HS}++of
          | (?:more|less|fewer){_HS}++than | up{_HS}++to | close{_HS}++to | at{_HS}++(?:least|most)
          | in{_HS}++excess{_HS}++of | as{_HS}++(?:much|high|many|little|low){_HS}++as | north{_HS}++of
        )
      | ~                                                 # ~$5bn
    )
    {_HS}*+
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

#: An amount preceded by this (matched backwards) is the base of an exchange rate:
#: "per 1 US dollar", "CNY/".
PER_BEFORE = regex.compile(rf"(?r)(?:(?<![\p{{L}}])per{_HS}++|/{_HS}*+)", regex.IGNORECASE)

#: What stands between two members of a list of amounts: a comma, "and", "or", or both.
LIST_GAP = regex.compile(
    rf"{_HS}*+(?:[,，、]{_HS}*+(?:(?:and|or){_HS}++)?+|(?:and|or){_HS}++)", regex.IGNORECASE
)

#: What may follow the last bare member of a list: the item closes there.
ITEM_CLOSE = regex.compile(
    rf"{_HS}*+(?:[,.;:)，。；：）]|respectively\b|$)", regex.IGNORECASE | regex.MULTILINE
)

_BEFORE_REACH = 32  # characters read backwards from a number for its sign and currency
_HEDGE_REACH = 40  # characters read backwards from an amount for "between", "from" or a hedge


@dataclass(frozen=True, slots=True)
class _Amount:
    """One amount as found, before ranges are joined."""

    start: int  # offset of the sign, currency or number that begins it
    end: int  # offset one past its last character
    number: float  # the number as written, signed, before the scale
    scale: float | None  # the scale written after it, if any
    currency: str | None  # ISO code of its own currency, if written
    in_words: bool  # the number is written in words


class _DocumentSigns:
    """The document's reading of a bare $ and ¥, worked out on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._dollar: str | None = None
        self._yen: str | None = None

    def code(self, surface: str) -> str | None:
        """ISO code of a written currency, with the document's choice for bare $ and ¥."""
        form = currency_form(surface)
        if form is None:
            return None
        if form.iso == DOLLAR_SIGN:
            if self._dollar is None:
                self._dollar = dollar_sign_currency(self.text)
            return self._dollar
        if form.iso == YEN_SIGN:
            if self._yen is None:
                self._yen = yen_sign_currency(self.text)
            return self._yen
        return form.iso


def find(ctx: Context) -> list[Entity]:
    """Find the money entities of an English text.

    Example:
        >>> from finbulletin.context import Context
        >>> from finbulletin.tokenizer import make_nlp
        >>> text = "Net profit of 512 million to 548 million yuan; shares hit HK$612."
        >>> for m in find(Context(text, "en", None, make_nlp("en")(text))):
        ...     print(m.text, m.low, m.high, m.currency)
        512 million to 548 million yuan 512000000.0 548000000.0 CNY
        HK$612 612.0 612.0 HKD
    """
    text = ctx.text
    signs = _DocumentSigns(text)
    amounts: list[_Amount] = []
    for m in numbers_in(text):
        if amounts and m.start() < amounts[-1].end:
            continue  # a subunit already read into the amount before ("50" of "3 dollars 50 cents")
        if text[m.end() : m.end() + 1] in ("%", "％"):
            continue  # a percentage, not an amount
        amount = _read_amount(text, m, signs)
        if amount is not None:
            amounts.append(amount)
    amounts = _share_lists(text, amounts)
    found: list[Entity] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        second = amounts[i + 1] if i + 1 < len(amounts) else None
        joined = _join(text, first, second) if second is not None else None
        if joined is not None:
            found.extend(joined)
            i += 2
            continue
        entity = _entity(text, first.start, first, first)
        if entity is not None:
            found.append(entity)
        i += 1
    return found


def _read_amount(text: str, m: regex.Match[str], signs: _DocumentSigns) -> _Amount | None:
    """Read the amount around one number; None when the number continues a word or does not read."""
    start, end = m.span()
    before = BEFORE.match(text, max(0, start - _BEFORE_REACH), start)
    number = number_value(m)
    if before is None or number is None:
        return None
    sign, prefix = before.group("sign", "prefix")
    if sign:
        number = -number
    currency = signs.code(prefix) if prefix else None
    in_words = m.lastgroup == "words"
    after = AFTER.match(text, end)
    if after is None or after.end() == end:
        return _Amount(before.start(), end, number, None, currency, in_words)
    scale_text, suffix = after.group("scale", "suffix")
    scale = scale_value(scale_text) if scale_text else None
    if scale_text:
        end = after.end("scale")
    if suffix:
        form = currency_form(suffix)
        suffix_code = signs.code(suffix)
        usable = form is not None and (scale is not None or in_words or not form.needs_scale)
        if usable and (currency is None or suffix_code == currency):
            end = after.end()
            if currency is None and scale is None and suffix[:1].isalpha():
                number, end = _add_subunits(text, end, number, in_words=in_words)
            currency = suffix_code
    return _Amount(before.start(), end, number, scale, currency, in_words)


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
    count = parse_number(tail.group("count"))
    if count is None:
        return number, end
    unit = tail.group("unit").casefold()
    number += sign * count * SUBUNITS[unit]
    after = tail.group("next")
    if after and SUBUNITS[unit] > 0.01:
        fen = parse_number(after)
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
    if not (first.currency or second.currency) or _year_like(first) or _year_like(second):
        return None
    word = joiner.group("word").casefold()
    reach = max(0, first.start - _HEDGE_REACH)
    between = BETWEEN_BEFORE.match(text, reach, first.start)
    if word == "and" and between is None:
        return None
    first, second = _share(first, second)
    if word == "to" and FROM_BEFORE.match(text, reach, first.start):
        pair = (_entity(text, first.start, first, first), _entity(text, second.start, second, second))
        return [e for e in pair if e is not None]
    if scaled(first.number, first.scale) > scaled(second.number, second.scale):
        return None
    start = between.start() if between is not None else first.start
    entity = _entity(text, start, first, second)
    return [entity] if entity is not None else None


def _share_lists(text: str, amounts: list[_Amount]) -> list[_Amount]:
    """Give the bare members of each list of amounts the list's currency (see the rules)."""
    out = list(amounts)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and LIST_GAP.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        if j > i:
            out[i : j + 1] = _share_list(text, out[i : j + 1])
        i = j + 1
    return out


def _share_list(text: str, members: list[_Amount]) -> list[_Amount]:
    """One list: the bare members take its single currency, and a later member's scale."""
    codes = {m.currency for m in members if m.currency}
    if len(codes) != 1:
        return members
    (code,) = codes
    scaled_any = any(m.scale is not None for m in members)
    last_coded = max(k for k, m in enumerate(members) if m.currency)
    closed = last_coded == len(members) - 1 or ITEM_CLOSE.match(text, members[-1].end) is not None
    out: list[_Amount] = []
    for k, member in enumerate(members):
        if member.currency or _year_like(member) or (k > last_coded and not closed):
            out.append(member)
            continue
        scale = member.scale
        if scale is None and scaled_any:
            # Only a scale written after the bare figures covers them: 79, 93 and 108 billion.
            later = [m.scale for m in members[k + 1 :] if m.scale is not None]
            scale = later[0] if later else None
            if scale is None:
                out.append(member)
                continue
        out.append(replace(member, currency=code, scale=scale))
    return out


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
    reach = max(0, start - _HEDGE_REACH)
    if PER_CURRENCY_AFTER.match(text, end) or PER_BEFORE.match(text, reach, start):
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
        approximate=HEDGE_BEFORE.match(text, reach, start) is not None,
    )
