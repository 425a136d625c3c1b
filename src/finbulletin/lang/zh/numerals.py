"""Chinese numerals and mixed numeral forms, read into exact numbers.

Chinese bulletins write numbers in Arabic digits (``4472.70``), in Chinese numerals
(``三千``, ``一点五``, ``两``, ``一百二十五``), in the financial "capital" numerals
(``壹贰叁``, ``拾万零五十六点叁叁``), in full-width digits (``４．５``), in traditional
characters (``兩``, ``萬``, ``點``) and in every mixture of these (``1.5万亿``, ``3千万``).

The module has four parts, shared by the money and percent grammars of ``lang/zh``:

* :func:`fold` maps a text, character for character, onto one spelling (half-width
  digits and signs, simplified characters), so that the grammars match one form and their
  offsets still index the caller's text;
* the pattern fragments :data:`ARABIC`, :data:`CHINESE`, :data:`CHINESE_SPACED`,
  :data:`SCALE`, :data:`NUMBER_START`, :data:`NOT_AFTER_NUMERAL` and the joiners, to embed
  in those grammars (they match folded text);
* the pure readers :func:`parse_number`, :func:`carry_scale` and
  :func:`shared_numbers_before`;
* :func:`scan`, which runs a grammar only where its anchors (currency words, percent
  signs) are, and leaves web addresses out.

Example:
    >>> parse_number("一点五万亿")
    Decimal('1500000000000.0')
    >>> float(parse_number("４．５"))
    4.5
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

import regex

# ---------------------------------------------------------------------------- folding

_FULLWIDTH_COMMA_GROUPING = regex.compile(
    r"""
    (?<=[０-９])      # a full-width digit before,
    ，                # a full-width comma,
    (?=[０-９]{3}     # then exactly three full-width digits
       (?![０-９]))   # (a thousands separator: １，１２３, not a clause break)
    """,
    regex.VERBOSE,
)


_TRADITIONAL = ("點個萬億兩貳參陸幣圓", "点个万亿两贰叁陆币圆")  # traditional forms and their simplified ones


def _fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
    del table[ord("，")]  # a full-width comma is a clause break in Chinese, not a digit group
    table.update(
        {
            0x3000: " ",  # ideographic space
            0x2212: "-",  # minus sign
            0xFE6A: "%",  # small percent sign
            0xFFE5: "¥",  # full-width yen/yuan sign
            **{ord(trad): simp for trad, simp in zip(*_TRADITIONAL, strict=True)},
        }
    )
    return table


_FOLD: Mapping[int, str] = MappingProxyType(_fold_table())
# The standard library's engine scans a plain character class several times faster than
# ``regex`` does, and this one runs over every character of every text.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]+")


def fold(text: str) -> str:
    """Map ``text`` onto one spelling, one character for one character.

    Full-width digits, signs and letters become half-width ones, a full-width comma
    between full-width digit groups becomes ``,``, and the traditional forms of the
    numeral and unit characters become simplified ones. The result has the same length as
    ``text``, so every offset found in it indexes ``text`` too.

    Example:
        >>> fold("上涨４．３１％，較前值兩萬點")
        '上涨4.31%，較前值两万点'
        >>> fold("百分之９，９９９")
        '百分之9,999'
        >>> len(fold("１，２３４")) == len("１，２３４")
        True
    """
    grouped = _FULLWIDTH_COMMA_GROUPING.sub(",", text)
    return _FOLDABLE.sub(lambda run: run[0].translate(_FOLD), grouped)  # faster than a whole translate


# ---------------------------------------------------------------------------- patterns

#: Horizontal space allowed inside a spaced numeral ("六 点 五 成").
SPACE = r"[ \t]*+"

#: Where a number can start: not inside another one (after 1, or after the "1," of "1,234").
NUMBER_START = r"(?<!\d)(?<!\d[.,])"

#: An Arabic number: thousands groups or plain digits, then a decimal part.
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?![\d])|\d++)(?:\.\d++)?"

_DIGIT = "[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
_UNIT = r"[十拾百佰千仟万亿](?![ \t]*分)"  # 百分之, 十分之, 千分之 are fractions, not units


def _chinese(space: str) -> str:
    """A Chinese numeral run: digits and units, then ``点`` and decimal digits, then units."""
    figure = f"(?:{_DIGIT}|{_UNIT})"
    return (
        f"(?:{figure}(?:{space}{figure})*+"  # 一百二十五, 三千亿, 拾万零五十六
        f"(?:{space}点{space}{_DIGIT}(?:{space}{_DIGIT})*+"  # 点五, 点叁叁
        f"(?:{space}[十百千万亿](?![ \t]*分))*+)?)"  # 一点五万亿: units after the decimals
    )


#: A Chinese numeral run with no spaces inside: 三千亿, 一点五万亿, 两, 壹贰叁.
CHINESE = _chinese("")

#: A Chinese numeral run that may have spaces inside: "一 百二 十点 五".
CHINESE_SPACED = _chinese(SPACE)

#: A scale word after an Arabic number: 万, 亿, 万亿, 千万, 百万, 十亿, 千亿, 千, 百.
SCALE = r"(?:[十百千]?万亿|[十百千]?亿|[十百千]?万|[百千](?![ \t]*分))"

#: Characters that end a Chinese numeral or mark an ordinal or a weekday: a Chinese number
#: never starts right after one of these (周一 is Monday, 第一 is "first").
NOT_AFTER_NUMERAL = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿点第周期拜初"

#: Words that join the members of a list of numbers: 215.7、88.2和19.4亿元, 1.25/1.58/1.96元.
LIST_JOINER = r"(?:、|和|及|与|以及|或|/)"

#: Words that join the two ends of a range: 3至4亿元, 300-400亿, 5~7%.
RANGE_JOINER = r"(?:至|到|-|~|～|—|–|〜)"

# ---------------------------------------------------------------------------- reading

_DIGIT_VALUE: Mapping[str, int] = MappingProxyType(
    {
        **dict.fromkeys("零〇", 0),
        **dict.fromkeys("一壹幺", 1),
        **dict.fromkeys("二贰两", 2),
        **dict.fromkeys("三叁", 3),
        **dict.fromkeys("四肆", 4),
        **dict.fromkeys("五伍", 5),
        **dict.fromkeys("六陆", 6),
        **dict.fromkeys("七柒", 7),
        **dict.fromkeys("八捌", 8),
        **dict.fromkeys("九玖", 9),
    }
)
_SMALL_UNIT: Mapping[str, int] = MappingProxyType(
    {**dict.fromkeys("十拾", 10), **dict.fromkeys("百佰", 100), **dict.fromkeys("千仟", 1000)}
)
_BIG_UNIT: Mapping[str, int] = MappingProxyType({"万": 10_000, "亿": 100_000_000})

_TOKEN = regex.compile(
    r"""
    \d+(?:\.\d+)?   # an Arabic number inside a mixed form (1.5万)
    | .             # or one Chinese character
    """,
    regex.VERBOSE | regex.DOTALL,
)
_PLAIN_SCALES: Mapping[str, int] = MappingProxyType(
    {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
     "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 100}
)  # fmt: skip
_PLAIN_DECIMAL = regex.compile(
    r"(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<scale>[十百千]?万亿|[十百千]?亿|[十百千]?万|千|百)?"
)
_IGNORED = regex.compile(
    r"""
    [ \t\n\r]         # spaces inside a spaced numeral
    | (?<=\d),(?=\d)  # a thousands separator
    """,
    regex.VERBOSE,
)


def parse_number(text: str) -> Decimal | None:
    """Read an Arabic, Chinese or mixed numeral; None when ``text`` is not one.

    Spaces and thousands separators are ignored; ``-``, ``+`` and ``负`` give a sign; ``点``
    is the decimal point, and the digits after it are read one by one. A digit after the
    last unit reads as the next lower unit, as people say it (一百五 is 150, 两万五 25000).
    ``半`` alone is one half.

    Example:
        >>> [str(parse_number(t)) for t in ("三千", "一点五", "两", "十三", "一百二十五")]
        ['3000', '1.5', '2', '13', '125']
        >>> [str(parse_number(t)) for t in ("壹贰叁", "拾万零五十六点叁叁", "４．５", "1,433.3")]
        ['123', '100056.33', '4.5', '1433.3']
        >>> [str(parse_number(t)) for t in ("1.5万亿", "3千万", "4472.70万", "一亿二千万", "两万五")]
        ['1500000000000.0', '30000000', '44727000.00', '120000000', '25000']
        >>> [str(parse_number(t)) for t in ("-678.73", "负3.9", "一 百二 十点 五", "亿", "半")]
        ['-678.73', '-3.9', '120.5', '100000000', '0.5']
        >>> parse_number("成交") is None, parse_number("") is None, parse_number("3三") is None
        (True, True, True)
    """
    body = text if text.isascii() else fold(text)
    if " " in body or "," in body or not body.isprintable():
        body = _IGNORED.sub("", body)
    sign = 1
    if body[:1] in ("-", "+", "负"):
        sign = -1 if body[0] != "+" else 1
        body = body[1:]
    if body == "半":
        return Decimal("0.5") * sign
    plain = _PLAIN_DECIMAL.fullmatch(body)
    if plain is not None:  # the common cases: 4.31, 25033, 1.28亿, 4472.70万
        scale = _PLAIN_SCALES[plain["scale"]] if plain["scale"] else 1
        return Decimal(plain["number"]) * scale * sign
    whole, point, decimals = body.partition("点")
    value = _read_decimal(whole, decimals) if point and "." not in whole else _read_integer(body)
    return None if value is None else value * sign


def _read_integer(body: str) -> Decimal | None:
    """Read a numeral with no ``点``: digits, units and Arabic numbers."""
    if not body:
        return None
    total = Decimal(0)  # everything up to the last 亿
    section = Decimal(0)  # everything since the last 亿
    pending: Decimal | None = None  # a number waiting for its unit
    pending_is_digit = False  # the pending number came from Chinese digits read one by one
    last_unit = 0  # the value of the last unit seen, for 一百五 = 150
    zero_since_unit = False  # a 零 came after the last unit (一百零五 is 105, not 150)
    figures = 0  # non-zero Chinese digits since the last unit: 两三亿 is a vague range, not 23亿
    for token in _TOKEN.findall(body):
        if token[0].isdigit():
            if pending is not None:
                return None  # two numbers side by side: "3三"
            pending, pending_is_digit = Decimal(token), False
        elif token in _DIGIT_VALUE:
            digit = Decimal(_DIGIT_VALUE[token])
            if pending is not None and not pending_is_digit:
                return None
            pending = digit if pending is None else pending * 10 + digit  # 壹贰叁 is 123
            pending_is_digit = True
            zero_since_unit = zero_since_unit or not digit
            figures += 1 if digit else 0
        elif figures > 1:
            return None  # 一二百, 两三亿, 三五万: "one or two hundred", no single number
        elif token in _SMALL_UNIT:
            last_unit = _SMALL_UNIT[token]
            section += (1 if pending is None else pending) * last_unit
            pending, zero_since_unit, figures = None, False, 0
        elif token in _BIG_UNIT:
            last_unit = _BIG_UNIT[token]
            head = section + (pending or 0) or Decimal(1)  # 亿 alone is one 亿
            if token == "亿":
                total = (total + head) * last_unit
                section = Decimal(0)
            else:
                section = head * last_unit
            pending, zero_since_unit, figures = None, False, 0
        else:
            return None
    if pending is not None and pending_is_digit and last_unit >= 100 and not zero_since_unit:
        pending *= last_unit // 10  # 一百五 is 150, 两万五 is 25000
    return total + section + (pending or 0)


def _read_decimal(whole: str, decimals: str) -> Decimal | None:
    """Read ``whole`` 点 ``decimals``, where ``decimals`` are digits then perhaps units."""
    head = _read_integer(whole) if whole else Decimal(0)
    digits = ""
    for i, char in enumerate(decimals):
        if char in _DIGIT_VALUE:
            digits += str(_DIGIT_VALUE[char])
        elif char.isdigit() and char.isascii():
            digits += char
        else:
            units = decimals[i:]
            break
    else:
        units = ""
    if head is None or not digits:
        return None
    value = head + Decimal("0." + digits)
    for char in units:
        factor = _SMALL_UNIT.get(char) or _BIG_UNIT.get(char)
        if factor is None:
            return None
        value *= factor
    return value


_TRAILING_SCALE = regex.compile(
    r"""
    (?<=[\d零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾多余])  # after a figure,
    (?:(?P<small>[百千佰仟])?(?P<big>万亿|亿|万)    # 千万, 百亿, 万亿, 亿, 万
       | (?P<small>[百千佰仟]))                     # or 千, 百 alone
    [多余]?\Z                                       # at the end of the amount
    """,
    regex.VERBOSE,
)
_SMALL_SCALE_IN = regex.compile(r"[十拾百佰千仟]")
_BIG_SCALE_IN = regex.compile(r"[万亿]")


def carry_scale(left: str, left_value: Decimal, right: str) -> Decimal:
    """Give the left end of a range the scale written only on its right end.

    In 3至4亿元 the 亿 of the right end is the left end's scale too; in 两到三千亿 it is
    千亿; in 3千到4千万 only 万 is carried, since 3千 has its own 千. A left end that has a
    万 or 亿 of its own keeps its value.

    Example:
        >>> [str(carry_scale(a, parse_number(a) or 0, b))
        ...  for a, b in [("3", "4亿"), ("两", "三千亿"), ("3千", "4千万"), ("300亿", "400亿"), ("5", "7")]]
        ['300000000', '200000000000', '30000000', '30000000000', '5']
    """
    if _BIG_SCALE_IN.search(left):
        return left_value
    found = _TRAILING_SCALE.search(fold(right))
    if found is None:
        return left_value
    big = _PLAIN_SCALES.get(found["big"] or "", 1)
    if _SMALL_SCALE_IN.search(left):
        return left_value * big
    small = _SMALL_UNIT[found["small"]] if found["small"] else 1
    return left_value * small * big


# ---------------------------------------------------------------------------- shared units

_BARE_NUMBER_BEFORE = regex.compile(
    rf"""
    (?P<number>
        {NUMBER_START}(?<![A-Za-z%])(?:(?<![\dA-Za-z.%)\]])[-+]|负)?{ARABIC}  # 480.3, -5
        | (?<![{NOT_AFTER_NUMERAL}]){CHINESE}                     # 三, 两
    )
    {SPACE}
    (?P<joiner>{LIST_JOINER}|{RANGE_JOINER})                      # 、 和 及 与 或 /, 至 到 - ~
    {SPACE}\Z
    """,
    regex.VERBOSE,
)

_RANGE_JOINER = regex.compile(RANGE_JOINER)
_JOINER_ENDS = frozenset("、和及与或/至到-~～—–〜")  # the last character of every joiner


def _joined_before(folded: str, pos: int) -> bool:
    """Whether a joiner (spaces allowed) ends right before ``pos``: a cheap test before the search."""
    i = pos
    while i > 0 and folded[i - 1] in " \t":
        i -= 1
    return i > 0 and folded[i - 1] in _JOINER_ENDS


@dataclass(frozen=True, slots=True)
class SharedNumber:
    """A bare number that shares the unit of the amount after it (480.3 in 480.3、40.6亿元)."""

    start: int  # offset of the number's first character
    end: int  # offset one past its last character
    value: Decimal  # the number as written, without the shared unit
    is_range_end: bool  # joined by 至/到/-: the low end of a range, not a list member


def shared_numbers_before(folded: str, pos: int, *, window: int = 40) -> list[SharedNumber]:
    """The bare numbers that a list or range joins to the amount starting at ``pos``.

    Walks back from ``pos`` over ``N、``, ``N和``, ``N及`` (list members) and stops after
    ``N至``, ``N到``, ``N-`` (the low end of a range), nearest number first. ``folded``
    is the text after :func:`fold`.

    Example:
        >>> text = "分别为215.7、88.2和19.4亿元"
        >>> [(s.value, s.is_range_end) for s in shared_numbers_before(text, text.index("19.4"))]
        [(Decimal('88.2'), False), (Decimal('215.7'), False)]
        >>> text = "区间5-20%"
        >>> [(s.value, s.is_range_end) for s in shared_numbers_before(text, text.index("20"))]
        [(Decimal('5'), True)]
        >>> shared_numbers_before("净流入973.6减少", 9)
        []
    """
    found: list[SharedNumber] = []
    while _joined_before(folded, pos):
        hit = _BARE_NUMBER_BEFORE.search(folded, max(0, pos - window), pos)
        if hit is None:
            break
        value = parse_number(hit["number"])
        if value is None:
            break
        is_range = _RANGE_JOINER.fullmatch(hit["joiner"]) is not None
        found.append(SharedNumber(hit.start("number"), hit.end("number"), value, is_range))
        if is_range:
            break
        pos = hit.start()
    return found


_URL = regex.compile(
    r"""
    (?:https?|ftp)://[!-~]++   # a web address: scheme, then printable ASCII
    | www\.[!-~]++             # or one written without its scheme
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def url_spans(folded: str) -> list[tuple[int, int]]:
    """The web addresses in ``folded``; a number inside one (``%20``, ``q=30%25``) is no amount.

    Example:
        >>> url_spans("见 https://example.com/?q=30%25 上涨5%")
        [(2, 30)]
    """
    return [m.span() for m in _URL.finditer(folded)]


