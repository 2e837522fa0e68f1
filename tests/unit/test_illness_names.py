"""A name ending in the head of an illness names a disease, no actor (#13, health news):
"Cases of Velmar Fever rose" lists no organisation "Velmar Fever", though its words are
capitalised as a name's; a body whose name holds a word of a body keeps it."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_an_illness_capitalised_is_no_actor():
    found = names(
        "Cases of Swine Flu and Dengue Fever rose in Velmara, where the Ostrik Virus was "
        "also found. A nurse in Tarsk showed symptoms of Kelby Syndrome."
    )
    assert {"Velmara", "Tarsk"} <= found
    assert not found & {"Swine Flu", "Dengue Fever", "Ostrik Virus", "Kelby Syndrome"}


def test_a_body_named_for_an_illness_stays_an_actor():
    found = names("The Institute of Tropical Disease in Kelby said cases rose.")
    assert "Institute of Tropical Disease" in found


def test_a_team_named_like_an_illness_is_a_side_where_the_text_tells_a_match():
    found = names(
        "The Velkor Fever beat the Kelby Sky 80-70. Tarsk lost to the Ostra Fever on Sunday."
    )
    assert {"Velkor Fever", "Ostra Fever"} <= found
    assert "Dengue Fever" not in names("The outbreak of Dengue Fever won headlines in Kelby.")
