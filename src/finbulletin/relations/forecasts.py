"""Forecasts: forward-looking claims attributed to a source, over the resolved entities.

The finder reads one sentence at a time and looks for reporting cues (the words of
``lang/<code>/relations.py``): a forecasting verb ("expects", "预计"), a neutral
reporting verb ("said", "points out", "指出", "认为"), a target-price or rating change
("raised its target price", "上调……目标价"), "according to X" / "据X", or a headline
"X: claim". For each cue:

1. **Source.** The organisation nearest before the cue in its clause ("Barclays published
   a note saying", "瑞银(UBS)发布研报预计"); for English, a company
   entity right before the verb, a person named next to it ("Anna Berg said"; her
   organisation instead when one is given: "said Chen, an economist at Everbright";
   "Wang Tao, chief economist at UBS, said"), or the organisation right after an
   inverted verb ("..., said Orient Securities").
   A phrase that stands for a source ("the broker", "the report", "they", "该行",
   "报告") takes the last source of the body text (headlines keep their own), "the
   former" / "the latter" the first / second of the last pair of organisations named
   together. A participle ("..., forecasting") and a Chinese forecasting verb without a
   subject ("预计至2028年……") take the subject of their sentence, or else the source
   of the sentence before it.
2. **Claim.** Sentences with several sources are split at each source's clause. The
   claim is what the cue governs: the words after the source for "X said that ...", the
   words before it for "..., X said".
3. **Forward-looking.** Forecasting verbs and target changes look ahead by themselves
   (unless every date of the claim is past); other cues need a forward word in the
   claim ("will", "expected to", "target", "将", "有望", "未来") or a date after the
   publication date (a relative window counts from the publication date on: "over the
   next five years", not "this week"). A scheduled event ("预计于8月15日发布中报") is not a
   forecast.
4. **Continuation.** A sentence with no reporting cue that looks ahead continues the
   sentence before it when that one had a source and both stand on the same line ("The broker
   forecast X. On a bullish view, volumes could top HKD300 billion."), unless another
   institution is named before its forward word (it acts in its own voice).

``period`` spans the dates of the claim that end on or after the publication date (all
of them when none does or the date is unknown); ``amounts`` are its money entities
except an old value after "from" / "从" ("from HKD210 to HKD265" gives 265).

Example:
    >>> import datetime as dt
    >>> from finbulletin.context import Context
    >>> from finbulletin.models import DateEntity, OrganizationEntity
    >>> from finbulletin.tokenizer import make_nlp
    >>> text = "CITIC Securities expects demand to double between 2027 and 2030."
    >>> ents = [OrganizationEntity(text="CITIC Securities", start=0, end=16, name="CITIC Securities"),
    ...         DateEntity(text="between 2027 and 2030", start=42, end=63,
    ...                    start_date=dt.date(2027, 1, 1), end_date=dt.date(2030, 12, 31))]
    >>> ctx = Context(text, "en", dt.date(2025, 11, 11), make_nlp("en")(text))
    >>> [(f.source.text, f.cue, str(f.period.start_date), str(f.period.end_date))
    ...  for f in find_forecasts(ctx, ents)]
    [('CITIC Securities', 'expects', '2027-01-01', '2030-12-31')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TypeVar

import regex

from finbulletin.context import Context
from finbulletin.models import (
    DateEntity,
    Entity,
    Forecast,
    Language,
    MoneyEntity,
    NamedEntity,
    OrganizationEntity,
    Period,
)
from finbulletin.relations.movements import SPAN_ORDER, alias_owners, is_named
from finbulletin.relations.sentences import (
    Sentence,
    cue_starts,
    key_starts,
    relations_pack,
    scan_cues,
    split_sentences,
)

#: Marks that end a clause: the subject of a cue is looked for after the last of them.
_CLAUSE_MARK = regex.compile(r"[,，;；:：]|(?<=\s)-(?=\s)|[\"“”]")

#: A semicolon, after which a claim may end.
_SEMICOLON = regex.compile(r"[;；]")

#: A headline "X: claim" (an optional "<Research>" tag before the name).
_HEADLINE_LEAD = regex.compile(r"(?:<[^<>\n]{0,30}+>)?+\s*+")
_HEADLINE_COLON = regex.compile(r"\s*+[:：]")

#: Between a company and its verb: "Lumo Energy projecting", "Nomura's latest note".
_COMPANY_GAP = regex.compile(
    r"""\s*+(?:[(（][^()（）\n]{0,20}+[)）]\s*+)?+(?:['’]s\s++(?:\p{L}++\s++){0,3}?)?+""", regex.VERBOSE
)

#: Between two organisations named together: "Barclays and Nomura", "瑞银和野村".
_PAIR_GAP = regex.compile(r"\s*+(?:and|&|和|及|与|、|,)\s*+", regex.IGNORECASE)

#: Between an "according to" cue and its source: "according to statistics compiled by the exchange and".
_ACCORDING_REACH = 60

#: How far before a cue its source is looked for, in characters (keeps long sentences linear).
_REACH = 240

#: The longest tail after a postposed source: "..., UBS said in a note."
_TAIL_REACH = 120

#: How far back an anaphor looks for its organisations, in characters, when no source is known.
_LAST_ORG_REACH = 600

_E = TypeVar("_E", NamedEntity, MoneyEntity, DateEntity)


@dataclass(frozen=True, slots=True)
class _Doc:
    """What the finder needs about one text, built once per call."""

    text: str
    language: Language
    pack: ModuleType  # lang.en.relations or lang.zh.relations
    published: dt.date | None
    orgs: tuple[NamedEntity, ...]  # organisations, aliases left out, by start
    org_starts: tuple[int, ...]
    named: tuple[NamedEntity, ...]  # every name, aliases left out, by start
    named_starts: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]  # every name's span (cues inside them are skipped)
    moneys: tuple[MoneyEntity, ...]
    money_starts: tuple[int, ...]
    dates: tuple[DateEntity, ...]
    date_starts: tuple[int, ...]
    cue_starts: list[int]  # where a reporting cue may start
    forward_starts: list[int] | None  # where a forward word may start (None: anywhere)


