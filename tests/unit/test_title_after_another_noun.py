"""A lower-case noun and "of" or "for" before a whole title and a name are no part of that
person's title (#13, politics and court copy): "a spokesman for President Tomas Vell"
gives Tomas Vell the role "President", not "spokesman for President"."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def roles(text: str) -> dict[str, list[str]]:
    return {a.name: a.roles for a in actors_of(text)}


def test_the_job_or_thing_before_a_title_is_no_part_of_it():
    got = roles(
        "A spokesman for President Tomas Velquist said the talks failed. Crowds marched "
        "over the tax affairs of Prime Minister Ana Vellström on Sunday."
    )
    assert got["Tomas Velquist"] == ["President"]
    assert got["Ana Vellström"] == ["Prime Minister"]


def test_a_title_of_a_body_goes_on_through_its_of():
    got = roles(
        "The head of the Kelby Bank Ana Vell said so. He became deputy to the director of "
        "National Intelligence Tomas Rask."
    )
    assert got["Ana Vell"] == ["head of the Kelby Bank"]
    assert got["Tomas Rask"] == ["director of National Intelligence"]
