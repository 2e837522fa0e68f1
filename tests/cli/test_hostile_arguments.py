"""Odd command lines a user may type: one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HUGE = "9" * 30  # past SQLite's 64-bit integers


@pytest.mark.parametrize("command", ["export", "remove"])
def test_an_entry_number_too_large_for_the_library_is_no_entry(run_reader, command):
    result = run_reader(command, HUGE)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("command", ["export", "remove"])
@pytest.mark.parametrize("digits", ["²", "٣", "12"])  # a superscript, Arabic-Indic, fullwidth
def test_digits_of_other_scripts_are_no_entry_number(run_reader, command, digits):
    result = run_reader(command, digits)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def _undecodable(path) -> str:
    """A file name with a byte that is no UTF-8, as Python hands it over in argv."""
    return os.fsdecode(os.fsencode(str(path)) + b"\xff.txt")


@pytest.mark.parametrize("command", ["parse", "add", "export", "remove"])
def test_a_missing_file_whose_name_is_no_utf8_is_one_line(run_reader, tmp_path, command):
    result = run_reader(command, _undecodable(tmp_path / "gone"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_file_whose_name_is_no_utf8_is_added_and_removed_by_that_name(run_reader, tmp_path):
    name = _undecodable(tmp_path / "quay")
    with open(os.fsencode(name), "w") as file:
        file.write("Quay repairs begin\n\nWorkers from Velkor repaired the quay on Monday.\n")
    assert run_reader("add", name).returncode == 0
    removed = run_reader("remove", name)
    assert removed.returncode == 0, removed.stderr
    assert "Quay repairs begin" in removed.stdout


def test_a_timeline_name_that_is_no_utf8_is_read_without_the_stray_byte(run_reader):
    result = run_reader("timeline", os.fsdecode(b"Vel\xffkor"))
    assert result.returncode == 0
    assert result.stdout.strip() == "No dated events for Velkor."


@pytest.mark.parametrize("host", [os.fsdecode(b"\xff"), "", "two words"])
def test_a_host_to_serve_on_that_is_no_host_name_is_one_line(run_reader, host):
    result = run_reader("serve", "--host", host, "--port", "1")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--host" in result.stderr


def test_an_export_to_dash_goes_to_stdout_not_to_a_file_named_dash(tmp_path):
    story = tmp_path / "quay.md"
    story.write_text("Workers from Velkor repaired the quay on Monday.\n")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--no-cache", "export", str(story), "-o", "-"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Velkor" in result.stdout and not (tmp_path / "-").exists()


def test_a_file_name_too_long_for_the_file_system_fails_alone(run_reader, tmp_path):
    good = tmp_path / "quay.md"
    good.write_text("Workers from Velkor repaired the quay on Monday.\n")
    too_long = str(tmp_path / ("n" * 300 + ".md"))
    result = run_reader("add", str(good), too_long)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "File name too long" in result.stderr
    assert "quay" in run_reader("list").stdout
    assert run_reader("parse", too_long).returncode == 2


ESCAPE = "\x1b]0;TITLEPAYLOAD\x07"  # sets the window title


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{article}", "-o", f"/nonexistent{ESCAPE}/notes.md"],
        [f"--cache-dir=/proc/gone{ESCAPE}", "list"],
        ["list", f"--bogus{ESCAPE}"],
    ],
)
def test_an_argument_quoted_in_a_message_is_cleaned(run_reader, tmp_path, command):
    """A name a script passes on may hold an escape sequence: quoted in a message, it
    set the terminal's title."""
    article = tmp_path / "quay.md"
    article.write_text("The Velkor quay reopens on 5 June 2023.\n")
    result = run_reader(*(part.format(article=article) for part in command))
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr, result.stderr
    assert result.stderr.strip()
