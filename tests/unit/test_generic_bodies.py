"""Actors: a kind of body capitalised alone ("the Government") names no one body.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_government_an_opposition_or_a_cabinet_alone_is_no_actor():
    found = actors_of(
        "The Government of Ostland said on Monday that fuel taxes would rise. "
        "The Opposition walked out, and the Cabinet met late into the night. "
        "Finance Minister Olusegun Adeyemi defended the plan."
    )
    assert not {"Opposition", "Cabinet"} & names(found)
    assert {"Government of Ostland", "Olusegun Adeyemi"} <= names(found)


def test_a_government_alone_after_a_demonym_is_no_actor():
    found = actors_of("The Kenyan Government has not commented. The Ministry said nothing.")
    assert not {"Kenyan Government", "Government", "Ministry"} & names(found)


def test_a_kind_of_body_said_with_its_name_stays_its_short_form():
    found = actors_of(
        "The Ministry of Harbours in Kelby fined Velmar Shipping. The Ministry said the fine "
        "would double. Velmar said it would appeal."
    )
    ministry = next(a for a in found if a.name == "Ministry of Harbours")
    assert "Ministry" in ministry.aliases


def test_a_legislature_alone_is_still_an_actor():
    found = actors_of("The Senate voted 61-39 on Tuesday, and Congress will vote in June.")
    assert {"Senate", "Congress"} <= names(found)
