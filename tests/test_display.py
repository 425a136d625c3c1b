"""How a Bulletin is shown: HTML marks at the offsets, escaped text, tables; terminal tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import pytest

from finbulletin.display import _width, describe, render_html, render_text
from finbulletin.models import (
    Bulletin,
    DateEntity,
    Entity,
    Forecast,
    IndexEntity,
    Level,
    MoneyEntity,
    Movement,
    OrganizationEntity,
    PercentEntity,
    Period,
    SecurityEntity,
)

#: Our own bulletin, with characters that must be escaped and a Chinese clause.
TEXT = (
    'Acme Securities expects <b>"$5 to $7 trillion"</b> of demand between 2027 and 2030.\n'
    "The Photonics Index rose 2.5% & closed at 3,880 points; 光模块指数上涨2.5%。"
)


def at(words: str, nth: int = 0) -> dict[str, Any]:
    """The text, start and end of the nth occurrence of ``words`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return {"text": words, "start": start, "end": start + len(words)}


ACME = OrganizationEntity(**at("Acme Securities"), name="Acme Securities", org_type="broker")
MONEY = MoneyEntity(**at("$5 to $7 trillion"), low=5e12, high=7e12, currency="USD")
YEARS = DateEntity(
    **at("between 2027 and 2030"), start_date=dt.date(2027, 1, 1), end_date=dt.date(2030, 12, 31)
)
INDEX = IndexEntity(**at("Photonics Index"), name="Photonics Index", code="930999")
RISE = PercentEntity(**at("2.5%"), value=2.5)
INDEX_ZH = IndexEntity(**at("光模块指数"), name="Photonics Index", code="930999")
RISE_ZH = PercentEntity(**at("2.5%", 1), value=2.5)
ENTITIES: tuple[Entity, ...] = (ACME, MONEY, YEARS, INDEX, RISE, INDEX_ZH, RISE_ZH)

MOVE = Movement(
    **at("The Photonics Index rose 2.5% & closed at 3,880 points"),
    subject=INDEX,
    direction="up",
    change=2.5,
    level=Level(value=3880, unit="points"),
)
CLAIM = Forecast(
    **at('Acme Securities expects <b>"$5 to $7 trillion"</b> of demand between 2027 and 2030.'),
    source=ACME,
    cue="expects",
    amounts=(MONEY,),
    period=Period(start_date=dt.date(2027, 1, 1), end_date=dt.date(2030, 12, 31)),
)


def sample(text: str = TEXT, entities: tuple[Entity, ...] = ENTITIES) -> Bulletin:
    b = Bulletin(
        language="en",
        published=dt.date(2025, 11, 11),
        entities=entities,
        movements=(MOVE,),
        forecasts=(CLAIM,),
    )
    b._text = text
    return b


class Page(HTMLParser):
    """Reads back what render_html drew: the visible text, the marks, the table cells."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []  # characters of the marked-up bulletin text, labels left out
        self.marks: list[tuple[str, str, str]] = []  # (kind class, marked text, title)
        self.cells: list[str] = []
        self._in_text = self._in_label = self._in_cell = False
        self._mark: tuple[str, str] | None = None
        self._marked: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "div" and "pre-wrap" in (attr.get("style") or ""):
            self._in_text = True
        elif tag == "mark":
            self._mark = ((attr.get("class") or "").split()[-1], attr.get("title") or "")
            self._marked = []
        elif tag == "span" and self._mark:
            self._in_label = True
        elif tag == "td":
            self._in_cell = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark:
            self.marks.append((self._mark[0], "".join(self._marked), self._mark[1]))
            self._mark = None
        elif tag == "span":
            self._in_label = False
        elif tag == "div":
            self._in_text = False
        elif tag == "td":
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.cells[-1] += data
        if not self._in_text or self._in_label:
            return
        self.text.append(data)
        if self._mark:
            self._marked.append(data)


def test_html_keeps_the_whole_text_and_marks_each_entity_at_its_offsets() -> None:
    page = Page(sample()._repr_html_())
    assert "".join(page.text) == TEXT
    assert page.marks == [(f"fb-{e.kind}", e.text, describe(e)) for e in ENTITIES]


def test_html_escapes_the_text() -> None:
    markup = render_html(sample())
    assert "<b>" not in markup
    assert "&lt;b&gt;&quot;" in markup
    assert "&amp; closed" in markup


def test_html_labels_marks_with_their_kind() -> None:
    markup = render_html(sample())
    for kind in ("ORGANIZATION", "MONEY", "DATE", "INDEX", "PERCENT"):
        assert f">{kind}</span></mark>" in markup


def test_html_tables_of_movements_and_forecasts() -> None:
    page = Page(render_html(sample()))
    assert page.cells == [
        "Photonics Index",
        "▲ up",
        "+2.5% at 3,880 points",
        MOVE.text,
        "Acme Securities",
        "expects",
        "2027-01-01 – 2030-12-31",
        "5,000,000,000,000 – 7,000,000,000,000 USD",
        "",
        CLAIM.text,
    ]


def test_overlapping_and_misplaced_entities_are_left_unmarked() -> None:
    inner = MoneyEntity(**at("$7 trillion"), low=7e12, high=7e12, currency="USD")  # inside MONEY
    stale = PercentEntity(text="9.9%", start=RISE.start, end=RISE.end, value=9.9)  # offsets point elsewhere
    beyond = PercentEntity(text="1%", start=len(TEXT) + 5, end=len(TEXT) + 7, value=1)
    page = Page(render_html(sample(entities=(MONEY, inner, stale, beyond, RISE))))
    assert "".join(page.text) == TEXT
    assert [text for _, text, _ in page.marks] == ["$5 to $7 trillion", "2.5%"]


def test_a_bulletin_without_its_text_shows_an_entity_table() -> None:
    page = Page(render_html(sample(text="")))
    assert page.text == []
    assert page.cells[:4] == ["organization", "Acme Securities", "Acme Securities · broker", "0–15"]


def test_an_empty_bulletin_renders() -> None:
    assert "0 entities, 0 movements, 0 forecasts" in render_html(Bulletin(language="zh"))


@dataclass(frozen=True)
class Described:
    id: str
    entity: Entity
    expected: str


@pytest.mark.parametrize(
    "case",
    [
        Described("money-range", MONEY, "5,000,000,000,000 – 7,000,000,000,000 USD"),
        Described(
            "money-approximate-no-currency",
            MoneyEntity(text="约300亿", start=0, end=5, low=3e10, high=3e10, approximate=True),
            "30,000,000,000 (no currency) (approx.)",
        ),
        Described("percent", RISE, "2.5%"),
        Described(
            "percentage-points",
            PercentEntity(text="9个百分点", start=0, end=5, value=9, percentage_points=True),
            "9 pp",
        ),
        Described("date-window", YEARS, "2027-01-01 – 2030-12-31"),
        Described(
            "date-relative",
            DateEntity(
                text="today",
                start=0,
                end=5,
                start_date=dt.date(2025, 11, 11),
                end_date=dt.date(2025, 11, 11),
                relative=True,
            ),
            "2025-11-11 (relative)",
        ),
        Described(
            "date-unresolved",
            DateEntity(text="next year", start=0, end=9, relative=True),
            "unresolved (relative)",
        ),
        Described("index", INDEX, "Photonics Index · 930999"),
        Described(
            "security",
            SecurityEntity(
                text="Acme Optics",
                start=0,
                end=11,
                name="Acme Optics",
                code="300999",
                exchange="SZSE",
                security_type="stock",
            ),
            "Acme Optics · 300999 · SZSE · stock",
        ),
        Described("organization", ACME, "Acme Securities · broker"),
    ],
    ids=lambda case: case.id,
)
def test_describe(case: Described) -> None:
    assert describe(case.entity) == case.expected


def test_text_tables_group_entities_by_kind() -> None:
    text = render_text(sample(), name="note.txt", width=200)
    lines = text.splitlines()
    assert lines[0] == "note.txt · en · published 2025-11-11 · 7 entities, 1 movement, 1 forecast"
    assert [line for line in lines if line and not line.startswith(" ")][1:] == [
        "INDEX (2)",
        "ORGANIZATION (1)",
        "MONEY (1)",
        "PERCENT (2)",
        "DATE (1)",
        "MOVEMENTS (1)",
        "FORECASTS (1)",
    ]
    assert "  2.5%  2.5%   ×2" in lines  # two mentions with the same value are counted, not repeated
    assert any(line.startswith("  光模块指数") for line in lines)


@pytest.mark.parametrize("width", [40, 60, 100])
def test_text_tables_fit_the_width(width: int) -> None:
    lines = render_text(sample(), width=width).splitlines()[1:]  # the title line may run on
    assert max(_width(line) for line in lines) <= width
    assert any(line.endswith("…") for line in lines)


def test_text_tables_put_each_cell_on_one_line() -> None:
    claim = Forecast(**at("of demand between 2027 and 2030.\nThe Photonics"), source=ACME)
    b = Bulletin(language="en", forecasts=(claim,))
    assert "  Acme Securities  of demand between 2027 and 2030. The Photonics" in render_text(b).splitlines()
