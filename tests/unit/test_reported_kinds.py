"""Kinds of names in what a text reports and whose it says things are: a name after
"said" that opens a reported clause is no speaker, a name written after "the" alone is no
person's."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_opening_a_reported_clause_is_no_speaker():
    found = kinds(
        actors_of(
            "The Dunmore coach said La Ostrana was the hardest league in Europe. "
            "La Ostrana has twenty clubs."
        )
    )
    assert found["La Ostrana"] == "organization"


def test_a_speaker_after_the_verb_still_speaks():
    found = kinds(
        actors_of(
            '"We will not give up," said Tarvo Lindqvist. '
            "The strike would go on, said Ngozi Okafor in Kelby."
        )
    )
    assert found["Tarvo Lindqvist"] == "person"
    assert found["Ngozi Okafor"] == "person"
