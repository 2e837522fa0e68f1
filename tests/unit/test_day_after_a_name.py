"""Actors: a weekday told after a name, as wire copy writes it, is no part of the name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_weekday_after_a_name_of_two_words_is_the_day_told():
    found = names(
        actors_of(
            "Ostland's president met Jonas Eriksen Monday in Tarsk. The Kelby Chamber of "
            "Commerce Tuesday said exports rose."
        )
    )
    assert {"Jonas Eriksen", "Kelby Chamber of Commerce"} <= found
    assert not {"Jonas Eriksen Monday", "Kelby Chamber of Commerce Tuesday"} & found


def test_a_weekday_after_a_body_s_initials_is_the_day_told():
    found = names(
        actors_of(
            "The mayor of Kelby told VKN Tuesday the bridge was shut, and an aide told "
            "TBR Monday night that it would open."
        )
    )
    assert {"VKN", "TBR"} <= found
    assert not {"VKN Tuesday", "TBR Monday"} & found


def test_one_word_and_a_weekday_stay_a_day_of_their_own():
    found = names(
        actors_of("Stores in Kelby were busy on Cyber Monday, and Good Friday was quiet.")
    )
    assert not {"Cyber", "Good"} & found


def test_a_word_of_time_and_a_day_opening_a_sentence_are_no_name():
    found = names(
        actors_of(
            "Late Tuesday, Velkor Foods said profit rose. Late Friday night police in "
            "Kelby arrested two men. The late Ana Vell was honoured."
        )
    )
    assert not {"Late Tuesday", "Late Friday"} & found
    assert {"Velkor Foods", "Kelby", "Ana Vell"} <= found
