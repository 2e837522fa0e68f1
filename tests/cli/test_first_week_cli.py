"""CLI tests for what a first week of use found (issue 11), one per item."""

from __future__ import annotations

MARKDOWN_STORY = (
    "# Ministers meet\n\n"
    "On **June 27**, the foreign ministers held a meeting in "
    "[Arlington, Virginia](https://example.org/wiki/Arlington,_Virginia_(county)) "
    "with *Maria Lopez* and officials.\n\n"
    "The talks ended on 29 June 2023 after `three` days, the "
    "[State Department](https://example.org/a.b.c) said.\n"
)


def test_item_3_text_output_shows_summaries_as_plain_text(run_reader, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(MARKDOWN_STORY, encoding="utf-8")
    result = run_reader("parse", story, "--published", "2023-06-29", "--format", "text")
    assert result.returncode == 0, result.stderr
    chronology = result.stdout.split("Chronology", 1)[1]
    assert "meeting in Arlington, Virginia with Maria Lopez and officials" in chronology
    assert "after three days, the State Department said" in chronology
    for mark in ("**", "](", "`", "*Maria", "…"):
        assert mark not in chronology, mark
