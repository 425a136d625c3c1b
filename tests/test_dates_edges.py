"""Relative dates at the ends of the calendar are kept as text, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

import finbulletin


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text", ["in the past 1 week, over the next five years, tomorrow, last year", "近1周,未来五年,明日,去年"]
)
def test_relative_dates_off_the_calendar(parser: finbulletin.Parser, text: str, published: dt.date) -> None:
    dates = parser.parse(text, published=published).of_kind("date")
    assert dates, "the date phrases are still found"
    for d in dates:
        assert text[d.start : d.end] == d.text
        if d.start_date is not None:
            assert d.start_date <= (d.end_date or d.start_date)
