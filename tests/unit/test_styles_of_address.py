"""The style a ruler or a prelate is addressed by ("His Highness", "Her Majesty", "His
Excellency"), after a possessive pronoun, names no actor; sentences written for these
tests."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_a_style_of_address_alone_is_no_actor():
    found = _names(
        "His Highness received the envoy of Velmora at the palace on Monday. Her Majesty "
        "said the talks went well. Their Royal Highnesses left Tarsk."
    )
    assert not {"Highness", "Majesty", "Royal Highnesses"} & set(found)
    assert found["Tarsk"] == "place"


def test_a_style_before_a_name_is_no_part_of_it():
    found = _names("His Excellency Tomas Raskov arrived in Kelby.")
    assert found["Tomas Raskov"] == "person"


def test_a_name_holding_the_word_without_the_pronoun_stays():
    found = _names("The Majesty Hotel opened in Kelby. The Highness Club met.")
    assert "Majesty Hotel" in found and "Highness Club" in found


def test_a_style_before_a_title_is_no_part_of_the_role():
    found = {
        a.name: a.roles
        for a in analyse(
            "His Majesty King Tomas Velkor opened the bridge. His Holiness Pope Olusegun "
            "blessed it.",
            None,
        ).actors
    }
    assert found["Tomas Velkor"] == ["King"]
    assert found["Olusegun"] == ["Pope"]
