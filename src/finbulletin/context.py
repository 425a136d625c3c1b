"""What every recognizer and relation finder is handed for one text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from finbulletin.models import Language


@dataclass(frozen=True, slots=True)
class Context:
    """One text being parsed, with its tokens and reference date."""

    text: str  # the caller's original string, never rewritten
    language: Language  # "en" or "zh"
    published: dt.date | None  # the reference date for relative periods, if known
    doc: Doc  # spaCy tokens over ``text``; token.idx indexes ``text``
