"""Actors: a body's plant, office or branch named by its town ("its Velkara plant", "the
Kuto branch of Kelby Savings") tells a place, where "the Toyota plant" tells its owner.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_branch_of_a_bank_named_by_its_town_is_a_place():
    found = kinds(actors_of("Gunmen attacked the Dorvale branch of Kelby Savings on Monday."))
    assert found["Dorvale"] == "place"
    assert found["Kelby Savings"] == "organization"


def test_an_owners_plant_or_office_named_by_its_town_is_a_place():
    found = kinds(
        actors_of(
            "Workers at its Velkara plant walked out, and staff at the firm's Ostrelin office "
            "were sent home."
        )
    )
    assert found["Velkara"] == "place"
    assert found["Ostrelin"] == "place"


def test_a_plant_after_the_alone_is_its_owners():
    found = kinds(actors_of("Workers at the Tarvex plant walked out. Tarvex said it would pay."))
    assert found["Tarvex"] == "organization"
