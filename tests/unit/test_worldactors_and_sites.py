"""A site or a body named after its town for two fields joined by "and" is one name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_two_fields_of_a_centre_after_its_town_are_one_name():
    found = names("The fair was held at the Nairobi Convention and Exhibition Centre in May.")
    assert "Nairobi Convention and Exhibition Centre" in found
    assert "Exhibition Centre" not in found


def test_two_fields_of_a_museum_after_its_town_are_one_name():
    found = names("Police guarded the Lisbon Arts and Science Museum on Friday.")
    assert "Lisbon Arts and Science Museum" in found


def test_a_town_of_two_words_opens_the_site():
    found = names("Crowds queued outside the Kuala Lumpur Sports and Leisure Centre.")
    assert "Kuala Lumpur Sports and Leisure Centre" in found


def test_two_sites_joined_by_and_stay_apart():
    found = names("Fans left the Kelby Arena and Dorvale Stadium after the match.")
    assert {"Kelby Arena", "Dorvale Stadium"} <= found


def test_a_person_and_a_site_stay_apart():
    found = names("Tomas Wood and Science Museum staff met on Monday. Tomas Wood spoke.")
    assert "Tomas Wood" in found
    assert not any("and" in name.split() for name in found)


def test_a_firm_or_a_site_no_town_opens_stays_apart_from_the_next_site():
    found = names(
        "Velkor Digital and Space Museum staff built the exhibit. "
        "Rask visited Kelby Market and Science Museum shops on Monday."
    )
    assert not any("and" in name.split() for name in found)