#: The characters an amount is written with before its currency or percent sign: digits,
#: Chinese numerals, signs, range words and spaces. :func:`scan` walks back over them.
NUMBER_CHARS = frozenset(
    "0123456789.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点半多余+负 \t至到-~～—–〜"
)


def scan(
    folded: str,
    grammar: regex.Pattern[str],
    anchor: regex.Pattern[str],
    *,
    reach_chars: frozenset[str] = NUMBER_CHARS,
    reach: int = 32,
    after: int = 32,
) -> Iterator[regex.Match[str]]:
    """The matches of ``grammar`` that hold a hit of ``anchor``, web addresses left out.

    Every match of a grammar for amounts holds an anchor: a currency word, a percent sign,
    成. Instead of trying the grammar at every position of the text, :func:`scan` finds
    the anchors, walks back from each over at most ``reach`` characters of
    ``reach_chars`` (the number before a currency word), and tries the grammar at those
    few positions only, the leftmost first, as a whole-text search would. A match may run
    ``after`` characters past its anchor; its lookbehinds still see the text before it.

    Example:
        >>> grammar = regex.compile("[0-9]+(?:至[0-9]+)?%")
        >>> [m[0] for m in scan("涨5%,3至4%,见 www.example.com/?q=30%25", grammar, regex.compile("%"))]
        ['5%', '3至4%']
    """
    urls = url_spans(folded)
    taken = 0  # the end of the last match: anchors before it are inside it
    for hit in anchor.finditer(folded):
        at = hit.start()
        if at < taken:
            continue
        lo = at
        while lo > taken and at - lo < reach and folded[lo - 1] in reach_chars:
            lo -= 1
        hi = min(len(folded), hit.end() + after)
        for start in range(lo, at + 1):
            m = grammar.match(folded, start, hi)
            if m is not None and m.end() > at:
                taken = m.end()
                if not inside(urls, start):
                    yield m
                break


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether ``start`` falls inside one of ``spans`` (few spans: a plain scan).

    Example:
        >>> inside([(2, 30)], 10), inside([(2, 30)], 33)
        (True, False)
    """
    return any(lo <= start < hi for lo, hi in spans)