@dataclass(frozen=True, slots=True)
class _Claim:
    """One cue with its source, before the sentence is split among sources."""

    cue_start: int
    cue_end: int
    cue: str  # the cue as written
    role: str  # target, according, forward, say
    source: NamedEntity
    mention: int  # where the source (or the phrase standing for it) is written; -1 if elsewhere
    clause_start: int  # where the clause of the source begins
    postposed: bool  # "..., X said": the claim comes before the source


@dataclass(slots=True)
class _State:
    """What the finder remembers between sentences."""

    last_body: NamedEntity | None = None  # the last source named in running text
    last_title: NamedEntity | None = None  # the last source named in a headline
    previous: tuple[int, NamedEntity] | None = None  # (line, source) of the sentence before
    current: NamedEntity | None = None  # the last source found in the sentence being read


def find_forecasts(ctx: Context, entities: Sequence[Entity]) -> list[Forecast]:
    """Find the attributed forward-looking claims of a bulletin.

    Args:
        ctx: the text being parsed, with its language and publication date.
        entities: the resolved entities, sorted by start.

    Returns:
        The forecasts in text order.
    """
    if not ctx.text.strip():
        return []
    doc = _prepare(ctx, entities)
    state = _State()
    found: list[Forecast] = []
    for sentence in split_sentences(ctx.text, ctx.language):
        found.extend(_sentence_forecasts(doc, sentence, state))
    return found


