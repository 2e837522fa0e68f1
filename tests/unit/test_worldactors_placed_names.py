"""Personal names with a word that also names a place and no given name the lists know
first ("Rahmat Sahara"), told a person's by the words around.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_trade_before_a_name_ending_in_a_place_makes_a_person():
    found = kinds(actors_of('"The well is dry," shopkeeper Rahmat Wenchang told the radio.'))
    assert found["Rahmat Wenchang"] == "person"


def test_an_age_after_a_name_ending_in_a_place_makes_a_person():
    found = kinds(actors_of("The bus driver, Bakari Kandahar, 61, was unhurt."))
    assert found["Bakari Kandahar"] == "person"


def test_a_title_in_apposition_makes_a_person():
    found = actors_of('"We need boats," said Rahmat Sahara, head of the village council.')
    person = next(a for a in found if a.name == "Rahmat Sahara")
    assert person.kind == "person"
    assert person.roles == ["head of the village council"]


def test_a_common_word_that_is_a_given_name_too_keeps_the_shape():
    found = kinds(actors_of("Party spokesperson Bago Aung Shin said the count was fair."))
    assert found["Bago Aung Shin"] == "person"


def test_a_speech_verb_alone_leaves_a_company_named_after_a_place():
    found = kinds(actors_of("Dorvik Atlantic said on Monday that flights were cancelled."))
    assert found.get("Dorvik Atlantic") != "person"


def test_a_place_of_all_its_words_stays_a_place():
    found = kinds(actors_of("Residents of Kansas City, who lost power, waited for crews."))
    assert found["Kansas City"] == "place"


def test_who_after_a_club_named_for_its_city_leaves_it_no_person():
    found = kinds(actors_of("Ajax Amsterdam, who won the league last season, face Porto."))
    assert found["Ajax Amsterdam"] != "person"


def test_a_title_a_company_holds_too_leaves_a_place_named_firm_no_person():
    found = kinds(
        actors_of(
            "The club's new owner Varnholm Moscow paid off the debts. "
            "The stadium belongs to Kelsan Dortmund, owner of the club, since 2009."
        )
    )
    assert found["Varnholm Moscow"] == "organization"
    assert found["Kelsan Dortmund"] == "organization"


def test_words_that_each_name_a_place_are_no_persons_shape():
    found = kinds(actors_of("The line was sold to Kansas Pacific, head of the network, in May."))
    assert found["Kansas Pacific"] != "person"
