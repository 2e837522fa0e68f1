"""A place's name and a participle of origin before a name describe it (#13): "Velkor-born
Amara Obi won" names Amara Obi, whatever the place, as "Lagos-born" did for a town the
gazetteer knows; a hyphenated given name stays one ("Ji-won")."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_participle_of_origin_after_an_unknown_place_describes_the_name():
    found = names("Velkor-born Amara Obi won the race. Tarsk-made Ostra Motors cars sold well.")
    assert {"Amara Obi", "Ostra Motors"} <= found
    assert not found & {"Velkor-born Amara Obi", "Tarsk-made Ostra Motors"}


def test_a_hyphenated_given_name_stays_whole():
    found = names("Kim Ji-won scored twice. Dae-sung Kim spoke after the match.")
    assert {"Kim Ji-won", "Dae-sung Kim"} <= found
