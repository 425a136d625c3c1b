"""Speed and memory of finbulletin, measured against spaCy's bare tokenizer in the same run.

    python benchmarks/bench.py                 # about 1 MB of text per language
    python benchmarks/bench.py --mb 0.2        # quicker
    python benchmarks/bench.py --json          # machine-readable figures

Texts: the dev bulletins of ../shared/eval/dev when that folder is there (English and
Chinese kept apart), otherwise bulletins generated from the test suite's own sentences.
Either set is repeated until it reaches the requested size.

Figures, per language:
- warm ``Parser.parse`` throughput (chars/s, docs/s; median of ``--repeat`` runs) and the
  same for ``spacy.blank(lang)`` tokenizing the same texts, with their ratio;
- time for one text 1x and 10x longer (linearity; the best of several runs of each, so
  that a pause of the machine does not pass for a cost of the text);
- ``parse_many`` with ``n_process=2`` against ``n_process=1``, twice: over the whole set
  with the workers' start-up included, and in steady state (the time of the set twice
  over minus the time of the set once, which leaves start-up out: what a long stream of
  bulletins sees);
and once: cold start (``import finbulletin; parse(short)`` in a fresh process), peak RSS
of a process that parses the whole set, bulletin after bulletin, and the memory that the
bulletins themselves take when a caller keeps them all (per MB of text).

Results are consumed and dropped as they come, as a pipeline that writes them out would;
a caller who keeps millions of records pays for their memory (the last figure), not the
parser.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "dev"

#: Targets from the performance issue.
TARGET_RATIO = 1 / 3  # warm throughput at least a third of the bare tokenizer's
TARGET_COLD_S = 1.5
TARGET_RSS_MB = 250
TARGET_LINEAR = 12.0  # 10x the text in at most 12x the time
TARGET_SPEEDUP = 1.6  # two processes over one

OWN = {
    "en": (
        "The CSI 300 Index rose 1.21% to 3,880.52 points on March 2, 2026, while the ChiNext Index "
        "fell 0.4%. Example Tech (688999) led the gains, up 9.8%, and the battery sector opened "
        "higher. Acme Securities expects $5 to $7 trillion of demand between 2027 and 2030, and "
        "turnover reached 1.2 trillion yuan, about RMB 9.6 billion more than the previous day.\n"
    ),
    "zh": (
        "截至2026年3月2日,沪深300指数(000300)上涨1.21%,收于3880.52点,创业板指下跌0.4%。"
        "某芯片ETF(512999)近1周累计上涨2.74%,成交额6.31亿元。某某证券预计2027年至2030年"
        "相关需求达5万亿至7万亿美元,光伏设备板块高开,电池板块走强。\n"
    ),
}


def corpus(language: str, megabytes: float) -> list[str]:
    """Bulletins of one language, repeated to about ``megabytes`` of text."""
    files = sorted(DEV.glob(f"{language}_*.txt")) if DEV.is_dir() else []
    texts = [p.read_text(encoding="utf-8") for p in files]
    if not texts:
        texts = [OWN[language] * 4]
    wanted = int(megabytes * 1_000_000)
    out: list[str] = []
    size = 0
    while size < wanted:
        for t in texts:
            out.append(t)
            size += len(t)
            if size >= wanted:
                break
    return out


def timings(
    run: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    """The times of ``repeat`` calls of ``run``, read on ``clock`` (wall time by default)."""
    times = []
    for _ in range(repeat):
        start = clock()
        run()
        times.append(clock() - start)
    return times


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls."""
    return statistics.median(timings(run, repeat))


def best_seconds(run: Callable[[], object], repeat: int) -> float:
    """Shortest wall time of ``repeat`` calls: the cost of the work without the machine's pauses."""
    return min(timings(run, repeat))


def drain(results: Iterable[object]) -> None:
    """Consume an iterator of results without keeping them."""
    collections.deque(results, maxlen=0)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux's ``VmHWM`` counts this program only; ``ru_maxrss`` (the fallback elsewhere)
    also keeps the peak of the process it was forked from, as the memory of a benchmark
    that starts it would be.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def in_fresh_process(code: str) -> str:
    """Run ``code`` in a new interpreter and return what it prints."""
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout


