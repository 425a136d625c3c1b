"""Invariants that hold for every input: no crash, offsets slice back, determinism, threads."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import finbulletin
from finbulletin.models import Bulletin

#: Fragments of bulletin-like text in both languages, our own wording, to mutate and join.
FRAGMENTS = (
    "The CSI 300 Index rose 1.2% to 3,880.5 points on 2026-03-02.",
    "Acme Securities expects revenue of $5 to $7 trillion between 2027 and 2030.",
    "HK$438 ",
    "US$ 1.5 bn",
    "RMB9.6 billion",
    "(00700.HK)",
    "(688256)",
    "Cambricon -U",
    "over the next five years",
    "in the past 1 week",
    "Q1 2027",
    "the first half of 2025",
    "沪深300指数(000300)上涨1.2%,收于3880.5点。",
    "中信证券预计2027年至2030年需求达5万亿至7万亿美元。",
    "近1周",
    "未来五年",
    "2025年11月11日 09:30",
    "人民币9.623亿元",
    "百分之五",
    "３．５％",
    "约300亿美元",
    "涨超3%",
    "跌停",
    "个百分点",
    "1.28亿元",
    "三千亿元",
    "两到三万港元",
    "(+7.61%)",
    "(-4.72%)",
    "between 1 and ",
    "$",
    "%",
    "亿",
    "(",
    ")",
    "（",
    "）",
    "\u200b",
    "\x00",
    "\ud800",
    "\n\n",
    " - ",
)

fragment_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join)
any_texts = st.one_of(st.text(max_size=300), fragment_texts)


def check_offsets(text: str, bulletin: Bulletin) -> None:
    items = [*bulletin.entities, *bulletin.movements, *bulletin.forecasts]
    for item in items:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for m in bulletin.movements:
        if m.subject is not None:
            assert text[m.subject.start : m.subject.end] == m.subject.text
    for f in bulletin.forecasts:
        assert text[f.source.start : f.source.end] == f.source.text
        for a in f.amounts:
            assert text[a.start : a.end] == a.text
    starts = [e.start for e in bulletin.entities]
    assert starts == sorted(starts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_texts)
def test_any_text_parses_with_valid_offsets(parser: finbulletin.Parser, text: str) -> None:
    check_offsets(text, parser.parse(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fragment_texts, language=st.sampled_from(["en", "zh"]), published=st.dates())
def test_either_grammar_on_any_text(
    parser: finbulletin.Parser, text: str, language: str, published: object
) -> None:
    check_offsets(text, parser.parse(text, language=language, published=published))  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fragment_texts, seed=st.integers(0, 2**32 - 1))
def test_mutated_bulletins_parse(parser: finbulletin.Parser, text: str, seed: int) -> None:
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(("delete", "insert", "swap"))
        pos = rng.randint(0, len(chars))
        if op == "delete" and pos < len(chars):
            del chars[pos]
        elif op == "insert":
            chars.insert(pos, rng.choice("0123456789.,%$¥元亿万()（）- \n年月日"))
        elif op == "swap" and 0 < pos < len(chars):
            chars[pos - 1], chars[pos] = chars[pos], chars[pos - 1]
    mutated = "".join(chars)
    check_offsets(mutated, parser.parse(mutated))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fragment_texts)
def test_output_is_deterministic(text: str) -> None:
    first = finbulletin.Parser().parse(text, published="2025-11-11")
    second = finbulletin.parse(text, published="2025-11-11")
    assert first.model_dump() == second.model_dump()


def test_shared_parser_from_eight_threads_matches_sequential(parser: finbulletin.Parser) -> None:
    rng = random.Random(7)
    texts = ["".join(rng.choice(FRAGMENTS[:30]) for _ in range(rng.randint(1, 10))) for _ in range(120)]
    sequential = [parser.parse(t, published="2025-11-11").model_dump() for t in texts]
    fresh = finbulletin.Parser()
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: fresh.parse(t, published="2025-11-11").model_dump(), texts))
    assert threaded == sequential