def _prepare(ctx: Context, entities: Sequence[Entity]) -> _Doc:
    """Index the entities of one text for the finder."""
    text = ctx.text
    named_all: list[NamedEntity] = []
    money_list: list[MoneyEntity] = []
    date_list: list[DateEntity] = []
    for e in sorted(entities, key=SPAN_ORDER):
        if is_named(e):
            named_all.append(e)
        elif isinstance(e, MoneyEntity):
            money_list.append(e)
        elif isinstance(e, DateEntity):
            date_list.append(e)
    aliases = alias_owners(text, named_all)
    named = tuple(e for e in named_all if e.start not in aliases)
    orgs = tuple(e for e in named if e.kind == "organization")
    moneys, dates = tuple(money_list), tuple(date_list)
    pack = relations_pack(ctx.language)
    return _Doc(
        text=text,
        language=ctx.language,
        pack=pack,
        published=ctx.published,
        orgs=orgs,
        org_starts=tuple(e.start for e in orgs),
        named=named,
        named_starts=tuple(e.start for e in named),
        spans=tuple((e.start, e.end) for e in named_all),
        moneys=moneys,
        money_starts=tuple(e.start for e in moneys),
        dates=dates,
        date_starts=tuple(e.start for e in dates),
        cue_starts=cue_starts(ctx, text, pack.REPORT_START, pack.REPORT_FIRST_WORDS),
        forward_starts=key_starts(text, pack.FORWARD_KEYS, words=ctx.language == "en"),
    )


def _sentence_forecasts(doc: _Doc, sentence: Sentence, state: _State) -> list[Forecast]:
    """The forecasts of one sentence; updates ``state``."""
    text, pack = doc.text, doc.pack
    claims: list[_Claim] = []
    state.current = None
    headline = _headline_claim(doc, sentence)
    if headline is not None:
        claims.append(headline)
    cues = 0
    for cue in scan_cues(pack.REPORT_CUE, doc.cue_starts, text, sentence.start, sentence.end):
        role = cue.lastgroup or ""
        if _inside_name(doc, cue.start(), cue.start() + 1):
            continue
        cues += 1
        if role in ("forward", "say") and pack.PASSIVE.search(
            text, max(sentence.start, cue.start() - 12), cue.start()
        ):
            continue
        claim = _claim(doc, sentence, cue, role, state)
        if claim is not None:
            claims.append(claim)
            state.current = claim.source
            _remember(state, sentence, claim.source)
    if not claims:
        return _continuation(doc, sentence, state) if not cues else _forget(state)
    claims = _merge(claims)
    out: list[Forecast] = []
    for i, claim in enumerate(claims):
        part_start = sentence.start if i == 0 else claim.clause_start
        part_end = claims[i + 1].clause_start if i + 1 < len(claims) else sentence.end
        forecast = _forecast(doc, claim, part_start, part_end)
        if forecast is not None:
            out.append(forecast)
    state.previous = (sentence.line, claims[-1].source)
    return out


def _headline_claim(doc: _Doc, sentence: Sentence) -> _Claim | None:
    """A headline "X: claim", where X is an organisation at the start of the sentence."""
    lead = _HEADLINE_LEAD.match(doc.text, sentence.start, sentence.end)
    i = bisect.bisect_left(doc.org_starts, lead.end() if lead else sentence.start)
    if i >= len(doc.orgs) or lead is None or doc.orgs[i].start != lead.end():
        return None
    org = doc.orgs[i]
    colon = _HEADLINE_COLON.match(doc.text, org.end, sentence.end)
    if colon is None:
        return None
    return _Claim(
        colon.start(), colon.end(), colon.group().strip(), "say", org, org.start, sentence.start, False
    )


