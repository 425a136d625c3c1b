"""What several test modules share: pipelines and contexts, expected spans, case types.

pytest imports the test modules with its default "prepend" import mode, which puts this
folder on ``sys.path``; test modules therefore import this module as ``helpers``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import regex
from spacy.language import Language as SpacyLanguage

from finbulletin.context import Context
from finbulletin.models import (
    DateEntity,
    Entity,
    Forecast,
    IndexEntity,
    Language,
    MoneyEntity,
    OrganizationEntity,
    PercentEntity,
    SectorEntity,
    SecurityEntity,
)
from finbulletin.recognizers import dates
from finbulletin.relations.forecasts import find_forecasts
from finbulletin.relations.movements import find_movements
from finbulletin.resolve import resolve_overlaps
from finbulletin.tokenizer import make_nlp

# ---------------------------------------------------------------- pipelines and contexts


@functools.cache
def nlp(language: Language) -> SpacyLanguage:
    """The blank pipeline of ``language``, built once for the whole test session."""
    return make_nlp(language)


def context(text: str, language: Language, published: str | None = None) -> Context:
    """A Context for ``text`` as api.py builds it (lone surrogates kept out of spaCy's doc)."""
    day = dt.date.fromisoformat(published) if published else None
    safe = text.encode("utf-8", "replace").decode("utf-8")
    return Context(text=text, language=language, published=day, doc=nlp(language)(safe))


# ---------------------------------------------------------------- expected spans


def span_after(text: str, surface: str, after: str = "") -> tuple[int, int]:
    """Where ``surface`` first stands in ``text`` after the first ``after`` (or anywhere)."""
    start = text.index(surface, text.index(after) + len(after) if after else 0)
    return start, start + len(surface)


def spans_in_order(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    """Where each of ``surfaces`` stands in ``text``, each looked for after the one before."""
    spans, cursor = [], 0
    for surface in surfaces:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        spans.append((start, cursor))
    return spans


class ExpectedAmount(Protocol):
    """What a money test states about an amount (each language's table has its own type)."""

    @property
    def span(self) -> str: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float | None: ...  # None: the same as low
    @property
    def currency(self) -> str | None: ...
    @property
    def approximate(self) -> bool: ...


def money_record(amount: ExpectedAmount, start: int, end: int) -> MoneyEntity:
    """The money record ``amount`` stands for, at ``start:end``."""
    return MoneyEntity(
        text=amount.span,
        start=start,
        end=end,
        low=amount.low,
        high=amount.low if amount.high is None else amount.high,
        currency=amount.currency,
        approximate=amount.approximate,
    )


# ---------------------------------------------------------------- dates

#: A date found: (text, start_date, end_date), the dates as ISO strings.
FoundDate = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class DateCase:
    id: str
    text: str
    published: str | None
    expected: tuple[FoundDate, ...]


def dates_in(language: Language, text: str, published: str | None) -> list[FoundDate]:
    """Every date the recognizer finds in ``text``, checking its offsets."""
    found = dates.recognize(context(text, language, published))
    assert all(text[e.start : e.end] == e.text for e in found)
    return [(e.text, e.start_date and str(e.start_date), e.end_date and str(e.end_date)) for e in found]


# ---------------------------------------------------------------- names


@dataclass(frozen=True)
class Want:
    """One expected name entity (the fields a reader checks)."""

    kind: str
    text: str
    name: str
    code: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class NameCase:
    id: str
    text: str
    expected: tuple[Want, ...]


def project(entity: Entity) -> Want:
    """The fields of ``entity`` that a name case states."""
    return Want(
        kind=entity.kind,
        text=entity.text,
        name=getattr(entity, "name", ""),
        code=getattr(entity, "code", None),
        id=getattr(entity, "id", None),
    )


# ---------------------------------------------------------------- relations over hand-built entities

_NAMES = {
    "index": IndexEntity,
    "sector": SectorEntity,
    "security": SecurityEntity,
    "organization": OrganizationEntity,
}
_NUMBER = regex.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?")

#: An entity to build: ``(kind, surface)`` for names and percents (the value is read from
#: the surface), ``(kind, surface, {field: value})`` for names with more fields
#: (``{"org_type": "exchange"}``), ``("money", surface, low, high, currency)``,
#: ``("date", surface, start, end)`` or ``("date", surface, start, end, {"relative": True})``.
Spec = tuple[object, ...]


def entities_at(text: str, specs: tuple[Spec, ...]) -> list[Entity]:
    """Entities at every occurrence of each spec's surface, overlaps resolved."""
    found: list[Entity] = []
    for spec in specs:
        kind, surface = str(spec[0]), str(spec[1])
        start = text.find(surface)
        assert start >= 0, f"{surface!r} is not in the text"
        while start >= 0:
            where = {"text": surface, "start": start, "end": start + len(surface)}
            if kind in _NAMES:
                extra = spec[2] if len(spec) > 2 and isinstance(spec[2], dict) else {}
                found.append(_NAMES[kind](**where, name=surface, **extra))
            elif kind == "percent":
                number = _NUMBER.search(surface)
                assert number is not None
                value = float(number.group().replace(",", "").replace("−", "-"))
                points = "point" in surface or "百分点" in surface
                found.append(PercentEntity(**where, value=value, percentage_points=points))
            elif kind == "money":
                low, high, currency = spec[2], spec[3], spec[4]
                found.append(MoneyEntity(**where, low=low, high=high, currency=currency))  # type: ignore[arg-type]
            else:
                more = spec[4] if len(spec) > 4 and isinstance(spec[4], dict) else {}
                found.append(DateEntity(**where, start_date=spec[2], end_date=spec[3], **more))  # type: ignore[arg-type]
            start = text.find(surface, start + len(surface))
    return resolve_overlaps(found)


#: What a movement test compares: (subject text, direction, change).
Move = tuple[str | None, str, float | None]

#: What a forecast test compares: source text, period (start, end) or None, amount texts.
Claim = tuple[str, tuple[dt.date, dt.date] | None, tuple[str, ...]]

_Found = TypeVar("_Found")


@dataclass(frozen=True)
class RelationCase(Generic[_Found]):
    """A text, the entities to build in it, and what the finder must report."""

    id: str
    text: str
    entities: tuple[Spec, ...]
    expected: tuple[_Found, ...]
    published: str | None = "2025-11-11"  # read by the forecast finder only


MoveCase = RelationCase[Move]
ForecastCase = RelationCase[Claim]


def moves_of(text: str, language: Language, specs: tuple[Spec, ...]) -> list[Move]:
    """(subject text, direction, change) of every movement found, checking offsets on the way."""
    found = find_movements(context(text, language), entities_at(text, specs))
    for move in found:
        assert text[move.start : move.end] == move.text
    return [(m.subject.text if m.subject else None, m.direction, m.change) for m in found]


def claims_of(
    text: str, language: Language, specs: tuple[Spec, ...], published: str | None
) -> list[Forecast]:
    """The forecasts found, checking offsets on the way."""
    found = find_forecasts(context(text, language, published), entities_at(text, specs))
    for forecast in found:
        assert text[forecast.start : forecast.end] == forecast.text
    return found


def summary(found: list[Forecast]) -> list[Claim]:
    """What a forecast case states about each forecast."""
    return [
        (
            f.source.text,
            (f.period.start_date, f.period.end_date)
            if f.period and f.period.start_date and f.period.end_date
            else None,
            tuple(a.text for a in f.amounts),
        )
        for f in found
    ]
