"""A body's name may list its fields before its head, with "and" and commas: "the Drought
Monitoring and Early Warning Centre", "the Water, Sanitation and Hygiene Agency" are one
body each. Names, or bodies with heads of their own, on either side stay apart."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


def _names(sentence: str) -> set[str]:
    return {a.name for a in analyse(sentence, None).actors}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Drought Monitoring and Early Warning Centre said rain would come.",
            "Drought Monitoring and Early Warning Centre",
        ),
        (
            "Staff at the Road Safety and Traffic Management Authority in Kelby went home.",
            "Road Safety and Traffic Management Authority",
        ),
        (
            "The Water, Sanitation and Hygiene Agency opened an office in Kelby.",
            "Water, Sanitation and Hygiene Agency",
        ),
        (
            "Funds went to the Housing, Transport and Public Works Department.",
            "Housing, Transport and Public Works Department",
        ),
    ],
)
def test_fields_before_a_head_are_one_body(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Flights on Velkor, Kelby and Tarsk Airlines were cancelled.",
            {"Velkor", "Kelby", "Tarsk Airlines"},
        ),
        (
            "The Forest Service and Fire Department fought the blaze.",
            {"Forest Service", "Fire Department"},
        ),
        ("Halvard Mining and Ostra Steel Company signed a deal.", None),
    ],
)
def test_names_or_bodies_on_either_side_stay_apart(sentence, names):
    found = _names(sentence)
    assert not any(" and " in name for name in found)
    if names:
        assert names <= found
