"""What every recognizer and relation finder is handed for one text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from finbulletin.models import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Context:
    """One text being parsed, with its tokens and reference date.

    The spaCy tokens are made only when asked for: give ``doc`` itself, or a ``tokenizer``
    that :attr:`doc` calls once, on first use (most recognizers read only the text). A
    context is read-only.

    Args:
        text: the caller's original string, never rewritten.
        language: "en" or "zh".
        published: the reference date for relative periods, if known.
        doc: spaCy tokens over ``text``; ``token.idx`` indexes ``text``.
        tokenizer: makes the Doc of a string, for ``text`` when ``doc`` is not given and
            for single stretches (:meth:`tokens_between`).

    Example:
        >>> from finbulletin.tokenizer import make_nlp
        >>> ctx = Context("指数上涨", "zh", None, tokenizer=make_nlp("zh"))
        >>> len(ctx.doc)
        4
    """

    __slots__ = ("_doc", "_tokenizer", "language", "published", "text")

    text: str
    language: Language
    published: dt.date | None
    _doc: Doc | None
    _tokenizer: Callable[[str], Doc] | None

    def __init__(
        self,
        text: str,
        language: Language,
        published: dt.date | None,
        doc: Doc | None = None,
        *,
        tokenizer: Callable[[str], Doc] | None = None,
    ) -> None:
        if doc is None and tokenizer is None:
            raise TypeError("Context needs a doc or a tokenizer")
        set_slot = object.__setattr__
        set_slot(self, "text", text)
        set_slot(self, "language", language)
        set_slot(self, "published", published)
        set_slot(self, "_doc", doc)
        set_slot(self, "_tokenizer", tokenizer)

    @property
    def doc(self) -> Doc:
        """The spaCy tokens over ``text`` (made on first use)."""
        doc = self._doc
        if doc is None:
            assert self._tokenizer is not None
            doc = self._tokenizer(self.text)
            object.__setattr__(self, "_doc", doc)
        return doc

    def tokens_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The tokens of ``text[start:end]``, a stretch between whitespace, as (offset, text).

        The tokenizer splits every whitespace-free stretch on its own, so the stretch's
        tokens are made alone unless the whole :attr:`doc` is made already.

        Example:
            >>> from finbulletin.tokenizer import make_nlp
            >>> Context("It rose, then fell.", "en", None, tokenizer=make_nlp("en")).tokens_between(3, 8)
            [(3, 'rose'), (7, ',')]
        """
        if self._doc is None and self._tokenizer is not None:
            return [(start + t.idx, t.text) for t in self._tokenizer(self.text[start:end])]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return [] if span is None else [(t.idx, t.text) for t in span]

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Context is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"Context is read-only: cannot delete {name!r}")

    def __repr__(self) -> str:
        return f"Context(text={self.text!r}, language={self.language!r}, published={self.published!r})"
