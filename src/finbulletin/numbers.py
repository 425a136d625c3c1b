"""English numerals and scale words: pure functions and the regex pieces that find them.

Three things are read here, and nothing else:

- numbers in digits, with thousands separators and decimals, half or full width
  ("4,007.76", "13,610", "３．５") -> :func:`parse_decimal`;
- numbers in words ("five", "twenty-five", "two hundred and fifty", "a billion")
  -> :func:`words_to_number`;
- scale words and their abbreviations ("million", "bn", "M", "hundred million")
  -> :func:`scale_value`.

The English money and percent grammars (``lang/en/money.py``, ``lang/en/percent.py``)
build their patterns from :data:`DECIMAL_PATTERN`, :data:`WORD_NUMBER_PATTERN` and
:data:`SCALE_PATTERN`. Other grammars (the Chinese ones, say) may import
:func:`parse_decimal` for Arabic digits and :func:`scale_value` for English scale words.
Nothing is loaded or built at call time; the patterns are compiled once, at import.

Example:
    >>> parse_decimal("4,007.76")
    4007.76
    >>> words_to_number("two hundred and fifty")
    250.0
    >>> scale_value("bn")
    1000000000.0
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

import regex

#: Scale words and abbreviations (lower case) -> their value. Multi-word scales ("hundred
#: million") multiply, see :func:`scale_value`.
SCALE_WORDS: Mapping[str, float] = MappingProxyType(
    {
        "hundred": 1e2,
        "thousand": 1e3,
        "k": 1e3,
        "million": 1e6,
        "mn": 1e6,
        "mln": 1e6,
        "mil": 1e6,
        "m": 1e6,
        "billion": 1e9,
        "bn": 1e9,
        "bln": 1e9,
        "b": 1e9,
        "trillion": 1e12,
        "tn": 1e12,
        "trn": 1e12,
        "t": 1e12,
    }
)

#: Number words below a hundred (lower case) -> value.
SMALL_NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)

#: Scale words that may stand inside a number written in words ("two hundred thousand").
_WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first so "seventeen" wins over "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


_NUMBER_WORD = rf"(?:{_alternation((*SMALL_NUMBER_WORDS, *_WORD_SCALES))})(?!\p{{L}})"
_SCALE_WORD = rf"(?:{_alternation(_WORD_SCALES)})(?!\p{{L}})"

#: Regex source (no flags of its own) for a number in digits: "5", "4,007.76", "0.56",
#: ".5", "３．５". Possessive quantifiers: it never backtracks into itself.
DECIMAL_PATTERN = r"""(?:
    \d{1,3}+(?:[,，]\d{3}(?!\d))++(?:[.．]\d++)?+   # with thousands separators: 13,610 / 1,234.5
  | \d++(?:[.．]\d++)?+                           # plain: 4007.76 / 0.56
  | [.．]\d++                                     # a leading point: .5
)"""

#: Regex source (compile with IGNORECASE and VERBOSE) for a number in words: "five",
#: "twenty-five", "two hundred and fifty", "a billion" ("a"/"an" only before a scale word).
#: "and" is allowed only after a scale word, so "between five and seven" stays two numbers.
WORD_NUMBER_PATTERN = rf"""(?:
    (?<!\p{{L}})
    (?:an?[\s-]++(?={_SCALE_WORD}))?+                # "a billion", "an" before hundred/thousand/...
    {_NUMBER_WORD}                                     # the first number word
    (?:
        (?:[^\S\r\n]*+-[^\S\r\n]*+|[^\S\r\n]++)        # joined by a hyphen or spaces
        {_NUMBER_WORD}
      | (?<={_SCALE_WORD})[^\S\r\n]++and[^\S\r\n]++    # or by "and" after a scale word
        (?!{_SCALE_WORD}){_NUMBER_WORD}
    )*+
)"""

#: Regex source (compile with IGNORECASE and VERBOSE) for a scale after a number: full words
#: after optional spaces ("5 million", "5 hundred million"), multi-letter abbreviations
#: after optional spaces ("5 bn", "5mln"), single letters only when attached ("$630M").
SCALE_PATTERN = r"""(?:
    [^\S\r\n]*+
    (?:
        (?:hundred[^\S\r\n]++)?+(?:thousand|million|billion|trillion)s?+   # full words
      | hundred                                                          # "5 hundred"
      | mln | mn | mil | bln | bn | trn | tn                               # abbreviations
    )
  | [kmbt]                                                               # attached letters: $630M
)(?![\p{L}\p{N}])"""

_FULLWIDTH_POINT = str.maketrans({"．": ".", "，": ",", "。": "."})
_NUMBER_WORD_SPLIT = regex.compile(r"[\s-]+")
_SCALE_SPLIT = regex.compile(r"[\s.]+")


def parse_decimal(text: str) -> float | None:
    """Read a number written in digits; None when it is not one or is not finite.

    Thousands separators are dropped, a full-width point counts as a decimal point, any
    Unicode decimal digits are read. A sign is not part of the number.

    Example:
        >>> parse_decimal("13,610")
        13610.0
        >>> parse_decimal("0.56")
        0.56
        >>> parse_decimal("３．５")
        3.5
        >>> parse_decimal("1,2x") is None
        True
    """
    cleaned = text.translate(_FULLWIDTH_POINT).replace(",", "").strip()
    if not cleaned or not all(ch.isdecimal() or ch == "." for ch in cleaned):
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def words_to_number(text: str) -> float | None:
    """Read a number written in English words; None when the words do not make one.

    Words: zero to nineteen, the tens, hundred, thousand, million, billion, trillion,
    joined by spaces, hyphens or "and" ("two hundred and fifty"); "a"/"an" stands for one
    before a scale word ("a billion"). Case does not matter. Ill-formed sequences
    ("five six", "twenty thirty") give None rather than a guess.

    Example:
        >>> words_to_number("twenty-five")
        25.0
        >>> words_to_number("a hundred")
        100.0
        >>> words_to_number("five million")
        5000000.0
        >>> words_to_number("one hundred and twenty three thousand four hundred")
        123400.0
        >>> words_to_number("five six") is None
        True
    """
    total = 0.0  # completed groups ("two million" in "two million three")
    group = 0.0  # the group being built, below the next scale word
    last = ""  # the kind of the previous word: "", "unit", "teen", "ten", "hundred", "scale"
    last_scale = math.inf  # the value of the last big scale word; they must fall
    for word in _NUMBER_WORD_SPLIT.split(text.strip().casefold()):
        if not word or (word == "and" and last in ("hundred", "scale")):
            continue
        if word in ("a", "an") and not last:
            group, last = 1.0, "unit"
            continue
        small = SMALL_NUMBER_WORDS.get(word)
        if small is not None:
            kind = "unit" if small < 10 else "teen" if small < 20 else "ten"
            if last in ("unit", "teen") or (last == "ten" and kind != "unit"):
                return None
            group += small
            last = kind
        elif word == "hundred":
            if last == "hundred" or group >= 100:
                return None
            group = (group or 1.0) * 100
            last = "hundred"
        elif word in _WORD_SCALES:
            scale = SCALE_WORDS[word]
            if scale >= last_scale:
                return None
            total += (group or 1.0) * scale
            group, last, last_scale = 0.0, "scale", scale
        else:
            return None
    if not last:
        return None
    return total + group


def scale_value(word: str) -> float | None:
    """The value of a scale word or abbreviation; None when it is not one.

    Case and a trailing point or plural "s" do not matter; several words multiply
    ("hundred million" -> 1e8).

    Example:
        >>> scale_value("billion")
        1000000000.0
        >>> scale_value("M")
        1000000.0
        >>> scale_value("hundred million")
        100000000.0
        >>> scale_value("mn.")
        1000000.0
        >>> scale_value("dozen") is None
        True
    """
    value = 1.0
    parts = [p for p in _SCALE_SPLIT.split(word.strip().casefold()) if p]
    if not parts:
        return None
    for part in parts:
        factor = SCALE_WORDS.get(part)
        if factor is None and part.endswith("s"):
            factor = SCALE_WORDS.get(part[:-1]) if len(part) > 2 else None
        if factor is None:
            return None
        value *= factor
    return value


def parse_number(text: str) -> float | None:
    """Read a number in digits or in words (see :func:`parse_decimal`, :func:`words_to_number`).

    Example:
        >>> parse_number("1,250")
        1250.0
        >>> parse_number("Forty five")
        45.0
        >>> parse_number("lots") is None
        True
    """
    value = parse_decimal(text)
    return value if value is not None else words_to_number(text)


def scaled(number: float, scale: float | None) -> float:
    """Multiply a number by its scale in decimal, so that written digits stay exact.

    ``236.62 * 1e6`` in binary floating point is 236620000.00000003; read as decimals it
    is 236620000.0. A missing scale is 1. An overflow gives ``inf`` (callers drop it).

    Example:
        >>> scaled(236.62, 1e6)
        236620000.0
        >>> scaled(1.30, None)
        1.3
    """
    if scale is None:
        return number
    try:
        return float(Decimal(repr(number)) * Decimal(repr(scale)))
    except (InvalidOperation, ValueError):
        return number * scale
