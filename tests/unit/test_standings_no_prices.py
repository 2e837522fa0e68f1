"""A standing moves by points or percent as a price does (polls, rankings, a count): the
names whose standing moves stay what they are, persons mostly, no listed companies. Test
sentences written for these tests."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_person_down_in_the_polls_or_by_points_stays_a_person():
    found = kinds(
        actors_of(
            "Ana Vell was down 3 points in the polls after the debate. Later Ana Vell and "
            "Tomas Rask were down 3 points. Morgan Vell fell 3 percent."
        )
    )
    assert found["Ana Vell"] == found["Tomas Rask"] == "person"
    assert found["Morgan Vell"] == "organization"


def test_players_up_the_rankings_and_candidates_behind_in_the_count_stay_persons():
    found = kinds(
        actors_of(
            "Kira Osk and Lena Dorval also rose 500 points in the rankings. Shares of "
            "Velkor fell as Ana Vell and Tomas Rask fell 5 percent behind in the count."
        )
    )
    assert found["Kira Osk"] == found["Lena Dorval"] == "person"
    assert found["Ana Vell"] == found["Tomas Rask"] == "person"
    assert found["Velkor"] == "organization"
