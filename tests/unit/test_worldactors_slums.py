"""A slum, a shantytown or a favela is a kind of place: the name it is said of is a place.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_before_slum_is_a_place():
    found = kinds(actors_of("Residents of the Marovi slum fled the fire on Sunday."))
    assert found["Marovi"] == "place"


def test_a_name_after_favela_of_is_a_place():
    found = kinds(actors_of("Police raided the favela of Dorvinha on Tuesday."))
    assert found["Dorvinha"] == "place"
