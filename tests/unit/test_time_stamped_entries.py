"""Actors: an entry of a live report opens after its time stamp and dash.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_label_after_a_time_stamp_is_no_body():
    found = actors_of(
        "16:50 - WATCH: Firefighters lift a family from a roof in Kelby.\n"
        "15:10 - BREAKING: Rescuers reach Tarsk.\n"
        "14:30 VKT - UPDATE: The river falls in Dunmore.\n"
    )
    names = {a.name for a in found}
    assert names == {"Kelby", "Tarsk", "Dunmore"}


def test_a_name_after_a_time_stamp_stays_a_name():
    found = actors_of("2:15 p.m. - Amara Okonkwo said the bridge at Kelby had held.")
    names = {a.name for a in found}
    assert {"Amara Okonkwo", "Kelby"} <= names


def test_an_entry_opens_right_after_a_time_stamp_without_a_dash():
    found = actors_of(
        "11:05 Police close the bridge at Kelby.\n11:40 Volunteers fill sandbags in Tarsk.\n"
        "12:10 Amara Okonkwo visits the shelter.\n"
    )
    names = {a.name for a in found}
    assert names == {"Kelby", "Tarsk", "Amara Okonkwo"}


def test_a_company_right_after_a_time_stamp_is_the_entry_subject():
    found = actors_of(
        "10:15 Velcor cuts prices in Kelby.\n11:40 Shell buys a Tarsk rival.\n"
        "09:30 Amazon cuts jobs in Dunmore.\n"
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Velcor"] == kinds["Shell"] == kinds["Amazon"] == "organization"
