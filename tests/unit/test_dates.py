"""TIMEX3 values as the panes write them."""

from __future__ import annotations

from datetime import date

import pytest

from reader.dates import human_date, timeline_place


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2023-06-27", "Tue 27 Jun 2023"),
        ("XXXX-06-27", "27 Jun, year unknown"),
        ("2023-06-27T15:00", "Tue 27 Jun 2023 15:00"),
        ("2023-06-27TMO", "Tue 27 Jun 2023 morning"),
        ("2023-06", "Jun 2023"),
        ("2011-06-XX", "Jun 2011"),
        ("2023-W26", "week 26 of 2023"),
        ("2023-W26-WE", "weekend of week 26, 2023"),
        ("XXXX-WXX-2", "a Tuesday, date unknown"),
        ("2023-Q3", "Q3 2023"),
        ("2023-H1", "first half of 2023"),
        ("2023-SU", "summer 2023"),
        ("FY2022", "fiscal year 2022"),
        ("199", "the 1990s"),
        ("18", "the 1800s"),
        ("199X", "the 1990s"),
        ("18XX", "the 1800s"),
        ("2019", "2019"),
        ("XXXX", "date unknown"),
        ("PAST_REF", "in the past"),
        ("before 2023-06-27", "before Tue 27 Jun 2023"),
        ("2023-02-30", "2023-02-30"),
        ("P3W", "P3W"),
    ],
)
def test_values_are_written_for_people(value, shown):
    assert human_date(value) == shown


def test_ranges_join_both_ends():
    assert human_date("2023-06-27", "2023-06-29") == "Tue 27 Jun 2023 – Thu 29 Jun 2023"
    assert human_date("2004", "PRESENT_REF") == "2004 – now"


def test_timeline_place_for_every_stretch_of_a_known_year():
    assert timeline_place("2023-06-27T15:00") == (date(2023, 6, 27), "2023-06-27T15:00")
    assert timeline_place("2023-06") == (date(2023, 6, 1), "2023-06")
    assert timeline_place("2023-Q3") == (date(2023, 7, 1), "2023-Q3")
    assert timeline_place("before 2023-06-27") == (date(2023, 6, 27), "2023-06-27")
    assert timeline_place("XXXX-06-27") is None
    assert timeline_place("P3D") is None


def test_timeline_place_of_the_middle_or_end_of_a_stretch_is_where_the_chronology_puts_it():
    assert timeline_place("2023", "END") == (date(2023, 12, 31), "2023")
    assert timeline_place("2023-01", "MID") == (date(2023, 1, 16), "2023-01")
    assert timeline_place("2023", "START") == (date(2023, 1, 1), "2023")
    assert timeline_place("before 2023-06-27", "END") == (date(2023, 6, 27), "2023-06-27")
