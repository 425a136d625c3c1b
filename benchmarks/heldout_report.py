"""Score finbulletin on the held-out bulletins of ``benchmarks/heldout`` and summarise.

    python benchmarks/heldout_report.py                  # both languages, errors included
    python benchmarks/heldout_report.py --lang zh        # one language
    python benchmarks/heldout_report.py --no-errors      # the tables only
    python benchmarks/heldout_report.py --scorer PATH    # another copy of score.py

The shared scorer (``../shared/eval/score.py`` beside the repository by default) does the
scoring: this script runs it once per language with ``--errors`` and prints its output,
then adds what the scorer's error list leaves out: the movements and forecasts that the
system returned but the gold does not have (spurious ones), using the scorer's own
helpers for subject overlap and number comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
LANGUAGES = ("en", "zh")


def load_scorer(path: Path) -> ModuleType:
    """Import score.py from a file path, so that its helpers can be reused."""
    spec = importlib.util.spec_from_file_location("heldout_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_scorer(scorer: Path, folder: Path, lang: str, *extra: str) -> str:
    """Run the scorer on one language's documents and return what it printed."""
    command = [sys.executable, str(scorer), str(folder), "--glob", f"{lang}_*.txt", *extra]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def movement_matches(score: ModuleType, text: str, sys_m: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The scorer's movement test: subject overlaps, change equal, direction equal."""
    if not score.subject_hits(text, sys_m.get("subject"), gold.get("subject")):
        return False
    if "change" in gold and not score.close(sys_m.get("change"), gold["change"], 1e-3):
        return False
    return "direction" not in gold or sys_m.get("direction") == gold["direction"]


def forecast_matches(score: ModuleType, text: str, sys_f: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The scorer's forecast test: source overlaps, the gold's years and amount equal."""
    if not score.subject_hits(text, sys_f.get("source"), gold.get("source")):
        return False
    period = sys_f.get("period") or {}
    for gold_key, sys_key in (("period_start", "start_date"), ("period_end", "end_date")):
        if gold.get(gold_key) and score.year(period.get(sys_key)) != str(gold[gold_key])[:4]:
            return False
    if "low" not in gold:
        return True
    return any(
        score.close(a.get("low"), gold["low"], 1e-4)
        and score.close(a.get("high"), gold.get("high", gold["low"]), 1e-4)
        and ("currency" not in gold or a.get("currency") == gold["currency"])
        for a in sys_f.get("amounts") or []
    )


def score_year(value: str | None) -> str:
    return value[:4] if value else "?"


def describe_movement(m: dict[str, Any]) -> str:
    subject = (m.get("subject") or {}).get("text")
    return f"{subject} {m.get('direction')} {m.get('change')}  «{m.get('text', '')[:50]}»"


def describe_forecast(f: dict[str, Any]) -> str:
    source = (f.get("source") or {}).get("text")
    period = f.get("period") or {}
    years = f"{score_year(period.get('start_date'))}-{score_year(period.get('end_date'))}"
    amounts = [(a.get("low"), a.get("currency")) for a in f.get("amounts") or []]
    return f"{source} {years} {amounts}  «{f.get('text', '')[:50]}»"


def spurious_relations(score: ModuleType, folder: Path, lang: str) -> list[str]:
    """System movements and forecasts that match no gold item, one line each."""
    import finbulletin

    lines: list[str] = []
    for txt in sorted(folder.glob(f"{lang}_*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data = finbulletin.parse(text, published=gold.get("published")).model_dump(mode="json")
        for m in data.get("movements", []):
            if not any(movement_matches(score, text, m, g) for g in gold.get("movements", [])):
                lines.append(f"{txt.name}  spurious movement: {describe_movement(m)}")
        for f in data.get("forecasts", []):
            if not any(forecast_matches(score, text, f, g) for g in gold.get("forecasts", [])):
                lines.append(f"{txt.name}  spurious forecast: {describe_forecast(f)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="path to score.py")
    parser.add_argument("--dir", type=Path, default=HELDOUT, help="folder of NAME.txt + NAME.json")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="en or zh (default: both)")
    parser.add_argument("--no-errors", action="store_true", help="print the score tables only")
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        raise SystemExit(f"scorer not found: {args.scorer} (pass --scorer)")
    score = load_scorer(args.scorer)

    summary: list[str] = []
    for lang in args.lang or LANGUAGES:
        print(f"===== {lang} =====")
        print(run_scorer(args.scorer, args.dir, lang, *(() if args.no_errors else ("--errors",))))
        if not args.no_errors:
            for line in spurious_relations(score, args.dir, lang):
                print(line)
            print()
        totals = json.loads(run_scorer(args.scorer, args.dir, lang, "--json"))
        kinds = " ".join(f"{k}={v['f1']:.3f}" for k, v in totals["kinds"].items())
        summary.append(
            f"{lang}: overall_f1={totals['overall_f1']:.3f} movements={totals['movements']['f1']:.3f} "
            f"forecasts={totals['forecasts']['f1']:.3f} docs={totals['documents']} | {kinds}"
        )
    print("===== summary =====")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
