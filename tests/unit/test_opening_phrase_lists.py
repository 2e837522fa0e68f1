"""A phrase opening a sentence with a preposition and closed by a comma ends before the
names of the subject: they are no list with the name inside that phrase."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_names_after_an_opening_phrase_with_a_place_are_no_places():
    found = kinds(
        actors_of(
            "After the semi-final in Dravenna, Okonkwo and Halvarsen shook hands. "
            "In Tarsk, Chidera Nwosu and Pell Aundry signed the papers."
        )
    )
    assert found["Dravenna"] == found["Tarsk"] == "place"
    assert found["Chidera Nwosu"] == found["Pell Aundry"] == "person"
    assert found["Okonkwo"] != "place" and found["Halvarsen"] != "place"


def test_a_list_of_places_that_is_the_opening_phrase_stays_places():
    found = kinds(
        actors_of("In Dravenna, Quorvik and Lastrel, farmers left their fields after the rains.")
    )
    assert found["Dravenna"] == found["Quorvik"] == found["Lastrel"] == "place"


def test_single_words_after_an_opening_with_a_place_stay_places_with_no_person_s_verb():
    found = kinds(actors_of("After the storm in Tarsk, Quorvik and Lastrel were cut off."))
    assert found["Quorvik"] == found["Lastrel"] == "place"
    found = kinds(actors_of("In the region of Dravenna, Quorvik and Lastrel were flooded."))
    assert found["Quorvik"] == found["Lastrel"] == "place"


def test_single_words_after_an_opening_before_a_verb_of_persons_are_persons():
    found = kinds(actors_of("In Dravenna, Okonkwo and Halvarsen shook hands."))
    assert found["Okonkwo"] == found["Halvarsen"] == "person"
    found = kinds(actors_of("After the final in Kelby, Rask and Vell embraced."))
    assert found["Rask"] == found["Vell"] == "person"


def test_single_words_after_an_opening_that_are_arrested_or_own_shares_are_no_places():
    found = kinds(actors_of("After the storm in Tarsk, Velcor and Tarsko shares fell."))
    assert found["Velcor"] != "place" and found["Tarsko"] != "place"
    found = kinds(actors_of("In Lagos, Okonkwo and Halvarsen were arrested on Monday."))
    assert found["Okonkwo"] != "place" and found["Halvarsen"] != "place"
