"""Parse a folder of bulletins into a table of entities: CSV, and Parquet when pyarrow is installed.

Every ``*.txt`` below FOLDER is read as UTF-8 and parsed with ``finbulletin.parse_many``;
the entities of all files go into one table, one row per entity, with a ``doc`` column
holding the file's path relative to FOLDER (see ``finbulletin.to_frame``). A file that is
not UTF-8 is reported and left out.

Needs pandas: ``pip install "finbulletin[pandas]"`` (and ``pyarrow`` for Parquet).

Usage:
    python examples/parse_folder.py seeds/ --out entities.csv
    python examples/parse_folder.py archive/ --out out/entities.csv --jobs 2 --published 2025-11-11
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import finbulletin


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Parse a folder of bulletins into a CSV (and Parquet) of entities."
    )
    ap.add_argument("folder", type=Path, help="the folder: every *.txt below it is parsed")
    ap.add_argument(
        "--out", type=Path, default=Path("entities.csv"), help="the CSV to write (default: %(default)s)"
    )
    ap.add_argument(
        "--parquet",
        type=Path,
        help="the Parquet file to write (default: beside the CSV, when pyarrow is installed)",
    )
    ap.add_argument("--no-parquet", action="store_true", help="write the CSV only")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    ap.add_argument("--published", type=dt.date.fromisoformat, help="reference date, YYYY-MM-DD")
    ap.add_argument("--language", choices=("en", "zh"), help="the bulletins' language (default: detect)")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        ap.error(f"not a folder: {args.folder}")

    names: list[str] = []  # filled as the files are read, in step with the texts
    texts = read_folder(args.folder, names)
    bulletins = list(
        finbulletin.parse_many(texts, published=args.published, language=args.language, n_process=args.jobs)
    )
    frame = finbulletin.to_frame(dict(zip(names, bulletins, strict=True)))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(args.out, index=False)
    written = [str(args.out)]
    if not args.no_parquet and (args.parquet or importlib.util.find_spec("pyarrow")):
        parquet = args.parquet or args.out.with_suffix(".parquet")
        frame.to_parquet(parquet, index=False)
        written.append(str(parquet))
    print(f"{len(names)} files, {len(frame)} entities -> {', '.join(written)}")
    return 0


def read_folder(folder: Path, names: list[str]) -> Iterator[str]:
    """The texts of the *.txt files below ``folder``; each file's name goes on ``names`` as it is read."""
    for path in sorted(folder.rglob("*.txt")):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"skipping {path}: {exc}", file=sys.stderr)
            continue
        names.append(path.relative_to(folder).as_posix())
        yield text


if __name__ == "__main__":  # required: worker processes (--jobs) are started with "spawn"
    raise SystemExit(main())
