"""A demonym and a collective noun in lower case describe people, no name (#13):
"Ostrian troops", "Velkorian police", "an Ostrian military engineer" list no actor;
a people named by its plural ("Kurds") and a body's own name ("the Kelby Police") stay."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_collective_noun_before_a_noun_of_a_person_makes_no_group():
    found = names(
        "He was a Russian military engineer. Indian police officers arrested two men. "
        "Kenyan police investigators came later."
    )
    assert not found & {"Russian military", "Indian police", "Kenyan police"}


def test_a_demonym_and_a_plural_collective_noun_name_no_group():
    found = names(
        "Ostrian troops fired shells near Kelby. Velkorian police arrested three men. "
        "Tarskan officials said the border was shut. The Kelby Police said so. Kurds protested."
    )
    assert not found & {"Ostrian troops", "Velkorian police", "Tarskan officials"}
    assert {"Kelby", "Kelby Police", "Kurds"} <= found
