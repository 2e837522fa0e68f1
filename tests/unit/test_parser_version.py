"""The parser's version follows its files, and is not hashed again while they stay as
they were (reader.parser_version)."""

from __future__ import annotations

import os
from hashlib import sha256

import pytest

from reader import parser_version as pv


def _package(folder):
    """A small stand-in for the parsing package: code, data, and compiled files."""
    (folder / "data").mkdir(parents=True)
    (folder / "__pycache__").mkdir()
    (folder / "rules.py").write_text("WORDS = 'made up'\n", encoding="utf-8")
    (folder / "data" / "words.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    (folder / "data" / "cues.json").write_text('{"soon": 1}\n', encoding="utf-8")
    (folder / "data.py").write_text("LOADED = True\n", encoding="utf-8")
    (folder / "data" / "README.md").write_text("not part of the version\n", encoding="utf-8")
    (folder / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\x00compiled")
    return folder


def _digest_of(folder) -> str:
    """The digest as it is defined: each file's path and bytes, in path order."""
    digest = sha256()
    for name in ("data/cues.json", "data/words.txt", "data.py", "rules.py"):
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture
def hashed(monkeypatch):
    """Counts the times the files' contents are hashed."""
    calls = []
    real = pv._digest

    def counted(folder, files):
        calls.append(folder)
        return real(folder, files)

    monkeypatch.setattr(pv, "_digest", counted)
    return calls


def test_the_version_is_a_digest_of_the_code_and_data_files(tmp_path):
    folder = _package(tmp_path / "parsing")
    assert pv.version_of(folder) == _digest_of(folder)


def test_files_as_they_were_are_not_hashed_again(tmp_path, hashed):
    folder = _package(tmp_path / "parsing")
    first = pv.version_of(folder)
    assert pv.version_of(folder) == first
    assert len(hashed) == 1


def test_a_changed_file_changes_the_version(tmp_path, hashed):
    folder = _package(tmp_path / "parsing")
    first = pv.version_of(folder)
    words = folder / "data" / "words.txt"
    stat = words.stat()
    words.write_text("alpha\ngamma\n", encoding="utf-8")  # the same size
    os.utime(words, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert pv.version_of(folder) == _digest_of(folder) != first
    assert len(hashed) == 2


def test_a_new_file_changes_the_version(tmp_path):
    folder = _package(tmp_path / "parsing")
    first = pv.version_of(folder)
    (folder / "more_rules.py").write_text("MORE = 1\n", encoding="utf-8")
    assert pv.version_of(folder) != first


def test_a_kept_version_of_other_files_is_not_believed(tmp_path, hashed):
    folder = _package(tmp_path / "parsing")
    pv.version_of(folder)
    kept = folder / "__pycache__" / pv.KEPT
    stamp, _ = kept.read_text(encoding="ascii").split()
    kept.write_text(f"{stamp[::-1]} 0123456789abcdef\n", encoding="ascii")
    assert pv.version_of(folder) == _digest_of(folder)
    assert len(hashed) == 2


def test_a_folder_that_cannot_be_written_still_gives_the_version(tmp_path, hashed):
    folder = _package(tmp_path / "parsing")
    (folder / "__pycache__" / "rules.cpython-311.pyc").unlink()
    (folder / "__pycache__").rmdir()
    (folder / "__pycache__").write_text("a file where the folder would be", encoding="utf-8")
    assert pv.version_of(folder) == pv.version_of(folder) == _digest_of(folder)
    assert len(hashed) == 2  # nothing kept: hashed each time
