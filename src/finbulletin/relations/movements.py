"""Movements: who moved, which way and by how much, over the resolved entities.

The finder reads one sentence at a time. In each it looks for movement cues (the words
of ``lang/<code>/relations.py``: "fell", "closed higher", "领涨", "跌超") and, for each cue:

1. **Scope.** The subject of a cue stands between the previous cue (or a clause break:
   ";", ", while", ", with", "而") and the cue itself.
2. **Figure.** After the cue, hedges are skipped ("more than", "超", "近") and the figures
   read: one ("fell 0.72%"), a list for a list of names ("gained 0.3% and 2.6%,
   respectively", "分别上涨0.66%及1.02%") or a range ("climbing between 2% and 5%",
   which gives the direction only). A percent entity at that place gives the value;
   otherwise the figure is read from the text.
3. **Guards.** No movement when a forecast or hypothesis governs the clause ("will rise
   20%", "预计上涨"), when the thing that moved is a fundamental ("net profit ... up 40%",
   "持股比例", year-on-year figures), when the cue is denied ("nearly wiping out its
   gains"), when an English verb has an object ("strengthened its balance sheet"), when a
   Chinese cue describes a noun ("上涨空间", "领涨板块有"), or when the subject is
   market breadth ("1,940 stocks rose").
4. **Subject.** The name right before the cue, with the names listed with it ("A, B, C,
   etc., led the gains", "A、B等跌超9%"); else the first name of the clause ("X was the
   biggest winner on the Y index, jumping 7%"); else a market-wide phrase ("stocks",
   "三大指数": subject None); else, for a short clause, the subject of the previous move
   in the sentence ("……一度翻红,尾盘收跌1.18%").

A signed figure in brackets right after a name is a movement too: "Kite Holdings (01234.HK)
-1.250 (-0.84%)", "风电(+3.27%)". Levels ("closed at 3,912.40 points") go into
``Movement.level``, never into the change. A move with no figure is dropped when the
same subject moves the same way with a figure in the same sentence, and a document
reports each (subject, direction, change) once.

Example:
    >>> from finbulletin.context import Context
    >>> from finbulletin.models import SecurityEntity, PercentEntity
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "The Solar Leaders ETF fell 0.72%."
    >>> ents = [SecurityEntity(text="Solar Leaders ETF", start=4, end=21, name="Solar Leaders ETF"),
    ...         PercentEntity(text="0.72%", start=27, end=32, value=0.72)]
    >>> [(m.subject.text, m.direction, m.change)
    ...  for m in find_movements(Context(text, "en", None, make_nlp("en")(text)), ents)]
    [('Solar Leaders ETF', 'down', -0.72)]
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TypeGuard

import regex

from finbulletin.context import Context
from finbulletin.models import (
    Direction,
    Entity,
    IndexEntity,
    Language,
    Level,
    MoneyEntity,
    Movement,
    NamedEntity,
    OrganizationEntity,
    PercentEntity,
    SectorEntity,
    SecurityEntity,
)
from finbulletin.numbers import DECIMAL_PATTERN, parse_decimal
from finbulletin.relations.sentences import cue_starts, key_starts, relations_pack, scan_cues, split_sentences

#: The entity types that can move or speak.
_NAMED_TYPES = (IndexEntity, SectorEntity, SecurityEntity, OrganizationEntity)

#: Entities in text order: by start, then end.
SPAN_ORDER = operator.attrgetter("start", "end")

#: Between a name and a signed figure in brackets: "Kite Holdings (01234.HK)  -1.250 (".
_SIGNED_GAP = regex.compile(
    rf"""
    \s*+
    (?:[(（][^()（）\n]{{0,40}}+[)）]\s*+)?+           # a code: (01234.HK)
    (?:[-−+＋]?+{DECIMAL_PATTERN}\s*+)?+               # a price change: -1.250
    [(（]\s*+                                          # the bracket of the figure
    """,
    regex.VERBOSE,
)

#: A signed figure in brackets: "(+3.27%)", "(-0.84%)".
_SIGNED_FIGURE = regex.compile(
    rf"""(?<=[(（]\s*+)(?P<sign>[-−+＋])(?P<number>{DECIMAL_PATTERN})\s*+[%％](?=\s*+[)）])""",
    regex.VERBOSE,
)

#: An alias in brackets right after a name: "瑞银(UBS)", "数据中心(算力租赁)".
_ALIAS_OPEN = regex.compile(r"\s*+[(（]\s*+")
_ALIAS_CLOSE = regex.compile(r"\s*+[)）]")

#: Words of a clause, to tell a short clause from a long one.
_WORD = regex.compile(r"\p{Han}|(?:(?!\p{Han})[\p{L}\p{N}])++")

#: The longest clause (in words or Han characters) whose subject is taken from the
#: previous movement of its sentence.
_INHERIT_LIMIT = 6

#: How far after a cue a level ("at 3,912.40 points") is looked for, in characters.
_LEVEL_REACH = 60

#: How far before a figure-first cue ("以4.2%的涨幅") its figure is looked for, in characters.
_PRE_REACH = 24

_MINUS = "-−"


@dataclass(slots=True)
class _Cue:
    """A cue found in the text; a figure-first cue's start moves back to its figure."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure read after (or inside) a cue."""

    value: float  # the number as written, sign included
    points: bool  # percentage points rather than percent
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Figures:
    """The figures of one cue: one, a list, or the two ends of a range."""

    items: tuple[_Figure, ...]
    is_range: bool
    end: int


@dataclass(frozen=True, slots=True)
class _Doc:
    """What the finder needs about one text, built once per call."""

    text: str
    language: Language
    pack: ModuleType  # lang.en.relations or lang.zh.relations
    named: tuple[NamedEntity, ...]  # subject candidates, aliases left out, by start
    named_starts: tuple[int, ...]
    alias_of: dict[int, NamedEntity]  # start of an alias -> the name it belongs to
    percents: dict[int, PercentEntity]  # start -> percent entity
    moneys: dict[int, MoneyEntity]  # start -> money entity
    spans: tuple[tuple[int, int], ...]  # every name's span, by start (cues inside them are skipped)
    cue_starts: list[int]  # where a movement cue may start
    guard_starts: list[int] | None  # where a clause guard may start (None: anywhere)
    span_starts: tuple[int, ...]


@dataclass(slots=True)
class _State:
    """What one sentence has seen so far."""

    scope_start: int  # where the next cue's clause begins
    end: int  # the end of the sentence
    subjects: list[NamedEntity | None] | None = None  # subjects of the last movement
    moved: bool = False  # some movement was found in the sentence


def find_movements(ctx: Context, entities: Sequence[Entity]) -> list[Movement]:
    """Find the stated price or level changes of a bulletin.

    Args:
        ctx: the text being parsed, with its language.
        entities: the resolved entities, sorted by start.

    Returns:
        The movements in text order, each (subject, direction, change) once.
    """
    text = ctx.text
    if not text.strip():
        return []
    doc = _prepare(ctx, entities)
    found: list[Movement] = []
    seen: set[tuple[str | None, str, float | None]] = set()
    before: Direction | None = None
    for sentence in split_sentences(text, ctx.language):
        moves = _absorb(_sentence_movements(doc, sentence.start, sentence.end, before))
        before = moves[-1].direction if moves else before
        for move in moves:
            key = (
                move.subject.text if move.subject else None,
                move.direction,
                None if move.change is None else round(move.change, 4),
            )
            if key not in seen:
                seen.add(key)
                found.append(move)
    found.sort(key=lambda m: (m.start, m.end))
    return found


def _prepare(ctx: Context, entities: Sequence[Entity]) -> _Doc:
    """Index the entities and the possible cue starts of one text for the finder."""
    text = ctx.text
    pack = relations_pack(ctx.language)
    named_all: list[NamedEntity] = []
    percents: dict[int, PercentEntity] = {}
    moneys: dict[int, MoneyEntity] = {}
    for e in sorted(entities, key=SPAN_ORDER):
        if is_named(e):
            named_all.append(e)
        elif isinstance(e, PercentEntity):
            percents[e.start] = e
        elif isinstance(e, MoneyEntity):
            moneys[e.start] = e
    alias_of = alias_owners(text, named_all)
    named = tuple(e for e in named_all if e.start not in alias_of)
    spans = tuple((e.start, e.end) for e in named_all)
    return _Doc(
        text=text,
        language=ctx.language,
        pack=pack,
        named=named,
        named_starts=tuple(e.start for e in named),
        alias_of=alias_of,
        percents=percents,
        moneys=moneys,
        spans=spans,
        span_starts=tuple(s for s, _ in spans),
        cue_starts=cue_starts(ctx, text, pack.MOVE_START, pack.MOVE_FIRST_WORDS),
        guard_starts=key_starts(text, pack.CLAUSE_GUARD_KEYS, words=ctx.language == "en"),
    )


def is_named(entity: Entity) -> TypeGuard[NamedEntity]:
    """Whether ``entity`` is a name: an index, sector, security or organisation.

    Example:
        >>> from finbulletin.models import PercentEntity, SectorEntity
        >>> is_named(SectorEntity(text="CPO", start=0, end=3, name="cpo"))
        True
        >>> is_named(PercentEntity(text="1%", start=9, end=11, value=1.0))
        False
    """
    return isinstance(entity, _NAMED_TYPES)


def alias_owners(text: str, names: Sequence[NamedEntity]) -> dict[int, NamedEntity]:
    """Names written in brackets right after another name, mapped (by start) to that name.

    "瑞银(UBS)", "数据中心(算力租赁)": the bracketed name is an alias, not a second
    subject or source.

    Example:
        >>> from finbulletin.models import OrganizationEntity as Org
        >>> text = "瑞银(UBS)认为"
        >>> owners = alias_owners(text, [Org(text="瑞银", start=0, end=2, name="UBS"),
        ...                              Org(text="UBS", start=3, end=6, name="UBS")])
        >>> {start: owner.text for start, owner in owners.items()}
        {3: '瑞银'}
    """
    owners: dict[int, NamedEntity] = {}
    for first, second in itertools.pairwise(names):
        if first.end >= second.start or not (text[first.end] in "(（" or text[first.end].isspace()):
            continue  # the quick test: no bracket or space right after the first name
        opened = _ALIAS_OPEN.match(text, first.end, second.start)
        if opened and opened.end() == second.start and _ALIAS_CLOSE.match(text, second.end):
            owners[second.start] = owners.get(first.start, first)
    return owners


def _sentence_movements(doc: _Doc, start: int, end: int, before: Direction | None) -> list[Movement]:
    """The movements of the sentence ``start:end``, in the order found.

    ``before`` is the direction of the last movement of the sentences before: "followed
    suit" takes the direction of the move before it.
    """
    text, pack = doc.text, doc.pack
    state = _State(scope_start=start, end=end)
    moves: list[Movement] = []
    used_figures: set[int] = set()
    for found in scan_cues(pack.MOVE_CUE, doc.cue_starts, text, start, end):
        role = found.lastgroup or ""
        cue = _Cue(found.start(), found.end(), found.group())
        if _inside_entity(doc, cue.start, cue.end):
            continue
        if role == "neutral":
            state.scope_start, state.subjects = cue.end, None
            continue
        figures = _figures(doc, cue, role, state.scope_start, end)
        if role.endswith("_pre") and figures is None:
            continue
        scope_start = _scope_start(doc, state.scope_start, cue.start)
        direction: Direction = (
            "up" if role.startswith("up") else "down" if role.startswith("down") else "flat"
        )
        if role == "same":
            same = moves[-1].direction if moves else before
            if same is None:
                continue
            direction = same
        stop = max(figures.end, cue.end) if figures else cue.end
        new_moves = _cue_movements(doc, cue, role, direction, figures, scope_start, stop, state)
        state.scope_start = stop
        if new_moves:
            moves.extend(new_moves)
            state.subjects = [m.subject for m in new_moves]
            state.moved = True
            if figures:
                used_figures.update(f.start for f in figures.items)
    moves.extend(_signed_movements(doc, start, end, used_figures))
    return moves


def _cue_movements(
    doc: _Doc,
    cue: _Cue,
    role: str,
    direction: Direction,
    figures: _Figures | None,
    scope_start: int,
    stop: int,
    state: _State,
) -> list[Movement]:
    """The movements stated by one cue, or none when a guard refuses it."""
    text, pack = doc.text, doc.pack
    if role.endswith("_fig") and not figures:
        return []
    if _refused(doc, cue, role, figures, scope_start):
        return []
    if role.endswith("_after"):
        if not state.moved:
            return []
        subjects: list[NamedEntity | None] | None = _chain_after(doc, cue.end, stop + _LEVEL_REACH)
    else:
        subjects = _subjects(doc, cue, role, figures is not None, scope_start, state)
    if not subjects or _clause_refused(doc, subjects, scope_start, cue.start):
        return []
    if any(s is None for s in subjects) and pack.BREADTH.search(text, scope_start, cue.start):
        return []
    changes = _assign(subjects, figures, direction)
    level = _level(doc, subjects[0], scope_start, cue.start, stop, state.end) if len(subjects) == 1 else None
    moves = []
    for subject, (change, points) in changes:
        first = subject.start if subject is not None and scope_start <= subject.start < cue.start else None
        span_start = min(first, cue.start) if first is not None else cue.start
        moves.append(
            Movement(
                text=text[span_start:stop],
                start=span_start,
                end=stop,
                subject=subject,
                direction=direction,
                change=change,
                percentage_points=points,
                level=level,
            )
        )
    return moves


def _refused(doc: _Doc, cue: _Cue, role: str, figures: _Figures | None, scope_start: int) -> bool:
    """Whether a guard refuses the cue (see the module docstring, step 3)."""
    text, pack = doc.text, doc.pack
    before = text[max(scope_start, cue.start - 12) : cue.start]
    after_end = figures.end if figures else cue.end
    if pack.NEGATION.search(before):
        return True
    if pack.YOY_AFTER.match(text, after_end):
        return True
    if doc.language == "zh":
        if pack.POST_BLOCK.match(text, cue.end):
            return True
        if not figures and role in ("up", "down", "flat") and pack.ATTRIBUTIVE.match(text, cue.end):
            return True
    elif not figures and role in ("up", "down", "flat", "up_strict", "down_strict"):
        return not pack.FOLLOWER.match(text, cue.end)
    return False


def _clause_refused(doc: _Doc, subjects: list[NamedEntity | None], scope_start: int, cue_start: int) -> bool:
    """Whether the clause states a forecast, a fundamental or a year-on-year change, not a price.

    A forecast: "will rise", "预计上涨"; a fundamental: "net profit", "持股比例". The words
    looked at run from the clause of the first subject (an introductory phrase before a
    comma, "In the fund,", is left out) to the cue.
    """
    begin = scope_start
    first = subjects[0]
    if first is not None and first.start >= scope_start:
        comma = max(doc.text.rfind(mark, scope_start, first.start) for mark in ",，")
        begin = max(begin, comma + 1)
    return any(
        not _inside_entity(doc, found.start(), found.end())
        for found in scan_cues(doc.pack.CLAUSE_GUARD, doc.guard_starts, doc.text, begin, cue_start)
    )


def _scope_start(doc: _Doc, floor: int, cue_start: int) -> int:
    """Where the clause of a cue begins: after the last clause break, never before ``floor``."""
    begin = floor
    for brk in doc.pack.SCOPE_BREAK.finditer(doc.text, floor, cue_start):
        begin = brk.end()
    return begin


def _subjects(
    doc: _Doc,
    cue: _Cue,
    role: str,
    has_figure: bool,
    scope_start: int,
    state: _State,
) -> list[NamedEntity | None] | None:
    """The subjects of a cue (see the module docstring, step 4); None when there is none."""
    text, pack = doc.text, doc.pack
    lo = bisect.bisect_left(doc.named_starts, scope_start)
    hi = bisect.bisect_left(doc.named_starts, cue.start)
    candidates = [e for e in doc.named[lo:hi] if e.end <= cue.start]
    if candidates and _is_venue(doc, candidates[-1]):
        # "Iron ore futures on the Dalian Commodity Exchange fell": the venue does not move;
        # what trades on it does, when it is a name ("rebar on the SHFE" names none).
        venue = candidates.pop()
        if not candidates or not doc.pack.VENUE_GAP.fullmatch(text, candidates[-1].end, venue.start):
            return None
        return list(_chain_before(doc, candidates))
    if candidates:
        nearest = candidates[-1]
        if _gap_to_cue(doc, nearest, cue.start):
            return list(_chain_before(doc, candidates))
    if role.endswith("_adj") or (role.endswith("_strict") and not has_figure):
        return None
    participle = doc.language == "en" and cue.text.split(" ", 1)[0].lower().endswith("ing")
    if participle and text[scope_start : cue.start].rstrip().endswith(",") and state.subjects:
        return state.subjects
    priced = [e for e in candidates if e.kind != "organization"]
    if priced:
        return list(_chain_from(doc, candidates, candidates.index(priced[0])))
    if pack.GENERIC_SUBJECT.search(text, scope_start, cue.start):
        return [None]
    if state.subjects and _inherits(doc, scope_start, cue.start):
        return state.subjects
    return None


def _inherits(doc: _Doc, lo: int, hi: int) -> bool:
    """Whether the words ``lo:hi`` before a cue leave it the subject of the move before.

    A short stretch does ("……一度翻红,尾盘收跌1.18%"); after a comma only adverbs and
    time words may stand there, so that a name the recognizers missed ("……上涨2%,某某股份
    累计上涨18.5%") does not hand its move to the subject of another clause.
    """
    text = doc.text
    if len(_WORD.findall(text, lo, hi)) > _INHERIT_LIMIT:
        return False
    comma = max(text.rfind(mark, lo, hi) for mark in ",，;；")
    return comma < 0 or doc.pack.INHERIT_GAP.fullmatch(text, comma + 1, hi) is not None


def _is_venue(doc: _Doc, entity: NamedEntity) -> bool:
    """Whether ``entity`` is an exchange named as the place of trading ("on the SHFE", "在上期所")."""
    return (
        isinstance(entity, OrganizationEntity)
        and entity.org_type == "exchange"
        and doc.pack.VENUE_BEFORE.search(doc.text, max(0, entity.start - 12), entity.start) is not None
    )


def _gap_to_cue(doc: _Doc, entity: NamedEntity, cue_start: int) -> bool:
    """Whether only codes, head nouns and adverbs stand between ``entity`` and the cue."""
    return doc.pack.ADJACENT_GAP.fullmatch(doc.text, entity.end, cue_start) is not None


def _linked(doc: _Doc, left: NamedEntity, right: NamedEntity) -> bool:
    """Whether two names belong to one list ("A, B and C", "A、B").

    A name that sets the scope before a comma ("Among consumer stocks, Pop Mart") is not
    in the list of the name after it.
    """
    gap = doc.pack.CHAIN_GAP.fullmatch(doc.text, left.end, right.start)
    if gap is None:
        return False
    between = gap.group()
    return not (
        ("," in between or "，" in between)
        and doc.pack.SCOPE_LEAD.search(doc.text, max(0, left.start - 12), left.start)
    )


def _chain_before(doc: _Doc, candidates: list[NamedEntity]) -> list[NamedEntity]:
    """The list of names that ends with the last candidate."""
    chain = [candidates[-1]]
    for prev in reversed(candidates[:-1]):
        if not _linked(doc, prev, chain[0]):
            break
        chain.insert(0, prev)
    return chain


def _chain_from(doc: _Doc, candidates: list[NamedEntity], first: int) -> list[NamedEntity]:
    """The list of names that starts with ``candidates[first]``."""
    chain = [candidates[first]]
    for nxt in candidates[first + 1 :]:
        if not _linked(doc, chain[-1], nxt):
            break
        chain.append(nxt)
    return chain


#: Spaces and an article between a cue and the names after it ("lifted by the banks").
_ARTICLE_GAP = regex.compile(r"\s*+(?:the\s++)?+", regex.IGNORECASE)


def _chain_after(doc: _Doc, pos: int, limit: int) -> list[NamedEntity | None] | None:
    """The list of names right after ``pos`` ("lifted by financial heavyweights")."""
    i = bisect.bisect_left(doc.named_starts, pos)
    if i >= len(doc.named) or doc.named[i].start > limit:
        return None
    head = doc.named[i]
    if _ARTICLE_GAP.fullmatch(doc.text, pos, head.start) is None:
        return None
    chain: list[NamedEntity | None] = [head]
    prev = head
    for nxt in doc.named[i + 1 :]:
        if not _linked(doc, prev, nxt):
            break
        chain.append(nxt)
        prev = nxt
    return chain


def _figures(doc: _Doc, cue: _Cue, role: str, floor: int, limit: int) -> _Figures | None:
    """The figures of a cue: inside or before it for ``*_pre`` cues, else right after it.

    A Chinese figure-first cue is matched on its noun ("涨幅") and the figure is found
    before it ("以4.2%的涨幅"); the cue then starts at the figure's lead ("以").
    """
    if role.endswith("_pre"):
        return _figure_inside(doc, cue) or _figure_before(doc, cue, floor)
    if role.endswith("_after") or role == "neutral":
        return None
    lead = doc.pack.FIGURE_LEAD.match(doc.text, cue.end, limit)
    if lead is None:
        return None
    first = _figure_at(doc, lead.end(), limit)
    if first is None:
        return None
    items = [first]
    is_range = bool(lead.group("range"))
    while True:
        sep = doc.pack.RANGE_SEP.match(doc.text, items[-1].end, limit)
        nxt = _figure_at(doc, sep.end(), limit) if sep else None
        if nxt is not None:
            items.append(nxt)
            is_range = True
            break
        sep = doc.pack.LIST_SEP.match(doc.text, items[-1].end, limit)
        nxt = _figure_at(doc, sep.end(), limit) if sep else None
        if nxt is None:
            break
        items.append(nxt)
    return _Figures(tuple(items), is_range and len(items) == 2, items[-1].end)


def _figure_inside(doc: _Doc, cue: _Cue) -> _Figures | None:
    """The figure written inside a cue: "ended 0.33 per cent, or 10.2 points higher"."""
    found = doc.pack.FIGURE.search(doc.text, cue.start, cue.end)
    figure = _figure_at(doc, found.start(), cue.end) if found else None
    return _Figures((figure,), False, cue.end) if figure else None


def _figure_before(doc: _Doc, cue: _Cue, floor: int) -> _Figures | None:
    """The figure written right before a cue ("4.2%的涨幅"); moves the cue's start to its lead."""
    lead_pattern = doc.pack.PRE_LEAD
    if lead_pattern is None:
        return None
    window = max(floor, cue.start - _PRE_REACH)
    last = None
    for found in doc.pack.FIGURE.finditer(doc.text, window, cue.start):
        last = found
    if last is None or doc.pack.PRE_GAP.fullmatch(doc.text, last.end(), cue.start) is None:
        return None
    figure = _figure_at(doc, last.start(), cue.start)
    if figure is None:
        return None
    lead = lead_pattern.search(doc.text, window, last.start())
    cue.start = lead.start() if lead else last.start()
    return _Figures((figure,), False, figure.end)


def _figure_at(doc: _Doc, pos: int, limit: int) -> _Figure | None:
    """The figure that starts at ``pos``: the percent entity there, else read from the text."""
    entity = doc.percents.get(pos)
    if entity is not None and entity.end <= limit:
        return _Figure(entity.value, entity.percentage_points, entity.start, entity.end)
    found = doc.pack.FIGURE.match(doc.text, pos, limit)
    if found is None:
        return None
    entity = doc.percents.get(found.start("number"))
    if entity is not None:  # the sign was left out of the entity
        value = -abs(entity.value) if (found.group("sign") or "") in _MINUS else entity.value
        return _Figure(value, entity.percentage_points, pos, max(entity.end, found.end()))
    number = parse_decimal(found.group("number"))
    if number is None:
        return None
    value = -number if (found.group("sign") or "") in _MINUS and found.group("sign") else number
    return _Figure(value, bool(found.group("points")), pos, found.end())


def _assign(
    subjects: list[NamedEntity | None], figures: _Figures | None, direction: Direction
) -> list[tuple[NamedEntity | None, tuple[float | None, bool]]]:
    """Pair subjects with changes: one figure for all, a list pairwise, a range for none."""
    if figures is None or figures.is_range:
        return [(s, (None, False)) for s in subjects]
    items = figures.items
    if len(items) == 1:
        return [(s, _signed(items[0], direction)) for s in subjects]
    if len(subjects) >= len(items):
        subjects = subjects[len(subjects) - len(items) :]
    return [(s, _signed(f, direction)) for s, f in zip(subjects, items, strict=False)]


def _signed(figure: _Figure, direction: Direction) -> tuple[float | None, bool]:
    """The change of a figure, signed by the direction of its cue."""
    if direction == "up":
        return abs(figure.value), figure.points
    if direction == "down":
        return -abs(figure.value), figure.points
    return figure.value, figure.points


def _level(
    doc: _Doc, subject: NamedEntity | None, scope_start: int, cue_start: int, stop: int, sentence_end: int
) -> Level | None:
    """A level stated with the move: after the figure, else before the cue in its clause.

    A number with no unit after an index is in points ("added 0.4 per cent to 19,870.55").
    Before the cue, only what follows the subject counts: a level before the subject is
    the last move's ("rose 1.3% to 24,118.6, and the tech index gained 2.4%").
    """
    text, pack = doc.text, doc.pack
    reach = min(sentence_end, stop + _LEVEL_REACH)
    clause_end = pack.SCOPE_BREAK.search(text, stop, reach)
    if clause_end is not None:
        reach = clause_end.start()
    lead = pack.MONEY_LEVEL_LEAD.match(text, stop, reach)
    money = doc.moneys.get(lead.end()) if lead else None
    if money is not None:
        return Level(value=money.low, unit=money.currency)
    if subject is not None and scope_start <= subject.start < cue_start:
        scope_start = subject.end
    for lo, hi in ((stop, reach), (scope_start, cue_start)):
        for found in pack.LEVEL.finditer(text, lo, hi):
            value = parse_decimal(found.group("value"))
            if doc.moneys.get(found.start("value")) is None and value is not None:
                points = found.group("unit") or isinstance(subject, IndexEntity)
                return Level(value=value, unit="points" if points else None)
    return None


def _inside_entity(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a name (a cue inside a name: "升能集团")."""
    i = bisect.bisect_right(doc.span_starts, start) - 1
    return any(s < end and start < e for s, e in doc.spans[max(i, 0) : i + 3])


def _signed_movements(doc: _Doc, start: int, end: int, used: set[int]) -> list[Movement]:
    """Movements from signed figures in brackets after a name: "风电(+3.27%)"."""
    text = doc.text
    moves: list[Movement] = []
    if text.find(")", start, end) < 0 and text.find("）", start, end) < 0:
        return moves  # a signed figure needs its closing bracket within the sentence
    for found in _SIGNED_FIGURE.finditer(text, start, end):
        if found.start() in used:
            continue
        i = bisect.bisect_right(doc.named_starts, found.start()) - 1
        if i < 0:
            continue
        name = doc.named[i]
        if _SIGNED_GAP.fullmatch(text, name.end, found.start()) is None:
            continue
        figure = _figure_at(doc, found.start(), end)
        if figure is None:
            continue
        value = -abs(figure.value) if found.group("sign") in _MINUS else abs(figure.value)
        moves.append(
            Movement(
                text=text[name.start : figure.end],
                start=name.start,
                end=figure.end,
                subject=name,
                direction="down" if value < 0 else "up",
                change=value,
                percentage_points=figure.points,
            )
        )
    return moves


def _absorb(moves: list[Movement]) -> list[Movement]:
    """Drop a move without a figure when its subject moves the same way with one."""
    figured = {(m.subject.text if m.subject else None, m.direction) for m in moves if m.change is not None}
    return [
        m
        for m in moves
        if m.change is not None or (m.subject.text if m.subject else None, m.direction) not in figured
    ]
