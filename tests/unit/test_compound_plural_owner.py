"""Actors: a union named for its members' trade in the possessive is one name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_compound_trade_in_the_possessive_goes_on_with_the_unions_name():
    found = names(
        actors_of(
            "The Kelby Mineworkers' Union called a strike, and the Ostland Dockhands' "
            "Federation backed it."
        )
    )
    assert {"Kelby Mineworkers' Union", "Ostland Dockhands' Federation"} <= found
    assert not {"Kelby Mineworkers", "Ostland Dockhands"} & found


def test_a_bands_possessive_still_ends_its_name():
    found = names(actors_of("The Velkors' Harbour Records sued the promoter in Kelby."))
    assert "Velkors' Harbour Records" not in found


def test_a_compound_plurals_possessive_before_a_head_in_lower_case_names_no_body():
    found = names(actors_of("Carmakers' union calls national strike."))
    assert not any("union" in name for name in found)
