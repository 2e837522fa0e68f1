"""A trade in lower case right before a name ("actor X", "the singer X") makes a person
of it, whatever its shape or its words."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_after_a_trade_is_a_person():
    found = kinds(
        actors_of(
            "A message on the phone of actor Temeloju hinted at the deal. Police questioned "
            "the singer Adaramola on Monday, and fans cheered rapper Okonjo outside."
        )
    )
    assert found["Temeloju"] == found["Adaramola"] == found["Okonjo"] == "person"


def test_a_person_whose_surname_is_a_word_after_a_trade_is_a_person():
    found = kinds(actors_of("His wife, film star Ilsa Scales, died in May."))
    assert found["Ilsa Scales"] == "person"


def test_a_body_after_a_noun_of_a_body_stays_a_body():
    found = kinds(actors_of("The broadcaster Velkor said ratings fell."))
    assert found["Velkor"] == "organization"
