"""The records that :func:`finbulletin.parse` returns.

Every record is a frozen pydantic v2 model. Entities form a discriminated union on
``kind``; every entity, movement and forecast carries ``text``, ``start`` and ``end``,
character offsets into the caller's original string, so that
``source[item.start:item.end] == item.text`` always holds.

Example:
    >>> from finbulletin.models import PercentEntity
    >>> PercentEntity(text="0.48%", start=10, end=15, value=0.48).model_dump()["kind"]
    'percent'
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

if TYPE_CHECKING:
    import pandas as pd

Language = Literal["en", "zh"]
Direction = Literal["up", "down", "flat"]
Exchange = Literal["SSE", "SZSE", "BSE", "HKEX", "NASDAQ", "NYSE", "OTHER"]
SecurityType = Literal["stock", "etf", "fund"]
OrganizationType = Literal[
    "bank",
    "broker",
    "fund_manager",
    "insurer",
    "regulator",
    "government",
    "central_bank",
    "exchange",
    "index_provider",
    "data_vendor",
    "research_firm",
    "media",
    "rating_agency",
    "company",
    "international_org",
    "person",
]


class Record(BaseModel):
    """Base of every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A stretch of the original text."""

    text: str  # the exact characters of the source text between start and end
    start: int = Field(ge=0)  # offset of the first character (Python str index)
    end: int = Field(ge=0)  # offset one past the last character


class IndexEntity(Span):
    """A named market index: "CSI 300", "上证指数"."""

    kind: Literal["index"] = "index"
    name: str  # canonical English name, or the surface text when the index is unknown
    code: str | None = None  # code as written in the text, else from the lexicon, else None
    name_zh: str | None = None  # canonical Chinese name where known
    id: str | None = None  # stable lexicon id ("idx.csi300") where the name is in a lexicon


class SectorEntity(Span):
    """A sector, industry, theme or concept board: "photovoltaic equipment", "CPO", "光伏设备"."""

    kind: Literal["sector"] = "sector"
    name: str  # canonical English name, lower case
    name_zh: str | None = None  # canonical Chinese name where known
    id: str | None = None  # stable lexicon id where the sector is in a lexicon


class SecurityEntity(Span):
    """A listed instrument (stock, ETF, fund), by name or bare code."""

    kind: Literal["security"] = "security"
    name: str  # canonical English name, or the surface text when unknown
    code: str | None = None  # exchange code: "515070", "688256", "00700"; None if unknown
    exchange: Exchange | None = None  # listing venue, from the code's form or the lexicon
    security_type: SecurityType | None = None  # stock, etf or fund, where known
    name_zh: str | None = None  # canonical Chinese short name where known
    id: str | None = None  # stable lexicon id where the security is in a lexicon


class OrganizationEntity(Span):
    """An institution acting as a source or actor: "JPMorgan", "中信证券"."""

    kind: Literal["organization"] = "organization"
    name: str  # canonical English name, or the surface text when unknown
    org_type: OrganizationType | None = None  # broker, bank, regulator, ... where known
    name_zh: str | None = None  # canonical Chinese name where known
    id: str | None = None  # stable lexicon id where the organization is in a lexicon


class MoneyEntity(Span):
    """A monetary amount, single or range: "$5 to $7 trillion", "1.28亿元"."""

    kind: Literal["money"] = "money"
    low: float  # lower bound in currency units (5e12 for "$5 trillion")
    high: float  # upper bound in currency units; equal to low for a single amount
    currency: str | None = None  # ISO 4217 code (USD, CNY, HKD, EUR, ...); None if unstated
    approximate: bool = False  # a hedge (about, over, nearly, 约, 近, 超) qualifies it

    @property
    def is_range(self) -> bool:
        """Whether the amount is a range rather than a single figure."""
        return self.low != self.high


class PercentEntity(Span):
    """A percentage: "0.48%", "百分之五"; percentage points are flagged."""

    kind: Literal["percent"] = "percent"
    value: float  # the number as written: 0.48 for "0.48%", 9 for "9个百分点"
    percentage_points: bool = False  # "percentage points" / "个百分点", not a relative change


class DateEntity(Span):
    """A date, year, period or relative window, resolved to calendar dates."""

    kind: Literal["date"] = "date"
    start_date: dt.date | None = None  # first day of the period; None when unresolvable
    end_date: dt.date | None = None  # last day of the period; None when unresolvable
    relative: bool = False  # resolved against the publication date ("today", "past 1 week")


Entity = Annotated[
    IndexEntity
    | SectorEntity
    | SecurityEntity
    | OrganizationEntity
    | MoneyEntity
    | PercentEntity
    | DateEntity,
    Field(discriminator="kind"),
]
"""Any entity; the ``kind`` field tells which."""

NamedEntity = IndexEntity | SectorEntity | SecurityEntity | OrganizationEntity
"""The entities that can be the subject of a movement or the source of a forecast."""

ENTITY_KINDS: tuple[str, ...] = (
    "index",
    "sector",
    "security",
    "organization",
    "money",
    "percent",
    "date",
)


class Level(Record):
    """A level reached, as in "closed at 4,007.76 points"."""

    value: float  # the level as a number
    unit: str | None = None  # "points", or an ISO currency code for a price


class Movement(Span):
    """A stated change of a price or level: who moved, which way, by how much."""

    subject: Annotated[NamedEntity, Field(discriminator="kind")] | None = None  # None: market-wide
    direction: Direction  # up, down or flat
    change: float | None = None  # signed percent (-0.48 for "fell 0.48%"); None without a figure
    percentage_points: bool = False  # the change is in percentage points, not percent
    level: Level | None = None  # a level stated with the move ("closed at 3,880 points")


class Period(Record):
    """The window a forecast speaks of."""

    start_date: dt.date | None = None  # first day of the window
    end_date: dt.date | None = None  # last day of the window


class Forecast(Span):
    """A forward-looking statement attributed to a source; ``text`` is the claim."""

    source: Annotated[NamedEntity, Field(discriminator="kind")]  # who said it
    period: Period | None = None  # the window the claim speaks of, if stated
    amounts: tuple[MoneyEntity, ...] = ()  # money entities inside the claim
    subject: Annotated[NamedEntity, Field(discriminator="kind")] | None = None  # what it is about
    cue: str | None = None  # the reporting verb or frame that attributes it ("expects", "预计")


class Bulletin(Record):
    """Everything :func:`finbulletin.parse` found in one bulletin."""

    language: Language  # "en" or "zh"
    published: dt.date | None = None  # reference date: the caller's, else the text's date line
    entities: tuple[Entity, ...] = ()  # every mention, sorted by start
    movements: tuple[Movement, ...] = ()  # price and level changes, in text order
    forecasts: tuple[Forecast, ...] = ()  # attributed forward-looking claims, in text order

    _text: str = PrivateAttr(default="")

    @property
    def text(self) -> str:
        """The text that was parsed (kept for display; not serialised)."""
        return self._text

    def of_kind(self, kind: str) -> tuple[Any, ...]:
        """The entities of one kind, in text order.

        Example:
            >>> Bulletin(language="en").of_kind("money")
            ()
        """
        return tuple(e for e in self.entities if e.kind == kind)

    def _repr_html_(self) -> str:
        """The rich display of notebooks: the text with entities marked, movements, forecasts."""
        from finbulletin.display import render_html

        return render_html(self)

    def to_frame(self) -> pd.DataFrame:
        """The entities as a pandas DataFrame, one row per entity with all its values.

        Needs pandas (``pip install "finbulletin[pandas]"``); see :mod:`finbulletin.frame`.

        Raises:
            ImportError: pandas is not installed.

        Example:
            >>> list(Bulletin(language="en").to_frame().columns[:4])
            ['kind', 'text', 'start', 'end']
        """
        from finbulletin.frame import bulletin_frame

        return bulletin_frame(self)
