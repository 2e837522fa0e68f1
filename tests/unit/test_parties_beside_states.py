"""A name listed beside a country is a party to what the country does, not another
country: the gazetteer knows every country, so one it does not know is a body."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_group_listed_with_a_country_is_no_place():
    found = kinds(actors_of("Velkorat and Israel agreed to a ceasefire on Sunday."))
    assert found["Velkorat"] == "organization"
    assert found["Israel"] == "place"


def test_talks_between_a_group_and_a_country():
    found = kinds(actors_of("Talks between Kenya and Ostrahad broke down in Geneva."))
    assert found["Ostrahad"] == "organization"


def test_a_name_beside_a_region_or_a_placed_country_stays_a_place():
    found = kinds(
        actors_of(
            "Ohio, Indiana and Kelvoro passed new laws. Floods hit homes in Peru and Quorvani."
        )
    )
    assert found["Kelvoro"] == "place"
    assert found["Quorvani"] == "place"


def test_a_state_office_in_the_possessive_before_its_verb_makes_a_place():
    found = kinds(
        actors_of(
            "Kelvar's defence minister said the troops would stay. "
            "Korvik's parliament approved the budget. Dunhelm's ambassador warned of sanctions."
        )
    )
    assert found["Kelvar"] == "place"
    assert found["Korvik"] == "place"
    assert found["Dunhelm"] == "place"


def test_a_name_before_its_members_is_a_body():
    found = kinds(
        actors_of(
            "Dorun Haram fighters attacked Gwelo on Monday. Nour Hadi lawmakers walked out. "
            "Ohio lawmakers passed the bill."
        )
    )
    assert found["Dorun Haram"] == "organization"
    assert found["Nour Hadi"] == "organization"
    assert found["Ohio"] == "place"


def test_a_state_s_forces_and_central_bank_make_a_place():
    found = kinds(
        actors_of(
            "Velkor's army shelled the border. Officials from Ostrel's central bank met the "
            "delegation. Dunhelm's police arrested 40 people."
        )
    )
    assert found["Velkor"] == "place"
    assert found["Ostrel"] == "place"
    assert found["Dunhelm"] == "place"


def test_a_name_apposed_to_a_leader_s_party_is_a_party():
    found = kinds(
        actors_of(
            "Dravik's party, New Ostrava, won 70 percent. "
            "Brenner recommended Ola to his publisher, Tomas Keller, who agreed."
        )
    )
    assert found["New Ostrava"] == "organization"
    assert found["Tomas Keller"] == "person"
