"""A demonym and a member of a party stacked before a person's name both describe the
person (#13, election and politics copy): "Kenyan Democrat Wanjiru Kamau" names Wanjiru
Kamau, as "Democrat Ines Rautio" and "Nigerian Ngozi Okafor" do."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_demonym_and_a_party_member_before_a_name_are_no_part_of_it():
    found = kinds(
        actors_of(
            "Kenyan Democrat Wanjiru Kamau spoke first, followed by Belgian Liberal "
            "Pieter Claessens. Both backed the Velkor treaty."
        )
    )
    assert found.get("Wanjiru Kamau") == "person"
    assert found.get("Pieter Claessens") == "person"
    assert not any(n.split()[0] in {"Kenyan", "Belgian", "Democrat", "Liberal"} for n in found)


def test_bodies_opening_with_such_words_stay_whole():
    found = kinds(
        actors_of(
            "Irish Republican Army veterans marched. Swiss Federal Railways cut fares and "
            "British Airways added flights."
        )
    )
    assert {"Irish Republican Army", "Swiss Federal Railways", "British Airways"} <= set(found)


def test_a_trade_in_title_case_after_a_demonym_is_no_part_of_the_name():
    """Copy and headlines in title case: "Kenyan Olympian Wanjiru Kamau retired", "British
    Comedian Tom Rask died": the people and the trade describe the person; a body's name
    keeps its words ("American Star Wars fans": no person)."""
    found = {
        a.name: a.kind
        for a in actors_of(
            "Kenyan Olympian Wanjiru Kamau retired on Monday. British Comedian Tom Rask died."
        )
    }
    assert found["Wanjiru Kamau"] == found["Tom Rask"] == "person"
    assert "Kenyan Olympian Wanjiru Kamau" not in found


def test_a_demonym_and_a_trade_in_title_case_alone_are_no_name():
    """ "A 19-year-old Ghanaian Soldier, Corporal Ana Vell, was taken": one person told by
    the people and the trade, no name; in the plural, a group ("Two Australian Nurses")."""
    found = {
        a.name: a.kind
        for a in actors_of(
            "A 19-year-old Ghanaian Soldier, Corporal Ana Vell, was taken captive. The Kenyan "
            "Athlete won the race. Two Australian Nurses were hurt."
        )
    }
    assert "Ghanaian Soldier" not in found and "Kenyan Athlete" not in found
    assert found["Ana Vell"] == "person"
    assert found["Australian Nurses"] == "group"


def test_a_titles_word_and_an_office_adjective_before_a_noun_are_no_name():
    """ "the Vice Presidential debate", "former Vice Presidential chief of staff Tomas
    Rask": an office's adjective in title case before a noun names nothing, as "the
    Presidential palace" does not; companies so opened stay ("General Electric shares")."""
    found = {
        a.name: a.kind
        for a in actors_of(
            "The Vice Presidential debate was held in Kelby. Former Vice Presidential chief of "
            "staff Tomas Rask was charged. General Electric shares fell."
        )
    }
    assert "Vice Presidential" not in found
    assert found["Tomas Rask"] == "person" and found["General Electric"] == "organization"


def test_a_company_opened_by_a_rank_and_an_adjective_stays_before_its_shares():
    """ "General Industrial shares rose": "General" and an office-like adjective before a
    company's stake or verb name the company."""
    for sentence in ("General Industrial shares rose.", "General Industrial said it would."):
        found = {a.name: a.kind for a in actors_of(sentence)}
        assert found.get("General Industrial") == "organization", sentence


def test_a_demonym_and_a_trade_in_ss_in_title_case_are_no_name():
    """ "The Kenyan Actress won": "Actress" is one person's trade, no plural of a group."""
    found = {a.name for a in actors_of("The Kenyan Actress won the award in Kelby.")}
    assert "Kenyan Actress" not in found and "Kelby" in found
