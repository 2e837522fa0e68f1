"""The town of a wire story's dateline ("OSTRAVA (Reuters) - ...") is a place, though
written in capitals with nothing else around it that places it: a town the gazetteer
does not know is no organisation there."""

from __future__ import annotations

import pytest

from tests.unit.actor_helpers import actors_of, kinds


@pytest.mark.parametrize(
    "text",
    [
        "VELMORAKI - Dock workers at the port walked out on Monday.",
        "VELMORAKI (Reuters) - Dock workers at the port walked out on Monday.",
        "VELMORAKI, May 2 (AP) \u2014 Dock workers at the port walked out on Monday.",
    ],
)
def test_the_town_of_a_dateline_is_a_place(text):
    assert kinds(actors_of("Port strike\n" + text))["VELMORAKI"] == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Velmoraki - Dock workers at the port walked out on Monday.",
        "Velmoraki (Reuters) - Dock workers at the port walked out on Monday.",
        "Velmoraki, May 2 (AP) \u2014 Dock workers at the port walked out on Monday.",
    ],
)
def test_the_town_of_a_dateline_in_title_case_is_a_place(text):
    assert kinds(actors_of("Port strike\n" + text))["Velmoraki"] == "place"


def test_a_title_with_a_dash_is_no_dateline():
    found = kinds(actors_of("Velmoraki - The Inside Story\nVelmoraki said it would hire."))
    assert found["Velmoraki"] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "VELMORAKI (Harrowberg) - Dock workers at the port walked out on Monday.",
        "VELMORAKI, May 2 (Ostburg News) - Dock workers at the port walked out.",
    ],
)
def test_the_name_in_the_brackets_of_a_dateline_is_the_news_agency(text):
    """Named like a town ("-berg", "-burg"), the agency that sent the story was a place."""
    found = kinds(actors_of("Port strike\n" + text))
    assert found["VELMORAKI"] == "place"
    assert [kind for name, kind in found.items() if name != "VELMORAKI"] == ["organization"]


def test_the_agency_credited_in_brackets_after_a_story_is_a_body():
    # wire copy ends a story with the agency that sent it, in brackets, a line of its own
    text = "Stocks in Kelby rose 2 percent on Friday.\n\nThe won slipped. (Velnap)\n\n(Updated)"
    found = kinds(actors_of(text))
    assert found.get("Velnap") == "organization"
    assert "Updated" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Velmoraki, Feb 1 (Harrowberg) Four soldiers were killed in an ambush, officials said.",
        "Velmoraki, Sept. 2 (Ostburg.com) At least 15 people died in floods, officials said.",
    ],
)
def test_a_dateline_closed_by_its_agency_after_the_day_needs_no_dash(text):
    """Some agencies end the dateline with their bracket after the day, and no dash: the
    town is a place, the agency a body, named like a town or not."""
    found = kinds(actors_of(text))
    assert found["Velmoraki"] == "place"
    assert [kind for name, kind in found.items() if name != "Velmoraki"] == ["organization"]


def test_a_state_abbreviated_in_a_dateline_is_a_place_and_keeps_the_dateline_whole():
    # "MEMPHIS, Tenn. (AP) -": the full stop of the state's abbreviation ends no sentence
    # before the agency's bracket, and the state after the town is a place
    found = kinds(actors_of("VELMORAKI, Fla. (Harrowberg) - Dock workers walked out on Monday."))
    assert found == {"VELMORAKI": "place", "Fla": "place", "Harrowberg": "organization"}
    found = kinds(actors_of("Ana Vell of Tarsk, Ga., said the docks were shut."))
    assert found["Ga"] == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Velmoraki, April 9 (Harrowberg) -- Dock workers at the port walked out on Monday.",
        "April 9 (Harrowberg) -- Dock workers in Velmoraki walked out on Monday.",
    ],
)
def test_a_dateline_with_a_double_hyphen_for_its_dash_is_a_dateline(text):
    """Some agencies type the dateline's dash as two hyphens: the agency is a body and the
    town a place, as with one dash."""
    found = kinds(actors_of(text))
    assert found["Velmoraki"] == "place"
    assert found["Harrowberg"] == "organization"
