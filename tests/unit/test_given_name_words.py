"""Words spelled like given names that name no one: a given name used as an adjective
inside a noun phrase ("a Christian family"), and a title of nobility before the place it
is of ("the 3rd Earl of Kelby")."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


@pytest.mark.parametrize(
    "text",
    [
        "He was raised in a wealthy Christian family near the coast.",
        "Many Christian schools closed that winter.",
        "The walls have stood there since Roman times.",
        "Pilgrims came to hear his sermons on Christian moral life.",
        "The Stuart restoration ended his exile.",
    ],
)
def test_a_given_name_inside_a_noun_phrase_names_no_one(text):
    assert not [k for k in _names(text).values() if k == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("When Maria arrived, the hall was empty.", "Maria"),
        ("The letters show that Tomas wrote often.", "Tomas"),
        ("He visited Maria frequently in those years.", "Maria"),
        ("Lena and Tomas met in 1990 and married in 1992.", "Tomas"),
        ("Nobody wrote to Anna in Paris.", "Anna"),
        ("The impact Tomas had on the team was clear.", "Tomas"),
    ],
)
def test_a_given_name_as_subject_or_object_stays_a_person(text, name):
    assert _names(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He met Tomas Varga, 3rd Earl of Kelby, in the spring.", "Kelby"),
        ("She later married the 2nd Duke of Ostrava.", "Ostrava"),
        ("The Count of Velmora owned the mill.", "Velmora"),
    ],
)
def test_a_title_of_nobility_before_its_place_is_no_actor(text, place):
    found = _names(text)
    assert found.get(place) == "place"
    assert not {"Earl", "Duke", "Count"} & set(found)


def test_a_place_spelled_like_a_given_name_stays_before_a_noun():
    found = _names("The case went to the UK court and then to the Georgia legislature.")
    assert found.get("UK") == "place" and found.get("Georgia") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film stars Will Harwood and Lena Osei.", "Will Harwood"),
        ("He was hurt after a tackle by Will Okafor in March.", "Will Okafor"),
    ],
)
def test_will_inside_a_sentence_before_a_surname_is_a_given_name(text, name):
    assert _names(text).get(name) == "person"


def test_the_modal_will_opens_no_name():
    assert "Will Happen" not in _names('She sang "What Will Happen" on the tour.')


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Later that year Anne-Lise joined the choir.", "Anne-Lise"),
        ("The prize went to Jean-Marc last spring.", "Jean-Marc"),
    ],
)
def test_a_word_of_two_given_names_joined_by_a_hyphen_is_a_person(text, name):
    assert _names(text).get(name) == "person"


@pytest.mark.parametrize("name", ["Rolls-Royce", "Alsace-Lorraine", "Emilia-Romagna"])
def test_a_hyphenated_name_with_one_given_name_is_no_person(name):
    assert _names(f"The talks were about {name} last spring.").get(name) != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rule was written by Anselm of Kelby around 1100.", "Anselm of Kelby"),
        ("He copied the letters of Hilda of Varnholt for the abbot.", "Hilda of Varnholt"),
    ],
)
def test_a_given_name_with_of_and_a_place_names_one_person(text, name):
    assert _names(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Only the Earl of Kelby came.", "Earl of Kelby"),
        ("She met Anna of the village council.", "Anna of the"),
    ],
)
def test_a_given_name_before_of_that_names_no_epithet_stays_apart(text, absent):
    assert not [n for n in _names(text) if n.startswith(absent)]


def test_a_document_named_with_a_given_name_and_of_is_no_person():
    assert _names("They read the Bill of Rights aloud.").get("Bill of Rights") != "person"


def test_the_given_name_alone_is_the_person_named_with_of():
    text = "Anselm of Kelby, also called Abbo Anselm, wrote the rule. Later Anselm left."
    found = [a for a in analyse(text, None).actors if a.kind == "person"]
    assert len(found) == 1 and "Anselm of Kelby" in [found[0].name, *found[0].aliases]


def test_a_given_name_then_a_middle_name_that_is_a_head_word_is_a_person():
    found = {
        a.name: a.kind
        for a in analyse(
            "The proof was told by Tomas Temple Vellard in his book. Visitors to the Lincoln "
            "Park Zoo and to Victoria Park Road came from Major League Baseball games.",
            None,
        ).actors
    }
    assert found["Tomas Temple Vellard"] == "person"
    assert found.get("Lincoln Park Zoo") != "person"
    assert found.get("Victoria Park Road") != "person"
    assert found.get("Major League Baseball") != "person"


def test_a_given_name_written_without_its_accents_is_still_a_given_name():
    # wire copy often drops marks: "Joao" for "João", "Sebastien" for "Sébastien"
    found = _names(
        "Lawyers for Joao van der Kelm said the ruling would be appealed. "
        "The court also heard Sebastien de Varnhout on Monday."
    )
    assert found["Joao van der Kelm"] == "person"
    assert found["Sebastien de Varnhout"] == "person"


def test_a_given_name_before_a_noun_of_a_kind_of_place_is_that_place():
    # "in Isabela province": the province's name, though a given name before a noun is
    # most often an adjective ("a Christian family")
    found = _names("The storm made landfall in Marisol province on Saturday.")
    assert found == {"Marisol": "place"}
    assert _names("They lived in a Christian village near the coast.") == {}
