"""A possessive before a word that is a noun and a deed's past tense: the owner's, or the
name's own 's, tested on sentences written for these tests."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_possessive_before_a_noun_that_is_a_deed_s_past_is_an_owner_s():
    found = kinds(actors_of("Winner's cut rose to 40 percent this year."))
    assert found == {}


def test_a_possessive_before_a_deed_and_its_object_is_the_name_s_own():
    found = kinds(actors_of("Gallant's cut the rating of Velkor on Monday."))
    assert found["Gallant's"] == "organization"  # shown with its 's, the name's own
