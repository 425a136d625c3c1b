"""Hostile input: no crash, no hang, time linear in size, no network."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

import finbulletin

#: Each builds an adversarial text of about ``n`` characters.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "7" * n,
    "digit-groups": lambda n: "1," * (n // 2),
    "decimals": lambda n: "1." * (n // 2),
    "spaced-digits": lambda n: "1 " * (n // 2),
    "dollars": lambda n: "$" * n,
    "dollar-numbers": lambda n: "$1 " * (n // 3),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "full-width-brackets": lambda n: "（（）" * (n // 3),
    "between-and": lambda n: "between 1 and " * (n // 14),
    "to-ranges": lambda n: "5 to " * (n // 5),
    "no-spaces": lambda n: "abcdefghij" * (n // 10),
    "capitalised-words": lambda n: "Alpha Beta " * (n // 11),
    "list-of-names": lambda n: "Acme, " * (n // 6),
    "mixed-scripts": lambda n: "中a1%亿$（" * (n // 7),
    "zero-width": lambda n: "\u200b\u200d\ufeff" * (n // 3),
    "controls": lambda n: "".join(chr(c) for c in range(32)) * (n // 32),
    "full-width-digits": lambda n: "１２３４５６７８９０．" * (n // 11),
    "han-units": lambda n: "万亿" * (n // 2),
    "percent-words": lambda n: "百分之" * (n // 3),
    "years": lambda n: "2025年" * (n // 5),
    "quarters": lambda n: "Q1 " * (n // 3),
    "index-words": lambda n: "Index " * (n // 6),
    "reporting-verbs": lambda n: "said that " * (n // 10),
    "newlines": lambda n: "\n" * n,
}


def _seconds(parser: finbulletin.Parser, text: str) -> float:
    start = time.perf_counter()
    bulletin = parser.parse(text, published="2025-11-11")
    elapsed = time.perf_counter() - start
    for item in bulletin.entities:
        assert text[item.start : item.end] == item.text
    return elapsed


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_time_grows_linearly(parser: finbulletin.Parser, name: str) -> None:
    build = ADVERSARIAL[name]
    small, large = build(2_000), build(16_000)
    _seconds(parser, small)  # warm up
    t_small = min(_seconds(parser, small) for _ in range(2))
    t_large = _seconds(parser, large)
    # 8x the text; a linear parser takes about 8x the time. The bound is generous (machines
    # are noisy) but a quadratic pattern (64x) or a hang fails it.
    assert t_large < 24 * t_small + 0.75, f"{name}: {t_small:.3f}s for 2k chars, {t_large:.3f}s for 16k"


@pytest.mark.slow
def test_a_megabyte_without_spaces_parses(parser: finbulletin.Parser) -> None:
    text = "涨跌ETF指数Index1.5%" * 63_000
    assert len(text) > 1_000_000
    assert _seconds(parser, text) < 60


def test_parsing_uses_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("finbulletin tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    parser = finbulletin.Parser()  # builds both pipelines from scratch below
    assert parser.parse("The CSI 300 Index rose 1.2%.").language == "en"
    assert parser.parse("沪深300指数上涨1.2%。").language == "zh"