def _claim(doc: _Doc, sentence: Sentence, cue: regex.Match[str], role: str, state: _State) -> _Claim | None:
    """The cue with its source, or None when no source can be found."""
    text, pack = doc.text, doc.pack
    clause_start = max(sentence.start, cue.start() - _REACH)
    for mark in _CLAUSE_MARK.finditer(text, clause_start, cue.start()):
        clause_start = mark.end()

    def make(source: NamedEntity, mention: int, postposed: bool) -> _Claim:
        return _Claim(cue.start(), cue.end(), cue.group(), role, source, mention, clause_start, postposed)

    if role == "according":
        after = _org_after(doc, cue.end(), min(sentence.end, cue.end() + _ACCORDING_REACH))
        return make(after, after.start, False) if after is not None else None
    postposed = _tail_fits(doc, cue.end(), sentence.end) and clause_start > sentence.start
    org = _clause_subject(doc, role, clause_start, cue.start())
    if org is not None:
        return make(org, org.start, postposed)
    company = _company_before(doc, clause_start, cue.start())
    if company is not None:
        return make(company, company.start, postposed)
    anaphor = _last_anaphor(doc, clause_start, cue.start())
    if anaphor is not None:
        source = _resolve(doc, anaphor, sentence, state)
        return make(source, anaphor.start(), postposed) if source is not None else None
    titled = _titled_org(doc, sentence.start, clause_start, cue.start())
    if titled is not None:
        return make(titled, titled.start, False)
    person = _person(doc, clause_start, cue, sentence.end)
    if person is not None:
        return make(person, person.start, postposed or person.start > cue.start())
    inverted = _org_after(doc, cue.end(), min(sentence.end, cue.end() + 3))
    if inverted is not None:
        tail = _tail_fits(doc, inverted.end, sentence.end)
        return make(inverted, inverted.start, tail and clause_start > sentence.start)
    if not _takes_sentence_subject(doc.language, cue, role) or pack.NO_SOURCE.search(
        text, sentence.start, cue.start()
    ):
        return None
    if state.current is not None:
        return make(state.current, -1, False)
    org = _last_in(doc.orgs, doc.org_starts, sentence.start, clause_start)
    anaphor = _last_anaphor(doc, max(sentence.start, clause_start - _REACH), clause_start)
    if anaphor is not None and (org is None or anaphor.start() > org.start):
        source = _resolve(doc, anaphor, sentence, state)
        return make(source, anaphor.start(), False) if source is not None else None
    if org is not None:
        return make(org, org.start, False)
    if doc.language == "zh" and state.previous is not None and state.previous[0] == sentence.line:
        return make(state.previous[1], -1, False)
    return None


def _clause_subject(doc: _Doc, role: str, lo: int, cue_start: int) -> NamedEntity | None:
    """The organisation of the clause that acts: the nearest before the cue, mostly.

    A Chinese target change puts its object (often a company) between its subject and the
    cue ("摩根大通将腾讯控股目标价上调至500港元"): there it is the first one.
    """
    if role == "target":
        i = bisect.bisect_left(doc.org_starts, lo)
        first = doc.orgs[i] if i < len(doc.orgs) and doc.orgs[i].end <= cue_start else None
        if first is None or _is_object(doc, first):
            return None
        if doc.language == "zh":
            return first
    return _last_in(doc.orgs, doc.org_starts, lo, cue_start)


def _is_object(doc: _Doc, name: NamedEntity) -> bool:
    """Whether a name is the object of a target change ("将中芯国际目标价", "rating on CATL")."""
    return doc.pack.OBJECT_BEFORE.search(doc.text, max(0, name.start - 8), name.start) is not None


def _tail_fits(doc: _Doc, pos: int, sentence_end: int) -> bool:
    """Whether only a short tail ("in a note.", ", citing a fund manager.") follows ``pos``."""
    return (
        sentence_end - pos <= _TAIL_REACH
        and doc.pack.POSTPOSED_TAIL.fullmatch(doc.text, pos, sentence_end) is not None
    )


def _takes_sentence_subject(language: Language, cue: regex.Match[str], role: str) -> bool:
    """Whether a cue with no subject in its clause takes the subject of its sentence.

    English participles do ("..., forecasting turnover of HKD160 billion") and target changes
    coordinated with an earlier verb ("CICC maintains ..., raises its target price"); so do Chinese
    forecasting verbs and target changes, whose subject is often left out ("……,预计至2028年").
    """
    if language == "en":
        return role == "target" or cue.group().split(" ", 1)[0].lower().endswith("ing")
    return role in ("forward", "target")


def _last_in(items: tuple[NamedEntity, ...], starts: tuple[int, ...], lo: int, hi: int) -> NamedEntity | None:
    """The last of ``items`` lying wholly within ``lo:hi``."""
    i = bisect.bisect_left(starts, hi) - 1
    while i >= 0 and items[i].start >= lo:
        if items[i].end <= hi:
            return items[i]
        i -= 1
    return None


