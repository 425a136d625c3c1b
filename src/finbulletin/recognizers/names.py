"""Names: indices, sectors, securities and organizations, from lexicons and context.

:class:`NameRecognizer` is built once per language and per set of lexicons. Its
``__init__`` folds every surface form of every lexicon row into one Aho-Corasick
automaton (pyahocorasick, in C); a call runs the lower-cased text once through it
(longest match at each position, word boundaries on Latin edges, case-sensitive for
forms with capitals) and then lets the
language pack (``finbulletin/lang/<code>/names.py``) decide what each found name is and
find the names the lexicon does not know:

- a sector form counts only with a cue ("... sector", "... stocks", 板块, 概念股, a list of
  sectors), unless it is long or on the pack's list of unambiguous forms;
- a company is a security where its stock moves or is held, an organization where it
  speaks or acts;
- a name before a bracketed code ("Fudan Microelectronics (688385)", 芯片ETF(512760)), an
  "... ETF" or "... Index" name, a name ending with "Securities" or 证券, and the members
  of a list of holdings are found by their context; a bare code is a security;
- a name found by its context is found again wherever it is written later in the text.

Example:
    >>> from finbulletin.lexicon import Lexicons, SectorRow, SecurityRow
    >>> from finbulletin.tokenizer import make_nlp
    >>> from finbulletin.context import Context
    >>> lex = Lexicons(
    ...     sectors=(SectorRow(id="sec.pv", name="photovoltaic", name_zh="光伏"),),
    ...     securities=(SecurityRow(id="stk.x", name="Acme Solar", code="600001",
    ...                             exchange="SSE", security_type="stock"),))
    >>> text = "Photovoltaic stocks rose; Acme Solar gained 2%."
    >>> ctx = Context(text=text, language="en", published=None, doc=make_nlp("en")(text))
    >>> [(e.kind, e.text, e.name) for e in NameRecognizer(lex, "en")(ctx)]
    [('sector', 'Photovoltaic', 'photovoltaic'), ('security', 'Acme Solar', 'Acme Solar')]
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal, get_args

import ahocorasick  # type: ignore[import-not-found,unused-ignore]
import regex

from finbulletin.codes import CodeInfo, looks_like_index_code, read_code
from finbulletin.context import Context
from finbulletin.lang.en import names as en_names
from finbulletin.lang.zh import names as zh_names
from finbulletin.lexicon import (
    IndexRow,
    LexiconKind,
    LexiconRow,
    Lexicons,
    OrganizationRow,
    SectorRow,
    SecurityRow,
)
from finbulletin.models import (
    Entity,
    IndexEntity,
    Language,
    OrganizationEntity,
    OrganizationType,
    SectorEntity,
    SecurityEntity,
    SecurityType,
)
from finbulletin.resolve import resolve_overlaps

Role = Literal["security", "organization"]
ListRole = Literal["security", "organization", "sector"]
Span = tuple[int, int]

#: Organization types whose members are sources first: a bare mention is the institution.
INSTITUTION_TYPES = frozenset(get_args(OrganizationType)) - {"company"}

#: Institutions that are never listed: with no security row, they are never a security,
#: whatever follows them ("futures on the Dalian Commodity Exchange fell 2%").
UNLISTED_TYPES = frozenset(
    {"regulator", "government", "central_bank", "exchange", "international_org", "person"}
)

#: Venues whose companies bulletins name mostly as actors ("Nvidia said"): no cue, organization.
FOREIGN_EXCHANGES = frozenset({"NASDAQ", "NYSE", "OTHER"})

#: Chinese sector forms this long (in characters) are taken without a cue: 光伏建筑一体化.
ZH_STANDALONE_SECTOR_LENGTH = 4

#: What may follow a two-character Chinese company alias (中金指…, 腾讯、…) so that it is
#: not the head of a longer unknown name (中信建投).
ZH_SHORT_ALIAS_FOLLOW = regex.compile(
    r"[^\p{Han}]|[表认预指的等涨跌和与及发称将在于是也亦则对获给此旗披调公宣透报研强上下维领收飘走大小暴逆均皆齐继跟今昨盘早午尾已近再向连净当]"
)

#: After a known company inside a longer Chinese name, what keeps the longer name plausible:
#: 天风 + 国际证券, 中金 + 公司; not 中金 + 指银行.
ZH_INSTITUTION_TAIL = regex.compile(
    r"(?:国际|中国|香港|资产|投资|财富|研究|[0-9]{2,3})?(?:证券|银行|基金|资管|资本|期货|保险|研究所|管理|ETF|指数)"
)

#: The units of the lexicon look-up: a Latin word or number, one Han character, a run of
#: spaces, one symbol. Every character belongs to one unit, so offsets add up. A form
#: matches only whole units: it may not start or end inside a word or a run of spaces.
LOOKUP_TOKEN = regex.compile(r"[^\W\p{Han}_]++|\p{Han}|\s++|[^\s\p{Han}]")

#: The characters that run together into one look-up unit: word characters (not Han,
#: not "_"), and spaces. A form starting or ending with one must not touch another.
_RUN_CHARS: tuple[regex.Pattern[str], ...] = (regex.compile(r"[^\W\p{Han}_]"), regex.compile(r"\s"))

_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True, slots=True)
class _Form:
    """One surface form of the lexicons with the rows that carry it."""

    surface: str  # as written in the lexicon
    exact: bool  # match case-sensitively (forms with capitals)
    rows: tuple[tuple[LexiconKind, LexiconRow], ...]  # (kind, row) for every row with this form
    kinds: frozenset[LexiconKind]  # the kinds of ``rows``
    by_kind: dict[LexiconKind, list[LexiconRow]]  # ``rows`` by kind (read-only)


@dataclass(frozen=True, slots=True)
class _Key:
    """One lower-cased look-up key of the automaton: the forms and anchor words it stands for."""

    length: int  # in characters
    forms: tuple[_Form, ...]  # the lexicon forms with this key (none for a bare anchor word)
    anchors: tuple[tuple[str, int], ...]  # (scanner, shift) when the key is an anchor word
    first_run: regex.Pattern[str] | None  # the run class of the first character, if any
    last_run: regex.Pattern[str] | None  # the run class of the last character, if any


@dataclass(frozen=True, slots=True)
class _Hit:
    """A lexicon form found in the text."""

    start: int
    end: int
    form: _Form

    @property
    def kinds(self) -> frozenset[LexiconKind]:
        return self.form.kinds

    def rows_of(self, kind: LexiconKind) -> list[LexiconRow]:
        return self.form.by_kind.get(kind, [])

    @property
    def company(self) -> bool:
        """Whether the hit can name a company: a security or an organization."""
        return "security" in self.form.kinds or "organization" in self.form.kinds


@dataclass(slots=True)
class _Found:
    """Per-call working state: the text, the lexicon hits and what the context says."""

    text: str
    hits: list[_Hit]  # non-overlapping, in text order
    by_start: dict[int, _Hit] = field(init=False)
    by_end: dict[int, _Hit] = field(init=False)
    starts: list[int] = field(init=False)
    codes: dict[int, str] = field(default_factory=dict)  # bracket start -> code written in it
    code_spans: dict[int, Span] = field(default_factory=dict)  # bracket start -> the code's span
    list_role: dict[int, Role] = field(default_factory=dict)  # member start -> role from its list
    list_end: dict[int, int] = field(default_factory=dict)  # member start -> member end
    list_sector: set[int] = field(default_factory=set)  # starts of lexicon sectors accepted by a list
    sector_items: dict[int, int] = field(default_factory=dict)  # start -> end of members of sector lists
    hong_kong: bool = False  # the text is about the Hong Kong market: H shares before A shares
    anchors: dict[str, list[int]] = field(default_factory=dict)  # scanner -> where its pattern may match
    group_spans: list[Span] = field(default_factory=list)  # group phrases ("the three major indices")
    title_lines: dict[int, bool] = field(default_factory=dict)  # line start -> whether a headline

    def __post_init__(self) -> None:
        self.by_start = {h.start: h for h in self.hits}
        self.by_end = {h.end: h for h in self.hits}
        self.starts = [h.start for h in self.hits]

    def within(self, start: int, end: int) -> list[_Hit]:
        """The hits that overlap ``[start, end)``."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        found: list[_Hit] = []
        while i < len(self.hits) and self.hits[i].start < end:
            if self.hits[i].end > start:
                found.append(self.hits[i])
            i += 1
        return found

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.within(start, end))

    def inside(self, start: int, end: int) -> bool:
        """Whether one hit covers all of ``[start, end)``."""
        return any(h.start <= start and end <= h.end for h in self.within(start, end))

    def title_case_line(self, pos: int) -> bool:
        """:func:`_title_case_line` for the line around ``pos``, read once per line."""
        line = self.text.rfind("\n", 0, pos) + 1
        known = self.title_lines.get(line)
        if known is None:
            known = self.title_lines[line] = _title_case_line(self.text, line)
        return known


