"""Show a Bulletin to a person: HTML for notebooks, plain-text tables for terminals.

:func:`render_html` is what :meth:`finbulletin.Bulletin._repr_html_` returns: the text with
each entity marked in its kind's colour and labelled with its kind (in the manner of
spaCy's displaCy; hover a mark for its values), then tables of the movements and
forecasts. :func:`render_text` is the command line's ``--format table``: entities grouped
by kind with their values, then the movements and forecasts, in columns that fit the
terminal's width (East Asian wide characters count as two columns).

Example:
    >>> from finbulletin.models import Bulletin, PercentEntity
    >>> b = Bulletin(language="en", entities=(PercentEntity(text="0.48%", start=9, end=14, value=0.48),))
    >>> print(render_text(b, width=60))
    en · published unknown · 1 entity, 0 movements, 0 forecasts
    <BLANKLINE>
    PERCENT (1)
      text   value
      0.48%  0.48%
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from finbulletin.models import (
    ENTITY_KINDS,
    Bulletin,
    DateEntity,
    Entity,
    Forecast,
    IndexEntity,
    MoneyEntity,
    Movement,
    NamedEntity,
    OrganizationEntity,
    PercentEntity,
    Period,
    SecurityEntity,
)

#: Background colour of each kind's marks (displaCy's palette where spaCy has the kind).
KIND_COLORS: dict[str, str] = {
    "index": "#feca74",
    "sector": "#c887fb",
    "security": "#aa9cfc",
    "organization": "#7aecec",
    "money": "#e4e7d2",
    "percent": "#bfeeb7",
    "date": "#bfe1d9",
}

#: Gap between two text columns.
_GAP = "  "

#: Narrowest a shrunk text column may become.
_MIN_COLUMN = 4

_DIRECTION_ARROWS = {"up": "▲ up", "down": "▼ down", "flat": "▬ flat"}


def describe(entity: Entity) -> str:
    """The normalised values of an entity, in a few words.

    Example:
        >>> from finbulletin.models import MoneyEntity, SecurityEntity
        >>> describe(MoneyEntity(text="$5 to $7 trillion", start=0, end=17,
        ...                      low=5e12, high=7e12, currency="USD"))
        '5,000,000,000,000 – 7,000,000,000,000 USD'
        >>> describe(SecurityEntity(text="AIETF", start=0, end=5, name="AI ETF", code="515070",
        ...                         exchange="SSE", security_type="etf"))
        'AI ETF · 515070 · SSE · etf'
    """
    if isinstance(entity, MoneyEntity):
        amount = (
            _number(entity.low)
            if entity.low == entity.high
            else f"{_number(entity.low)} – {_number(entity.high)}"
        )
        parts = [amount, entity.currency or "(no currency)"]
        return " ".join(parts) + (" (approx.)" if entity.approximate else "")
    if isinstance(entity, PercentEntity):
        return f"{_number(entity.value)} pp" if entity.percentage_points else f"{_number(entity.value)}%"
    if isinstance(entity, DateEntity):
        window = _window(entity.start_date, entity.end_date)
        return window + (" (relative)" if entity.relative else "")
    return _name(entity)


def _name(entity: NamedEntity) -> str:
    """A named entity's canonical name with its code, venue and type, where known."""
    parts: list[str | None] = [entity.name]
    if isinstance(entity, IndexEntity):
        parts.append(entity.code)
    elif isinstance(entity, SecurityEntity):
        parts += [entity.code, entity.exchange, entity.security_type]
    elif isinstance(entity, OrganizationEntity):
        parts.append(entity.org_type)
    return " · ".join(part for part in parts if part)


def _number(value: float) -> str:
    """A number with thousands separators and no trailing zeros.

    Example:
        >>> [_number(x) for x in (5e12, 0.48, -4.45, 1.28e8, 3880.5)]
        ['5,000,000,000,000', '0.48', '-4.45', '128,000,000', '3,880.5']
    """
    return f"{value:,.15g}"


def _window(start: object, end: object) -> str:
    """A date, or a window of dates, as ISO text.

    Example:
        >>> import datetime as dt
        >>> _window(dt.date(2027, 1, 1), dt.date(2030, 12, 31))
        '2027-01-01 – 2030-12-31'
        >>> _window(None, None)
        'unresolved'
    """
    if start is None and end is None:
        return "unresolved"
    if start == end:
        return str(start)
    return f"{start or '?'} – {end or '?'}"


def _period(period: Period | None) -> str:
    return "" if period is None else _window(period.start_date, period.end_date)


def _change(movement: Movement) -> str:
    """A movement's figure: signed percent or points, and the level reached.

    Example:
        >>> from finbulletin.models import Level
        >>> _change(Movement(text="rose 1.2% to 3,880 points", start=0, end=25, direction="up",
        ...                  change=1.2, level=Level(value=3880, unit="points")))
        '+1.2% at 3,880 points'
    """
    parts = []
    if movement.change is not None:
        unit = " pp" if movement.percentage_points else "%"
        parts.append(f"{movement.change:+,.15g}{unit}")
    if movement.level is not None:
        unit = f" {movement.level.unit}" if movement.level.unit else ""
        parts.append(f"at {_number(movement.level.value)}{unit}")
    return " ".join(parts)


