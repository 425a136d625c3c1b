"""Entities as rows and DataFrames: one row per entity, every value column, a doc column."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import pandas as pd
import pytest

import finbulletin
from finbulletin.frame import ENTITY_COLUMNS, VALUE_COLUMNS, bulletin_frame, entity_rows
from finbulletin.models import (
    Bulletin,
    DateEntity,
    Entity,
    IndexEntity,
    MoneyEntity,
    OrganizationEntity,
    PercentEntity,
    SectorEntity,
    SecurityEntity,
)

#: Our own sentence, and one entity of each kind in it.
TEXT = (
    "Acme Securities: the Photonics Index rose 2.5%, Acme Optics (300999) led optical modules; "
    "$5 billion by 2026."
)


def at(words: str) -> dict[str, Any]:
    """The text, start and end of ``words`` in TEXT."""
    start = TEXT.index(words)
    return {"text": words, "start": start, "end": start + len(words)}


ENTITIES: tuple[Entity, ...] = (
    OrganizationEntity(**at("Acme Securities"), name="Acme Securities", org_type="broker"),
    IndexEntity(**at("Photonics Index"), name="Photonics Index", code="930999"),
    PercentEntity(**at("2.5%"), value=2.5),
    SecurityEntity(
        **at("Acme Optics"),
        name="Acme Optics",
        code="300999",
        exchange="SZSE",
        security_type="stock",
        id="sec.acme-optics",
    ),
    SectorEntity(**at("optical modules"), name="optical modules"),
    MoneyEntity(**at("$5 billion"), low=5e9, high=5e9, currency="USD", approximate=True),
    DateEntity(**at("2026"), start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 31)),
)


def bulletin(entities: tuple[Entity, ...] = ENTITIES) -> Bulletin:
    b = Bulletin(language="en", published=dt.date(2025, 11, 11), entities=entities)
    b._text = TEXT
    return b


def blank(**values: Any) -> dict[str, Any]:
    return {column: values.get(column) for column in ENTITY_COLUMNS}


def test_the_hand_built_entities_slice_the_text() -> None:
    assert [TEXT[e.start : e.end] for e in ENTITIES] == [e.text for e in ENTITIES]


def test_columns_cover_every_field_of_every_kind() -> None:
    assert ENTITY_COLUMNS[:4] == ("kind", "text", "start", "end")
    for needed in ("name", "code", "exchange", "low", "high", "currency", "value", "start_date", "end_date"):
        assert needed in VALUE_COLUMNS
    fields = {f for e in ENTITIES for f in type(e).model_fields}
    assert fields == set(ENTITY_COLUMNS)


def test_rows_are_the_entities_values() -> None:
    assert entity_rows(bulletin()) == [
        blank(kind="organization", **at("Acme Securities"), name="Acme Securities", org_type="broker"),
        blank(kind="index", **at("Photonics Index"), name="Photonics Index", code="930999"),
        blank(kind="percent", **at("2.5%"), value=2.5, percentage_points=False),
        blank(
            kind="security",
            **at("Acme Optics"),
            name="Acme Optics",
            code="300999",
            exchange="SZSE",
            security_type="stock",
            id="sec.acme-optics",
        ),
        blank(kind="sector", **at("optical modules"), name="optical modules"),
        blank(kind="money", **at("$5 billion"), low=5e9, high=5e9, currency="USD", approximate=True),
        blank(
            kind="date",
            **at("2026"),
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2026, 12, 31),
            relative=False,
        ),
    ]


def test_frame_holds_the_rows_with_typed_columns() -> None:
    frame = bulletin().to_frame()
    assert list(frame.columns) == list(ENTITY_COLUMNS)
    assert len(frame) == len(ENTITIES)
    assert frame["start"].dtype == "int64"
    assert frame["low"].dtype == "float64"
    assert frame["approximate"].dtype == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(frame["start_date"])
    for row, record in zip(entity_rows(bulletin()), frame.to_dict("records"), strict=True):
        for column, value in row.items():
            if value is None:
                assert pd.isna(record[column]), column
            elif isinstance(value, dt.date):
                assert record[column] == pd.Timestamp(value)
            else:
                assert record[column] == value, column


def test_bulletin_to_frame_equals_bulletin_frame() -> None:
    pd.testing.assert_frame_equal(bulletin().to_frame(), bulletin_frame(bulletin()))


def test_an_empty_bulletin_gives_an_empty_frame_with_every_column() -> None:
    frame = Bulletin(language="zh").to_frame()
    assert frame.shape == (0, len(ENTITY_COLUMNS))
    assert frame["value"].dtype == "float64"


def test_to_frame_of_a_list_numbers_the_docs() -> None:
    frame = finbulletin.to_frame([bulletin(ENTITIES[:2]), Bulletin(language="en"), bulletin(ENTITIES[2:3])])
    assert list(frame.columns) == ["doc", *ENTITY_COLUMNS]
    assert frame[["doc", "text"]].to_dict("records") == [
        {"doc": 0, "text": "Acme Securities"},
        {"doc": 0, "text": "Photonics Index"},
        {"doc": 2, "text": "2.5%"},
    ]


def test_to_frame_of_a_mapping_names_the_docs() -> None:
    frame = finbulletin.to_frame({"a.txt": bulletin(ENTITIES[5:]), "b.txt": bulletin(ENTITIES[:1])})
    assert frame[["doc", "kind"]].to_dict("records") == [
        {"doc": "a.txt", "kind": "money"},
        {"doc": "a.txt", "kind": "date"},
        {"doc": "b.txt", "kind": "organization"},
    ]


def test_to_frame_takes_a_generator(parser: finbulletin.Parser) -> None:
    texts = ["The CSI 300 Index rose 1.2%.", "沪深300指数上涨1.2%。"]
    frame = finbulletin.to_frame(parser.parse_many(texts))
    expected = sum(len(parser.parse(t).entities) for t in texts)
    assert len(frame) == expected


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes ``import pandas`` fail
    with pytest.raises(ImportError, match=r'pip install "finbulletin\[pandas\]"'):
        bulletin().to_frame()
    with pytest.raises(ImportError, match="finbulletin"):
        finbulletin.to_frame([bulletin()])
