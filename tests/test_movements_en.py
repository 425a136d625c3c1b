"""Movements in English bulletins, over hand-built entities (independent of the recognizers)."""

from __future__ import annotations

import pytest

from finbulletin.lang.en import relations as en
from finbulletin.models import Level
from finbulletin.relations.movements import find_movements
from finbulletin.relations.sentences import cue_starts, scan_cues, split_sentences
from helpers import MoveCase, Spec, context, entities_at, moves_of, nlp

CASES = [
    MoveCase(
        "verb-and-figure",
        "Shares of Acme Motors fell 2.35% on Tuesday.",
        (("security", "Acme Motors"), ("percent", "2.35%")),
        (("Acme Motors", "down", -2.35),),
    ),
    MoveCase(
        "hedged-figure-gives-the-stated-number",
        "Bolt Robotics rose more than 6% in early trade, while Delta Chips slid nearly 3 per cent.",
        (
            ("security", "Bolt Robotics"),
            ("security", "Delta Chips"),
            ("percent", "6%"),
            ("percent", "3 per cent"),
        ),
        (("Bolt Robotics", "up", 6.0), ("Delta Chips", "down", -3.0)),
    ),
    MoveCase(
        "led-the-decline-by",
        "Among lenders, Harbor Bank led the decline by 3.1%.",
        (("security", "Harbor Bank"), ("percent", "3.1%")),
        (("Harbor Bank", "down", -3.1),),
    ),
    MoveCase(
        "a-list-led-the-gains",
        "In the fund, Apex Bio, Nova Foods, Lumo Energy, etc., led the gains; "
        "Kite Holdings led the declines.",
        (
            ("security", "Apex Bio"),
            ("security", "Nova Foods"),
            ("security", "Lumo Energy"),
            ("security", "Kite Holdings"),
        ),
        (
            ("Apex Bio", "up", None),
            ("Nova Foods", "up", None),
            ("Lumo Energy", "up", None),
            ("Kite Holdings", "down", None),
        ),
    ),
    MoveCase(
        "with-one-rising-and-another-falling",
        "Lenders were resilient, with Harbor Bank rising 1.5% and Vista Securities falling 0.8%.",
        (
            ("sector", "Lenders"),
            ("security", "Harbor Bank"),
            ("security", "Vista Securities"),
            ("percent", "1.5%"),
            ("percent", "0.8%"),
        ),
        (("Lenders", "up", None), ("Harbor Bank", "up", 1.5), ("Vista Securities", "down", -0.8)),
    ),
    MoveCase(
        "respectively-pairs-names-and-figures",
        "Miners Pine Mining (600111.SH) and Cedar Metals (600222.SH) rose 2.1% and 4.4%, respectively.",
        (
            ("sector", "Miners"),
            ("security", "Pine Mining"),
            ("security", "Cedar Metals"),
            ("percent", "2.1%"),
            ("percent", "4.4%"),
        ),
        (("Pine Mining", "up", 2.1), ("Cedar Metals", "up", 4.4)),
    ),
    MoveCase(
        "a-range-gives-the-direction-only",
        "Solar names, with Ray Power and Sunfield gaining between 2% and 5%.",
        (("security", "Ray Power"), ("security", "Sunfield"), ("percent", "2%"), ("percent", "5%")),
        (("Ray Power", "up", None), ("Sunfield", "up", None)),
    ),
    MoveCase(
        "market-wide-moves-have-no-subject",
        "Stocks closed higher on Friday. The main benchmarks opened fractionally lower on Monday.",
        (),
        ((None, "up", None), (None, "down", None)),
    ),
    MoveCase(
        "narrowed-gains-is-one-up-move",
        "The main benchmarks opened higher and later narrowed their gains.",
        (),
        ((None, "up", None),),
    ),
    MoveCase(
        "figure-before-the-direction-word",
        "The Shanghai Composite ended 0.33 per cent, or 10.2 points higher, at 3,101.4.",
        (("index", "Shanghai Composite"), ("percent", "0.33 per cent")),
        (("Shanghai Composite", "up", 0.33),),
    ),
    MoveCase(
        "possessive-figure-noun",
        "Zenith Air's 12 per cent rise this month surprised traders.",
        (("security", "Zenith Air"), ("percent", "12 per cent")),
        (("Zenith Air", "up", 12.0),),
    ),
    MoveCase(
        "signed-figure-in-brackets-after-a-name",
        "Kite Holdings (01234.HK)  +0.350 (+1.12%)    Turnover $12.5M",
        (("security", "Kite Holdings"), ("percent", "+1.12%")),
        (("Kite Holdings", "up", 1.12),),
    ),
    MoveCase(
        "participle-takes-the-clause-subject",
        "Blue Lake Foods was the best performer in the Shenzhen Component Index, jumping 8.8 per cent.",
        (("security", "Blue Lake Foods"), ("index", "Shenzhen Component Index"), ("percent", "8.8 per cent")),
        (("Blue Lake Foods", "up", 8.8),),
    ),
    MoveCase(
        "helped-by-names-a-second-subject",
        "Mainland equities climbed on Thursday, helped by property heavyweights.",
        (("sector", "property"),),
        ((None, "up", None), ("property", "up", None)),
    ),
    MoveCase(
        "a-move-without-figure-yields-to-one-with",
        "The Metro Index climbed 1.4% early on, nearly wiping out its gains by noon before it rebounded.",
        (("index", "Metro Index"), ("percent", "1.4%")),
        (("Metro Index", "up", 1.4),),
    ),
    MoveCase(
        "identical-moves-are-reported-once",
        "Acme Motors fell 2% on Monday. Later, Acme Motors fell 2% in Hong Kong as well.",
        (("security", "Acme Motors"), ("percent", "2%")),
        (("Acme Motors", "down", -2.0),),
    ),
    MoveCase(
        "a-metric-word-inside-a-compound-does-not-block",
        "Low-margin grocer Swift Eats gained 0.6 per cent.",
        (("security", "Swift Eats"), ("percent", "0.6 per cent")),
        (("Swift Eats", "up", 0.6),),
    ),
    MoveCase(
        "closed-flat",
        "The Growth Enterprise Index closed flat at 2,200 points.",
        (("index", "Growth Enterprise Index"),),
        (("Growth Enterprise Index", "flat", None),),
    ),
    MoveCase(
        "hitting-the-daily-limit",
        "Chemical stocks surged, with Qingfeng Chem and Yunlu Materials hitting the daily limit.",
        (("sector", "Chemical"), ("security", "Qingfeng Chem"), ("security", "Yunlu Materials")),
        (("Chemical", "up", None), ("Qingfeng Chem", "up", None), ("Yunlu Materials", "up", None)),
    ),
    # ---- negative cases
    MoveCase(
        "a-forecast-change-is-not-a-movement",
        "Analysts say Acme Motors will rise 20% next year, and Harbor Bank is expected to gain 10%.",
        (("security", "Acme Motors"), ("security", "Harbor Bank"), ("percent", "20%"), ("percent", "10%")),
        (),
    ),
    MoveCase(
        "fundamentals-are-not-movements",
        "Acme Motors said its net profit rose 15% year on year, and turnover fell to 800 billion yuan.",
        (("security", "Acme Motors"), ("percent", "15%")),
        (),
    ),
    MoveCase(
        "market-breadth-is-not-a-movement",
        "A total of 3120 stocks rose, while 1800 stocks fell.",
        (),
        (),
    ),
    MoveCase(
        "a-verb-with-an-object-is-not-a-move",
        "Delta Chips strengthened its balance sheet, and Apex Bio advanced it further.",
        (("security", "Delta Chips"), ("security", "Apex Bio")),
        (),
    ),
    MoveCase(
        "year-on-year-growth-is-not-a-price-move",
        "Sales at Nova Foods rose 8% YoY in the quarter.",
        (("security", "Nova Foods"), ("percent", "8%")),
        (),
    ),
    MoveCase(
        "followed-the-rise-and-followed-suit",
        "Acme Motors (600999) gained 4%, and Kite Holdings followed the rise."
        " The insurance sector followed suit.",
        (
            ("security", "Acme Motors"),
            ("security", "Kite Holdings"),
            ("sector", "insurance"),
            ("percent", "4%"),
        ),
        (("Acme Motors", "up", 4.0), ("Kite Holdings", "up", None), ("insurance", "up", None)),
    ),
    MoveCase(
        "followed-suit-after-a-fall",
        "Bolt Robotics slid 3%. Delta Chips followed suit.",
        (("security", "Bolt Robotics"), ("security", "Delta Chips"), ("percent", "3%")),
        (("Bolt Robotics", "down", -3.0), ("Delta Chips", "down", None)),
    ),
    MoveCase(
        "followed-alone-takes-the-direction-before",
        "Bolt Robotics slid 3%. The utilities sector followed, with Delta Power down 1.2%."
        " Kite Holdings was followed by Acme Motors.",
        (
            ("security", "Bolt Robotics"),
            ("sector", "utilities"),
            ("security", "Delta Power"),
            ("security", "Kite Holdings"),
            ("security", "Acme Motors"),
            ("percent", "3%"),
            ("percent", "1.2%"),
        ),
        (("Bolt Robotics", "down", -3.0), ("utilities", "down", None), ("Delta Power", "down", -1.2)),
    ),
    MoveCase(
        "the-venue-of-trading-does-not-move",
        "Copper futures on the Shanghai Futures Exchange fell 1.1%, while zinc on the Shanghai"
        " Futures Exchange edged up 0.2%.",
        (
            ("security", "Copper futures"),
            ("organization", "Shanghai Futures Exchange", {"org_type": "exchange"}),
            ("percent", "1.1%"),
            ("percent", "0.2%"),
        ),
        (("Copper futures", "down", -1.1),),
    ),
    MoveCase(
        "a-cumulative-figure",
        "Over the past week, the Harbour Tech ETF has risen by a cumulative 6.4%.",
        (("security", "Harbour Tech ETF"), ("percent", "6.4%")),
        (("Harbour Tech ETF", "up", 6.4),),
    ),
    MoveCase(
        "weak-and-under-pressure-are-down",
        "Brokerage stocks were broadly weak; utilities came under heavy pressure.",
        (("sector", "Brokerage"), ("sector", "utilities")),
        (("Brokerage", "down", None), ("utilities", "down", None)),
    ),
    MoveCase(
        "the-daily-limit-gives-its-figure",
        "Bolt Robotics rose by the daily limit of 20%, and Delta Chips hit the 10% daily limit.",
        (("security", "Bolt Robotics"), ("security", "Delta Chips"), ("percent", "20%"), ("percent", "10%")),
        (("Bolt Robotics", "up", 20.0), ("Delta Chips", "up", 10.0)),
    ),
    MoveCase(
        "among-a-sector-the-name-after-the-comma-moves",
        "Among liquor stocks, Kite Holdings climbed 5.25%.",
        (("sector", "liquor"), ("security", "Kite Holdings"), ("percent", "5.25%")),
        (("Kite Holdings", "up", 5.25),),
    ),
    MoveCase(
        "an-unknown-name-after-a-comma-does-not-inherit-the-sector",
        "The robotics sector rose 2%, and Zentro climbed 7% this week.",
        (("sector", "robotics"), ("percent", "2%"), ("percent", "7%")),
        (("robotics", "up", 2.0),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_movements(case: MoveCase) -> None:
    assert moves_of(case.text, "en", case.entities) == list(case.expected)


def test_a_level_goes_into_level_not_into_change() -> None:
    text = (
        "The Hang Seng Index closed up 1.2% at 19,870.5 points; "
        "the CSI 300 Index closed at 3,650.2 points, down 0.4%."
    )
    found = find_movements(
        context(text, "en"),
        entities_at(
            text,
            (
                ("index", "Hang Seng Index"),
                ("index", "CSI 300 Index"),
                ("percent", "1.2%"),
                ("percent", "0.4%"),
            ),
        ),
    )
    assert [(m.subject.text if m.subject else None, m.change, m.level) for m in found] == [
        ("Hang Seng Index", 1.2, Level(value=19870.5, unit="points")),
        ("CSI 300 Index", -0.4, Level(value=3650.2, unit="points")),
    ]


def test_a_bare_number_after_an_index_is_in_points_and_stays_in_its_sentence() -> None:
    text = "The Metro Index added 0.4 per cent to 19,870.55. Nova Foods added 1.1%.\n"
    text += "Lumo Energy fell 2% to 17,800.5."
    specs: tuple[Spec, ...] = (
        ("index", "Metro Index"),
        ("security", "Nova Foods"),
        ("security", "Lumo Energy"),
        ("percent", "0.4 per cent"),
        ("percent", "1.1%"),
        ("percent", "2%"),
    )
    found = find_movements(context(text, "en"), entities_at(text, specs))
    assert [m.level for m in found] == [
        Level(value=19870.55, unit="points"),
        None,
        Level(value=17800.5, unit=None),
    ]


def test_a_level_before_the_subject_is_the_last_move_s() -> None:
    text = "The Metro Index closed up 0.5% at 3,210.4 points, the Harbour Index rose 0.9%."
    specs: tuple[Spec, ...] = (
        ("index", "Metro Index"),
        ("index", "Harbour Index"),
        ("percent", "0.5%"),
        ("percent", "0.9%"),
    )
    found = find_movements(context(text, "en"), entities_at(text, specs))
    assert [(m.subject.text if m.subject else None, m.level) for m in found] == [
        ("Metro Index", Level(value=3210.4, unit="points")),
        ("Harbour Index", None),
    ]


def test_a_price_reached_is_a_level_in_its_currency() -> None:
    text = "Galaxy Leisure jumped 6.1 per cent to HK$41.30."
    specs: tuple[Spec, ...] = (
        ("security", "Galaxy Leisure"),
        ("percent", "6.1 per cent"),
        ("money", "HK$41.30", 41.3, 41.3, "HKD"),
    )
    (move,) = find_movements(context(text, "en"), entities_at(text, specs))
    assert (move.change, move.level) == (6.1, Level(value=41.3, unit="HKD"))


def test_percentage_points_are_flagged() -> None:
    text = "The Metro Index was up 0.5 percentage points."
    (move,) = find_movements(
        context(text, "en"),
        entities_at(text, (("index", "Metro Index"), ("percent", "0.5 percentage points"))),
    )
    assert (move.change, move.percentage_points) == (0.5, True)


def test_a_figure_is_read_from_the_text_when_no_percent_entity_is_there() -> None:
    text = "Acme Motors fell 1.75% in late trade."
    assert moves_of(text, "en", (("security", "Acme Motors"),)) == [("Acme Motors", "down", -1.75)]


@pytest.mark.parametrize("text", ["", "   ", "\x00\ud800 fell 5%", "rose " * 2000, "%" * 50, "１２％ fell"])
def test_odd_input_does_not_crash(text: str) -> None:
    assert isinstance(find_movements(context(text, "en"), []), list)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks rose 1%. The index fell.", ["Stocks rose 1%.", "The index fell."]),
        (
            "U.S. stocks rose on Aug. 27 as Mr. Li spoke. Then they fell.",
            ["U.S. stocks rose on Aug. 27 as Mr. Li spoke.", "Then they fell."],
        ),
        ("The ETF rose 0.72% today.\nHeadline line", ["The ETF rose 0.72% today.", "Headline line"]),
        ("Group 1 - The sector rose - Group 2", ["Group 1", "The sector rose", "Group 2"]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text, "en")] == expected


def test_headline_lines_are_marked() -> None:
    text = "Stocks close higher\n\nStocks rose 1% on Friday."
    assert [(s.line, s.title) for s in split_sentences(text, "en")] == [(0, True), (2, False)]


CUE_CHECKLIST = [
    ("closed mixed", "neutral"),
    ("ended 0.33 per cent, or 10.2 points higher", "up_pre"),
    ("’s 12% rise", "up_pre"),
    ("finished 2% lower", "down_pre"),
    ("closed flat", "flat"),
    ("remained unchanged", "flat"),
    ("little changed", "flat"),
    ("surpassing 3800 points", "up"),
    ("broke above the 3,000 mark", "up"),
    ("opened higher", "up"),
    ("fluctuated slightly higher", "up"),
    ("closed up", "up"),
    ("continued to strengthen", "up"),
    ("shot up", "up"),
    ("hit the daily limit", "up"),
    ("limit-up", "up"),
    ("led the gains", "up"),
    ("were among the top gainers", "up"),
    ("performed strongly", "up"),
    ("strong performance", "up"),
    ("remained resilient", "up"),
    ("staged a strong rebound", "up"),
    ("narrowed their gains", "up"),
    ("extended its gains", "up"),
    ("recouped earlier losses", "up"),
    ("turned positive", "up"),
    ("rallied", "up"),
    ("outperformed", "up"),
    ("fell below 3,000 points", "down"),
    ("opened lower", "down"),
    ("continued to weaken", "down"),
    ("hit limit-down", "down"),
    ("led the declines", "down"),
    ("top losers", "down"),
    ("performed poorly", "down"),
    ("suffered a sharp sell-off", "down"),
    ("pared its losses", "down"),
    ("wiped out its gains", "down"),
    ("turned negative", "down"),
    ("lost ground", "down"),
    ("plummeted", "down"),
    ("with a rise", "up_fig"),
    ("was up", "up_fig"),
    ("added", "up_fig"),
    ("higher by", "up_fig"),
    ("logged losses", "down_fig"),
    ("shed", "down_fig"),
    ("lower by", "down_fig"),
    ("rises", "up_strict"),
    ("rebounds", "up_strict"),
    ("retreats", "down_strict"),
    ("gains", "up_adj"),
    ("losses", "down_adj"),
    ("lifted by", "up_after"),
    ("weighed down by", "down_after"),
]


@pytest.mark.parametrize(("phrase", "group"), CUE_CHECKLIST, ids=[p for p, _ in CUE_CHECKLIST])
def test_every_cue_is_reached_through_its_first_word(phrase: str, group: str) -> None:
    text = f"X {phrase} today"
    starts = cue_starts(nlp("en")(text), text, en.MOVE_START, en.MOVE_FIRST_WORDS)
    found = list(scan_cues(en.MOVE_CUE, starts, text, 0, len(text)))
    assert [(m.group(), m.lastgroup) for m in found][:1] == [(phrase.removeprefix("X"), group)]
