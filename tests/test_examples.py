"""The examples run: parse_folder.py writes the entities of a folder, the notebook executes headless."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import finbulletin

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

#: Our own bulletins, one of them in a sub-folder, one not UTF-8.
FILES = {
    "a.txt": "The Photonics Index rose 2.5% on 2026-03-02; Acme Optics fell 0.48%.\n",
    "deeper/b.txt": "2026年3月2日，光模块指数上涨2.5%，成交额1.28亿元。\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "bulletins"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "latin1.txt").write_bytes("caf\xe9 2%".encode("latin-1"))
    return root


def expected_frame(texts: dict[str, str]) -> pd.DataFrame:
    return finbulletin.to_frame({name: finbulletin.parse(text) for name, text in texts.items()})


def load_parse_folder() -> Any:
    """examples/parse_folder.py as a module, to call its ``main`` in this process."""
    spec = importlib.util.spec_from_file_location("parse_folder", EXAMPLES / "parse_folder.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_parse_folder_run_as_a_script_with_worker_processes(folder: Path, tmp_path: Path) -> None:
    """One run of the script as people run it: the worker processes need its ``__main__`` guard."""
    many = {
        f"many/{i:03}.txt": f"Bulletin {i}: the CSI 300 Index rose {i % 7}.5% on 2026-03-02."
        for i in range(70)
    }
    for name, text in many.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "entities.csv"
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "parse_folder.py"), str(folder), "--out", str(out), "--jobs", "2"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"skipping {folder / 'latin1.txt'}" in done.stderr
    expected = expected_frame({**FILES, **many})  # the files come in sorted order: a.txt, deeper/, many/
    assert done.stdout.strip().startswith(
        f"{len(FILES) + len(many)} files, {len(expected)} entities -> {out}"
    )
    written = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert list(written.columns) == list(expected.columns)
    assert (
        written[["doc", "kind", "text"]].values.tolist() == expected[["doc", "kind", "text"]].values.tolist()
    )
    assert written["start"].astype(int).tolist() == expected["start"].tolist()
    if importlib.util.find_spec("pyarrow") is not None:
        parquet = pd.read_parquet(out.with_suffix(".parquet"))
        for column in ("start_date", "end_date"):  # Parquet has no seconds unit: milliseconds come back
            parquet[column] = parquet[column].astype(expected[column].dtype)
        pd.testing.assert_frame_equal(parquet, expected)


def test_parse_folder_without_parquet(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "entities.csv"
    assert load_parse_folder().main([str(folder), "--out", str(out), "--no-parquet"]) == 0
    expected = expected_frame(FILES)
    assert capsys.readouterr().out == f"2 files, {len(expected)} entities -> {out}\n"
    written = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert (
        written[["doc", "kind", "text"]].values.tolist() == expected[["doc", "kind", "text"]].values.tolist()
    )
    assert not out.with_suffix(".parquet").exists()


@pytest.mark.slow
def test_quickstart_notebook_runs_headless(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "examples").mkdir()
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path / "examples")}},
    )
    client.execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.get("output_type") == "error"]
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any('class="finbulletin"' in h for h in html), "no rich display of a Bulletin"
    assert any("<table" in h and "start_date" in h for h in html), "no DataFrame"
    seed = next((ROOT / "seeds").glob("*.txt"))
    assert seed.name in outputs[0]["data"]["text/plain"]


def test_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)
