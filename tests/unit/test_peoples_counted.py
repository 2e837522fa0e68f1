"""A people named by a demonym of two words, or counted by a number in words, is a
people; sentences written for these tests."""

from __future__ import annotations

from reader.parsing import analyse


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_a_count_before_a_peoples_plural_is_no_part_of_a_name():
    found = _names("Two North Koreans defected on Saturday. Three Kenyans won medals.")
    assert found["North Koreans"] == "group" and found["Kenyans"] == "group"
    assert "Two North Koreans" not in found and "Three Kenyans" not in found


def test_a_demonym_of_two_words_in_the_plural_is_no_team():
    """ "South Africans": "South" names a town too, but the plural is a people's, no team
    named after its home ("the Green Bay Packers")."""
    found = _names("Three South Africans were hurt in Tarsk. The Green Bay Packers won.")
    assert found["South Africans"] == "group"
    assert found["Green Bay Packers"] == "organization"
