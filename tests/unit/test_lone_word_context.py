"""A capitalised word alone is read in its own sentence: an earlier mention of the same
word, with other words around it, does not decide whether a later one is a name."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_paper_named_after_a_common_word_is_found_after_the_word_alone():
    alone = "Results ran in the journal Quarry."
    assert "Quarry" in _names(alone)
    assert "Quarry" in _names("Miners praised Quarry. " + alone)


def test_a_word_after_a_title_is_found_after_the_word_alone():
    alone = "The case was heard by Dr. Quarry."
    assert "Quarry" in _names(alone)
    assert "Quarry" in _names("It fell into a Quarry. " + alone)
