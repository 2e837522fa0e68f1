"""A given name that is also a modal ("Will") opening a sentence before a surname and a
finite verb is the person's given name; before a bare verb it is a question's modal."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_will_and_a_surname_before_a_finite_verb_is_a_person():
    found = kinds(
        actors_of(
            "Will Ndukwe was arrested in Kessaly on Tuesday. Will Ama Oduya said the "
            "charges were false."
        )
    )
    assert found["Will Ndukwe"] == "person" and found["Will Ama Oduya"] == "person"
    assert "Ndukwe" not in found


def test_will_opening_a_question_is_the_modal():
    found = kinds(actors_of("Will Ndukwe be freed? Will Ndukwe have to pay a fine?"))
    assert not any(name.startswith("Will") for name in found)
