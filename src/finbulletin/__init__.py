"""finbulletin: typed records from Chinese financial market bulletins, in Chinese or English.

Example:
    >>> import finbulletin
    >>> b = finbulletin.parse("The Robotics ETF (562500) fell 1.32%.")
    >>> b.language
    'en'
"""

from finbulletin.api import DEFAULT_MAX_LENGTH, Parser, parse, parse_many
from finbulletin.errors import (
    FinbulletinError,
    InputTypeError,
    LanguageError,
    LexiconError,
    PublishedDateError,
    TextTooLongError,
)
from finbulletin.frame import to_frame
from finbulletin.models import (
    Bulletin,
    DateEntity,
    Entity,
    Forecast,
    IndexEntity,
    Level,
    MoneyEntity,
    Movement,
    OrganizationEntity,
    PercentEntity,
    Period,
    SectorEntity,
    SecurityEntity,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "Bulletin",
    "DateEntity",
    "Entity",
    "FinbulletinError",
    "Forecast",
    "IndexEntity",
    "InputTypeError",
    "LanguageError",
    "Level",
    "LexiconError",
    "MoneyEntity",
    "Movement",
    "OrganizationEntity",
    "Parser",
    "PercentEntity",
    "Period",
    "PublishedDateError",
    "SectorEntity",
    "SecurityEntity",
    "TextTooLongError",
    "__version__",
    "parse",
    "parse_many",
    "to_frame",
]
