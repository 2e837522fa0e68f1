"""What moves after a list of names that a preposition opens is a thing of theirs ("exports
to X and Y were down"), no share price: the names stay places. Test sentences written for
these tests."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_towns_listed_after_a_preposition_before_up_or_down_stay_places():
    found = kinds(
        actors_of(
            "Exports to Leeds and Bolton were down 3 percent. Stocks in Derby and Hull were "
            "up 2 percent. Shares of Kelby and Velkor were down 3 percent."
        )
    )
    assert found["Leeds"] == found["Bolton"] == "place"
    assert found["Derby"] == found["Hull"] == "place"
    assert found["Kelby"] == found["Velkor"] == "organization"


def test_names_listed_before_up_or_down_are_all_prices():
    found = kinds(
        actors_of(
            "Preston and Wigan were down 3 percent on Monday. Halden, Mostar and Velkor "
            "closed up 2 percent. Tomas Rask and Ana Vell were down 4 points in the polls."
        )
    )
    assert found["Preston"] == found["Wigan"] == "organization"
    assert found["Halden"] == found["Mostar"] == found["Velkor"] == "organization"
    assert found["Tomas Rask"] == found["Ana Vell"] == "person"


def test_what_a_thing_of_a_town_does_leaves_the_town_a_place():
    found = kinds(
        actors_of(
            "The factory in Brastow employs 900 people. The villages of Quenby and Marlock "
            "merged in 1974. Ostvale sells tyres."
        )
    )
    assert found["Brastow"] == found["Quenby"] == found["Marlock"] == "place"
    assert found["Ostvale"] == "organization"


def test_a_list_summed_up_before_its_move_is_of_prices():
    found = kinds(
        actors_of(
            "Coleridge Financial and Ashby Mutual both fell more than 9 percent. Harnby, "
            "Dorsk and Quellby all rose 2 percent. Preston and Wigan each lost 2 percent."
        )
    )
    for name in ("Coleridge Financial", "Ashby Mutual", "Harnby", "Dorsk", "Quellby"):
        assert found[name] == "organization", name
    assert found["Preston"] == found["Wigan"] == "organization"


def test_states_and_countries_up_or_down_stay_places():
    found = kinds(
        actors_of(
            "Ohio and Michigan were down 2 percent in jobless claims. Sales fell. Scotland "
            "and Wales were up 4 percent."
        )
    )
    for name in ("Ohio", "Michigan", "Scotland", "Wales"):
        assert found[name] == "place", name


def test_people_summed_up_before_a_move_or_a_share_of_theirs_stay_people():
    found = kinds(actors_of("Ana Vell and Tom Rask each lost 5 percent of their body weight."))
    assert found["Ana Vell"] == found["Tom Rask"] == "person"
    found = kinds(actors_of("Ąna Vęll and Ŧom Řask both fell 9 percent."))
    assert found["Ąna Vęll"] == found["Ŧom Řask"] == "person"
    found = kinds(actors_of("Ana Vell also lost 5 percent of her body weight."))
    assert found["Ana Vell"] == "person"
    # a list of prices, summed up or not, stays of companies
    found = kinds(actors_of("Harnby and Dorsk each lost 5 percent of their value."))
    assert found["Harnby"] == found["Dorsk"] == "organization"
