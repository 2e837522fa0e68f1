"""`reader timeline`: one name's dated events across articles, from the command line."""

from __future__ import annotations

import json
import re

import pytest

TALKS = (
    "Harbour talks open in Valletta\n"
    "On May 2, Foreign Minister Elena Vidal opened the harbour talks in Valletta.\n"
    "She met Tomas Berg on May 3.\n"
)
FOLLOW_UP = (
    "Harbour talks end\n"
    "Tomas Berg and Elena Vidal signed the harbour accord on May 9, officials said.\n"
    "Vidal flew home on May 10.\n"
)
OTHER = "Vidal Sassoon salon opens\nMarco Vidal opened a salon in Rome on May 5.\n"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text, day in (
        ("talks", TALKS, "2024-05-04"),
        ("follow", FOLLOW_UP, "2024-05-11"),
        ("other", OTHER, "2024-05-06"),
    ):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"title": text.split("\n")[0], "published": day, "source": "Gazette"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_json_over_sources_in_time_order_with_offsets_into_each_file(run_reader, articles):
    result = run_reader("--no-cache", "timeline", "Elena Vidal", articles, "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["schema"], doc["query"]) == ("reader-timeline/1", "Elena Vidal")
    events = doc["events"]
    assert [e["date"] for e in events] == ["2024-05-02", "2024-05-03", "2024-05-09", "2024-05-10"]
    for event in events:
        text = (articles / event["source"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        start, end = event["sentence"]
        assert "Vidal" in text[start:end] or text[start:end].startswith("She")
        assert set(event) >= {"title", "published", "text", "actors", "also"}
    assert "Tomas Berg" in events[2]["actors"]
    assert all("other.txt" not in e["source"] for e in events)  # Marco Vidal is someone else


def test_sources_join_the_library_and_the_library_is_asked_next(run_reader, articles, tmp_path):
    cache = tmp_path / "cache"
    first = run_reader("--cache-dir", cache, "timeline", "Tomas Berg", articles / "talks.txt")
    assert first.returncode == 0, first.stderr
    run_reader("--cache-dir", cache, "add", articles / "follow.txt")
    listed = run_reader("--cache-dir", cache, "list")
    assert "Harbour talks open in Valletta" in listed.stdout
    result = run_reader("--cache-dir", cache, "timeline", "Berg", "--format", "json")
    dates = [e["date"] for e in json.loads(result.stdout)["events"]]
    assert dates == ["2024-05-03", "2024-05-09"]


def test_text_and_markdown_formats(run_reader, articles):
    text = run_reader("--no-cache", "timeline", "Vidal", articles / "follow.txt")
    assert text.returncode == 0, text.stderr
    assert "Thu 9 May 2024" in text.stdout and "Harbour talks end" in text.stdout
    markdown = run_reader(
        "--no-cache", "timeline", "Vidal", articles / "follow.txt", "--format", "markdown"
    )
    assert markdown.stdout.startswith("# Timeline: Vidal")
    assert "- **Fri 10 May 2024** Vidal flew home" in markdown.stdout


def test_a_name_nobody_mentions_gives_an_empty_timeline(run_reader, articles):
    result = run_reader("--no-cache", "timeline", "Zanzibar", articles, "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["events"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "  "),
        ("timeline", "Vidal", "no/such/file.txt"),
        ("timeline",),
        ("timeline", "Ana Vell " * 10_000),  # a paste gone wrong: it took 12 s, echoed whole
        ("timeline", "-" * 100_000),
    ],
    ids=["blank", "missing", "none", "90 KB", "100 KB of dashes"],
)
def test_bad_input_is_one_line_and_exit_2(run_reader, args):
    result = run_reader("--no-cache", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and len(result.stderr) < 2_100
    assert result.stdout == ""


def test_markdown_holds_no_markdown_or_html_of_the_article(run_reader, tmp_path):
    """A title or a sentence is untrusted: written into Markdown as it came, a crafted one
    became a live link or HTML wherever the Markdown is rendered (as the notes exported
    by 'reader export' never did)."""
    crafted = "[Velkor](javascript:alert(1)) <img src=x onerror=alert(1)>"
    story = tmp_path / "story.md"
    story.write_text(
        f"---\ntitle: {crafted}\npublished: 2024-05-08\n---\n"
        f"Olusegun Adeyemi flew to Tarsk on 9 May 2024 {crafted}.\n"
    )
    for command in (
        ["timeline", "Adeyemi", story, "--format", "markdown"],
        ["parse", story, "--format", "markdown"],
    ):
        result = run_reader("--no-cache", *command)
        assert result.returncode == 0, result.stderr
        assert "Adeyemi" in result.stdout
        out = result.stdout
        assert not re.search(r"(?<!\\)(<img|\]\()", out), command  # each escaped
        assert r"\[Velkor\](javascript:alert(1)) \<img" in out, command
