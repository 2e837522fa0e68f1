"""Actors: capitalised words that name nothing, pieces of names and short forms left apart.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.text import sentences
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_initials_before_a_surname_stay_in_the_name():
    found = actors_of(
        "The essay was praised by T. R. Olembe in a letter. Readers wrote to K. Vantorsky about it."
    )
    assert {"T. R. Olembe", "K. Vantorsky"} <= names(found)


def test_a_name_does_not_end_with_an_ampersand():
    found = actors_of("The shop sold toys called Pebble Moth & Mr. Quillby last year.")
    assert "Pebble Moth" in names(found)
    assert not any(a.name.endswith("&") for a in found)


def test_honours_and_award_categories_are_no_actors():
    found = actors_of(
        "Dana Ortelli made the All-Conference team twice and was an All-American in 2019. "
        "She was nominated for Best Supporting Actress at the Velmar Film Awards, "
        "and her film won Best Picture. Best Buy sold the film."
    )
    assert not {"All-Conference", "All-American", "Best Supporting Actress", "Best Picture"} & (
        names(found)
    )
    assert "Best Buy" in names(found)


def test_a_name_with_and_without_accents_is_one_actor():
    found = actors_of("Renée Šimková spoke first. Later Renee Simkova thanked the crowd.")
    assert len([a for a in found if a.kind == "person"]) == 1


def test_a_given_name_and_surname_of_a_longer_name_join_it():
    found = actors_of(
        "Lena Maria Ines Kovalenko was born in Kyiv. Maria Kovalenko later taught in Lviv."
    )
    people = [a for a in found if a.kind == "person"]
    assert len(people) == 1 and "Maria Kovalenko" in people[0].aliases


def test_a_clipped_given_name_is_the_same_person():
    """ "Tim" of "Timothy", "Tom" of "Thomas": an English short form of a given name (a
    licensed list) before the same surname names the same person; not "Peter" and
    "Patrick", two given names."""
    found = actors_of(
        "Timothy Okonjo, the finance minister, resigned on Monday. Tim Okonjo had served "
        "for two years. Thomas R. Vellany chaired the board, and Tom Vellany praised him."
    )
    people = sorted((a.name, sorted(a.aliases)) for a in found if a.kind == "person")
    assert people == [("Thomas R. Vellany", ["Tom Vellany"]), ("Timothy Okonjo", ["Tim Okonjo"])]
    found = actors_of("Peter Quarrie met Patrick Quarrie in Leeds on Monday.")
    assert {"Peter Quarrie", "Patrick Quarrie"} <= names(found)


def test_a_given_name_alone_is_the_namesake_named_before_it():
    found = actors_of(
        "Steve Hale, the club's founder, died on Sunday. Friends said Steve loved the sea. "
        '"Steve built this place," one said. Later Steve Ortiz, the mayor, paid tribute.'
    )
    people = sorted((a.name, sorted(a.aliases)) for a in found if a.kind == "person")
    assert people == [("Steve Hale", ["Steve"]), ("Steve Ortiz", [])]
    found = actors_of(
        "Steve Hale met Steve Ortiz on Sunday. Steve said the talks went well."
    )  # both named before it: no one can tell which
    assert "Steve" in names(found) or not any("Steve" in a.aliases for a in found)


def test_a_state_code_joins_the_state_named_in_full():
    found = actors_of(
        "The ferry runs from Weehawken, NJ to Manhattan. New Jersey pays for half of it."
    )
    state = next(a for a in found if a.name == "New Jersey")
    assert state.aliases == ["NJ"]


def test_a_known_place_at_an_opening_keeps_its_first_word():
    found = actors_of("The ferry runs to Staten Island. New Jersey pays for half of it.")
    assert "New Jersey" in names(found)


def test_a_name_with_a_hyphen_or_a_space_or_with_marks_written_out_is_one_actor():
    found = actors_of(
        "The ferry left Basse-Vallon at noon. Basse Vallon has a small port. "
        "Jørgen Kjærsgaard met Joergen Kjaersgaard's brother there."
    )
    assert {"Basse-Vallon", "Basse Vallon"} & names(found)
    assert len([a for a in found if "Vallon" in a.name]) == 1
    assert len([a for a in found if "gaard" in a.name]) == 1


def test_an_abbreviation_written_out_is_the_same_name():
    found = actors_of(
        "The shop is on Main St. near the park. Main Street is busy. "
        "Ferries to St. Kilda left at dawn. Boats reach Saint Kilda in summer."
    )
    assert len([a for a in found if a.name.startswith("Main")]) == 1
    assert len([a for a in found if "Kilda" in a.name]) == 1


def test_a_surname_alone_is_the_persons_before_a_name_it_opens():
    found = actors_of(
        "Ada Velkonen announced the Velkonen Plan in June. Velkonen said it would work."
    )
    person = next(a for a in found if a.name == "Ada Velkonen")
    assert "Velkonen" in person.aliases


def test_a_title_before_a_surname_is_the_person_of_that_surname():
    found = actors_of("Lena Okafor led the unit. Later General Okafor spoke to them.")
    assert len([a for a in found if "Okafor" in a.name]) == 1


def test_dotted_initials_before_a_surname_neither_end_a_sentence_nor_the_name():
    text = "Fans cheered when O.J. Velmont arrived with J.R. Tamsin-Oduya."
    assert len(sentences(text)) == 1
    found = actors_of(text)
    assert {"O.J. Velmont", "J.R. Tamsin-Oduya"} <= names(found)
    assert {a.kind for a in found} == {"person"}


def test_initials_before_a_name_make_a_person_but_a_compass_letter_does_not():
    found = actors_of("The bakery at 40 S. Velbrook sold bread that T. R. Olembe liked.")
    assert {(a.name, a.kind) for a in found} >= {("T. R. Olembe", "person")}
    assert all(a.kind != "person" for a in found if "Velbrook" in a.name)


def test_a_person_glued_after_the_name_of_an_employer_is_apart_from_it():
    found = actors_of(
        "He spoke to a professor at Harlow State University Simon Vettori about the games. "
        "Vettori said the games were popular at Marrow Valley Institute of Design."
    )
    person = next(a for a in found if a.name == "Simon Vettori")
    assert person.kind == "person" and "Vettori" in person.aliases
    assert "Harlow State University" in names(found)
