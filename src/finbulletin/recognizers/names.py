"""Names: indices, sectors, securities and organizations, from lexicons and context.

:class:`NameRecognizer` is built once per language and per set of lexicons. Its
``__init__`` folds every surface form of every lexicon row into one character trie; a
call walks the text once through the trie (longest match at each position, word
boundaries on Latin edges, case-sensitive for forms with capitals) and then lets the
language pack (``finbulletin/lang/<code>/names.py``) decide what each found name is and
find the names the lexicon does not know:

- a sector form counts only with a cue ("... sector", "... stocks", 板块, 概念股, a list of
  sectors), unless it is a long, unambiguous form;
- a company is a security where its stock moves or is held, an organization where it
  speaks or acts;
- a name before a bracketed code ("Fudan Microelectronics (688385)", 芯片ETF(512760)), an
  "... ETF" or "... Index" name, a name ending with "Securities" or 证券, and the members
  of a list of holdings are found by their context; a bare code is a security.

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

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Literal

import regex

from finbulletin.codes import looks_like_index_code, read_code
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
    SectorEntity,
    SecurityEntity,
    SecurityType,
)
from finbulletin.resolve import resolve_overlaps

Role = Literal["security", "organization"]

#: Organization types whose members are sources first: a bare mention is the institution.
INSTITUTION_TYPES = frozenset(
    {"bank", "broker", "fund_manager", "insurer", "regulator", "government", "central_bank", "exchange",
     "index_provider", "data_vendor", "research_firm", "media", "rating_agency", "international_org",
     "person"}
)

#: Venues whose companies are named in Chinese bulletins mostly as actors ("Nvidia said").
FOREIGN_EXCHANGES = frozenset({"NASDAQ", "NYSE", "OTHER"})

#: Chinese sector forms this long (in characters) are taken without a cue: 光伏建筑一体化.
ZH_STANDALONE_SECTOR_LENGTH = 4

#: Characters that may follow a short (two-character) Chinese company alias: 中金指, 腾讯、.
ZH_SHORT_ALIAS_FOLLOW = regex.compile(
    r"[^\p{Han}]|[表认预指的等涨跌和与及发称将在于是也亦则对获给此旗披调公宣透报研强上下维领收飘走大小暴逆均皆齐继跟今昨盘早午尾]"
)

_HAN = regex.compile(r"\p{Han}")
#: After a known company inside a longer Chinese name, what keeps the longer name plausible.
_HAN_SUFFIX_OK = regex.compile(
    r"(?:国际|中国|香港|资产|投资|财富|研究|[0-9]{2,3})?(?:证券|银行|基金|资管|资本|期货|保险|研究所|管理|ETF|指数)"
)
_LATIN_EDGE = regex.compile(r"[^\W\p{Han}_]")


@dataclass(frozen=True, slots=True)
class _Form:
    """One surface form of the lexicons with the rows that carry it."""

    surface: str  # as written in the lexicon
    exact: bool  # match case-sensitively (forms with capitals)
    rows: tuple[tuple[LexiconKind, LexiconRow], ...]  # (kind, row) for every row with this form


@dataclass(frozen=True, slots=True)
class _Hit:
    """A lexicon form found in the text."""

    start: int
    end: int
    form: _Form

    def kinds(self) -> set[LexiconKind]:
        return {kind for kind, _ in self.form.rows}

    def rows_of(self, kind: LexiconKind) -> list[LexiconRow]:
        return [row for k, row in self.form.rows if k == kind]


@dataclass(slots=True)
class _Found:
    """Per-call working state: the text and what has been found so far."""

    text: str
    hits: list[_Hit]
    entities: list[Entity] = field(default_factory=list)
    codes: dict[int, tuple[str, int]] = field(default_factory=dict)  # name end -> (code, bracket end)
    used_codes: set[int] = field(default_factory=set)  # starts of codes that belong to a name
    list_role: dict[int, Role] = field(default_factory=dict)  # member start -> role from its list
    list_end: dict[int, int] = field(default_factory=dict)  # member start -> member end
    list_sector: set[int] = field(default_factory=set)  # starts of lexicon sectors accepted by a list
    sector_items: dict[int, int] = field(default_factory=dict)  # members of a list of sectors


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
        self._trie: dict[str, object] = _build_trie(lexicons)
        self._fund_managers: frozenset[str] = frozenset(
            form
            for row in lexicons.organizations
            if row.type == "fund_manager"
            for form in (*row.aliases_zh, *( [row.name_zh] if row.name_zh else []))
            if 2 <= len(form) <= 4
        )

    def __call__(self, ctx: Context) -> Iterable[Entity]:
        """Find the named entities of ``ctx.text``."""
        text = ctx.text
        if not text:
            return []
        found = _Found(text=text, hits=self._lookup(text))
        self._attach_codes(found)
        self._find_lists(found)
        for hit in found.hits:
            entity = self._entity_for_hit(found, hit)
            if entity is not None:
                found.entities.append(entity)
        found.entities.extend(self._unknown_names(found))
        found.entities.extend(self._unknown_sectors(found))
        found.entities.extend(self._bare_codes(found))
        kept = [e for e in resolve_overlaps(found.entities) if not self._is_group_phrase(text, e)]
        return _share_codes(kept)

    # --- lexicon look-up ---------------------------------------------------------------

    def _lookup(self, text: str) -> list[_Hit]:
        """Every lexicon form in ``text``: the longest valid one at each start, then the
        longest of overlapping ones."""
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        trie = self._trie
        size = len(text)
        hits: list[_Hit] = []
        for i in range(size):
            node = trie.get(lowered[i])
            if node is None:
                continue
            if i > 0 and _LATIN_EDGE.match(text, i) and _LATIN_EDGE.match(text, i - 1):
                continue  # inside a Latin word
            ends: list[tuple[int, tuple[_Form, ...]]] = []
            j = i + 1
            while True:
                assert isinstance(node, dict)
                forms = node.get("")
                if forms is not None:
                    ends.append((j, forms))  # type: ignore[arg-type]
                if j >= size:
                    break
                node = node.get(lowered[j])
                if node is None:
                    break
                j += 1
            best = self._longest_valid(text, i, ends)
            if best is not None:
                hits.append(best)
        return _drop_overlapped(hits)

    def _longest_valid(self, text: str, start: int, ends: list[tuple[int, tuple[_Form, ...]]]) -> _Hit | None:
        for end, forms in reversed(ends):
            if end < len(text) and _LATIN_EDGE.match(text, end) and _LATIN_EDGE.match(text, end - 1):
                continue  # would end inside a Latin word
            for form in forms:
                if form.exact and text[start:end] != form.surface:
                    continue
                if self.language == "zh" and not self._short_alias_ok(text, start, end, form):
                    continue
                return _Hit(start, end, form)
        return None

    @staticmethod
    def _short_alias_ok(text: str, start: int, end: int, form: _Form) -> bool:
        """A two-character Han company alias must not run on into a longer Han name."""
        if end - start > 2 or not _HAN.match(text, start) or end >= len(text):
            return True
        if all(kind in ("sector", "index") for kind, _ in form.rows):
            return True
        return ZH_SHORT_ALIAS_FOLLOW.match(text, end) is not None

    # --- codes, suffixes, lists ----------------------------------------------------------

    def _attach_codes(self, found: _Found) -> None:
        """Record the bracketed code after each name end: "Cambricon (Shanghai: 688256)"."""
        for m in self._pack.BRACKET_CODE.finditer(found.text):
            found.codes[m.start()] = (m["code"], m.end())
            found.used_codes.add(m.start("code"))

    def _code_after(self, found: _Found, end: int) -> tuple[str, int] | None:
        """The code in brackets right after ``end`` (spaces and a listing suffix allowed)."""
        suffix = self._pack.LISTING_SUFFIX.match(found.text, end)
        if suffix:
            end = suffix.end()
        return found.codes.get(end)

    def _find_lists(self, found: _Found) -> None:
        """Mark the members of lists of stocks, companies or sectors."""
        text = found.text
        by_start = {h.start: h for h in found.hits}
        lists = _zh_lists(text, found.hits) if self.language == "zh" else _en_lists(text)
        for members, role in lists:
            known = [by_start[s] for s, e in members if s in by_start and by_start[s].end == e]
            if role == "sector":
                for start, end in members:
                    found.sector_items[start] = end
                continue
            if role is None:
                sectors = [h for h in known if "sector" in h.kinds()]
                companies = [h for h in known if h.kinds() & {"security", "organization"}]
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
        text = found.text
        if text.startswith(("The ", "the "), hit.start) and hit.end - hit.start > 6:
            hit = _Hit(hit.start + 4, hit.end, hit.form)  # "The People's Bank of China"
        kinds = hit.kinds()
        if found.sector_items.get(hit.start) == hit.end and "sector" not in kinds:
            return None  # a member of a list of sectors: DeepSeek(-3.10%)
        end = hit.end
        suffix = self._pack.LISTING_SUFFIX.match(text, end)
        if suffix and kinds & {"security", "organization"}:
            end = suffix.end()
        coded = self._code_after(found, hit.end)
        code = coded[0] if coded else None
        if (
            "index" in kinds
            and not self._pack.NOT_AN_INDEX_AFTER.match(text, hit.end)
            and not ("organization" in kinds and self._role(found, hit.start, end) == "organization")
        ):
            row = hit.rows_of("index")[0]
            assert isinstance(row, IndexRow)
            return _index_entity(text, hit.start, end, row, code)
        if "sector" in kinds and self._sector_ok(found, hit):
            row = hit.rows_of("sector")[0]
            assert isinstance(row, SectorRow)
            sector_end = self._sector_name_end(text, hit)
            cue = self._pack.SECTOR_CUE_AFTER.match(text, sector_end)
            if cue and cue.group().lstrip("-‐–").startswith("related"):
                sector_end = cue.end()  # the annotators keep "Gold-related" whole
            return SectorEntity(
                text=text[hit.start : sector_end], start=hit.start, end=sector_end,
                name=row.name, name_zh=row.name_zh, id=row.id,
            )
        if not kinds & {"security", "organization"}:
            return None
        role = self._role(found, hit.start, end) if code is None else "security"
        securities = hit.rows_of("security")
        organizations = hit.rows_of("organization")
        if role is None:
            role = self._default_role(securities, organizations)
        if role == "security":
            return _security_entity(text, hit.start, end, securities, organizations, code)
        return _organization_entity(text, hit.start, end, organizations, securities)

    @staticmethod
    def _default_role(securities: Sequence[LexiconRow], organizations: Sequence[LexiconRow]) -> Role:
        """With no cue: an institution that is also listed is the institution; a listed
        company is its stock; anything else is what its lexicon row says."""
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
        if self.language == "en":
            clause_end = pack.CLAUSE_END.search(text, end, min(len(text), end + 160))
            if pack.SECURITY_CLAUSE.search(text, end, clause_end.start() if clause_end else min(len(text), end + 160)):
                return "security"
        if pack.ORGANIZATION_BEFORE.search(text, max(0, start - 40), start):
            return "organization"
        if pack.SECURITY_BEFORE.search(text, max(0, start - 40), start):
            return "security"
        return found.list_role.get(start)

    def _sector_name_end(self, text: str, hit: _Hit) -> int:
        """Where the sector's name ends when its lexicon form carries the cue word itself:
        "securities companies" -> "securities", 光伏板块 -> 光伏."""
        if self.language == "en":
            space = text.rfind(" ", hit.start, hit.end)
            if space > hit.start and self._pack.SECTOR_CUE_AFTER.fullmatch(text, space, hit.end):
                return space
            return hit.end
        cue = self._pack.UNKNOWN_SECTOR_CUE.search(text, hit.start + 2, hit.end)
        return cue.start() if cue is not None and cue.end() == hit.end else hit.end

    def _sector_ok(self, found: _Found, hit: _Hit) -> bool:
        """A sector form counts with a cue after or before it, in a list of sectors, or
        when it is long and unambiguous."""
        text, pack = found.text, self._pack
        if hit.start in found.list_sector or found.sector_items.get(hit.start) == hit.end:
            return True
        if pack.SECTOR_CUE_AFTER.match(text, self._sector_name_end(text, hit)):
            return True
        if pack.SECTOR_CUE_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            return True
        if self._standalone_sector(hit):
            return True
        return self._listed_with_cue(found, hit)

    def _standalone_sector(self, hit: _Hit) -> bool:
        """Long Chinese forms (光伏建筑一体化) and the language pack's curated forms."""
        surface = hit.form.surface
        if surface.lower() in self._pack.STANDALONE_SECTORS or surface in self._pack.STANDALONE_SECTORS:
            return True
        return (
            self.language == "zh"
            and len(surface) >= ZH_STANDALONE_SECTOR_LENGTH
            and _HAN.match(surface) is not None
            and hit.kinds() == {"sector"}
        )

    def _listed_with_cue(self, found: _Found, hit: _Hit) -> bool:
        """"bank and property stocks", 餐饮、啤酒股: a later member of the list has the cue."""
        text, pack = found.text, self._pack
        current = hit
        by_start = {h.start: h for h in found.hits}
        for _ in range(12):
            joiner = pack.SECTOR_JOINER.match(text, current.end)
            if joiner is None:
                return False
            nxt = by_start.get(joiner.end())
            if nxt is None or "sector" not in nxt.kinds():
                nxt_start = joiner.end()
                unknown_end = _unknown_sector_end(pack, text, nxt_start)
                return unknown_end is not None
            if pack.SECTOR_CUE_AFTER.match(text, nxt.end):
                return True
            current = nxt
        return False

    # --- names the lexicon does not know --------------------------------------------------

    def _unknown_names(self, found: _Found) -> Iterator[Entity]:
        """Names found by their form and context: coded names, ETFs, indices, institutions,
        list members."""
        text, pack = found.text, self._pack
        hit_ends = {h.end: h for h in found.hits}
        covered = _Coverage(found.hits)
        # a name before a bracketed code
        for code_start, (code, _) in found.codes.items():
            if code_start in hit_ends or self._hit_before_suffix(found, code_start):
                continue
            start = pack.name_start(text, code_start)
            if start is None:
                continue
            name_end = code_start
            yield self._coded_name(text, start, name_end, code)
        # ETF, index and institution names
        for anchor, make in (
            (pack.ETF_WORD, self._etf_name),
            (pack.INDEX_WORD, self._index_name),
            (pack.ORGANIZATION_SUFFIX, self._organization_name),
        ):
            for m in anchor.finditer(text):
                entity = make(found, m)
                if entity is None or covered.inside(entity.start, entity.end):
                    continue
                if not self._anchor_name_plausible(found, entity.start, entity.end):
                    continue
                yield entity
        # members of lists that the lexicon does not know
        for start in sorted(found.list_role):
            if not covered.inside(start, found.list_end[start]):
                yield self._list_member(found, start)
        sector_spans = {(h.start, h.end) for h in found.hits if "sector" in h.kinds()}
        for start, end in found.sector_items.items():
            if (start, end) not in sector_spans:
                name = text[start:end]
                yield SectorEntity(text=name, start=start, end=end, name=name.lower())
        if self.language == "zh":
            yield from self._zh_leading_names(found, covered)
        if self.language == "en":
            yield from self._en_sources(found, covered)
        # a media source in brackets at the end of a paragraph: (格隆汇)
        source = getattr(pack, "SOURCE_IN_BRACKETS", None)
        if source is not None:
            for m in source.finditer(text):
                if not covered.overlaps(m.start("name"), m.end("name")):
                    yield OrganizationEntity(
                        text=m["name"], start=m.start("name"), end=m.end("name"), name=m["name"], org_type="media"
                    )

    def _anchor_name_plausible(self, found: _Found, start: int, end: int) -> bool:
        """Whether a name found by its last word agrees with the known names inside it.

        A known name ending where it ends may carry a short prefix (中国 + 银河证券);
        a known name inside it may be followed only by the institution word (天风 + 国际证券),
        not by other words (中金 + 指银行).
        """
        text = found.text
        for h in found.hits:
            if not (start <= h.start and h.end <= end) or (h.start, h.end) == (start, end):
                continue
            if not h.kinds() - {"sector"}:
                continue
            if h.end == end:
                if text.endswith("ETF", start, h.start):
                    continue  # 科创债ETF鹏华: the fund manager closes the ETF's name
                if self.language == "en" or h.start - start > 2:
                    return False
            elif self.language == "zh" and not _HAN_SUFFIX_OK.fullmatch(text, h.end, end):
                return False
        return True

    def _en_sources(self, found: _Found, covered: _Coverage) -> Iterator[Entity]:
        """"Data from EPFR", "according to Acme Research": an unknown name after a source
        frame is an organization; "lithium carbonate futures" is a listed contract."""
        text, pack = found.text, self._pack
        for frame in pack.SOURCE_FRAME.finditer(text):
            m = _EN_MEMBER.match(text, frame.end())
            if m is None or covered.overlaps(m.start(), m.end()):
                continue
            end = m.end()
            member = text[m.start() : end]
            if " and " in member:
                end = m.start() + member.index(" and ")
            words = text[m.start() : end].split()
            if words[0] in pack.NAME_STOPWORDS:
                continue
            yield OrganizationEntity(text=text[m.start() : end], start=m.start(), end=end, name=text[m.start() : end])
        for m in pack.ACTOR_VERB.finditer(text):
            start = pack.name_start(text, m.start())
            if start is None or covered.overlaps(start, m.start()):
                continue
            words = text[start : m.start()].split()
            if words[0] in pack.NAME_STOPWORDS or any(w in pack.PERSON_WORDS for w in words):
                continue
            if len(words) > 4 or _sentence_start(text, start) and len(words) == 1 and not _is_brand(words[0]):
                continue
            yield OrganizationEntity(text=text[start : m.start()], start=start, end=m.start(), name=text[start : m.start()])
        for m in pack.FUTURES_NAME.finditer(text):
            span = _words_before(text, m.end() - len("futures") - 1, 2, pack.SECTOR_STOPWORDS | pack.FUTURES_STOPWORDS,
                                 pack.SECTOR_WORD, capital_ok=False)
            if span is None:
                continue
            yield SecurityEntity(text=text[span[0] : m.end()], start=span[0], end=m.end(), name=text[span[0] : m.end()])

    def _hit_before_suffix(self, found: _Found, code_start: int) -> bool:
        for hit in found.hits:
            if hit.end < code_start and self._pack.LISTING_SUFFIX.match(found.text, hit.end):
                if self._pack.LISTING_SUFFIX.match(found.text, hit.end).end() == code_start:  # type: ignore[union-attr]
                    return True
        return False

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
        return SecurityEntity(
            text=surface, start=start, end=end, name=surface, code=info.code if info else code,
            exchange=info.exchange if info else None, security_type=kind,
        )

    def _etf_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
        end = m.end()
        if self.language == "en":
            tail = pack.ETF_TAIL.match(text, end)
            if tail is None:
                return None
            end = tail.end()
            start = pack.name_start(text, m.end())
            if start is None or start == m.start() and m.group() == "ETF":
                return None
        else:
            end = self._zh_etf_issuer_end(text, end)
            start = pack.name_start(text, m.start()) if m.start() > 0 else None
            if start is None:
                return None
        coded = found.codes.get(end)
        code = coded[0] if coded else None
        info = read_code(code) if code else None
        surface = text[start:end]
        return SecurityEntity(
            text=surface, start=start, end=end, name=surface, code=info.code if info else None,
            exchange=info.exchange if info else None, security_type="etf",
        )

    def _zh_etf_issuer_end(self, text: str, end: int) -> int:
        """科创债ETF鹏华: a fund manager's short name after ETF belongs to the name."""
        for size in (4, 3, 2):
            if text[end : end + size] in self._fund_managers:
                return end + size
        return end

    def _index_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
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
        surface = text[start : m.end()]
        if self.language == "zh" and (pack.NOT_AN_INDEX.match(surface) or "ETF" in surface):
            return None
        coded = found.codes.get(m.end())
        return IndexEntity(
            text=surface, start=start, end=m.end(), name=surface, code=coded[0].split(".")[0] if coded else None
        )

    def _organization_name(self, found: _Found, m: regex.Match[str]) -> Entity | None:
        text, pack = found.text, self._pack
        if self.language == "en":
            start = pack.name_start(text, m.end())
            if start is None or start >= m.start():
                return None
            words = text[start : m.end()].split()
            if words[0] in pack.NAME_STOPWORDS and words[0] not in pack.PLACE_WORDS:
                return None
            institution = words[-1].rstrip(".") in pack.INSTITUTION_SUFFIXES
        else:
            start = pack.name_start(text, m.end())
            if start is None or m.end() - start < 4 or start >= m.start():
                return None
            surface = text[start : m.end()]
            if surface in pack.GENERIC_ORGANIZATIONS or pack.GENERIC_ORGANIZATION.match(surface):
                return None
            institution = True
        surface = text[start : m.end()]
        coded = self._code_after(found, m.end())
        role = "security" if coded else self._role(found, start, m.end())
        if role is None:
            role = "organization" if institution else found.list_role.get(start, "organization")
        if role == "security":
            info = read_code(coded[0]) if coded else None
            return SecurityEntity(
                text=surface, start=start, end=m.end(), name=surface, code=info.code if info else None,
                exchange=info.exchange if info else None, security_type=info.security_type if info else None,
            )
        return OrganizationEntity(text=surface, start=start, end=m.end(), name=surface)

    def _list_member(self, found: _Found, start: int) -> Entity:
        text = found.text
        end = found.list_end[start]
        surface = text[start:end]
        if found.list_role[start] == "organization":
            return OrganizationEntity(text=surface, start=start, end=end, name=surface)
        coded = self._code_after(found, end)
        info = read_code(coded[0]) if coded else None
        return SecurityEntity(
            text=surface, start=start, end=end, name=surface, code=info.code if info else None,
            exchange=info.exchange if info else None, security_type=info.security_type if info else "stock",
        )

    def _zh_leading_names(self, found: _Found, covered: _Coverage) -> Iterator[Entity]:
        """楚天龙领涨4.67%, 南天信息预计于…披露: an unknown name opening a clause is a
        security when a figured move follows, a company when it discloses."""
        text, pack = found.text, self._pack
        for m in pack.LEADING_MOVER.finditer(text):
            if covered.inside(m.start("name"), m.end("name")) or pack.NOT_A_SECTOR.match(m["name"]):
                continue
            if pack.UNKNOWN_SECTOR_CUE.search(m["name"]) or pack.INDEX_WORD.search(m["name"]):
                continue
            if pack.NAME_STOP.search(m["name"]) or pack.NOT_A_COMPANY.match(m["name"]):
                continue
            yield SecurityEntity(
                text=m["name"], start=m.start("name"), end=m.end("name"), name=m["name"], security_type="stock"
            )
        for m in pack.LEADING_DISCLOSER.finditer(text):
            if not covered.inside(m.start("name"), m.end("name")):
                yield OrganizationEntity(
                    text=m["name"], start=m.start("name"), end=m.end("name"), name=m["name"], org_type="company"
                )

    def _unknown_sectors(self, found: _Found) -> Iterator[Entity]:
        """Sector names before a sector cue that the lexicon does not know: 内房股, "tourism sector"."""
        text, pack = found.text, self._pack
        covered = _Coverage(found.hits)
        for m in pack.UNKNOWN_SECTOR_CUE.finditer(text):
            if covered.overlaps(m.start(), m.end()):
                continue
            if self.language == "zh":
                start = pack.name_start(text, m.start())
                if start is None or m.start() - start > 8:
                    continue
                name = text[start : m.start()]
                if pack.NOT_A_SECTOR.match(name):
                    continue
                inner = [h for h in found.hits if start <= h.start and h.end <= m.start()]
                if any(h.kinds() & {"index", "security", "organization"} for h in inner if h.end == m.start()):
                    continue  # 腾讯概念股 and the like are handled with the lexicon hit
                suffix = pack.SECTOR_SUFFIX.search(text, start, m.start())
                tail_end = suffix.start() if suffix is not None and suffix.end() == m.start() else m.start()
                tail = [h for h in inner if h.end == tail_end]
                if tail and tail[0].start > start and not pack.SECTOR_PREFIX.fullmatch(text, start, tail[0].start):
                    continue  # the lexicon's sector is the name; the words before are not part of it
                if covered.overlaps(start, m.start()) and not tail:
                    continue
                yield SectorEntity(text=name, start=start, end=m.start(), name=name)
            else:
                span = _en_sector_before(pack, text, m)
                if span is None or covered.overlaps(*span):
                    continue
                s, e = span
                yield SectorEntity(text=text[s:e], start=s, end=e, name=text[s:e].lower().removesuffix("-related"))

    def _bare_codes(self, found: _Found) -> Iterator[Entity]:
        """A code standing alone is a security (an index when the code is an index code)."""
        for m in self._pack.BARE_CODE.finditer(found.text):
            if m.start("code") in found.used_codes:
                continue
            info = read_code(m["code"])
            code = m["code"].split(".")[0]
            if looks_like_index_code(code):
                yield IndexEntity(text=m["code"], start=m.start(), end=m.end(), name=code, code=code)
            elif info is not None and (info.exchange is not None or info.security_type is not None):
                yield SecurityEntity(
                    text=m["code"], start=m.start(), end=m.end(), name=code, code=info.code,
                    exchange=info.exchange, security_type=info.security_type,
                )

    def _is_group_phrase(self, text: str, entity: Entity) -> bool:
        if entity.kind not in ("index", "organization", "security"):
            return False
        lo = max(0, entity.start - 12)
        for m in self._pack.GROUP_PHRASE.finditer(text, lo, min(len(text), entity.end + 12)):
            if m.start() <= entity.start and entity.end <= m.end():
                return True
        return False


