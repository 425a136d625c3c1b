"""The public verbs: :func:`parse`, :func:`parse_many` and the reusable :class:`Parser`."""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import TYPE_CHECKING, TypeVar, cast

import regex

from finbulletin import batch
from finbulletin.context import Context
from finbulletin.errors import InputTypeError, PublishedDateError, TextTooLongError
from finbulletin.lang import check_language, detect_language
from finbulletin.lang.zh.traditional import fold_traditional
from finbulletin.lexicon import Lexicons, load_packaged, load_user
from finbulletin.models import Bulletin, Entity, Forecast, Language, Movement, Span
from finbulletin.recognizers import dates, money, names, percent
from finbulletin.relations import forecasts, movements
from finbulletin.resolve import resolve_overlaps
from finbulletin.tokenizer import make_nlp

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage
    from spacy.tokens import Doc

#: Default cap on the length of one text, in characters (5 million).
DEFAULT_MAX_LENGTH = 5_000_000

Recognizer = Callable[[Context], Iterable[Entity]]
PublishedLike = dt.date | str | None


@dataclass(frozen=True)
class _Pipeline:
    """Everything built once per language: recognizers, and the tokenizer on first use."""

    language: Language
    recognizers: tuple[Recognizer, ...]

    @functools.cached_property
    def nlp(self) -> SpacyLanguage:
        """The blank spaCy pipeline (built when a Doc is first asked for)."""
        return make_nlp(self.language)

    def tokenize(self, text: str) -> Doc:
        """The spaCy Doc of ``text`` (lone surrogates made U+FFFD, offsets unchanged)."""
        return self.nlp(_spacy_safe(text))


class Parser:
    """A reusable parser: the first call for a language builds its pipeline, later calls reuse it.

    A ``Parser`` is safe to share between threads.

    Args:
        lexicons: extra lexicon files (JSON Lines, the packaged format; see
            ``finbulletin/data/README.md``). Their rows add to the packaged ones; a row
            with a packaged row's ``id`` replaces it.
        max_length: the longest text accepted, in characters.

    Example:
        >>> parser = Parser()
        >>> bulletin = parser.parse("The ChiNext Index rose 1.84%.", published="2025-11-11")
        >>> [(e.kind, e.text) for e in bulletin.entities if e.kind == "percent"]
        [('percent', '1.84%')]
    """

    def __init__(
        self,
        *,
        lexicons: Sequence[str | PathLike[str]] = (),
        max_length: int = DEFAULT_MAX_LENGTH,
    ) -> None:
        if isinstance(lexicons, (str, PathLike)):
            lexicons = (lexicons,)
        if max_length < 1:
            raise ValueError(f"max_length must be a positive number of characters, not {max_length!r}")
        self.max_length = max_length
        self._lexicon_paths = tuple(lexicons)
        self._user_lexicons = load_user(self._lexicon_paths)
        self._pipelines: dict[Language, _Pipeline] = {}
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parser, (self._lexicon_paths, self.max_length))

    @functools.cached_property
    def lexicons(self) -> Lexicons:
        """The packaged lexicons with the user's files merged in."""
        return load_packaged().merged(self._user_lexicons)

    def pipeline(self, language: Language) -> _Pipeline:
        """The built pipeline for ``language`` (built on first use, then cached)."""
        built = self._pipelines.get(language)
        if built is not None:
            return built
        with self._lock:
            built = self._pipelines.get(language)
            if built is None:
                built = _Pipeline(
                    language=language,
                    recognizers=(
                        money.recognize,
                        percent.recognize,
                        dates.recognize,
                        names.NameRecognizer(self.lexicons, language),
                    ),
                )
                self._pipelines[language] = built
        return built

    def parse(
        self,
        text: str,
        *,
        published: PublishedLike = None,
        language: str | None = None,
    ) -> Bulletin:
        """Parse one bulletin into a :class:`~finbulletin.models.Bulletin`.

        Args:
            text: the bulletin, as ``str`` (decode bytes first).
            published: the reference date for relative periods ("today", "past week"), as a
                ``date`` or ``"YYYY-MM-DD"``; when None, a date line of the text is used.
            language: "en" or "zh"; when None it is detected.

        Raises:
            InputTypeError: ``text`` is not a ``str``.
            TextTooLongError: ``text`` is longer than ``max_length``.
            PublishedDateError: ``published`` is not a date.
            LanguageError: ``language`` is not supported.
        """
        text = _check_text(text, self.max_length)
        lang = detect_language(text) if language is None else check_language(language)
        reference = _check_published(published)
        if reference is None:
            reference = dates.detect_published(text)
        pipe = self.pipeline(lang)
        read = fold_traditional(text) if lang == "zh" else text  # 1:1, offsets unchanged
        ctx = Context(read, lang, reference, tokenizer=pipe.tokenize)
        found: list[Entity] = [e for recognize in pipe.recognizers for e in recognize(ctx)]
        entities = resolve_overlaps(found)
        moves: list[Movement] = movements.find_movements(ctx, entities)
        claims: list[Forecast] = forecasts.find_forecasts(ctx, entities)
        bulletin = Bulletin(
            language=lang,
            published=reference,
            entities=tuple(entities),
            movements=tuple(moves),
            forecasts=tuple(claims),
        )
        if read != text:
            bulletin = _with_surfaces(bulletin, text)
        bulletin._text = text
        return bulletin

    def parse_many(
        self,
        texts: Iterable[str],
        *,
        published: PublishedLike = None,
        language: str | None = None,
        n_process: int = 1,
        batch_size: int = batch.DEFAULT_BATCH_SIZE,
    ) -> Iterator[Bulletin]:
        """Parse many bulletins with this parser's settings, yielding results in input order.

        Args:
            texts: the bulletins, as ``str``; any iterable, read lazily.
            published: the reference date for every text (see :meth:`parse`).
            language: "en", "zh", or None to detect each text's language.
            n_process: worker processes; 1 (the default) parses in this process, -1 starts
                one per CPU. Workers are started with ``spawn``: guard the script's entry
                point with ``if __name__ == "__main__":``.
            batch_size: texts sent to a worker at a time.

        Raises:
            ValueError: ``n_process`` or ``batch_size`` is out of range.

        Example:
            >>> parser = Parser()
            >>> [b.language for b in parser.parse_many(["沪指上涨", "Stocks rose."])]
            ['zh', 'en']
        """
        return batch.parse_many(
            self, texts, published=published, language=language, n_process=n_process, batch_size=batch_size
        )


