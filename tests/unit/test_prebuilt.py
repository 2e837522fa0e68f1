"""The lexicon's word sets come built ahead of time (reader.parsing.prebuilt): the same
sets as built from the word lists, and built as usual when a list has changed since the
file was made, or the file is damaged."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.parsing import lexicon, prebuilt

REPO = Path(__file__).resolve().parents[2]


def test_the_word_sets_from_the_file_are_those_built_from_the_lists():
    assert prebuilt.word_sets() == lexicon.word_sets()


def test_a_first_lexicon_builds_no_word_set_the_file_holds():
    """Building them cost a fifth of a process's first analysis."""
    script = (
        "from reader.parsing import lexicon\n"
        "def built(): raise AssertionError('built')\n"
        "lexicon.word_sets = built\n"
        "print(len(lexicon.lexicon().places))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr


def test_a_word_list_changed_since_the_file_was_made_has_the_sets_built(monkeypatch):
    read = prebuilt.package_bytes

    def edited(package: str, *path: str) -> bytes:
        return read(package, *path) + (b"Velkor Bay\n" if path[-1] == "cities.txt" else b"")

    monkeypatch.setattr(prebuilt, "package_bytes", edited)
    assert prebuilt.word_sets() is None


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00garbage", marshal.dumps(("x", 1)), marshal.dumps(([("x",)], 1, {}))],
)
def test_a_damaged_file_has_the_sets_built(monkeypatch, damage):
    monkeypatch.setattr(prebuilt, "binary", lambda name: damage)
    assert prebuilt.word_sets() is None
