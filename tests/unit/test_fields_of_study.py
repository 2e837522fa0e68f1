"""Actors: a field studied or taught ("studied Physics, Chemistry and Marine Biology", "a
degree in Computer Science", "professor of Political Science") is no actor.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_subjects_listed_after_studied_are_no_actors():
    found = names("Ana Velkor studied Physics, Chemistry and Marine Biology in Tarsk.")
    assert found == {"Ana Velkor", "Tarsk"}


def test_a_field_after_a_degree_or_a_chair_is_no_actor():
    found = names(
        "She holds a degree in Computer Science from Kelby Polytechnic, where Tomas Rask is "
        "professor of Political Science."
    )
    assert found == {"Kelby Polytechnic", "Tomas Rask"}


def test_a_name_no_dictionary_holds_stays_after_a_cue_of_study():
    found = names("Ana Velkor studied Velkoran law, and she has a degree in Tarsk.")
    assert "Tarsk" in found
