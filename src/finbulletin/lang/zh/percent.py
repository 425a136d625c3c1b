"""Percent grammar for Chinese bulletins: 4.31%, 百分之五, 千分之一, 三成, 9个百分点.

The forms read, on text folded by :func:`~finbulletin.lang.zh.numerals.fold` (so that
full-width ``４．３１％`` and traditional ``個百分點`` read as their plain forms):

* a number and a percent sign: ``4.31%``, ``-22.2%``; a sign of its own stays in the span
  and the value (``(+7.61%)`` gives ``+7.61%``, 7.61; ``负3.9%`` gives -3.9), but the hyphen
  of a range does not (``5-20%``); ``‰`` is per mille (``3‰`` is 0.3);
* fractions: ``百分之五``, ``百分之三点五``, ``百分之1,111``, ``百分之百``; per mille
  ``千分之一`` (0.1) and per ten thousand ``万分之三`` (0.03);
* percentage points: ``9个百分点`` is 9 with ``percentage_points``, and so is the
  brokers' ``+1.2pct`` (also ``ppt``, ``pp``);
* tenths, 成: ``一成`` is 10, ``七成六`` 76, ``三成半`` 35, ``半成`` 5, ``6.5成`` 65. 成 needs
  a numeral right before it and must not start a word (成交, 成分股, 成为, 成本, 成功,
  成长, 成立, 一成不变 ...);
* shared signs: the bare low end of a range or the bare members of a list take the sign
  of the number after them (``5-20%`` gives 5 and 20, ``1.2、1.1和0.6%`` three percents);
* spaced numerals, as in ``六 点 五 成`` and ``一 百 五 十 个 百 分 点``.

Hedges stay out of the span: ``涨超3%`` gives ``3%``. Numbers inside web addresses
(``%20``) are not percents.

Example:
    >>> from finbulletin.context import Context
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "涨超3%,市占率近三成,ROE下降9个百分点"
    >>> ctx = Context(text=text, language="zh", published=None, doc=make_nlp("zh")(text))
    >>> [(p.text, p.value, p.percentage_points) for p in find(ctx)]
    [('3%', 3.0, False), ('三成', 30.0, False), ('9个百分点', 9.0, True)]
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

import regex

from finbulletin.context import Context
from finbulletin.lang.zh.numerals import (
    ARABIC,
    CHINESE_SPACED,
    NOT_AFTER_NUMERAL,
    NUMBER_START,
    SPACE,
    fold,
    parse_number,
    scan,
    shared_numbers_before,
)
from finbulletin.models import Entity, PercentEntity

#: What a fraction's denominator divides the number by: 百分之 (1), 千分之 (10), 万分之 (100).
FRACTION_DIVISORS: Mapping[str, int] = MappingProxyType({"百": 1, "佰": 1, "千": 10, "仟": 10, "万": 100})

#: Characters that make a word with 成 when they follow it: 成交, 成分, 成为, 成本, 成功, 成长,
#: 成立, 成员, 成果, 成绩, 成熟, 成都, 成型, 成品, 成就, 成效, 成份, 成色, 成年, 成像, 成因,
#: 成形, 成人, 成材, 成器, 成全, 成套, 成批, 成群, 成语, 成败, 成真, 成事, 成才, 成行, 成文,
#: 成家, 成名, 成药, 成倍, 成对, 成片, 成规模, 一成不变.
CHENG_WORD_ENDINGS = (
    "交分为本功长立员果绩熟都型品就效份色年像因形人材器全套批群语败真事才行文家名药倍对片规不"
)

_NUMBER = rf"(?:{ARABIC}|{CHINESE_SPACED})"
_CN_DIGIT = "[一二两三四五六七八九]"

_PERCENT = regex.compile(
    rf"""
    (?P<symbol>                                              # 4.31%, (+7.61%), 负3.9%
        (?P<sign>(?<![\dA-Za-z.%)\]])[-+]|负)?               # a sign of its own, not a range hyphen
        {NUMBER_START}(?P<number>{ARABIC})
        {SPACE}(?P<mark>[%‰])
    )
  | (?P<fraction>                                            # 百分之五, 千分之一, 万分之三
        (?P<denominator>[百佰千仟万]){SPACE}分{SPACE}之{SPACE}
        (?P<fsign>[-+]|负)?
        (?P<fnumber>{_NUMBER}|百)                            # 百分之百
    )
  | (?P<points>                                              # 9个百分点, 一百五十个百分点, +1.2pct
        (?P<psign>(?<![\dA-Za-z.%)\]])[-+]|负)?
        (?<![{NOT_AFTER_NUMERAL}]){NUMBER_START}(?P<pnumber>{_NUMBER})
        {SPACE}(?:个{SPACE}百{SPACE}分{SPACE}点 | (?i:pcts?|ppts?|pp)(?![A-Za-z]))
    )
  | (?<![{NOT_AFTER_NUMERAL}])                               # a numeral of its own (not 第一, 周一)
    (?:
        (?<![统唯之逐同单专划合如归])                          # not 统一成, 唯一成, 之一成
        (?P<cheng>                                           # 三成, 七成六, 三成半, 6.5成
            {NUMBER_START}(?P<tenths>{_NUMBER}|半)
            {SPACE}成
            (?:{SPACE}(?P<half>半)
               | {SPACE}(?P<hundredths>{_CN_DIGIT}|\d)
                 (?![\d.零一二两三四五六七八九十百千万亿个年月日天只家股倍人位名次])  # 七成六, not 成六年
            )?
            (?(half)|(?(hundredths)|(?![{CHENG_WORD_ENDINGS}])))  # not 成交, 成分股, 一成不变
        )
    )
    """,
    regex.VERBOSE,
)


#: Every percent holds one of these: the grammar runs only around them.
_PERCENT_ANCHOR = regex.compile(r"[%‰成]|个[ \t]*+百|分[ \t]*+之|(?i:pct|ppt|pp)")


def find(ctx: Context) -> list[Entity]:
    """Find the percentages of a Chinese text (see the module's example)."""
    folded = fold(ctx.text)
    found: list[PercentEntity] = []
    for m in scan(folded, _PERCENT, _PERCENT_ANCHOR):
        value = _value(m)
        if value is None:
            continue
        points = bool(m["points"])
        found.append(_entity(ctx.text, m.start(), m.end(), value, points))
        if m["symbol"] or points:
            found.extend(
                _entity(ctx.text, s.start, s.end, s.value / (10 if m["mark"] == "‰" else 1), points)
                for s in shared_numbers_before(folded, m.start())
            )
    return sorted(found, key=lambda p: p.start)


def _entity(text: str, start: int, end: int, value: Decimal, points: bool) -> PercentEntity:
    return PercentEntity(
        text=text[start:end], start=start, end=end, value=float(value), percentage_points=points
    )


def _value(m: regex.Match[str]) -> Decimal | None:
    """The percent value of a match, in percent (per mille and tenths converted)."""
    if m["symbol"]:
        return _signed(m["number"], m["sign"], 10 if m["mark"] == "‰" else 1)
    if m["fraction"]:
        return _signed(m["fnumber"], m["fsign"], FRACTION_DIVISORS[m["denominator"]])
    if m["points"]:
        return _signed(m["pnumber"], m["psign"], 1)
    tenths = parse_number(m["tenths"])
    if tenths is None or tenths > 10:
        return None  # 两三成 is a vague range, not 230 percent
    extra = Decimal(5) if m["half"] else (parse_number(m["hundredths"]) or 0) if m["hundredths"] else 0
    return tenths * 10 + extra


def _signed(written: str, sign: str | None, divisor: int) -> Decimal | None:
    """A written number with its sign, divided by ``divisor`` (10 for 千分之 and ‰)."""
    value = Decimal(100) if written == "百" else parse_number(written)  # 百分之百
    if value is None:
        return None
    return (-value if sign in ("-", "负") else value) / divisor
