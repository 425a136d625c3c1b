"""Movements in Chinese bulletins, over hand-built entities (independent of the recognizers)."""

from __future__ import annotations

import pytest

from finbulletin.lang.zh import relations as zh
from finbulletin.models import Level
from finbulletin.relations.movements import find_movements
from finbulletin.relations.sentences import cue_starts, scan_cues, split_sentences
from helpers import MoveCase, Spec, context, entities_at, moves_of

CASES = [
    MoveCase(
        "bare-verb-and-figure",
        "华信科技跌2.15%。",
        (("security", "华信科技"), ("percent", "2.15%")),
        (("华信科技", "down", -2.15),),
    ),
    MoveCase(
        "a-window-between-the-name-and-the-cue",
        "储能板块波动加大,星河电子3月以来累计上涨18.5%,华信科技近5日下跌2%。",
        (
            ("sector", "储能"),
            ("security", "星河电子"),
            ("security", "华信科技"),
            ("date", "3月以来", None, None),
            ("date", "近5日", None, None),
            ("percent", "18.5%"),
            ("percent", "2%"),
        ),
        (("星河电子", "up", 18.5), ("华信科技", "down", -2.0)),
    ),
    MoveCase(
        "hedged-figure",
        "星河电子午后涨超5%。",
        (("security", "星河电子"), ("percent", "5%")),
        (("星河电子", "up", 5.0),),
    ),
    MoveCase(
        "code-in-brackets-after-the-name",
        "天元综合指数(123456)回调0.82%。",
        (("index", "天元综合指数"), ("percent", "0.82%")),
        (("天元综合指数", "down", -0.82),),
    ),
    MoveCase(
        "led-the-gains-with-a-figure",
        "成分股中,龙腾股份领涨6.05%,云帆科技领跌3.3%。",
        (("security", "龙腾股份"), ("security", "云帆科技"), ("percent", "6.05%"), ("percent", "3.3%")),
        (("龙腾股份", "up", 6.05), ("云帆科技", "down", -3.3)),
    ),
    MoveCase(
        "signed-figures-in-brackets",
        "领涨板块包括:风电(+3.27%)、储能(-1.18%)等。",
        (("sector", "风电"), ("sector", "储能"), ("percent", "+3.27%"), ("percent", "-1.18%")),
        (("风电", "up", 3.27), ("储能", "down", -1.18)),
    ),
    MoveCase(
        "a-list-with-deng-shares-one-figure",
        "甲乙地产、丙丁置业、戊己发展等跌超7%。",
        (("security", "甲乙地产"), ("security", "丙丁置业"), ("security", "戊己发展"), ("percent", "7%")),
        (("甲乙地产", "down", -7.0), ("丙丁置业", "down", -7.0), ("戊己发展", "down", -7.0)),
    ),
    MoveCase(
        "fenbie-pairs-names-and-figures",
        "收盘时,沪指、深成指分别上涨0.66%及1.02%。",
        (("index", "沪指"), ("index", "深成指"), ("percent", "0.66%"), ("percent", "1.02%")),
        (("沪指", "up", 0.66), ("深成指", "up", 1.02)),
    ),
    MoveCase(
        "a-range-gives-the-direction-only",
        "海川能源、江河矿业等涨幅在5.1%至9.9%之间。",
        (("security", "海川能源"), ("security", "江河矿业"), ("percent", "5.1%"), ("percent", "9.9%")),
        (("海川能源", "up", None), ("江河矿业", "up", None)),
    ),
    MoveCase("narrowing-losses-is-down", "主要指数尾盘跌幅收窄。", (), ((None, "down", None),)),
    MoveCase("market-wide-move", "今日A股市场震荡走高,两市成交额放大。", (), ((None, "up", None),)),
    MoveCase(
        "a-short-clause-keeps-the-subject",
        "创业板指一度翻红,尾盘收跌1.18%。",
        (("index", "创业板指"), ("percent", "1.18%")),
        (("创业板指", "up", None), ("创业板指", "down", -1.18)),
    ),
    MoveCase(
        "a-list-in-brackets",
        "大消费股(白酒、家电)普遍走弱。",
        (("sector", "大消费"), ("sector", "白酒"), ("sector", "家电")),
        (("大消费", "down", None), ("白酒", "down", None), ("家电", "down", None)),
    ),
    MoveCase(
        "figure-before-the-cue",
        "科创100指数录得1.34%涨幅,宁德时代以4.7%的涨幅排名第一。",
        (("index", "科创100指数"), ("security", "宁德时代"), ("percent", "1.34%"), ("percent", "4.7%")),
        (("科创100指数", "up", 1.34), ("宁德时代", "up", 4.7)),
    ),
    MoveCase(
        "limit-up-for-several-names",
        "储能股午后掀涨停潮,北辰电气、南港储能等多股涨停。",
        (("sector", "储能"), ("security", "北辰电气"), ("security", "南港储能")),
        (("储能", "up", None), ("北辰电气", "up", None), ("南港储能", "up", None)),
    ),
    MoveCase(
        "an-alias-in-brackets-is-not-a-second-subject",
        "数据中心(算力租赁)(-2.61%)回落。",
        (("sector", "数据中心"), ("sector", "算力租赁"), ("percent", "-2.61%")),
        (("数据中心", "down", -2.61),),
    ),
    MoveCase(
        "a-recovery-word",
        "白酒板块集体回暖,龙泉酒业涨2%。",
        (("sector", "白酒"), ("security", "龙泉酒业"), ("percent", "2%")),
        (("白酒", "up", None), ("龙泉酒业", "up", 2.0)),
    ),
    # ---- negative cases
    MoveCase(
        "mixed-is-no-movement", "白酒股涨跌不一,券商股表现分化,主要指数冲高回落。", (("sector", "白酒"),), ()
    ),
    MoveCase(
        "a-forecast-change-is-not-a-movement",
        "该行预计明年沪指将上涨15%,华信科技有望回升。",
        (("index", "沪指"), ("security", "华信科技"), ("percent", "15%")),
        (),
    ),
    MoveCase(
        "shareholding-and-turnover-are-not-movements",
        "北向资金持股比例上升0.5%,成交额下降12%。",
        (("percent", "0.5%"), ("percent", "12%")),
        (),
    ),
    MoveCase(
        "an-industry-fundamental-is-not-a-movement",
        "券商指出,半导体行业库存已回落至合理水平。",
        (("sector", "半导体"),),
        (),
    ),
    MoveCase("market-breadth-is-not-a-movement", "两市超4000只个股下跌。", (), ()),
    MoveCase("a-background-clause-is-not-a-movement", "北向资金在A股回调时逢低加仓。", (), ()),
    MoveCase("room-to-rise-is-not-a-movement", "华信科技仍有上涨空间。", (("security", "华信科技"),), ()),
    MoveCase("a-cue-inside-a-name-is-not-a-cue", "升华集团发布公告。", (("security", "升华集团"),), ()),
    MoveCase(
        "chengya-and-pianruo-are-down",
        "券商股整体偏弱,公用事业板块承压。",
        (("sector", "券商"), ("sector", "公用事业")),
        (("券商", "down", None), ("公用事业", "down", None)),
    ),
    MoveCase(
        "a-limit-up-with-its-figure",
        "星河电子以20%涨停,华信科技涨停,涨幅10%。",
        (("security", "星河电子"), ("security", "华信科技"), ("percent", "20%"), ("percent", "10%")),
        (("星河电子", "up", 20.0), ("华信科技", "up", 10.0)),
    ),
    MoveCase(
        "a-limit-up-of-20cm-gives-no-figure",
        "星河电子20cm涨停。",
        (("security", "星河电子"),),
        (("星河电子", "up", None),),
    ),
    MoveCase(
        "an-unknown-name-after-a-comma-does-not-inherit-the-sector",
        "机器人板块上涨2%,某某精工本月以来累计上涨18.5%。",
        (("sector", "机器人"), ("percent", "2%"), ("percent", "18.5%")),
        (("机器人", "up", 2.0),),
    ),
    MoveCase(
        "a-time-word-after-a-comma-inherits",
        "星河电子盘中一度涨超5%,收市涨幅收窄至1.2%。",
        (("security", "星河电子"), ("percent", "5%"), ("percent", "1.2%")),
        (("星河电子", "up", 5.0), ("星河电子", "up", 1.2)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_movements(case: MoveCase) -> None:
    assert moves_of(case.text, "zh", case.entities) == list(case.expected)


def test_a_level_goes_into_level_not_into_change() -> None:
    text = "沪指涨0.41%收于3350.12点。"
    (move,) = find_movements(
        context(text, "zh"), entities_at(text, (("index", "沪指"), ("percent", "0.41%")))
    )
    assert (move.change, move.level) == (0.41, Level(value=3350.12, unit="points"))


def test_a_price_reached_is_a_level_in_its_currency() -> None:
    text = "远东集团暴跌61.5%报0.28港元。"
    specs: tuple[Spec, ...] = (
        ("security", "远东集团"),
        ("percent", "61.5%"),
        ("money", "0.28港元", 0.28, 0.28, "HKD"),
    )
    (move,) = find_movements(context(text, "zh"), entities_at(text, specs))
    assert (move.change, move.level) == (-61.5, Level(value=0.28, unit="HKD"))


def test_breaking_a_price_gives_a_money_level() -> None:
    text = "龙泉酒业股价盘中一度跌破1500元。"
    specs: tuple[Spec, ...] = (("security", "龙泉酒业"), ("money", "1500元", 1500.0, 1500.0, "CNY"))
    (move,) = find_movements(context(text, "zh"), entities_at(text, specs))
    assert (move.direction, move.change, move.level) == ("down", None, Level(value=1500.0, unit="CNY"))


def test_percentage_points_are_flagged() -> None:
    text = "天元综合指数上涨2个百分点。"
    (move,) = find_movements(
        context(text, "zh"), entities_at(text, (("index", "天元综合指数"), ("percent", "2个百分点")))
    )
    assert (move.change, move.percentage_points) == (2.0, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("沪指涨0.52%。创业板指跌1.3%!", ["沪指涨0.52%。", "创业板指跌1.3%!"]),
        ("港股收评:恒指跌1%\n市场回升|A股收盘", ["港股收评:恒指跌1%", "市场回升", "A股收盘"]),
        ("他说:“明天会涨。”随后离开。", ["他说:“明天会涨。”", "随后离开。"]),
    ],
)
def test_chinese_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text, "zh")] == expected


