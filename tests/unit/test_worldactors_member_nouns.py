"""A name before a plural noun of a body's members or volunteers is the body's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_volunteers_after_a_name_make_a_body():
    found = kinds(actors_of("Aid came as Korvina Sani volunteers handed out blankets."))
    assert found["Korvina Sani"] == "organization"


def test_activists_after_a_name_make_a_body():
    found = kinds(actors_of("Orbis Care activists marched through the square."))
    assert found["Orbis Care"] == "organization"


def test_a_candidates_volunteers_leave_a_person():
    found = kinds(actors_of("Tomas Rask volunteers knocked on doors before the vote."))
    assert found["Tomas Rask"] == "person"


def test_terrorists_and_commanders_after_a_name_make_a_body():
    found = kinds(
        actors_of(
            "Police said Tarvo Senda terrorists planted the bomb. "
            "Movimar Lenta commanders denied it."
        )
    )
    assert found["Tarvo Senda"] == "organization"
    assert found["Movimar Lenta"] == "organization"
