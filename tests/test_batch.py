"""parse_many: input order, laziness, worker processes, errors in order, argument checks."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import pytest

import finbulletin
from finbulletin import batch
from finbulletin.models import Bulletin

#: Our own short bulletins in both languages; repeated to fill several chunks.
TEXTS = (
    "The CSI 300 Index rose 1.2% on 2026-03-02.",
    "沪深300指数上涨1.2%，收于3880.5点。",
    "Acme Securities expects $5 to $7 trillion of demand between 2027 and 2030.",
    "",
    "芯片ETF(512760)下跌1.64%",
    "Stocks closed flat today.",
)


def dumps(bulletins: Iterator[Bulletin] | list[Bulletin]) -> list[tuple[dict[str, object], str]]:
    return [(b.model_dump(mode="json"), b.text) for b in bulletins]


def counting(texts: list[str], seen: list[int]) -> Iterator[str]:
    for i, text in enumerate(texts):
        seen[0] = i + 1
        yield text


def test_in_process_results_equal_parse_in_input_order(parser: finbulletin.Parser) -> None:
    expected = dumps([parser.parse(t, published="2026-03-02") for t in TEXTS])
    assert dumps(parser.parse_many(TEXTS, published="2026-03-02")) == expected
    assert dumps(finbulletin.parse_many(TEXTS, published="2026-03-02")) == expected


def test_language_is_passed_on(parser: finbulletin.Parser) -> None:
    assert [b.language for b in parser.parse_many(TEXTS, language="zh")] == ["zh"] * len(TEXTS)


def test_in_process_parsing_is_lazy(parser: finbulletin.Parser) -> None:
    seen = [0]
    results = parser.parse_many(counting(list(TEXTS) * 100, seen))
    assert seen == [0]
    first = list(islice(results, 2))
    assert len(first) == 2
    assert seen == [2]


def test_small_input_never_starts_workers(
    parser: finbulletin.Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started for one chunk")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    got = parser.parse_many(TEXTS, n_process=2, batch_size=len(TEXTS) + 1)
    assert dumps(got) == dumps(parser.parse(t) for t in TEXTS)
    assert dumps(finbulletin.parse_many(TEXTS, n_process=-1, batch_size=64)) == dumps(
        parser.parse(t) for t in TEXTS
    )


@pytest.mark.slow
def test_worker_processes_keep_input_order_and_read_ahead_little(parser: finbulletin.Parser) -> None:
    texts = [f"{t} ({i})" for i, t in enumerate(list(TEXTS) * 7)]  # 42 distinct texts
    seen = [0]
    results = parser.parse_many(counting(texts, seen), published="2026-03-02", n_process=2, batch_size=3)
    first = next(results)
    assert seen[0] <= 3 * (2 * 2 + 1)  # the chunks in flight, and the one being cut
    got = [first, *results]
    assert dumps(got) == dumps(parser.parse(t, published="2026-03-02") for t in texts)


@pytest.mark.slow
def test_an_error_in_a_worker_comes_after_the_texts_before_it() -> None:
    small = finbulletin.Parser(max_length=50)  # workers must use this parser's settings
    texts = ["Stocks rose."] * 7 + ["x" * 51] + ["Stocks fell."] * 10
    got: list[Bulletin] = []
    with pytest.raises(finbulletin.TextTooLongError, match="max_length=50"):
        got.extend(small.parse_many(texts, n_process=2, batch_size=2))
    assert [b.text for b in got] == ["Stocks rose."] * 7


def test_an_error_in_process_comes_after_the_texts_before_it(parser: finbulletin.Parser) -> None:
    got: list[Bulletin] = []
    with pytest.raises(finbulletin.InputTypeError, match="decode it first"):
        got.extend(parser.parse_many(["Stocks rose.", b"bytes", "Stocks fell."]))  # type: ignore[list-item]
    assert [b.text for b in got] == ["Stocks rose."]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"n_process": 0}, "n_process must be a positive number"),
        ({"n_process": -2}, "n_process must be a positive number"),
        ({"batch_size": 0}, "batch_size must be a positive number"),
    ],
    ids=["no-processes", "negative-processes", "empty-batches"],
)
def test_bad_options_are_refused_at_once(
    parser: finbulletin.Parser, options: dict[str, int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        parser.parse_many(TEXTS, **options)  # raised before the first result is asked for
