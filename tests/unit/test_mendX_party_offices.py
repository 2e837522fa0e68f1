"""A party's or a club's office before a name that ends in a place's word is a person's
office: only the offices a company holds too (owner, investor, sponsor) leave such a name
no person (mend of reviewE-1).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_party_leader_before_a_place_ending_name_is_a_person_with_the_role():
    found = actors_of("Party leader Tesfaye Gondar said the count had been forged.")
    person = next(a for a in found if a.name == "Tesfaye Gondar")
    assert person.kind == "person"
    assert person.roles == ["Party leader"]


def test_a_party_founder_before_a_place_ending_name_is_a_person():
    found = kinds(actors_of("The movement's founder Tesfaye Gondar asked marchers to go home."))
    assert found["Tesfaye Gondar"] == "person"


def test_a_company_office_still_leaves_a_place_named_firm_no_person():
    found = kinds(actors_of("Main sponsor Rosvelt Kazan paid the players' wages in March."))
    assert found["Rosvelt Kazan"] != "person"
