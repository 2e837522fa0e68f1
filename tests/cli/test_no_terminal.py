"""The app started with no terminal (a script, a pipe, a background job) opens what it was
given into the library and says in a line that it needs one, instead of drawing into a
file and waiting for keys that never come."""

from __future__ import annotations


def test_the_app_without_a_terminal_is_one_line_and_exit_2(run_reader, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Talks\n\nAmara Obi said on Monday that the talks had ended.\n")
    result = run_reader(story)  # stdin and stderr are pipes here, as in a script
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "reader: the app needs a terminal to read keys from and draw on;"
        " to print an analysis, use `reader parse`"
    ]
    assert "Talks" in run_reader("list").stdout  # opened into the library all the same


def test_with_no_terminal_a_missing_file_is_still_told_first(run_reader, tmp_path):
    result = run_reader(tmp_path / "gone.md")
    assert result.returncode == 2
    assert "gone.md" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "draw on" not in result.stderr
