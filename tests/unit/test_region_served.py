"""Actors: a body named for the region it serves keeps the region in its name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_continent_after_for_and_in_ends_the_bodys_name():
    found = names(
        actors_of(
            "Monitors from the Council for Fair Elections in Africa and the Office for "
            "Security and Trade in Europe watched the vote in Kelby."
        )
    )
    assert {"Council for Fair Elections in Africa", "Office for Security and Trade in Europe"} <= (
        found
    )
    assert not {"Africa", "Europe"} & found


def test_a_town_after_in_is_where_the_body_sits():
    found = names(actors_of("The Office for Statistics in Varnholt counted the votes."))
    assert {"Office for Statistics", "Varnholt"} <= found
