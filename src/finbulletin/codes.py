"""Security and index codes: read a code as written, tell its exchange and kind from its form.

Mainland codes are six digits whose leading digits tell the venue and the instrument
(``60``/``68`` Shanghai stocks, ``00``/``30`` Shenzhen stocks, ``8``/``4``/``92`` Beijing,
``51``/``56``/``58`` Shanghai ETFs, ``15`` Shenzhen ETFs, ``16`` Shenzhen LOFs, ...). Hong
Kong codes are five digits (or fewer with ``.HK``). Exchange tags (``.SH``, ``.SZ``,
``.HK``, ``SH600519``) and "Shanghai: 688256" prefixes override the form. Everything here
is pure: strings in, strings out.

Example:
    >>> read_code("00388.HK")
    CodeInfo(code='00388', exchange='HKEX', security_type=None)
    >>> read_code("515070")
    CodeInfo(code='515070', exchange='SSE', security_type='etf')
    >>> read_code("Shenzhen: 300437")
    CodeInfo(code='300437', exchange='SZSE', security_type='stock')
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

import regex

from finbulletin.models import Exchange, SecurityType

#: A code as it is written, with an optional exchange tag before or after it.
CODE_FORM = regex.compile(
    r"""
    ^\s*+
    (?:(?P<venue>Shanghai|Shenzhen|Beijing|Hong\ Kong|HK|SH|SZ|BJ|SSE|SZSE|BSE|HKEX|
               上海|深圳|北京|香港|沪|深|港)\s*+[:：]?\s*+)?      # "Shanghai: ", "SH", "沪:"
    (?P<code>\d{4,6})                                              # the digits
    (?:\.(?P<tag>SH|SS|SZ|BJ|HK|sh|ss|sz|bj|hk))?                   # ".HK", ".SH"
    \s*+$
    """,
    regex.VERBOSE,
)

#: Venue words and tags, as written, to exchanges.
VENUES: dict[str, Exchange] = {
    "shanghai": "SSE",
    "sh": "SSE",
    "ss": "SSE",
    "sse": "SSE",
    "上海": "SSE",
    "沪": "SSE",
    "shenzhen": "SZSE",
    "sz": "SZSE",
    "szse": "SZSE",
    "深圳": "SZSE",
    "深": "SZSE",
    "beijing": "BSE",
    "bj": "BSE",
    "bse": "BSE",
    "北京": "BSE",
    "hong kong": "HKEX",
    "hk": "HKEX",
    "hkex": "HKEX",
    "香港": "HKEX",
    "港": "HKEX",
}

#: Six-digit prefixes, longest first, to (exchange, instrument type). ``None`` for the
#: exchange means an over-the-counter (unlisted) mutual fund.
MAINLAND_PREFIXES: tuple[tuple[str, Exchange | None, SecurityType | None], ...] = (
    ("920", "BSE", "stock"),  # Beijing's new code range
    ("900", "SSE", "stock"),  # Shanghai B shares
    ("200", "SZSE", "stock"),  # Shenzhen B shares
    ("60", "SSE", "stock"),  # Shanghai main board
    ("68", "SSE", "stock"),  # STAR Market (688, 689)
    ("51", "SSE", "etf"),  # Shanghai ETFs (510-518)
    ("56", "SSE", "etf"),  # Shanghai ETFs (560-563)
    ("58", "SSE", "etf"),  # STAR Market ETFs (588, 589)
    ("55", "SSE", "etf"),  # Shanghai bond ETFs (551)
    ("50", "SSE", "fund"),  # Shanghai LOFs and closed-end funds
    ("52", "SSE", "fund"),  # Shanghai cross-border and other listed funds
    ("00", "SZSE", "stock"),  # Shenzhen main board (000-003); OTC funds below are 004-019
    ("30", "SZSE", "stock"),  # ChiNext (300, 301)
    ("15", "SZSE", "etf"),  # Shenzhen ETFs (159)
    ("16", "SZSE", "fund"),  # Shenzhen LOFs (160-169)
    ("18", "SZSE", "fund"),  # Shenzhen closed-end funds
    ("8", "BSE", "stock"),  # Beijing Stock Exchange (83, 87, 88)
    ("4", "BSE", "stock"),  # NEEQ / Beijing (43)
)

#: Shenzhen main-board stock prefixes; other ``00x``/``01x`` codes are OTC fund codes.
SZSE_MAIN_BOARD = ("000", "001", "002", "003")

#: Six-digit prefixes used by index publishers and not by listed instruments: Shenzhen (399),
#: China Securities Index (93, 95, H3), CNI and China Bond (98, 99), Beijing (899), Wind (881).
INDEX_PREFIXES = ("399", "93", "95", "98", "99", "H3", "899", "881")


class CodeInfo(NamedTuple):
    """What a code's form tells."""

    code: str  # the digits as written, without exchange tags ("00388", "688256")
    exchange: Exchange | None  # listing venue, None where the form does not tell
    security_type: SecurityType | None  # stock, etf or fund where the form tells


