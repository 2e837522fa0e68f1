"""A surname alone is a person when an editor added the given name in brackets before it
("[Anna] Ostrum") or when it is the object of "appointed"."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voters backed [Marta] Velkova in 2004 and [Jon P.] Telvik in 2008.", "Velkova"),
        ("Voters backed [Marta] Velkova in 2004 and [Jon P.] Telvik in 2008.", "Telvik"),
        ("The council appointed Ostrum to lead the review.", "Ostrum"),
        ("Voters backed [Anna M. T.] Dunmore in 1992.", "Dunmore"),
        ("Voters backed [Tomas R.] Houston in 1992.", "Houston"),  # a city's name too
    ],
)
def test_a_surname_alone_is_a_person_by_its_grammar(text, name):
    assert _kinds(text).get(name) == "person"


def test_an_acronym_after_appointed_is_no_person():
    assert _kinds("The board appointed KVB as its auditor.").get("KVB") != "person"
