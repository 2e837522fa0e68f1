"""Places of real wire copy from many countries, tested on sentences written for these
tests: where people live, a beach or a base a name stands at, where a plane landed."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_a_name_people_live_at_or_a_site_stands_at_is_a_place():
    found = _names(
        "The court heard that the couple lived at Korovela in Port Moresby. The body "
        "drifted ashore at the naval base beach at Lombava. The plane made a safe "
        "emergency landing at Comavo, a military base. Tomas Rask works at Velkor."
    )
    assert found["Korovela"] == "place"
    assert found["Lombava"] == "place"
    assert found["Comavo"] == "place"
    assert found["Velkor"] == "organization"
