"""Snapshot of what ``parse()`` returns for a set of bulletins, to guard refactors.

    python benchmarks/snapshot.py write /tmp/before.json            # before a change
    python benchmarks/snapshot.py compare /tmp/before.json          # after it: any difference?
    python benchmarks/snapshot.py write OUT --folder DIR [--folder DIR ...]

A speed change must not change a single record. The scorer only tells whether the
matches to the gold moved; this compares every field of every record, on every bulletin
of the folders (the held-out set, the seed, and ``../shared/eval/dev`` when it is there),
each parsed in the language of its file name prefix (``en_``/``zh_``, else detected) with
the ``published`` date of its gold file when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FOLDERS = (HERE / "heldout", HERE.parent / "seeds", HERE.parent.parent / "shared" / "eval" / "dev")


def bulletins(folders: Iterable[Path]) -> Iterable[Path]:
    """The ``.txt`` files of the folders that exist, in a stable order."""
    for folder in folders:
        if folder.is_dir():
            yield from sorted(folder.glob("*.txt"))


def records(paths: Iterable[Path]) -> dict[str, Any]:
    """Each file's parse, as JSON-ready data, keyed by its path."""
    import finbulletin

    parser = finbulletin.Parser()
    out: dict[str, Any] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        gold = path.with_suffix(".json")
        published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.is_file() else None
        prefix = path.name[:3]
        language = prefix[:2] if prefix in ("en_", "zh_") else None
        bulletin = parser.parse(text, language=language, published=published)
        out[str(path)] = bulletin.model_dump(mode="json")
    return out


def first_difference(before: Any, after: Any, where: str = "") -> str | None:
    """A path to the first place where two JSON values differ, or None."""
    if type(before) is not type(after):
        return f"{where}: {before!r} became {after!r}"
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            found = first_difference(before.get(key), after.get(key), f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(before, list):
        for i, (b, a) in enumerate(zip(before, after, strict=False)):  # lengths compared below
            found = first_difference(b, a, f"{where}[{i}]")
            if found:
                return found
        if len(before) != len(after):
            return f"{where}: {len(before)} items became {len(after)}"
        return None
    return None if before == after else f"{where}: {before!r} became {after!r}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--folder", type=Path, action="append", help="a folder of .txt bulletins (repeatable)")
    args = ap.parse_args(argv)
    now = records(bulletins(args.folder or FOLDERS))
    if args.action == "write":
        args.snapshot.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(now)} bulletins written to {args.snapshot}")
        return 0
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    names = sorted(set(before) | set(now))
    changed = [(name, why) for name in names if (why := first_difference(before.get(name), now.get(name)))]
    for name, why in changed:
        print(f"{name}{why}")
    print(f"{len(now)} bulletins, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
