"""The app started with no terminal (a script, a pipe, a background job) opens what it was
given into the library and says in a line that it needs one, instead of drawing into a
file and waiting for keys that never come."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from reader.cli.open_app import NO_TERMINAL


def test_the_app_without_a_terminal_is_one_line_and_exit_2(run_reader, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Talks\n\nAmara Obi said on Monday that the talks had ended.\n")
    result = run_reader(story)  # stdin and stderr are pipes here, as in a script
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == ["reader: " + NO_TERMINAL]
    assert "Talks" in run_reader("list").stdout  # opened into the library all the same


def test_with_no_terminal_a_missing_file_is_still_told_first(run_reader, tmp_path):
    result = run_reader(tmp_path / "gone.md")
    assert result.returncode == 2
    assert "gone.md" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "draw on" not in result.stderr


def test_a_stream_closed_at_start_is_no_terminal_and_no_crash(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Talks\n\nAmara Obi said on Monday that the talks had ended.\n")
    env = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    command = f"exec 0<&- 1>&-; {shlex.quote(sys.executable)} -m reader {shlex.quote(str(story))}"
    done = subprocess.run(command, shell=True, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == ["reader: " + NO_TERMINAL]


def test_an_output_that_cannot_be_written_is_said_and_fails(tmp_path):
    """A full disk is no closed pipe: the end of the output is lost, so it is said."""
    script = (
        "import io, sys\n"
        "from reader.cli.common import end_process\n"
        "class Full(io.StringIO):\n"
        "    def flush(self):\n"
        "        raise OSError(28, 'No space left on device')\n"
        "sys.stdout = Full()\n"
        "end_process(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr == "reader: the output could not be written: No space left on device\n"
