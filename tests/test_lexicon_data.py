"""The packaged lexicons (finbulletin/data/*.jsonl): every row valid, ids unique, codes that
fit their exchange, English and Chinese names side by side, no surface that means two
things of one kind except the documented A/H dual listings, and the lexicon families
found in sentences of their own."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

import finbulletin
from finbulletin.codes import exchange_of, looks_like_index_code
from finbulletin.lexicon import (
    PACKAGED_FILES,
    LexiconKind,
    LexiconRow,
    SecurityRow,
    load_packaged,
    parse_rows,
)

KINDS: tuple[LexiconKind, ...] = ("index", "sector", "security", "organization")


@pytest.mark.parametrize("kind", KINDS)
def test_every_packaged_row_validates(kind: LexiconKind) -> None:
    text = (resources.files("finbulletin.data") / PACKAGED_FILES[kind]).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]
    rows = parse_rows(lines, source=PACKAGED_FILES[kind], kind=kind).of_kind(kind)
    assert len(rows) == len(lines) > 0


def test_ids_are_unique_across_files() -> None:
    seen: dict[str, list[str]] = defaultdict(list)
    lex = load_packaged()
    for kind in KINDS:
        for row in lex.of_kind(kind):
            seen[row.id].append(kind)
    assert {i: k for i, k in seen.items() if len(k) > 1} == {}


def test_id_prefix_names_the_kind() -> None:
    prefixes = {
        "index": ("idx.",),
        "sector": ("sec.",),
        "security": ("stk.", "etf.", "fund."),
        "organization": ("org.",),
    }
    lex = load_packaged()
    wrong = [row.id for kind in KINDS for row in lex.of_kind(kind) if not row.id.startswith(prefixes[kind])]
    assert wrong == []


def test_security_codes_fit_their_exchange() -> None:
    wrong = []
    for row in load_packaged().securities:
        if row.exchange in ("SSE", "SZSE", "BSE", "HKEX"):
            if exchange_of(row.code) != row.exchange:
                wrong.append((row.id, row.code, row.exchange))
        elif not row.code.replace(".", "").replace("-", "").isalnum() or row.code.isdigit():
            wrong.append((row.id, row.code, row.exchange))  # NASDAQ, NYSE: a ticker
    assert wrong == []


def test_index_codes_are_not_security_codes() -> None:
    wrong = [
        (row.id, row.code)
        for row in load_packaged().indices
        if row.code
        and row.code.isdigit()
        and len(row.code) == 6
        and exchange_of(row.code)
        not in (None, "SZSE", "SSE")  # 000xxx is shared by SSE indices and SZSE stocks
        and not looks_like_index_code(row.code)
    ]
    assert wrong == []


@pytest.mark.parametrize("kind", KINDS)
def test_english_and_chinese_names_side_by_side(kind: LexiconKind) -> None:
    rows = load_packaged().of_kind(kind)
    assert [r.id for r in rows if not r.name_zh or not r.name.strip()] == []


def _surfaces_by_kind(rows: tuple[LexiconRow, ...]) -> dict[str, set[str]]:
    """Surface (case kept for forms with capitals, folded otherwise) -> ids that carry it."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for surface in row.surfaces():
            found[surface if surface != surface.lower() else surface.lower()].add(row.id)
    return found


@pytest.mark.parametrize("kind", ["index", "sector", "organization"])
def test_no_surface_means_two_things(kind: LexiconKind) -> None:
    shared = {s: ids for s, ids in _surfaces_by_kind(load_packaged().of_kind(kind)).items() if len(ids) > 1}
    assert shared == {}


def test_shared_security_surfaces_are_dual_listings() -> None:
    """A company listed in Shanghai or Shenzhen and in Hong Kong has one row per listing and
    the two share their names (documented in data/README.md); nothing else may share one."""
    lex = load_packaged()
    by_id: dict[str, SecurityRow] = {r.id: r for r in lex.securities}
    wrong = []
    for surface, ids in _surfaces_by_kind(lex.securities).items():
        if len(ids) < 2:
            continue
        rows = [by_id[i] for i in sorted(ids)]
        exchanges = [r.exchange for r in rows]
        dual = len(rows) == 2 and "HKEX" in exchanges and len(set(exchanges)) == 2
        if not dual:
            wrong.append((surface, sorted(ids)))
    assert wrong == []


def test_sector_names_are_lower_case_english() -> None:
    assert [r.id for r in load_packaged().sectors if r.name != r.name.lower()] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # industry bodies and research houses that bulletins quote for forecasts
        ("The WGC expects central banks to keep buying gold.", "en", ("organization", "org.wgc")),
        ("世界黄金协会预计,央行购金将保持高位。", "zh", ("organization", "org.wgc")),
        ("BloombergNEF expects battery prices to fall.", "en", ("organization", "org.bnef")),
        ("中电联预计,今年全社会用电量增长5%。", "zh", ("organization", "org.cec")),
        ("中诚信国际预计,明年信用债违约率将回落。", "zh", ("organization", "org.ccxi")),
        # humanoid-robot component boards
        ("Speed reducer stocks rallied.", "en", ("sector", "sec.speed_reducers")),
        ("灵巧手板块午后走强。", "zh", ("sector", "sec.dexterous_hands")),
    ],
)
def test_lexicon_families_are_found_in_text(text: str, language: str, expected: tuple[str, str]) -> None:
    found = [(e.kind, getattr(e, "id", None)) for e in finbulletin.parse(text, language=language).entities]
    assert expected in found
