"""Kinds of companies named like people or places, told by how business news treats them:
their shares move, they sit on a list with other companies."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_shaped_like_a_person_on_a_list_of_companies_is_a_company():
    found = kinds(actors_of("Tarvik Ossen and Delmar Quint shares rose 2 percent on Monday."))
    assert found["Tarvik Ossen"] == "organization"
    assert found["Delmar Quint"] == "organization"


def test_a_person_on_a_list_with_a_person_stays_a_person():
    found = kinds(actors_of("Tarvik Ossen and Ana Vell met in the capital on Monday."))
    assert found["Tarvik Ossen"] == "person"


def test_a_name_that_moves_by_more_than_a_share_of_itself_is_a_company():
    found = kinds(
        actors_of(
            "Tessel Harwick lost more than 10 percent on Friday. "
            "Varo Kestrel rose as much as 4 percent, and Mirel Dorsk fell by 3 percent."
        )
    )
    assert found["Tessel Harwick"] == "organization"
    assert found["Varo Kestrel"] == "organization"
    assert found["Mirel Dorsk"] == "organization"
