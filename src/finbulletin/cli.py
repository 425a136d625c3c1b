"""The ``finbulletin`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from finbulletin.api import Parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = argparse.ArgumentParser(prog="finbulletin", description="Typed records from financial bulletins.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse bulletin files and print their records")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=("json",), default="json")
    p.add_argument("--published")
    p.add_argument("--language", choices=("en", "zh"))
    args = ap.parse_args(argv)
    parser = Parser()
    status = 0
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"finbulletin: skipping {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        bulletin = parser.parse(text, published=args.published, language=args.language)
        print(bulletin.model_dump_json(indent=2))
    return status
