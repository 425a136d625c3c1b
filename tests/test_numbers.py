"""English numerals and scale words (finbulletin/numbers.py): tables of text -> value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
import regex

from finbulletin.numbers import (
    DECIMAL_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    iter_numbers,
    parse_decimal,
    parse_number,
    scale_value,
    scaled,
    words_to_number,
)


@dataclass(frozen=True)
class Reading:
    """One text read by one function, and the value expected (None: not a number)."""

    read: Callable[[str], float | None]
    text: str
    value: float | None

    @property
    def id(self) -> str:
        return f"{self.read.__name__}:{self.text[:24] or 'empty'}"


READINGS = [
    Reading(parse_decimal, "7", 7.0),
    Reading(parse_decimal, "0.56", 0.56),
    Reading(parse_decimal, "3,912.46", 3912.46),
    Reading(parse_decimal, "12,480", 12480.0),
    Reading(parse_decimal, "1,000,000", 1e6),
    Reading(parse_decimal, ".5", 0.5),
    Reading(parse_decimal, "３．５", 3.5),
    Reading(parse_decimal, "１，２００", 1200.0),
    Reading(parse_decimal, "", None),
    Reading(parse_decimal, "abc", None),
    Reading(parse_decimal, "1.2.3", None),
    Reading(parse_decimal, "-5", None),
    Reading(parse_decimal, "1e5", None),
    Reading(parse_decimal, "9" * 400, None),
    Reading(words_to_number, "one", 1.0),
    Reading(words_to_number, "Eleven", 11.0),
    Reading(words_to_number, "forty five", 45.0),
    Reading(words_to_number, "forty-five", 45.0),
    Reading(words_to_number, "a hundred", 100.0),
    Reading(words_to_number, "an hundred", 100.0),
    Reading(words_to_number, "two hundred and fifty", 250.0),
    Reading(words_to_number, "a billion", 1e9),
    Reading(words_to_number, "five million", 5e6),
    Reading(words_to_number, "nineteen hundred", 1900.0),
    Reading(words_to_number, "three million two hundred thousand", 3.2e6),
    Reading(words_to_number, "one hundred and twenty three thousand four hundred", 123400.0),
    Reading(words_to_number, "zero", 0.0),
    Reading(words_to_number, "five six", None),
    Reading(words_to_number, "twenty thirty", None),
    Reading(words_to_number, "fifteen two", None),
    Reading(words_to_number, "thousand million", None),
    Reading(words_to_number, "hundred hundred", None),
    Reading(words_to_number, "five dozen", None),
    Reading(words_to_number, "a", None),
    Reading(words_to_number, "", None),
    Reading(scale_value, "thousand", 1e3),
    Reading(scale_value, "K", 1e3),
    Reading(scale_value, "million", 1e6),
    Reading(scale_value, "Millions", 1e6),
    Reading(scale_value, "mn", 1e6),
    Reading(scale_value, "mln", 1e6),
    Reading(scale_value, "M", 1e6),
    Reading(scale_value, "billion", 1e9),
    Reading(scale_value, "bn", 1e9),
    Reading(scale_value, "B", 1e9),
    Reading(scale_value, "trillion", 1e12),
    Reading(scale_value, "tn", 1e12),
    Reading(scale_value, "trn", 1e12),
    Reading(scale_value, "hundred million", 1e8),
    Reading(scale_value, "hundred  thousand", 1e5),
    Reading(scale_value, "mn.", 1e6),
    Reading(scale_value, "dozen", None),
    Reading(scale_value, "", None),
    Reading(scale_value, "s", None),
    Reading(parse_number, "1,250", 1250.0),
    Reading(parse_number, "twenty", 20.0),
    Reading(parse_number, "n/a", None),
]


@pytest.mark.parametrize("reading", READINGS, ids=[r.id for r in READINGS])
def test_reading(reading: Reading) -> None:
    assert reading.read(reading.text) == reading.value


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [(318.45, 1e6, 318450000.0), (1.87, 1e12, 1.87e12), (1.3, None, 1.3), (-678.0, 1e6, -6.78e8)],
)
def test_scaled_keeps_written_digits(number: float, scale: float | None, value: float) -> None:
    assert scaled(number, scale) == value


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("up 0.5% to 7.2 billion yuan", ["0.5", "7.2"]),
        ("Five million and a hundred", ["Five million", "a hundred"]),
        ("someone often won", []),
        ("v1.2.3 and .75", ["1.2", ".75"]),
        ("HKD210 (01234.HK)", ["210", "01234"]),
        ("FORTY-TWO", ["FORTY-TWO"]),
        ("", []),
    ],
)
def test_iter_numbers(text: str, numbers: list[str]) -> None:
    assert [m.group() for m in iter_numbers(text)] == numbers


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
