"""Chinese in traditional characters: read through a one-for-one fold, reported as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import finbulletin
from finbulletin.lang.zh.traditional import T2S, fold_traditional


def test_the_fold_maps_one_character_to_one() -> None:
    assert all(len(chr(t)) == 1 and len(chr(s)) == 1 for t, s in T2S.items())
    assert not set(T2S.values()) & set(T2S)  # folding twice changes nothing more


@given(st.text(alphabet=st.sampled_from([chr(c) for c in T2S] + list("涨数沪,。1%AB "))))
def test_the_fold_keeps_every_offset(text: str) -> None:
    folded = fold_traditional(text)
    assert len(folded) == len(text)
    assert fold_traditional(folded) == folded


def test_a_traditional_bulletin_is_read_and_reported_as_written() -> None:
    text = (
        "恆生指數收漲1.2%,騰訊控股漲3.2%。華泰證券認為,預計恆生指數明年將升至28000點。甲乙科技(603999)漲停。"
    )
    b = finbulletin.parse(text, published="2026-04-09")
    assert all(text[e.start : e.end] == e.text for e in b.entities)
    kinds = [(e.kind, e.text, getattr(e, "name", None)) for e in b.entities if e.kind != "percent"]
    assert kinds == [
        ("index", "恆生指數", "Hang Seng Index"),
        ("security", "騰訊控股", "Tencent Holdings"),
        ("organization", "華泰證券", "Huatai Securities"),
        ("index", "恆生指數", "Hang Seng Index"),
        ("date", "明年", None),
        ("security", "甲乙科技", "甲乙科技"),  # a name found by its context keeps the surface
    ]
    assert [(m.subject.text if m.subject else None, m.direction, m.change) for m in b.movements] == [
        ("恆生指數", "up", 1.2),
        ("騰訊控股", "up", 3.2),
        ("甲乙科技", "up", None),
    ]
    assert all(text[m.start : m.end] == m.text for m in b.movements)
    (claim,) = b.forecasts
    assert (claim.source.text, claim.text) == ("華泰證券", text[claim.start : claim.end])


def test_simplified_text_is_not_touched() -> None:
    text = "恒生指数收涨1.2%。"
    assert fold_traditional(text) == text
