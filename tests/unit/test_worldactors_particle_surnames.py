"""The family name before a particle is a short form of a Portuguese or Spanish name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_the_word_before_the_particle_and_the_names_from_it_are_short_forms():
    found = actors_of(
        "President Marcos Antonio Velho da Costa won the vote. Velho said he would govern. "
        "Critics of Velho da Costa marched on Sunday."
    )
    people = [a for a in found if a.kind == "person"]
    assert len(people) == 1
    assert {"Velho", "Velho da Costa"} <= set(people[0].aliases)


def test_a_second_given_name_before_the_particle_is_no_short_form():
    found = actors_of(
        "Ana Maria de Souza opened the school. Maria Velasquez, a teacher, spoke after her."
    )
    names = {a.name for a in found}
    assert {"Ana Maria de Souza", "Maria Velasquez"} <= names


def test_a_name_before_a_particle_of_descent_is_no_family_name():
    found = actors_of("Tarik Hamid bin Velani met Hamid Osei on Monday.")
    names = {a.name for a in found}
    assert {"Tarik Hamid bin Velani", "Hamid Osei"} <= names
