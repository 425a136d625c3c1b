"""A spaCy pipeline component that runs finbulletin on a Doc (in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class FinbulletinComponent:
    """Parses ``doc.text`` with finbulletin and stores the Bulletin on ``doc._.finbulletin``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from finbulletin.api import default_parser

        if not Doc.has_extension("finbulletin"):
            Doc.set_extension("finbulletin", default=None)
        doc._.finbulletin = default_parser().parse(doc.text)
        return doc


def make_finbulletin_component(nlp: Language, name: str) -> FinbulletinComponent:
    """The factory spaCy calls for ``nlp.add_pipe("finbulletin")``."""
    return FinbulletinComponent(nlp, name)
