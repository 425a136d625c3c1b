"""English numerals and scale words: pure functions and the regex pieces that find them.

Reading values:

- numbers in digits, with thousands separators and decimals, half or full width
  ("4,007.76", "13,610", "３．５") -> :func:`parse_decimal`;
- numbers in words ("five", "twenty-five", "two hundred and fifty", "a billion")
  -> :func:`words_to_number`; either -> :func:`parse_number`;
- scale words and their abbreviations ("million", "bn", "M", "hundred million")
  -> :func:`scale_value`; a number times its scale, digits kept exact -> :func:`scaled`.

Finding numbers: :func:`iter_numbers` (and its cached form :func:`numbers_in`) yields
every number of an English text as a :data:`NUMBER` match, scanning the text only for
places where one may begin. The English money and percent grammars (``lang/en/money.py``,
``lang/en/percent.py``) start from these and build their patterns from
:data:`DECIMAL_PATTERN`, :data:`WORD_NUMBER_PATTERN` and :data:`SCALE_PATTERN`.
:func:`trie_pattern` turns a word list into a factored alternation (fast to match).

For other grammars (the Chinese ones, say): :func:`parse_decimal` reads Arabic digits
in either width, :func:`scale_value` English scale words, :func:`scaled` multiplies
without binary noise, :func:`trie_pattern` factors any word list. All are pure; the
patterns are compiled once, at import, and nothing else happens at import.

Example:
    >>> parse_decimal("4,007.76")
    4007.76
    >>> words_to_number("two hundred and fifty")
    250.0
    >>> scale_value("bn")
    1000000000.0
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

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


def trie_pattern(
    words: Iterable[str],
    *,
    piece: Callable[[str, str], str] | None = None,
    start: Callable[[str], str] | None = None,
    end: Callable[[str], str] | None = None,
    from_end: bool = False,
) -> str:
    """A regex alternation of ``words`` factored on shared beginnings, for fast matching.

    A plain alternation makes the regex engine try every word in turn; the factored form
    tries one character per step. Longer words still win ("seventeen" before "seven"):
    a word's continuations are tried before its end.

    Args:
        words: the words, as written.
        piece: the regex source of one character given the one before it (``""`` at the
            start); by default the character, escaped. Currency forms use it for their
            notation (optional points and spaces).
        start: the regex source placed where a word starts, given its first character;
            by default nothing. Currency forms put a left word boundary there.
        end: the regex source placed where a word ends, given its last character; by
            default nothing. Currency forms put a right word boundary there.
        from_end: factor on shared endings instead, for a pattern matched backwards
            (``(?r)``): the engine then reads the last character first.

    Example:
        >>> trie_pattern(["seven", "seventeen", "six"])
        's(?:even(?:teen|)|ix)'
        >>> trie_pattern(["USD", "HKD", "RMB"], from_end=True)
        '(?:RMB|(?:HK|US)D)'
        >>> import regex
        >>> regex.fullmatch(trie_pattern(["seven", "seventeen"]), "seventeen") is not None
        True
    """
    piece, start, end = piece or _escaped, start or _nothing, end or _nothing
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in reversed(word) if from_end else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if from_end:
        return _either(
            [_ending(child, ch, piece, start) + end(ch) for ch, child in sorted(trie.items()) if ch]
        )
    return _either(
        [
            start(ch) + piece("", ch) + _beginning(child, ch, piece, end)
            for ch, child in sorted(trie.items())
            if ch
        ]
    )


def _escaped(prev: str, ch: str) -> str:
    return str(regex.escape(ch))


def _nothing(ch: str) -> str:
    return ""


def _either(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _beginning(
    node: dict[str, Any], prev: str, piece: Callable[[str, str], str], end: Callable[[str], str]
) -> str:
    """What follows ``prev`` in the words below ``node``: their continuations, then their end."""
    branches = [
        piece(prev, ch) + _beginning(child, ch, piece, end) for ch, child in sorted(node.items()) if ch
    ]
    if "" in node:
        branches.append(end(prev))
    return _either(branches)


def _ending(
    node: dict[str, Any], after: str, piece: Callable[[str, str], str], start: Callable[[str], str]
) -> str:
    """The words of a from-end trie up to and including ``after``, the edge into ``node``.

    Branches whose source for ``after`` is the same share it: "(?:HK|US)D".
    """
    by_piece: dict[str, list[str]] = {}
    for ch, child in sorted(node.items()):
        if ch:
            by_piece.setdefault(piece(ch, after), []).append(_ending(child, ch, piece, start))
    branches = [_either(heads) + tail for tail, heads in by_piece.items()]
    if "" in node:
        branches.append(start(after) + piece("", after))
    return _either(branches)


_NUMBER_WORD = rf"{trie_pattern((*SMALL_NUMBER_WORDS, *_WORD_SCALES))}(?!\p{{L}})"
_SCALE_WORD = rf"{trie_pattern(_WORD_SCALES)}(?!\p{{L}})"

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
    ){{0,20}}+                                          # a phrase, not a list of numbers
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

#: One number, in digits (group ``digits``) or in words (group ``words``), matched where
#: :func:`iter_numbers` finds one may begin. It may follow a letter ("HKD387"); the
#: grammars decide what may stand before it.
NUMBER = regex.compile(
    rf"""
    (?<![\p{{N}}.,．，])                  # not the tail of another number
    (?:
        (?P<digits>{DECIMAL_PATTERN})     # 4,007.76
      | (?P<words>{WORD_NUMBER_PATTERN})  # two hundred and fifty
    )
    (?![\p{{N}}])                         # and not the head of one
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Where a number in digits may begin: each run of digits.
_DIGIT_RUN = regex.compile(r"\d++")

