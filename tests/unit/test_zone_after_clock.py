"""Actors: a time zone's letters after a clock are no body.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_zone_letters_after_a_clock_are_no_actor():
    found = actors_of(
        "The ferry left Kelby at 18:05 VKT and reached Tarsk at 7 a.m. (OST) on Friday. "
        "Trading opened at 0900 DMT, an hour late, and closed at 4pm KLT."
    )
    names = {a.name for a in found}
    assert not names & {"VKT", "OST", "DMT", "KLT"}
    assert {"Kelby", "Tarsk"} <= names


def test_a_live_blog_entry_stamped_with_its_zone_names_no_body():
    found = actors_of("16:50 VKT - Firefighters reached the flooded school in Kelby.")
    assert {a.name for a in found} == {"Kelby"}


def test_a_body_after_a_clock_before_its_verb_stays_a_body():
    found = actors_of("At 10 a.m. VSA launched its rocket from Kelby.")
    assert "VSA" in {a.name for a in found}


def test_a_body_after_a_year_stays_a_body():
    found = actors_of("In 2025 VSA launched two rockets, and by 2030 VSA will fly to the Moon.")
    assert "VSA" in {a.name for a in found}


def test_zone_letters_and_the_weekday_of_the_clock_are_no_actor():
    found = actors_of("Aftershocks were felt until 10 a.m. (9 p.m. VKT Monday), Ana Vell said.")
    assert {a.name for a in found} == {"Ana Vell"}
