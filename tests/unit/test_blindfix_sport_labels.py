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