#: Where a number in words may begin: a number word in lower case, Capitalised or in
#: capitals. This one scan uses the standard library's ``re``, case-sensitive, on purpose:
#: its literal-prefix search is several times faster over a long text than any
#: case-insensitive scan, and the words are ASCII. :data:`NUMBER` then checks the word.
_WORD_START = re.compile(
    trie_pattern(
        variant
        for word in (*SMALL_NUMBER_WORDS, *_WORD_SCALES)
        for variant in (word, word.capitalize(), word.upper())
    )
)

#: "a" or "an" right before a scale word (matched backwards): "a billion".
_ARTICLE_BEFORE = regex.compile(r"(?r)(?<!\p{L})an?[\s-]++", regex.IGNORECASE)


def iter_numbers(text: str) -> Iterator[regex.Match[str]]:
    """Every number of an English text, in order: :data:`NUMBER` matches, never overlapping.

    Two cheap scans find where a number may begin (runs of digits, number words); the
    full pattern is matched only there, which keeps long texts fast. A scale word right
    after a number in digits is that number's scale, not a number of its own.

    Example:
        >>> [m.group() for m in iter_numbers("A billion, 4,007.76 and twenty-one; Q3, .5")]
        ['A billion', '4,007.76', 'twenty-one', '3', '.5']
    """
    starts = sorted(
        [(m.start(), "") for m in _DIGIT_RUN.finditer(text)]
        + [(m.start(), m.group()) for m in _WORD_START.finditer(text)]
    )
    pos = 0
    for at, word in starts:
        if at < pos:
            continue  # inside the number before
        if not word and at > pos and text[at - 1] in ".．":
            at -= 1  # a leading point: .5
        elif word.casefold() in _WORD_SCALES:
            if pos and (at == pos or text[pos:at].isspace()) and text[pos - 1].isdigit():
                continue  # the scale of the number before: "7.2 billion"
            article = _ARTICLE_BEFORE.match(text, max(pos, at - 8), at)
            if article is not None:
                at = article.start()
        m = NUMBER.match(text, at)
        if m is None and not word and text[at] in ".．":
            m = NUMBER.match(text, at + 1)
        if m is not None:
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=4)
def numbers_in(text: str) -> tuple[regex.Match[str], ...]:
    """All numbers of ``text`` (:func:`iter_numbers`), remembered for the last few texts.

    The money and the percent grammar both read the numbers of the same text, one after
    the other; the second gets them from this cache. A pure function of ``text``.

    Example:
        >>> [m.group() for m in numbers_in("up 0.5% to 7.2 billion yuan")]
        ['0.5', '7.2']
    """
    return tuple(iter_numbers(text))


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
    cleaned = text.replace(",", "")
    if not (cleaned.isascii() and cleaned.replace(".", "", 1).isdigit()):
        cleaned = cleaned.translate(_FULLWIDTH_POINT).replace(",", "").strip()
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
    last = ""  # the previous word: "", "article" (a/an), "unit", "teen", "ten", "hundred", "scale"
    last_scale = math.inf  # the value of the last big scale word; they must fall
    for word in _NUMBER_WORD_SPLIT.split(text.strip().casefold()):
        if not word or (word == "and" and last in ("hundred", "scale")):
            continue
        if word in ("a", "an") and not last:
            group, last = 1.0, "article"
            continue
        small = SMALL_NUMBER_WORDS.get(word)
        if small is not None:
            kind = "unit" if small < 10 else "teen" if small < 20 else "ten"
            if last in ("unit", "teen", "article") or (last == "ten" and kind != "unit"):
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
    if last in ("", "article"):
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


def number_value(m: regex.Match[str]) -> float | None:
    """The value of a :data:`NUMBER` match (unsigned); None when its words make no number.

    Example:
        >>> [number_value(m) for m in NUMBER.finditer("1,250 or twenty-one, not five six")]
        [1250.0, 21.0, None]
    """
    return words_to_number(m.group()) if m.lastgroup == "words" else parse_decimal(m.group())


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
