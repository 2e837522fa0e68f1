"""`reader export`: each format from the command line, files written safely."""

from __future__ import annotations

import csv
import io
import json
import re

import icalendar


def test_each_format_to_stdout_parses_back(run_reader, seed_path):
    doc = json.loads(run_reader("export", seed_path, "--format", "json").stdout)
    assert doc["schema"] == "reader/1" and doc["actors"] and doc["events"]
    actors = list(
        csv.DictReader(io.StringIO(run_reader("export", seed_path, "--format", "csv").stdout))
    )
    assert [a["name"] for a in actors] == [a["name"] for a in doc["actors"]]
    events = run_reader("export", seed_path, "--format", "csv", "--what", "events").stdout
    assert [e["date"] for e in csv.DictReader(io.StringIO(events))] == [
        e["date"] for e in doc["events"]
    ]
    notes = run_reader("export", seed_path).stdout
    assert notes.startswith(f"# {doc['title']}\n") and "## Chronology" in notes
    ics = run_reader("export", seed_path, "--format", "ics")
    calendar = icalendar.Calendar.from_ical(ics.stdout)
    days = [e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT")]
    dated = [e for e in doc["events"] if re.fullmatch(r"\d{4}-(\d\d-\d\d|W\d\d)", e["date"])]
    assert len(days) == len(dated) and "2023-06-27" in days
    left_out = len(doc["events"]) - len(dated)
    assert f"reader: {left_out} events without a day or week left out" in ics.stderr


def test_a_file_is_not_overwritten_without_force(run_reader, seed_path, tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("mine")
    refused = run_reader("export", seed_path, "-o", target)
    assert refused.returncode == 2 and "exists" in refused.stderr
    assert target.read_text() == "mine"
    forced = run_reader("export", seed_path, "-o", target, "--force")
    assert forced.returncode == 0 and forced.stdout == ""
    assert target.read_text().startswith("# Azerbaijan")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


def test_a_library_entry_by_number_and_the_newest_by_default(run_reader, seed_path):
    empty = run_reader("export")
    assert empty.returncode == 2 and "library is empty" in empty.stderr
    assert run_reader("add", seed_path).returncode == 0
    entry = json.loads(run_reader("list", "--json").stdout)[0]
    by_number = json.loads(run_reader("export", str(entry["id"]), "--format", "json").stdout)
    newest = json.loads(run_reader("export", "--format", "json").stdout)
    assert by_number["title"] == newest["title"] == entry["title"]
    missing = run_reader("export", "999")
    assert missing.returncode == 2 and "no library entry 999" in missing.stderr


def test_bad_input_is_one_line(run_reader, tmp_path):
    result = run_reader("export", tmp_path / "none.txt")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    result = run_reader("export", "--format", "pdf")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    result = run_reader("export", tmp_path / "none.txt", "-o", tmp_path / "no" / "out.md")
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_a_timeline_as_a_calendar_and_a_table(run_reader, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text, day in (
        (
            "open",
            "Dock strike\nOn May 2, union leader Rosa Lind called a dock strike.\n",
            "2024-05-04",
        ),
        (
            "end",
            "Strike ends\nRosa Lind ended the strike on May 9; she retired in 2024.\n",
            "2024-05-11",
        ),
    ):
        (folder / f"{name}.txt").write_text(text)
        meta = {
            "title": text.split("\n")[0],
            "published": day,
            "source": "Gazette",
        }
        (folder / f"{name}.json").write_text(json.dumps(meta))
    args = ("--no-cache", "timeline", "Rosa Lind", folder, "--format")
    doc = json.loads(run_reader(*args, "json").stdout)
    days = [e["date"] for e in doc["events"] if re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"] or "")]
    assert days == ["2024-05-02", "2024-05-09"]
    ics = run_reader(*args, "ics")
    events = list(icalendar.Calendar.from_ical(ics.stdout).walk("VEVENT"))
    assert [e.decoded("DTSTART").isoformat() for e in events] == days
    assert "Told in: Dock strike, 2024-05-04" in str(events[0]["DESCRIPTION"])
    assert "URL" not in events[0]  # a local file has no web address to give
    left_out = len(doc["events"]) - len(days)
    assert (f"reader: {left_out} event" in ics.stderr) == (left_out > 0)
    rows = list(csv.DictReader(io.StringIO(run_reader(*args, "csv").stdout)))
    assert [r["date"] for r in rows] == [e["date"] or "" for e in doc["events"]]
    assert [r["text"] for r in rows] == [e["text"] for e in doc["events"]]


def test_a_file_that_cannot_be_written_is_one_line_naming_it(run_reader, seed_path, tmp_path):
    missing = tmp_path / "no-such-folder" / "notes.md"
    result = run_reader("export", seed_path, "-o", missing)
    assert result.returncode == 1
    assert result.stderr == f"reader export: cannot write {missing}: No such file or directory\n"
