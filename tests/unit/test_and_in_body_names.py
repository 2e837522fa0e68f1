"""Actors: "and" inside the name of a party, a ministry or a movement.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_titles_word_alone_after_and_ends_a_bodys_name():
    found = names(
        actors_of(
            "Ana Tepic of the Party of Freedom and Justice said the count was rigged. "
            "The Ministry of Finance and Justice fined Velkor."
        )
    )
    assert {"Party of Freedom and Justice", "Ministry of Finance and Justice"} <= found
    assert not {"Party of Freedom", "Ministry of Finance"} & found


def test_a_title_with_a_name_after_and_is_another_persons():
    found = names(
        actors_of("Minister of Finance Ana Vell and Minister for Justice Tomas Okafor met.")
    )
    assert {"Ana Vell", "Tomas Okafor"} <= found


def test_two_abstract_nouns_before_party_name_one_party():
    found = names(
        actors_of(
            "The vote was a blow to the Unity and Renewal party, which backed Ana Vell. "
            "Supporters of the Bread and Freedom movement marched in Kelby."
        )
    )
    assert {"Unity and Renewal", "Bread and Freedom"} <= found
    assert not {"Unity", "Bread", "Renewal"} & found


def test_two_nouns_before_a_magazine_stay_apart():
    found = names(actors_of("She read it in Travel and Leisure magazine last year."))
    assert "Travel and Leisure" not in found


def test_a_body_with_and_keeps_its_name_before_an_officers_title():
    found = names(
        actors_of(
            "Lending and Savings Authority Chairwoman Ifeoma Charlesworth said the rules "
            "would change. The fine was set by Markets and Exchange Commission "
            "Commissioner Radu Vintilescu on Monday."
        )
    )
    assert {
        "Lending and Savings Authority",
        "Markets and Exchange Commission",
        "Ifeoma Charlesworth",
        "Radu Vintilescu",
    } <= found
    assert not {"Lending", "Savings Authority", "Markets", "Exchange Commission"} & found


def test_two_abstract_nouns_and_a_partys_word_are_one_party_though_a_titles_word_opens():
    found = names(
        actors_of(
            "The Justice and Renewal Party won the vote in Kelby. Rebels of the Justice and "
            "Equality Movement attacked Tarsk. Justice and Culture Minister Ana Vell resigned."
        )
    )
    assert {"Justice and Renewal Party", "Justice and Equality Movement", "Ana Vell"} <= found
    assert not {"Renewal Party", "Equality Movement"} & found


def test_a_country_before_a_bodys_fields_joined_by_and_owns_the_whole_body():
    found = names(
        actors_of(
            "The brokerage settled with the U.S. Markets and Exchange Commission on Monday. "
            "The Ghanaian Securities and Futures Commission fined Ostrava Capital. "
            "The European Union and the African Union met in Kelby."
        )
    )
    assert {
        "U.S. Markets and Exchange Commission",
        "Ghanaian Securities and Futures Commission",
        "European Union",
        "African Union",
    } <= found
    assert not {"U.S. Markets", "Ghanaian Securities", "Futures Commission"} & found


def test_two_wares_joined_by_and_name_one_company():
    """ "the Kelby Windows and Doors factory", "Velkor Pipes and Valves Company": a firm
    named for what it makes, one name; peoples, parties and clubs joined so stay apart."""
    found = names(
        actors_of(
            "Workers occupied the Kelby Windows and Doors factory in Tarsk. The Velkor Pipes "
            "and Valves Company cut 40 jobs. Kelby Rangers and Rovers drew on Saturday."
        )
    )
    assert {"Kelby Windows and Doors", "Velkor Pipes and Valves Company"} <= found
    assert "Kelby Windows" not in found
    assert "Kelby Rangers and Rovers" not in found


def test_two_teams_joined_by_and_are_no_company_of_wares():
    """With no head after them, two plurals joined by "and" are one company's wares only
    before a company's noun ("factory", "shares"): teams named for animals stay apart."""
    found = names(actors_of("Detroit Lions and Bears fans fought. Kelby Lions and Tigers drew."))
    assert "Detroit Lions" in found and "Kelby Lions" in found
    assert not {"Detroit Lions and Bears", "Kelby Lions and Tigers"} & found
