"""The ``finbulletin`` spaCy pipeline component.

spaCy finds it through the ``spacy_factories`` entry point that finbulletin installs, so
``nlp.add_pipe("finbulletin")`` works after ``import spacy`` alone. The component parses
``doc.text`` with finbulletin and:

- puts every entity in the span group ``doc.spans["finbulletin"]``, labelled with its kind
  (``money``, ``percent``, ``date``, ``index``, ``sector``, ``security``,
  ``organization``), with the lexicon id as ``kb_id_`` where there is one;
- adds to ``doc.ents`` the entities that overlap neither each other nor the entities
  already there (an earlier NER component's are kept);
- exposes the :class:`~finbulletin.models.Bulletin` as ``doc._.finbulletin``.

Spans snap outwards to token boundaries (``alignment_mode="expand"``); the Bulletin keeps
the exact character offsets. The Bulletin is stored in ``doc.user_data`` as JSON-ready
data, so Docs with it still serialise (``Doc.to_bytes``, ``DocBin``, ``nlp.pipe`` with
several processes); ``doc._.finbulletin`` rebuilds the record on each access.

Config (``nlp.add_pipe("finbulletin", config={...})``):

- ``published``: the reference date for relative periods, ``"YYYY-MM-DD"``, or null to
  use each bulletin's own date line;
- ``language``: ``"en"``, ``"zh"``, or null to detect each text's language;
- ``spans_key``: the span group to fill (default ``"finbulletin"``);
- ``lexicons``: paths of extra lexicon files (see :class:`finbulletin.Parser`).

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("finbulletin", config={"published": "2025-11-11"})
    >>> doc = nlp("JPMorgan expects $5 to $7 trillion of demand between 2027 and 2030.")
    >>> doc._.finbulletin.published.isoformat()
    '2025-11-11'
"""

import datetime as dt
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from finbulletin.errors import PublishedDateError
from finbulletin.lang import check_language
from finbulletin.models import Bulletin

#: The factory's name: ``nlp.add_pipe("finbulletin")``.
FACTORY = "finbulletin"

#: The Doc extension that holds the Bulletin: ``doc._.finbulletin``.
EXTENSION = "finbulletin"

#: Where in ``doc.user_data`` the Bulletin's JSON-ready data is kept.
USER_DATA_KEY = "finbulletin.bulletin"


class FinbulletinComponent:
    """Parses each Doc's text with finbulletin and writes spans, ents and ``doc._.finbulletin``.

    Args:
        nlp: the pipeline it belongs to.
        name: its name in the pipeline.
        published: reference date, ``"YYYY-MM-DD"``, or None for each text's date line.
        language: "en", "zh", or None to detect.
        spans_key: the span group to fill.
        lexicons: extra lexicon files for the parser.

    Raises:
        PublishedDateError: ``published`` is not a ``YYYY-MM-DD`` date.
        LanguageError: ``language`` is not supported.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        published: str | None = None,
        language: str | None = None,
        spans_key: str = "finbulletin",
        lexicons: tuple[str, ...] = (),
    ) -> None:
        from finbulletin.api import Parser, default_parser

        self.name = name
        self.published = _published(published)
        self.language = None if language is None else check_language(language)
        self.spans_key = spans_key
        self.parser = Parser(lexicons=lexicons) if lexicons else default_parser()

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and annotate ``doc``."""
        bulletin = self.parser.parse(doc.text, published=self.published, language=self.language)
        doc.user_data[USER_DATA_KEY] = bulletin.model_dump(mode="json")
        spans = []
        for entity in bulletin.entities:
            kb_id = getattr(entity, "id", None) or ""
            span = doc.char_span(
                entity.start, entity.end, label=entity.kind, kb_id=kb_id, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.ents = _add_ents(doc.ents, spans)
        return doc


def _published(value: str | None) -> dt.date | None:
    """The ``published`` config value as a date.

    Example:
        >>> _published("2025-11-11")
        datetime.date(2025, 11, 11)
        >>> _published("11/11/2025")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        finbulletin.errors.PublishedDateError: ... must be 'YYYY-MM-DD' or null, not '11/11/2025'
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise PublishedDateError(
            f"the finbulletin component's published must be 'YYYY-MM-DD' or null, not {value!r}"
        ) from exc


def _add_ents(existing: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """``existing`` plus the ``spans`` whose tokens are all still free, in document order."""
    taken = {i for ent in existing for i in range(ent.start, ent.end)}
    kept = list(existing)
    for span in spans:
        tokens = range(span.start, span.end)
        if not taken.intersection(tokens):
            kept.append(span)
            taken.update(tokens)
    return sorted(kept, key=lambda s: s.start)


def _bulletin_of(doc: Doc) -> Bulletin | None:
    """The getter of ``doc._.finbulletin``: the Bulletin, with the Doc's text for display."""
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        return None
    bulletin = Bulletin.model_validate(data)
    bulletin._text = doc.text
    return bulletin


@Language.factory(
    FACTORY,
    default_config={"published": None, "language": None, "spans_key": "finbulletin", "lexicons": []},
    assigns=["doc.spans", "doc.ents", f"doc._.{EXTENSION}"],
)
def make_finbulletin_component(
    nlp: Language,
    name: str,
    published: str | None,
    language: str | None,
    spans_key: str,
    lexicons: list[str],
) -> FinbulletinComponent:
    """Build the component; spaCy calls this for ``nlp.add_pipe("finbulletin")``.

    Registers ``doc._.finbulletin`` (again, harmlessly, if it exists).
    """
    Doc.set_extension(EXTENSION, getter=_bulletin_of, force=True)
    return FinbulletinComponent(
        nlp, name, published=published, language=language, spans_key=spans_key, lexicons=tuple(lexicons)
    )
