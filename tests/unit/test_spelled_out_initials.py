"""Science and defence copy: initials in brackets that spell the words in lower case
before them are a common noun's short form, no actor, and a name findings are published
in is a journal; sentences written for these tests."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_initials_of_words_in_lower_case_name_no_actor():
    found = _names(
        "Kelby fired what appears to be a submarine-launched ballistic missile (SLBM) on "
        "Monday. Officials said the SLBM flew 400 km. Troops hunted weapons of mass "
        "destruction (WMD) near Tarsk. Drones, or unmanned aerial vehicles (UAVs), flew "
        "over Velmora."
    )
    assert not {"SLBM", "WMD", "UAVs", "UAV"} & set(found)
    assert found["Tarsk"] == "place"


def test_initials_of_a_name_stay_the_names():
    found = _names("The Kelby Freight Union (KFU) said so. The KFU struck on Monday.")
    assert found["Kelby Freight Union"] == "organization"


def test_a_name_findings_are_published_in_is_a_journal():
    """Science copy writes "findings published in Velmometrics": the journal, no place; a
    town the gazetteer knows stays a place ("published in Oxford")."""
    found = _names(
        "The findings, published in Velmometrics, show a decline. The novel was "
        "published in Oxford in 1990."
    )
    assert found["Velmometrics"] == "organization"
    assert found["Oxford"] == "place"


def test_a_town_a_book_was_published_in_stays_a_place():
    """Only research, or a name shaped like a journal's, makes "published in" a journal's:
    a novel or a poem is published in a town."""
    found = _names("The novel was first published in Tübingen in 1850.")
    assert found["Tübingen"] == "place"
    assert _names("The poem was published in Grasmere.")["Grasmere"] == "place"
    found = _names("The results were published in Velkor Letters. A study published in Tarsk.")
    assert found["Velkor Letters"] == "organization"
    assert found["Tarsk"] == "organization"
