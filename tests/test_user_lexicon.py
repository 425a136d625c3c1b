"""User lexicons: ``Parser(lexicons=[path])`` adds the user's rows to the packaged ones, and
the name recognizer finds and links them like packaged names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import finbulletin
from finbulletin.errors import LexiconError

MY_ROWS = [
    {
        "kind": "security",
        "id": "stk.sse.688777",
        "name": "Quasar Photonics",
        "name_zh": "类星光子",
        "aliases": ["Quasar"],
        "code": "688777",
        "exchange": "SSE",
        "security_type": "stock",
    },
    {
        "kind": "organization",
        "id": "org.north_gate",
        "name": "North Gate Research",
        "name_zh": "北门研究",
        "type": "research_firm",
    },
    {"kind": "sector", "id": "sec.kelp", "name": "kelp farming", "name_zh": "海带养殖"},
    {
        "kind": "index",
        "id": "idx.quasar50",
        "name": "Quasar 50 Index",
        "name_zh": "类星50指数",
        "code": "931777",
    },
]


@pytest.fixture(scope="module")
def user_parser(tmp_path_factory: pytest.TempPathFactory) -> finbulletin.Parser:
    path = tmp_path_factory.mktemp("lexicons") / "mine.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in MY_ROWS) + "\n", encoding="utf-8")
    return finbulletin.Parser(lexicons=[path])


def names(bulletin: finbulletin.Bulletin) -> list[tuple[str, str, str | None]]:
    return [
        (e.kind, e.text, getattr(e, "id", None))
        for e in bulletin.entities
        if e.kind in ("index", "sector", "security", "organization")
    ]


def test_user_rows_are_found_in_english(user_parser: finbulletin.Parser) -> None:
    text = "North Gate Research expects demand to grow. Quasar rose 4%, and kelp farming stocks gained."
    assert names(user_parser.parse(text, language="en")) == [
        ("organization", "North Gate Research", "org.north_gate"),
        ("security", "Quasar", "stk.sse.688777"),
        ("sector", "kelp farming", "sec.kelp"),
    ]


def test_user_rows_are_found_in_chinese(user_parser: finbulletin.Parser) -> None:
    text = "类星50指数上涨1%,类星光子涨停,海带养殖板块走强。"
    assert names(user_parser.parse(text, language="zh")) == [
        ("index", "类星50指数", "idx.quasar50"),
        ("security", "类星光子", "stk.sse.688777"),
        ("sector", "海带养殖", "sec.kelp"),
    ]


def test_user_security_carries_its_code(user_parser: finbulletin.Parser) -> None:
    found = user_parser.parse("Quasar Photonics shares fell 2%.", language="en").of_kind("security")
    assert [(e.name, e.code, e.exchange, e.security_type) for e in found] == [
        ("Quasar Photonics", "688777", "SSE", "stock")
    ]


def test_default_parser_does_not_know_user_rows() -> None:
    found = finbulletin.Parser().parse("类星光子涨停。", language="zh")
    assert [e for e in found.entities if getattr(e, "id", None) == "stk.sse.688777"] == []


def test_a_user_row_replaces_the_packaged_row_with_its_id(tmp_path: Path) -> None:
    path = tmp_path / "override_securities.jsonl"
    row = {
        "id": "stk.sse.600030",
        "name": "CITIC Sec (mine)",
        "name_zh": "中信证券",
        "code": "600030",
        "exchange": "SSE",
        "security_type": "stock",
    }
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    found = finbulletin.Parser(lexicons=[path]).parse("中信证券涨停。", language="zh").of_kind("security")
    assert [(e.name, e.id) for e in found] == [("CITIC Sec (mine)", "stk.sse.600030")]


def test_a_bad_row_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "broken_sectors.jsonl"
    path.write_text(
        '{"id": "sec.ok", "name": "fine"}\n{"id": "sec.bad", "name": "Not Lower Case"}\n', encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"broken_sectors\.jsonl, line 2: name: .*lower case"):
        finbulletin.Parser(lexicons=[path])