def _rebuild_parser(paths: tuple[str | PathLike[str], ...], max_length: int) -> Parser:
    return Parser(lexicons=paths, max_length=max_length)


#: Lone surrogates: valid in a Python str, but spaCy cannot store them (it encodes to UTF-8).
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _spacy_safe(text: str) -> str:
    r"""``text`` with lone surrogates replaced by U+FFFD, one code point each.

    Only the spaCy Doc sees this copy; lengths and so offsets are unchanged, and every
    record's text is sliced from the caller's original string.

    Example:
        >>> _spacy_safe("a\ud800b") == "a\ufffdb"
        True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def _check_text(text: object, max_length: int) -> str:
    if isinstance(text, str):
        if len(text) > max_length:
            raise TextTooLongError(
                f"text has {len(text):,} characters, more than max_length={max_length:,}; split it, "
                f"or build Parser(max_length=...) with a larger limit"
            )
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"parse() takes str, not {type(text).__name__}: decode it first, e.g. data.decode('utf-8')"
        )
    raise InputTypeError(f"parse() takes the bulletin's text as str, not {type(text).__name__}")


def _check_published(published: object) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError as exc:
            raise PublishedDateError(f"published must be a date or 'YYYY-MM-DD', not {published!r}") from exc
    raise PublishedDateError(f"published must be a date or 'YYYY-MM-DD', not {type(published).__name__}")


@functools.cache
def default_parser() -> Parser:
    """The shared parser behind :func:`parse` (built on first use)."""
    return Parser()


#: A record with a span: what :func:`_with_surfaces` copies, keeping its type.
_S = TypeVar("_S", bound=Span)


def _with_surfaces(bulletin: Bulletin, text: str) -> Bulletin:
    """The records of a text that was read folded, with the original's characters back.

    Every ``text``, and a ``name`` that is the surface itself, takes the characters of
    ``text`` (the fold keeps offsets); a forecast's ``cue`` stays in simplified characters.
    Each entity is copied once, so a movement's subject stays one of the entities.
    """
    done: dict[int, Span] = {}

    def entity(e: _S) -> _S:
        if id(e) not in done:
            surface = text[e.start : e.end]
            update = {"text": surface}
            if getattr(e, "name", None) == e.text:
                update["name"] = surface
            done[id(e)] = e.model_copy(update=update)
        return cast(_S, done[id(e)])

    return bulletin.model_copy(
        update={
            "entities": tuple(entity(e) for e in bulletin.entities),
            "movements": tuple(
                m.model_copy(
                    update={
                        "text": text[m.start : m.end],
                        "subject": entity(m.subject) if m.subject else None,
                    }
                )
                for m in bulletin.movements
            ),
            "forecasts": tuple(
                f.model_copy(
                    update={
                        "text": text[f.start : f.end],
                        "source": entity(f.source),
                        "subject": entity(f.subject) if f.subject else None,
                        "amounts": tuple(entity(a) for a in f.amounts),
                    }
                )
                for f in bulletin.forecasts
            ),
        }
    )


def parse(text: str, *, published: PublishedLike = None, language: str | None = None) -> Bulletin:
    """Parse one bulletin with the shared default :class:`Parser`.

    Example:
        >>> b = parse("JPMorgan expects $5 to $7 trillion of demand.", published="2025-11-11")
        >>> m = b.of_kind("money")[0]
        >>> (m.text, m.low, m.high, m.currency)
        ('$5 to $7 trillion', 5000000000000.0, 7000000000000.0, 'USD')
    """
    return default_parser().parse(text, published=published, language=language)


def parse_many(
    texts: Iterable[str],
    *,
    published: PublishedLike = None,
    language: str | None = None,
    n_process: int = 1,
    batch_size: int = batch.DEFAULT_BATCH_SIZE,
) -> Iterator[Bulletin]:
    """Parse many bulletins with the shared default parser, yielding results in input order.

    The arguments are those of :meth:`Parser.parse_many`; ``n_process > 1`` parses in
    worker processes.

    Example:
        >>> texts = ["The ChiNext Index rose 1.84%.", "创业板指上涨1.84%。"]
        >>> [b.language for b in parse_many(texts, published="2025-11-11")]
        ['en', 'zh']
    """
    return default_parser().parse_many(
        texts, published=published, language=language, n_process=n_process, batch_size=batch_size
    )
