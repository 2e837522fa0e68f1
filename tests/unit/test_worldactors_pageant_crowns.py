"""A pageant's crown before its winner's name is her title, no part of her name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_former_winners_crown_is_her_role():
    found = actors_of("Former Miss World Tania Velez opened the fair in Kelby.")
    winner = next(a for a in found if a.name == "Tania Velez")
    assert winner.kind == "person"
    assert winner.roles == ["Former Miss World"]


def test_a_crown_named_after_a_country_is_a_title():
    found = {a.name: a for a in actors_of("Miss Ghana Abena Mensah visited the school.")}
    assert "Abena Mensah" in found
    assert found["Abena Mensah"].roles == ["Miss Ghana"]


def test_a_crown_alone_names_no_one():
    found = {a.name for a in actors_of("She was crowned Miss Universe in 2010.")}
    assert not found & {"Universe", "Miss Universe"}


def test_a_place_that_is_a_given_name_too_stays_in_the_name():
    found = {a.name for a in actors_of("Mr Jordan Velasco scored twice on Sunday.")}
    assert "Jordan Velasco" in found
