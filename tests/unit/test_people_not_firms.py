"""People whose sentences read like a company's ("is buying", "rival"), and firms at a
site's word, tested on sentences written for these tests."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_person_buying_or_a_rival_named_in_full_stays_a_person():
    found = kinds(
        actors_of(
            "Maria Lopez is buying a new car. Tom Rask rival Ana Vell won the final. "
            "Velkor rival Tarsko cut prices."
        )
    )
    assert found["Maria Lopez"] == found["Tom Rask"] == found["Ana Vell"] == "person"
    assert found["Tarsko"] == "organization"


def test_delays_at_a_company_leave_it_a_company():
    found = kinds(actors_of("Delays at Boeing hurt output. Passengers at Heathrow waited."))
    assert found["Boeing"] == "organization" and found["Heathrow"] == "place"
