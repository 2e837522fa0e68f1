"""A person named by a surname alone after the full name is that person, whatever the
shape of the surname: one of more words ("Van der Walle"), the first of two (Spanish and
Portuguese names), or the family name written first ("Ho Siu-ling")."""

from __future__ import annotations

import pytest

from tests.unit.actor_helpers import actors_of


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Union secretary Pieter Van der Walle said the talks had failed. "
            "Van der Walle said a strike was planned.",
            "Pieter Van der Walle",
            "Van der Walle",
        ),
        (
            "Ports chief Anneke de Smedt warned of delays. De Smedt said ships were waiting.",
            "Anneke de Smedt",
            "De Smedt",
        ),
        (
            "Airline president Julio Barragán Ochoa said the merger was approved. "
            "Barragán said regulators had agreed.",
            "Julio Barragán Ochoa",
            "Barragán",
        ),
        (
            "Magistrate Ho Siu-ling fined the driver. Ho said the road had been closed.",
            "Ho Siu-ling",
            "Ho",
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_in_full(text, full, short):
    found = {a.name: a for a in actors_of(text)}
    assert short not in found
    assert found[full].kind == "person"


def test_a_patronymic_particle_in_lower_case_is_inside_the_name():
    found = {
        a.name: a.kind
        for a in actors_of(
            "Party leader Rhys ap Gwilym said the seat was won. Nurse Siti binti Osman "
            "and Zainab bint Rashid were honoured."
        )
    }
    assert found["Rhys ap Gwilym"] == "person"
    assert found["Siti binti Osman"] == "person"
    assert found["Zainab bint Rashid"] == "person"
    assert not {"Rhys", "Gwilym", "Siti", "Osman", "Zainab", "Rashid"} & set(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The farm was seized under the government of Kiprop arap Sitienei in 1991.",
        "The court heard that Sidi ould Menane had signed the lease.",
        "Nurse Aminah binte Kassim was honoured.",
    ],
)
def test_a_particle_of_descent_of_other_languages_in_lower_case_is_inside_the_name(sentence):
    """Kalenjin "arap", Hassaniya "ould", Malay "binte" (son or daughter of)."""
    (person,) = [a for a in actors_of(sentence) if a.kind == "person"]
    assert len(person.name.split()) == 3


def test_a_given_name_no_list_holds_after_the_full_name_is_that_person():
    """News calls Thai, Ethiopian and Malay people by their given names, which the lists of
    given names seldom hold: the one person whose name opens with the word is meant."""
    found = actors_of(
        "Group chief executive Ornelo Vastrik said the planes would fly to Asia. "
        '"We are building a hub," Ornelo said.'
    )
    by_name = {a.name: a for a in found}
    assert "Ornelo" in by_name["Ornelo Vastrik"].aliases
    assert by_name["Ornelo Vastrik"].kind == "person"
    assert "Ornelo" not in by_name


def test_a_person_in_a_role_is_not_the_site_named_after_them():
    """A stadium or an airport named after a living leader: the leader named with a title
    is a person of their own, not a short form of the site."""
    found = actors_of(
        "The final was played at the Kwame Odartey Stadium in Ostrel. President Kwame "
        "Odartey declared Monday a holiday."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Kwame Odartey Stadium"].kind == "place"
    assert by_name["Kwame Odartey"].kind == "person"


def test_a_surname_that_is_a_towns_name_alone_is_the_person():
    """ "Toledo said" after "Joaquín Toledo": the surname a town shares stands for the
    person named in full, when nothing in the text places it."""
    found = actors_of(
        "The study was led by Joaquín Toledo of the Velmar Institute. Toledo said the "
        "results would help farmers."
    )
    by_name = {a.name: a for a in found}
    assert "Toledo" in by_name["Joaquín Toledo"].aliases
    assert "Toledo" not in by_name
