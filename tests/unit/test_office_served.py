"""Actors: the name after "of" that follows an officeholder's title and name is the place
the office serves ("Governor Ana Vell of X"), not the body a person speaks for.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_governors_state_is_a_place():
    found = kinds(
        actors_of(
            "Governor Adebayo Korrin of Velmara State said he would meet union leaders. "
            "Gov. Tomas Rasmor of Kelbyra signed the bill on Monday."
        )
    )
    assert found["Velmara State"] == "place"
    assert found["Kelbyra"] == "place"


def test_a_senators_and_a_mayors_territory_is_a_place():
    found = kinds(
        actors_of(
            "Sen. Ana Dorvel of Quellmark voted against the measure, and Mayor Ines Karvo of "
            "Ostrelin said the roads would reopen. Chief Minister Ravi Tennal of Velkapur "
            "announced relief."
        )
    )
    assert found["Quellmark"] == "place"
    assert found["Ostrelin"] == "place"
    assert found["Velkapur"] == "place"


def test_a_name_after_a_person_without_such_a_title_is_their_body():
    found = kinds(
        actors_of(
            "Professor Amara Velkin of Tarsk Polytechnic said the readings were normal. Ana "
            "Dorvel of Quellmark Partners said the deal would close."
        )
    )
    assert found["Tarsk Polytechnic"] == "organization"
    assert found["Quellmark Partners"] == "organization"


def test_an_acronym_after_a_former_officeholder_is_a_party():
    found = kinds(
        actors_of(
            "Former prime minister Tomas Velkun of KDP voted in Tarsk. His party is polling "
            "second, behind the Ostrel Front."
        )
    )
    assert found["KDP"] == "organization"


def test_a_portfolio_after_minister_of_is_no_place():
    found = kinds(actors_of("Tomas Velkun, the Minister of Fisheries, visited Kelbyra."))
    assert "Fisheries" not in found


def test_a_lower_case_title_or_a_common_noun_after_of_is_no_office_s_place():
    # "our rep Tom Rask of X": no office's title; "Minister Ana Vell of Finance": a portfolio
    found = kinds(
        actors_of(
            "Our rep Tomas Rasmor of Velquist told us the order had shipped. Minister Ana "
            "Dorvel of Finance presented the budget."
        )
    )
    assert found["Velquist"] != "place"
    assert found.get("Finance") != "place"
