"""A title before a person whose surname is also a head word ("Park", "Hall") names the
person, with the title as the role: the name is not taken for a park or a hall."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The council met. Mayor Lena Park said the quay would reopen.", "Lena Park", "Mayor"),
        ("Talks ended. President Park Min-jun said the deal holds.", "Park Min-jun", "President"),
        ("The court sat. Judge Ana Hall said the case was closed.", "Ana Hall", "Judge"),
    ],
)
def test_a_title_before_a_surname_that_is_a_head_word_names_a_person(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person" and role in actors[name].roles


def test_a_title_before_a_body_is_no_person():
    actors = analyse("The Mayor of Port Velmora Council said the quay would reopen.", None).actors
    assert [(a.name, a.kind) for a in actors] == [("Port Velmora Council", "organization")]


def test_a_title_word_opening_a_body_s_name_is_the_first_word_of_the_name():
    found = {
        a.name: a.kind
        for a in analyse(
            "Prince Hotels said it would open two resorts. King Petroleum cut prices. "
            "Mayor Tom Hall said the port would reopen. CFO Ana Banks left.",
            None,
        ).actors
    }
    assert found["Prince Hotels"] == "organization"
    assert found["King Petroleum"] == "organization"
    assert found["Tom Hall"] == "person" and found["Ana Banks"] == "person"  # surnames too
