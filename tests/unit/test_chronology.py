"""The chronology: dated clauses in time order, ranges, cue-placed events, actors."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Actor
from reader.parsing import analyse, clauses
from reader.parsing.chronology import build_chronology
from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2023, 6, 29)


def chronology(text: str, actors: list[Actor] | None = None, published: date | None = PUBLISHED):
    spans = sentences(text)
    timexes = find_timexes(text, published, spans)
    return build_chronology(text, spans, timexes, actors or [], published)


def test_events_are_in_time_order_with_ids_in_that_order():
    text = (
        "The talks ended on June 28 in Oslo. "
        "Delegates had arrived on June 26 from Rome. "
        "A first session was held on June 27 at the palace."
    )
    events = chronology(text)
    assert [e.date for e in events] == ["2023-06-26", "2023-06-27", "2023-06-28"]
    assert [e.id for e in events] == ["e1", "e2", "e3"]


def test_ties_keep_text_order():
    text = "Rain fell heavily on June 27 in the north. Roads closed on June 27 near the coast."
    events = chronology(text)
    assert [e.date for e in events] == ["2023-06-27", "2023-06-27"]
    assert "Rain" in events[0].text and "Roads" in events[1].text


def test_each_dated_clause_is_its_own_event_with_a_short_summary():
    text = "He fought cancer in 2004 and took six months off in early 2009, later revealing a transplant."
    events = chronology(text)
    assert [e.date for e in events] == ["2004", "2009"]
    assert events[0].text == "He fought cancer in 2004"
    assert events[1].text.startswith("took six months off")
    assert all(e.sentence == (0, len(text)) for e in events)


def test_a_leading_date_is_left_out_of_the_summary():
    (event,) = chronology("On June 27, the ministers held a meeting in Arlington.")
    assert event.text == "the ministers held a meeting in Arlington"
    assert event.timex == "t1"


def test_a_speakers_label_in_a_transcript_is_left_out_of_the_summary():
    (event,) = chronology("**Amaka Nwosu:** We asked the owners for talks on June 27.")
    assert event.text == "We asked the owners for talks on June 27"
    (event,) = chronology("Velkor Radio: Did the strike start on June 27?")
    assert event.text == "Did the strike start on June 27?"
    (event,) = chronology("*Talks failed (again)* on June 27 in Dunmore.")
    assert event.text == "Talks failed (again) on June 27 in Dunmore"


def test_a_clause_cut_inside_brackets_is_summarised_with_its_brackets_paired():
    text = "Ana Vell (born 14 May 1931 in Kessa; died 2 June 2019) was a chemist in Tarsk."
    born, died = chronology(text)
    assert born.text == "Ana Vell born 14 May 1931 in Kessa"
    assert died.text == "died 2 June 2019"


def test_ranges():
    (event,) = chronology("The festival ran from June 20 to June 25 in the old town.")
    assert (event.date, event.end_date) == ("2023-06-20", "2023-06-25")
    (event,) = chronology("The fair ran June 20-22 in the city park.")
    assert (event.date, event.end_date) == ("2023-06-20", "2023-06-22")
    (event,) = chronology("Talks will carry on in Washington until July 2.")
    assert (event.date, event.end_date) == ("2023-06-29", "2023-07-02")
    (event,) = chronology("She chaired the housing board from 1990 to 1998.")
    assert (event.date, event.end_date) == ("1990", "1998")
    (event,) = chronology("He has been fighting cancer since 2004.")
    assert (event.date, event.end_date) == ("2004", "PRESENT_REF")


def test_durations_sets_and_references_stay_off_the_timeline():
    text = "The strike lasted three weeks. The fair is held every year. Prices are currently high."
    assert chronology(text) == []


def test_a_date_line_is_no_event():
    text = "Markets rally\nJune 27, 2023\nShares rose sharply on June 26 in Tokyo trading."
    assert [e.date for e in chronology(text)] == ["2023-06-26"]


def test_cued_sentences_are_placed_before_or_after_the_nearest_date():
    text = (
        "In the wake of a border clash, ministers met for talks. "
        "On June 27, the ministers signed a truce in Geneva. "
        "Later, both sides withdrew their troops from the border."
    )
    events = chronology(text)
    assert [e.date for e in events] == ["before 2023-06-27", "2023-06-27", "after 2023-06-27"]
    assert events[0].text == "a border clash"
    assert events[0].timex is None
    assert events[2].text == "both sides withdrew their troops from the border"


def test_actors_of_the_clause():
    text = "On June 27, Smith met Jones in Paris; on June 28 Brown flew home."
    smith = Actor("a1", "Smith", "person", mentions=[(12, 17)])
    jones = Actor("a2", "Jones", "person", mentions=[(22, 27)])
    brown = Actor("a3", "Brown", "person", mentions=[(48, 53)])
    events = chronology(text, [smith, jones, brown])
    assert [e.actors for e in events] == [["a1", "a2"], ["a3"]]


def test_unknown_years_sort_after_known_ones():
    text = "The bridge opened on June 28. It was planned in 2019 by the city council."
    events = chronology(text, published=None)
    assert [e.date for e in events] == ["2019", "XXXX-06-28"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "On",
                "June",
                "27",
                ",",
                "the",
                "talks",
                "ended",
                ".",
                "In",
                "the",
                "wake",
                "of",
                "it",
                "later",
                "Later",
                ",",
                "from",
                "to",
                "until",
                "since",
                "2004",
                "and",
                ";",
                "Smith",
                "met",
                "in",
                "2019",
                "-",
                "29",
                "the",
                "previous",
                "day",
                "yesterday",
                "Earlier",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_and_spans_are_valid(pieces):
    text = " ".join(pieces)
    events = chronology(text)
    for event in events:
        start, end = event.sentence
        assert 0 <= start < end <= len(text)
    assert [e.id for e in events] == [f"e{n}" for n in range(1, len(events) + 1)]


_BREAKY = st.lists(
    st.sampled_from(
        list('ab ;:,-—–“‘"\n\t')
        + [" and ", "AND ", " but", " whİle ", ", which ", " according to "]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_BREAKY, st.data())
def test_breaks_found_at_marks_are_those_of_a_full_scan(text, data):
    left = data.draw(st.integers(0, len(text)))
    right = data.draw(st.integers(left, len(text)))
    breaks, clause_breaks = clauses._patterns()[:2]
    for pattern, marks in ((clause_breaks, clauses._clause_marks()), (breaks, clauses._BREAK_MARK)):
        expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, left, right)]
        found = clauses._marked(pattern, marks, text, left, right)
        assert [(m.span(), m.lastgroup) for m in found] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("aZq \n,.-'é1_\u00a0\x85İſ") + ["word", "I"])).map("".join))
def test_word_count_is_that_of_findall(text):
    assert clauses._word_count(text, 0, len(text)) == len(re.findall("[A-Za-z]{2,}", text))


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("The envoys, who met before this week in Oslo before 27 June, left.", "2023-06-27"),
        ("Officials met in Geneva in June 2023 on 12 June to discuss the treaty.", "2023-06-12"),
        ("Earlier this month, on 5 June, the council approved the harbour budget.", "2023-06-05"),
    ],
)
def test_item_13_one_clause_with_two_dates_is_one_event_under_the_narrower(sentence, day):
    events = analyse(sentence, date(2023, 6, 29)).events
    assert [e.date for e in events] == [day]


def test_item_13_dates_of_separate_clauses_stay_separate_events():
    text = "He fought cancer in 2004 and took six months off in June 2009."
    events = analyse(text, date(2023, 6, 29)).events
    assert [e.date for e in events] == ["2004", "2009-06"]


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Ferry bookings fell 8% in the second quarter from a year earlier.", ["2023-Q2"]),
        ("Toll income in May was 6 percent lower than a year ago.", ["2023-05"]),
        ("Canal traffic rose in April, compared with the same month last year.", ["2023-04"]),
        ("The orchard sold 40 tonnes of pears in 2022, up from 31 tonnes in 2021.", ["2022"]),
        ("Orders doubled in March versus the previous quarter.", ["2023-03"]),
        ("Loft sales were 9 million, against 7.5 million in the same period last year.", []),
        ("The mill earned more in the spring than in 2019.", ["2023-SP"]),
        ("Ferry traffic in May grew more than last year.", ["2023-05"]),
        ("The orchard picked its apples earlier than last year.", []),
        ("The regatta was held in June rather than in July.", ["2023-06"]),
        ("Cinema admissions rose 6 percent in April on a year earlier.", ["2023-04"]),
        ("Wool prices in the spring were down on last year.", ["2023-SP"]),
        ("The market share of the cooperative is up 12% from six months ago.", []),
    ],
)
def test_item_13_a_date_a_figure_is_compared_with_is_no_event(sentence, kept):
    analysis = analyse(sentence, date(2023, 6, 29))
    assert [e.date for e in analysis.events] == kept
    assert len(analysis.timexes) == len(kept) + 1  # the base keeps its time expression


@pytest.mark.parametrize(
    "sentence, dates",
    [
        ("The bridge was closed from June 1 to June 5 for repairs.", ["2023-06-01"]),
        ("Tolls on the canal will rise by 4 percent from January 1.", ["2024-01-01"]),
        ("The sculptor moved to the coast more than a year ago.", ["2022"]),
        ("The depot must be emptied no later than July 14.", ["2023-07-14"]),
        ("She earned a degree from a college in Leeds in 2011.", ["2011"]),
        ("Shares rose 2 percent on the previous day, traders said.", ["2023-06-28"]),
    ],
)
def test_item_13_starts_ranges_and_bounds_are_no_comparison(sentence, dates):
    events = analyse(sentence, date(2023, 6, 29)).events
    assert [e.date for e in events] == dates


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("The lira fell to its lowest level since 2001 on Tuesday.", ["2023-06-27"]),
        ("The harbour had its busiest week since March 2019.", []),
        ("Turnout was the highest for a council vote since the 1990s.", []),
        ("Wheat traded at prices not seen since 2012.", []),
        ("The band's first album since 2016 came out on Friday.", ["2023-06-23"]),
    ],
)
def test_item_13_a_record_since_a_date_is_no_event_then(sentence, kept):
    analysis = analyse(sentence, date(2023, 6, 29))
    assert [e.date for e in analysis.events] == kept
    assert len(analysis.timexes) == len(kept) + 1


def test_item_13_a_stretch_since_a_date_stays_an_event():
    (event,) = analyse("Interest rates have risen since 2019.", date(2023, 6, 29)).events
    assert (event.date, event.end_date) == ("2019", "PRESENT_REF")


def test_the_comparison_patterns_are_compiled_only_once_a_cue_stands_before_a_date():
    """Most articles have no "compared with", "than" or "from" before a date: a fresh
    process compiles the patterns that read such a cue (a fifth of what comparison.py
    compiles) only once one does, and still finds the base of a comparison then."""
    script = (
        "from datetime import date; from reader.parsing import analyse, comparison;"
        " day = date(2024, 5, 8);"
        " analyse('The Orvel council met on Monday and voted in March.', day);"
        " before = comparison._cued.cache_info().currsize;"
        " events = analyse('Exports rose 8% compared with 2019, the council said.', day).events;"
        " print(before, comparison._cued.cache_info().currsize, len(events))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["0", "1", "0"], done.stderr


@pytest.mark.parametrize(
    ("later", "value"),
    [
        ("The mill expects to reopen by the end of the year.", "2023"),
        ("The ferry resumed service at the end of January.", "2023-01"),
        ("Prices settled in mid-January, traders said.", "2023-01"),
    ],
)
def test_the_end_or_middle_of_a_period_sorts_after_its_earlier_days(later, value):
    text = f"{later} The council voted on the plan on January 3."
    events = chronology(text)
    assert [e.date for e in events] == ["2023-01-03", value]


def test_a_plain_year_still_sorts_at_its_start():
    events = chronology("The council voted on the plan on January 3. The mill opened in 2023.")
    assert [e.date for e in events] == ["2023", "2023-01-03"]
