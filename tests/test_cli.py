"""The command line: inputs (files, stdin, folders, globs), formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import finbulletin
from finbulletin import cli
from finbulletin.frame import ENTITY_COLUMNS, entity_rows
from finbulletin.models import Bulletin, PercentEntity

#: Our own bulletins.
EN = "The Photonics Index rose 2.5% on 2026-03-02, and Acme Optics fell 0.48%.\n"
ZH = "2026年3月2日，光模块指数上涨2.5%，成交额1.28亿元。\r\n"  # Windows line end: offsets must count it
EN2 = "Stocks closed flat; the Acme Chip ETF (512999) gained 1.5%.\n"


@dataclass(frozen=True)
class Done:
    """What a run of the command gave back."""

    returncode: int
    stdout: str
    stderr: str


def run(*args: str, stdin: bytes = b"") -> Done:
    """``python -m finbulletin ARGS`` in a child process; bytes in, UTF-8 out."""
    done = subprocess.run(
        [sys.executable, "-m", "finbulletin", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )
    return Done(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def parsed(text: str, **options: Any) -> dict[str, Any]:
    return finbulletin.parse(text, **options).model_dump(mode="json")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of bulletins: two at the top, one in a sub-folder, one that is not .txt."""
    (tmp_path / "b.txt").write_bytes(EN.encode("utf-8"))
    (tmp_path / "a.txt").write_bytes(ZH.encode("utf-8"))
    (tmp_path / "deeper").mkdir()
    (tmp_path / "deeper" / "c.txt").write_bytes(EN2.encode("utf-8"))
    (tmp_path / "notes.md").write_text("not a bulletin", encoding="utf-8")
    return tmp_path


class PercentParser(finbulletin.Parser):
    """A parser that surely finds entities: every "N%" is a percent (the CLI is tested, not recognition)."""

    def parse(self, text: str, **options: Any) -> Bulletin:
        found = tuple(
            PercentEntity(text=m[0], start=m.start(), end=m.end(), value=float(m[1]))
            for m in re.finditer(r"(\d+(?:\.\d+)?)%", text)
        )
        bulletin = Bulletin(language="en", published=options.get("published"), entities=found)
        bulletin._text = text
        return bulletin


@pytest.fixture
def percent_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "Parser", PercentParser)


# -- through a child process, as people run it ---------------------------------------------


def test_json_of_one_file_is_the_bulletin(corpus: Path) -> None:
    done = run("parse", str(corpus / "b.txt"), "--published", "2026-03-02")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == parsed(EN, published="2026-03-02")


def test_an_undecodable_file_is_skipped_and_the_others_are_parsed(corpus: Path) -> None:
    (corpus / "bad.txt").write_bytes(b"The index rose \xff\xfe 2%.\n")
    done = run(
        "parse", str(corpus / "a.txt"), str(corpus / "bad.txt"), str(corpus / "b.txt"), "--format", "jsonl"
    )
    assert done.returncode == cli.EXIT_SKIPPED
    assert f"skipping {corpus / 'bad.txt'}: not UTF-8 text (byte 0xff at offset 15)" in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records == [
        {"file": str(corpus / "a.txt"), **parsed(ZH)},
        {"file": str(corpus / "b.txt"), **parsed(EN)},
    ]


def test_standard_input(corpus: Path) -> None:
    done = run("parse", "-", "--language", "zh", stdin=ZH.encode("utf-8"))
    assert done.stderr == ""
    assert done.returncode == 0
    assert json.loads(done.stdout) == parsed(ZH, language="zh")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "the following arguments are required"),
        (("parse",), "the following arguments are required: PATH"),
        (("parse", "x.txt", "--published", "11/11/2025"), "not a date in the form YYYY-MM-DD"),
        (("parse", "x.txt", "--format", "xml"), "invalid choice: 'xml'"),
        (("parse", "x.txt", "--language", "fr"), "invalid choice: 'fr'"),
        (("parse", "x.txt", "--jobs", "0"), "not a positive whole number"),
    ],
    ids=["no-command", "no-path", "bad-date", "bad-format", "bad-language", "no-jobs"],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(list(args))
    assert exit_info.value.code == cli.EXIT_USAGE
    assert message in capsys.readouterr().err


