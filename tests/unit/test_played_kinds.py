"""Kinds from what a name does (#13): a town's name that plays a match (a score and a verb
of a match) is a club; a name listed with "and other" bodies is a body; a name that claims
responsibility for an attack is a group, though named like a state."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_town_that_plays_a_match_is_a_club():
    found = kinds(
        actors_of(
            "Kelby beat Harwick 2-1 on Saturday. Ostrava Town drew 1-1 with Tarsk City, and "
            "Dunmore lost 3-0 to Vellan Rovers."
        )
    )
    assert found["Harwick"] == "organization"
    assert found["Ostrava Town"] == "organization"
    assert found["Tarsk City"] == "organization"
    assert found["Dunmore"] == "organization"


def test_a_town_named_beside_a_match_stays_a_place():
    found = kinds(
        actors_of(
            "Fans travelled from Harwick to watch the 2-1 win. Crowds in Tarsk City "
            "celebrated the result."
        )
    )
    assert found["Harwick"] == "place"
    assert found["Tarsk City"] == "place"


def test_a_player_who_beats_another_stays_a_person():
    found = kinds(actors_of("Marta Kelby beat Ana Harwick 6-4 in the final on Sunday."))
    assert found["Marta Kelby"] == "person"
    assert found["Ana Harwick"] == "person"


def test_a_name_listed_with_other_bodies_is_a_body():
    found = kinds(
        actors_of(
            "Officials said Tarek Walid and other groups had copied the tactic. Vanda Rell "
            "and other lenders raised their rates."
        )
    )
    assert found["Tarek Walid"] == "organization"
    assert found["Vanda Rell"] == "organization"


def test_a_name_that_claims_an_attack_is_a_group_though_named_like_a_state():
    found = kinds(
        actors_of(
            "Ostrel State claimed responsibility for the bombing in Kelby. The group said its "
            "fighters had struck a checkpoint."
        )
    )
    assert found["Ostrel State"] == "organization"


def test_a_town_named_company_that_says_it_will_act_is_a_company():
    found = kinds(
        actors_of(
            "Burnley said on Monday that it would close two depots. Tralee said in a "
            "statement its sales fell. Ana Vell said that it was a shame."
        )
    )
    assert found["Burnley"] == "organization"
    assert found["Tralee"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_town_named_company_which_trades_is_a_company():
    found = kinds(actors_of("The strike hit Burnley, which makes tyres, and Kelby."))
    assert found["Burnley"] == "organization"


def test_the_name_of_a_group_is_a_body_though_named_like_a_state():
    found = kinds(actors_of("Fighters from the Ostrel State group attacked the town."))
    assert found["Ostrel State"] == "organization"


def test_clubs_in_two_clauses_joined_by_and_are_no_list_of_places():
    found = kinds(actors_of("Wigan drew 0-0 with Barnsley and Reading lost 3-1 to Sunderland."))
    assert found["Barnsley"] == "organization"
    assert found["Reading"] == "organization"


def test_a_town_that_wins_by_a_margin_is_a_club():
    found = kinds(
        actors_of("Karachi lost to Lahore by 8 wickets, and Quetta beat Multan by 20 runs.")
    )
    assert found["Karachi"] == "organization"
    assert found["Lahore"] == "organization"
    assert found["Quetta"] == "organization"
    assert found["Multan"] == "organization"


def test_a_team_named_by_a_town_and_more_words_before_a_plural_title_is_whole():
    found = kinds(actors_of("Leeds Super Kings lost at home on Sunday."))
    assert found["Leeds Super Kings"] == "organization"


def test_a_team_named_by_a_people_before_a_verb_of_a_match_is_a_name():
    found = kinds(actors_of("Fans cheered when the Kelby Indians lost to the Ostrel Royals."))
    assert found["Kelby Indians"] == "organization"


def test_a_name_shaped_like_a_person_that_speaks_of_its_own_is_a_company():
    found = kinds(
        actors_of("Harlow Vance said on Tuesday that its profit fell. Ana Vell said it was over.")
    )
    assert found["Harlow Vance"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_town_whose_players_or_coach_are_named_is_a_club():
    found = kinds(
        actors_of(
            "Burnley striker Ana Vell scored twice. Tralee manager Tom Dorsan praised her, "
            "and Ostrel Quinn signed for Leeds. England captain Ian Marsk agreed."
        )
    )
    assert found["Burnley"] == "organization"
    assert found["Tralee"] == "organization"
    assert found["Leeds"] == "organization"
    assert found["England"] == "place"
    assert found["Ana Vell"] == "person"


def test_a_word_no_dictionary_holds_opening_a_sentence_before_a_match_is_a_club():
    found = kinds(
        actors_of(
            "Fans waited. Kelbyspor beat Harwick 2-1 on Saturday. Ostravaspor drew 1-1 with "
            "Tarsk. Vellanese lost 3-0 to Dunmore. Tennis won the vote."
        )
    )
    assert found["Kelbyspor"] == "organization"
    assert found["Ostravaspor"] == "organization"
    assert found["Vellanese"] == "organization"
    assert "Tennis" not in found  # an English word opening a sentence


def test_a_club_named_like_a_person_before_a_player_or_signing_one_is_a_club():
    found = kinds(
        actors_of(
            "Harriet striker Tomas Vell scored twice. Kelby signed striker Ana Velloso on "
            "Monday, and Ostrava signed Brazilian midfielder Rui Costa Lima."
        )
    )
    assert found["Harriet"] == "organization"
    assert found["Kelby"] == "organization"
    assert found["Ostrava"] == "organization"
    assert found["Tomas Vell"] == found["Ana Velloso"] == "person"


def test_the_club_a_player_is_signed_or_loaned_from_is_a_club():
    found = kinds(
        actors_of(
            "Kelby signed striker Ana Velloso from Ostrava on Monday. Defender Rui Lima "
            "joined on loan from Tarsk City. Fans travelled from Harwick to see them."
        )
    )
    assert found["Ostrava"] == "organization"
    assert found["Tarsk City"] == "organization"
    assert found["Harwick"] == "place"


def test_a_loan_of_money_for_a_route_from_a_town_makes_no_club():
    found = kinds(actors_of("The bank approved a loan for a rail link from Tokoname to the port."))
    assert found["Tokoname"] == "place"


def test_the_ground_after_a_score_and_at_is_a_place():
    found = kinds(
        actors_of(
            "Kelby beat Harwick Rovers 2-1 at Vanterpool Meadows on Saturday. Dunmore won "
            "with a 3-0 victory over Tarsk City at Ostley Brennan."
        )
    )
    assert found["Vanterpool Meadows"] == "place"
    assert found["Ostley Brennan"] == "place"


def test_a_person_after_at_with_no_score_before_stays_a_person():
    found = kinds(actors_of("The prize was handed over at Tomas Vell's request on Monday."))
    assert found["Tomas Vell"] == "person"


def test_a_name_ending_in_a_club_word_is_a_club_whatever_it_does():
    # "United", "Rovers", "Wanderers" end the names of clubs, no place's nor person's
    found = kinds(
        actors_of(
            "The coach said Dorvale Rovers played well. Fans of Marsh United and "
            "Ostby Wanderers marched on Sunday."
        )
    )
    assert found["Dorvale Rovers"] == "organization"
    assert found["Marsh United"] == "organization"
    assert found["Ostby Wanderers"] == "organization"


def test_a_city_or_town_before_its_fans_or_a_player_in_the_possessive_is_a_club():
    found = kinds(actors_of("Kelby City's Arno Vesk scored twice on Saturday."))
    assert found["Kelby City"] == "organization"
    found = kinds(actors_of("Harwick Town fans sang through the second half."))
    assert found["Harwick Town"] == "organization"
    # a city's own possessive before a lower-case noun stays the city's
    found = kinds(actors_of("Velmar City's mayor opened the bridge on Monday."))
    assert found["Velmar City"] == "place"


def test_a_known_city_before_a_persons_name_in_the_possessive_stays_a_city():
    found = kinds(actors_of("Mexico City's Clara Brugada said the metro would reopen."))
    assert found["Mexico City"] == "place"


def test_a_town_after_a_noun_of_a_team_is_a_club():
    """Wire copy names a club or a team by a noun before it ("Portuguese champions X",
    "Spanish side X"), as by "Italian club X"."""
    found = kinds(
        actors_of(
            "Kelby signed the forward from Ostlandic champions Harwick on Monday. He joined "
            "Vellan side Dunmore in 2021, and the national team Tarsk beat them."
        )
    )
    assert found["Harwick"] == "organization"
    assert found["Dunmore"] == "organization"
    assert found["Tarsk"] == "organization"


def test_the_ground_after_a_score_and_at_the_is_a_place():
    """Stadiums are often named after people, and wire copy writes "at the" before them."""
    found = kinds(actors_of("Kelby City beat Harwick Rovers 4-0 at the Tomas Vellano on Saturday."))
    assert found["Tomas Vellano"] == "place"


def test_a_club_named_by_its_town_after_its_full_name_is_the_club():
    """Sport news names "Real Kelby" once, then "Kelby" for the club; "in Kelby" is the town."""
    found = actors_of(
        "Ostrava beat Real Kelby 2-0 on Saturday. Kelby coach Tomas Vell said his side had "
        "been too slow. Kelby face Harwick Rovers on Tuesday. Fans in Varnholt celebrated."
    )
    club = next(a for a in found if a.name == "Real Kelby")
    assert "Kelby" in club.aliases
    assert not any(a.name == "Kelby" for a in found)
    town = kinds(actors_of("Real Kelby won 2-0. Fans celebrated in Kelby."))
    assert town["Kelby"] == "place"


def test_a_town_after_a_match_and_against_is_a_club():
    """Once "her debut against Leeds on Sunday" made a place of the club, named after its
    town: a match (or a goal in one) and "against" name the other side, with no score
    told; "sanctions against Russia" name none."""
    found = kinds(
        actors_of(
            "Kelby signed Ana Vell on Monday. She could make her debut against Leeds on "
            "Sunday. Sanctions against Russia were extended."
        )
    )
    assert found["Leeds"] == "organization"
    assert found["Russia"] == "place"


def test_the_side_a_match_is_drawn_with_before_its_score_is_a_club():
    found = kinds(actors_of("The Wanderers drew with Kelby Town 1-1 last week."))
    assert found["Kelby Town"] == "organization"


def test_a_side_of_a_match_last_in_its_text_or_headline_is_read():
    """A headline has no full stop: the opponent may be the last word of the text."""
    for text in ("Velkor drew with Kelby", "Velkor lost to Kelby\n\nThe fans left early."):
        assert "Kelby" in kinds(actors_of(text))


def test_one_word_in_a_match_told_with_one_score_is_a_club_but_sets_tell_players():
    """One word that is no given name, a side of a match told with one score of fewer
    than six, is a club, whatever its ending ("Tarsk"); a match told in sets of six or
    seven games is between players, and a player named in full stays a person."""
    found = kinds(actors_of("Velkor beat Tarsk 2-1 on Sunday."))
    assert found["Tarsk"] == "organization"
    players = kinds(actors_of("Anna Tarsk won the title. Tarsk beat Ostrum 6-4 in the final."))
    assert players["Anna Tarsk"] == "person"


def test_a_town_taking_a_verb_in_the_plural_is_a_team():
    found = kinds(
        actors_of(
            "Ostrava, the league leaders, were held to a draw on Saturday. "
            "Tulsa have won four games in a row."
        )
    )
    assert found["Ostrava"] == "organization"
    assert found["Tulsa"] == "organization"


def test_a_town_in_the_singular_or_a_list_stays_a_place():
    found = kinds(
        actors_of(
            "Ostrava is the third city of the country. Tulsa and Leeds are twinned. "
            "Prices in Dublin were higher."
        )
    )
    assert found["Ostrava"] == "place"
    assert found["Tulsa"] == "place"
    assert found["Dublin"] == "place"


def test_a_club_told_with_who_stays_a_club():
    found = kinds(
        actors_of(
            "Dravenna midfielder Tomas Vell scored twice. Dravenna, who needed a win, "
            "go into the play-offs. Ana Vell beat Ilse Marwick 6-4, 6-3; Vell, who is 24, "
            "plays again on Friday."
        )
    )
    assert found["Dravenna"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_town_that_finishes_in_a_table_or_has_fans_is_a_team():
    found = kinds(
        actors_of(
            "Fans of Ostrava clashed with police outside the stadium. Leeds finished second. "
            "Tulsa finished the season with a budget deficit."
        )
    )
    assert found["Ostrava"] == "organization"
    assert found["Leeds"] == "organization"
    assert found["Tulsa"] == "place"


def test_a_side_named_after_its_standing_in_a_result_is_a_club():
    """A plural title before one name tells a side's standing, no person's role."""
    found = kinds(
        actors_of(
            "Dravenna beat league leaders Ostrel 2-0 on Sunday. Opposition leaders Ana Vell "
            "and Tomas Okafor walked out of the stadium."
        )
    )
    assert found["Ostrel"] == "organization"
    assert found["Ana Vell"] == "person"
    assert found["Tomas Okafor"] == "person"
    found = kinds(actors_of("Dravenna beat the defending champions Ostrel 2-1 on Sunday."))
    assert found["Ostrel"] == "organization"


def test_a_side_whose_result_follows_a_relative_clause_is_a_club():
    found = kinds(
        actors_of(
            "Velkoria, who finished third last season, lost 1-0 on Saturday. Kelbyra lost "
            "2-1 at home to Ostrava on Sunday."
        )
    )
    assert found["Velkoria"] == "organization"
    assert found["Ostrava"] == "organization"


def test_a_side_named_after_its_standing_in_apposition_is_a_club():
    """A plural title set off by commas before or after one name is no person's role."""
    found = actors_of(
        "The league leaders, Dorvale, play Kelby Athletic on Monday. Harwick, the "
        "defending champions, travel to Tarsk. The ministers, Ana Vell and Tomas Okafor, "
        "left early."
    )
    named = {a.name: a for a in found}
    assert named["Dorvale"].roles == [] and named["Dorvale"].kind == "organization"
    assert named["Harwick"].roles == []
    assert named["Ana Vell"].roles == ["minister"]