CUE_CHECKLIST = [
    ("涨跌不一", "neutral"),
    ("冲高回落", "neutral"),
    ("震荡", "neutral"),
    ("维持震荡", "neutral"),
    ("涨幅居前", "up"),
    ("掀起涨停潮", "up"),
    ("涨停", "up"),
    ("连涨", "up"),
    ("上涨", "up"),
    ("收涨", "up"),
    ("领涨", "up"),
    ("跟涨", "up"),
    ("大涨", "up"),
    ("拉升", "up"),
    ("走高", "up"),
    ("高开", "up"),
    ("飘红", "up"),
    ("翻红", "up"),
    ("上扬", "up"),
    ("走俏", "up"),
    ("领跑", "up"),
    ("反弹", "up"),
    ("回升", "up"),
    ("攀升", "up"),
    ("崛起", "up"),
    ("站上", "up"),
    ("收复", "up"),
    ("回暖", "up"),
    ("转暖", "up"),
    ("表现活跃", "up"),
    ("强势", "up"),
    ("上行", "up"),
    ("跌幅收窄", "down"),
    ("跌停", "down"),
    ("连跌", "down"),
    ("跌势不止", "down"),
    ("下跌", "down"),
    ("收跌", "down"),
    ("领跌", "down"),
    ("齐挫", "down"),
    ("下挫", "down"),
    ("重挫", "down"),
    ("跳水", "down"),
    ("走弱", "down"),
    ("低开", "down"),
    ("飘绿", "down"),
    ("回调", "down"),
    ("回落", "down"),
    ("跌破", "down"),
    ("失守", "down"),
    ("闪崩", "down"),
    ("杀跌", "down"),
    ("继续弱势", "down"),
    ("低迷", "down"),
    ("收平", "flat"),
    ("平收", "flat"),
    ("持平", "flat"),
    ("涨", "up_fig"),
    ("升", "up_fig"),
    ("上升", "up_fig"),
    ("跌", "down_fig"),
    ("下降", "down_fig"),
]


@pytest.mark.parametrize(("phrase", "group"), CUE_CHECKLIST, ids=[p for p, _ in CUE_CHECKLIST])
def test_every_cue_is_reached_through_its_start(phrase: str, group: str) -> None:
    text = f"某某{phrase}。"
    starts = cue_starts(context(text, "zh").doc, text, zh.MOVE_START, zh.MOVE_FIRST_WORDS)
    found = list(scan_cues(zh.MOVE_CUE, starts, text, 0, len(text)))
    assert [(m.group(), m.lastgroup) for m in found][:1] == [(phrase, group)]


def test_a_figure_first_cue_is_reached_through_its_noun() -> None:
    text = "宁德时代以4.7%的涨幅排名第一。"
    specs: tuple[Spec, ...] = (("security", "宁德时代"), ("percent", "4.7%"))
    (move,) = find_movements(context(text, "zh"), entities_at(text, specs))
    assert (move.text, move.change) == ("宁德时代以4.7%的涨幅", 4.7)
