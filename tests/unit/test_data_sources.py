"""Every data file the parser and the timelines ship names its source and licence in the
README.md beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.parsing.data import sorted_lines

DATA = Path(__file__).resolve().parents[2] / "reader" / "parsing" / "data"
TIMELINE_DATA = DATA.parents[1] / "timeline" / "data"


@pytest.mark.parametrize("folder", [DATA, TIMELINE_DATA], ids=["parsing", "timeline"])
def test_every_data_file_has_a_source_line(folder):
    readme = (folder / "README.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip().strip("`")
        for line in readme.splitlines()
        if line.startswith("| `")
    }
    files = {path.name for path in folder.iterdir() if path.is_file() and path.name != "README.md"}
    assert files - rows == set(), f"add a line for each new data file to {folder}/README.md"
    assert rows - files == set(), "data/README.md names files that are gone"


def test_data_under_the_gfdl_ships_the_licence_text_and_the_copyright_notice():
    """The GFDL asks a modified version to carry the original's copyright notice and a copy
    of the licence itself."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    gfdl = [
        line.split("|")[1].strip().strip("`")
        for line in readme.splitlines()
        if line.startswith("| `") and "GNU Free Documentation License 1.2 or later" in line
    ]
    assert gfdl, "given_names.txt comes from a GFDL dictionary"
    for name in gfdl:
        licence = DATA / (Path(name).stem + ".GFDL-1.2.txt")
        assert "GNU Free Documentation License" in licence.read_text(encoding="utf-8")
        header = (DATA / name).read_text(encoding="utf-8").split("\n#\n")[1]
        assert "Copyright" in header and licence.name in header


def test_a_list_looked_up_by_bisection_is_sorted():
    """data.sorted_lines trusts the order its files were written in (tools/towns.py)."""
    towns = sorted_lines("towns.txt")
    assert towns and list(towns) == sorted(towns)


def test_the_first_analysis_reads_the_lists_without_importlib_resources():
    """The lists are read through the package's loader: importing importlib.resources (and
    the tempfile, shutil and zipfile modules it brings) cost about 20 ms of the first
    analysis in a process."""
    script = (
        "import sys; from reader.parsing import analyse;"
        " analyse('Mira Holt flew to Lisbon on Friday.');"
        " print(sorted({'importlib.resources', 'tempfile', 'zipfile'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_a_first_analysis_reads_each_list_once():
    """A list read twice is built twice: the 60,000 common words cost about 6% of a
    process's first analysis each time (a headline's verb in the present asks all of them)."""
    script = (
        "import collections, reader.parsing.data as data; reads = collections.Counter();"
        " read = data._read; data._read = lambda name: reads.update([name]) or read(name);"
        " from reader.parsing import analyse;"
        " analyse('Vardonix posts record profit\\n\\nMira Holt flew to Lisbon on Friday.');"
        " print(sorted(name for name, count in reads.items() if count > 1))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
