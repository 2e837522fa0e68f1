"""A member of a party between a place and a title says what the person is, no part of
the place's name (#13, US state and election copy): "Ostrava Republican Governor Amara
Osei signed the bill" lists the place and the governor, no "Ostrava Republican"."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_party_member_before_a_title_is_no_part_of_the_place():
    got = {
        a.name: a.roles
        for a in actors_of(
            "Louisiana Republican Governor Amara Osei signed the bill, and Ohio Democratic "
            "Senator Tomas Rask spoke against it."
        )
    }
    assert {"Louisiana", "Ohio", "Amara Osei", "Tomas Rask"} <= set(got)
    assert not any("Republican" in n or "Democratic" in n for n in got)
    assert got["Amara Osei"] == ["Louisiana Republican Governor"]


def test_a_party_named_with_its_word_stays_whole():
    names = {a.name for a in actors_of("Kelby Democratic Party chairman Ana Vell spoke.")}
    assert "Kelby Democratic Party" in names
