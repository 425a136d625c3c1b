"""Parsing on a Dask LocalCluster gives exactly the single-process results."""

from __future__ import annotations

import random

import pytest

import finbulletin

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

SENTENCES = (
    "The CSI 300 Index rose 1.21% to 3,880.52 points on March 2, 2026.",
    "Acme Securities expects $5 to $7 trillion of demand between 2027 and 2030.",
    "Example Tech (688999) fell 4.45%, while the battery sector opened higher.",
    "Turnover reached 1.2 trillion yuan, about RMB 9.6 billion more than the day before.",
    "沪深300指数(000300)上涨1.21%,收于3880.52点。",
    "某某证券预计2027年至2030年相关需求达5万亿至7万亿美元。",
    "某芯片ETF(512999)近1周累计上涨2.74%,成交额6.31亿元。",
)


def bulletins(count: int) -> list[str]:
    rng = random.Random(11)
    return [" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6))) for _ in range(count)]


@pytest.mark.slow
def test_local_cluster_matches_single_process() -> None:
    import dask.bag as db

    from finbulletin.dask import entity_frame, parse_bag

    texts = bulletins(300)
    expected = [finbulletin.parse(t, published="2026-03-02") for t in texts]
    cluster_options = {"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    with distributed.LocalCluster(**cluster_options) as cluster, distributed.Client(cluster):
        bag = db.from_sequence(texts, npartitions=6)
        got = parse_bag(bag, published="2026-03-02").compute()
        frame = entity_frame(bag, published="2026-03-02").compute()
    assert [b.model_dump() for b in got] == [b.model_dump() for b in expected]
    assert len(frame) == sum(len(b.entities) for b in expected)
    assert list(frame["text"]) == [e.text for b in expected for e in b.entities]
