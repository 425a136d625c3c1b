"""The ``finbulletin`` command line (also ``python -m finbulletin``).

Commands:

- ``finbulletin parse PATH... [--format json|jsonl|table|csv]``: parse bulletin files, ``-``
  for standard input, folders (every ``*.txt`` below them) and glob patterns (``"notes/**/*.txt"``).
- ``finbulletin schema``: print the JSON Schema of the records ``parse`` writes.
- ``finbulletin --version``.

Output formats of ``parse``:

- ``json`` (default): for one file argument, the Bulletin as JSON
  (``model_dump(mode="json")``); for several files, a folder or a glob, a JSON array of
  them, each with a ``"file"`` field first.
- ``jsonl``: one Bulletin per line, each with ``"file"``.
- ``csv``: one row per entity: ``file``, ``kind``, ``text``, ``start``, ``end``, then the
  normalised fields of every kind (:data:`finbulletin.frame.VALUE_COLUMNS`), empty where
  a kind has no such field.
- ``table``: entities by kind with their values, movements and forecasts, for people.

Files are read as UTF-8 (a leading byte-order mark is dropped; line ends are kept as they
are, so offsets index the file's text). A file that cannot be read or decoded is reported
on standard error and skipped; the others are still parsed.

Exit status: 0 when every file was parsed, 1 when some were skipped, 2 on a usage error
(130 when interrupted with Ctrl-C).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import io
import json
import os
import shutil
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from tqdm import tqdm

from finbulletin import __version__
from finbulletin.api import Parser
from finbulletin.display import render_text
from finbulletin.frame import ENTITY_COLUMNS, entity_rows
from finbulletin.models import Bulletin

#: Exit status: every file parsed.
EXIT_OK = 0
#: Exit status: some files could not be read or decoded and were skipped.
EXIT_SKIPPED = 1
#: Exit status: the command line was wrong (argparse's own status).
EXIT_USAGE = 2
#: Exit status: stopped with Ctrl-C (the shell's convention, 128 + SIGINT).
EXIT_INTERRUPTED = 130

#: The name standard input goes by.
STDIN = "-"

#: With this many files or more, a progress bar is shown on a terminal's standard error.
PROGRESS_MIN_FILES = 10

#: Characters that make an argument a glob pattern.
_GLOB_CHARS = frozenset("*?[")

_EPILOG = """\
exit status: 0 every file parsed; 1 some files could not be read or decoded and were
skipped (each is reported on standard error); 2 usage error; 130 interrupted.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    Example:
        >>> main(["--version"])
        Traceback (most recent call last):
        ...
        SystemExit: 0
    """
    args = _arguments().parse_args(argv)
    _utf8(sys.stdout)
    try:
        if args.command == "schema":
            print(json.dumps(Bulletin.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False))
            return EXIT_OK
        return _parse_command(args)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("finbulletin: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="finbulletin",
        description="Typed records from Chinese financial market bulletins, in Chinese or English.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"finbulletin {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse bulletin files and print their records",
        description="Parse bulletin files and print their records.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, '-' for standard input, a folder (every *.txt below it) or a glob pattern",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=("json", "jsonl", "table", "csv"),
        default="json",
        help="json (default): one object, or an array for several files; jsonl: one bulletin a line; "
        "csv: one row per entity; table: for people",
    )
    p.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="reference date for relative periods (default: the bulletin's own date line)",
    )
    p.add_argument("--language", choices=("en", "zh"), help="the bulletins' language (default: detect)")
    p.add_argument(
        "-j", "--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)"
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress bar on standard error (default: on a terminal with {PROGRESS_MIN_FILES}+ files)",
    )
    sub.add_parser(
        "schema",
        help="print the JSON Schema of the records",
        description="Print the JSON Schema of the Bulletin records that 'parse --format json' writes.",
    )
    return ap


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _positive(value: str) -> int:
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")


# -- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    """One input: a file or standard input, under the name the output gives it."""

    name: str
    path: Path | None  # None for standard input


@dataclass
class _Run:
    """What ``parse`` has done so far."""

    bar: tqdm[Any] | None = None
    skipped: list[str] = field(default_factory=list)

    def skip(self, name: str, reason: str) -> None:
        """Report an input that is left out."""
        self.skipped.append(name)
        self.say(f"finbulletin: skipping {name}: {reason}")

    def say(self, message: str) -> None:
        """Print a message on standard error, above the progress bar if there is one."""
        if self.bar is None:
            print(message, file=sys.stderr)
        else:
            self.bar.write(message, file=sys.stderr)

    def tick(self) -> None:
        """Count one input as done."""
        if self.bar is not None:
            self.bar.update(1)


def _expand(paths: Sequence[str], run: _Run) -> list[_Source]:
    """The inputs the arguments name, in order, each once; unknown names are reported."""
    sources: dict[str, _Source] = {}
    for arg in paths:
        found = _expand_one(arg)
        if isinstance(found, str):
            run.skip(arg, found)
        for source in () if isinstance(found, str) else found:
            sources.setdefault(source.name, source)
    return list(sources.values())


def _expand_one(arg: str) -> list[_Source] | str:
    """The inputs one argument names, or why it names none."""
    if arg == STDIN:
        return [_Source(STDIN, None)]
    path = Path(arg)
    if path.is_dir():
        return _folder(path) or f"no *.txt files in folder {arg}"
    if path.exists():
        return [_Source(arg, path)]
    if _GLOB_CHARS & set(arg):
        matches = [Path(match) for match in sorted(glob.glob(arg, recursive=True))]
        found = [
            s
            for match in matches
            for s in (_folder(match) if match.is_dir() else [_Source(str(match), match)])
        ]
        return found or "no file matches this pattern"
    return "no such file or folder"


def _folder(path: Path) -> list[_Source]:
    return [_Source(str(p), p) for p in sorted(path.rglob("*.txt")) if p.is_file()]


def _read(source: _Source) -> str:
    """The text of a file or of standard input, decoded as UTF-8, line ends untouched.

    Raises:
        OSError: the file cannot be read.
        UnicodeDecodeError: it is not UTF-8.
    """
    data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    return data.decode("utf-8-sig")


def _why(exc: Exception) -> str:
    """A short reason for a file that could not be read."""
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _texts(sources: Sequence[_Source], parser: Parser, names: deque[str], run: _Run) -> Iterator[str]:
    """The texts of the readable sources; their names are queued on ``names`` in step."""
    for source in sources:
        try:
            text = _read(source)
        except (OSError, UnicodeDecodeError) as exc:
            run.skip(source.name, _why(exc))
            run.tick()
            continue
        if len(text) > parser.max_length:
            run.skip(source.name, f"{len(text):,} characters, more than the limit of {parser.max_length:,}")
            run.tick()
            continue
        names.append(source.name)
        yield text


# -- outputs ------------------------------------------------------------------------------


class _Writer(Protocol):
    def write(self, name: str, bulletin: Bulletin) -> None: ...

    def close(self) -> None: ...


class _JsonOne:
    """``--format json`` for one file: the Bulletin object."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, name: str, bulletin: Bulletin) -> None:
        self.out.write(json.dumps(bulletin.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class _JsonArray:
    """``--format json`` for several files: an array of Bulletins with ``"file"``, streamed."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0

    def write(self, name: str, bulletin: Bulletin) -> None:
        item = json.dumps(_with_file(name, bulletin), indent=2, ensure_ascii=False)
        self.out.write(("[\n" if self.count == 0 else ",\n") + "  " + item.replace("\n", "\n  "))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


class _JsonLines:
    """``--format jsonl``: one Bulletin with ``"file"`` per line."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, name: str, bulletin: Bulletin) -> None:
        self.out.write(json.dumps(_with_file(name, bulletin), ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class _Csv:
    """``--format csv``: one row per entity."""

    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(["file", *ENTITY_COLUMNS])

    def write(self, name: str, bulletin: Bulletin) -> None:
        for row in entity_rows(bulletin):
            self.writer.writerow([name, *(_csv_cell(row[column]) for column in ENTITY_COLUMNS)])

    def close(self) -> None:
        pass


class _Table:
    """``--format table``: plain-text tables, as wide as the terminal."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.width = shutil.get_terminal_size((100, 24)).columns
        self.count = 0

    def write(self, name: str, bulletin: Bulletin) -> None:
        self.out.write(
            ("" if self.count == 0 else "\n") + render_text(bulletin, name=name, width=self.width) + "\n"
        )
        self.count += 1

    def close(self) -> None:
        pass


def _with_file(name: str, bulletin: Bulletin) -> dict[str, Any]:
    return {"file": name, **bulletin.model_dump(mode="json")}


def _csv_cell(value: object) -> str:
    """How a value is written in a CSV cell: as in JSON, with nothing for null.

    Example:
        >>> [_csv_cell(v) for v in (None, True, 0.48, 5e12, 12, dt.date(2025, 11, 11), "CSI 300")]
        ['', 'true', '0.48', '5000000000000.0', '12', '2025-11-11', 'CSI 300']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _writer(fmt: str, one: bool, out: IO[str]) -> _Writer:
    if fmt == "jsonl":
        return _JsonLines(out)
    if fmt == "csv":
        return _Csv(out)
    if fmt == "table":
        return _Table(out)
    return _JsonOne(out) if one else _JsonArray(out)


# -- parse --------------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace) -> int:
    run = _Run()
    sources = _expand(args.paths, run)
    one = len(args.paths) == 1 and (args.paths[0] == STDIN or Path(args.paths[0]).is_file())
    show = args.progress
    if show is None:
        show = len(sources) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
    run.bar = tqdm(total=len(sources), unit="file", file=sys.stderr, disable=not show, dynamic_ncols=True)
    writer = _writer(args.format, one, sys.stdout)
    parser = Parser()
    names: deque[str] = deque()
    texts = _texts(sources, parser, names, run)
    try:
        for bulletin in parser.parse_many(
            texts, published=args.published, language=args.language, n_process=args.jobs
        ):
            writer.write(names.popleft(), bulletin)
            run.tick()
        writer.close()
    finally:
        run.bar.close()
    if run.skipped:
        print(f"finbulletin: {len(run.skipped)} input(s) skipped; see the messages above", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _utf8(stream: IO[str]) -> None:
    """Write UTF-8 whatever the locale says, so Chinese text always gets through."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")


def _silence_stdout() -> None:
    """Point standard output at the null device, so Python's exit flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
