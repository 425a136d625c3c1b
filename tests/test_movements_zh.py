"""Movements in Chinese bulletins, over hand-built entities (independent of the recognizers)."""

from __future__ import annotations

import pytest

from finbulletin.models import Level
from finbulletin.relations.movements import find_movements
from finbulletin.relations.sentences import split_sentences
from test_movements_en import MoveCase, Spec, context, entities_at, moves_of

CASES = [
    MoveCase(
        "bare-verb-and-figure",
        "华信科技跌2.15%。",
        (("security", "华信科技"), ("percent", "2.15%")),
        (("华信科技", "down", -2.15),),
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
        "海川能源、江河煤业等涨幅在5.1%至9.9%之间。",
        (("security", "海川能源"), ("security", "江河煤业"), ("percent", "5.1%"), ("percent", "9.9%")),
        (("海川能源", "up", None), ("江河煤业", "up", None)),
    ),
    MoveCase("narrowing-losses-is-down", "三大指数午后跌幅收窄。", (), ((None, "down", None),)),
    MoveCase("market-wide-move", "今日A股市场震荡走高,两市成交额放大。", (), ((None, "up", None),)),
    MoveCase(
        "a-short-clause-keeps-the-subject",
        "创业板指一度翻红,最终收跌0.21%。",
        (("index", "创业板指"), ("percent", "0.21%")),
        (("创业板指", "up", None), ("创业板指", "down", -0.21)),
    ),
    MoveCase(
        "a-list-in-brackets",
        "大消费股(白酒、家电)普遍走弱。",
        (("sector", "大消费"), ("sector", "白酒"), ("sector", "家电")),
        (("大消费", "down", None), ("白酒", "down", None), ("家电", "down", None)),
    ),
    MoveCase(
        "figure-before-the-cue",
        "科创100指数录得1.34%涨幅,宁德时代以4.2%的涨幅领跑。",
        (("index", "科创100指数"), ("security", "宁德时代"), ("percent", "1.34%"), ("percent", "4.2%")),
        (("科创100指数", "up", 1.34), ("宁德时代", "up", 4.2)),
    ),
    MoveCase(
        "limit-up-for-several-names",
        "储能板块掀涨停潮,北辰电气、南港储能等多股涨停。",
        (("sector", "储能"), ("security", "北辰电气"), ("security", "南港储能")),
        (("储能", "up", None), ("北辰电气", "up", None), ("南港储能", "up", None)),
    ),
    MoveCase(
        "an-alias-in-brackets-is-not-a-second-subject",
        "数据中心(算力租赁)(-2.61%)回落。",
        (("sector", "数据中心"), ("sector", "算力租赁"), ("percent", "-2.61%")),
        (("数据中心", "down", -2.61),),
    ),
    # ---- negative cases
    MoveCase(
        "mixed-is-no-movement", "白酒股涨跌不一,新势力表现各异,三大指数冲高回落。", (("sector", "白酒"),), ()
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
    MoveCase("market-breadth-is-not-a-movement", "两市超4000只个股下跌。", (), ()),
    MoveCase("a-background-clause-is-not-a-movement", "南下资金在港股下跌时持续流入。", (), ()),
    MoveCase("room-to-rise-is-not-a-movement", "华信科技仍有上涨空间。", (("security", "华信科技"),), ()),
    MoveCase("a-cue-inside-a-name-is-not-a-cue", "升华集团发布公告。", (("security", "升华集团"),), ()),
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


def test_percentage_points_are_flagged() -> None:
    text = "天元综合指数上涨2个百分点。"
    (move,) = find_movements(
        context(text, "zh"), entities_at(text, (("index", "天元综合指数"), ("percent", "2个百分点")))
    )
    assert (move.change, move.percentage_points) == (2.0, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("沪指涨0.85%。创业板指跌0.4%!", ["沪指涨0.85%。", "创业板指跌0.4%!"]),
        ("港股收评:恒指跌1%\n市场回升|A股收盘", ["港股收评:恒指跌1%", "市场回升", "A股收盘"]),
        ("他说:“明天会涨。”随后离开。", ["他说:“明天会涨。”", "随后离开。"]),
    ],
)
def test_chinese_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text, "zh")] == expected
