"""Parse bulletins on a Dask cluster: bags of texts in, bags of Bulletins or entity frames out.

Install the extra with ``pip install "finbulletin[dask]"``. Each worker process builds its
:class:`~finbulletin.Parser` once (per lexicon set) and reuses it for every partition.

Example:
    A local cluster with two worker processes::

        from dask.distributed import Client, LocalCluster
        import dask.bag as db
        from finbulletin.dask import parse_bag, entity_frame

        with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
            texts = db.from_sequence(my_texts, npartitions=8)
            bulletins = parse_bag(texts, published="2025-11-11").compute()
            rows = entity_frame(texts).compute()  # a pandas DataFrame, one row per entity
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from os import PathLike
from typing import TYPE_CHECKING, Any

from finbulletin.api import DEFAULT_MAX_LENGTH, Parser, PublishedLike
from finbulletin.models import Bulletin

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe


@functools.cache
def worker_parser(lexicons: tuple[str, ...] = (), max_length: int = DEFAULT_MAX_LENGTH) -> Parser:
    """The parser of this process for a lexicon set, built once and cached."""
    return Parser(lexicons=lexicons, max_length=max_length)


def _parse_partition(
    texts: Iterable[str],
    published: PublishedLike,
    language: str | None,
    lexicons: tuple[str, ...],
    max_length: int,
) -> list[Bulletin]:
    parser = worker_parser(lexicons, max_length)
    return [parser.parse(t, published=published, language=language) for t in texts]


def parse_bag(
    texts: dask.bag.Bag,
    *,
    published: PublishedLike = None,
    language: str | None = None,
    lexicons: Iterable[str | PathLike[str]] = (),
    max_length: int = DEFAULT_MAX_LENGTH,
) -> dask.bag.Bag:
    """A bag of :class:`~finbulletin.Bulletin`, one per text, in the bag's order.

    Args:
        texts: a Dask bag of bulletin texts (``str``).
        published: reference date for every text (None: each text's own date line).
        language: "en", "zh" or None to detect it per text.
        lexicons: extra lexicon files; they must be readable at the same path on every worker.
        max_length: the longest text accepted, in characters.
    """
    paths = tuple(str(p) for p in lexicons)
    bag: dask.bag.Bag = texts.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, published, language, paths, max_length
    )
    return bag


def _entity_partition(
    texts: Iterable[str],
    published: PublishedLike,
    language: str | None,
    lexicons: tuple[str, ...],
    max_length: int,
) -> list[dict[str, Any]]:
    from finbulletin.frame import entity_rows

    rows: list[dict[str, Any]] = []
    for text in texts:
        bulletin = worker_parser(lexicons, max_length).parse(text, published=published, language=language)
        rows.extend(entity_rows(bulletin))
    return rows


def entity_frame(
    texts: dask.bag.Bag,
    *,
    published: PublishedLike = None,
    language: str | None = None,
    lexicons: Iterable[str | PathLike[str]] = (),
    max_length: int = DEFAULT_MAX_LENGTH,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per entity, the columns of :func:`finbulletin.to_frame`.

    Rows carry the entity's ``kind``, ``text``, ``start``, ``end`` and normalised values; to
    know which text a row came from, give texts that carry their own identity (or use
    :func:`parse_bag` and :func:`finbulletin.to_frame` on the computed Bulletins).
    """
    import pandas as pd

    from finbulletin.frame import ENTITY_COLUMNS

    paths = tuple(str(p) for p in lexicons)
    rows = texts.map_partitions(  # type: ignore[no-untyped-call]
        _entity_partition, published, language, paths, max_length
    )
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in ENTITY_COLUMNS})
    frame: dask.dataframe.DataFrame = rows.to_dataframe(meta=meta)
    return frame
