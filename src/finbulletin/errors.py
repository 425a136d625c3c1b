"""The exceptions finbulletin raises; all derive from :class:`FinbulletinError`.

Example:
    >>> import finbulletin
    >>> try:
    ...     finbulletin.parse(b"bytes")
    ... except finbulletin.FinbulletinError as exc:
    ...     print(type(exc).__name__)
    InputTypeError
"""

from __future__ import annotations


class FinbulletinError(Exception):
    """Base class of every error finbulletin raises on purpose."""


class InputTypeError(FinbulletinError, TypeError):
    """``parse()`` was given something other than ``str``."""


class TextTooLongError(FinbulletinError, ValueError):
    """The text is longer than the parser's ``max_length``."""


class LanguageError(FinbulletinError, ValueError):
    """An unsupported ``language`` was asked for."""


class PublishedDateError(FinbulletinError, ValueError):
    """``published`` could not be read as a calendar date."""


class LexiconError(FinbulletinError, ValueError):
    """A lexicon file is missing, unreadable or has an invalid row."""
