"""A capitalised season before a capitalised word opens a name only when that word is on
its line and no function word of a headline in title case (#13, mend of reviewB-7):
"Orrin Ferry To Return In Summer After Repairs" keeps its summer, a season ending a line
keeps it whatever the next line opens with, "the Summer Fair" is still a name."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2032, 2, 9)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


def test_a_season_in_a_title_case_headline_before_a_function_word():
    text = "Orrin Ferry To Return In Summer After Repairs\n\nThe ferry is in dock."
    assert found(text) == [("Summer", "2032-SU")]


def test_a_season_ending_a_line_is_no_name_with_the_next_line():
    text = "The Halvik bridge will open in the Autumn\nThe bridge cost $40 million."
    assert found(text) == [("the Autumn", "2032-FA")]


def test_a_season_before_a_noun_of_a_name_in_a_headline_stays_a_name():
    assert found("Crowds Flock To Orrin For Summer Fair\n\nThe fair opened.") == []