def measure_language(language: str, texts: Sequence[str], repeat: int) -> dict[str, float]:
    import spacy

    import finbulletin

    parser = finbulletin.Parser()
    for t in texts[:20]:
        parser.parse(t, language=language)  # build and warm
    chars = sum(len(t) for t in texts)
    ours = median_seconds(lambda: [parser.parse(t, language=language) for t in texts], repeat)
    bare_nlp = spacy.blank(language)
    bare_nlp(texts[0])
    bare = median_seconds(lambda: [bare_nlp.tokenizer(t) for t in texts], repeat)

    one = "".join(texts[:5])
    ten = one * 10
    t1 = best_seconds(lambda: parser.parse(one, language=language), 5 * repeat)
    t10 = best_seconds(lambda: parser.parse(ten, language=language), repeat)

    # Two processes against one: over the whole set (worker start-up, a fresh interpreter
    # importing finbulletin and building its pipeline, included), and in steady state: the
    # time of the set twice over minus the time of the set once, in which start-up cancels
    # out. Each time is the median of ``repeat`` runs: a difference magnifies their noise.
    def many(sample: Sequence[str], n_process: int) -> float:
        return median_seconds(
            lambda: drain(finbulletin.parse_many(sample, language=language, n_process=n_process)), repeat
        )

    twice = list(texts) * 2
    single, double = many(texts, 1), many(texts, 2)
    single_twice, double_twice = many(twice, 1), many(twice, 2)
    return {
        "chars": chars,
        "docs": len(texts),
        "parse_chars_per_s": chars / ours,
        "parse_docs_per_s": len(texts) / ours,
        "tokenizer_chars_per_s": chars / bare,
        "ratio_to_tokenizer": bare / ours,
        "one_x_s": t1,
        "ten_x_s": t10,
        "ten_x_over_one_x": t10 / t1,
        "parse_many_1_s": single,
        "parse_many_2_s": double,
        "parse_many_speedup": single / double,
        "parse_many_steady_speedup": (single_twice - single) / (double_twice - double),
    }


def report(label: str, value: float, relation: str, target: float) -> None:
    """Print one figure with its target and whether it is met."""
    met = value >= target if relation == ">=" else value <= target if relation == "<=" else value < target
    print(f"  {label:19s} {value:10.3f}   (target {relation} {target:.3f}) {'ok' if met else 'MISSED'}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of text per language (default 1)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    source = str(DEV) if DEV.is_dir() else "generated sentences"
    results: dict[str, object] = {"source": source}
    for language in ("en", "zh"):
        results[language] = measure_language(language, corpus(language, args.mb), args.repeat)

    cold = [
        float(
            in_fresh_process(
                "import time; t = time.perf_counter(); import finbulletin; "
                "finbulletin.parse('The CSI 300 Index rose 1.2% today.'); print(time.perf_counter() - t)"
            )
        )
        for _ in range(3)
    ]
    results["cold_start_s"] = min(cold)

    def peak_rss(keep: bool) -> float:
        """Peak RSS (MB) of a fresh process parsing the set, keeping the bulletins or not."""
        consume = "list" if keep else "bench.drain"
        return float(
            in_fresh_process(
                f"import sys; sys.path.insert(0, {str(HERE)!r}); import bench, finbulletin; "
                "p = finbulletin.Parser(); "
                f"{consume}(p.parse(t) for lang in ('en', 'zh') for t in bench.corpus(lang, {args.mb!r})); "
                "print(bench.peak_rss_mb())"
            )
        )

    results["peak_rss_mb"] = streamed = peak_rss(keep=False)
    results["peak_rss_kept_mb"] = kept = peak_rss(keep=True)
    results["kept_mb_per_text_mb"] = (kept - streamed) / (2 * args.mb)

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"texts: {source}")
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        busy = "  (other work is running: the parse_many figures mean little)" if load > 0.5 else ""
        print(f"load average at the end: {load:.2f}{busy}")
    for language in ("en", "zh"):
        r = results[language]
        assert isinstance(r, dict)
        print(f"\n[{language}] {r['docs']} docs, {r['chars'] / 1e6:.2f} M chars")
        speed = f"{r['parse_chars_per_s'] / 1e3:10.1f} k chars/s, {r['parse_docs_per_s']:.1f} docs/s"
        print(f"  parse()             {speed}")
        print(f"  spaCy tokenizer     {r['tokenizer_chars_per_s'] / 1e3:10.1f} k chars/s")
        report("ratio to tokenizer", r["ratio_to_tokenizer"], ">=", TARGET_RATIO)
        report("10x text / 1x", r["ten_x_over_one_x"], "<=", TARGET_LINEAR)
        report("parse_many 2 procs", r["parse_many_steady_speedup"], ">=", TARGET_SPEEDUP)
        print(f"    (whole set, worker start-up included: {r['parse_many_speedup']:.2f}x)")
    print()
    report("cold start (s)", float(results["cold_start_s"]), "<", TARGET_COLD_S)  # type: ignore[arg-type]
    report("peak RSS (MB)", float(results["peak_rss_mb"]), "<", TARGET_RSS_MB)  # type: ignore[arg-type]
    per_mb = results["kept_mb_per_text_mb"]
    print(f"    (all bulletins kept in a list: {kept:.0f} MB; their records: {per_mb:.0f} MB per MB of text)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
