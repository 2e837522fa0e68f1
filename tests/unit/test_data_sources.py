"""Every data file the parser ships names its source and licence in data/README.md."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "reader" / "parsing" / "data"


def test_every_data_file_has_a_source_line():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip().strip("`")
        for line in readme.splitlines()
        if line.startswith("| `")
    }
    files = {path.name for path in DATA.iterdir() if path.is_file() and path.name != "README.md"}
    assert files - rows == set(), (
        "add a line for each new data file to reader/parsing/data/README.md"
    )
    assert rows - files == set(), "data/README.md names files that are gone"
