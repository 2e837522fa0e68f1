"""Actors: a place's formal name ("the City of X", "Mount X") and X alone are one place.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_the_name_after_city_of_is_the_same_place():
    found = actors_of(
        "Voters in the City of Dunmarsh backed the new tram line. Dunmarsh has waited for it "
        "since 1990."
    )
    place = next(a for a in found if a.name == "City of Dunmarsh")
    assert place.aliases == ["Dunmarsh"]
    assert not any(a.name == "Dunmarsh" for a in found)


def test_a_province_of_a_known_town_is_the_same_place():
    found = actors_of(
        "Farmers in the Province of Velkoria lost their crops. Heavy rain hit Velkoria for a "
        "week, and the Municipality of Tarsk closed its schools near Tarsk."
    )
    names = {a.name: a.aliases for a in found}
    assert names["Province of Velkoria"] == ["Velkoria"]
    assert names["Municipality of Tarsk"] == ["Tarsk"]
    assert "Velkoria" not in names and "Tarsk" not in names


def test_a_body_of_a_town_is_no_territory():
    found = actors_of("The University of Dunmarsh hired 40 lecturers. Rents in Dunmarsh rose.")
    names = {a.name for a in found}
    assert {"University of Dunmarsh", "Dunmarsh"} <= names


def test_a_mountain_named_without_its_word_is_the_same_mountain():
    found = actors_of(
        "Mount Velkan erupted on Monday, and villagers below Gunung Tarsa fled. Velkan sent "
        "ash 5 km high, while Tarsa stayed quiet."
    )
    names = {a.name: a.aliases for a in found}
    assert names["Mount Velkan"] == ["Velkan"]
    assert names["Gunung Tarsa"] == ["Tarsa"]
