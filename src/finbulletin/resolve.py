"""Overlap resolution: one pure function that picks the entities to keep."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from finbulletin.models import Entity

#: Which kind wins when two candidates cover exactly the same characters.
KIND_PRIORITY: dict[str, int] = {
    "money": 7,
    "percent": 6,
    "date": 5,
    "index": 4,
    "security": 3,
    "organization": 2,
    "sector": 1,
}


def resolve_overlaps(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep a set of non-overlapping entities, longest first, sorted by ``start``.

    The longest candidate wins an overlap; between equally long ones the kind with the
    higher :data:`KIND_PRIORITY` wins, then the one that starts first.

    Example:
        >>> from finbulletin.models import OrganizationEntity, SecurityEntity
        >>> a = OrganizationEntity(text="Bank of China", start=9, end=22, name="Bank of China")
        >>> b = OrganizationEntity(
        ...     text="People's Bank of China", start=0, end=22, name="People's Bank of China")
        >>> [e.text for e in resolve_overlaps([a, b])]
        ["People's Bank of China"]
    """
    ranked: Sequence[Entity] = sorted(
        (c for c in candidates if c.end > c.start),
        key=lambda e: (-(e.end - e.start), -KIND_PRIORITY[e.kind], e.start),
    )
    starts: list[int] = []  # starts of the kept entities, sorted
    taken: list[Entity] = []  # the kept entities, in the order of ``starts``
    for cand in ranked:
        i = bisect.bisect_left(starts, cand.start)
        if i < len(taken) and taken[i].start < cand.end:
            continue  # overlaps the next kept entity
        if i > 0 and taken[i - 1].end > cand.start:
            continue  # overlaps the previous kept entity
        starts.insert(i, cand.start)
        taken.insert(i, cand)
    return taken