def test_a_town_s_side_takes_a_plural_verb_after_a_relative_clause():
    found = kinds(
        actors_of(
            "Dravenna beat Kelby 2-0 on Sunday. Tulsa, who had won their last three home "
            "games, remain ninth."
        )
    )
    assert found["Tulsa"] == "organization"


def test_a_player_named_after_his_role_is_a_person_though_a_town_ends_the_name():
    found = kinds(
        actors_of(
            "A late header from defender Kauan Braga gave Velkor Rovers the win. "
            "Harwick striker Tomas Vell missed a penalty."
        )
    )
    assert found["Kauan Braga"] == "person"
    assert found["Tomas Vell"] == "person"
    assert found["Velkor Rovers"] == "organization"


def test_a_club_named_after_its_letters_is_the_club_named_without_them():
    found = actors_of(
        "FC Kolvany won the title on Sunday. Kolvany coach Ana Vell dedicated it to the fans."
    )
    clubs = [a for a in found if "Kolvany" in a.name]
    assert len(clubs) == 1 and clubs[0].name == "FC Kolvany"
    assert clubs[0].kind == "organization"


def test_a_club_a_player_came_from_on_a_termed_loan_is_a_club():
    found = kinds(
        actors_of(
            "He arrived on a six-month loan from Nagano. A loan for a rail link "
            "from Kelbo was signed."
        )
    )
    assert found["Nagano"] == "organization"
