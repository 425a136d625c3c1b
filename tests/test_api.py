"""The public surface: parse(), Parser, errors, serialisation."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import finbulletin
from finbulletin.models import Bulletin


def test_public_names_are_stable() -> None:
    assert sorted(finbulletin.__all__) == sorted(
        [
            "DEFAULT_MAX_LENGTH",
            "Bulletin",
            "DateEntity",
            "Entity",
            "FinbulletinError",
            "Forecast",
            "IndexEntity",
            "InputTypeError",
            "LanguageError",
            "Level",
            "LexiconError",
            "MoneyEntity",
            "Movement",
            "OrganizationEntity",
            "Parser",
            "PercentEntity",
            "Period",
            "PublishedDateError",
            "SectorEntity",
            "SecurityEntity",
            "TextTooLongError",
            "__version__",
            "parse",
            "parse_many",
            "to_frame",
        ]
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (b"abc", "decode it first"),
        (bytearray(b"abc"), "decode it first"),
        (None, "not NoneType"),
        (42, "not int"),
        (["a"], "not list"),
    ],
)
def test_non_str_input_is_a_typed_error(parser: finbulletin.Parser, given: object, message: str) -> None:
    with pytest.raises(finbulletin.InputTypeError, match=message):
        parser.parse(given)  # type: ignore[arg-type]


def test_input_type_error_is_also_a_type_error(parser: finbulletin.Parser) -> None:
    with pytest.raises(TypeError):
        parser.parse(None)  # type: ignore[arg-type]


def test_text_longer_than_max_length_is_refused() -> None:
    small = finbulletin.Parser(max_length=10)
    with pytest.raises(finbulletin.TextTooLongError, match="max_length=10"):
        small.parse("x" * 11)
    assert small.parse("x" * 10).entities == ()


def test_max_length_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        finbulletin.Parser(max_length=0)


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "11/11/2025"])
def test_bad_published_is_a_typed_error(parser: finbulletin.Parser, bad: str) -> None:
    with pytest.raises(finbulletin.PublishedDateError, match="YYYY-MM-DD"):
        parser.parse("text", published=bad)


@pytest.mark.parametrize("published", ["2025-11-11", dt.date(2025, 11, 11), dt.datetime(2025, 11, 11, 9, 30)])
def test_published_forms(parser: finbulletin.Parser, published: object) -> None:
    assert parser.parse("text", published=published).published == dt.date(2025, 11, 11)  # type: ignore[arg-type]


def test_unknown_language_is_a_typed_error(parser: finbulletin.Parser) -> None:
    with pytest.raises(finbulletin.LanguageError, match="'fr'"):
        parser.parse("text", language="fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [("The ChiNext Index rose 1.84%.", "en"), ("创业板指上涨1.84%。", "zh"), ("", "en"), ("12345", "en")],
)
def test_language_detection(parser: finbulletin.Parser, text: str, language: str) -> None:
    assert parser.parse(text).language == language


def test_language_override(parser: finbulletin.Parser) -> None:
    assert parser.parse("ETF 512760", language="zh").language == "zh"


def test_bulletin_is_frozen_and_round_trips_through_json(parser: finbulletin.Parser) -> None:
    b = parser.parse("The ChiNext Index rose 1.84% on 2025-11-11.", published="2025-11-11")
    with pytest.raises(Exception, match="frozen"):
        b.language = "zh"  # type: ignore[misc]
    again = Bulletin.model_validate_json(b.model_dump_json())
    assert again.model_dump() == b.model_dump()
    assert again.text == ""  # the source text is kept for display only, not serialised


def test_bulletin_pickles_with_its_text(parser: finbulletin.Parser) -> None:
    b = parser.parse("芯片ETF(512760)下跌3.87%")
    again = pickle.loads(pickle.dumps(b))
    assert again == b
    assert again.text == "芯片ETF(512760)下跌3.87%"


def test_parser_pickles() -> None:
    p = pickle.loads(pickle.dumps(finbulletin.Parser(max_length=99)))
    assert p.max_length == 99


def test_json_schema_has_the_entity_union() -> None:
    schema = Bulletin.model_json_schema()
    text = json.dumps(schema)
    for kind in ("MoneyEntity", "PercentEntity", "DateEntity", "IndexEntity", "SecurityEntity"):
        assert kind in text
    assert schema["properties"]["entities"]["items"]["discriminator"]["propertyName"] == "kind"
