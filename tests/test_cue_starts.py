"""English cue starts without a full spaCy Doc agree with spaCy's tokens.

``relations.sentences.cue_starts`` takes a first word standing in a plain stretch (one
opening mark, the word, a possessive, closing marks) as a token without asking spaCy,
and finds candidates only at runs of letters and at "'s". These tests hold both
shortcuts to what the English tokenizer really does, so that a spaCy upgrade that
splits differently fails here rather than changing the cues found.
"""

from __future__ import annotations

import functools
import itertools

import pytest
from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc

from finbulletin.api import _spacy_safe
from finbulletin.context import Context
from finbulletin.lang.en import relations as en
from finbulletin.relations.sentences import _PLAIN_STRETCH, cue_starts
from finbulletin.tokenizer import LongRunGuard, make_nlp

FIRST_WORDS = en.MOVE_FIRST_WORDS | en.REPORT_FIRST_WORDS
WORDS = sorted(w for w in FIRST_WORDS if w.isalpha())
OPENINGS = ["", "(", '"', "“", "‘", "'", "[", "—", "*", "$"]
CLOSINGS = ["", ",", ".", ";", ":", "!", "?", ")", '"', "”", "’", "'", "—"]
CLOSINGS += ["),", ").", ".)", '."', ".”", ",”", '",', "”,", "..."]
POSSESSIVES = ["", "'s", "’s", "'S", "’S"]


@functools.cache
def nlp() -> SpacyLanguage:
    return make_nlp("en")


def tokenize(text: str) -> Doc:
    return nlp()(_spacy_safe(text))


def spacy_starts(text: str) -> list[int]:
    return [t.idx for t in tokenize(text) if t.lower_ in FIRST_WORDS]


def quick_starts(text: str) -> list[int]:
    """Cue starts through a context that has no Doc and may not make one."""

    def no_whole_doc(piece: str) -> Doc:
        assert piece != text or len(text.split()) == 1, "the whole text was tokenized"
        return tokenize(piece)

    return cue_starts(Context(text, "en", None, tokenizer=no_whole_doc), text, None, FIRST_WORDS)


def casings(word: str) -> list[str]:
    return [word, word.capitalize(), word.upper()]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_every_first_word_before_closing_marks_is_a_token(closing: str) -> None:
    texts = [f"x {w}{closing} y" for word in WORDS for w in casings(word)]
    assert [t for t in texts if quick_starts(t) != spacy_starts(t)] == []


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_first_word_in_a_plain_stretch_is_a_token(opening: str) -> None:
    texts = [
        f"x {opening}{w}{poss}{closing} y"
        for word, poss, closing in itertools.product(WORDS[::15], POSSESSIVES, CLOSINGS)
        for w in casings(word)
    ]
    assert [t for t in texts if quick_starts(t) != spacy_starts(t)] == []


@pytest.mark.parametrize("closing", ["", ".", "'s)"])
def test_a_first_word_in_a_hyphenated_stretch_is_a_token(closing: str) -> None:
    partners = ["high", "Year", "UP", "a", "A", "Rose"]
    texts = [
        f"x {stretch}{closing} y"
        for word in WORDS[::3]
        for w in casings(word)
        for p in partners
        for stretch in (f"{p}-{w}", f"{w}-{p}", f"{p}-{w}-{p}")
    ]
    assert [t for t in texts if quick_starts(t) != spacy_starts(t)] == []


def test_no_tokenizer_exception_is_a_plain_stretch() -> None:
    """spaCy keeps its exceptions whole; none may look like a plain hyphenated stretch."""
    guard = nlp().tokenizer
    assert isinstance(guard, LongRunGuard)
    assert [key for key in guard.tokenizer.rules if "-" in key and _PLAIN_STRETCH.fullmatch(key)] == []


@pytest.mark.parametrize("possessive", POSSESSIVES[1:])
def test_a_possessive_after_a_plain_word_is_a_token(possessive: str) -> None:
    bases = ["Acme", "acme", "ACME", "It", "it", "Let", "That", "Who", "s", "S", "US", "China", "A"]
    bases += [w for word in WORDS[::40] for w in casings(word)]
    wrong = [
        text
        for base, opening, closing in itertools.product(bases, OPENINGS, CLOSINGS)
        for text in [f"Shares of {opening}{base}{possessive}{closing} rose"]
        if quick_starts(text) != spacy_starts(text)
    ]
    assert wrong == []


def test_every_first_word_token_of_a_special_case_is_a_candidate() -> None:
    """spaCy's exceptions ("isn't", "Let's") split only at places the candidates cover."""
    guard = nlp().tokenizer
    assert isinstance(guard, LongRunGuard)
    wrong = [
        key
        for key in guard.tokenizer.rules
        if not key.isspace() and quick_starts(f"x {key} y") != spacy_starts(f"x {key} y")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose-colored, isn't it? The index wasnt up; it's well-said (really).",
        "See www.example.com/rose and mail@fell.com; ROSE, Rose, rOSE, rose's, U.S.-listed",
        "The index rose.then fell…and ended-2026 higher\u00a0up\u2009down\u3000closed",
        "Zenith Air's 12 per cent rise; McDonald’s gains; 1990's lows; 's alone; x)'s",
        "rose\ud800fell, " + "a" * 300 + "rose " + "(" * 250 + "fell",
    ],
)
def test_odd_stretches_are_read_as_spacy_reads_them(text: str) -> None:
    assert quick_starts(text) == spacy_starts(text)
