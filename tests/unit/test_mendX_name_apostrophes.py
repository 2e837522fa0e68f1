"""An apostrophe ending a word of a name (Dholuo spelling) keeps the name whole after a
plural's possessive or another such name earlier in the sentence: only a quotation mark
set off from the word before opens a quotation (mend of reviewE-3).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_plural_possessive_before_opens_no_quotation():
    found = kinds(actors_of("The nurses' council said Joseph Okelo' Adhiambo would speak."))
    assert found.get("Joseph Okelo' Adhiambo") == "person"
    assert "Adhiambo" not in found


def test_two_names_with_apostrophes_in_one_sentence_both_stay_whole():
    found = kinds(actors_of("Tobias Achieng' Owuor met Joseph Okelo' Adhiambo in Bondo on Friday."))
    assert found.get("Tobias Achieng' Owuor") == "person"
    assert found.get("Joseph Okelo' Adhiambo") == "person"


def test_a_quotation_opened_before_still_parts_the_names():
    found = {a.name for a in actors_of("The choir's members sang 'Velmar' Ana Kost said.")}
    assert "Ana Kost" in found
    assert not any(name.endswith("' Ana Kost") for name in found)
