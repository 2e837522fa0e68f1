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


def test_a_name_written_after_the_alone_is_no_leader():
    found = kinds(
        actors_of(
            "The Korvani administration closed the border. A spokesman for the Korvani "
            "said the crossing would stay shut."
        )
    )
    assert found["Korvani"] == "organization"


def test_a_leader_named_before_administration_stays_a_person():
    found = kinds(actors_of("The Velkar administration cut taxes. Velkar said he was proud."))
    assert found["Velkar"] == "person"


def test_a_name_after_the_before_a_verb_in_the_past_is_no_person():
    found = kinds(
        actors_of(
            "Aid was sent and the Velmar Cross opened clinics in the north. "
            "The Anna Quill case ended."
        )
    )
    assert found["Velmar Cross"] == "organization"
    assert found["Anna Quill"] == "person"
