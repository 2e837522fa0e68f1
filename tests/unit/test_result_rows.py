"""Actors: rows of results, a name with its country and a figure, are no headlines.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_row_ending_in_a_figure_after_a_bracket_is_no_headline():
    found = kinds(
        actors_of(
            "Results of the women's 800 metres:\n"
            "1. Amara Velkonen (KEL) 1:58.20\n"
            "2. Ilse Marwick (DUN) 1:58.94\n"
            "Velkonen said the wind had helped."
        )
    )
    assert found.get("Amara Velkonen") == "person"
    assert found.get("Ilse Marwick") == "person"


def test_a_row_ending_in_a_figure_after_a_comma_is_no_headline():
    found = kinds(actors_of("Final standings:\nOlusegun Adeyemi, Nigeria, 10.90\n"))
    assert found.get("Olusegun Adeyemi") == "person"


def test_a_headline_ending_in_a_figure_stays_a_headline():
    found = kinds(actors_of("Velkor Index Closes Above 40,000\nThe market rose."))
    assert "Velkor Index Closes Above" not in found
