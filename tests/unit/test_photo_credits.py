"""A photograph's credit names its agency and its photographer, not what they made (#13,
wire captions): "(AP Photo/Ana Vell)" lists the agency "AP" and Ana Vell."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    found = set()
    for actor in actors_of(text):
        found |= {actor.name, *actor.aliases}
    return found


def test_a_credits_word_before_a_slash_is_no_part_of_the_agency():
    found = names("Rescuers search the rubble in Tarsk on Monday. (VNA Photo/Tomas Reyes)")
    assert {"VNA", "Tomas Reyes"} <= found
    assert "VNA Photo" not in found


def test_a_name_ending_in_a_plural_credits_word_stays_whole():
    found = names("Photo: Velkor Images/Tomas Reyes\nThe flood reached Tarsk on Monday.")
    assert "Velkor Images" in found
