"""The documentation site: it builds with --strict, its Python examples run, and it keeps up with the code."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from finbulletin import cli
from finbulletin.frame import VALUE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

#: A fenced Python block of a page.
PYTHON_BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)


def test_there_are_pages() -> None:
    names = {p.name for p in PAGES}
    for page in ("index.md", "record.md", "entities.md", "cli.md", "spacy.md", "performance.md", "api.md"):
        assert page in names


@pytest.mark.slow
def test_site_builds_strictly(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None:
        pytest.skip("mkdocs and mkdocstrings are not installed (pip install 'finbulletin[docs]')")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"),
         "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for page in PAGES:
        built = tmp_path / "site" / ("" if page.stem == "index" else page.stem) / "index.html"
        assert built.exists(), page.name
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("finbulletin.api.parse", "finbulletin.api.Parser", "finbulletin.frame.to_frame"):
        assert f'id="{name}"' in api


def test_every_page_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in PAGES:
        assert f": {page.name}" in config, page.name


@pytest.mark.parametrize(
    "page", [p for p in PAGES if PYTHON_BLOCK.search(p.read_text(encoding="utf-8"))], ids=str
)
def test_python_examples_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {"__name__": "docs_example"}  # "__main__" guards stay shut
    for block in PYTHON_BLOCK.finditer(page.read_text(encoding="utf-8")):
        exec(compile(block["code"], f"{page.name} example", "exec"), namespace)


def test_cli_page_names_every_option_and_column() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parse_command = next(action for action in cli._arguments()._actions if action.dest == "command").choices[
        "parse"
    ]  # type: ignore[index]
    for action in parse_command._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}`" in text, option
    for column in VALUE_COLUMNS:
        assert f"`{column}`" in text, column


def test_notebooks_page_names_every_column() -> None:
    text = (DOCS / "notebooks.md").read_text(encoding="utf-8")
    for column in VALUE_COLUMNS:
        assert f"`{column}`" in text, column


def test_spacy_page_names_every_setting() -> None:
    import spacy

    text = (DOCS / "spacy.md").read_text(encoding="utf-8")
    spacy.blank("en")  # loads the entry point, which registers the factory
    settings = spacy.Language.get_factory_meta("finbulletin").default_config or {}
    for name in settings:
        assert f"`{name}`" in text, name
