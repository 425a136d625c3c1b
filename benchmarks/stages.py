"""Where ``parse()`` spends its time: CPU seconds per stage, on the benchmark's texts.

    python benchmarks/stages.py                    # both languages, 0.3 MB each
    python benchmarks/stages.py --lang zh --mb 1   # one language, more text

Each stage runs on its own over the same texts, in the order ``parse()`` runs them and
with the inputs ``parse()`` gives it; the figure is the median of ``--repeat`` runs of CPU
time (``time.process_time``), which other processes on the machine disturb less than
wall time. The last line, ``parse``, is the whole call; its excess over the stages is the
building of the records and the set-up of each text.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench

from finbulletin.context import Context
from finbulletin.models import Language


def cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median CPU time of ``repeat`` calls."""
    return statistics.median(bench.timings(run, repeat, clock=time.process_time))


def _run_all(recognize: Callable[[Context], object], contexts: Sequence[Context]) -> None:
    for c in contexts:
        recognize(c)


def stages(language: Language, texts: Sequence[str], repeat: int) -> list[tuple[str, float]]:
    """CPU seconds of each stage of ``parse()`` over ``texts``."""
    from finbulletin import Parser
    from finbulletin.recognizers import dates
    from finbulletin.relations import forecasts, movements
    from finbulletin.resolve import resolve_overlaps

    parser = Parser()
    for t in texts[:20]:
        parser.parse(t, language=language)
    pipe = parser.pipeline(language)
    published = [dates.detect_published(t) for t in texts]

    def contexts() -> list[Context]:
        return [
            Context(t, language, p, tokenizer=pipe.tokenize) for t, p in zip(texts, published, strict=True)
        ]

    ctxs = contexts()
    found = [[e for recognize in pipe.recognizers for e in recognize(c)] for c in ctxs]
    entities = [resolve_overlaps(f) for f in found]
    out: list[tuple[str, float]] = []

    def timed(name: str, run: Callable[[], object]) -> None:
        out.append((name, cpu_seconds(run, repeat)))

    for recognize in pipe.recognizers:
        fresh = contexts()
        name = getattr(recognize, "__module__", "").rsplit(".", 1)[-1]
        timed(name, functools.partial(_run_all, recognize, fresh))
    timed("resolve_overlaps", lambda: [resolve_overlaps(f) for f in found])
    pairs = list(zip(contexts(), entities, strict=True))
    timed("movements", lambda: [movements.find_movements(c, e) for c, e in pairs])
    timed("forecasts", lambda: [forecasts.find_forecasts(c, e) for c, e in pairs])
    timed("parse", lambda: [parser.parse(t, language=language) for t in texts])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("en", "zh"), action="append", help="language (default: both)")
    ap.add_argument("--mb", type=float, default=0.3, help="megabytes of text per language (default 0.3)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per stage (median)")
    args = ap.parse_args(argv)
    for language in args.lang or ["en", "zh"]:
        texts = bench.corpus(language, args.mb)
        chars = sum(len(t) for t in texts)
        rows = stages(language, texts, args.repeat)
        total = rows[-1][1]
        print(f"[{language}] {len(texts)} docs, {chars / 1e6:.2f} M chars")
        for name, seconds in rows:
            speed = chars / seconds / 1e3
            print(f"  {name:18s} {seconds:8.3f} s  {seconds / total:6.1%}  {speed:9.1f} k chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