class NameRecognizer:
    """Finds indices, sectors, securities and organizations in one language.

    Args:
        lexicons: the rows to look up (packaged and the user's, already merged).
        language: "en" or "zh"; picks the context patterns.
    """

    def __init__(self, lexicons: Lexicons, language: Language) -> None:
        self.lexicons = lexicons
        self.language = language
        self._pack: ModuleType = zh_names if language == "zh" else en_names
        self._automaton: Any = _build_automaton(lexicons, self._pack.ANCHORS)
        self._fund_managers: frozenset[str] = frozenset(
            form
            for row in lexicons.organizations
            if row.type == "fund_manager"
            for form in (row.name_zh or "", *row.aliases_zh)
            if 2 <= len(form) <= 4
        )
        self._by_code: dict[tuple[str, str | None], SecurityRow] = {
            (row.code, row.exchange): row for row in lexicons.securities if row.code
        }

    def __call__(self, ctx: Context) -> list[Entity]:
        """Find the named entities of ``ctx.text``."""
        text = ctx.text
        if not text:
            return []
        hits, anchors = self._lookup(text)
        found = _Found(text=text, hits=hits, anchors=anchors)
        found.hong_kong = self._pack.HONG_KONG_MARKET.search(text) is not None
        for m in self._pack.BRACKET_CODE.finditer(text):
            key = m.start()
            while key > 0 and text[key - 1] in " \t":
                key -= 1  # the name ends before the spaces: "Cambricon (688256)"
            found.codes[key] = m["code"]
            found.code_spans[key] = m.span("code")
        found.group_spans = [m.span() for m in self._scan(found, "group", self._pack.GROUP_PHRASE)]
        if "《" in text:
            found.group_spans.extend(m.span() for m in self._pack.TITLE.finditer(text))
        found.group_spans.sort()
        self._find_lists(found)
        entities: list[Entity] = []
        for hit in found.hits:
            entity = self._entity_for_hit(found, hit)
            if entity is not None:
                entities.append(entity)
        entities.extend(self._unknown_names(found))
        entities.extend(self._unknown_sectors(found))
        entities.extend(self._bare_codes(found))
        kept = [e for e in resolve_overlaps(entities) if not _in_group_phrase(found, e)]
        kept = _written_listing(found, self._orphan_codes(found, kept))
        return _share_codes(self._later_mentions(found, kept))

    # --- lexicon look-up ---------------------------------------------------------------

    def _lookup(self, text: str) -> tuple[list[_Hit], dict[str, list[int]]]:
        """Every lexicon form in ``text``, and where the pack's anchored scanners may match.

        At each look-up unit (a Latin word, a number, one Han character or one symbol) the
        longest valid form is kept, then the longest of overlapping ones. The automaton
        finds every key in one pass; keys that start or end inside a unit are dropped, so a
        Latin form never matches inside a longer word.
        """
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        size = len(lowered)
        ends_at: dict[int, list[tuple[int, tuple[_Form, ...]]]] = {}
        anchors: dict[str, list[int]] = {}
        key: _Key
        for last, key in self._automaton.iter(lowered):
            end = last + 1
            start = end - key.length
            if start > 0 and key.first_run is not None and key.first_run.match(lowered, start - 1):
                continue  # starts inside a word or a run of spaces
            if end < size and key.last_run is not None and key.last_run.match(lowered, end):
                continue  # ends inside one
            if key.forms:
                ends_at.setdefault(start, []).append((end, key.forms))
            for scanner, shift in key.anchors:
                anchors.setdefault(scanner, []).append(max(0, start + shift))
        hits: list[_Hit] = []
        for start in sorted(ends_at):
            best = self._longest_valid(text, start, sorted(ends_at[start]))
            if best is not None:
                hits.append(best)
        return _drop_overlapped(hits), anchors

    def _scan(self, found: _Found, scanner: str, pattern: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
        """The matches of one of the pack's scanning patterns.

        The pattern is tried only at its anchor words when the pack gives them (English),
        over the whole text otherwise.
        """
        if scanner not in self._pack.ANCHORED:
            yield from pattern.finditer(found.text)
            return
        text = found.text
        if scanner == "group":  # a group phrase ends with its anchor word
            for pos in found.anchors.get(scanner, ()):
                m = pattern.search(text, max(0, pos - 60), min(len(text), pos + 12))
                if m is not None:
                    yield m
            return
        for pos in found.anchors.get(scanner, ()):
            m = pattern.match(text, pos)
            if m is not None:
                yield m

    def _longest_valid(self, text: str, start: int, ends: list[tuple[int, tuple[_Form, ...]]]) -> _Hit | None:
        """The longest of the forms starting at ``start`` that is valid here (``ends`` ascending)."""
        for end, forms in reversed(ends):
            for form in forms:
                if form.exact and text[start:end] != form.surface:
                    continue
                if self.language == "zh" and not self._short_alias_ok(text, start, end, form):
                    continue
                return _Hit(start, end, form)
        return None

    def _short_alias_ok(self, text: str, start: int, end: int, form: _Form) -> bool:
        """A short Han company alias must not cut a word in two or run on into a longer name.

        Of three characters or fewer, it must not start inside a word (其中 + 海外 is not
        中海外); of two, it must not run on into a longer Han name (中信建投 is not 中信).
        """
        if end - start > 3 or not form.kinds & {"security", "organization"}:
            return True
        if _HAN.match(text, start) is None:
            return True
        if start > 0 and text[start - 1 : start + 1] in self._pack.NAME_SPLITS_WORD:
            return False
        if end - start > 2 or end >= len(text):
            return True
        return ZH_SHORT_ALIAS_FOLLOW.match(text, end) is not None

    # --- lists -------------------------------------------------------------------------

    def _find_lists(self, found: _Found) -> None:
        """Mark the members of lists of stocks, companies or sectors."""
        text = found.text
        lists = _zh_lists(found) if self.language == "zh" else _en_lists(text)
        for members, role in lists:
            if role == "sector":
                for start, end in members:
                    found.sector_items[start] = end
                continue
            if role is None:
                known = [
                    found.by_start[s]
                    for s, e in members
                    if s in found.by_start and found.by_start[s].end == e
                ]
                sectors = [h for h in known if "sector" in h.kinds]
                companies = [h for h in known if h.company]
                if len(sectors) >= 2 and len(sectors) > len(companies):
                    found.list_sector.update(h.start for h in sectors)
                    continue
                if not companies:
                    continue
                role = "security"
            for start, end in members:
                if self.language == "zh" and self._pack.UNKNOWN_SECTOR_CUE.fullmatch(text, end - 1, end):
                    continue  # 航空股: a sector, found by its cue
                found.list_role[start] = role
                found.list_end[start] = end

    # --- lexicon hits to entities --------------------------------------------------------

    def _entity_for_hit(self, found: _Found, hit: _Hit) -> Entity | None:
        text, pack = found.text, self._pack
        if text.startswith(("The ", "the "), hit.start) and hit.end - hit.start > 6:
            hit = _Hit(hit.start + 4, hit.end, hit.form)  # "The People's Bank of China"
        kinds = hit.kinds
        if found.sector_items.get(hit.start) == hit.end and "sector" not in kinds:
            return None  # a member of a list of sectors: DeepSeek(-3.10%)
        end = hit.end
        suffix = pack.LISTING_SUFFIX.match(text, end)
        if suffix and hit.company:
            end = suffix.end()
        code = found.codes.get(end)
        if code is not None and self._code_contradicts(found, hit, code):
            return None  # the coded name before the bracket is found by its context
        if (
            "index" in kinds
            and not pack.NOT_AN_INDEX_AFTER.match(text, hit.end)
            and ("organization" not in kinds or self._role(found, hit.start, end) != "organization")
        ):
            row = hit.rows_of("index")[0]
            assert isinstance(row, IndexRow)
            return _index_entity(text, hit.start, end, row, code)
        if "sector" in kinds and self._sector_ok(found, hit):
            return self._sector_entity(text, hit)
        if not hit.company:
            return None
        if code is None and pack.COMPANY_CONCEPT.match(text, hit.end):
            name = text[hit.start : hit.end]  # 华为概念股, "Huawei concept stocks": a concept board
            return SectorEntity(text=name, start=hit.start, end=hit.end, name=name.lower())
        if code is None:
            role = self._role(found, hit.start, end)
        elif pack.CODED_ORGANIZATION_AFTER.match(text, end):
            role = "organization"  # 中国平安(601318)公告称: the code names it, the verb makes it act
        else:
            role = "security"
        securities = hit.rows_of("security")
        organizations = hit.rows_of("organization")
        if role is None:
            if "sector" in kinds:
                return None  # a common noun that also names a company (机器人): no evidence
            role = self._default_role(securities, organizations)
        if role == "security" and not securities and code is None:
            org = organizations[0]
            if isinstance(org, OrganizationRow) and org.type in UNLISTED_TYPES:
                role = "organization"
        if role == "security":
            return _security_entity(
                text, hit.start, end, _by_market(securities, found.hong_kong), organizations, code
            )
        return _organization_entity(text, hit.start, end, organizations, securities)

    def _sector_entity(self, text: str, hit: _Hit) -> SectorEntity:
        row = hit.rows_of("sector")[0]
        assert isinstance(row, SectorRow)
        end = self._sector_name_end(text, hit)
        cue = self._pack.SECTOR_CUE_AFTER.match(text, end)
        if cue and cue.group().lstrip("-‐–").startswith("related"):
            end = cue.end()  # the annotators keep "Gold-related" whole
        return SectorEntity(
            text=text[hit.start : end],
            start=hit.start,
            end=end,
            name=row.name,
            name_zh=row.name_zh,
            id=row.id,
        )

    @staticmethod
    def _default_role(securities: Sequence[LexiconRow], organizations: Sequence[LexiconRow]) -> Role:
        """What a company is when the context says nothing.

        An institution that is also listed is the institution, a listed mainland or Hong
        Kong company is its stock, a company listed abroad is the company.
        """
        if not securities:
            return "organization"
        if all(isinstance(r, SecurityRow) and r.exchange in FOREIGN_EXCHANGES for r in securities):
            return "organization"
        if not organizations:
            return "security"
        org = organizations[0]
        assert isinstance(org, OrganizationRow)
        return "organization" if org.type in INSTITUTION_TYPES else "security"

    def _role(self, found: _Found, start: int, end: int) -> Role | None:
        """Security where the stock moves or is held, organization where the name acts."""
        text, pack = found.text, self._pack
        if pack.SECURITY_AFTER.match(text, end):
            return "security"
        if pack.ORGANIZATION_AFTER.match(text, end):
            return "organization"
        if pack.SECURITY_CLAUSE is not None:
            limit = min(len(text), end + 160)
            clause_end = pack.CLAUSE_END.search(text, end, limit)
            if pack.SECURITY_CLAUSE.search(text, end, clause_end.start() if clause_end else limit):
                return "security"
        if pack.ORGANIZATION_BEFORE.search(text, max(0, start - 40), start):
            return "organization"
        if pack.SECURITY_BEFORE.search(text, max(0, start - 40), start):
            return "security"
        return found.list_role.get(start)

    def _sector_name_end(self, text: str, hit: _Hit) -> int:
        """Where the sector's name ends when its lexicon form carries the cue word itself.

        "securities companies" -> "securities", 光伏板块 -> 光伏.
        """
        if self.language == "en":
            space = text.rfind(" ", hit.start, hit.end)
            if space > hit.start and self._pack.SECTOR_CUE_AFTER.fullmatch(text, space, hit.end):
                return space
            return hit.end
        cue = self._pack.UNKNOWN_SECTOR_CUE.search(text, hit.start + 2, hit.end)
        return cue.start() if cue is not None and cue.end() == hit.end else hit.end

    def _sector_ok(self, found: _Found, hit: _Hit) -> bool:
        """Whether a sector form counts here.

        It does with a cue after or before it, in a list of sectors, or when it is long or
        unambiguous.
        """
        text, pack = found.text, self._pack
        if hit.start in found.list_sector or found.sector_items.get(hit.start) == hit.end:
            return True
        if pack.SECTOR_CUE_AFTER.match(text, self._sector_name_end(text, hit)):
            return True
        if pack.SECTOR_CUE_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            return True
        if self._standalone_sector(found, hit):
            return True
        return self._listed_with_cue(found, hit) or self._listed_after_cue(found, hit)

    def _standalone_sector(self, found: _Found, hit: _Hit) -> bool:
        """Long Chinese forms (光伏建筑一体化) and the language pack's unambiguous forms.

        A long Chinese form before a product figure (新能源汽车销量) names the product.
        """
        surface = hit.form.surface
        if surface.lower() in self._pack.STANDALONE_SECTORS or surface in self._pack.STANDALONE_SECTORS:
            return True
        return (
            self.language == "zh"
            and len(surface) >= ZH_STANDALONE_SECTOR_LENGTH
            and _HAN.match(surface) is not None
            and hit.kinds == {"sector"}
            and not self._pack.PRODUCT_FIGURE_AFTER.match(found.text, hit.end)
        )

    def _listed_with_cue(self, found: _Found, hit: _Hit) -> bool:
        """Whether a later member of the list has the cue: "bank and property stocks", 餐饮、啤酒股."""
        text, pack = found.text, self._pack
        current = hit
        for _ in range(12):
            joiner = pack.SECTOR_JOINER.match(text, current.end)
            if joiner is None:
                return False
            nxt = found.by_start.get(joiner.end())
            if nxt is None or "sector" not in nxt.kinds:
                return self.language == "zh" and _zh_unknown_sector_follows(text, joiner.end())
            if pack.SECTOR_CUE_AFTER.match(text, nxt.end):
                return True
            current = nxt
        return False

    def _listed_after_cue(self, found: _Found, hit: _Hit) -> bool:
        """Whether the list this sector ends has a cue before its first member: 板块包括医药和食品饮料."""
        text, pack = found.text, self._pack
        current = hit
        for _ in range(12):
            i = bisect.bisect_left(found.starts, current.start) - 1
            if i < 0:
                return False
            previous = found.hits[i]
            joiner = pack.SECTOR_JOINER.match(text, previous.end)
            if joiner is None or joiner.end() != current.start or "sector" not in previous.kinds:
                return False
            if pack.SECTOR_CUE_BEFORE.search(text, max(0, previous.start - 30), previous.start):
                return True
            current = previous
        return False

    # --- names the lexicon does not know --------------------------------------------------

    def _unknown_names(self, found: _Found) -> Iterator[Entity]:
        """Names found by their form and context.

        Coded names, ETFs, indices, institutions, list members, sources.
        """
        text, pack = found.text, self._pack
        for bracket, code in found.codes.items():
            suffix = pack.LISTING_SUFFIX_BEFORE.search(text, max(0, bracket - 5), bracket)
            name_end = suffix.start() if suffix else bracket
            known = found.by_end.get(name_end)
            if (
                known is not None
                and known.kinds != {"sector"}
                and not self._code_contradicts(found, known, code)
            ):
                continue  # the lexicon knows the name
            start = pack.name_start(text, name_end)
            if start is not None:
                yield self._coded_name(text, start, bracket, code)
        for scanner, anchor, make in (
            ("etf", pack.ETF_WORD, self._etf_name),
            ("index", pack.INDEX_WORD, self._index_name),
            ("organization", pack.ORGANIZATION_SUFFIX, self._organization_name),
        ):
            for m in self._scan(found, scanner, anchor):
                entity = make(found, m)
                if entity is None or found.inside(entity.start, entity.end):
                    continue
                if self._anchor_name_plausible(found, entity.start, entity.end):
                    yield entity
        for start in sorted(found.list_role):
            if not found.inside(start, found.list_end[start]):
                yield self._list_member(found, start)
        sector_spans = {(h.start, h.end) for h in found.hits if "sector" in h.kinds}
        for start, end in found.sector_items.items():
            if (start, end) not in sector_spans:
                name = text[start:end]
                yield SectorEntity(text=name, start=start, end=end, name=name.lower())
        if self.language == "zh":
            yield from self._zh_clause_openers(found)
            for m in pack.SOURCE_IN_BRACKETS.finditer(text):
                if not found.overlaps(m.start("name"), m.end("name")):
                    name = m["name"]
                    yield OrganizationEntity(
                        text=name, start=m.start("name"), end=m.end("name"), name=name, org_type="media"
                    )
        else:
            yield from self._en_sources(found)

    def _orphan_codes(self, found: _Found, entities: list[Entity]) -> list[Entity]:
        """A bracketed code that no name before it took is a security of its own.

        "its Hong Kong-listed shares (01211.HK) gained 4.1%": the code names the listing.
        """
        ends = {e.end for e in entities}
        orphans: list[Entity] = []
        for key, (start, end) in found.code_spans.items():
            if key in ends:
                continue  # the name before the bracket took it
            info = read_code(found.codes[key])
            if info is not None and info.exchange is not None:
                orphans.append(self._code_entity(found.text[start:end], start, end, info))
        return resolve_overlaps(entities + orphans) if orphans else entities

    def _code_entity(self, surface: str, start: int, end: int, info: CodeInfo) -> SecurityEntity:
        """A security written as its code: the lexicon's row for the code where there is one."""
        row = self._by_code.get((info.code, info.exchange))
        return SecurityEntity(
            text=surface,
            start=start,
            end=end,
            name=row.name if row else info.code,
            code=info.code,
            exchange=info.exchange,
            security_type=row.security_type if row else info.security_type,
            name_zh=row.name_zh if row else None,
            id=row.id if row else None,
        )

    def _later_mentions(self, found: _Found, entities: list[Entity]) -> list[Entity]:
        """Add the other mentions of names found by their context: 甲乙科技(603999)…甲乙科技上涨.

        A name the lexicon does not know is found where its context shows it (a code, a
        suffix, a list); written again without that context, it is the same name. Each
        further mention is a security or an organization by its own context, else what the
        first mention was. Short names are left alone: they are too likely to be words.
        """
        text = found.text
        first: dict[str, _Named] = {}
        for e in entities:
            if (
                isinstance(e, (SecurityEntity, OrganizationEntity, IndexEntity))
                and e.id is None
                and e.text not in first
                and self._repeatable(e.text)
            ):
                first[e.text] = e
        if not first:
            return entities
        automaton = ahocorasick.Automaton()
        for surface in first:
            automaton.add_word(surface, surface)
        automaton.make_automaton()
        taken = sorted((e.start, e.end) for e in entities)
        starts = [s for s, _ in taken]
        added: list[Entity] = []
        for last, surface in automaton.iter(text):
            end = last + 1
            start = end - len(surface)
            i = bisect.bisect_right(starts, start) - 1
            if (i >= 0 and taken[i][1] > start) or (i + 1 < len(taken) and taken[i + 1][0] < end):
                continue  # an entity is there already (the first mention among them)
            if not self._standalone_mention(text, start, end):
                continue
            added.append(self._mention(found, first[surface], start, end))
        if not added:
            return entities
        return resolve_overlaps(entities + added)

    def _repeatable(self, surface: str) -> bool:
        """Whether a name is long enough to be found again by its letters alone."""
        if self.language == "zh":
            return len(surface) >= 3 and _HAN.match(surface) is not None
        return len(surface) >= 4 and any(c.isupper() for c in surface) and surface[0].isupper()

    @staticmethod
    def _standalone_mention(text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands as a name: a Latin or digit edge is not inside a word.

        "Acme Robotics" is not found in "Acme Roboticsx"; 五洲新春 is found in 五洲新春3月.
        """

        def word(c: str) -> bool:
            return c.isascii() and c.isalnum()

        if start > 0 and word(text[start]) and word(text[start - 1]):
            return False
        return not (end < len(text) and word(text[end - 1]) and word(text[end]))

    def _mention(self, found: _Found, like: _Named, start: int, end: int) -> Entity:
        """Another mention of the name of ``like``, at ``start:end``."""
        update = {"text": found.text[start:end], "start": start, "end": end}
        if isinstance(like, IndexEntity):
            return like.model_copy(update=update)
        role = self._role(found, start, end)
        if role is None or role == like.kind:
            return like.model_copy(update=update)
        if role == "security":
            return _new_security(found.text, start, end, None, None)
        return OrganizationEntity(text=found.text[start:end], start=start, end=end, name=like.name)

    def _code_contradicts(self, found: _Found, hit: _Hit, code: str) -> bool:
        """Whether a written code belongs to another name than the known one before it.

        甲乙机器人(688999) is not 机器人 (300024).
        """
        info = read_code(code)
        if info is None or not hit.rows_of("security"):
            return False
        if any(isinstance(r, SecurityRow) and r.code == info.code for r in hit.rows_of("security")):
            return False
        start = self._pack.name_start(found.text, hit.end)
        return start is not None and start < hit.start

    def _anchor_name_plausible(self, found: _Found, start: int, end: int) -> bool:
        """Whether a name found by its last word agrees with the known names inside it.

        A known name ending where it ends may carry a short prefix (中国 + 银河证券);
        a known name inside it may be followed only by the institution word (天风 + 国际证券),
        not by other words (中金 + 指银行).
        """
        text = found.text
        for h in found.within(start, end):
            if h.start < start or h.end > end or (h.start, h.end) == (start, end) or h.kinds == {"sector"}:
                continue
            if h.end == end:
                if text.endswith("ETF", start, h.start):
                    continue  # 科创债ETF鹏华: the fund manager closes the ETF's name
                if "ETF" in text[h.start : h.end]:
                    continue  # "Huabao Robotics ETF": the issuer's name before a known ETF
                if self.language == "en" or h.start - start > 2:
                    return False
            elif self.language == "zh" and not ZH_INSTITUTION_TAIL.fullmatch(text, h.end, end):
                return False
        return True

    def _coded_name(self, text: str, start: int, end: int, code: str) -> Entity:
        surface = text[start:end]
        info = read_code(code)
        if self.language == "zh":
            is_index = surface.endswith(("指数", "指")) and "ETF" not in surface
        else:
            is_index = surface.endswith(("Index", "index"))
        if is_index or (info is not None and info.exchange is None and looks_like_index_code(code)):
            return IndexEntity(text=surface, start=start, end=end, name=surface, code=code.split(".")[0])
        kind: SecurityType | None = info.security_type if info else None
        if "ETF" in surface:
            kind = "etf"
        return _new_security(text, start, end, info, kind)

    def _etf_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
        if self.language == "en":
            tail = pack.ETF_TAIL.match(text, m.end())
            start = pack.name_start(text, m.end())
            if tail is None or start is None or (start == m.start() and m.group() == "ETF"):
                return None
            end = tail.end()
        else:
            end = self._zh_etf_issuer_end(text, m.end())
            start = pack.name_start(text, m.start()) if m.start() > 0 else None
            if start is None:
                return None
        code = found.codes.get(end)
        return _new_security(text, start, end, read_code(code) if code else None, "etf")

    def _zh_etf_issuer_end(self, text: str, end: int) -> int:
        """科创债ETF鹏华: a fund manager's short name after ETF belongs to the name."""
        for size in (4, 3, 2):
            if text[end : end + size] in self._fund_managers:
                return end + size
        return end

    def _index_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
        start: int | None
        if self.language == "en":
            if m.group() == "index":  # "the smaller Shenzhen index": capitalised words before
                before = text[: m.start()].rstrip(" ")
                start = pack.name_start(text, len(before)) if len(before) < m.start() else None
            else:
                start = pack.name_start(text, m.end())
            if start is None or start >= m.start():
                return None
        else:
            start = pack.name_start(text, m.start()) if m.start() > 0 else None
            if start is None:
                return None
            known = found.by_end.get(m.start())
            if known is not None and "index" in known.kinds and known.start > start:
                start = known.start  # 沪深300 + 指数: the lexicon knows where the name starts
        surface = text[start : m.end()]
        if pack.ECONOMIC_INDEX.search(surface):
            return None
        if self.language == "zh" and (pack.NOT_AN_INDEX.match(surface) or "ETF" in surface):
            return None
        code = found.codes.get(m.end())
        return IndexEntity(
            text=surface, start=start, end=m.end(), name=surface, code=code.split(".")[0] if code else None
        )

    def _organization_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
        start = pack.name_start(text, m.end())
        if start is None or start >= m.start():
            return None
        surface = text[start : m.end()]
        if self.language == "en":
            words = surface.split()
            if words[0] in pack.NAME_STOPWORDS and words[0] not in pack.PLACE_WORDS:
                return None
            if found.title_case_line(start):
                return None  # "Brokerage Group Rallies": a headline capitalises every word
        elif pack.FUTURES_CONTRACT.fullmatch(surface):
            return _new_security(text, start, m.end(), None, None)  # 铁矿石期货: a contract
        elif m.end() - start < 4 or pack.GENERIC_ORGANIZATION.match(surface):
            return None
        suffix = pack.LISTING_SUFFIX.match(text, m.end())
        code = found.codes.get(suffix.end() if suffix else m.end())
        role = "security" if code else self._role(found, start, m.end())
        if role == "security":
            return _new_security(text, start, m.end(), read_code(code) if code else None, None)
        suffix_words = m.group() if m.lastgroup != "company" else text[m.start() : m.start("company")]
        org_type = pack.ORGANIZATION_TYPES.get(_SPACE_RUN.sub(" ", suffix_words).rstrip("."), "company")
        return OrganizationEntity(text=surface, start=start, end=m.end(), name=surface, org_type=org_type)

    def _list_member(self, found: _Found, start: int) -> Entity:
        text = found.text
        end = found.list_end[start]
        if found.list_role[start] == "organization":
            return OrganizationEntity(text=text[start:end], start=start, end=end, name=text[start:end])
        suffix = self._pack.LISTING_SUFFIX.match(text, end)
        code = found.codes.get(suffix.end() if suffix else end)
        return _new_security(text, start, end, read_code(code) if code else None, "stock")

    def _zh_clause_openers(self, found: _Found) -> Iterator[Entity]:
        """Unknown names opening a clause: 某某电子领涨6.21%, 某某科技预计于…披露.

        Such a name is a security when a figured move follows, a company when it discloses.
        """
        text, pack = found.text, self._pack
        for start, end in _clause_openers(
            pack.LEADING_MOVER, text, pack.LEADING_MOVER_ANCHOR, pack.LEADING_MOVER_REACH
        ):
            name = text[start:end]
            if found.inside(start, end) or pack.NOT_A_SECTOR.match(name):
                continue
            if pack.UNKNOWN_SECTOR_CUE.search(name) or pack.INDEX_WORD.search(name):
                continue
            if pack.NAME_STOP.search(name) or pack.NOT_A_COMPANY.match(name):
                continue
            yield SecurityEntity(text=name, start=start, end=end, name=name, security_type="stock")
        for start, end in _clause_openers(pack.LEADING_DISCLOSER, text, pack.LEADING_DISCLOSER_VERB, None):
            if not found.inside(start, end):
                name = text[start:end]
                yield OrganizationEntity(text=name, start=start, end=end, name=name, org_type="company")

    def _en_sources(self, found: _Found) -> Iterator[Entity]:
        """Unknown sources and actors ("Data from EPFR", "Harbin cites ...") and futures.

        A name after a source frame or before a reporting verb is an organization;
        "lithium carbonate futures" is a listed contract.
        """
        text, pack = found.text, self._pack
        for frame in self._scan(found, "source", pack.SOURCE_FRAME):
            span = _en_name_at(text, frame.end())
            if (
                span is None
                or found.overlaps(*span)
                or text[span[0] : span[1]].split()[0] in pack.NAME_STOPWORDS
            ):
                continue
            yield OrganizationEntity(
                text=text[span[0] : span[1]], start=span[0], end=span[1], name=text[span[0] : span[1]]
            )
        for m in self._scan(found, "actor", pack.ACTOR_VERB):
            end = m.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = pack.name_start(text, end)
            if start is None or found.overlaps(start, end):
                continue
            words = text[start:end].split()
            if (
                words[0] in pack.NAME_STOPWORDS
                or any(w in pack.PERSON_WORDS for w in words)
                or len(words) > 4
            ):
                continue
            if found.title_case_line(start):
                continue
            if (
                len(words) == 1
                and not _is_brand(words[0])
                and (_sentence_start(text, start) or m.group() in pack.PERSON_VERBS)
            ):
                continue  # "Smith said": one plain word before "said" is more often a person
            yield OrganizationEntity(text=text[start:end], start=start, end=end, name=text[start:end])
        for m in pack.FUTURES_WORD.finditer(text):
            span = _words_before(
                text,
                m.start(),
                2,
                pack.SECTOR_STOPWORDS | pack.FUTURES_STOPWORDS,
                pack.SECTOR_WORD,
                capital_ok=False,
            )
            if span is not None:
                name = text[span[0] : m.end()]
                yield SecurityEntity(text=name, start=span[0], end=m.end(), name=name)

    def _unknown_sectors(self, found: _Found) -> Iterator[Entity]:
        """Sector names before a sector cue that the lexicon does not know.

        内房股, "tourism sector"; and narrower boards built on a known sector: 大型科技股,
        航空运输精选板块.
        """
        text, pack = found.text, self._pack
        for m in self._scan(found, "sector", pack.UNKNOWN_SECTOR_CUE):
            if found.overlaps(m.start(), m.end()):
                continue
            if self.language == "en":
                span = _en_sector_before(text, m)
                if span is not None and not found.overlaps(*span):
                    name = text[span[0] : span[1]]
                    yield SectorEntity(
                        text=name, start=span[0], end=span[1], name=name.lower().removesuffix("-related")
                    )
                continue
            start = pack.name_start(text, m.start())
            if start is None or m.start() - start > 8 or pack.NOT_A_SECTOR.match(text[start : m.start()]):
                continue
            inner = [h for h in found.within(start, m.start()) if h.start >= start]
            last = found.by_end.get(m.start())
            if last is not None and last.kinds & {"index", "security", "organization"}:
                continue  # 腾讯概念股: handled with the lexicon hit
            suffix = pack.SECTOR_SUFFIX.search(text, start, m.start())
            tail_end = suffix.start() if suffix is not None and suffix.end() == m.start() else m.start()
            tail = found.by_end.get(tail_end)
            if tail is not None and tail.start >= start:
                if tail.start > start and not pack.SECTOR_PREFIX.fullmatch(text, start, tail.start):
                    continue  # the words before the known sector are not part of its name
            elif inner:
                continue
            name = text[start : m.start()]
            yield SectorEntity(text=name, start=start, end=m.start(), name=name)

    def _bare_codes(self, found: _Found) -> Iterator[Entity]:
        """A code standing alone is a security (an index when the code is an index code)."""
        in_brackets = {start for start, _ in found.code_spans.values()}  # read with their brackets
        for m in self._pack.BARE_CODE.finditer(found.text):
            if m.start("code") in in_brackets:
                continue
            code = m["code"].split(".")[0]
            if looks_like_index_code(code):
                yield IndexEntity(text=m["code"], start=m.start(), end=m.end(), name=code, code=code)
                continue
            info = read_code(m["code"])
            if info is not None and (info.exchange is not None or info.security_type is not None):
                yield self._code_entity(m["code"], m.start(), m.end(), info)


# --- building blocks ---------------------------------------------------------------------


def _build_automaton(lexicons: Lexicons, anchor_words: Mapping[str, tuple[tuple[str, int], ...]]) -> Any:
    """Fold every surface form of every row, and the anchor words, into one automaton.

    Its keys are lower-cased look-up units joined; each stands for a :class:`_Key`. Forms
    written with capitals match only as written; lower-case forms match in any case
    ("banking", "Banking"). An anchor word counts only as one whole unit.
    """
    rows: dict[str, list[tuple[LexiconKind, LexiconRow]]] = {}
    kinds: tuple[LexiconKind, ...] = ("index", "sector", "security", "organization")
    for kind in kinds:
        for row in lexicons.of_kind(kind):
            for surface in row.surfaces():
                surface = surface.strip()
                if surface:
                    rows.setdefault(surface, []).append((kind, row))
    forms: dict[str, list[_Form]] = {}
    for surface, carried in rows.items():
        key = _lookup_key(surface)
        by_kind: dict[LexiconKind, list[LexiconRow]] = {}
        for kind, row in carried:
            by_kind.setdefault(kind, []).append(row)
        form = _Form(surface, surface != surface.lower(), tuple(carried), frozenset(by_kind), by_kind)
        forms.setdefault(key, []).append(form)
    anchors = {word: pairs for word, pairs in anchor_words.items() if LOOKUP_TOKEN.fullmatch(word)}
    automaton = ahocorasick.Automaton()
    for key in dict.fromkeys([*forms, *anchors]):
        automaton.add_word(
            key,
            _Key(
                length=len(key),
                forms=tuple(forms.get(key, ())),
                anchors=anchors.get(key, ()),
                first_run=next((run for run in _RUN_CHARS if run.match(key)), None),
                last_run=next((run for run in _RUN_CHARS if run.match(key, len(key) - 1)), None),
            ),
        )
    automaton.make_automaton()
    return automaton


def _lookup_key(surface: str) -> str:
    """The automaton key of a form: each look-up unit lower-cased where that keeps its length.

    Example:
        >>> _lookup_key("CSI 300"), _lookup_key("沪深300")
        ('csi 300', '沪深300')
    """
    lowered = surface.lower()
    if lowered == surface or surface.isascii():
        return lowered  # nothing to lower, or ASCII: lowering never changes a length
    return "".join(u.lower() if len(u.lower()) == len(u) else u for u in LOOKUP_TOKEN.findall(surface))


_Named = SecurityEntity | OrganizationEntity | IndexEntity
"""A name that :meth:`NameRecognizer._later_mentions` finds again."""


def _drop_overlapped(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (then the earlier one), in text order."""
    ranked = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    starts: list[int] = []
    kept: list[_Hit] = []
    for hit in ranked:
        i = bisect.bisect_left(starts, hit.start)
        if i < len(kept) and kept[i].start < hit.end:
            continue
        if i > 0 and kept[i - 1].end > hit.start:
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept


def _in_group_phrase(found: _Found, entity: Entity) -> bool:
    """Whether the entity sits inside a group phrase (三大指数) or a document title (《…》)."""
    if not found.group_spans:
        return False
    i = bisect.bisect_right(found.group_spans, (entity.start, len(found.text) + 1)) - 1
    return any(s <= entity.start and entity.end <= e for s, e in found.group_spans[max(0, i - 2) : i + 1])


def _by_market(securities: list[LexiconRow], hong_kong: bool) -> list[LexiconRow]:
    """Order a dual-listed company's rows: the listing of the market the text is about first.

    A company listed in Shanghai or Shenzhen and in Hong Kong has a row per listing.
    """
    if len(securities) < 2:
        return securities
    return sorted(securities, key=lambda r: (getattr(r, "exchange", None) == "HKEX") != hong_kong)


def _index_entity(text: str, start: int, end: int, row: IndexRow, code: str | None) -> IndexEntity:
    return IndexEntity(
        text=text[start:end],
        start=start,
        end=end,
        name=row.name,
        code=code.split(".")[0] if code else row.code,
        name_zh=row.name_zh,
        id=row.id,
    )


def _new_security(
    text: str, start: int, end: int, info: CodeInfo | None, kind: SecurityType | None
) -> SecurityEntity:
    """A security the lexicon does not know: its name is the surface, the rest from its code."""
    return SecurityEntity(
        text=text[start:end],
        start=start,
        end=end,
        name=text[start:end],
        code=info.code if info else None,
        exchange=info.exchange if info else None,
        security_type=kind or (info.security_type if info else None),
    )


def _security_entity(
    text: str,
    start: int,
    end: int,
    securities: Sequence[LexiconRow],
    organizations: Sequence[LexiconRow],
    code: str | None,
) -> SecurityEntity:
    """A known security; a code written in the text wins over the lexicon's.

    A name known only as an organization (a broker whose stock moves) keeps its names and
    takes what the written code tells.
    """
    info = read_code(code) if code else None
    row: LexiconRow = securities[0] if securities else organizations[0]
    if info is not None:
        row = next((r for r in securities if isinstance(r, SecurityRow) and r.code == info.code), row)
    listed = row if isinstance(row, SecurityRow) else None
    return SecurityEntity(
        text=text[start:end],
        start=start,
        end=end,
        name=row.name,
        code=info.code if info else (listed.code if listed else None),
        exchange=(info.exchange if info else None) or (listed.exchange if listed else None),
        security_type=listed.security_type if listed else (info.security_type if info else "stock"),
        name_zh=row.name_zh,
        id=row.id,
    )


def _organization_entity(
    text: str, start: int, end: int, organizations: Sequence[LexiconRow], securities: Sequence[LexiconRow]
) -> OrganizationEntity:
    """A known organization; a listed company acting is an organization of type company."""
    row = organizations[0] if organizations else securities[0]
    return OrganizationEntity(
        text=text[start:end],
        start=start,
        end=end,
        name=row.name,
        org_type=row.type if isinstance(row, OrganizationRow) else "company",
        name_zh=row.name_zh,
        id=row.id,
    )


def _written_listing(found: _Found, entities: list[Entity]) -> list[Entity]:
    """Give every mention of a dual-listed company the listing whose code the text writes.

    "BYD (002594.SZ) ... BYD's A-shares rose": the Shenzhen listing, though the text also
    speaks of Hong Kong. A company written with two codes keeps each mention's own.
    """
    ids: dict[str, set[str]] = {}  # company name -> the ids of its listings written with a code
    listing: dict[str, SecurityEntity] = {}
    for e in entities:
        if isinstance(e, SecurityEntity) and e.id is not None and e.end in found.codes:
            ids.setdefault(e.name, set()).add(e.id)
            listing[e.name] = e
    chosen = {name: listing[name] for name, written in ids.items() if len(written) == 1}
    if not chosen:
        return entities
    code_spans = set(found.code_spans.values())  # a code standing for itself keeps its listing
    out: list[Entity] = []
    for e in entities:
        if (
            isinstance(e, SecurityEntity)
            and e.id is not None
            and e.name in chosen
            and e.id != chosen[e.name].id
            and (e.start, e.end) not in code_spans
        ):
            row = chosen[e.name]
            e = e.model_copy(
                update={
                    "code": row.code,
                    "exchange": row.exchange,
                    "security_type": row.security_type,
                    "name_zh": row.name_zh,
                    "id": row.id,
                }
            )
        out.append(e)
    return out


def _share_codes(entities: list[Entity]) -> list[Entity]:
    """Give every mention of a name the code that one mention of it carries."""
    codes: dict[tuple[str, str], str] = {}
    for e in entities:
        if isinstance(e, (SecurityEntity, IndexEntity)) and e.code:
            codes.setdefault((e.kind, e.text), e.code)
    if not codes:
        return entities
    out: list[Entity] = []
    for e in entities:
        if isinstance(e, (SecurityEntity, IndexEntity)) and not e.code and (e.kind, e.text) in codes:
            e = e.model_copy(update={"code": codes[(e.kind, e.text)]})
        out.append(e)
    return out


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case ("Stocks Close Higher On ...").

    Example:
        >>> _title_case_line("Brokerage Group Rallies As Stocks Close Higher", 0)
        True
        >>> _title_case_line("Acme Securities said the index would rise.", 0)
        False
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = _TITLE_WORD.findall(text, start, end if end >= 0 else len(text))
    if len(words) < 5:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


_TITLE_WORD = regex.compile(r"[A-Za-z][A-Za-z'’\-]*+")
_SPACE_RUN = regex.compile(r"\s+")


def _is_brand(word: str) -> bool:
    """An all-caps or camel-case word is a name even at the start of a sentence: "EPFR", "iFlytek"."""
    return word.isupper() or any(c.isupper() for c in word[1:])


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence or a line (only spaces after a stop or a line break)."""
    before = text[max(0, pos - 8) : pos].rstrip(" \t")
    return not before or before[-1] in '.!?\n:;"“—-'


# --- English -----------------------------------------------------------------------------


def _en_sector_before(text: str, cue: regex.Match[str]) -> Span | None:
    """The words before an English sector cue: "power grid equipment" sector, "pig-related"."""
    pack = en_names
    if cue.group().lstrip().startswith(("-", "‐", "–")):
        span = _words_before(text, cue.start(), 1, pack.SECTOR_STOPWORDS, pack.SECTOR_WORD, capital_ok=True)
        return (span[0], cue.start() + len("-related")) if span else None
    return _words_before(text, cue.start(), 3, pack.SECTOR_STOPWORDS, pack.SECTOR_WORD, capital_ok=False)


def _words_before(
    text: str, end: int, most: int, stopwords: frozenset[str], word: regex.Pattern[str], *, capital_ok: bool
) -> Span | None:
    """Up to ``most`` words ending at ``end`` (one space between), stopping at a stopword.

    A capitalised word counts only at the start of a sentence (or with ``capital_ok``).
    """
    start, count = end, 0
    while count < most:
        m = _LAST_WORD.search(text, max(0, start - 40), start)
        if m is None:
            break
        w = m.group("w")
        if w[0].isupper() and not w.isupper() and not capital_ok:
            if not _sentence_start(text, m.start("w")):
                break
            w = w.lower()  # "Iron ore futures": the sentence capitalises it
        if w.lower() in stopwords or not word.fullmatch(w):
            break
        start, count = m.start("w"), count + 1
        if text[start - 1 : start] != " ":
            break
    return (start, end) if count else None


_LAST_WORD = regex.compile(r"(?P<w>[A-Za-z][A-Za-z\-]*) ?\Z", regex.REVERSE)

#: A capitalised name: words, numbers, "of"/"and"/"&" between them, "JD.com", "iFlytek".
_EN_NAME = regex.compile(
    r"""
    (?:[A-Z0-9](?:[\w&’'\-]|\.(?=\w))*+|[a-z][A-Z][\w\-]*+)
    (?:[ \t]++(?:[A-Z0-9](?:[\w&’'\-]|\.(?=\w))*+|[a-z][A-Z][\w\-]*+
                |(?:of|and|&)(?=[ \t]++[A-Z])))*+
    """,
    regex.VERBOSE,
)


def _en_name_at(text: str, pos: int) -> Span | None:
    """The capitalised name starting at ``pos``, cut before an "and" that joins two names.

    Example:
        >>> t = "led by Acme Mining and Beta Gold -U, etc."
        >>> s, e = _en_name_at(t, 7)
        >>> t[s:e]
        'Acme Mining'
    """
    m = _EN_NAME.match(text, pos)
    if m is None:
        return None
    end = m.end()
    joined = text.find(" and ", pos, end)
    if joined > 0:
        end = joined  # names joined by "and" in a list are two names; the lexicon knows the others
    suffix = en_names.LISTING_SUFFIX.match(text, end)
    return (pos, suffix.end() if suffix else end)


def _en_lists(text: str) -> Iterator[tuple[list[Span], ListRole | None]]:
    """Lists of capitalised names, with the role their frame gives.

    A list follows a frame ("holdings include", "such as") or ends with "etc." ("A, B, C,
    etc., led the gains").
    """
    pack = en_names
    for frame in pack.LIST_FRAME.finditer(text):
        members = _en_members_after(text, frame.end())
        if not members:
            continue
        noun = pack.LIST_NOUN.search(text, max(0, frame.start() - 30), frame.start())
        word = noun["noun"].lower() if noun else None
        role: ListRole | None = None
        if word in pack.ORGANIZATION_LIST_NOUNS:
            role = "organization"
        elif word is not None or pack.LIST_END_MOVE.match(text, members[-1][1]):
            role = "security"
        yield members, role
    for etc in pack.LIST_ETC.finditer(text):
        members = _en_members_before(text, etc.start())
        if len(members) >= 2:
            yield members, "security"


def _en_members_after(text: str, pos: int) -> list[Span]:
    """Names separated by commas and "and", starting at ``pos``."""
    members: list[Span] = []
    while len(members) < 30:
        span = _en_name_at(text, pos)
        if span is None:
            break
        members.append(span)
        sep = en_names.LIST_SEPARATOR.match(text, span[1])
        if sep is None:
            break
        pos = sep.end()
    return members


def _en_members_before(text: str, end: int) -> list[Span]:
    """Names of a comma list that ends at ``end`` ("A, B -U, C, etc.")."""
    members: list[Span] = []
    pos = end
    while len(members) < 30:
        sep = _EN_SEPARATOR_BEFORE.search(text, max(0, pos - 8), pos)
        name_end = sep.start() if sep else pos
        start = en_names.name_start(text, name_end)
        if start is None:
            stripped = en_names.LISTING_SUFFIX_BEFORE.search(text, max(0, name_end - 5), name_end)
            start = en_names.name_start(text, stripped.start()) if stripped else None
        if start is None:
            break
        members.append((start, name_end))
        before = _EN_COMMA_BEFORE.search(text, max(0, start - 8), start)
        if before is None:
            break
        pos = before.start() + 1
    members.reverse()
    return members


_EN_SEPARATOR_BEFORE = regex.compile(r",?[ \t]*\Z", regex.REVERSE)
_EN_COMMA_BEFORE = regex.compile(r",[ \t]*(?:and[ \t]+)?\Z", regex.REVERSE)


# --- Chinese -----------------------------------------------------------------------------


def _clause_openers(
    pattern: regex.Pattern[str], text: str, anchor: regex.Pattern[str], reach: int | None
) -> Iterator[Span]:
    """Spans of the ``name`` group of a pattern that starts with clause punctuation.

    The start of the text counts as clause punctuation. Every match holds a hit of
    ``anchor`` in its lookahead, starting at most ``reach`` characters after the match; the
    pattern is tried only that close before each hit (``reach`` None: over the whole text,
    if it has a hit at all). Matches never overlap (a name holds no clause punctuation),
    so this finds what ``pattern.finditer`` finds.
    """
    hits = anchor.finditer(text)
    first = next(hits, None)
    if first is None:
        return
    head = pattern.match("\n" + text[:32])
    if head is not None:
        yield (head.start("name") - 1, head.end("name") - 1)
    if reach is None:
        yield from (m.span("name") for m in pattern.finditer(text))
        return
    tried = 0  # positions before this one were tried already
    for hit in itertools.chain((first,), hits):
        for pos in range(max(tried, hit.start() - reach), hit.start()):
            m = pattern.match(text, pos)
            if m is not None:
                yield m.span("name")
        tried = max(tried, hit.start())


def _zh_unknown_sector_follows(text: str, start: int) -> bool:
    """Whether an unknown Chinese sector name starting at ``start`` meets its cue (内房、物管股)."""
    pack = zh_names
    m = pack.UNKNOWN_SECTOR_CUE.search(text, start, min(len(text), start + 8))
    if m is None or m.start() == start:
        return False
    return all(pack.NAME_CHAR.match(c) for c in text[start : m.start()])


def _zh_lists(found: _Found) -> Iterator[tuple[list[Span], ListRole | None]]:
    """、-lists of names, with the role their frame gives.

    After 成分股中 or before 等…涨停 stocks, before 等…企业 companies, after 板块包括 or
    before 等板块 sectors.
    """
    pack, text = zh_names, found.text
    for run in _zh_list_runs(text):
        members: list[Span] = []
        aliases: list[Span] = []
        pieces = [
            (m.start(), m.end("name"), m.end()) for m in _ZH_PIECE.finditer(text, run.start(), run.end())
        ]
        for number, (s, name_end, e) in enumerate(pieces):
            bracket = name_end if name_end < e else -1  # the first opening bracket of the piece
            if bracket >= 0:
                aliases.extend(
                    (a.start("name"), a.end("name")) for a in _ZH_BRACKET_NAME.finditer(text, bracket, e)
                )
            if number == 0:
                start = pack.name_start(text, name_end)
                hit = found.by_end.get(name_end)
                if hit is not None and hit.company and hit.start >= s:
                    start = hit.start if start is None else min(start, hit.start)
                if start is None:
                    continue
                s = start
            if number == len(pieces) - 1 and bracket < 0:
                members.extend(_zh_last_members(found, s, e))
            elif name_end > s:
                members.append((s, name_end))
        if len(members) < 2:
            continue
        first = members[0][0]
        trailing = _ZH_TRAILING_BRACKETS.match(text, members[-1][1])
        after = trailing.end() if trailing else members[-1][1]
        role: ListRole | None = None
        if pack.SECTOR_LIST_FRAME.search(text, max(0, first - 20), first) or pack.SECTOR_LIST_END.match(
            text, after
        ):
            role = "sector"
            members.extend(aliases)
        elif pack.ORGANIZATION_LIST_END.match(text, after):
            role = "organization"
        elif pack.LIST_FRAME.search(text, max(0, first - 16), first) or pack.LIST_END_MOVE.match(text, after):
            role = "security"
        yield members, role


def _zh_list_runs(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_ZH_LIST_RUN`, tried only where a run can start.

    A run's first piece ends with a separator, and the piece before a separator can start
    at one place only (a name has no brackets, a bracket holds none). So the pattern is
    tried at the start of the piece before each separator, in text order; this finds what
    ``_ZH_LIST_RUN.finditer`` finds, without trying the pattern at every character.

    Example:
        >>> [m.group() for m in _zh_list_runs("涨幅居前:甲乙(600001)、丙丁/戊己。")]
        ['甲乙(600001)、丙丁/戊己']
    """
    starts: set[int] = set()
    for sep in _ZH_LIST_SEPARATOR.finditer(text):
        piece = _ZH_PIECE_BEFORE.match(text, 0, sep.start())
        if piece is not None:
            starts.add(piece.start())
    pos = 0  # matches do not overlap: the next one starts after the last one's end
    for start in sorted(starts):
        if start >= pos:
            run = _ZH_LIST_RUN.match(text, start)
            if run is not None:
                yield run
                pos = run.end()


def _zh_last_members(found: _Found, start: int, end: int) -> list[Span]:
    """Cut the last piece of a list, which runs on into the sentence, where its names end.

    信息技术和房地产 -> two members; 交通银行跌幅居前 -> 交通银行.
    """
    pack, text = zh_names, found.text
    hit = found.by_start.get(start)
    cut: int | None = None
    if hit is not None and hit.end <= end:
        cut = hit.end
    else:
        for pos in range(start + 2, min(end, start + 9) + 1):
            if pos == end or pack.MEMBER_END.match(text, pos):
                cut = pos
                break
    if cut is None:
        return []
    joined = pack.LAST_JOIN.match(text, cut, end) if cut < end else None
    if joined is not None:
        return [(start, cut), *_zh_last_members(found, joined.end(), end)]
    return [(start, cut)]


#: A run of 、-separated names, each with up to two bracketed codes, figures or aliases.
_ZH_LIST_RUN = regex.compile(
    r"""
    (?<![\p{Han}A-Za-z0-9·\-])                                  # start at the start of a run
    [\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}+
    (?:[、/][\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}+)++
    """,
    regex.VERBOSE,
)
#: One piece of a run: a name and its brackets.
_ZH_PIECE = regex.compile(r"(?P<name>[\p{Han}A-Za-z0-9·\-]++)(?:[(（][^()（）、]{1,16}[)）]){0,2}+")
#: A separator of a run's pieces.
_ZH_LIST_SEPARATOR = regex.compile(r"[、/]")
#: The piece that ends where a search ends (read backwards): where a run with a separator
#: there starts.
_ZH_PIECE_BEFORE = regex.compile(
    r"[\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}", regex.REVERSE
)
#: A name in brackets (an alias, not a code or a figure): IDC(算力租赁).
_ZH_BRACKET_NAME = regex.compile(r"[(（](?P<name>[\p{Han}A-Za-z]{2,12})[)）]")
#: Brackets after the last member.
_ZH_TRAILING_BRACKETS = regex.compile(r"(?:[(（][^()（）]{1,16}[)）]){0,2}+")
