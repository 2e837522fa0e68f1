"""A time zone's name is no actor (#13): wire copy and live blogs tell the hour of a place
("9 a.m. Western Australian Time", "Eastern Standard Time"); the capitalised words before
"Time" are places, peoples or a zone's own words. Every sentence here is invented."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_time_zone_named_for_a_place_or_a_people_is_no_actor():
    found = names(
        "The Velmora launch is set for 9 a.m. Western Australian Time. Trading in Oslo "
        "opens at 8 a.m. Central European Time, and the vote in Perth closes at 6 p.m. "
        "Perth Time."
    )
    assert found == {"Velmora", "Oslo", "Perth"}


def test_a_zones_own_words_before_time_make_a_zone():
    found = names(
        "Bids close at noon Eastern Standard Time. Greenwich Mean Time was used by Kelmarsh "
        "Shipping."
    )
    assert found == {"Kelmarsh Shipping"}


def test_a_name_ending_in_time_that_names_no_place_stays():
    found = names("Prime Time Media said on Monday it would list. Velkor Time hired 40 staff.")
    assert {"Prime Time Media", "Velkor Time"} <= found
