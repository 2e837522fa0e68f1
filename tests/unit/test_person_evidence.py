"""Weak evidence of a person: a census surname standing alone, when nothing stronger speaks."""

from __future__ import annotations

from reader.model import Actor
from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def kind(text: str, name: str) -> str:
    found: list[Actor] = find_actors(text, sentences(text))
    return next(a.kind for a in found if a.name == name)


def test_a_surname_alone_is_a_guessed_person():
    text = "The panel quoted Zielinski at length. Few engineers still read Hartigan today."
    assert kind(text, "Zielinski") == "person"
    assert kind(text, "Hartigan") == "person"


def test_company_cues_beat_a_surname():
    text = (
        "Pemberton sells garden tools in nine countries. Analysts expect Pemberton shares to rise."
    )
    assert kind(text, "Pemberton") == "organization"


def test_a_surname_in_capitals_is_an_acronym():
    text = "The report thanked HARTIGAN for the loan."
    assert kind(text, "HARTIGAN") == "organization"


def test_a_surname_that_is_an_english_word_is_left_to_other_evidence():
    """ "Carpenter", "Walker": too often a word or a firm's name to say person alone."""
    text = "The report thanked Carpenter for the loan."
    assert kind(text, "Carpenter") == "organization"
