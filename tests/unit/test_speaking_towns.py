"""A name the gazetteers of towns and cities know (no capital), that the text makes a
speaker and places nowhere, is a company or another body named like the town, no place."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_town_that_says_or_tells_is_no_place():
    found = kinds(
        actors_of(
            "Tokoname said quarterly sales fell 4 percent. Kimitsu told investors on Tuesday "
            "that the brewery would close."
        )
    )
    assert found["Tokoname"] == "organization"
    assert found["Kimitsu"] == "organization"


def test_a_town_on_a_list_of_speakers_is_no_place():
    found = kinds(actors_of("Tokoname and Kimitsu said sales rose in March."))
    assert found["Tokoname"] == found["Kimitsu"] == "organization"


def test_a_town_placed_and_one_spoken_of_from_within_stay_places():
    found = kinds(
        actors_of(
            "Floods cut roads near Kimitsu on Monday. Officials in Tokoname said the river rose."
        )
    )
    assert found["Kimitsu"] == "place"
    assert found["Tokoname"] == "place"


def test_a_town_on_a_list_after_a_preposition_stays_a_place():
    found = kinds(actors_of("Hotel owners in Lastrova and Tokoname said bookings held up."))
    assert found["Tokoname"] == "place"


def test_a_city_that_speaks_is_a_body_and_so_is_a_name_listed_beside_it():
    found = kinds(actors_of("Toyota and Velkor said sales fell sharply in May."))
    assert found["Toyota"] == found["Velkor"] == "organization"
    capital = kinds(actors_of("Paris said it would act."))
    assert capital["Paris"] == "place"  # a capital speaks for its government


def test_a_town_that_tells_its_residents_or_is_placed_as_often_as_it_speaks_stays_a_place():
    found = kinds(
        actors_of(
            "Tokoname told residents to boil water. Mayor Ana Vell of Kimitsu said the dam "
            "was safe. Kimitsu said repairs would start in June."
        )
    )
    assert found["Tokoname"] == found["Kimitsu"] == "place"


def test_a_town_that_speaks_after_a_date_of_a_preposition_is_no_place():
    found = kinds(actors_of("Exports rose in June, Tokoname and Kimitsu said on Friday."))
    assert found["Tokoname"] == found["Kimitsu"] == "organization"
    weekday = kinds(actors_of("Prices held steady on Monday, Tokoname told investors."))
    assert weekday["Tokoname"] == "organization"
