"""English numerals and scale words (finbulletin/numbers.py): tables of text -> value."""

from __future__ import annotations

import pytest
import regex

from finbulletin.numbers import (
    DECIMAL_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    parse_decimal,
    parse_number,
    scale_value,
    scaled,
    words_to_number,
)

DECIMALS = [
    ("7", 7.0),
    ("0.56", 0.56),
    ("4,007.76", 4007.76),
    ("13,610", 13610.0),
    ("1,000,000", 1e6),
    (".5", 0.5),
    ("３．５", 3.5),
    ("１，２００", 1200.0),
    ("", None),
    ("abc", None),
    ("1.2.3", None),
    ("-5", None),
    ("9" * 400, None),
]


@pytest.mark.parametrize(("text", "value"), DECIMALS, ids=[t or "empty" for t, _ in DECIMALS])
def test_parse_decimal(text: str, value: float | None) -> None:
    assert parse_decimal(text) == value


WORDS = [
    ("one", 1.0),
    ("Eleven", 11.0),
    ("forty five", 45.0),
    ("forty-five", 45.0),
    ("a hundred", 100.0),
    ("an hundred", 100.0),
    ("two hundred and fifty", 250.0),
    ("a billion", 1e9),
    ("five million", 5e6),
    ("nineteen hundred", 1900.0),
    ("three million two hundred thousand", 3.2e6),
    ("one hundred and twenty three thousand four hundred", 123400.0),
    ("zero", 0.0),
    ("five six", None),
    ("twenty thirty", None),
    ("fifteen two", None),
    ("thousand million", None),
    ("hundred hundred", None),
    ("five dozen", None),
    ("a", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "value"), WORDS, ids=[t or "empty" for t, _ in WORDS])
def test_words_to_number(text: str, value: float | None) -> None:
    assert words_to_number(text) == value


SCALES = [
    ("thousand", 1e3),
    ("K", 1e3),
    ("million", 1e6),
    ("Millions", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("M", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("B", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
    ("hundred million", 1e8),
    ("hundred  thousand", 1e5),
    ("mn.", 1e6),
    ("dozen", None),
    ("", None),
    ("s", None),
]


@pytest.mark.parametrize(("text", "value"), SCALES, ids=[t or "empty" for t, _ in SCALES])
def test_scale_value(text: str, value: float | None) -> None:
    assert scale_value(text) == value


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [(236.62, 1e6, 236620000.0), (2.06, 1e12, 2.06e12), (1.3, None, 1.3), (-678.0, 1e6, -6.78e8)],
)
def test_scaled_keeps_written_digits(number: float, scale: float | None, value: float) -> None:
    assert scaled(number, scale) == value


@pytest.mark.parametrize(("text", "value"), [("1,250", 1250.0), ("twenty", 20.0), ("n/a", None)])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("source", "text", "match"),
    [
        (DECIMAL_PATTERN, "1,234.5 shares", "1,234.5"),
        (DECIMAL_PATTERN, "1,23 x", "1"),
        (WORD_NUMBER_PATTERN, "two hundred and fifty dollars", "two hundred and fifty"),
        (WORD_NUMBER_PATTERN, "five and seven", "five"),
        (WORD_NUMBER_PATTERN, "a billion yen", "a billion"),
        (SCALE_PATTERN, " million yuan", " million"),
        (SCALE_PATTERN, "M;", "M"),
        (SCALE_PATTERN, " m yuan", None),
        (SCALE_PATTERN, "Ma", None),
    ],
)
def test_patterns_match_at_start(source: str, text: str, match: str | None) -> None:
    found = regex.match(source, text, regex.IGNORECASE | regex.VERBOSE)
    assert (found.group() if found else None) == match
