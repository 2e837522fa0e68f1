"""Kinds from evidence the text gives about a name beyond the name itself: a later mention
of its last word, the other names of a list it stands on."""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def kind(text: str, name: str) -> str:
    actors: list[Actor] = find_actors(text, sentences(text))
    for actor in actors:
        if name == actor.name or name in actor.aliases:
            return actor.kind
    raise AssertionError(f"{name!r} not among {[a.name for a in actors]}")


def test_the_last_word_alone_is_a_surname_only_after_a_name_of_a_person_s_shape():
    text = (
        "She posted her first clip on English Vidtube in 2011. Vidtube paid her later. "
        "Ostrel Varkonyi wrote the score; Varkonyi also conducted it."
    )
    assert kind(text, "English Vidtube") != "person"
    assert kind(text, "Ostrel Varkonyi") == "person"


def test_a_name_nothing_speaks_for_takes_the_kind_of_the_names_listed_with_it():
    text = (
        "Lake Varn, Mount Kesh and Quorvik froze early that winter. Among the guests were "
        "Anna Quill, Tomas Berg and Dembrow. Vardo Holdings Inc. and Quillfin sell boats."
    )
    assert kind(text, "Quorvik") == "place"
    assert kind(text, "Dembrow") == "person"
    assert kind(text, "Quillfin") == "organization"


def test_a_list_goes_on_over_the_the_of_its_last_name():
    text = "New routes will link Asia and the Velmarias. Shares of Vantor and the Quillfin fell."
    assert kind(text, "Velmarias") == "place"
    assert kind(text, "Quillfin") == "organization"


def test_two_names_with_a_comma_and_and_between_them_stand_in_two_clauses():
    """A list of two writes no comma before its "and"; a list of three may ("X, Y, and Z")."""
    text = "Prices rose in Tulsa, and Quillfin gained in Ostrava. Trains left Tulsa, Kesh, and Dembrow."
    assert kind(text, "Quillfin") == "organization"
    assert kind(text, "Dembrow") == "place"


def test_names_of_different_kinds_on_one_list_give_none_of_them():
    text = "Talks between Anna Quill, Lake Varn and Dembrow stalled."
    assert kind(text, "Dembrow") == "organization"


def test_a_place_noun_in_the_possessive_in_an_apposition_says_nothing_of_the_name():
    text = (
        "Rates were cut by Vardoni, the country's largest lender, on Monday. The bank "
        "opened in Qaraduz, a town near the coast."
    )
    assert kind(text, "Vardoni") != "place"
    assert kind(text, "Qaraduz") == "place"


def test_a_state_after_a_comma_places_a_name_only_when_it_is_a_whole_name():
    text = (
        "A gift from Quillfin, Denver Zoo staff said, paid for the cage. The bird came from "
        "Varnell, Ohio, a few miles away."
    )
    assert kind(text, "Quillfin") != "place"
    assert kind(text, "Varnell") == "place"


def test_a_subject_followed_by_his_is_a_person():
    text = (
        "The deal was signed by Varkonyi in May. Varkonyi sold his shares a year later, "
        "and Quillfin sold its own."
    )
    assert kind(text, "Varkonyi") == "person"


def test_a_name_nothing_speaks_for_takes_the_kind_of_the_name_it_is_known_by():
    text = (
        "Traders camped near Tulsa, once known as Quorvik, every spring. The song was "
        "written by Anna Quill (also known as Dembrow) in 1990."
    )
    assert kind(text, "Quorvik") == "place"
    assert kind(text, "Dembrow") == "person"


def test_a_people_s_adjective_before_a_place_or_a_compass_point_names_a_place():
    text = "His novels tell of Soviet Georgia. Her songs tell of the American Southwest."
    assert kind(text, "Soviet Georgia") == "place"
    assert kind(text, "American Southwest") == "place"


def test_a_name_before_born_or_b_in_brackets_is_a_person():
    text = (
        "The prize went to Ostrel Varn Kesh Dembrow (b. 1961) and to Quill Ostrum Varga Lind "
        "(born 1970)."
    )
    assert kind(text, "Ostrel Varn Kesh Dembrow") == "person"
    assert kind(text, "Quill Ostrum Varga Lind") == "person"


def test_a_name_after_the_is_no_person_though_shaped_like_one():
    # two capitalised words no list knows look like a personal name; "the" before them,
    # with a verb or a full stop after, says a body or a place ("the Red Cross said")
    text = (
        "The Velder Marrow said it would send tents. Aid came from the Harlan Tessel. "
        "Anna Quill wrote the report. The Anna Quill case was closed."
    )
    assert kind(text, "Velder Marrow") != "person"
    assert kind(text, "Harlan Tessel") != "person"
    assert kind(text, "Anna Quill") == "person"  # "the Anna Quill case": the case is hers


def test_a_name_before_a_verb_only_a_person_does_is_a_person():
    # companies say, sell and sue; they do not resign, testify or weep
    text = "Velkar resigned on Monday. Dorsan testified for two hours, and Quimby wept."
    assert kind(text, "Velkar") == kind(text, "Dorsan") == kind(text, "Quimby") == "person"


def test_a_number_after_a_name_leaves_its_head_the_word_before():
    # "War II" as "Terminal 2": the numeral is no head, the war is an event (no actor)
    text = "Veterans of the Ostrel War II marched in Tarsk."
    assert [a.name for a in find_actors(text, sentences(text))] == ["Tarsk"]


def test_what_befell_a_noun_of_a_name_did_not_befall_the_name():
    # "was buried", "was arrested", "was born" after "N of X" tell of N, not of X
    text = (
        "Rain fell.\n\nThe village of Korvessa was buried on Monday. The chief of Ostrelia "
        "was arrested. Varnum was arrested too, and a friend of Tamsin Odell, born in 1950, "
        "spoke."
    )
    assert kind(text, "Korvessa") == "place"
    assert kind(text, "Ostrelia") != "person"
    assert kind(text, "Varnum") == "person"
    assert kind(text, "Tamsin Odell") == "person"
