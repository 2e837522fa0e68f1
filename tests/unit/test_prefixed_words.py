"""A hyphenated word with a lower-case prefix before a capital ("ex-Beatle", "pro-Kremlin")
is a word about a name, not a product's camel case: the name after it stays a name."""

from __future__ import annotations

from reader.parsing.actors import find_actors
from reader.parsing.text import sentences


def names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(text, sentences(text))}


def test_a_person_after_a_prefixed_word_is_found():
    assert names("Fans cheered ex-Bandmate Paul Vennik on Friday.") == {"Paul Vennik": "person"}
    assert names("He met his fellow-Dravians Ilse Moraw and Teo Kant.") == {
        "Ilse Moraw": "person",
        "Teo Kant": "person",
    }


def test_a_prefixed_word_alone_is_no_name_and_camel_case_stays_a_product():
    assert names("Thousands of anti-Varnholt protesters marched.") == {}
    assert names("They sold iPhone units in Lisbon.") == {"Lisbon": "place"}


def test_a_name_after_a_product_in_camel_case_and_a_connector_is_found():
    assert names("The plant assembles vPods for Velkor Mobile.") == {
        "Velkor Mobile": "organization"
    }
    assert names("Velkor unveiled the vPod and Velkor Screen.") == {"Velkor": "organization"}


def test_a_company_named_in_camel_case_is_found_where_the_text_treats_it_as_one():
    found = names(
        "Budget airline flyVelk said profits rose. eKelby said it would cut 300 jobs. "
        "Shares of iTarsk fell 3 percent. The vPhone sold well. Velkor's vPad sold too."
    )
    assert found == {
        "flyVelk": "organization",
        "eKelby": "organization",
        "iTarsk": "organization",
        "Velkor": "organization",
    }


def test_a_name_after_a_product_and_and_is_its_own_unless_it_names_the_maker():
    assert names("Shares of eBay and Velkor Bank fell.").get("Velkor Bank") == "organization"
    assert names("Amazon bought iRobot and Kelby Foods last year.").get("Kelby Foods") == (
        "organization"
    )
    assert "Velkor Screen" not in names("Velkor unveiled the vPod and Velkor Screen.")


def test_a_company_in_camel_case_listed_with_another_whose_shares_are_told_is_found():
    found = names("Shares of iTarsk and Velkor Bank fell. Shares in Ostrava Foods and eKelby rose.")
    assert found == {
        "iTarsk": "organization",
        "Velkor Bank": "organization",
        "Ostrava Foods": "organization",
        "eKelby": "organization",
    }
    assert "vPod" not in names("Velkor unveiled the vPod and Velkor Screen.")
