"""A year told at the head of a sentence frames the whole sentence (#13): "Last year, the
fair opened on July 12" dates July 12 of last year, however near the publication the day
is, as a day told without a year after a time that opens its sentence is of that time."""

from __future__ import annotations

from datetime import date

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

MONDAY = date(2031, 7, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, MONDAY, sentences(text))}


def test_a_relative_year_opening_the_sentence_dates_the_days_after_it():
    found = values("Last year the Tarsk fair opened on July 12 and closed on July 20.")
    assert found["July 12"] == "2030-07-12"
    assert found["July 20"] == "2030-07-20"


def test_a_year_after_a_preposition_or_an_opening_phrase_frames_the_sentence():
    assert values("In 2030, the Orrin river rose on June 30.")["June 30"] == "2030-06-30"
    found = values("According to the port, last year, ships left on June 28 and on July 1.")
    assert found["July 1"] == "2030-07-01"
    assert found["June 28"] == "2030-06-28"


def test_a_year_inside_the_sentence_or_in_the_possessive_does_not():
    assert values("Last year's winner left Kelby on July 2.")["July 2"] == "2031-07-02"
    assert values("The mill shut in 2030 and reopened on July 1.")["July 1"] == "2031-07-01"
    assert values("Officials said the river rose on July 1.")["July 1"] == "2031-07-01"
