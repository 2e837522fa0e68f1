"""Actors: capitalised words that are no actor by their class (titles of works...).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def actors_of(text: str) -> list[Actor]:
    return find_actors(text, sentences(text))


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_names_only_inside_a_title_case_quotation_are_part_of_a_title():
    found = actors_of(
        'At the fair she bought "Notes on Paper Kites" and "Ostrum on Sailing" for her son. '
        'The band played "Quiet Harbours" and "Letters From Velmora" all night.'
    )
    assert not {"Paper Kites", "Ostrum", "Quiet Harbours", "Velmora"} & names(found)


def test_places_headed_names_and_names_said_elsewhere_stay_though_quoted():
    found = actors_of(
        'He signed his letters "Protector of Peru". Fans want to rename it "The Vesk Bridge". '
        'Her essay "Ostrum and the Sea" was praised. Ostrum later thanked her.'
    )
    assert {"Peru", "Vesk Bridge", "Ostrum"} <= names(found)
