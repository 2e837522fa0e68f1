"""A title, "of" and a place glued before a person's name are the person's role and the
place (#13, politics and local government copy): "Mayor of Kelby Ana Vellström opened the
bridge" names the town Kelby and the person Ana Vellström, as "CEO of the Hudson Trust
Amara Obi" names a body and a person."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.kind, a.roles) for a in actors_of(text)}


def test_a_person_after_the_place_of_a_title_is_a_person():
    got = found(
        "Mayor of Kelby Ana Vellström opened the bridge. President of Ostland Piet "
        "Vandermeer arrived later."
    )
    assert got["Ana Vellström"] == ("person", ["Mayor of Kelby"])
    assert got["Piet Vandermeer"][0] == "person"
    assert got["Kelby"][0] == "place" and got["Ostland"][0] == "place"


def test_the_place_goes_on_with_its_subdivision_word():
    got = found("Governor of Ostrava Province Tomasz Velquist has been invited to the port.")
    assert got["Tomasz Velquist"] == ("person", ["Governor of Ostrava Province"])
    assert got["Ostrava Province"][0] == "place"


def test_a_place_alone_after_a_title_stays_a_place():
    got = found("The Governor of Kelby County met reporters on Monday.")
    assert set(got) == {"Kelby County"}


def test_a_known_place_named_like_a_person_before_an_office_is_the_place():
    """ "The Kenya Ambassador met Ana Vell", "a former Georgia Governor spoke": a country's
    or a state's office after a determiner or a word of tenure, though the place's name is
    a given name too; without one, a given name and a title that is a surname too stay a
    person's name ("Jordan King scored", "Chad Mayor won")."""
    got = found(
        "The Kenya Ambassador met Ana Vell on Monday. A former Georgia Governor spoke "
        "later. Jordan King scored twice. Chad Mayor won the race."
    )
    assert got["Kenya"][0] == "place" and got["Georgia"][0] == "place"
    assert "Kenya Ambassador" not in got and "Georgia Governor" not in got
    assert got["Jordan King"][0] == "person" and got["Chad Mayor"][0] == "person"


def test_a_name_before_a_capitalised_title_of_a_territory_and_a_person_is_the_place():
    """Local government and wire copy: "Kelby Mayor Ana Vell opened the bridge", "Ostrava
    Governor Tomas Rask signed the law": the town or the region before its office, a
    place, as "the Kelby mayor" says; a company's officer keeps the company."""
    got = found(
        "Kelby Mayor Ana Vell opened the bridge on Friday. Ostrava Governor Tomas Rask "
        "signed the law. Velkor Motors Chairman Lena Holt resigned."
    )
    assert got["Kelby"][0] == "place" and got["Ostrava"][0] == "place"
    assert got["Velkor Motors"][0] == "organization"


def test_the_holders_of_a_places_office_after_a_word_of_tenure_are_no_name():
    """ "Two former Ohio Governors spoke": the state, then the holders of its office in
    the plural, capitalised; a team named so stays whole ("the Ottawa Senators won")."""
    got = found("Two former Ohio Governors spoke at Kelby. The Ottawa Senators won.")
    assert got["Ohio"][0] == "place" and "Ohio Governors" not in got
    assert "Ottawa Senators" in got


def test_a_team_named_by_a_title_stays_whole_after_a_word_of_tenure():
    """Only an office held for a territory ("governor", "mayor", "ambassador") is cut in the
    plural: "three former Ottawa Senators" are a team's players, the team named."""
    got = found(
        "Three former Ottawa Senators coached the team. The former Ottawa Senators captain "
        "Ana Vell spoke. Three former Sacramento Kings played."
    )
    assert got["Ottawa Senators"][0] == "organization"
    assert got["Sacramento Kings"][0] == "organization"
    assert "Ottawa" not in got and "Sacramento" not in got


def test_a_capitalised_word_of_tenure_opening_a_sentence_cuts_the_holders_too():
    got = found("Former Ohio Governors spoke. Two former Kenya Ambassadors spoke at Kelby.")
    assert got["Ohio"][0] == "place" and "Ohio Governors" not in got
    assert got["Kenya"][0] == "place" and "Kenya Ambassadors" not in got
