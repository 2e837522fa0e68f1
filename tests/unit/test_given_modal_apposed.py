"""A modal that is a given name ("Will") opening a sentence that asks nothing, before a
surname (maybe hyphenated) and an apposition, is the person's given name ("Will Osei-Tarsk,
the chief engineer, said"); a question keeps it the modal ("Will Osei, the mayor, resign?")."""

from datetime import date

from reader.parsing import analyse


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse("Headline\n\n" + text, date(2021, 2, 25)).actors}


def test_a_given_modal_before_an_apposition_is_the_given_name():
    actors = _actors("Will Osei-Tarsk, the chief engineer, told reporters the deck failed.")
    assert actors == {"Will Osei-Tarsk": "person"}


def test_a_given_modal_before_a_hyphenated_surname_and_a_verb():
    assert "Will Osei-Tarsk" in _actors("Will Osei-Tarsk said the deck failed.")


def test_a_question_keeps_the_modal():
    assert "Will Osei" not in _actors("Will Osei, the mayor, resign?")
