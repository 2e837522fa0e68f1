"""Actors: rows of results, a name with its country's code and a figure, are read as lists.

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


def test_a_code_after_a_person_is_no_actor_of_its_own():
    found = actors_of(
        "The race was won by Faith Velmo (KEL) ahead of Ilse Marwick (DUN) and Ana Rask (OST)."
    )
    names = {a.name for a in found}
    assert names == {"Faith Velmo", "Ilse Marwick", "Ana Rask"}
    assert all(a.aliases == [] for a in found)


def test_a_code_the_text_names_elsewhere_stays_an_actor():
    found = actors_of(
        "Deputies Tomas Reyes (VPK) and Ana Kell (VPK) voted against the bill. The VPK said "
        "it would appeal."
    )
    names = {a.name for a in found}
    assert "VPK" in names


def test_initials_in_brackets_after_a_person_are_the_person():
    found = actors_of("Alma Ocasio Varga (AOV) spoke first. AOV said the vote was close.")
    person = next(a for a in found if a.name == "Alma Ocasio Varga")
    assert person.aliases == ["AOV"]


def test_a_match_row_with_each_sides_goals_names_both_sides_as_clubs():
    found = kinds(
        actors_of(
            "Saturday's results:\n"
            "Kelby Rovers 2 Velkor 1\n"
            "Al Tarsa 3 Ostra City 1\n"
            "Harwick Town 2-0 Dunmore County\n"
        )
    )
    for side in ("Kelby Rovers", "Velkor", "Al Tarsa", "Ostra City", "Harwick Town"):
        assert found.get(side) == "organization", side
    assert found.get("Dunmore County") == "organization"
    assert "Ostra City 1" not in found


def test_a_headline_counting_things_stays_a_headline():
    found = kinds(actors_of("Velkor Wins 3 Medals\nTop 10 Films Of 2024\nThe team flew home."))
    assert not set(found) & {"Wins", "Medals", "Films", "Top"}


def test_a_side_named_like_a_place_opening_a_row_keeps_its_goals_apart():
    found = kinds(actors_of("Kelby Town 2 Ostra City 1\nVelkor Harbour 3 Dunmore Road 0\n"))
    assert found.get("Kelby Town") == "organization"
    assert found.get("Velkor Harbour") == "organization"
    assert not set(found) & {"Kelby Town 2", "Velkor Harbour 3"}
