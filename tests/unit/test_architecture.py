"""The core imports no Textual; the parsing package does no I/O of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reader"
CORE = [
    "parsing",
    "timeline",
    "sources",
    "store",
    "model.py",
    "analysis.py",
    "dates.py",
    "parser_version.py",
]
IO_MODULES = {"os", "io", "pathlib", "shutil", "socket", "subprocess", "sqlite3", "httpx", "urllib"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def python_files(*parts: str) -> list[Path]:
    files = []
    for part in parts:
        target = PACKAGE / part
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


@pytest.mark.parametrize("path", python_files(*CORE), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_modules_do_not_import_textual(path):
    assert not {m for m in imported_modules(path) if m.split(".")[0] in {"textual", "rich"}}


@pytest.mark.parametrize("path", python_files("parsing", "timeline"), ids=lambda p: p.name)
def test_parsing_does_no_io_but_reading_its_data(path):
    allowed = (
        {"importlib", "importlib.resources"} if path.name in ("data.py", "words.py") else set()
    )
    used = {m.split(".")[0] for m in imported_modules(path)} - allowed
    assert not used & IO_MODULES
    assert "open(" not in path.read_text(encoding="utf-8")
