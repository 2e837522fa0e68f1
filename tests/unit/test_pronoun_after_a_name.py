"""Actors: the pronoun "I" after a place's name opens a clause; no ruler's numeral.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_i_before_a_modal_or_am_is_the_pronoun():
    found = names(
        actors_of(
            '"When I reached Kelbany I could hardly walk," Ana Vell said. "In Tarsk I am happy."'
        )
    )
    assert {"Kelbany", "Tarsk", "Ana Vell"} <= found
    assert not {"Kelbany I", "Tarsk I"} & found


def test_i_after_a_known_place_is_the_pronoun():
    found = names(actors_of('"Back in Ostrava I was ready to quit," said Olusegun Adeyemi.'))
    assert "Ostrava" in found and "Ostrava I" not in found


def test_a_rulers_numeral_stays_in_the_name():
    found = names(actors_of("Ottokar I was crowned in Ostrava. Peter I ruled Kelbany for years."))
    assert {"Ottokar I", "Peter I"} <= found
