"""The cache when another program, the disk or the file system got at it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def reader(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def cache() -> Path:
    return Path(os.environ["READER_CACHE_DIR"])  # set by the autouse fixture


def notices(folder: Path, count: int) -> Path:
    """`count` short articles, each with its own title and date."""
    folder.mkdir()
    for n in range(count):
        (folder / f"notice-{n:02d}.md").write_text(
            f"---\ntitle: Harbour notice {n}\npublished: 2023-05-{n + 1:02d}\n---\n"
            f"Berth {n} at the Dunmore quay closes on {n + 1} June for dredging.\n"
        )
    return folder


def test_a_title_no_longer_utf8_spoils_that_line_only(tmp_path, cache):
    assert reader("add", str(notices(tmp_path / "n", 3))).returncode == 0
    with sqlite3.connect(cache / "reader.db") as other:
        other.execute(
            "UPDATE articles SET title = CAST(X'4265727468ff' AS TEXT) WHERE title LIKE '%1'"
        )
    listed = reader("list")
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 3 and "Berth\ufffd" in listed.stdout
    assert "not valid UTF-8" in listed.stderr
    assert len(json.loads(reader("list", "--json").stdout)) == 3
