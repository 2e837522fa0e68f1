"""Companies named like places: a name that opens with a word of places ("Rio", "Lake",
"Port", "Mount") is a company when the text treats it as one."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_company_named_with_a_place_prefix():
    found = kinds(
        actors_of(
            "The mine will be built by Rio Velka, the Anglo-Australian mining company. "
            "Rio Velka said it welcomed the decision."
        )
    )
    assert found["Rio Velka"] == "organization"


def test_a_place_named_with_a_place_prefix_stays_one():
    found = kinds(actors_of("Floods hit towns along Lake Ostrava. Port Kelvar was cut off."))
    assert found["Lake Ostrava"] == "place"
    assert found["Port Kelvar"] == "place"


def test_a_listed_company_takes_no_place_from_its_neighbour_on_a_list():
    found = kinds(actors_of("Kelby Mining was advised by Morgan Stanley and Ostrava by Barclays."))
    assert found["Morgan Stanley"] == "organization"


def test_a_giant_of_a_trade_in_apposition_is_a_company():
    found = kinds(
        actors_of(
            "Output at Kiruna, the state iron ore giant, fell in May. "
            "Ola Brenner, a giant of the stage, died on Monday."
        )
    )
    assert found["Kiruna"] == "organization"
    assert found["Ola Brenner"] == "person"


def test_rivals_such_as_a_town_name_a_company():
    found = kinds(
        actors_of(
            "Velkor Mining lags rivals such as Ostrava in output. "
            "She beat rivals such as Ana Vell and Tom Rask."
        )
    )
    assert found["Ostrava"] == "organization"
    assert found["Ana Vell"] == "person"


def test_who_makes_owns_or_runs_a_thing_is_no_place():
    found = kinds(
        actors_of(
            "The turbines are built by Tokoname and shipped from Leeds. The ferries to Oslo "
            "are operated by Kimitsu, and the hangar is owned by Ostrava."
        )
    )
    assert found["Tokoname"] == found["Kimitsu"] == found["Ostrava"] == "organization"
    assert found["Leeds"] == found["Oslo"] == "place"


def test_a_country_or_a_given_name_after_by_keeps_its_kind():
    found = kinds(actors_of("The airline is owned by Kenya. The shop was run by Marta."))
    assert found["Kenya"] == "place"
    assert found["Marta"] == "person"


def test_who_advises_or_pays_for_a_thing_even_after_its_country_is_no_place():
    found = kinds(
        actors_of(
            "The takeover was advised by Ostrava. The vaccine, made by Japan's Tokoname, "
            "arrived in May. The round was funded by Kenya's Harwick."
        )
    )
    assert found["Ostrava"] == found["Tokoname"] == found["Harwick"] == "organization"
    assert found["Japan"] == found["Kenya"] == "place"
