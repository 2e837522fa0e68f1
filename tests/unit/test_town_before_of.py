"""Actors: a town that opens a body's name headed before "of" stays a place of its own.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_placed_town_is_not_the_short_form_of_its_chamber_of_commerce():
    found = actors_of(
        "The Varnholt Chamber of Commerce said exports rose. Traders in Varnholt were "
        "pleased, and the mayor of Varnholt thanked them."
    )
    assert {"Varnholt Chamber of Commerce", "Varnholt"} <= names(found)
    chamber = next(a for a in found if a.name == "Varnholt Chamber of Commerce")
    assert "Varnholt" not in chamber.aliases


def test_a_town_not_placed_is_still_the_bodys_short_form():
    found = actors_of(
        "The Varnholt School of Music opened a new hall. Varnholt said it would hire ten teachers."
    )
    school = next(a for a in found if a.name == "Varnholt School of Music")
    assert "Varnholt" in school.aliases