# --- building blocks ---------------------------------------------------------------------


def _build_trie(lexicons: Lexicons) -> dict[str, object]:
    """Fold every surface form of every row into a character trie over lower-cased text.

    A node maps a character to the next node; the key ``""`` holds the forms that end
    there.
    """
    rows: dict[str, list[tuple[LexiconKind, LexiconRow]]] = {}
    for kind in ("index", "sector", "security", "organization"):
        for row in lexicons.of_kind(kind):  # type: ignore[arg-type]
            for surface in row.surfaces():
                surface = surface.strip()
                if surface:
                    rows.setdefault(surface, []).append((kind, row))  # type: ignore[arg-type]
    root: dict[str, object] = {}
    for surface, carried in rows.items():
        key = surface.lower() if len(surface.lower()) == len(surface) else surface
        node = root
        for ch in key:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        exact = surface != surface.lower()
        forms = node.get("", ())
        node[""] = (*forms, _Form(surface, exact, tuple(carried)))  # type: ignore[misc]
    return root


def _drop_overlapped(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (then the earlier one), in text order."""
    ranked = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    kept: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in ranked:
        if any(hit.start < e and s < hit.end for s, e in taken):
            continue
        kept.append(hit)
        taken.append((hit.start, hit.end))
    return sorted(kept, key=lambda h: h.start)


class _Coverage:
    """Spans of lexicon hits, to keep context patterns from re-finding known names."""

    def __init__(self, hits: Sequence[_Hit]) -> None:
        self._spans = [(h.start, h.end) for h in hits]

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self._spans)

    def inside(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self._spans)


def _index_entity(text: str, start: int, end: int, row: IndexRow, code: str | None) -> IndexEntity:
    return IndexEntity(
        text=text[start:end], start=start, end=end, name=row.name,
        code=code.split(".")[0] if code else row.code, name_zh=row.name_zh, id=row.id,
    )


def _security_entity(
    text: str, start: int, end: int, securities: Sequence[LexiconRow], organizations: Sequence[LexiconRow],
    code: str | None,
) -> SecurityEntity:
    info = read_code(code) if code else None
    if securities:
        row = securities[0]
        if info is not None:
            matching = [r for r in securities if isinstance(r, SecurityRow) and r.code == info.code]
            row = matching[0] if matching else row
        assert isinstance(row, SecurityRow)
        return SecurityEntity(
            text=text[start:end], start=start, end=end, name=row.name,
            code=info.code if info else row.code,
            exchange=(info.exchange or row.exchange) if info else row.exchange,
            security_type=row.security_type, name_zh=row.name_zh, id=row.id,
        )
    org = organizations[0]
    return SecurityEntity(
        text=text[start:end], start=start, end=end, name=org.name, code=info.code if info else None,
        exchange=info.exchange if info else None, security_type=info.security_type if info else "stock",
        name_zh=org.name_zh, id=org.id,
    )


def _organization_entity(
    text: str, start: int, end: int, organizations: Sequence[LexiconRow], securities: Sequence[LexiconRow]
) -> OrganizationEntity:
    if organizations:
        row = organizations[0]
        assert isinstance(row, OrganizationRow)
        return OrganizationEntity(
            text=text[start:end], start=start, end=end, name=row.name, org_type=row.type,
            name_zh=row.name_zh, id=row.id,
        )
    sec = securities[0]
    return OrganizationEntity(
        text=text[start:end], start=start, end=end, name=sec.name, org_type="company",
        name_zh=sec.name_zh, id=sec.id,
    )


def _share_codes(entities: list[Entity]) -> list[Entity]:
    """Give every mention of a name the code that one mention of it carries."""
    codes: dict[tuple[str, str], str] = {}
    for e in entities:
        if isinstance(e, (SecurityEntity, IndexEntity)) and e.code:
            codes.setdefault((e.kind, e.text), e.code)
    out: list[Entity] = []
    for e in entities:
        if isinstance(e, (SecurityEntity, IndexEntity)) and not e.code and (e.kind, e.text) in codes:
            e = e.model_copy(update={"code": codes[(e.kind, e.text)]})
        out.append(e)
    return out


def _unknown_sector_end(pack: ModuleType, text: str, start: int) -> int | None:
    """Where an unknown Chinese sector name starting at ``start`` meets its cue (内房、物管股)."""
    if pack is not zh_names:
        return None
    m = pack.UNKNOWN_SECTOR_CUE.search(text, start, min(len(text), start + 8))
    if m is None or m.start() == start:
        return None
    if not all(pack.NAME_CHAR.match(c) for c in text[start : m.start()]):
        return None
    return m.start()


def _en_sector_before(pack: ModuleType, text: str, cue: regex.Match[str]) -> tuple[int, int] | None:
    """The words before an English sector cue: "power grid equipment" sector, "pig-related"."""
    if cue.group().lstrip().startswith(("-", "‐", "–")):
        span = _words_before(text, cue.start(), 1, pack.SECTOR_STOPWORDS, pack.SECTOR_WORD, capital_ok=True)
        return (span[0], cue.start() + len("-related")) if span else None
    return _words_before(text, cue.start(), 3, pack.SECTOR_STOPWORDS, pack.SECTOR_WORD, capital_ok=False)


def _words_before(
    text: str, end: int, most: int, stopwords: frozenset[str], word: regex.Pattern[str], *, capital_ok: bool
) -> tuple[int, int] | None:
    """Up to ``most`` words ending at ``end`` (spaces between), stopping at a stopword.

    A capitalised word counts only at the start of a sentence (or with ``capital_ok``).
    """
    start = end
    count = 0
    pos = end
    while count < most:
        m = _LAST_WORD.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        w = m.group("w")
        if w.lower() in stopwords or not word.fullmatch(w):
            break
        if w[0].isupper() and not w.isupper() and not capital_ok and not _sentence_start(text, m.start("w")):
            break
        start = m.start("w")
        count += 1
        pos = start
        if not text[max(0, pos - 1) : pos] == " ":
            break
    return (start, end) if count else None


_LAST_WORD = regex.compile(r"(?P<w>[A-Za-z][A-Za-z\-]*+)[ ]?\Z")


def _is_brand(word: str) -> bool:
    """An all-caps or camel-case word is a name even at the start of a sentence: "EPFR", "iFlytek"."""
    return word.isupper() or any(c.isupper() for c in word[1:])


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ".!?\n:;\"“—-"


_EN_MEMBER = regex.compile(
    r"""
    (?:[A-Z0-9](?:[\w&’'\-]|\.(?=\w))*+|[a-z][A-Z][\w\-]*+)            # a capitalised word, "JD.com"
    (?:[ \t]++(?:[A-Z0-9](?:[\w&’'\-]|\.(?=\w))*+|[a-z][A-Z][\w\-]*+
                |(?:of|and|&)(?=[ \t]++[A-Z])))*+                       # more words, "of", "and"
    """,
    regex.VERBOSE,
)


def _en_lists(text: str) -> Iterator[tuple[list[tuple[int, int]], ListRole | None]]:
    """Lists of capitalised names after a frame ("holdings include", "such as") or
    ending with "etc." / a move ("..., etc., led the gains")."""
    pack = en_names
    for frame in pack.LIST_FRAME.finditer(text):
        items = _en_items(text, frame.end())
        if not items:
            continue
        noun = frame["noun"]
        role: Role | None
        if noun in pack.ORGANIZATION_LIST_NOUNS:
            role = "organization"
        elif noun is not None or pack.LIST_END_MOVE.match(text, items[-1][1]):
            role = "security"
        else:
            role = None
        yield items, role
    for etc in pack.LIST_ETC.finditer(text):
        items = _en_items_before(text, etc.start())
        if len(items) >= 2:
            yield items, "security"


def _en_items(text: str, pos: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    while True:
        m = _EN_MEMBER.match(text, pos)
        if m is None:
            break
        end = m.end()
        # "and" inside a member joins two members unless the lexicon knows the whole
        member = text[m.start() : end]
        if " and " in member:
            end = m.start() + member.index(" and ")
        suffix = en_names.LISTING_SUFFIX.match(text, end)
        if suffix:
            end = suffix.end()
        items.append((m.start(), end))
        sep = en_names.LIST_SEPARATOR.match(text, end)
        if sep is None:
            break
        pos = sep.end()
    return items


def _en_items_before(text: str, end: int) -> list[tuple[int, int]]:
    """Members of a comma list that ends at ``end`` ("A, B -U, C, etc.")."""
    lo = max(0, end - 400)
    segment = text[lo:end]
    parts: list[tuple[int, int]] = []
    pos = len(segment)
    for piece in reversed(list(regex.finditer(r"[^,]++", segment))):
        raw = piece.group()
        stripped = raw.strip()
        if stripped.startswith("and "):
            stripped = stripped[4:]
        s = lo + piece.start() + raw.index(stripped) if stripped else lo + piece.start()
        if not stripped or not _EN_MEMBER.fullmatch(stripped.replace(" -", "-")) and not en_names.LISTING_SUFFIX.search(stripped):
            # the first member may follow a frame word in the same piece
            m = regex.search(r"(?:[A-Z0-9][\w&’'.\-]*+(?:[ \t]++[A-Z0-9][\w&’'.\-]*+)*+)$", stripped)
            if m and parts:
                start = s + m.start()
                parts.append((start, s + len(stripped)))
            break
        parts.append((s, s + len(stripped)))
        pos = piece.start()
    del pos
    parts.reverse()
    return [(s, e) for s, e in parts if e > s]


def _zh_lists(text: str, hits: Sequence[_Hit]) -> Iterator[tuple[list[tuple[int, int]], ListRole | None]]:
    """、-lists of names, with the role their frame gives: after 成分股中 or before 等…涨停
    stocks, before 等…企业 companies, after 板块包括 or before 等板块 sectors."""
    pack = zh_names
    starts = {h.start: h for h in hits}
    ends = {h.end: h for h in hits}
    for run in _ZH_LIST_RUN.finditer(text):
        members: list[tuple[int, int]] = []
        aliases: list[tuple[int, int]] = []
        pieces = [(m.start(), m.end()) for m in _ZH_PIECE.finditer(text, run.start(), run.end())]
        for number, (s, e) in enumerate(pieces):
            name_end = e
            bracket = _ZH_BRACKET.search(text, s, e)
            if bracket is not None:
                name_end = bracket.start()
                for inner in _ZH_BRACKET_NAME.finditer(text, bracket.start(), e):
                    aliases.append((inner.start("name"), inner.end("name")))
            if number == 0:
                start = pack.name_start(text, name_end)
                hit = ends.get(name_end)
                if hit is not None and hit.kinds() & {"security", "organization"} and hit.start >= s:
                    start = hit.start if start is None else min(start, hit.start)
                if start is None:
                    continue
                s = start
            if number == len(pieces) - 1 and bracket is None:
                last = _zh_last_member(text, s, e, starts)
                if last is None:
                    continue
                members.extend(last)
                continue
            if name_end - s >= 1:
                members.append((s, name_end))
        if len(members) < 2:
            continue
        first, after = members[0][0], members[-1][1]
        after = _ZH_TRAILING_BRACKETS.match(text, after).end()  # type: ignore[union-attr]
        role: ListRole | None = None
        if pack.SECTOR_LIST_FRAME.search(text, max(0, first - 20), first) or pack.SECTOR_LIST_END.match(text, after):
            role = "sector"
            members.extend(aliases)
        elif pack.ORGANIZATION_LIST_END.match(text, after):
            role = "organization"
        elif pack.LIST_FRAME.search(text, max(0, first - 16), first) or pack.LIST_END_MOVE.match(text, after):
            role = "security"
        yield members, role


def _zh_last_member(text: str, start: int, end: int, starts: dict[int, _Hit]) -> list[tuple[int, int]] | None:
    """The last piece of a list runs on into the sentence: cut it where the name ends
    (信息技术和房地产 -> two members; 交通银行跌幅居前 -> 交通银行)."""
    pack = zh_names
    hit = starts.get(start)
    if hit is not None and hit.end <= end:
        joined = pack.LAST_JOIN.match(text, hit.end, end)
        if joined is not None:
            rest = _zh_last_member(text, joined.end(), end, starts)
            return [(start, hit.end), *(rest or [])]
        return [(start, hit.end)]
    for cut in range(start + 2, min(end, start + 9) + 1):
        if cut == end or pack.MEMBER_END.match(text, cut):
            joined = pack.LAST_JOIN.match(text, cut, end)
            if joined is not None and cut < end:
                rest = _zh_last_member(text, joined.end(), end, starts)
                return [(start, cut), *(rest or [])]
            return [(start, cut)]
    return None


ListRole = Literal["security", "organization", "sector"]

#: A run of 、-separated names, each with up to two bracketed codes, figures or aliases.
_ZH_LIST_RUN = regex.compile(
    r"""
    [\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}+
    (?:[、/][\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}+)++
    """,
    regex.VERBOSE,
)
#: One piece of a run: a name and its brackets.
_ZH_PIECE = regex.compile(r"[\p{Han}A-Za-z0-9·\-]++(?:[(（][^()（）、]{1,16}[)）]){0,2}+")
#: The first bracket of a piece.
_ZH_BRACKET = regex.compile(r"[(（]")
#: A name in brackets (an alias, not a code or a figure): IDC(算力租赁).
_ZH_BRACKET_NAME = regex.compile(r"[(（](?P<name>[\p{Han}A-Za-z]{2,12})[)）]")
#: Brackets after the last member.
_ZH_TRAILING_BRACKETS = regex.compile(r"(?:[(（][^()（）]{1,16}[)）]){0,2}+")
