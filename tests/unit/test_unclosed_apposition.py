"""An apposition whose closing comma the copy left out before the verb of saying ("Ana
Vell, district director of Kelby told reporters") is still the person's role, and the
speaker of a reporting clause after a comma ("..., Kelby, the prosecutor said") is none.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.parsing import analyse


def roles(text: str) -> dict[str, list[str]]:
    return {a.name: list(a.roles) for a in analyse(text, None).actors}


def test_an_apposition_left_open_before_the_verb_is_the_role():
    found = roles(
        '"Eight rebels were killed," Tomas Rask, director of the Ostrakel weather office '
        "told Velnap. Six died, Ana Vell, spokeswoman for the army said."
    )
    assert found["Tomas Rask"] == ["director of the Ostrakel weather office"]
    assert found["Ana Vell"] == ["spokeswoman for the army"]


def test_a_reporting_clause_after_a_name_gives_it_no_role():
    found = roles("The deal is off in Kelby, Marta Olsen, the prosecutor said.")
    assert found["Marta Olsen"] == []


def test_an_open_apposition_ends_before_a_verb_of_telling_in_the_present():
    found = roles(
        "Nabi Vellkhil, spokesman for the police headquarters of Tarsk province confirms "
        "the report."
    )
    assert found["Nabi Vellkhil"] == ["spokesman for the police headquarters of Tarsk province"]


def test_an_open_apposition_ends_before_a_verb_of_a_lifes_event():
    """Obituary copy: "Olusegun Adeyemi, the President of Velmora died yesterday" gives
    the role "President of Velmora", not the rest of the sentence."""
    found = roles(
        "Olusegun Adeyemi, the President of Velmora died yesterday at age 71. Marta Olsen, "
        "former mayor of Kelby resigned on Friday."
    )
    assert found["Olusegun Adeyemi"] == ["President of Velmora"]
    assert found["Marta Olsen"] == ["former mayor of Kelby"]
    # before any title the verb's word describes the person: the apposition goes on
    found = roles("Ana Vell, the retired head of the Kelby police, said so.")
    assert found["Ana Vell"] == ["retired head of the Kelby police"]
