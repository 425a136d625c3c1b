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
- time for one text 1x and 10x longer (linearity);
- ``parse_many`` with ``n_process=2`` against ``n_process=1``;
and once: cold start (``import finbulletin; parse(short)`` in a fresh process) and peak RSS
of a process that parses the whole set.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
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


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    t1 = median_seconds(lambda: parser.parse(one, language=language), repeat)
    t10 = median_seconds(lambda: parser.parse(ten, language=language), max(1, repeat // 2))

    # The whole set: worker start-up (a fresh interpreter importing spaCy, about 2 s) must be
    # small beside the work for the speed-up to mean anything.
    sample = list(texts)
    single = median_seconds(lambda: list(finbulletin.parse_many(sample, language=language)), 1)
    double = median_seconds(lambda: list(finbulletin.parse_many(sample, language=language, n_process=2)), 1)
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
    rss_code = (
        f"import resource, sys; sys.path.insert(0, {str(HERE)!r}); import bench, finbulletin; "
        "p = finbulletin.Parser(); "
        f"[p.parse(t) for lang in ('en', 'zh') for t in bench.corpus(lang, {args.mb!r})]; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    results["peak_rss_mb"] = float(in_fresh_process(rss_code))

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"texts: {source}")
    for language in ("en", "zh"):
        r = results[language]
        assert isinstance(r, dict)
        print(f"\n[{language}] {r['docs']} docs, {r['chars'] / 1e6:.2f} M chars")
        speed = f"{r['parse_chars_per_s'] / 1e3:10.1f} k chars/s, {r['parse_docs_per_s']:.1f} docs/s"
        print(f"  parse()             {speed}")
        print(f"  spaCy tokenizer     {r['tokenizer_chars_per_s'] / 1e3:10.1f} k chars/s")
        report("ratio to tokenizer", r["ratio_to_tokenizer"], ">=", TARGET_RATIO)
        report("10x text / 1x", r["ten_x_over_one_x"], "<=", TARGET_LINEAR)
        report("parse_many 2 procs", r["parse_many_speedup"], ">=", TARGET_SPEEDUP)
    print()
    report("cold start (s)", float(results["cold_start_s"]), "<", TARGET_COLD_S)  # type: ignore[arg-type]
    report("peak RSS (MB)", float(results["peak_rss_mb"]), "<", TARGET_RSS_MB)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
