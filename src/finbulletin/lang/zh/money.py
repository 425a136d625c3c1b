"""Money grammar for Chinese bulletins: 1.28亿元, 人民币9.623亿元, 5万亿至7万亿美元, 超亿元.

An amount is a number (Arabic, Chinese or mixed: ``4472.70万``, ``三千亿``,
``一点五万亿``) with a currency written before it (``人民币``, ``US$``, ``HK$``, ``¥``) or
after it (``元``, ``美元``, ``港元``, ``亿元人民币``); an amount with no currency word at all
(turnover ``1.38万亿``) is not money. On top of single amounts the grammar reads:

* ranges, the scale and currency of the right end carried to the left one:
  ``3至4亿元`` (3e8 to 4e8 CNY), ``两到三万港元``, ``300亿-400亿美元``, ``5亿元至7亿元``;
  but after a verb of change, ``减少312.5亿元至-205.16亿元`` is a change and then the level
  reached: two amounts;
* lists that share one unit: in ``215.7、88.2和19.4亿元`` each number is its own amount
  of 亿元;
* hedges, left out of the span and flagged ``approximate``: 约, 大约, 近, 将近, 逾, 超,
  超过, 不足, 至少 before; 多 and 余 inside (300多亿元); 左右, 以上 after; a bare scale after
  超, 上, 逾, 近, 过 or 破 is one of it (超亿元 is 1e8). 达 ("reached") is not a hedge;
* a sign of its own (``-678.73亿元``), and small change (``五元三毛``, ``两美元又三美分``).

Words are not amounts: 美元指数, 一元化, 1日元旦, and a small Chinese numeral with a bare
元 that starts a word (三元锂电池, 二元期权); nor are vague counts (数十亿元, 两三亿元).

A bare 元 (or 块, or ``$``) takes the currency of the market the text is about (SPEC):
HKD when the bulletin is a Hong Kong market story, else CNY (``$``: USD). A text is a Hong
Kong market story when it names Hong Kong market things (港股, 恒指, 恒生指数, 国指,
港交所, five-digit codes such as ``(00700)`` or ``0700.HK``) more often than mainland ones
(A股, 沪指, 上证, 深成指, 创业板, 科创板, 北向资金, six-digit codes); an explicit
人民币, 港元, 美元, HK$ or US$ always wins.

Example:
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "净流入约300亿美元,目标价3至4元"
    >>> ctx = Context(text=text, language="zh", published=None, doc=make_nlp("zh")(text))
    >>> [(m.text, m.low, m.high, m.currency, m.approximate) for m in find(ctx)]
    [('300亿美元', 30000000000.0, 30000000000.0, 'USD', True), ('3至4元', 3.0, 4.0, 'CNY', False)]
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

import regex

from finbulletin.context import Context
from finbulletin.lang.zh.numerals import (
    ARABIC,
    CHINESE,
    NOT_AFTER_NUMERAL,
    NUMBER_CHARS,
    NUMBER_START,
    RANGE_JOINER,
    SCALE,
    carry_scale,
    fold,
    parse_number,
    scan,
    shared_numbers_before,
)
from finbulletin.models import Entity, MoneyEntity

#: Currency words written after the number, with their ISO 4217 codes (folded spelling).
#: 元, 块 and $ are not here: they take the market's currency (see :func:`local_currencies`).
SUFFIX_CURRENCIES: Mapping[str, str] = MappingProxyType(
    {
        "元人民币": "CNY",
        "人民币元": "CNY",
        "人民币": "CNY",
        "美元": "USD",
        "美金": "USD",
        "美圆": "USD",
        "港元": "HKD",
        "港币": "HKD",
        "港圆": "HKD",
        "欧元": "EUR",
        "日元": "JPY",
        "日圆": "JPY",
        "英镑": "GBP",
        "新台币": "TWD",
        "台币": "TWD",
        "澳门元": "MOP",
        "澳门币": "MOP",
        "澳元": "AUD",
        "澳币": "AUD",
        "加元": "CAD",
        "加币": "CAD",
        "新西兰元": "NZD",
        "纽元": "NZD",
        "新加坡元": "SGD",
        "新元": "SGD",
        "瑞士法郎": "CHF",
        "瑞郎": "CHF",
        "韩元": "KRW",
        "卢布": "RUB",
        "印度卢比": "INR",
        "泰铢": "THB",
        "林吉特": "MYR",
        "越南盾": "VND",
        "印尼盾": "IDR",
        "兰特": "ZAR",
        "雷亚尔": "BRL",
        "奈拉": "NGN",
    }
)

#: Currency marks written before the number, with their ISO codes; "$" is the market's dollar.
PREFIX_CURRENCIES: Mapping[str, str] = MappingProxyType(
    {
        "US$": "USD",
        "HK$": "HKD",
        "S$": "SGD",
        "NT$": "TWD",
        "A$": "AUD",
        "C$": "CAD",
        "RMB": "CNY",
        "CNY": "CNY",
        "USD": "USD",
        "HKD": "HKD",
        "EUR": "EUR",
        "JPY": "JPY",
        "GBP": "GBP",
        "¥": "CNY",
        "€": "EUR",
        "£": "GBP",
        "人民币": "CNY",
        "美元": "USD",
        "港元": "HKD",
        "港币": "HKD",
        "欧元": "EUR",
        "日元": "JPY",
        "英镑": "GBP",
    }
)

#: English scale words after a number written with a currency mark: "US$5 billion".
ENGLISH_SCALES: Mapping[str, int] = MappingProxyType(
    {
        "trillion": 10**12,
        "tn": 10**12,
        "billion": 10**9,
        "bn": 10**9,
        "million": 10**6,
        "mn": 10**6,
        "m": 10**6,
        "thousand": 10**3,
        "k": 10**3,
    }
)

_LOCAL_YUAN = "元"  # currency key of 元, 块, 圆: CNY, or HKD in a Hong Kong market story
_LOCAL_DOLLAR = "$"  # currency key of a bare $: USD, or HKD in a Hong Kong market story


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first so that 元人民币 wins over 人民币."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _amount(n: int) -> str:
    """The pattern of one amount without its currency; groups are numbered ``n``."""
    return rf"""
    (?P<sign{n}>(?<![\dA-Za-z.%)\]])[-+]|负)?     # a sign of its own: -678.73 (not 300-400)
    (?P<amt{n}>
        {NUMBER_START}{ARABIC}                       # 4472.70, 1,433.3, 25033
        (?:[ \t]*+[多余]?{SCALE})?[多余]?         # 万, 亿, 千万; 300多亿, 3万多
      | (?<![{NOT_AFTER_NUMERAL}数几])             # not inside a numeral, 周一, 第一, 数十亿
        (?:(?![万亿])|(?<=超|逾|近|上|过|破|约))  # 亿元 alone only after a hedge: 超亿元
        {CHINESE}[多余]?(?:{SCALE})?              # 三千亿, 一点五万亿, 两, 十多亿
    )
    (?:[ \t]*+(?i:(?P<en{n}>{_alternation(list(ENGLISH_SCALES))}))(?![A-Za-z]))?  # US$5 billion
    """


_PREFIX = rf"""
    (?<![A-Za-z])(?:{_alternation([p for p in PREFIX_CURRENCIES if p.isascii()])})  # US$, RMB
    | {_alternation([p for p in PREFIX_CURRENCIES if not p.isascii()])}   # ¥, 人民币, 港元
    | \$                                                                    # the market's dollar
