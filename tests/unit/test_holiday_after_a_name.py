"""A holiday's name after a place's or a body's name is the day, no part of the name (#13,
news of holidays and road tolls): "the Ostland Christmas holiday" names Ostland and a day,
as "met Jonas Eriksen Monday" names a man and a day; a day with a word of its own
("Orthodox Easter", "Flood Remembrance Day") is left whole or names no actor."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_holiday_after_a_name_is_cut_off():
    found = names(
        "Nine people died on roads over the New Zealand Christmas holiday, and the "
        "Velkor Easter march was cancelled."
    )
    assert {"New Zealand", "Velkor"} <= found
    assert not any("Christmas" in n or "Easter" in n for n in found)


def test_names_opening_with_a_holiday_stay_whole():
    found = names("Christmas Island reported rain, and Easter Velkor Mining said output rose.")
    assert {"Christmas Island", "Easter Velkor Mining"} <= found


def test_a_day_with_a_word_of_its_own_is_left_whole_or_no_actor():
    found = names(
        "Ostland marks Flood Remembrance Day. Orthodox Easter fell late this year, and "
        "Merry Christmas signs hung over the Kelby square."
    )
    assert "Flood" not in found
    assert not {"Orthodox Easter", "Merry Christmas", "Orthodox", "Merry"} & found


def test_a_holiday_after_given_names_is_a_surname():
    found = actors_of(
        "Jack Christmas said the team would win. Ruth Easter, a teacher, said the school "
        "would reopen. Mary Ann Christmas said the shop would close."
    )
    assert {a.name for a in found} == {"Jack Christmas", "Ruth Easter", "Mary Ann Christmas"}
    assert {a.kind for a in found} == {"person"}


def test_a_place_named_like_a_given_name_still_loses_the_day():
    assert names("The Victoria Christmas parade was cancelled.") == {"Victoria"}


def test_a_known_place_before_a_holiday_keeps_its_date():
    import datetime

    from reader.parsing import analyse

    doc = analyse(
        "Nine people died over the New Zealand Christmas holiday. Orthodox Christmas "
        "was quiet in Tarsk.",
        datetime.date(2007, 1, 3),
    )
    assert [(t.text, t.value) for t in doc.timexes] == [("Christmas", "2006-12-25")]
