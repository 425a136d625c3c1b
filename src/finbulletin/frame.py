"""Entities as table rows, and as pandas DataFrames.

One row per entity: its ``kind``, ``text``, ``start`` and ``end``, then every normalised
field of every kind (:data:`VALUE_COLUMNS`), empty where the kind has no such field. The
command line's CSV output uses the same rows (:func:`entity_rows`); :func:`to_frame` and
:meth:`finbulletin.Bulletin.to_frame` turn them into DataFrames. pandas is an optional
extra (``pip install "finbulletin[pandas]"``), imported only when a frame is asked for.

Example:
    >>> from finbulletin.models import Bulletin, PercentEntity
    >>> b = Bulletin(language="en", entities=(PercentEntity(text="0.48%", start=9, end=14, value=0.48),))
    >>> row = entity_rows(b)[0]
    >>> (row["kind"], row["text"], row["value"], row["low"])
    ('percent', '0.48%', 0.48, None)
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from finbulletin.models import Bulletin, Entity

if TYPE_CHECKING:
    import pandas as pd

#: The columns every entity has, in front.
SPAN_COLUMNS: tuple[str, ...] = ("kind", "text", "start", "end")


def _value_columns() -> tuple[str, ...]:
    """The normalised fields of all entity kinds, in the order the kinds declare them."""
    union = typing.get_args(Entity)[0]  # Entity is Annotated[Union[...], Field(discriminator=...)]
    seen: dict[str, None] = {}
    for model in typing.get_args(union):
        for field in model.model_fields:
            if field not in SPAN_COLUMNS:
                seen.setdefault(field)
    return tuple(seen)


#: The normalised fields of every kind: name, code, exchange, low, high, currency, value,
#: start_date, end_date, ... (derived from the record model, so it follows its changes).
VALUE_COLUMNS: tuple[str, ...] = _value_columns()

#: All columns of an entity row.
ENTITY_COLUMNS: tuple[str, ...] = SPAN_COLUMNS + VALUE_COLUMNS

#: The pandas dtype of each column that is neither text (``string``) nor a date (``datetime64``).
_DTYPES: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "low": "float64",
    "high": "float64",
    "value": "float64",
    "approximate": "boolean",
    "percentage_points": "boolean",
    "relative": "boolean",
}

#: Date columns, turned into pandas datetimes.
_DATE_COLUMNS: tuple[str, ...] = ("start_date", "end_date")

_PANDAS_MISSING = 'DataFrames need pandas, an optional extra: pip install "finbulletin[pandas]"'


def entity_rows(bulletin: Bulletin) -> list[dict[str, Any]]:
    """One dict per entity, with every column of :data:`ENTITY_COLUMNS` (None where not set).

    Values are Python objects: numbers, booleans, :class:`datetime.date`, str or None.

    Example:
        >>> from finbulletin.models import Bulletin, MoneyEntity
        >>> m = MoneyEntity(text="$5 trillion", start=0, end=11, low=5e12, high=5e12, currency="USD")
        >>> row = entity_rows(Bulletin(language="en", entities=(m,)))[0]
        >>> (row["low"], row["currency"], row["name"])
        (5000000000000.0, 'USD', None)
    """
    return [_row(entity) for entity in bulletin.entities]


def _row(entity: Entity) -> dict[str, Any]:
    fields = dict(entity)
    return {column: fields.get(column) for column in ENTITY_COLUMNS}


def bulletin_frame(bulletin: Bulletin) -> pd.DataFrame:
    """The entities of one bulletin as a DataFrame, one row per entity.

    What :meth:`finbulletin.Bulletin.to_frame` returns.

    Raises:
        ImportError: pandas is not installed.

    Example:
        >>> from finbulletin.models import Bulletin
        >>> list(bulletin_frame(Bulletin(language="en")).columns[:4])
        ['kind', 'text', 'start', 'end']
    """
    return _frame(entity_rows(bulletin), ENTITY_COLUMNS)


def to_frame(bulletins: Iterable[Bulletin] | Mapping[Any, Bulletin]) -> pd.DataFrame:
    """The entities of many bulletins as one DataFrame, with a ``doc`` column in front.

    ``doc`` is the bulletin's position in ``bulletins`` (0, 1, ...), or its key when
    ``bulletins`` is a mapping, such as ``{file_name: bulletin}``.

    Raises:
        ImportError: pandas is not installed.

    Example:
        >>> from finbulletin.models import Bulletin, PercentEntity
        >>> p = PercentEntity(text="1.84%", start=0, end=5, value=1.84)
        >>> frame = to_frame({"a.txt": Bulletin(language="en", entities=(p,)),
        ...                   "b.txt": Bulletin(language="en")})
        >>> frame[["doc", "kind", "value"]].to_dict("records")
        [{'doc': 'a.txt', 'kind': 'percent', 'value': 1.84}]
    """
    pairs = bulletins.items() if isinstance(bulletins, Mapping) else enumerate(bulletins)
    rows = [{"doc": doc, **row} for doc, bulletin in pairs for row in entity_rows(bulletin)]
    return _frame(rows, ("doc", *ENTITY_COLUMNS))


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(_PANDAS_MISSING) from exc
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    text = [c for c in ENTITY_COLUMNS if c not in _DTYPES and c not in _DATE_COLUMNS]
    frame = frame.astype({**dict.fromkeys(text, "string"), **_DTYPES})
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column].map(_date_or_none))
    return frame


def _date_or_none(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None
