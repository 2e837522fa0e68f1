"""A quantifier or an ordinal capitalised inside a sentence opens a name (#13, business
news): "loans from First Velkor Bank" names the bank whole, as "the All Blacks" names a
team; a word no sentence needs capitalised there is the name's."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_first_or_one_capitalised_inside_a_sentence_opens_the_name():
    found = names(
        "Ostra Mining and First Kelby Minerals both expanded. She took a loan from First "
        "Tarsk Bank. He left One Velkor Nation in May."
    )
    assert {"First Kelby Minerals", "First Tarsk Bank", "One Velkor Nation"} <= found
    assert not found & {"Kelby Minerals", "Tarsk Bank", "Velkor Nation"}


def test_first_in_lower_case_or_opening_a_sentence_is_no_part_of_a_name():
    found = names("She came first in Tarsk. First Ana Vell spoke, then Tomas Reyes.")
    assert {"Tarsk", "Ana Vell", "Tomas Reyes"} <= found
    assert "First Ana Vell" not in found


def test_an_ordinal_in_figures_after_the_opens_a_body_of_its_number():
    found = names(
        "Ana Vell will appeal to the 9th Kelby Circuit Court of Appeals. The 3rd Infantry "
        "Brigade left Tarsk. She lives on 47th Street and won the 5th Kelby Marathon."
    )
    assert {"9th Kelby Circuit Court of Appeals", "3rd Infantry Brigade", "47th Street"} <= found
    assert not found & {"Kelby Circuit Court of Appeals", "Infantry Brigade"}
