"""Roles: a plural title that opens a clause ("Officers searched homes in X, Y and Z") is
the subject of its verb, no apposition of the names listed after it.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_town_listed_after_a_clause_has_no_role():
    found = {
        a.name: a
        for a in actors_of("Officers searched 30 addresses in Tarsk, Kelbyra and Dremmick.")
    }
    assert found["Kelbyra"].roles == []
    assert found["Kelbyra"].kind == "place"


def test_a_title_before_a_name_in_apposition_stays_a_role():
    found = {
        a.name: a
        for a in actors_of("The head of the agency, Olusegun Adeyemi, said the port was shut.")
    }
    assert found["Olusegun Adeyemi"].roles == ["head of the agency"]
