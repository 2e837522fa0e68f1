"""Actors: a double surname written without its hyphen is the same person's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_double_surname_without_its_hyphen_is_a_short_form():
    found = actors_of(
        "Amara Okonkwo-Reyes met the governor in Kelby. Later, Okonkwo Reyes said the talks "
        "had gone well."
    )
    person = next(a for a in found if a.name == "Amara Okonkwo-Reyes")
    assert person.aliases == ["Okonkwo Reyes"]
    assert not any(a.name == "Okonkwo Reyes" for a in found)
