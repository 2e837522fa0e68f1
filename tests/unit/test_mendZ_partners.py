"""Two actors joined by a headline's "&", not one firm's name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_an_ampersand_after_a_listed_company_joins_two_actors():
    found = names("Funds dumped Halvern, Orrel & Barclays on Thursday.")
    assert {"Halvern", "Orrel", "Barclays"} <= found
    assert "Orrel & Barclays" not in found


def test_a_firm_named_by_its_two_founders_stays_one_name():
    assert "Velmar & Dorne" in names("Shoppers crowded Velmar & Dorne on Thursday.")
    assert "Marks & Spencer" in names("Shoppers crowded Marks & Spencer on Thursday.")


def test_a_listed_company_and_a_firm_s_word_after_the_ampersand_stay_one_name():
    assert "Barclays & Co." in names("Traders at Barclays & Co. sold bonds on Thursday.")
