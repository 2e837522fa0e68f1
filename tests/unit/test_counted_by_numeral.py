"""Actors: a Roman numeral that counts a stage names no one; a ruler's stays.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_numeral_after_a_lower_case_noun_is_no_actor():
    found = names(
        actors_of(
            "Velmar said its phase III trial met its goal. The storm was upgraded to "
            "category IV, and the alert in Kelby was raised to level II."
        )
    )
    assert {"Velmar", "Kelby"} <= found
    assert not {"III", "IV", "II"} & found


def test_a_numeral_after_a_common_word_is_no_actor():
    found = names(actors_of("A Phase III study of the drug began in Ostland. Type II cases rose."))
    assert not {"Phase III", "Type II", "III", "II"} & found


def test_a_rulers_or_a_popes_numeral_stays_with_the_name():
    found = names(actors_of("Fans of Henry VIII met Pope Leo XIV, and Ana Vell posted on X."))
    assert {"Henry VIII", "Leo XIV"} <= found
