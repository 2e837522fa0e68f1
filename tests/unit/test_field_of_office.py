"""Actors: the field of an office between a title's modifier and its head is the title's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_chief_field_officer_is_a_title_not_a_body():
    found = kinds(
        actors_of(
            '"The trial went well," said Ilse Marwick, Chief Medical Officer of Velkor Pharma. '
            "Chief People Officer Tomas Reyes left in May."
        )
    )
    assert found == {
        "Ilse Marwick": "person",
        "Velkor Pharma": "organization",
        "Tomas Reyes": "person",
    }


def test_a_body_before_a_title_keeps_its_name():
    found = kinds(actors_of("National Storm Center Director Ana Kell said the rain would stop."))
    assert "National Storm Center" in found
    assert found.get("Ana Kell") == "person"
