"""Names opening with the Arabic article (#13): "Al Wadi", "Al-Tarik", "El Sabra" name clubs,
broadcasters, groups and towns; "Al" is also an English given name, so the article's
names are persons only by a cue in the text ("he", a title, a role)."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_side_named_with_the_article_that_plays_a_match_is_a_club():
    found = kinds(
        actors_of(
            "Al Wadi beat Kessel City 2-1 on Saturday. Al-Tarik drew 1-1 with Harwick Rovers, "
            "and Dunmore lost 3-0 to Al Sabra."
        )
    )
    assert found["Al Wadi"] == "organization"
    assert found["Al-Tarik"] == "organization"
    assert found["Al Sabra"] == "organization"


def test_a_name_with_the_article_and_no_cue_is_no_person():
    found = kinds(
        actors_of("The speech was broadcast live by Al Sabra and El Mirada on Monday evening.")
    )
    assert found["Al Sabra"] == "organization"
    assert found["El Mirada"] == "organization"


def test_al_as_a_given_name_with_a_cue_stays_a_person():
    found = kinds(
        actors_of(
            "Al Vessey said he would run for the Senate again. Former governor Al Dorrin "
            "backed him on Tuesday."
        )
    )
    assert found["Al Vessey"] == "person"
    assert found["Al Dorrin"] == "person"


def test_a_name_with_the_article_that_speaks_as_a_company_is_no_person():
    found = kinds(
        actors_of(
            "The regulator fined Al Sabra on Tuesday. Al Sabra said it would appeal against "
            "the fine."
        )
    )
    assert found["Al Sabra"] == "organization"