def _subject(entity: NamedEntity | None) -> str:
    return "(market)" if entity is None else entity.name


def _movement_row(movement: Movement) -> list[str]:
    return [
        _subject(movement.subject),
        _DIRECTION_ARROWS[movement.direction],
        _change(movement),
        movement.text,
    ]


def _forecast_row(forecast: Forecast) -> list[str]:
    amounts = "; ".join(describe(m) for m in forecast.amounts)
    about = "" if forecast.subject is None else forecast.subject.name
    return [forecast.source.name, forecast.cue or "", _period(forecast.period), amounts, about, forecast.text]


_MOVEMENT_HEADERS = ["subject", "direction", "change", "text"]
_FORECAST_HEADERS = ["source", "cue", "period", "amounts", "about", "claim"]


def _summary(bulletin: Bulletin) -> str:
    """One line: language, reference date and counts.

    Example:
        >>> _summary(Bulletin(language="zh"))
        'zh · published unknown · 0 entities, 0 movements, 0 forecasts'
    """
    published = bulletin.published.isoformat() if bulletin.published else "unknown"
    counts = ", ".join(
        _count(len(items), noun)
        for items, noun in (
            (bulletin.entities, "entity"),
            (bulletin.movements, "movement"),
            (bulletin.forecasts, "forecast"),
        )
    )
    return f"{bulletin.language} · published {published} · {counts}"


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


# -- plain text ---------------------------------------------------------------------------


