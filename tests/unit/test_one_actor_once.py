"""Forms that are one actor merge, and forms that are two stay apart (#13)."""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def actors_of(text: str) -> list[Actor]:
    return find_actors(text, sentences(text))


def forms_by_actor(text: str) -> list[set[str]]:
    return [{a.name, *a.aliases} for a in actors_of(text)]


def test_a_place_named_by_a_compass_point_is_not_the_place_it_names_a_part_of():
    groups = forms_by_actor(
        "Storms flooded farms in West Virginia on Sunday. Crews from Virginia drove north "
        "to help. By Tuesday the rain had reached North Kelmshire, and the roads of "
        "Kelmshire were shut."
    )
    assert {"West Virginia"} in groups and {"Virginia"} in groups
    assert {"North Kelmshire"} in groups and {"Kelmshire"} in groups

