"""Initials in brackets that spell the words in lower case before them are a common
noun's short form, no actor; sentences written for these tests."""

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
