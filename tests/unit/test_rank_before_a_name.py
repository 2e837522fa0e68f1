"""A title's modifier opening a sentence before a name and a title in lower case (#13,
wire copy): "Top Velkor officials met" ranks the officials, so the name is "Velkor"
alone, as inside a sentence ("senior Velkor ministers")."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_rank_opening_a_sentence_before_a_name_and_a_plural_title_is_no_part_of_it():
    found = names(
        "Top OVK officials met in Tarsk on Monday. Senior Velkor ministers arrived later. "
        "The Velkor government said the talks went well."
    )
    assert "OVK" in found and "Velkor" in found
    assert not found & {"Top OVK", "Senior Velkor"}


def test_a_rank_before_a_name_and_a_title_before_a_person_is_no_part_of_either():
    found = names("Top Velkor negotiator Ilse Marwick said the Velkor side would wait.")
    assert "Ilse Marwick" in found
    assert "Top Velkor" not in found


def test_a_name_made_of_a_modifier_and_a_common_word_or_a_body_stays_whole():
    found = names(
        "General Motors executives met in Tarsk. Royal Mail officials joined them. "
        "Senior Vice President Tomas Reyes spoke."
    )
    assert {"General Motors", "Royal Mail", "Tomas Reyes"} <= found
    assert not found & {"Motors", "Mail"}
