"""Actors: capitalised words that name nothing, pieces of names and short forms left apart.

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


def test_initials_before_a_surname_stay_in_the_name():
    found = actors_of(
        "The essay was praised by T. R. Olembe in a letter. Readers wrote to K. Vantorsky about it."
    )
    assert {"T. R. Olembe", "K. Vantorsky"} <= names(found)


def test_a_name_does_not_end_with_an_ampersand():
    found = actors_of("The shop sold toys called Pebble Moth & Mr. Quillby last year.")
    assert "Pebble Moth" in names(found)
    assert not any(a.name.endswith("&") for a in found)


def test_honours_and_award_categories_are_no_actors():
    found = actors_of(
        "Dana Ortelli made the All-Conference team twice and was an All-American in 2019. "
        "She was nominated for Best Supporting Actress at the Velmar Film Awards, "
        "and her film won Best Picture. Best Buy sold the film."
    )
    assert not {"All-Conference", "All-American", "Best Supporting Actress", "Best Picture"} & (
        names(found)
    )
    assert "Best Buy" in names(found)
