"""Chinese names: text in, index/sector/security/organization entities out (recognizers/names.py).

Each case lists every name entity the recognizer must return for its sentence, in text
order, as (kind, text, canonical name, code, lexicon id); the case type is the English
one, from helpers.py. Made-up company names (甲乙科技, 远山证券, ...) are absent from the
lexicons on purpose: they must be found by their context.
"""

from __future__ import annotations

import pytest

from finbulletin.lexicon import load_packaged
from finbulletin.recognizers.names import NameRecognizer
from helpers import NameCase as Case
from helpers import Want, context, project

CASES = [
    # --- indices -------------------------------------------------------------------------
    Case(
        "known-indices",
        "沪深300指数上涨1.2%,恒生指数下跌0.5%。",
        (
            Want("index", "沪深300指数", "CSI 300 Index", "000300", "idx.csi300"),
            Want("index", "恒生指数", "Hang Seng Index", "HSI", "idx.hsi"),
        ),
    ),
    Case(
        "unknown-index-with-code",
        "中证云端机器人主题指数(931999)下跌1.1%。",
        (Want("index", "中证云端机器人主题指数", "中证云端机器人主题指数", "931999"),),
    ),
    Case(
        "index-code-with-label",
        "上证某某成份指数(代码:000999)录得0.5%涨幅。",
        (Want("index", "上证某某成份指数", "上证某某成份指数", "000999"),),
    ),
    Case("group-phrase-is-not-an-index", "A股三大指数集体收涨。", ()),
    Case("economic-indicator-is-not-an-index", "制造业采购经理指数为50.2%。", ()),
    Case("related-index-is-not-a-name", "券商上调了相关指数的目标点位。", ()),
    # --- sectors -------------------------------------------------------------------------
    Case(
        "sector-cues",
        "券商板块拉升,半导体行业走弱。",
        (
            Want("sector", "券商", "brokerage", id="sec.brokerage"),
            Want("sector", "半导体", "semiconductors", id="sec.semiconductors"),
        ),
    ),
    Case("common-word-without-cue", "黄金价格创新高。", ()),
    Case(
        "list-shares-one-cue",
        "银行、保险板块走强。",
        (
            Want("sector", "银行", "banks", id="sec.banks"),
            Want("sector", "保险", "insurance", id="sec.insurance"),
        ),
    ),
    Case(
        "robot-component-sectors",
        "减速器、灵巧手板块午后走强,丝杠概念股跟涨。",
        (
            Want("sector", "减速器", "speed reducers", id="sec.speed_reducers"),
            Want("sector", "灵巧手", "dexterous hands", id="sec.dexterous_hands"),
            Want("sector", "丝杠", "lead screws", id="sec.robot_screws"),
        ),
    ),
    # --- words and phrases that look like names but are not --------------------------------
    Case(
        "assets-is-a-sector-cue",
        "外资看好高股息资产,银行资产质量稳定。",
        (Want("sector", "高股息", "high dividend", id="sec.high_dividend"),),
    ),
    Case(
        "bare-central-bank-is-the-pboc",
        "央行已公告将开展逆回购操作,全球央行则持续购金。央行当日净投放1700亿元。",
        (
            Want("organization", "央行", "People's Bank of China", id="org.pboc"),
            Want("organization", "央行", "People's Bank of China", id="org.pboc"),
        ),
    ),
    Case(
        "commodity-futures-are-contracts-not-brokers",
        "沪铝期货在上期所上涨1%,远山期货认为铝价将走强。",
        (
            Want("security", "沪铝期货", "沪铝期货"),
            Want("organization", "上期所", "Shanghai Futures Exchange", id="org.shfe"),
            Want("organization", "远山期货", "远山期货"),
        ),
    ),
    Case(
        "a-window-before-a-list-is-not-part-of-its-first-member",
        "远山证券表示,未来一年煤炭、电力等板块的股息率有望维持高位。",
        (
            Want("organization", "远山证券", "远山证券"),
            Want("sector", "煤炭", "coal", id="sec.coal"),
            Want("sector", "电力", "electric power", id="sec.electricity"),
        ),
    ),
    Case(
        "fund-descriptions-are-not-fund-managers",
        "1月新成立公募基金规模回落,全球主动型基金继续减仓。",
        (),
    ),
    Case(
        "a-later-mention-followed-by-digits",
        "甲乙科技(603999)发布公告。甲乙科技3月以来累计上涨18.5%。",
        (
            Want("security", "甲乙科技", "甲乙科技", "603999"),
            Want("security", "甲乙科技", "甲乙科技", "603999"),
        ),
    ),
    Case("alias-would-cut-a-word-in-two", "其中海外业务收入增长两成。", ()),
    Case("banking-system-is-not-a-bank", "为保持银行体系流动性合理充裕,央行开展操作。", ()),
    Case("company-capex-is-not-a-fund", "公司2026年资本开支预计与上年持平。", ()),
    Case("listed-company-securities-is-not-a-broker", "该指数选取上市公司证券作为指数样本。", ()),
    Case("registered-capital-is-not-a-fund", "回购股份将用于注销并减少注册资本。", ()),
    Case("fund-category-is-not-an-etf", "上周,股票型ETF合计净流出156.3亿元。", ()),
    Case("product-figure-is-not-the-sector", "1月新能源汽车销量同比下降7.5%。", ()),
    Case("common-noun-that-names-a-company-needs-context", "产品已向多家机器人整机厂商送样。", ()),
    Case(
        "other-boards-and-ranking-verbs-are-not-sectors",
        "其他板块方面,煤炭股走弱;甲乙科技(603999)位居板块首位。",
        (
            Want("sector", "煤炭", "coal", id="sec.coal"),
            Want("security", "甲乙科技", "甲乙科技", "603999"),
        ),
    ),
    Case(
        "coverage-verb-is-not-part-of-the-name",
        "远山证券首次覆盖甲乙科技(603999),给予买入评级。",
        (Want("organization", "远山证券", "远山证券"), Want("security", "甲乙科技", "甲乙科技", "603999")),
    ),
    Case(
        "cumulative-is-not-part-of-an-index-name",
        "4月以来,沪指累计上涨2.1%。",
        (Want("index", "沪指", "Shanghai Composite Index", "000001", "idx.sse_composite"),),
    ),
    Case(
        "later-mentions-of-a-name-found-by-context",
        "甲乙科技(603999)发布公告。甲乙科技上周累计上涨13.6%,远山证券认为甲乙科技估值合理。",
        (
            Want("security", "甲乙科技", "甲乙科技", "603999"),
            Want("security", "甲乙科技", "甲乙科技", "603999"),
            Want("organization", "远山证券", "远山证券"),
            Want("security", "甲乙科技", "甲乙科技", "603999"),
        ),
    ),
    Case(
        "unknown-sector-before-stock-cue",
        "近期活跃的海带养殖股大幅走低。",
        (Want("sector", "海带养殖", "海带养殖"),),
    ),
    Case(
        "quoted-concept",
        "某公司沾上“星际旅行”概念,股价大涨。",
        (Want("sector", "星际旅行", "星际旅行"),),
    ),
    Case(
        "narrower-board-on-a-known-sector",
        "大型银行股多数上涨。",
        (Want("sector", "大型银行", "大型银行"),),
    ),
    Case(
        "board-list-with-figures",
        "领涨概念板块有:星际旅行(+6.12%)、海带养殖(+2.87%)等。",
        (
            Want("sector", "星际旅行", "星际旅行"),
            Want("sector", "海带养殖", "海带养殖"),
        ),
    ),
    Case("stock-ownership-is-not-a-sector", "外资持股比例上升。", ()),
    # --- securities and organizations ------------------------------------------------------
    Case(
        "broker-acts",
        "中信证券表示,市场有望回暖。",
        (Want("organization", "中信证券", "CITIC Securities", id="org.citic_securities"),),
    ),
    Case(
        "broker-stock-moves",
        "中信证券涨停。",
        (Want("security", "中信证券", "CITIC Securities", "600030", "stk.sse.600030"),),
    ),
    Case(
        "short-alias-inside-a-longer-name",
        "中信建投证券认为,下半年将震荡上行。",
        (Want("organization", "中信建投证券", "China Securities", id="org.china_securities"),),
    ),
    Case(
        "listing-suffix",
        "寒武纪-U涨超5%。",
        (Want("security", "寒武纪-U", "Cambricon Technologies", "688256", "stk.sse.688256"),),
    ),
    # --- names found by their context ----------------------------------------------------
    Case(
        "unknown-name-with-code",
        "甲乙精工(688999)涨停。",
        (Want("security", "甲乙精工", "甲乙精工", "688999"),),
    ),
    Case(
        "code-of-another-company",
        "丙丁机器人(688998)涨停。",
        (Want("security", "丙丁机器人", "丙丁机器人", "688998"),),
    ),
    Case(
        "unknown-etf",
        "与之挂钩的云端机器人ETF(159998)上涨1%。",
        (Want("security", "云端机器人ETF", "云端机器人ETF", "159998"),),
    ),
    Case(
        "constituent-list",
        "成分股中,甲乙科技、丙丁电子、戊己能源等涨幅居前。",
        (
            Want("security", "甲乙科技", "甲乙科技"),
            Want("security", "丙丁电子", "丙丁电子"),
            Want("security", "戊己能源", "戊己能源"),
        ),
    ),
    Case(
        "companies-acting-in-a-list",
        "调研团队走访了甲乙科技、丙丁电子等上市公司。",
        (
            Want("organization", "甲乙科技", "甲乙科技"),
            Want("organization", "丙丁电子", "丙丁电子"),
        ),
    ),
    Case(
        "clause-opening-mover",
        "早盘,庚辛股份领涨6.2%,壬癸科技涨4.1%。",
        (
            Want("security", "庚辛股份", "庚辛股份"),
            Want("security", "壬癸科技", "壬癸科技"),
        ),
    ),
    Case("mover-opening-the-text", "庚辛股份领涨6.2%。", (Want("security", "庚辛股份", "庚辛股份"),)),
    Case(
        "unknown-broker-acts",
        "远山证券认为,下半年市场将震荡上行。",
        (Want("organization", "远山证券", "远山证券"),),
    ),
    Case(
        "fund-type-is-not-an-organization",
        "场外联接基金C类:018888。",
        (Want("security", "018888", "018888", "018888"),),
    ),
    Case(
        "media-source-in-brackets",
        "市场情绪回暖。(远山财讯)\n",
        (Want("organization", "远山财讯", "远山财讯"),),
    ),
]


@pytest.fixture(scope="module")
def recognizer() -> NameRecognizer:
    return NameRecognizer(load_packaged(), "zh")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_names_zh(case: Case, recognizer: NameRecognizer) -> None:
    found = recognizer(context(case.text, "zh"))
    assert all(case.text[e.start : e.end] == e.text for e in found)
    assert tuple(project(e) for e in found) == case.expected


def test_every_mention_gets_the_written_code(recognizer: NameRecognizer) -> None:
    text = "云端机器人ETF(159998)上涨1%。规模方面,云端机器人ETF最新规模达10亿元。"
    codes = [getattr(e, "code", None) for e in recognizer(context(text, "zh")) if e.text == "云端机器人ETF"]
    assert codes == ["159998", "159998"]