def _org_after(doc: _Doc, pos: int, limit: int) -> NamedEntity | None:
    """The first organisation starting within ``pos:limit``."""
    i = bisect.bisect_left(doc.org_starts, pos)
    return doc.orgs[i] if i < len(doc.orgs) and doc.orgs[i].start < limit else None


def _company_before(doc: _Doc, lo: int, cue_start: int) -> NamedEntity | None:
    """A listed company acting as a source right before its verb ("Lumo Energy released")."""
    name = _last_in(doc.named, doc.named_starts, lo, cue_start)
    if name is None or name.kind != "security" or _is_object(doc, name):
        return None
    return name if _COMPANY_GAP.fullmatch(doc.text, name.end, cue_start) else None


def _last_anaphor(doc: _Doc, lo: int, hi: int) -> regex.Match[str] | None:
    """The last phrase within ``lo:hi`` that stands for a source ("the broker", "该行")."""
    last = None
    for found in doc.pack.ANAPHOR.finditer(doc.text, lo, hi):
        if not _inside_name(doc, found.start(), found.end()):
            last = found
    return last


def _resolve(doc: _Doc, anaphor: regex.Match[str], sentence: Sentence, state: _State) -> NamedEntity | None:
    """The source an anaphor stands for (see the module docstring, step 1)."""
    if anaphor.group("former") or anaphor.group("latter"):
        pair = _last_pair(doc, anaphor.start())
        if pair is None:
            return None
        return pair[0] if anaphor.group("former") else pair[1]
    first, second = (
        (state.last_title, state.last_body) if sentence.title else (state.last_body, state.last_title)
    )
    if first is not None or second is not None:
        return first or second
    return _last_in(doc.orgs, doc.org_starts, max(0, anaphor.start() - _LAST_ORG_REACH), anaphor.start())


def _last_pair(doc: _Doc, before: int) -> tuple[NamedEntity, NamedEntity] | None:
    """The last two organisations named together before ``before`` ("Barclays and Nomura")."""
    i = bisect.bisect_left(doc.org_starts, before)
    j = bisect.bisect_left(doc.org_starts, before - _LAST_ORG_REACH)
    candidates = [o for o in doc.orgs[j:i] if o.end <= before]
    for left, right in reversed(list(itertools.pairwise(candidates))):
        if _PAIR_GAP.fullmatch(doc.text, left.end, right.start):
            return left, right
    return (candidates[-2], candidates[-1]) if len(candidates) >= 2 else None


def _titled_org(doc: _Doc, sentence_start: int, clause_start: int, cue_start: int) -> NamedEntity | None:
    """The organisation in a person's title right before the cue: "Wang Tao, economist at UBS, said"."""
    pack, text = doc.pack, doc.text
    if pack.TITLED_PERSON is None or clause_start == sentence_start or text[clause_start:cue_start].strip():
        return None
    org = _last_in(doc.orgs, doc.org_starts, sentence_start, clause_start - 1)
    if org is None or text[org.end : clause_start - 1].strip():
        return None
    lead = pack.TITLED_PERSON.search(text, max(sentence_start, org.start - 80), org.start)
    return org if lead is not None else None


def _person(doc: _Doc, lo: int, cue: regex.Match[str], sentence_end: int) -> NamedEntity | None:
    """A person named next to a reporting verb, or the organisation given with the person."""
    pack, text = doc.pack, doc.text
    if pack.PERSON_BEFORE is None or pack.PERSON_AFTER is None:
        return None
    found = pack.PERSON_BEFORE.search(text, lo, cue.start()) or pack.PERSON_AFTER.match(
        text, cue.end(), sentence_end
    )
    if found is None:
        return None
    start, end = found.span("name")
    words = found.group("name").split()
    if any(pack.NOT_PERSON.fullmatch(w) for w in words) or _inside_name(doc, start, end):
        return None
    org = _org_after(doc, end, min(sentence_end, end + 80))
    if org is not None and pack.AFFILIATION.search(text, end, org.start):
        return org
    return OrganizationEntity(
        text=text[start:end], start=start, end=end, name=text[start:end], org_type="person"
    )


