"""A member of a party glued before a person's name describes the person (#13, election
copy): "the poll shows Democrat Ines Rautio ahead" names Ines Rautio, as "Nigerian Ngozi
Okafor" names Ngozi Okafor; the word says what she is, no part of her name."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_party_member_before_a_name_is_no_part_of_it():
    found = names(
        "The poll shows Democrat Tomasz Velquist ahead, followed by Republican Amara Osei "
        "and Democrat Ines Rautio. Tory Piet Vandermeer conceded on Friday."
    )
    assert {"Tomasz Velquist", "Amara Osei", "Ines Rautio", "Piet Vandermeer"} <= found
    assert not any(n.split()[0] in {"Democrat", "Republican", "Tory"} for n in found)


def test_a_party_word_opening_a_body_stays_in_it():
    found = names("Independent Velkor News said the count was slow.")
    assert "Independent Velkor News" in found
