"""Actors: a body's initials in its own language, in brackets after its English name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_initials_in_another_language_are_the_body():
    found = actors_of(
        "The opposition Velkor People's Party (VHP) won the vote. VHP leader Ana Vell said "
        "the General Confederation of Dockers (KDS) had backed it; the KDS denied this."
    )
    names = {a.name: a.aliases for a in found}
    assert names["Velkor People's Party"] == ["VHP"]
    assert names["General Confederation of Dockers"] == ["KDS"]
    assert "VHP" not in names and "KDS" not in names


def test_a_credit_in_brackets_after_a_town_is_no_other_name_of_it():
    found = actors_of("Floods hit Kelby Harbour Town (VNA). Kelby Harbour Town is wet.")
    assert all("VNA" not in a.aliases for a in found)