def _remember(state: _State, sentence: Sentence, source: NamedEntity) -> None:
    """Keep ``source`` as the last source of the body text or of the headlines."""
    if sentence.title:
        state.last_title = source
    else:
        state.last_body = source


_ROLE_RANK = {"target": 3, "forward": 2, "say": 1, "according": 0}


def _merge(claims: list[_Claim]) -> list[_Claim]:
    """One claim per run of cues with the same source; the strongest cue's role is kept."""
    claims = sorted(claims, key=lambda c: c.cue_start)
    merged: list[_Claim] = []
    for claim in claims:
        if merged and _same_source(merged[-1].source, claim.source):
            head = merged[-1]
            if _ROLE_RANK[claim.role] > _ROLE_RANK[head.role]:
                merged[-1] = _Claim(
                    head.cue_start,
                    head.cue_end,
                    head.cue,
                    claim.role,
                    head.source,
                    head.mention,
                    head.clause_start,
                    head.postposed,
                )
            continue
        merged.append(claim)
    return merged


def _same_source(a: NamedEntity, b: NamedEntity) -> bool:
    """Whether two source entities name the same source."""
    return a is b or a.name.casefold() == b.name.casefold() or a.text == b.text


def _forecast(doc: _Doc, claim: _Claim, part_start: int, part_end: int) -> Forecast | None:
    """The forecast of one claim over its part of the sentence, if the claim looks ahead."""
    text, pack = doc.text, doc.pack
    if claim.postposed:
        lo, hi = part_start, claim.clause_start
    elif part_start <= claim.mention < claim.cue_start:
        lo, hi = claim.mention, part_end
    elif claim.mention < part_start:
        lo, hi = claim.cue_start, part_end
    else:
        lo, hi = part_start, part_end
    lo, hi = _trim(text, *_cut_tail(doc, max(lo, claim.cue_end), lo, hi))
    if hi <= lo or pack.SCHEDULED.search(text, part_start, part_end):
        return None
    dates = _within(doc.dates, doc.date_starts, lo, hi)
    if not _looks_ahead(doc, claim, part_start, part_end, dates):
        return None
    return Forecast(
        text=text[lo:hi],
        start=lo,
        end=hi,
        source=claim.source,
        period=_period(dates, doc.published),
        amounts=_amounts(doc, lo, hi),
        subject=_subject(doc, claim, lo, hi),
        cue=claim.cue,
    )


def _cut_tail(doc: _Doc, after: int, lo: int, hi: int) -> tuple[int, int]:
    """``lo:hi`` without the clauses after a semicolon that no longer look ahead.

    "华泰指券商估值或将修复,……;钢铁股走弱" keeps only the part before the semicolon.
    """
    keep = hi
    pieces = list(_SEMICOLON.finditer(doc.text, after, hi))
    for mark in reversed(pieces):
        if _forward(doc, mark.end(), keep) is not None:
            break
        keep = mark.start()
    return lo, keep


def _forward(doc: _Doc, lo: int, hi: int) -> regex.Match[str] | None:
    """The first forward word within ``lo:hi`` (``FORWARD.search``, tried at its keys only)."""
    return next(scan_cues(doc.pack.FORWARD, doc.forward_starts, doc.text, lo, hi), None)


def _looks_ahead(doc: _Doc, claim: _Claim, lo: int, hi: int, dates: list[DateEntity]) -> bool:
    """Whether the claim looks ahead (see the module docstring, step 3)."""
    marked = any(
        not claim.cue_start <= m.start() < claim.cue_end and not doc.pack.RATING.fullmatch(m.group())
        for m in scan_cues(doc.pack.FORWARD, doc.forward_starts, doc.text, lo, hi)
    )  # the first forward marker is enough
    if marked or any(_ahead(d, doc.published) for d in dates):
        return True
    if (
        claim.role == "target"
        and doc.pack.RATING_HOLD.search(claim.cue)
        and not _within(doc.moneys, doc.money_starts, lo, hi)
    ):
        return False  # a rating alone is not a forecast
    if claim.role in ("forward", "target"):
        published = doc.published
        past = (
            published is not None
            and bool(dates)
            and all(d.end_date and d.end_date < published for d in dates)
        )
        return not past
    return False


