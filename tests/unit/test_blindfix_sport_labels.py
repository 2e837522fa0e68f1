"""The wire's sport label opening a headline in title case ("Tennis-Vell wins title",
"Golf-Harnby leads") is no part of the name after it."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_sport_label_before_a_headline_name_is_no_name():
    found = names(
        "Tennis-Ostrander wins title in Kessaly\n\nKessaly - Ylva Ostrander won the "
        "final on Sunday."
    )
    assert "Tennis-Ostrander" not in found and "Ylva Ostrander" in found


def test_a_label_before_a_name_of_more_words_is_no_name():
    found = names(
        "Soccer-Marrow Rovers sign Tomas Berglin\n\nKessaly - Marrow Rovers signed Tomas "
        "Berglin on Monday.\n\nANALYSIS-Velkor Freight bets on ports\n\nVelkor Freight said "
        "it would buy two ports."
    )
    assert not any("-" in n for n in found)
    assert {"Marrow Rovers", "Velkor Freight"} <= found
