"""CLI tests for what a first week of use found (issue 11), one per item."""

from __future__ import annotations

import json

import pytest

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


PAGE = (
    "<html><head><title>Harbour reopens</title></head><body><article>"
    "<h1>Harbour reopens</h1>"
    + "".join(
        f"<p>On 3 March 2021 the harbour master of Wick, Ann Ross, reopened quay {n} "
        "after the winter storms had closed it for repairs.</p>"
        for n in range(1, 8)
    )
    + "</article></body></html>"
)


def folder_of_kinds(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("Ferry returns\nThe ferry returned on 2 May 2021.\n")
    (folder / "b.html").write_text(PAGE)
    (folder / "empty.md").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    return folder


def test_item_8_add_folder_reads_html_and_names_each_file_skipped(run_reader, tmp_path):
    result = run_reader("add", folder_of_kinds(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Ferry returns" in result.stdout and "Harbour reopens" in result.stdout
    warnings = result.stderr.splitlines()
    assert len(warnings) == 2, warnings
    assert any("empty.md" in w for w in warnings) and any("binary.txt" in w for w in warnings)


def test_item_8_parse_folder_reads_html_files(run_reader, tmp_path):
    result = run_reader("parse", folder_of_kinds(tmp_path), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "Harbour reopens" in result.stdout and "Ferry returns" in result.stdout


def test_item_8_an_empty_argument_is_an_error(run_reader, tmp_path):
    for args in ([""], ["add", ""], ["parse", ""], ["parse", "", "--format", "jsonl"]):
        result = run_reader(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "empty" in result.stderr, (args, result.stderr)


def test_item_8_list_json_and_opml_together_is_a_usage_error(run_reader):
    result = run_reader("list", "--json", "--opml")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "--opml" in result.stderr


def test_item_14_markdown_nests_actors_under_kind_headings(run_reader, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(MARKDOWN_STORY, encoding="utf-8")
    result = run_reader("parse", story, "--published", "2023-06-29", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    actors = lines[lines.index("## Actors") + 1 : lines.index("## Chronology")]
    headings = [line for line in actors if line.startswith("### ")]
    assert "### People" in headings and "### Places" in headings
    assert not any(line in ("- People", "- Places") for line in lines)
    people = actors[actors.index("### People") + 1 :]
    assert people[1].startswith("- Maria Lopez")  # after the blank line, under its heading


@pytest.mark.parametrize(
    "top",
    [
        "Published: 27 June 2023",
        "Published on Tuesday, June 27, 2023",
        "OSLO, June 27, 2023 — The harbour council met.",
        "Posted 2023-06-27",
    ],
)
def test_item_12_a_published_line_or_dateline_is_the_publication_date(run_reader, tmp_path, top):
    story = tmp_path / "story.txt"
    story.write_text(f"Harbour council meets\n{top}\nThe council met on Monday in Oslo.\n")
    doc = json.loads(run_reader("parse", story).stdout)
    assert doc["published"] == "2023-06-27"
    assert doc["events"][0]["date"] == "2023-06-26"  # "Monday" read against that day
