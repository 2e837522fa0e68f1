"""A person's full name before an apposition opened by "its" ("Ruth Osei, its engineer,
said") is that person, who works for the body "its" names; a name with no given name
before "its" stays a body's ("Velkor, its parent, said")."""

from datetime import date

import pytest

from reader.parsing import analyse


def _kinds(sentence: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse("Headline\n\n" + sentence, date(2021, 2, 25)).actors}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The council said Ruth Osei, its engineer, had resigned.", "Ruth Osei"),
        ("The club said Maria Tarsk, its physio, was on leave.", "Maria Tarsk"),
    ],
)
def test_a_full_name_before_its_post_is_a_person(sentence, name):
    assert _kinds(sentence)[name] == "person"


def test_a_name_before_its_parent_stays_a_body():
    assert _kinds("Velkor Holdings, its parent, said profits fell.")["Velkor Holdings"] == (
        "organization"
    )
