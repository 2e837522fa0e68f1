"""Two places joined by a hyphen before what they describe are two actors (#13):
aviation and diplomatic copy writes "the Oslo-Lisbon route" and "Canada-Peru talks".
Every sentence here is invented."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(text)}


def test_two_places_joined_by_a_hyphen_before_a_noun_are_two_places():
    found = kinds(
        "Velkor Air dropped its Oslo-Lisbon route on Monday. Flights on the Madrid-New York "
        "line were cut, and talks on Canada-Peru trade resumed."
    )
    assert {"Oslo", "Lisbon", "Madrid", "New York", "Canada", "Peru"} <= set(found)
    assert all(found[p] == "place" for p in ("Oslo", "Lisbon", "Madrid", "New York"))
    assert not {"Oslo-Lisbon", "Madrid-New York", "Canada-Peru"} & set(found)


def test_a_hyphened_place_a_company_or_a_person_stays_whole():
    found = kinds(
        "The Guinea-Bissau government fell. The Velmar-Ostrak alliance grew. Ana "
        "Chester-Lincoln said the talks failed."
    )
    assert {"Guinea-Bissau", "Velmar-Ostrak", "Ana Chester-Lincoln"} <= set(found)