def test_usage_error_message_through_the_command() -> None:
    done = run("parse", "x.txt", "--published", "yesterday")
    assert done.returncode == cli.EXIT_USAGE
    assert "not a date in the form YYYY-MM-DD: 'yesterday'" in done.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"finbulletin {finbulletin.__version__}\n"


def test_schema() -> None:
    done = run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == Bulletin.model_json_schema(mode="serialization")


def test_the_console_script_is_installed(corpus: Path) -> None:
    script = Path(sys.executable).with_name("finbulletin")
    if not script.exists():
        pytest.skip("the finbulletin console script is not installed beside this Python")
    done = subprocess.run(
        [str(script), "parse", str(corpus / "b.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout) == parsed(EN)


# -- in this process: inputs ---------------------------------------------------------------


@pytest.mark.slow
def test_worker_processes_give_the_same_records(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    many = corpus / "many"
    many.mkdir()
    for i in range(65):  # more than one batch of 64, so that workers really start
        (many / f"{i:02}.txt").write_text(f"Bulletin {i}: the index rose {i}.5%.", encoding="utf-8")
    assert cli.main(["parse", str(many), "--format", "jsonl", "--jobs", "2"]) == 0
    pooled = capsys.readouterr()
    assert pooled.err == ""
    assert cli.main(["parse", str(many), "--format", "jsonl"]) == 0
    assert pooled.out == capsys.readouterr().out
    assert len(pooled.out.splitlines()) == 65


def test_a_folder_gives_its_txt_files_recursively_in_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", str(corpus), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.pop("file") for r in records] == [str(corpus / n) for n in ("a.txt", "b.txt", "deeper/c.txt")]
    assert records == [parsed(ZH), parsed(EN), parsed(EN2)]


def test_a_glob_pattern_is_expanded(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(corpus / "**" / "c*.txt"), "--format", "jsonl"]) == 0
    assert [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()] == [
        str(corpus / "deeper" / "c.txt")
    ]


def test_a_file_named_twice_is_parsed_once(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(corpus / "b.txt"), str(corpus), "--format", "jsonl"]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [str(corpus / n) for n in ("b.txt", "a.txt", "deeper/c.txt")]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.txt", "no such file or folder"),
        ("empty-folder", "no *.txt files in folder"),
        ("nothing*.txt", "no file matches this pattern"),
    ],
    ids=["missing-file", "empty-folder", "unmatched-glob"],
)
def test_inputs_that_name_nothing_are_reported(
    corpus: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    (corpus / "empty-folder").mkdir()
    assert cli.main(["parse", str(corpus / name), str(corpus / "b.txt"), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert f"skipping {corpus / name}: {reason}" in err
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(corpus / "b.txt")]


def test_files_are_read_as_they_are_byte_order_mark_aside(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ZH.encode("utf-8"))
    assert cli.main(["parse", str(corpus / "a.txt"), str(corpus / "bom.txt"), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [{k: v for k, v in r.items() if k != "file"} for r in records] == [parsed(ZH), parsed(ZH)]


def test_a_file_too_long_for_the_parser_is_skipped(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "Parser", lambda: finbulletin.Parser(max_length=len(EN)))
    (corpus / "long.txt").write_text(EN * 2, encoding="utf-8")
    assert cli.main(["parse", str(corpus / "long.txt"), str(corpus / "b.txt"), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert "more than the limit" in err
    assert len(out.splitlines()) == 1


# -- in this process: formats --------------------------------------------------------------


def test_json_of_several_files_is_an_array_with_file_names(
    corpus: Path, capsys: pytest.CaptureFixture[str], percent_parser: None
) -> None:
    assert cli.main(["parse", str(corpus / "a.txt"), str(corpus / "b.txt")]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in records] == [str(corpus / "a.txt"), str(corpus / "b.txt")]
    assert [r["entities"][0]["text"] for r in records] == ["2.5%", "2.5%"]


def test_json_of_a_folder_is_an_array_even_with_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "only.txt").write_text(EN, encoding="utf-8")
    assert cli.main(["parse", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"file": str(tmp_path / "only.txt"), **parsed(EN)}]


def test_json_array_stays_valid_when_every_file_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_bytes(b"\xff")
    assert cli.main(["parse", str(tmp_path / "x.txt"), str(tmp_path / "y.txt")]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_csv_has_one_row_per_entity_with_its_values(
    corpus: Path, capsys: pytest.CaptureFixture[str], percent_parser: None
) -> None:
    files = [str(corpus / "a.txt"), str(corpus / "b.txt")]
    assert cli.main(["parse", *files, "--format", "csv", "--published", "2026-03-02"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        csv_row(file=files[0], text="2.5%", start=ZH.index("2.5%"), value="2.5"),
        csv_row(file=files[1], text="2.5%", start=EN.index("2.5%"), value="2.5"),
        csv_row(file=files[1], text="0.48%", start=EN.index("0.48%"), value="0.48"),
    ]


def csv_row(*, file: str, text: str, start: int, value: str) -> dict[str, str]:
    """A percent's CSV row: its values, "false" for percentage_points, and empty cells for the rest."""
    row = dict.fromkeys(["file", *ENTITY_COLUMNS], "")
    end = start + len(text)
    row.update(file=file, kind="percent", text=text, start=str(start), end=str(end), value=value)
    row["percentage_points"] = "false"
    return row


def test_csv_rows_equal_the_real_parsers_entities(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(corpus), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    expected = [
        [name, row["kind"], row["text"], str(row["start"]), str(row["end"])]
        for name, text in (("a.txt", ZH), ("b.txt", EN), ("deeper/c.txt", EN2))
        for row in entity_rows(finbulletin.parse(text))
    ]
    got = [
        [Path(r["file"]).relative_to(corpus).as_posix(), r["kind"], r["text"], r["start"], r["end"]]
        for r in rows
    ]
    assert got == expected


def test_csv_header_is_written_even_without_entities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert cli.main(["parse", str(tmp_path / "empty.txt"), "--format", "csv"]) == 0
    assert capsys.readouterr().out == ",".join(["file", *ENTITY_COLUMNS]) + "\n"


def test_table_is_for_people(
    corpus: Path, capsys: pytest.CaptureFixture[str], percent_parser: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    assert cli.main(["parse", str(corpus / "a.txt"), str(corpus / "b.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert f"{corpus / 'a.txt'} · en · published unknown · 1 entity, 0 movements, 0 forecasts" in out
    assert "PERCENT (2)" in out
    assert "  0.48%  0.48%" in out.splitlines()


# -- progress ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "shown"),
    [("--progress", True), ("--no-progress", False), (None, False)],
    ids=["on", "off", "auto"],
)
def test_progress_bar_on_standard_error(
    corpus: Path, capsys: pytest.CaptureFixture[str], flag: str | None, shown: bool
) -> None:
    args = ["parse", str(corpus), "--format", "jsonl", *([flag] if flag else [])]
    assert cli.main(args) == 0
    out, err = capsys.readouterr()
    assert ("3/3" in err) is shown  # standard error is no terminal here, so "auto" shows nothing
    assert len(out.splitlines()) == 3


def test_skip_messages_and_progress_bar_share_standard_error(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "bad.txt").write_bytes(b"\xff")
    assert cli.main(["parse", str(corpus), "--format", "jsonl", "--progress"]) == 1
    err = capsys.readouterr().err
    assert "4/4" in err
    assert f"skipping {corpus / 'bad.txt'}: not UTF-8 text" in err
