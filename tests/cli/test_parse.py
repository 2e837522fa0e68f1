"""`reader parse` and the command line's handling of bad input."""

from __future__ import annotations

import json

import pytest


def test_parse_prints_the_json_document(run_reader, seed_path):
    result = run_reader("parse", seed_path, "--published", "2023-06-29", "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "reader/1"
    assert doc["published"] == "2023-06-29"
    assert doc["text"] == seed_path.read_text(encoding="utf-8")
    assert doc["actors"] and doc["timexes"] and doc["events"]
    for actor in doc["actors"]:
        assert actor["kind"] in {"person", "organization", "place", "group", "other"}
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(doc["text"])
    for timex in doc["timexes"]:
        assert doc["text"][timex["start"] : timex["end"]] == timex["text"]
    days = [e["date"] for e in doc["events"] if len(e["date"]) == 10 and e["date"][4] == "-"]
    assert days == sorted(days) and "2023-06-27" in days


def test_parse_takes_the_date_from_a_date_line(run_reader, tmp_path):
    article = tmp_path / "wiki.txt"
    article.write_text("Council meets\nMarch 06, 2008\nThe council met on March 4.\n")
    doc = json.loads(run_reader("parse", article).stdout)
    assert doc["title"] == "Council meets"
    assert doc["published"] == "2008-03-06"


def test_parse_reads_front_matter(run_reader, tmp_path):
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: A story\ndate: 2021-05-04\nsource: Gazette\n---\n# Head\n\nText.\n"
    )
    doc = json.loads(run_reader("parse", article).stdout)
    assert (doc["title"], doc["published"], doc["source"]) == ("A story", "2021-05-04", "Gazette")
    assert doc["text"].startswith("# Head")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_parse_text_and_markdown_formats(run_reader, seed_path, fmt):
    result = run_reader("parse", seed_path, "--format", fmt)
    assert result.returncode == 0
    assert "Actors" in result.stdout and "Chronology" in result.stdout
    assert "Tue 27 Jun 2023" in result.stdout


def _one_line_error(result) -> str:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\n ", "empty article"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.txt", "Caf\xe9 news".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_files_are_one_line_and_exit_2(run_reader, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in _one_line_error(run_reader("parse", path))


def test_missing_path_and_empty_folder(run_reader, tmp_path):
    assert "no such file" in _one_line_error(run_reader("parse", tmp_path / "nope.txt"))
    (tmp_path / "empty").mkdir()
    message = _one_line_error(run_reader("parse", tmp_path / "empty"))
    assert "no articles" in message and all(kind in message for kind in (".markdown", ".htm "))


def test_bad_published_date_and_usage(run_reader, seed_path):
    assert "YYYY-MM-DD" in _one_line_error(run_reader("parse", seed_path, "--published", "June"))
    assert "--format" in _one_line_error(run_reader("parse", seed_path, "--format", "pdf"))


def test_app_with_only_bad_sources_exits_2(run_reader, tmp_path):
    result = run_reader(tmp_path / "nope.txt")
    assert "no such file" in _one_line_error(result)


def test_version_and_module_entry(run_reader):
    result = run_reader("--version")
    assert result.returncode == 0 and result.stdout.startswith("reader ")


def test_control_characters_are_stripped(run_reader, tmp_path):
    article = tmp_path / "esc.txt"
    article.write_text("Title\nThe \x1b]0;owned\x07mayor \x1b[31mspoke\x1b[0m.\n")
    doc = json.loads(run_reader("parse", article).stdout)
    assert "\x1b" not in doc["text"] and "\x07" not in doc["text"]
    assert "The mayor spoke." in doc["text"]


def test_parse_a_folder_gives_a_list_of_documents(run_reader, tmp_path):
    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text(f"Story {name}\nThe mayor of Leeds spoke on May 4, 2021.\n")
    docs = json.loads(run_reader("parse", tmp_path).stdout)
    assert [d["title"] for d in docs] == ["Story a.txt", "Story b.md"]
    assert all(d["schema"] == "reader/1" for d in docs)


def test_a_defect_in_the_analysis_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    """A bug of ours met by some input still ends in one line and exit 1, never a
    traceback over the user's terminal."""
    import reader.batch
    from reader.cli import main

    def broken(*args, **kwargs):
        raise TypeError("a defect")

    monkeypatch.setattr(reader.batch, "analyse", broken)
    story = tmp_path / "story.txt"
    story.write_text("Ana Vell spoke on Monday.\n", encoding="utf-8")
    code = main(["--no-cache", "parse", str(story)])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "reader: internal error (TypeError): please report it"
    ]
    monkeypatch.setenv("READER_DEBUG", "1")  # asked for: where it happened, for the report
    assert main(["--no-cache", "parse", str(story)]) == 1
    told = capsys.readouterr().err
    assert "Traceback" in told and "a defect" in told
