"""Name recognizer: indices, sectors, securities, organizations (in progress)."""

from __future__ import annotations

from collections.abc import Iterable

from finbulletin.context import Context
from finbulletin.lexicon import Lexicons
from finbulletin.models import Entity, Language


class NameRecognizer:
    """Finds named entities from the lexicons and context patterns."""

    def __init__(self, lexicons: Lexicons, language: Language) -> None:
        self.lexicons = lexicons
        self.language = language

    def __call__(self, ctx: Context) -> Iterable[Entity]:
        return ()
