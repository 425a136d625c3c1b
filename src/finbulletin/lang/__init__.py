"""Language packs and language detection.

Each language keeps its word lists and patterns per entity family in ``lang/<code>/``
(see ``lang/README.md`` for what a pack provides).
"""

from __future__ import annotations

import regex

from finbulletin.errors import LanguageError
from finbulletin.models import Language

SUPPORTED: tuple[Language, ...] = ("en", "zh")

_HAN_RUN = regex.compile(r"\p{Han}+")
_LATIN_RUN = regex.compile(r"[A-Za-z]+")
_FULL_WIDTH = regex.compile(r"[\uff01-\uff5e\u3000-\u303f]")


def detect_language(text: str) -> Language:
    """Tell Chinese from English by the share of Han characters among letters.

    A text is Chinese when Han characters make up at least a fifth of its Han and Latin
    letters together (an English bulletin rarely quotes more Chinese than that; a Chinese
    one often carries Latin names and codes). A text with no letters at all is Chinese when
    it uses full-width forms or CJK punctuation ("－1２２％"), else English.

    Example:
        >>> detect_language("芯片ETF(512760)下跌3.87%")
        'zh'
        >>> detect_language("The ChiNext Index rose 1.84%")
        'en'
        >>> detect_language("－1２２％")
        'zh'
        >>> detect_language("")
        'en'
    """
    sample = text[:20_000]
    han = sum(map(len, _HAN_RUN.findall(sample)))  # runs, not characters: fewer objects
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    if not han and not latin:
        return "zh" if _FULL_WIDTH.search(sample) else "en"
    return "zh" if han and han * 4 >= latin else "en"


def check_language(language: str) -> Language:
    """Validate a caller's ``language=`` argument.

    Example:
        >>> check_language("zh")
        'zh'
        >>> check_language("fr")
        Traceback (most recent call last):
        ...
        finbulletin.errors.LanguageError: language must be one of 'en', 'zh' (or None to detect it), not 'fr'
    """
    for supported in SUPPORTED:
        if language == supported:
            return supported
    raise LanguageError(f"language must be one of 'en', 'zh' (or None to detect it), not {language!r}")
