"""A FIFO or a device with an article's name is refused at once, never read forever."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.sources import SourceError, load


def test_a_fifo_named_like_an_article_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)  # no writer: opening it for reading would wait for one
    done = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stderr == f"reader: not a regular file: {fifo}\n"


@pytest.mark.parametrize("name", ["zeros.txt", "zeros.html"])
def test_a_device_named_like_an_article_is_refused(tmp_path, name):
    device = tmp_path / name
    device.symlink_to("/dev/zero")
    with pytest.raises(SourceError, match=f"^not a regular file: {device}$"):
        load(str(device))


def test_a_loop_of_links_is_said_to_be_one(tmp_path):
    """It was 'no such file or folder', though 'ls' lists both links."""
    (tmp_path / "quay.txt").symlink_to(tmp_path / "harbour.txt")
    (tmp_path / "harbour.txt").symlink_to(tmp_path / "quay.txt")
    with pytest.raises(SourceError, match="^Too many levels of symbolic links: .*quay.txt$"):
        load(str(tmp_path / "quay.txt"))
    for missing in ("tide.txt", "ti\0de.txt"):  # no path holds a NUL
        with pytest.raises(SourceError, match="^no such file or folder: .*tide.txt$"):
            load(str(tmp_path / missing))


@pytest.mark.parametrize(
    "sidecar", ["[" * 100_000 + "]" * 100_000, '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}"]
)
def test_a_sidecar_nested_past_the_stack_is_no_sidecar(tmp_path, sidecar):
    """JSON is read by recursion: nested a hundred thousand deep, a sidecar ended
    'reader parse' of its article in a traceback (RecursionError)."""
    (tmp_path / "quay.txt").write_text("The Velkor quay reopens on 5 June 2023.\n")
    (tmp_path / "quay.json").write_text(sidecar)
    (article,) = load(str(tmp_path / "quay.txt"))
    assert article.text.startswith("The Velkor quay reopens")
