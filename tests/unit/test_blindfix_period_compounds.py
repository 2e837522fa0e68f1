"""A name glued by a hyphen to a lower-case word of a period or a manner ("the Velkor-era
cabinet", "a Tarsk-style reform") makes an adjective: the compound is no actor of its own."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_and_era_is_no_actor_and_the_name_stays_the_person():
    found = kinds(
        actors_of(
            "President Edda Marlund dissolved her cabinet on Friday. Several Marlund-era "
            "ministers said they would stand again."
        )
    )
    assert found == {"Edda Marlund": "person"}


def test_a_name_and_style_or_type_is_no_actor():
    found = kinds(
        actors_of("Orvin Castell proposed a Castell-style levy and a Vantor-type tender.")
    )
    assert "Castell-style" not in found and "Vantor-type" not in found
    assert found["Orvin Castell"] == "person"
