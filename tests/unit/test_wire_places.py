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


def test_a_sound_a_cay_or_a_shelter_ends_a_places_name():
    """Shipping and park copy: "stuck in St. Velmons Sound", "the reef near Ruth Cay",
    "around Jungvela Shelter": a place, though a given name or a saint opens it."""
    found = _names(
        "The carrier was stuck in St. Velmons Sound on Sunday. The ship struck the reef "
        "near Ruth Cay late Saturday. Snow fell around Jungvela Shelter, the park office "
        "said."
    )
    assert found["St. Velmons Sound"] == "place"
    assert found["Ruth Cay"] == "place"
    assert found["Jungvela Shelter"] == "place"


def test_places_the_dead_or_the_sick_are_counted_from_are_places():
    """Health and disaster copy tallies people by where they come from: "six are from X,
    five from Y, one each from Z"; a spokesman from a body stays its employee."""
    found = _names(
        "Of the new deaths, six are from Velmochi, five from Dorwa, one each from Kasungo "
        "and Ntchira. A spokesman from Velkorix confirmed the figures."
    )
    assert [found[n] for n in ("Velmochi", "Dorwa", "Kasungo", "Ntchira")] == ["place"] * 4
    assert found["Velkorix"] == "organization"


def test_a_name_a_states_office_is_of_is_a_place():
    """Obituary and government copy: "a former health minister of Kelby", "the government
    of Velmora": the state, kept apart from a body named after it."""
    found = _names(
        "Dr. Ana Okafor, a former health minister of Kelby, died on Sunday. She later "
        "chaired the Kelby Medical Council. The government of Velmora agreed. The "
        "ambassador of the Velkor Foundation spoke."
    )
    assert found["Kelby"] == "place" and found["Velmora"] == "place"
    assert found["Kelby Medical Council"] == "organization"
    assert found["Velkor Foundation"] == "organization"


def test_a_ministers_field_after_of_is_no_place():
    found = _names("The minister of Health said the clinics would reopen. Health was the issue.")
    assert found.get("Health") != "place"
