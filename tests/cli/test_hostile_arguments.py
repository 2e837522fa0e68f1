"""Odd command lines a user may type: one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

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
