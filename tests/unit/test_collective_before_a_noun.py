"""A demonym and a collective noun in the singular before a noun of a person describe the
person (#13): "an Ostrian military engineer" names no group, where "Ostrian troops" and
"Ostrian people" are groups."""

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


def test_a_demonym_and_a_plural_collective_noun_stay_a_group():
    found = names("Russian troops fired shells. Chinese people consider it a holiday.")
    assert {"Russian troops", "Chinese people"} <= found
