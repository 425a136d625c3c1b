"""Patterns tried only at their keys find what their own scan finds.

``relations.sentences.key_starts`` gives the offsets where a pattern of a language pack
may start (``CLAUSE_GUARD_KEYS``, ``FORWARD_KEYS``); the finders try the pattern only
there. These tests hold every alternative of those patterns to its keys.
"""

from __future__ import annotations

import pytest
import regex

from finbulletin.lang.en import relations as en
from finbulletin.relations.sentences import key_starts, scan_cues

#: A phrase for every alternative of the English clause guard (forecast words, metrics,
#: year-on-year) and of the forward words, in several casings.
GUARD_PHRASES = """
will would could might should shall may expects expected expecting forecasts forecasting
projects projected projecting predicts predicted estimates estimated anticipates anticipated
likely poised targets potential aims hopes if unless noting bullish bearish believes envisions
volumes turnover transaction amount trading value revenues sales profits earnings net income
EPS margins exports imports output capex capital expenditures expenditure spending inflows
outflows holdings weightings weights stakes shareholdings ratio ROE yields dividends GDP CPI
PPI PMI growth rate deposits loans assets users shipments orders financing purchases central
parity exchange rate interest rates rate borrowing costs valuations accounts ADV sentiment
inventory inventories demand capacity utilisation utilization penetration YoY y/y
year-on-year year over year
""".split("\n")  # noqa: SIM905 (lines of phrases read better as text)

FORWARD_PHRASES = """
will won't would could might should shall may expects expectation forecasts projected
projecting projections predicted estimates anticipated envisions envisaged foresees likely
unlikely set to poised to on track to going forward in the long run over the medium-term
for the near term long-term longer-term in the near future in the future outlook upside ahead
target price price target TP target targets to continue to face to reach to exceed to surpass
next year next two quarters coming months coming few decades recommends rating overweight
underweight outperform upgraded downgrades
""".split("\n")  # noqa: SIM905 (lines of phrases read better as text)


def _texts(phrases: list[str]) -> list[str]:
    lines = [line for line in phrases if line.strip()]
    out = []
    for line in lines:
        for text in (line, line.upper(), line.title(), f"({line}), x-{line}; «{line}»"):
            out.append(f"It {text}.")
    return out


@pytest.mark.parametrize(
    ("pattern", "keys", "phrases"),
    [(en.CLAUSE_GUARD, en.CLAUSE_GUARD_KEYS, GUARD_PHRASES), (en.FORWARD, en.FORWARD_KEYS, FORWARD_PHRASES)],
    ids=["clause_guard", "forward"],
)
def test_every_english_match_starts_at_a_key(
    pattern: regex.Pattern[str], keys: frozenset[str], phrases: list[str]
) -> None:
    for text in _texts(phrases):
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected, text
        starts = key_starts(text, keys, words=True)
        for lo, hi in [(0, len(text)), (3, len(text) - 1), (5, 20)]:
            found = [m.span() for m in scan_cues(pattern, starts, text, lo, hi)]
            assert found == [m.span() for m in pattern.finditer(text, lo, hi)], text


def test_a_text_that_reads_otherwise_in_lower_case_gets_every_word_start() -> None:
    text = "İt will riſe; ſales rose"
    starts = key_starts(text, frozenset({"will"}), words=True)
    assert starts == [0, 3, 8, 14, 20]
    assert [m.group() for m in scan_cues(en.CLAUSE_GUARD, starts, text, 0, len(text))] == [
        m.group() for m in en.CLAUSE_GUARD.finditer(text)
    ]


def test_no_keys_lets_the_pattern_scan() -> None:
    assert key_starts("预计", None, words=False) is None
    assert [m.group() for m in scan_cues(regex.compile("预计"), None, "将预计", 0, 3)] == ["预计"]