"""

_FEN = "分(?!钟|之|别|析|位|红|配|散|享|类|期|时|批)"  # a cent, not 分钟, 分之, 分别, 分析

_MONEY = regex.compile(
    rf"""
    (?:(?P<prefix>{_PREFIX})[ \t]*+)?            # 人民币, US$, HK$, ¥ before the number
    {_amount(1)}                                  # the amount, or the low end of a range
    (?:                                           # the high end of a range:
        [ \t]*+(?P<joiner>{RANGE_JOINER})[ \t]*+  # 至, 到, -, ~
        (?:(?P<prefix2>{_PREFIX})[ \t]*+)?        # $5-$7
        {_amount(2)}
    )?
    [ \t]*+
    (?P<currency>                                 # the currency after the number:
        (?:{_alternation(list(SUFFIX_CURRENCIES))}   # 美元, 港元, 元人民币
          | 元 | 块钱 | 块(?!\p{{Han}}) | 圆          # 元, 三块, 三块钱 (not 两块电池)
          | (?<=[\d \t])(?:USD|HKD|CNY|RMB|EUR|JPY|GBP)(?![A-Za-z])  # 500 USD
        )
        (?!宇宙|化|素|件|器件|旦|宵|首|帅|论|组|指数|股份)  # not 美元指数, 一元化, 元宇宙, 1日元旦
    )?
    (?P<change>                                   # small change: 五元三毛, 两美元又三美分
        [又零]?(?P<jiao>[一二两三四五六七八九]|\d)[ \t]*+(?:角|毛)
        (?:(?P<fen>[一二两三四五六七八九]|\d)[ \t]*+{_FEN})?
      | [又零]?(?P<cents>[一二两三四五六七八九]|\d{{1,2}})[ \t]*+(?:美分|仙|{_FEN})
    )?
    (?(prefix)|(?(prefix2)|(?(currency)|(?!))))  # no currency before or after: not money
    """,
    regex.VERBOSE,
)

#: Every amount holds one of these: the grammar runs only around them.
_CURRENCY_ANCHOR = regex.compile(
    _alternation([*SUFFIX_CURRENCIES, *PREFIX_CURRENCIES, "元", "块", "圆", "$"])
)
#: What an amount before its currency word is written with: numerals, and English scale words.
_AMOUNT_CHARS = NUMBER_CHARS | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

#: Hedges right before an amount (left out of its span): 约300亿美元, 超亿元, 近万元.
HEDGES_BEFORE = (
    "大约", "大概", "约合", "约为", "约", "将近", "接近", "逼近", "近", "逾", "超过", "超出", "超",
    "不足", "不到", "不超过", "不低于", "不少于", "不高于", "高于", "低于", "至少", "最少", "最多",
)  # fmt: skip
#: Hedges before a bare scale only: 上亿元, 过万亿元, 破千亿元 (not 线上5亿元).
BARE_SCALE_HEDGES = ("上", "过", "破")
#: Hedges right after an amount: 5亿元左右, 3万元以上.
HEDGES_AFTER = ("左右", "上下", "以上", "以下", "以内", "附近", "出头", "有余")
#: Verbs of change: 增加3亿至4亿元 is a change of 3亿 to a level of 4亿, not a range.
CHANGE_VERBS = (
    "增加", "减少", "增长", "下降", "下滑", "提升", "上升", "提高", "降低", "扩大", "缩小", "缩减",
    "缩量", "放量", "回落", "回升", "增", "减", "升", "降", "涨", "跌",
)  # fmt: skip
_NOT_MONEY_AFTER = regex.compile(r"[ \t]*+[%‰年月日天周期个倍点股只家成手]")  # 美元3年期, 人民币2%
_RANGE_GAP = regex.compile(rf"[ \t]*+{RANGE_JOINER}[ \t]*+\Z")

#: What may follow 元 after a small Chinese numeral, so that it still reads as money (五元的).
YUAN_FOLLOWERS = frozenset("的钱整左上下以及和或与每起多一二两三四五六七八九十零又")
_HAN = regex.compile(r"\p{Han}")
_SCALE_IN = regex.compile(r"[十百千拾佰仟万亿]")
_BIG_SCALE_IN = regex.compile(r"[万亿]")

#: Words of a Hong Kong market story (港股通 is the mainland's channel into Hong Kong: not one).
HONG_KONG_MARKET_WORDS = (
    "港股", "恒指", "恒生指数", "恒生科技", "恒生综合", "恒生中国企业", "国企指数",
    "港交所", "联交所", "香港交易所", "香港股市", ".HK",
)  # fmt: skip
#: Words of a mainland market story.
MAINLAND_MARKET_WORDS = (
    "A股", "沪指", "上证", "深证", "深成指", "创业板", "科创板", "北交所", "沪深", "两市", "上交所",
    "深交所", "北向资金", "北上资金", "沪股通", "深股通",
)  # fmt: skip
_HONG_KONG_MARKS = regex.compile(
    r"""
    \(0\d{4}\)                        # a Hong Kong code: (00700)
    | (?<![中美全各韩英德法泰])国指     # 国指, the H-share index (not 中国指数, 美国指数)
    """,
    regex.VERBOSE,
)
_MAINLAND_CODE = regex.compile(r"\([036]\d{5}\)")  # (600519), (300750), (000001)


def local_currencies(folded: str) -> tuple[str, str]:
    """The currencies of a bare 元 and of a bare ``$`` in this text: (yuan, dollar).

    Both are HKD in a Hong Kong market story, else 元 is CNY and ``$`` is USD.

    Example:
        >>> local_currencies("港股收评:恒指跌1.45%,腾讯(00700)报438元")
        ('HKD', 'HKD')
        >>> local_currencies("A股三大指数上涨,南下资金经港股通流入港股")
        ('CNY', 'USD')
    """
    hong_kong = sum(folded.count(w) for w in HONG_KONG_MARKET_WORDS) - folded.count("港股通")
    hong_kong += len(_HONG_KONG_MARKS.findall(folded))
    mainland = sum(folded.count(w) for w in MAINLAND_MARKET_WORDS) + len(_MAINLAND_CODE.findall(folded))
    if hong_kong > 0 and hong_kong > mainland:
        return "HKD", "HKD"
    return "CNY", "USD"


class _Amount(NamedTuple):
    """One amount as read, before it becomes a :class:`MoneyEntity`."""

    start: int
    end: int
    low: Decimal
    high: Decimal
    currency: str  # an ISO code, or _LOCAL_YUAN / _LOCAL_DOLLAR
    approximate: bool
    number: str  # the number of the right (or only) end as written, for carrying its scale
    has_prefix: bool  # a currency mark came before the number


def find(ctx: Context) -> list[Entity]:
    """Find the money amounts of a Chinese text (see the module's example)."""
    folded = fold(ctx.text)
    amounts = [
        a for m in scan(folded, _MONEY, _CURRENCY_ANCHOR, reach_chars=_AMOUNT_CHARS) for a in _read(folded, m)
    ]
    amounts = _join_ranges(folded, amounts)
    amounts = _add_shared(folded, amounts)
    local: dict[str, str] = {}
    if any(a.currency in (_LOCAL_YUAN, _LOCAL_DOLLAR) for a in amounts):
        local[_LOCAL_YUAN], local[_LOCAL_DOLLAR] = local_currencies(folded)
    return [
        MoneyEntity(
            text=ctx.text[a.start : a.end],
            start=a.start,
            end=a.end,
            low=float(a.low),
            high=float(a.high),
            currency=local.get(a.currency, a.currency),
            approximate=a.approximate,
        )
        for a in sorted(amounts, key=lambda a: a.start)
    ]


def _read(folded: str, m: regex.Match[str]) -> list[_Amount]:
    """The amounts of one match: none when it has no currency, two for a change then a level."""
    currency = _currency(m)
    if currency is None or not _reads_as_money(folded, m):
        return []
    high = _value(m, 2) if m["amt2"] else _value(m, 1)
    if high is None:
        return []
    high += _small_change(m)
    start = m.start("prefix") if m["prefix"] else m.start()
    number = m["amt2"] or m["amt1"]
    approximate = _hedged(folded, m, start)
    if not m["amt2"]:
        return [_Amount(start, m.end(), high, high, currency, approximate, number, bool(m["prefix"]))]
    low = _value(m, 1)
    if low is None:
        return []
    if not _BIG_SCALE_IN.search(m["amt1"]) and not m["en1"]:
        low = carry_scale(m["amt1"], low, m["amt2"]) * _english(m["en2"])  # 3至4亿元, $5-7 billion
    elif _before(folded, start).endswith(CHANGE_VERBS):
        low_end = m.end("en1") if m["en1"] else m.end("amt1")
        return [
            _Amount(start, low_end, low, low, currency, approximate, m["amt1"], bool(m["prefix"])),
            _Amount(m.start("sign2") if m["sign2"] else m.start("amt2"), m.end(), high, high, currency,
                    False, number, bool(m["prefix2"])),
        ]  # fmt: skip
    return [_Amount(start, m.end(), min(low, high), max(low, high), currency, approximate, number, False)]


def _currency(m: regex.Match[str]) -> str | None:
    """The currency key of a match: explicit codes win over the market's 元 and $."""
    marks = [m["prefix"], m["prefix2"], m["currency"]]
    keys = [_currency_key(mark) for mark in marks if mark]
    explicit = [k for k in keys if k not in (_LOCAL_YUAN, _LOCAL_DOLLAR)]
    return explicit[0] if explicit else (keys[0] if keys else None)


def _currency_key(mark: str) -> str:
    """The ISO code of a currency word or mark, or a local key for 元, 块, 圆 and $."""
    if mark in SUFFIX_CURRENCIES:
        return SUFFIX_CURRENCIES[mark]
    if mark in PREFIX_CURRENCIES:
        return PREFIX_CURRENCIES[mark]
    if mark == "$":
        return _LOCAL_DOLLAR
    return _LOCAL_YUAN


def _reads_as_money(folded: str, m: regex.Match[str]) -> bool:
    """Reject the matches that are words, not amounts: 美元3年期, 人民币2%, 三元锂电池."""
    if m["currency"]:
        return not _is_word_with_yuan(folded, m)
    if _NOT_MONEY_AFTER.match(folded, m.end()):
        return False
    written = m["amt2"] or m["amt1"]
    prefix = m["prefix2"] or m["prefix"] or ""
    # a currency word (人民币, 美元) before a plain figure is rarely an amount: 美元3年期
    return prefix.isascii() or not prefix.isalpha() or bool(_SCALE_IN.search(written))


def _is_word_with_yuan(folded: str, m: regex.Match[str]) -> bool:
    """Whether a bare 元 after a small Chinese numeral starts a word: 三元锂电池, 二元期权, 十元店.

    Prices in bulletins are written in digits; a Chinese numeral with 元 and no 万 or 亿 is
    an amount only when a function word, a numeral or no Han character at all follows it
    (五元三毛, 一千元的, 十五元左右).
    """
    if _currency_key(m["currency"]) != _LOCAL_YUAN or m["change"]:
        return False
    written = (m["amt1"] or "") + (m["amt2"] or "")
    if any(c.isdigit() and c.isascii() for c in written) or _BIG_SCALE_IN.search(written):
        return False
    after = folded[m.end() : m.end() + 1]
    return bool(_HAN.match(after)) and after not in YUAN_FOLLOWERS


def _value(m: regex.Match[str], n: int) -> Decimal | None:
    """The signed value of amount ``n`` of a match, English scale included."""
    written = m[f"amt{n}"].replace("多", "").replace("余", "")
    value = parse_number(written)
    if value is None:
        return None
    if m[f"sign{n}"] in ("-", "负"):
        value = -value
    return value * _english(m[f"en{n}"])


def _english(word: str | None) -> int:
    """The factor of an English scale word ("billion"), 1 for none."""
    return ENGLISH_SCALES[word.lower()] if word else 1


def _small_change(m: regex.Match[str]) -> Decimal:
    """The 角 and 分 (or cents) written after the main unit: 五元三毛 adds 0.3."""
    total = Decimal(0)
    for group, unit in (("jiao", "0.1"), ("fen", "0.01"), ("cents", "0.01")):
        if m[group]:
            total += (parse_number(m[group]) or 0) * Decimal(unit)
    return total


def _hedged(folded: str, m: regex.Match[str], start: int) -> bool:
    """Whether a hedge qualifies the amount: 约, 近, 超 before; 多, 余 inside; 左右 after."""
    before = _before(folded, start)
    written = m["amt1"] + (m["amt2"] or "")
    return (
        "多" in written
        or "余" in written
        or before.endswith(HEDGES_BEFORE)
        or (m["amt1"][0] in "十百千万亿" and before.endswith(BARE_SCALE_HEDGES))
        or folded[m.end() : m.end() + 8].lstrip(" \t").startswith(HEDGES_AFTER)
    )


def _before(folded: str, start: int) -> str:
    """The few characters before ``start``, spaces stripped: where hedges and verbs stand."""
    return folded[max(0, start - 6) : start].rstrip(" \t")


def _join_ranges(folded: str, amounts: list[_Amount]) -> list[_Amount]:
    """Join two amounts that a range word links: 5亿元至7亿元 is one range.

    Not when the left one follows a change verb (减少312.5亿元至-205.16亿元 is a change,
    then the level reached), when the ends are in different currencies, or when the left
    end is larger than the right one.
    """
    joined: list[_Amount] = []
    for amount in amounts:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.low == last.high
            and amount.low == amount.high
            and last.currency == amount.currency
            and last.low <= amount.low
            and _RANGE_GAP.match(folded[last.end : amount.start])
            and not _before(folded, last.start).endswith(CHANGE_VERBS)
        ):
            approximate = last.approximate or amount.approximate
            joined[-1] = last._replace(
                end=amount.end, high=amount.high, number=amount.number, approximate=approximate
            )
        else:
            joined.append(amount)
    return joined


def _add_shared(folded: str, amounts: list[_Amount]) -> list[_Amount]:
    """Add the bare list members that share an amount's unit: 215.7、88.2和19.4亿元."""
    shared: list[_Amount] = []
    for amount in amounts:
        if amount.has_prefix or amount.low != amount.high:
            continue
        for member in shared_numbers_before(folded, amount.start):
            if member.is_range_end:
                break
            value = carry_scale(folded[member.start : member.end], member.value, amount.number)
            shared.append(
                _Amount(member.start, member.end, value, value, amount.currency, False, amount.number, False)
            )
    return amounts + shared
