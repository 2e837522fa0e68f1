"""A generation after a personal name keeps the name a person's (#13, election and court
copy): "Amara Osei Sr. spoke first" has the shape of a personal name followed by which
bearer of it she is; the abbreviation's dot made it no such shape, so an organisation."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_with_a_generation_after_it_is_a_person():
    found = kinds(
        actors_of(
            "Amara Osei Sr. spoke first. The race was won by Tomasz Velquist Jr. on Friday. "
            "Kofi Mensah Snr said the land was his."
        )
    )
    assert found["Amara Osei Sr."] == "person"
    assert found["Tomasz Velquist Jr."] == "person"
    assert found["Kofi Mensah Snr"] == "person"
