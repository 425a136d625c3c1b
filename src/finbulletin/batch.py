"""Parse many bulletins, in this process or in a pool of worker processes.

:func:`parse_many` is what :meth:`finbulletin.Parser.parse_many` and
:func:`finbulletin.parse_many` run. With ``n_process=1`` it parses lazily in this process;
with more, it cuts the texts into chunks of ``batch_size`` and sends them to worker
processes started with the ``spawn`` method (the same on Linux, macOS and Windows, and safe
with threads). Each worker unpickles the parser once, on its first chunk, and reuses it
(and the pipelines it builds) for every chunk after. Results come back in input order,
and at most ``2 * n_process`` chunks are in flight, so a long iterator of texts is never
read far ahead.

A script that uses ``n_process > 1`` must guard its entry point with
``if __name__ == "__main__":``, as every ``spawn`` program must.

Example:
    >>> from finbulletin.api import Parser
    >>> [b.language for b in parse_many(Parser(), ["沪指上涨", "Stocks rose."])]
    ['zh', 'en']
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from finbulletin.models import Bulletin

if TYPE_CHECKING:
    from finbulletin.api import Parser, PublishedLike

#: Texts sent to a worker at a time when ``batch_size`` is not given.
DEFAULT_BATCH_SIZE = 64

#: Chunks in flight per worker: enough to keep each worker busy, few enough to bound memory.
_CHUNKS_PER_WORKER = 2

#: What a worker sends back for one chunk: the bulletins parsed, and the error that stopped it.
_ChunkResult = tuple[list[Bulletin], BaseException | None]


def parse_many(
    parser: Parser,
    texts: Iterable[str],
    *,
    published: PublishedLike = None,
    language: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Bulletin]:
    """Parse ``texts`` with ``parser``, yielding one Bulletin per text, in input order.

    Args:
        parser: the parser to use; worker processes get a copy rebuilt from its pickle.
        texts: the bulletins, as ``str``; any iterable, read lazily.
        published: the reference date for every text (see :meth:`Parser.parse`).
        language: "en", "zh" or None to detect each text's language.
        n_process: worker processes; 1 parses in this process, -1 uses one per CPU.
        batch_size: texts per chunk sent to a worker (ignored when ``n_process == 1``).

    Returns:
        An iterator of Bulletins. An error raised by a text (a non-``str``, a text that is
        too long) is raised when that text's turn comes, after the bulletins before it.

    Raises:
        ValueError: ``n_process`` or ``batch_size`` is out of range (raised at once).

    Example:
        >>> from finbulletin.api import Parser
        >>> list(parse_many(Parser(), [], n_process=2))
        []
        >>> parse_many(Parser(), [], batch_size=0)
        Traceback (most recent call last):
        ...
        ValueError: batch_size must be a positive number of texts, not 0
    """
    workers = _check_n_process(n_process)
    if batch_size < 1:
        raise ValueError(f"batch_size must be a positive number of texts, not {batch_size!r}")
    if workers == 1:
        return _parse_here(parser, iter(texts), published, language)
    return _parse_in_pool(parser, iter(texts), published, language, workers, batch_size)


def _check_n_process(n_process: int) -> int:
    """The number of workers ``n_process`` asks for.

    Example:
        >>> _check_n_process(3)
        3
        >>> _check_n_process(-1) >= 1
        True
    """
    if n_process == -1:
        return os.cpu_count() or 1
    if isinstance(n_process, int) and n_process >= 1:
        return n_process
    raise ValueError(
        f"n_process must be a positive number of processes or -1 (one per CPU), not {n_process!r}"
    )


def _parse_here(
    parser: Parser, texts: Iterator[str], published: PublishedLike, language: str | None
) -> Iterator[Bulletin]:
    for text in texts:
        yield parser.parse(text, published=published, language=language)


def _parse_in_pool(
    parser: Parser,
    texts: Iterator[str],
    published: PublishedLike,
    language: str | None,
    workers: int,
    batch_size: int,
) -> Iterator[Bulletin]:
    first = list(islice(texts, batch_size))
    if len(first) < batch_size:  # everything fits in one chunk: starting workers would only cost time
        yield from _parse_here(parser, iter(first), published, language)
        return
    pickled = pickle.dumps(parser)
    chunks = _chunks(first, texts, batch_size)
    pending: deque[Future[_ChunkResult]] = deque()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for chunk in islice(chunks, workers * _CHUNKS_PER_WORKER):
                pending.append(pool.submit(_parse_chunk, pickled, chunk, published, language))
            while pending:
                bulletins, error = pending.popleft().result()
                yield from bulletins
                if error is not None:
                    raise error
                for chunk in islice(chunks, 1):
                    pending.append(pool.submit(_parse_chunk, pickled, chunk, published, language))
        finally:
            for future in pending:
                future.cancel()


def _chunks(first: list[str], rest: Iterator[str], size: int) -> Iterator[list[str]]:
    """``first``, then the rest of the texts cut into lists of ``size``.

    Example:
        >>> list(_chunks(["a", "b"], iter("cde"), 2))
        [['a', 'b'], ['c', 'd'], ['e']]
    """
    yield first
    while chunk := list(islice(rest, size)):
        yield chunk


def _parse_chunk(
    pickled: bytes,
    texts: list[str],
    published: PublishedLike,
    language: str | None,
) -> _ChunkResult:
    """Run in a worker: parse one chunk with the worker's parser, stopping at the first error."""
    parser = _worker_parser(pickled)
    done: list[Bulletin] = []
    for text in texts:
        try:
            done.append(parser.parse(text, published=published, language=language))
        except Exception as exc:  # sent back and raised in the caller, in input order
            return done, exc
    return done, None


@functools.cache
def _worker_parser(pickled: bytes) -> Parser:
    """The parser of this worker process, unpickled on its first chunk and reused after."""
    parser: Parser = pickle.loads(pickled)
    return parser
