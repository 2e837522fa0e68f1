"""Actors: the Arabic article written apart in lower case opens the name after it.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_al_in_lower_case_opens_a_groups_or_a_broadcasters_name():
    found = kinds(
        actors_of(
            "Fighters of al Vardun attacked a base near Kelby, al Nourya television "
            "reported. Fans of the club al Tarsi cheered."
        )
    )
    assert found.get("al Vardun") == "organization"
    assert "al Nourya" in found and "al Tarsi" in found
    assert not {"Vardun", "Nourya", "Tarsi"} & set(found)


def test_al_after_a_given_name_stays_a_particle_of_the_persons_name():
    found = actors_of("Ahmed al Quraishi spoke in Kelby, and al Quraishi left at noon.")
    person = next(a for a in found if a.name == "Ahmed al Quraishi")
    assert person.kind == "person" and person.aliases == ["al Quraishi"]
