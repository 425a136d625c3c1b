"""Currencies as English bulletins write them: symbols, codes and words -> ISO 4217.

One table, :data:`CURRENCY_FORMS`, lists every written form with its ISO code and where
it stands (before the number, after it, or either). The money grammar
(``lang/en/money.py``) builds its patterns from it (:data:`PREFIX_PATTERN`,
:data:`SUFFIX_PATTERN`) and reads codes back with :func:`currency_code`.

Two symbols do not name one currency: a bare ``$`` and ``¥``. They take the currency
of the market the text is about (SPEC, "A bare 元 or $ takes the currency of the
market"): :func:`dollar_sign_currency` and :func:`yen_sign_currency` decide that once
per document. An explicit form (``US$``, ``HK$``, ``RMB``, ``JPY``) always names its
own currency.

How a surface in the table matches text (see :func:`surface_pattern`):

- letters match in any case;
- a point is optional, and spaces may follow it inside a word: "U.S." matches "U.S.", "US",
  "u. s.";
- a space matches one or more spaces;
- "$" after a letter or point may have one space before it: "HK$" matches "hk $";
- "(s)" is an optional plural: "dollar(s)" matches "dollar" and "dollars".

Forms marked ``case_sensitive`` match exactly as written instead (apart from "(s)"):
forms that are also English words in lower case ("try", "gel") or that would catch
ordinary text with a space ("A $5 bill" is not Australian dollars).
The Chinese grammar keeps its own currency words (元, 港元, 美元 ...) in ``lang/zh``;
this table knows only the few Chinese forms that turn up in English text.

Example:
    >>> currency_code("US$")
    'USD'
    >>> currency_code("hk $")
    'HKD'
    >>> currency_code("Hong Kong dollars")
    'HKD'
    >>> currency_code("$", dollar="HKD")
    'HKD'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import regex

from finbulletin.numbers import trie_pattern

#: Placeholder ISO code of a bare dollar sign: the document decides (see dollar_sign_currency).
DOLLAR_SIGN = "$"
#: Placeholder ISO code of a bare yen/yuan sign: the document decides (see yen_sign_currency).
YEN_SIGN = "¥"

Position = Literal["before", "after", "either"]


@dataclass(frozen=True, slots=True)
class CurrencyForm:
    """One written form of a currency."""

    surface: str  # the form as written, with the notation of the module docstring
    iso: str  # ISO 4217 code, or DOLLAR_SIGN / YEN_SIGN for the document's choice
    position: Position  # where it stands relative to the number
    case_sensitive: bool = False  # matched exactly as written: case, points, no added spaces
    needs_scale: bool = False  # money only with a scale word ("5 million pounds", not "5 pounds")


def _forms(
    position: Position, iso: str, *surfaces: str, case_sensitive: bool = False
) -> tuple[CurrencyForm, ...]:
    return tuple(CurrencyForm(s, iso, position, case_sensitive) for s in surfaces)


#: ISO codes read in any case ("usd" in tokenised newswire).
_CODES = (
    *("USD", "HKD", "CNY", "EUR", "GBP", "JPY", "SGD", "AUD", "CAD", "CHF", "KRW", "INR", "TWD"),
    *("NZD", "MYR", "THB", "IDR", "VND", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "SAR", "AED"),
    *("PLN", "CZK", "HUF", "KZT", "NGN"),
)
#: ISO codes read only in capitals: in lower case they are words ("try", "rub", "gel").
_CODES_IN_CAPITALS = ("MOP", "TRY", "RUB", "ILS", "PHP", "GEL", "LAK", "CRC", "UAH")

#: Every known written form. Codes stand either side of the number ("USD 5", "5 USD");
#: symbols with letters only before it ("US$5"); words only after it ("5 yuan").
CURRENCY_FORMS: tuple[CurrencyForm, ...] = (
    # symbols whose currency the document decides
    *_forms("before", DOLLAR_SIGN, "$", "＄"),
    *_forms("either", YEN_SIGN, "¥", "￥"),
    # dollars and other "$" forms, before the number
    *_forms("before", "USD", "US$", "U.S.$", "USD$"),
    *_forms("before", "HKD", "HK$", "H.K.$", "HKD$"),
    *_forms("before", "CNY", "CN¥", "RMB¥"),
    *_forms("before", "JPY", "JP¥"),
    *_forms("before", "CAD", "C$", "CA$", "Can$"),
    *_forms("before", "AUD", "AU$", "Aus$"),
    *_forms("before", "AUD", "A$", case_sensitive=True),
    *_forms("before", "SGD", "S$", "SG$", case_sensitive=True),
    *_forms("before", "NZD", "NZ$"),
    *_forms("before", "TWD", "NT$"),
    *_forms("before", "MXN", "Mex$", "MX$"),
    *_forms("before", "BRL", "R$", case_sensitive=True),
    *_forms("before", "MOP", "MOP$"),
    *_forms("before", "INR", "Rs.", "Rs", case_sensitive=True),
    *_forms("before", "MYR", "RM", case_sensitive=True),
    *_forms("before", "IDR", "Rp", case_sensitive=True),
    # one-character symbols, either side ("€5", "100 ₡")
    *_forms("either", "EUR", "€"),
    *_forms("either", "GBP", "£"),
    *_forms("either", "INR", "₹"),
    *_forms("either", "KRW", "₩"),
    *_forms("either", "RUB", "₽"),
    *_forms("either", "TRY", "₺"),
    *_forms("either", "VND", "₫"),
    *_forms("either", "PHP", "₱"),
    *_forms("either", "ILS", "₪"),
    *_forms("either", "NGN", "₦"),
    *_forms("either", "CRC", "₡"),
    *_forms("either", "GEL", "₾"),
    *_forms("either", "LAK", "₭"),
    *_forms("either", "UAH", "₴"),
    *_forms("either", "THB", "฿"),
    *_forms("either", "KZT", "₸"),
    # ISO codes (and RMB, CNH), either side; lower case allowed unless it is a common word
    *(CurrencyForm(code, code, "either") for code in _CODES),
    *_forms("either", "CNY", "RMB", "CNH"),
    *(CurrencyForm(code, code, "either", case_sensitive=True) for code in _CODES_IN_CAPITALS),
    # Chinese forms met in English text
    *_forms("either", "CNY", "人民币"),
    *_forms("after", "CNY", "元", "人民币元"),
    *_forms("after", "USD", "美元"),
    *_forms("after", "HKD", "港元", "港币"),
    *_forms("after", "JPY", "日元"),
    *_forms("after", "EUR", "欧元"),
    *_forms("after", "GBP", "英镑"),
    # words, after the number
    *_forms(
        "after",
        "CNY",
        "yuan",
        "Chinese yuan",
        "yuan renminbi",
        "renminbi",
        "Chinese renminbi",
        "RMB yuan",
        "kuai",
    ),
    *_forms("after", "USD", "dollar(s)", "US dollar(s)", "U.S. dollar(s)", "American dollar(s)"),
    *_forms("after", "HKD", "Hong Kong dollar(s)", "HK dollar(s)"),
    *_forms("after", "AUD", "Australian dollar(s)", "Aussie dollar(s)"),
    *_forms("after", "CAD", "Canadian dollar(s)"),
    *_forms("after", "SGD", "Singapore dollar(s)", "Singaporean dollar(s)"),
    *_forms("after", "NZD", "New Zealand dollar(s)"),
    *_forms("after", "TWD", "New Taiwan dollar(s)", "Taiwan dollar(s)", "NT dollar(s)"),
    *_forms("after", "EUR", "euro(s)"),
    *_forms("after", "GBP", "pound(s) sterling", "British pound(s)", "sterling"),
    CurrencyForm("pound(s)", "GBP", "after", needs_scale=True),
    *_forms("after", "JPY", "yen", "Japanese yen"),
    *_forms("after", "KRW", "Korean won", "South Korean won"),
    CurrencyForm("won", "KRW", "after", needs_scale=True),
    *_forms("after", "CHF", "Swiss franc(s)"),
    *_forms("after", "INR", "Indian rupee(s)"),
    *_forms("after", "RUB", "rouble(s)", "ruble(s)", "Russian rouble(s)", "Russian ruble(s)"),
    *_forms("after", "MYR", "ringgit", "Malaysian ringgit"),
    *_forms("after", "THB", "baht", "Thai baht"),
    *_forms("after", "IDR", "rupiah", "Indonesian rupiah"),
    *_forms("after", "VND", "Vietnamese dong"),
    *_forms("after", "PHP", "Philippine peso(s)"),
    *_forms("after", "MXN", "Mexican peso(s)"),
    *_forms("after", "BRL", "Brazilian real(s)", "Brazilian reais", "reais"),
    *_forms("after", "ZAR", "South African rand"),
    *_forms("after", "TRY", "Turkish lira(s)"),
    *_forms("after", "SAR", "Saudi riyal(s)"),
    *_forms("after", "AED", "UAE dirham(s)", "dirham(s)"),
    *_forms("after", "MOP", "pataca(s)", "Macau pataca(s)", "Macao pataca(s)"),
    *_forms("after", "ILS", "shekel(s)", "new shekel(s)"),
    *_forms("after", "SEK", "Swedish krona", "Swedish kronor"),
    *_forms("after", "NOK", "Norwegian krone", "Norwegian kroner"),
    *_forms("after", "DKK", "Danish krone", "Danish kroner"),
    *_forms("after", "PLN", "zloty(s)", "Polish zloty(s)"),
)

#: Subunits written after a main unit ("3 dollars 50 cents", "one kuai and five mao") -> value.
SUBUNITS: Mapping[str, float] = MappingProxyType(
    {"cent": 0.01, "cents": 0.01, "pence": 0.01, "penny": 0.01, "jiao": 0.1, "mao": 0.1, "fen": 0.01}
)

_HS = r"[^\S\r\n]"  # a space that is not a line break


_SPACES_AND_POINTS = regex.compile(r"[\s.]+")


def _key(surface: str) -> str:
    """The lookup key of a written form: no spaces, no points, case folded."""
    return _SPACES_AND_POINTS.sub("", surface).casefold()


def _expand_plural(surface: str) -> tuple[str, ...]:
    """Expand the optional plural: "dollar(s)" -> ("dollar", "dollars")."""
    if "(s)" in surface:
        return (surface.replace("(s)", ""), surface.replace("(s)", "s"))
    return (surface,)


def _flexible_piece(prev: str, ch: str) -> str:
    """The regex source of one character of a form, with the notation of the module docstring."""
    if ch == " ":
        return rf"{_HS}++"
    if ch == ".":
        return r"\.?+"
    if prev == "." and ch.isalpha():
        return rf"{_HS}*+{regex.escape(ch)}"
    if ch == "$" and (prev.isalpha() or prev == "."):
        return rf"{_HS}?+\$"
    return str(regex.escape(ch))


def _exact_piece(prev: str, ch: str) -> str:
    return str(regex.escape(ch))


def _after_end(last: str) -> str:
    """What may follow a form written after the number.

    A word must end there ("yen" not in "yenta"); a symbol must not stand before another
    number ("2025 €5 million" is €5 million, not 2025 €).
    """
    if last.isascii() and last.isalpha():
        return r"(?!\p{L})"
    return rf"(?!{_HS}*+[\d.])"


def _before_start(first: str) -> str:
    """A form written before the number and starting with a letter must start a word ("S$" not in "US$")."""
    return r"(?<![\p{L}\p{N}/])" if first.isalpha() else ""


def surface_pattern(surfaces: Iterable[str], *, exact: bool = False, before: bool = False) -> str:
    """The regex source that matches written forms (notation in the module docstring).

    The forms are factored into one trie-shaped alternation, so matching tries one
    character per step rather than every form in turn: on shared beginnings for forms
    written after the number, on shared endings (``before=True``) for forms written before
    it, which the money grammar matches backwards from the number. With ``exact``, only
    "(s)" is read as notation.

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(surface_pattern(["U.S. dollar(s)"]), "US dollars", regex.I))
        True
        >>> bool(regex.fullmatch(surface_pattern(["HK$", "HKD"], before=True), "hk $", regex.I))
        True
        >>> bool(regex.fullmatch(surface_pattern(["A$"], exact=True), "A $"))
        False
        >>> bool(regex.fullmatch(surface_pattern(["yen"]), "yenta"))
        False
    """
    expanded = [variant for surface in surfaces for variant in _expand_plural(surface)]
    piece = _exact_piece if exact else _flexible_piece
    if before:
        return trie_pattern(expanded, piece=piece, start=_before_start, from_end=True)
    return trie_pattern(expanded, piece=piece, end=_after_end)


def _alternation(forms: Iterable[CurrencyForm], *, before: bool) -> str:
    """One alternation of the forms; the case-sensitive ones exact and scoped."""
    chosen = tuple(forms)
    exact = [f.surface for f in chosen if f.case_sensitive]
    flexible = [f.surface for f in chosen if not f.case_sensitive]
    parts = [f"(?-i:{surface_pattern(exact, exact=True, before=before)})"] if exact else []
    if flexible:
        parts.append(surface_pattern(flexible, before=before))
    return "(?:" + "|".join(parts) + ")"


def _lookup_table() -> Mapping[str, CurrencyForm]:
    table: dict[str, CurrencyForm] = {}
    for form in CURRENCY_FORMS:
        for surface in _expand_plural(form.surface):
            table.setdefault(_key(surface), form)
    return MappingProxyType(table)


_BY_KEY: Mapping[str, CurrencyForm] = _lookup_table()

#: Regex source (compile with IGNORECASE) of a currency written before the number,
#: factored on endings: the money grammar matches it backwards from the number. Forms
#: that begin with a letter must start a word ("US$" but not the "S$" inside it).
PREFIX_PATTERN = _alternation((f for f in CURRENCY_FORMS if f.position != "after"), before=True)

#: Regex source (compile with IGNORECASE) of a currency written after the number. Words
#: end there; a symbol must not stand before another number ("2025 €5 million").
SUFFIX_PATTERN = _alternation((f for f in CURRENCY_FORMS if f.position != "before"), before=False)


def currency_form(surface: str) -> CurrencyForm | None:
    """The table row of a written form, or None when the form is unknown.

    Example:
        >>> currency_form("pounds").needs_scale
        True
        >>> currency_form("florins") is None
        True
    """
    return _BY_KEY.get(_key(surface))


def currency_code(surface: str, *, dollar: str = "USD", yen: str = "CNY") -> str | None:
    """The ISO 4217 code of a written form; ``dollar``/``yen`` stand in for bare $ and ¥.

    Example:
        >>> currency_code("RMB")
        'CNY'
        >>> currency_code("U.S. dollars")
        'USD'
        >>> currency_code("¥", yen="JPY")
        'JPY'
        >>> currency_code("c $")
        'CAD'
        >>> currency_code("points") is None
        True
    """
    form = currency_form(surface)
    if form is None:
        return None
    if form.iso == DOLLAR_SIGN:
        return dollar
    if form.iso == YEN_SIGN:
        return yen
    return form.iso


_HONG_KONG_MARKS = regex.compile(
    r"""
      (?<![\p{L}])H\.?K\.?[^\S\r\n]?\$           # HK$, H.K.$, hk $
    | (?<![\p{L}])HKD(?![\p{L}])                   # the ISO code
    | (?<![\p{L}])(?:Hong[^\S\r\n]+Kong|HK)[^\S\r\n]+dollars?(?![\p{L}])   # Hong Kong dollars
    | (?<![\p{N}])\d{4,5}\.HK(?![\p{L}])          # Hong Kong stock codes: 00388.HK
    | 港元 | 港币                                  # Chinese words for the Hong Kong dollar
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_US_MARKS = regex.compile(
    r"""
      (?<![\p{L}])U\.?S\.?[^\S\r\n]?\$            # US$, U.S.$, us $
    | (?<![\p{L}])USD(?![\p{L}])                   # the ISO code
    | (?<![\p{L}])(?:U\.?S\.?|American)[^\S\r\n]+dollars?(?![\p{L}])   # US dollars
    | 美元                                         # the Chinese word
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_JAPAN_MARKS = regex.compile(
    r"(?<![\p{L}])(?:Japan|Japanese|Tokyo|Nikkei|Topix|JPY|yen)(?![\p{L}])|日元|日本",
    regex.IGNORECASE,
)

_CHINA_MARKS = regex.compile(
    r"(?<![\p{L}])(?:China|Chinese|yuan|renminbi|RMB|CNY|Shanghai|Shenzhen|A-shares?)(?![\p{L}])|人民币",
    regex.IGNORECASE,
)


def dollar_sign_currency(text: str) -> str:
    """The currency of a bare ``$`` in ``text``: "HKD" in a Hong Kong market story, else "USD".

    A text is a Hong Kong market story when it marks Hong Kong dollars or Hong Kong
    listings (HK$, HKD, "Hong Kong dollars", stock codes like 00388.HK) at least twice and
    more often than it marks US dollars (US$, USD, "U.S. dollars"). One stray HK$ in a
    dollar-denominated story does not turn its other dollars into Hong Kong dollars.

    Example:
        >>> dollar_sign_currency("Nvidia rose to $190.")
        'USD'
        >>> dollar_sign_currency("HKEX (00388.HK) target raised to $440 from HKD387.")
        'HKD'
        >>> dollar_sign_currency("HK$ and HK$ shares; US$1, US$2 and US$3 bonds; $5")
        'USD'
    """
    hong_kong = len(_HONG_KONG_MARKS.findall(text))
    if hong_kong < 2:
        return "USD"
    return "HKD" if hong_kong > len(_US_MARKS.findall(text)) else "USD"


def yen_sign_currency(text: str) -> str:
    """The currency of a bare ``¥`` in ``text``: "JPY" in a Japan story, else "CNY".

    ¥ is the sign of both the yen and the yuan. Bulletins about Chinese markets use it
    for the yuan, so ¥ is CNY unless the text mentions Japan (Japan, Tokyo, Nikkei, yen,
    JPY ...) more often than China (China, yuan, RMB, Shanghai ...).

    Example:
        >>> yen_sign_currency("Moutai closed at ¥1,450 in Shanghai.")
        'CNY'
        >>> yen_sign_currency("Toyota fell to ¥2,900 in Tokyo as the Nikkei slid.")
        'JPY'
    """
    japan = len(_JAPAN_MARKS.findall(text))
    if not japan:
        return "CNY"
    return "JPY" if japan > len(_CHINA_MARKS.findall(text)) else "CNY"
