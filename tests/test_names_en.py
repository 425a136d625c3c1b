"""English names: text in, index/sector/security/organization entities out (recognizers/names.py).

Each case lists every name entity the recognizer must return for its sentence, in text
order, as (kind, text, canonical name, code, lexicon id). Names from the packaged
lexicons are linked to their rows; names the lexicon does not know are found by their
context and carry the surface text as their name.
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
        "The CSI 300 Index rose 1.2% while the Hang Seng Index fell.",
        (
            Want("index", "CSI 300 Index", "CSI 300 Index", "000300", "idx.csi300"),
            Want("index", "Hang Seng Index", "Hang Seng Index", "HSI", "idx.hsi"),
        ),
    ),
    Case(
        "unknown-index-with-code",
        "The CSI Cloud Robotics Theme Index (931999) slipped 0.8%.",
        (Want("index", "CSI Cloud Robotics Theme Index", "CSI Cloud Robotics Theme Index", "931999"),),
    ),
    Case(
        "short-index-name-lower-case",
        "The smaller Shenzhen index added 0.3 percent.",
        (Want("index", "Shenzhen index", "Shenzhen index"),),
    ),
    Case("group-phrase-is-not-an-index", "The three major indices opened lower.", ()),
    Case(
        "and-inside-an-index-name",
        "The CSI Glass Fibre and Composite Materials Index (931999) rose, as did the CSI 300 Index"
        " and CSI 500 Index.",
        (
            Want(
                "index",
                "CSI Glass Fibre and Composite Materials Index",
                "CSI Glass Fibre and Composite Materials Index",
                "931999",
            ),
            Want("index", "CSI 300 Index", "CSI 300 Index", "000300", "idx.csi300"),
            Want("index", "CSI 500 Index", "CSI 500 Index", "000905", "idx.csi500"),
        ),
    ),
    Case(
        "the-written-code-picks-the-listing-for-every-mention",
        "BYD (002594.SZ) rose 3% in Shenzhen; its Hong Kong-listed shares (01211.HK) gained 4%."
        " BYD shares have doubled.",
        (
            Want("security", "BYD", "BYD", "002594", "stk.szse.002594"),
            Want("security", "01211.HK", "BYD", "01211", "stk.hkex.01211"),
            Want("security", "BYD", "BYD", "002594", "stk.szse.002594"),
        ),
    ),
    Case(
        "futures-at-a-line-start-and-an-unlisted-exchange",
        "Summary\n\nCopper futures on the Shanghai Futures Exchange fell 1.1%.",
        (
            Want("security", "Copper futures", "Copper futures"),
            Want("organization", "Shanghai Futures Exchange", "Shanghai Futures Exchange", id="org.shfe"),
        ),
    ),
    Case(
        "later-mentions-of-a-name-found-by-context",
        "Acme Robotics (688999) rose 3%. Later, Acme Robotics said it would expand.",
        (
            Want("security", "Acme Robotics", "Acme Robotics", "688999"),
            Want("organization", "Acme Robotics", "Acme Robotics"),
        ),
    ),
    Case("economic-indicator-is-not-an-index", "The Consumer Price Index rose 0.3% in May.", ()),
    Case("board-is-not-the-index", "Stocks listed on the ChiNext board rallied.", ()),
    # --- sectors -------------------------------------------------------------------------
    Case(
        "sector-cues",
        "Brokerage stocks rallied and the semiconductor sector slipped.",
        (
            Want("sector", "Brokerage", "brokerage", id="sec.brokerage"),
            Want("sector", "semiconductor", "semiconductors", id="sec.semiconductors"),
        ),
    ),
    Case("common-word-without-cue", "Gold prices hit a record high on Monday.", ()),
    Case(
        "assets-is-a-sector-cue",
        "Investors rotated into dividend assets.",
        (Want("sector", "dividend", "high dividend", id="sec.high_dividend"),),
    ),
    Case(
        "list-of-sectors-shares-one-cue",
        "Bank and insurance shares gained.",
        (
            Want("sector", "Bank", "banks", id="sec.banks"),
            Want("sector", "insurance", "insurance", id="sec.insurance"),
        ),
    ),
    Case(
        "concept-stocks",
        "CPO concept stocks climbed early in the session.",
        (Want("sector", "CPO", "co-packaged optics", id="sec.cpo"),),
    ),
    Case(
        "related-keeps-its-suffix",
        "Oil-related stocks lost ground.",
        (Want("sector", "Oil-related", "petroleum", id="sec.petroleum"),),
    ),
    Case(
        "unknown-sector-before-cue",
        "The seaweed processing sector jumped 3%.",
        (Want("sector", "seaweed processing", "seaweed processing"),),
    ),
    # --- securities and organizations ------------------------------------------------------
    Case(
        "broker-acts",
        "CITIC Securities expects the market to recover next year.",
        (Want("organization", "CITIC Securities", "CITIC Securities", id="org.citic_securities"),),
    ),
    Case(
        "broker-stock-moves",
        "CITIC Securities rose 2% in the afternoon.",
        (Want("security", "CITIC Securities", "CITIC Securities", "600030", "stk.sse.600030"),),
    ),
    Case(
        "foreign-company-speaks",
        "Nvidia said demand for its chips remains strong.",
        (Want("organization", "Nvidia", "Nvidia", id="org.nvidia"),),
    ),
    Case(
        "foreign-company-stock",
        "Nvidia shares fell 3% overnight.",
        (Want("security", "Nvidia", "Nvidia", "NVDA", "stk.nasdaq.nvda"),),
    ),
    Case(
        "target-price-for",
        "Goldman Sachs raised its target price for Tencent.",
        (
            Want("organization", "Goldman Sachs", "Goldman Sachs", id="org.goldman_sachs"),
            Want("security", "Tencent", "Tencent Holdings", "00700", "stk.hkex.00700"),
        ),
    ),
    Case(
        "code-in-text-wins",
        "Tencent (00700.HK) fell 1%.",
        (Want("security", "Tencent", "Tencent Holdings", "00700", "stk.hkex.00700"),),
    ),
    # --- names found by their context ----------------------------------------------------
    Case(
        "unknown-name-with-code",
        "Shares of Acme Robotics (688999) surged 20%.",
        (Want("security", "Acme Robotics", "Acme Robotics", "688999"),),
    ),
    Case(
        "venue-and-code",
        "Hillside Chemicals (Shenzhen: 300999) hit the daily limit.",
        (Want("security", "Hillside Chemicals", "Hillside Chemicals", "300999"),),
    ),
    Case(
        "listing-suffix",
        "Moore Vision -U (688795) jumped.",
        (Want("security", "Moore Vision -U", "Moore Vision -U", "688795"),),
    ),
    Case(
        "unknown-etf",
        "The Huabao Robotics ETF (562500) rose 1%.",
        (Want("security", "Huabao Robotics ETF", "Huabao Robotics ETF", "562500"),),
    ),
    Case(
        "holdings-list",
        "Its top holdings include Alpha Power, Beta Chips and Gamma Data.",
        (
            Want("security", "Alpha Power", "Alpha Power"),
            Want("security", "Beta Chips", "Beta Chips"),
            Want("security", "Gamma Data", "Gamma Data"),
        ),
    ),
    Case(
        "etc-list-led-the-gains",
        "Among its holdings, Delta Optics, Epsilon Cloud, etc., led the gains.",
        (
            Want("security", "Delta Optics", "Delta Optics"),
            Want("security", "Epsilon Cloud", "Epsilon Cloud"),
        ),
    ),
    Case(
        "institution-suffix",
        "Red Maple Securities projects a net profit of 1 billion yuan.",
        (Want("organization", "Red Maple Securities", "Red Maple Securities"),),
    ),
    Case(
        "sources",
        "Demand is strong, according to Acme Research. Data from Zeta Analytics showed inflows.",
        (
            Want("organization", "Acme Research", "Acme Research"),
            Want("organization", "Zeta Analytics", "Zeta Analytics"),
        ),
    ),
    Case("bare-code", "512999 tracks the index.", (Want("security", "512999", "512999", "512999"),)),
    Case(
        "bare-code-of-a-known-security",
        "The fund's largest holding is 600519.SH.",
        (Want("security", "600519.SH", "Kweichow Moutai", "600519", "stk.sse.600519"),),
    ),
    Case(
        "futures-contract",
        "The main contract for nickel futures rose 2%.",
        (Want("security", "nickel futures", "nickel futures"),),
    ),
    Case("person-is-not-an-organization", "Zhou said the rally would last.", ()),
    Case("title-case-headline", "China Stocks Close Higher As Brokerage Group Rallies", ()),
]


@pytest.fixture(scope="module")
def recognizer() -> NameRecognizer:
    return NameRecognizer(load_packaged(), "en")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_names_en(case: Case, recognizer: NameRecognizer) -> None:
    found = recognizer(context(case.text, "en"))
    assert all(case.text[e.start : e.end] == e.text for e in found)
    assert tuple(project(e) for e in found) == case.expected


def test_every_mention_gets_the_written_code(recognizer: NameRecognizer) -> None:
    text = "The Omega Lasers ETF rose. Later the Omega Lasers ETF (159998) fell."
    codes = [
        getattr(e, "code", None) for e in recognizer(context(text, "en")) if e.text == "Omega Lasers ETF"
    ]
    assert codes == ["159998", "159998"]
