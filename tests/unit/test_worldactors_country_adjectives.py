"""A country's adjective that is not its people's noun is a demonym, no actor.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_countrys_adjective_before_a_noun_is_no_actor():
    found = names("Philippine authorities moved 4,000 people from Tarlac on Sunday.")
    assert "Philippine" not in found
    assert "Tarlac" in found


def test_the_country_itself_stays_a_place():
    found = {a.name: a.kind for a in actors_of("Storms often hit the Philippines in July.")}
    assert found["Philippines"] == "place"


def test_other_country_adjectives_are_no_actors():
    found = names("Nepali police and Azeri troops met Icelandic officials in Kelby.")
    assert not found & {"Nepali", "Azeri", "Icelandic"}
