"""Coverage-guided fuzzing of ``finbulletin.parse`` with atheris.

Run for ten minutes (not part of CI)::

    pip install atheris
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600 -rss_limit_mb=4096

Each input is turned into a text (any code points, lone surrogates included), a language
override and a reference date. A crash, a wrong offset or a non-deterministic result stops
the run and leaves a ``crash-*`` file; turn it into a test in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports(include=["finbulletin"]):
    import finbulletin

LANGUAGES = (None, "en", "zh")
PARSER = finbulletin.Parser()


def check(text: str, language: str | None, published: dt.date | None) -> None:
    """Parse once and assert the invariants."""
    bulletin = PARSER.parse(text, language=language, published=published)
    for item in (*bulletin.entities, *bulletin.movements, *bulletin.forecasts):
        if text[item.start : item.end] != item.text:
            raise AssertionError(f"offsets {item.start}:{item.end} do not slice back to {item.text!r}")
    again = PARSER.parse(text, language=language, published=published)
    if again.model_dump() != bulletin.model_dump():
        raise AssertionError("two parses of the same text differ")


def test_one_input(data: bytes) -> None:
    """The fuzz target."""
    fdp = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[fdp.ConsumeIntInRange(0, 2)]
    days = fdp.ConsumeIntInRange(-1, 40_000)
    published = None if days < 0 else dt.date(1990, 1, 1) + dt.timedelta(days=days)
    text = fdp.ConsumeUnicode(fdp.remaining_bytes())
    check(text, language, published)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