def _ahead(date: DateEntity, published: dt.date | None) -> bool:
    """Whether a date lies after the publication date.

    A relative window counts from the publication date on ("over the next five years");
    one that began before it ("this week") is not ahead.
    """
    if published is None or date.start_date is None:
        return False
    return date.start_date > published or (
        date.relative
        and date.start_date == published
        and date.end_date is not None
        and date.end_date > published
    )


def _period(dates: list[DateEntity], published: dt.date | None) -> Period | None:
    """The window of the claim's dates; past dates are left out when ``published`` is known."""
    valued = [d for d in dates if d.start_date is not None and d.end_date is not None]
    if published is not None:
        valued = [d for d in valued if d.end_date is not None and d.end_date >= published]
    if not valued:
        return None
    return Period(
        start_date=min(d.start_date for d in valued if d.start_date is not None),
        end_date=max(d.end_date for d in valued if d.end_date is not None),
    )


def _amounts(doc: _Doc, lo: int, hi: int) -> tuple[MoneyEntity, ...]:
    """The money of the claim, without an old value after "from" / "从"."""
    return tuple(
        m
        for m in _within(doc.moneys, doc.money_starts, lo, hi)
        if not doc.pack.FROM_BEFORE.search(doc.text, max(lo, m.start - 8), m.start)
    )


def _subject(doc: _Doc, claim: _Claim, lo: int, hi: int) -> NamedEntity | None:
    """What the claim is about: the first index, sector or security in it (after a target cue)."""
    start = claim.cue_end if claim.role == "target" and lo <= claim.cue_start < hi else lo
    for name in _within(doc.named, doc.named_starts, start, hi):
        if (name.kind != "organization" or claim.role == "target") and not _same_source(name, claim.source):
            return name
    if start != lo:
        return _subject(doc, _Claim(lo, lo, "", "say", claim.source, -1, lo, False), lo, hi)
    return None


def _within(items: tuple[_E, ...], starts: tuple[int, ...], lo: int, hi: int) -> list[_E]:
    """The items lying wholly within ``lo:hi``."""
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    return [e for e in items[i:j] if e.end <= hi]


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo:hi`` without surrounding spaces and clause punctuation."""
    while lo < hi and (text[lo].isspace() or text[lo] in ",，;；:：-"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",，;；:："):
        hi -= 1
    return lo, hi


def _inside_name(doc: _Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a name (a cue inside "恒指", "沪指")."""
    i = bisect.bisect_right(doc.spans, (start, len(doc.text))) - 1
    return any(s < end and start < e for s, e in doc.spans[max(i - 1, 0) : i + 2])


def _forget(state: _State) -> list[Forecast]:
    """Nothing to report: a sentence with a reporting cue but no source ("分析人士认为") ends a run."""
    state.previous = None
    return []


def _continuation(doc: _Doc, sentence: Sentence, state: _State) -> list[Forecast]:
    """A sentence with no cue that looks ahead right after a sourced one (step 4)."""
    previous, state.previous = state.previous, None
    text, pack = doc.text, doc.pack
    if previous is None or previous[0] != sentence.line:
        return []
    forward = _forward(doc, sentence.start, sentence.end)
    if forward is None or pack.SCHEDULED.search(text, sentence.start, sentence.end):
        return []
    lo, hi = sentence.start, sentence.end
    source = previous[1]
    if any(org.name != source.name for org in _within(doc.orgs, doc.org_starts, lo, forward.start())):
        return []  # another institution acts in this sentence: not the source's voice
    dates = _within(doc.dates, doc.date_starts, lo, hi)
    return [
        Forecast(
            text=text[lo:hi],
            start=lo,
            end=hi,
            source=source,
            period=_period(dates, doc.published),
            amounts=_amounts(doc, lo, hi),
            subject=_subject(doc, _Claim(lo, lo, "", "say", source, -1, lo, False), lo, hi),
            cue=None,
        )
    ]
