"""Load and validate the name lexicons (JSON Lines), packaged or the user's own.

Four files ship in ``finbulletin/data``: ``indices.jsonl``, ``sectors.jsonl``,
``securities.jsonl`` and ``organizations.jsonl``. Each line is one thing with a stable
``id``, its canonical English and Chinese names, and the variants bulletins use. A user
file has the same rows; its kind is named by a ``kind`` field on each row, or by the
file name (``*indices*``, ``*sectors*``, ``*securities*``, ``*organizations*``).

Example:
    >>> lex = load_packaged()
    >>> any(row.name_zh == "上证指数" for row in lex.indices)
    True
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from finbulletin.errors import LexiconError
from finbulletin.models import Exchange, OrganizationType, SecurityType

LexiconKind = Literal["index", "sector", "security", "organization"]


class LexiconRow(BaseModel):
    """Fields every lexicon row has."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_.\-]+$")  # stable id, e.g. "idx.csi300"
    name: str = Field(min_length=1)  # canonical English name
    name_zh: str | None = None  # canonical Chinese name
    aliases: tuple[str, ...] = ()  # other English surface forms
    aliases_zh: tuple[str, ...] = ()  # other Chinese surface forms
    kind: LexiconKind | None = None  # only needed in user files that mix kinds

    @field_validator("aliases", "aliases_zh")
    @classmethod
    def _no_blank_alias(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not a.strip() for a in value):
            raise ValueError("aliases must not be blank")
        return value

    def surfaces(self) -> tuple[str, ...]:
        """Every surface form: names first, then aliases, without duplicates."""
        forms = (self.name, self.name_zh, *self.aliases, *self.aliases_zh)
        return tuple(dict.fromkeys(f for f in forms if f))


class IndexRow(LexiconRow):
    """A market index."""

    code: str | None = None  # the publisher's code: "000300", "930713", "HSI"
    publisher: str | None = None  # CSI, SSE, SZSE, CNI, HSI, MSCI, ...


class SectorRow(LexiconRow):
    """A sector, industry or concept board; ``name`` is lower case."""

    group: Literal["sw_level1", "gics_level1", "industry", "concept", "style"] | None = None

    @field_validator("name")
    @classmethod
    def _lower_case(cls, value: str) -> str:
        if value != value.lower():
            raise ValueError(f"a sector's canonical name is lower case, not {value!r}")
        return value


class SecurityRow(LexiconRow):
    """A listed security."""

    code: str = Field(min_length=1)  # "688256", "00700", "NVDA"
    exchange: Exchange  # listing venue
    security_type: SecurityType  # stock, etf or fund


class OrganizationRow(LexiconRow):
    """An institution."""

    type: OrganizationType | None = None  # broker, bank, regulator, ...


Row = TypeVar("Row", bound=LexiconRow)

ROW_MODELS: dict[LexiconKind, type[LexiconRow]] = {
    "index": IndexRow,
    "sector": SectorRow,
    "security": SecurityRow,
    "organization": OrganizationRow,
}

PACKAGED_FILES: dict[LexiconKind, str] = {
    "index": "indices.jsonl",
    "sector": "sectors.jsonl",
    "security": "securities.jsonl",
    "organization": "organizations.jsonl",
}


@dataclass(frozen=True)
class Lexicons:
    """All lexicon rows, by kind."""

    indices: tuple[IndexRow, ...] = ()
    sectors: tuple[SectorRow, ...] = ()
    securities: tuple[SecurityRow, ...] = ()
    organizations: tuple[OrganizationRow, ...] = ()

    def merged(self, other: Lexicons) -> Lexicons:
        """These rows followed by ``other``'s; a row of ``other`` replaces one with its id."""

        def merge(a: Sequence[Row], b: Sequence[Row]) -> tuple[Row, ...]:
            ids = {r.id for r in b}
            return (*(r for r in a if r.id not in ids), *b)

        return Lexicons(
            indices=merge(self.indices, other.indices),
            sectors=merge(self.sectors, other.sectors),
            securities=merge(self.securities, other.securities),
            organizations=merge(self.organizations, other.organizations),
        )

    def of_kind(self, kind: LexiconKind) -> tuple[LexiconRow, ...]:
        """The rows of one kind."""
        rows: dict[LexiconKind, tuple[LexiconRow, ...]] = {
            "index": self.indices,
            "sector": self.sectors,
            "security": self.securities,
            "organization": self.organizations,
        }
        return rows[kind]


def parse_rows(lines: Iterable[str], *, source: str, kind: LexiconKind | None) -> Lexicons:
    """Validate JSON Lines into rows; errors name the source, line and field.

    Blank lines and lines starting with ``//`` are skipped. ``kind`` applies to every row
    that does not name its own.

    Example:
        >>> rows = parse_rows(['{"id": "org.acme", "name": "Acme Capital", "type": "broker"}'],
        ...                   source="mine.jsonl", kind="organization")
        >>> rows.organizations[0].name
        'Acme Capital'
    """
    found: dict[LexiconKind, list[LexiconRow]] = {k: [] for k in ROW_MODELS}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{source}, line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(data, dict):
            raise LexiconError(f"{source}, line {number}: a row must be a JSON object")
        row_kind = data.get("kind", kind)
        if row_kind not in ROW_MODELS:
            raise LexiconError(
                f"{source}, line {number}: cannot tell the row's kind; give a 'kind' field "
                f"(one of {', '.join(ROW_MODELS)}) or name the file after its kind"
            )
        try:
            row = ROW_MODELS[row_kind].model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}" for err in exc.errors()
            )
            raise LexiconError(f"{source}, line {number}: {problems}") from exc
        found[row_kind].append(row)
    return Lexicons(
        indices=tuple(r for r in found["index"] if isinstance(r, IndexRow)),
        sectors=tuple(r for r in found["sector"] if isinstance(r, SectorRow)),
        securities=tuple(r for r in found["security"] if isinstance(r, SecurityRow)),
        organizations=tuple(r for r in found["organization"] if isinstance(r, OrganizationRow)),
    )


def kind_from_filename(name: str) -> LexiconKind | None:
    """Guess a user file's kind from its name.

    Example:
        >>> kind_from_filename("my_securities.jsonl")
        'security'
    """
    lowered = name.lower()
    for kind, stem in (
        ("index", "indices"),
        ("index", "index"),
        ("sector", "sector"),
        ("security", "securit"),
        ("organization", "organi"),
    ):
        if stem in lowered:
            return kind  # type: ignore[return-value]
    return None


@functools.cache
def load_packaged() -> Lexicons:
    """The lexicons shipped with the package, validated once and cached."""
    lex = Lexicons()
    folder = resources.files("finbulletin.data")
    for kind, filename in PACKAGED_FILES.items():
        resource = folder / filename
        if not resource.is_file():
            continue
        text = resource.read_text(encoding="utf-8")
        lex = lex.merged(parse_rows(text.splitlines(), source=f"finbulletin/data/{filename}", kind=kind))
    return lex


def load_user(paths: Iterable[str | PathLike[str]]) -> Lexicons:
    """Read user lexicon files (same row format as the packaged ones).

    Raises:
        LexiconError: a file is missing or unreadable, or a row is invalid.
    """
    lex = Lexicons()
    for raw in paths:
        path = Path(raw)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"cannot read lexicon file {str(path)!r}: {exc}") from exc
        lex = lex.merged(parse_rows(text.splitlines(), source=str(path), kind=kind_from_filename(path.name)))
    return lex