@functools.lru_cache(maxsize=4096)
def read_code(written: str) -> CodeInfo | None:
    """Read a code as written in a bulletin: digits, exchange tag, venue prefix.

    Returns None when ``written`` is not a code.

    Example:
        >>> read_code("601398.SH")
        CodeInfo(code='601398', exchange='SSE', security_type='stock')
        >>> read_code("SZ002460")
        CodeInfo(code='002460', exchange='SZSE', security_type='stock')
        >>> read_code("0700.HK")
        CodeInfo(code='0700', exchange='HKEX', security_type=None)
        >>> read_code("１５９３８１")
        CodeInfo(code='159381', exchange='SZSE', security_type='etf')
        >>> read_code("Apple") is None
        True
    """
    found = CODE_FORM.match(unicodedata.normalize("NFKC", written))
    if found is None:
        return None
    code = found["code"]
    venue = found["tag"] or found["venue"]
    tagged = VENUES.get(venue.lower()) if venue else None
    if tagged == "HKEX" or len(code) == 5:
        return CodeInfo(code, "HKEX", None) if len(code) <= 5 else None
    if len(code) < 5:
        return None  # four bare digits are a year or a number, not a code
    exchange, kind = exchange_of(code), security_type_of(code)
    if tagged is not None and exchange is not None and tagged != exchange:
        return CodeInfo(code, tagged, None)  # the tag wins over a form it contradicts
    return CodeInfo(code, exchange if exchange is not None else tagged, kind)


def exchange_of(code: str) -> Exchange | None:
    """The exchange a bare code belongs to, from its form alone.

    Six digits: mainland venues by prefix; five digits: Hong Kong. An OTC fund code
    (``008281``) has no exchange.

    Example:
        >>> [exchange_of(c) for c in ("600519", "688256", "000001", "300750", "830799")]
        ['SSE', 'SSE', 'SZSE', 'SZSE', 'BSE']
        >>> [exchange_of(c) for c in ("920118", "430047", "512760", "159381", "00700")]
        ['BSE', 'BSE', 'SSE', 'SZSE', 'HKEX']
        >>> exchange_of("008282") is None and exchange_of("NVDA") is None
        True
    """
    if len(code) == 5 and code.isdigit():
        return "HKEX"
    found = _mainland(code)
    return found[0] if found else None


def security_type_of(code: str) -> SecurityType | None:
    """The instrument type a bare code implies: stock, etf or fund, else None.

    Example:
        >>> [security_type_of(c) for c in ("688981", "588040", "159363", "161725", "008281")]
        ['stock', 'etf', 'etf', 'fund', 'fund']
        >>> security_type_of("00388") is None
        True
    """
    found = _mainland(code)
    return found[1] if found else None


def looks_like_index_code(code: str) -> bool:
    """Whether a six-character code is in a range that index publishers use.

    ``000xxx`` is shared by Shanghai indices and Shenzhen stocks, so it does not count.

    Example:
        >>> [looks_like_index_code(c) for c in ("930713", "399006", "990001", "000688", "H30590", "899050")]
        [True, True, True, False, True, True]
    """
    return len(code) == 6 and code.startswith(INDEX_PREFIXES) and code[2:].isdigit()


def _mainland(code: str) -> tuple[Exchange | None, SecurityType | None] | None:
    """Exchange and type of a six-digit mainland code, or None."""
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return None
    if looks_like_index_code(code):
        return None
    if code.startswith("0") and not code.startswith(SZSE_MAIN_BOARD):
        return (None, "fund")  # 004xxx-099xxx: over-the-counter mutual funds
    for prefix, exchange, kind in MAINLAND_PREFIXES:
        if code.startswith(prefix):
            return (exchange, kind)
    return None
