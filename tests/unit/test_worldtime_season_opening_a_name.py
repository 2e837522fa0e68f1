"""A capitalised season that opens a longer name is no time (#13): "during the Spring
Festival holiday" names a festival, not the spring, as "the Summer Palace" names a
palace."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2031, 1, 20)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, sentences(text))]


def test_a_season_opening_a_name_is_no_time():
    assert found("Kelby's trains were full during the Spring Festival holiday.") == []
    assert found("Crowds queued in Tarsk during the Summer Palace reopening.") == []
    assert found("In Spring Lake, the Orrin council met.") == []


def test_a_season_alone_is_still_a_time():
    assert found("The Kelby bridge will reopen in the Spring.") == [("the Spring", "2031-SP")]
    assert found("The Orrin team trained during the summer.") == [("the summer", "2030-SU")]