def render_text(bulletin: Bulletin, *, name: str | None = None, width: int = 100) -> str:
    """The bulletin as plain-text tables for a terminal ``width`` columns wide.

    Entities are grouped by kind, repeated mentions with the same values counted once
    (``×2``); then the movements and the forecasts.

    Args:
        bulletin: what to show.
        name: a title for the first line, such as the file name.
        width: the terminal's width in columns; long cells are cut with "…".

    Example:
        >>> from finbulletin.models import Movement
        >>> b = Bulletin(language="en", movements=(Movement(text="fell 0.48%", start=0, end=10,
        ...                                                 direction="down", change=-0.48),))
        >>> print(render_text(b, name="a.txt"))
        a.txt · en · published unknown · 0 entities, 1 movement, 0 forecasts
        <BLANKLINE>
        MOVEMENTS (1)
          subject   direction  change  text
          (market)  ▼ down     -0.48%  fell 0.48%
    """
    title = _summary(bulletin) if name is None else f"{name} · {_summary(bulletin)}"
    lines = [title]
    inner = max(width - 2, 2 * _MIN_COLUMN)
    for kind in ENTITY_KINDS:
        found = Counter((_clean(e.text), describe(e)) for e in bulletin.entities if e.kind == kind)
        if found:
            rows = [[text, values, f"×{n}" if n > 1 else ""] for (text, values), n in found.items()]
            total = sum(found.values())
            lines += ["", f"{kind.upper()} ({total})", *_table(["text", "value", ""], rows, inner)]
    if bulletin.movements:
        rows = [_movement_row(m) for m in bulletin.movements]
        lines += ["", f"MOVEMENTS ({len(rows)})", *_table(_MOVEMENT_HEADERS, rows, inner)]
    if bulletin.forecasts:
        rows = [_forecast_row(f) for f in bulletin.forecasts]
        lines += ["", f"FORECASTS ({len(rows)})", *_table(_FORECAST_HEADERS, rows, inner)]
    return "\n".join(lines)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[str]:
    """Rows in aligned columns, indented by two, the widest columns cut to fit ``width``.

    Empty columns are left out.

    Example:
        >>> for line in _table(["a", "b"], [["x", "long text here"], ["yy", "z"]], 14):
        ...     print(line)
          a   b
          x   long text…
          yy  z
    """
    cells = [[_clean(cell) for cell in row] for row in rows]
    keep = [i for i in range(len(headers)) if any(row[i] for row in cells)]
    table = [[headers[i] for i in keep]] + [[row[i] for i in keep] for row in cells]
    widths = [max(_width(row[i]) for row in table) for i in range(len(keep))]
    room = width - len(_GAP) * (len(widths) - 1)
    cap = max(widths)
    while cap > _MIN_COLUMN and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    widths = [min(w, cap) for w in widths]
    return [
        "  " + _GAP.join(_pad(_fit(cell, w), w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]


def _clean(text: str) -> str:
    r"""Text on one line: runs of whitespace and control characters become one space.

    Example:
        >>> _clean("a\n\tb\x00c")
        'a b c'
    """
    return " ".join("".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text).split())


def _width(text: str) -> int:
    r"""Terminal columns taken by ``text``: wide East Asian characters take two.

    Example:
        >>> _width("ETF 上涨"), _width("e\u0301")
        (8, 1)
    """
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending with "…" when cut.

    Example:
        >>> _fit("上证指数上涨", 7), _fit("short", 7)
        ('上证指…', 'short')
    """
    if _width(text) <= width:
        return text
    used, kept = 0, []
    for char in text:
        used += _char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


# -- HTML ---------------------------------------------------------------------------------

_MARK_STYLE = (
    "background: {color}; padding: 0.1em 0.35em; margin: 0 0.1em; border-radius: 0.35em; "
    "line-height: 2; box-decoration-break: clone; -webkit-box-decoration-break: clone"
)
_LABEL_STYLE = (
    "font-size: 0.65em; font-weight: bold; text-transform: uppercase; margin-left: 0.4em; "
    "vertical-align: middle; opacity: 0.75"
)
_TABLE_STYLE = "border-collapse: collapse; margin: 0.4em 0 1em 0; font-size: 0.9em"
_CELL_STYLE = "border-bottom: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; vertical-align: top"


def render_html(bulletin: Bulletin) -> str:
    """The bulletin as HTML: the marked text, then tables of movements and forecasts.

    Marks follow the entities' offsets into :attr:`Bulletin.text`; all text is
    HTML-escaped. A bulletin that has no text (one loaded from JSON) shows a table of its
    entities instead. Styles are inline, so the output renders wherever HTML does.

    Example:
        >>> from finbulletin.models import PercentEntity
        >>> b = Bulletin(language="en", entities=(PercentEntity(text="0.48%", start=9, end=14, value=0.48),))
        >>> b._text = "<b>fell</b 0.48%"
        >>> "&lt;b&gt;fell&lt;/b " in render_html(b)
        True
    """
    parts = [
        '<div class="finbulletin" style="font-family: sans-serif; line-height: 1.5">',
        f'<div style="color: #666; font-size: 0.85em; margin-bottom: 0.5em">{_esc(_summary(bulletin))}</div>',
    ]
    if bulletin.text:
        parts.append(_marked_text(bulletin.text, bulletin.entities))
    elif bulletin.entities:
        rows = [[e.kind, e.text, describe(e), f"{e.start}–{e.end}"] for e in bulletin.entities]
        parts.append(_html_table("Entities", ["kind", "text", "value", "offsets"], rows))
    if bulletin.movements:
        rows = [_movement_row(m) for m in bulletin.movements]
        parts.append(_html_table("Movements", _MOVEMENT_HEADERS, rows))
    if bulletin.forecasts:
        rows = [_forecast_row(f) for f in bulletin.forecasts]
        parts.append(_html_table("Forecasts", _FORECAST_HEADERS, rows))
    parts.append("</div>")
    return "\n".join(parts)


def _marked_text(text: str, entities: Iterable[Entity]) -> str:
    """``text`` escaped, with a labelled ``<mark>`` around each entity.

    An entity whose offsets do not slice its own text out of ``text``, or that overlaps
    one already marked, is left unmarked.

    Example:
        >>> from finbulletin.models import PercentEntity
        >>> html = _marked_text("up 5% & more", [PercentEntity(text="5%", start=3, end=5, value=5)])
        >>> html.startswith('<div style="white-space: pre-wrap">up <mark class="fb-ent fb-percent"')
        True
        >>> html.endswith('PERCENT</span></mark> &amp; more</div>') and 'title="5%"' in html
        True
    """
    out = ['<div style="white-space: pre-wrap">']
    cursor = 0
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.start < cursor or text[entity.start : entity.end] != entity.text:
            continue
        style = _MARK_STYLE.format(color=KIND_COLORS.get(entity.kind, "#ddd"))
        out += [
            _esc(text[cursor : entity.start]),
            f'<mark class="fb-ent fb-{entity.kind}" style="{style}" title="{_esc(describe(entity))}">',
            _esc(entity.text),
            f'<span style="{_LABEL_STYLE}">{entity.kind.upper()}</span></mark>',
        ]
        cursor = entity.end
    out += [_esc(text[cursor:]), "</div>"]
    return "".join(out)


def _html_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A titled HTML table; every cell is escaped.

    Example:
        >>> _html_table("T", ["a"], [["<x>"]]).splitlines()[-2].endswith(">&lt;x&gt;</td></tr>")
        True
    """
    head = "".join(f'<th style="{_CELL_STYLE}">{_esc(h)}</th>' for h in headers)
    body = [
        "<tr>" + "".join(f'<td style="{_CELL_STYLE}">{_esc(cell)}</td>' for cell in row) + "</tr>"
        for row in rows
    ]
    return "\n".join(
        [
            f'<div style="font-weight: bold; margin-top: 0.8em">{_esc(title)} ({len(rows)})</div>',
            f'<table style="{_TABLE_STYLE}">',
            f"<tr>{head}</tr>",
            *body,
            "</table>",
        ]
    )


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
