"""A weekday or a month after a word of time opens no name (#13, wire copy): "On Monday
Velkor Airways cancelled flights" tells the day before the subject with no comma."""

from __future__ import annotations

from datetime import date

from reader.parsing import analyse
from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_day_after_a_word_of_time_is_no_part_of_the_name_after_it():
    found = names(
        "On Monday Velkor Airways cancelled flights. In January Ostra Mining cut jobs. "
        "Dorin Foods has grown since March Kelby Foods closed."
    )
    assert {"Velkor Airways", "Ostra Mining", "Kelby Foods"} <= found
    assert not found & {"Monday Velkor Airways", "January Ostra Mining", "March Kelby Foods"}


def test_a_day_opening_a_name_after_another_word_stays_in_it():
    found = names("The Monday Club met in Tarsk. The cartoon was drawn by Saturday Velkor Comics.")
    assert {"Monday Club", "Saturday Velkor Comics"} <= found


def test_a_day_before_a_part_of_the_day_stays_in_the_name():
    found = names("On Monday Night Football the Rovers lost. On Friday Evening Velkor Live began.")
    assert {"Monday Night Football", "Friday Evening Velkor Live"} <= found


def test_a_weekday_after_a_verb_of_a_report_is_no_part_of_the_name_after_it():
    found = names(
        "Prime Minister Kalani Moana said Monday Velkor would raise its output. "
        "Ostra Mining announced Tuesday Brenna Shipping had agreed to the deal."
    )
    assert {"Velkor", "Brenna Shipping"} <= found
    assert not found & {"Monday Velkor", "Tuesday Brenna Shipping"}


def test_a_weekday_after_a_report_s_verb_before_a_name_is_the_day_of_the_report():
    found = names("The spokesman added Monday Velkor would raise output.")
    assert "Velkor" in found and "Monday Velkor" not in found
    analysis = analyse("The minister said Monday Velkor would raise output.", date(2024, 5, 1))
    assert [(t.text, t.value) for t in analysis.timexes] == [("Monday", "2024-04-29")]
    # a weekday that opens a name after another verb stays the name's
    analysis = analyse("Tarsk TV launched Monday Night Football in 1970.", date(2024, 5, 1))
    assert "Monday" not in [t.text for t in analysis.timexes]
