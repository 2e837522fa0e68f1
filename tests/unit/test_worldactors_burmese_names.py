"""A Burmese name, which has no family name, is a person's by its words.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_burmese_name_of_four_words_is_a_person():
    found = kinds(actors_of("The party led by Daw Khin Myo Thant won the vote in Kelby."))
    assert found["Daw Khin Myo Thant"] == "person"


def test_a_burmese_name_of_three_words_is_a_person():
    found = kinds(actors_of("Supporters of Thura San Hlaing gathered outside on Monday."))
    assert found["Thura San Hlaing"] == "person"


def test_a_body_with_a_head_stays_a_body():
    found = kinds(actors_of("Shares of Aung Myint Group rose on Monday."))
    assert found.get("Aung Myint Group") != "person"


def test_the_last_two_words_of_a_burmese_name_of_four_are_its_short_form():
    found = actors_of(
        "The party led by Daw Khin Myo Thant won the vote. Myo Thant said the count was fair."
    )
    people = [a for a in found if a.kind == "person"]
    assert [a.name for a in people] == ["Daw Khin Myo Thant"]
    assert "Myo Thant" in people[0].aliases
