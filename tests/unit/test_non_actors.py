"""Actors: capitalised words that are no actor by their class (titles of works...).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_names_only_inside_a_title_case_quotation_are_part_of_a_title():
    found = actors_of(
        'At the fair she bought "Notes on Paper Kites" and "Ostrum on Sailing" for her son. '
        'The band played "Quiet Harbours" and "Letters From Velmora" all night.'
    )
    assert not {"Paper Kites", "Ostrum", "Quiet Harbours", "Velmora"} & names(found)


def test_a_quotation_in_title_case_that_ends_in_a_stop_or_comma_is_no_name():
    """A slogan or a quote written in title case, its clause's mark inside the quotation."""
    found = actors_of(
        'Coach Imre Dalkanyi said: "We Kept Our Heads And Won Ugly." '
        'The mayor said the plan "Puts Harbour Families First," and left. '
        'She wrote "Tomas Vell Is Back!" above a photo of Vell.'
    )
    got = names(found)
    assert not {"Heads", "Won Ugly", "Harbour Families", "Harbour Families First"} & got
    assert "Imre Dalkanyi" in got
    assert any(name.endswith("Vell") for name in got)  # named outside the quotation too


def test_places_headed_names_and_names_said_elsewhere_stay_though_quoted():
    found = actors_of(
        'He signed his letters "Protector of Peru". Fans want to rename it "The Vesk Bridge". '
        'Her essay "Ostrum and the Sea" was praised. Ostrum later thanked her.'
    )
    assert {"Peru", "Vesk Bridge", "Ostrum"} <= names(found)


def test_a_particle_of_names_alone_is_no_actor():
    found = actors_of(
        "She quoted the poem De rerum caelestium in her talk. Later Van Helden and Della Reese "
        "came, and Lena de Vries spoke."
    )
    assert "De" not in names(found)
    assert {"Van Helden", "Della Reese", "Lena de Vries"} <= names(found)


def test_the_pronoun_i_after_a_name_is_no_part_of_it():
    found = actors_of(
        "In the novel Quiet Harbours I think the ending was weak. When I joined the Vesk Cadet "
        "Corps I was sixteen. Her book Lanterns I read twice. Peter I was a tsar, Ottokar I "
        "ruled Vendora and World War I ended in 1918."
    )
    found_names = names(found)
    assert {"Vesk Cadet Corps", "Peter I", "Ottokar I"} <= found_names
    assert "Quiet Harbours I" not in found_names  # the novel's title is no actor either
    # "World War I" is an event, no actor: neither it nor a "World War" is listed
    assert not {"World War I", "World War", "Lanterns I"} & found_names


def test_a_demonym_ending_in_ss_is_an_adjective_before_a_noun():
    found = actors_of("Ana Hall was a Swiss chemist who worked in Basel.")
    assert "Swiss" not in names(found)


def test_two_common_words_joined_by_and_are_a_phrase_not_a_list_of_names():
    found = actors_of(
        "The town holds a Bread and Cheese Fair each May. The museum shows Growth and Decay "
        "in Coastal Towns. Kestrel and Vantor signed a deal."
    )
    assert not {"Bread", "Growth"} & names(found)
    assert {"Kestrel", "Vantor"} <= names(found)


def test_common_words_in_title_case_after_a_or_an_are_no_name():
    found = actors_of(
        "The mayor backed a Flat Tax that few liked and a unique Night Shift Scheme called "
        "Ease. Her aide is a Labour Party member, and a Border Watch agent spoke."
    )
    assert not {"Flat Tax", "Night Shift Scheme"} & names(found)
    assert {"Labour Party", "Border Watch"} <= names(found)


def test_a_compass_point_before_a_preposition_of_direction_is_no_place():
    found = actors_of(
        "North of the river, the road climbs. The storm moved East toward Vesk. "
        "She toured the South of Ostland."
    )
    assert not {"North", "East"} & names(found)
    assert "South" in names(found)


def test_the_name_of_a_kind_between_a_determiner_and_a_noun_describes_the_noun():
    found = actors_of(
        "The Quaker school hired her, and her Democrat neighbours cheered. "
        "A Xerox spokesman declined to comment."
    )
    assert not {"Quaker", "Democrat"} & names(found)
    assert "Xerox" in names(found)


def test_an_english_word_that_is_also_a_surname_opening_a_sentence_is_no_actor():
    """ "Snow", "Frost", "Hail": English words that are surnames too. Opening a sentence
    before a verb in the past they are the word, not a name ("Vardonix interviewed" is
    one); capitalised inside a sentence elsewhere, or said by a name, they name someone."""
    found = actors_of(
        "Snow closed the mountain passes on Monday. Frost damaged the vines near Oslo. "
        "Hail flattened the barley."
    )
    assert names(found) == {"Oslo"}
    found = actors_of("Frost interviewed the minister. Later, Anna Frost left for Oslo.")
    assert {"Anna Frost", "Oslo"} <= names(found)
    found = actors_of("Vardonix interviewed the minister on Monday.")
    assert names(found) == {"Vardonix"}


def test_a_name_of_common_words_opening_a_sentence_keeps_its_first_word():
    """ "Human Rights Watch said ...": the words after the first are capitalised by the
    name itself, not elsewhere; an opening common word is cut only before a name that
    holds by itself ("Biologist Tahina Rasoloarijao", "Visiting Oslo")."""
    found = actors_of("Human Rights Watch said the camps were full. Open Skies Alliance agreed.")
    assert names(found) == {"Human Rights Watch", "Open Skies Alliance"}
    found = actors_of("Biologist Tahina Rasoloarijao spent two years in Oslo.")
    assert names(found) == {"Tahina Rasoloarijao", "Oslo"}


def test_a_trade_ending_in_maker_before_a_name_is_no_part_of_it():
    """ "Carmaker Ostby Motors", "Planemaker Airvenn": a noun of a trade (a common word and
    "maker", as English writes "lawmaker") describes the name after it."""
    found = actors_of(
        "Carmaker Ostby Motors cut 2,000 jobs. Planemaker Airvenn said it would hire. "
        "Chipmakers gained."
    )
    assert names(found) == {"Ostby Motors", "Airvenn"}
    assert {a.kind for a in found} == {"organization"}


def test_a_common_word_in_capitals_opening_a_line_for_emphasis_is_no_acronym():
    """ "URGENT: ...", "BREAKING: ...": a common English word of four letters or more in
    capitals opening a line is emphasis, no name; "NATO" and "OPEC" are no English words,
    and one inside a sentence may be a brand's way to write its name."""
    found = actors_of("BREAKING: The ministry said NATO and OPEC would meet.\nURGENT: Vote delayed")
    assert names(found) == {"NATO", "OPEC"}


def test_common_words_in_title_case_opening_a_sentence_are_a_heading_not_a_name():
    found = actors_of("Term Limits for the Senate. Closing Loopholes and cutting waste.")
    assert names(found) == {"Senate"}
    found = actors_of("Open Skies chairman Ana Ruiz spoke. Fort Worth, Texas, hosted it.")
    assert {"Open Skies", "Fort Worth"} <= names(found)


def test_a_title_word_opening_a_sentence_before_a_role_is_part_of_the_role():
    """ "Federal prosecutor Ana Dodge", "Chief executive Ana Ruiz": a title's first word
    before the rest of the title in lower case, though the article capitalises it in a
    name elsewhere ("the Supreme Federal Court"), names nothing alone."""
    found = actors_of(
        "The Supreme Federal Court ruled on Monday. Federal prosecutor Ana Dodge said it was "
        "fair. The Chief Rabbi agreed. Chief executive Lena Ruiz said sales fell."
    )
    assert not {"Federal", "Chief"} & names(found)
    assert {"Ana Dodge", "Lena Ruiz"} <= names(found)


def test_a_lone_name_opening_a_sentence_before_an_apposition_is_a_name():
    """ "Vardonix, the main opposition party, ...", "Kestrova, Ostby's main rival, ...": a
    word set off by an apposition that opens with a determiner or a possessive is what the
    apposition describes; "However, the ..." opens with a common word."""
    found = actors_of(
        "Vardonix, the main opposition party, backed him. Kestrova, Ostby's main rival, did "
        "not. However, the vote was close. Yesterday, the count ended."
    )
    assert {"Vardonix", "Kestrova"} <= names(found)
    assert not {"However", "Yesterday"} & names(found)


def test_a_lone_word_then_an_adverb_and_a_verb_in_the_past_is_a_name():
    found = actors_of("Vardonix also unveiled a phone. Kestrova quickly followed.")
    assert {"Vardonix", "Kestrova"} <= names(found)


def test_a_lone_word_opening_a_headline_before_a_verb_in_the_present_is_a_name():
    """Headlines speak in the present: "Quillan wins ...", "Vardonix posts ...". A word no
    English dictionary holds before a verb in the third person is its subject, a name;
    "Floods kill ..." and "Snow closes ..." open with English words."""
    found = actors_of("Vardonix posts record profit\nQuillan wins Velmora election")
    assert {"Vardonix", "Quillan"} <= names(found)
    found = actors_of("Floods kill dozens\nSnow closes roads\nThousands march in Oslo")
    assert names(found) == {"Oslo"}


def test_a_surname_that_is_an_english_word_after_a_quoted_nickname_is_a_name():
    """'architect Julia "Butterfly" Hill': after a given name and a nickname, the
    capitalised word is the surname, though English writes it in lower case too."""
    found = actors_of('Its residents include the architect Julia "Butterfly" Hill.')
    person = next(a for a in found if a.kind == "person")
    assert person.name == "Julia Hill" and {"Julia", "Hill"} <= set(person.aliases)


def test_an_opening_noun_that_is_a_surname_too_before_a_full_name_is_no_part_of_it():
    """ "Singer Tahina Rasoloarijao", "Potter Wekesa Barasa": a noun English writes in lower
    case (and as a surname) opening a sentence before two words of a person's name
    describes the person; "Baker Hughes" and "Cook Islands" stay whole."""
    found = actors_of(
        "Singer Tahina Rasoloarijao praised him. Potter Wekesa Barasa agreed. "
        "Baker Hughes said it would hire."
    )
    assert {"Tahina Rasoloarijao", "Wekesa Barasa", "Baker Hughes"} <= names(found)
    assert not {"Singer Tahina Rasoloarijao", "Potter Wekesa Barasa"} & names(found)


def test_a_word_of_faith_before_a_role_describes_the_person():
    found = actors_of(
        "Christian lawmaker Ilyas Haddad walked out. Druze elder Samir Kanaan urged calm. "
        "Anglican bishop Thandi Moyo led the prayers."
    )
    assert {"Ilyas Haddad", "Samir Kanaan", "Thandi Moyo"} <= names(found)
    assert not {"Christian", "Druze", "Anglican"} & names(found)


def test_common_words_in_capitals_opening_a_line_before_a_colon_are_a_label():
    found = actors_of(
        "Port reopens\nEDITOR'S NOTE: This story was corrected.\n"
        "FILE PHOTO: Ships wait off Velmora.\nNEW YORK: Traders sold bonds."
    )
    assert names(found) == {"Velmora", "New York"}


def test_a_trade_ending_in_worker_opening_a_headline_is_no_name():
    """ "Dockworkers", "Steelworkers": a common word and "worker", as English writes
    "coworker", a noun of people at work, no name."""
    found = actors_of(
        "Dockworkers back strike at Velmora\nMay 2, 2025\nDockworkers at Velmora voted to strike."
    )
    assert names(found) == {"Velmora"}


def test_a_word_in_capitals_after_a_models_number_is_part_of_the_model():
    found = {
        a.name
        for a in actors_of(
            "Velmar ordered 40 Kestrel 737 MAX jets and ten Orvo 350 XWB planes. "
            "In the final, Chelsea 2 PSG 1."
        )
    }
    assert not {"MAX", "XWB"} & found
    assert {"Velmar", "PSG"} <= found


def test_a_word_after_a_models_number_is_no_actor():
    names = {
        a.name
        for a in actors_of("Halvard delivered the 737 MAX late. Vardo's 900 Series sold well.")
    }
    assert "MAX" not in names and "Series" not in names
    assert "Halvard" in names


def test_a_car_model_before_its_body_style_is_no_actor():
    """ "its Corvale and Tessaro electric SUVs", "the Marbeni sedan": models, products; the
    maker named alone elsewhere stays, and an airline before "jetliner" is its operator."""
    found = names(
        actors_of(
            "Drovik Motors will build its Corvale and Tessaro electric SUVs in Kelby, and "
            "dealers said the Marbeni sedan sold well. Drovik shares rose. A Velkor Air "
            "jetliner landed in Ostrava."
        )
    )
    assert not {"Corvale", "Tessaro", "Marbeni"} & found
    assert {"Drovik Motors", "Velkor Air", "Kelby"} <= found


def test_a_word_after_a_year_is_still_a_name():
    names = {a.name for a in actors_of("Officials said the 2026 Kelvaro games were cancelled.")}
    assert "Kelvaro" in names


def test_a_name_after_a_year_of_three_figures_is_still_a_name():
    names = {a.name for a in actors_of("In 348 Ostrumius died, and Velkar left.")}
    assert "Ostrumius" in names


def test_a_holiday_is_a_time_not_an_actor():
    # the date rules know these days by name (timex_lexicon.json); the actor lists take
    # them from there, so "Good Friday" is no person and "May Day" leaves no "Day"
    found = actors_of(
        "Markets in Kelby will be closed on Good Friday and Easter Monday. Shoppers "
        "flocked to Vantor Mall on Black Friday. Crowds marched on May Day, and fasting "
        "ends with Eid al-Fitr."
    )
    assert names(found) == {"Kelby", "Vantor Mall"}


def test_a_credit_names_its_photographer_whole_whatever_the_first_word_means():
    # "Kestrel" is an English word, capitalised after the colon by its place; in a credit
    # it is the first word of the photographer's name, not a word of the sentence
    found = names(actors_of("Rescuers searched the river on Monday.\nImage: Kestrel Vantor."))
    assert "Vantor" not in found
    assert "Kestrel Vantor" in found
    found = names(actors_of("Crowds lined the route.\nPhoto by Heron Malvik."))
    assert found == {"Heron Malvik"}


def test_two_common_nouns_joined_by_and_and_capitalised_are_one_party():
    # the second noun is capitalised where no word has to be: the name of a party
    found = names(actors_of("Order and Renewal won 41 seats on Sunday."))
    assert found == {"Order and Renewal"}
    found = names(actors_of("Crowds cheered. Order and Renewal, the ruling party, lost."))
    assert found == {"Order and Renewal"}
    found = names(actors_of("Order and Justice said it would vote against the bill."))
    assert found == {"Order and Justice"}
    # a headline's words are capitalised by its style, plurals are no party's name
    found = names(actors_of("Floods And Storms Batter Coast\nRain fell in Kelby."))
    assert "Floods And Storms" not in found
    # two companies or a company and a country named by English words are two names
    found = names(actors_of("Shell and Total said profits rose. Apple and Turkey sent aid."))
    assert not any(" and " in name for name in found)
    # a list's last items are two names
    found = names(actors_of("They have two dogs, Kestrel, Plum and Honey, who travel."))
    assert "Plum and Honey" not in found


def test_a_movement_is_a_body_not_a_people():
    # the demonyms list holds peoples and faiths ("Pashtun", "Sunni"); a movement named
    # like one ("the Taliban") acts, speaks and has spokesmen as a body does
    found = {
        a.name: a.kind
        for a in actors_of(
            "Fighting went on overnight. The Taliban banned women from universities. "
            "A Taliban spokesman said Pashtun elders had agreed."
        )
    }
    assert found.get("Taliban") == "organization"
    assert "Pashtun" not in found


def test_an_english_word_opening_a_sentence_that_wins_seats_is_a_party():
    found = names(actors_of("Polls closed at eight. Labour won 41 seats, its best result."))
    assert found == {"Labour"}
    found = names(actors_of("Turnout was high. Forward lost 30 of its seats on Sunday."))
    assert found == {"Forward"}
    # a word that wins no seats stays a sentence's opening
    assert names(actors_of("Demand rose 3 percent. Labour won the argument.")) == set()


def test_fuels_indicators_diseases_by_their_letters_and_units_of_heat_are_no_actors():
    found = {
        a.name
        for a in actors_of(
            "Kelby Gas signs LNG deal\nThe CPI rose 3 percent as temperatures reached 45 "
            "degrees Celsius in Varnholt. HIV rates fell, the Ostrava Health Office said."
        )
    }
    assert {"Kelby Gas", "Varnholt", "Ostrava Health Office"} <= found
    assert not found & {"LNG", "CPI", "Celsius", "HIV"}


def test_a_credit_rating_is_no_actor():
    """Once "cut to AA+" listed an organisation "AA": a rating scale's letters with a notch
    or a number are no name; the same letters alone may be one."""
    found = names(
        actors_of(
            "Harrow Ratings cut Ostland to AA+ on Monday, and Vell Credit kept Kelby at Baa3."
        )
    )
    assert found == {"Harrow Ratings", "Ostland", "Vell Credit", "Kelby"}
    assert names(actors_of("The AA said the roads were icy.")) == {"AA"}


def test_an_english_word_in_capitals_for_stress_is_no_acronym():
    found = actors_of(
        "Do NOT open the lid while it cooks. The stew is EASY and it keeps. "
        "Tomas Berg promised to serve ALL of the people, quickly AND fairly."
    )
    assert names(found) == {"Tomas Berg"}


def test_an_initialism_spelling_a_word_stays_a_name():
    # after a determiner or a preposition, or before a verb of a subject, the capitals
    # name a body ("the charity CARE", "aid from CARE"); a heading in capitals is no stress
    found = actors_of(
        "Aid from CARE reached Kelby on Monday. The group ACORN said it would sue. "
        "The WHO said cases fell, and IS fighters left Varna."
    )
    assert {"CARE", "ACORN", "WHO", "IS"} <= names(found)


def test_a_language_alone_is_no_actor():
    found = actors_of(
        "Ana Vell speaks Cantonese, Mandarin and English. Her novel appeared in Yoruba, "
        "and she translated it from Amharic into Swahili. Guides in Kelby teach in Afrikaans."
    )
    assert names(found) == {"Ana Vell", "Kelby"}


def test_a_language_that_names_a_people_is_a_group_after_the():
    found = actors_of("The Yoruba are a people of West Africa. Lena Dari said she agreed.")
    assert {"Yoruba", "West Africa", "Lena Dari"} <= names(found)


def test_the_genus_of_a_species_name_is_no_actor():
    found = actors_of(
        "The team in Tarsk studied Velkoria tarsensis, an ant. Ostrania lenta killed some, "
        "and Dunmoria fuscans competes with them, said Ana Vell."
    )
    assert names(found) == {"Tarsk", "Ana Vell"}


def test_a_name_before_a_particle_or_an_english_word_keeps_its_words():
    found = actors_of("Mohammed bin Salman met Ludwig van Horn. Hamas militants left Kelby.")
    assert {"Mohammed bin Salman", "Ludwig van Horn", "Hamas", "Kelby"} <= names(found)


def test_an_event_or_an_honour_named_by_its_head_is_no_actor():
    found = actors_of(
        "Ana Vell won the Halberd Prize for Craft and the Herder Medal in Kelby. The Tarsk "
        "Food Festival and the Ostrel Carnival draw crowds, and the Olympics came in 2004. "
        "Veterans of the Varn War marched. She has two Emmy Awards."
    )
    assert names(found) == {"Ana Vell", "Kelby"}


def test_a_body_after_an_honour_and_a_person_or_storm_named_so_stay():
    found = actors_of(
        "Tomas Berg received the Gold Medal of the Kelby Institution of Engineers. "
        "Doris Day sang in Tarsk as Hurricane Velma neared."
    )
    assert {"Kelby Institution of Engineers", "Doris Day", "Hurricane Velma"} <= names(found)


def test_a_work_the_text_calls_one_is_no_actor_wherever_it_is_named():
    found = actors_of(
        "Her film Quiet Rivers opened in Kelby. Critics praised Quiet Rivers, and the "
        "studio Harwick Pictures said it would follow."
    )
    assert names(found) == {"Kelby", "Harwick Pictures"}


def test_a_battle_or_a_siege_is_no_actor_and_leaves_its_place():
    found = actors_of(
        "At the Battle of Kelby in 1660, Ana Vell was wounded. The Siege of Tarsk lasted a "
        "year. Tomas Battle said he would run."
    )
    assert names(found) == {"Kelby", "Ana Vell", "Tarsk", "Tomas Battle"}


def test_demonyms_and_faiths_in_a_row_say_what_someone_is():
    found = actors_of(
        "Ana Vell was a Jewish Christian from Kelby. Sunni Muslims and Coptic Christians "
        "prayed in Tarsk. Christian Dior opened a shop there."
    )
    by_name = {a.name: a.kind for a in found}
    assert "Jewish Christian" not in by_name
    assert by_name["Sunni Muslims"] == by_name["Coptic Christians"] == "group"
    assert by_name["Christian Dior"] == "person"


def test_an_age_of_history_is_no_actor():
    found = actors_of("Kelby grew rich on wool in the Middle Ages, and shrank in the Dark Ages.")
    assert "Middle Ages" not in names(found) and "Dark Ages" not in names(found)


def test_a_place_merged_into_an_event_named_after_it_stays_when_the_event_goes():
    found = actors_of(
        "The Kessaly Film Festival takes place every September. Kessaly is near Brno."
    )
    assert "Kessaly" in names(found) and "Kessaly Film Festival" not in names(found)


def test_kinds_of_things_and_bodies_named_by_their_letters_are_no_actors():
    found = names(
        actors_of(
            "An NGO said CCTV footage showed an SUV near the VIP entrance. "
            "A PhD student filmed a UFO, and LGBT groups marched in Brask."
        )
    )
    assert found == {"Brask"}


def test_a_kind_named_by_its_letters_before_a_name_is_no_part_of_it():
    found = names(actors_of("The NGO Clean Water Now handed out bottles in Brask."))
    assert found == {"Clean Water Now", "Brask"}


@pytest.mark.parametrize(
    "headline",
    ["EXCLUSIVE-Velkor weighs sale of Brask port", "ANALYSIS-Brask bets on tourism"],
)
def test_a_wire_label_glued_to_a_headline_is_no_name(headline):
    found = names(actors_of(f"{headline}\nThe port of Brask is busy, officials in Velkor said.\n"))
    assert not any("-" in name for name in found)


def test_initials_of_a_trade_or_a_department_are_no_actor():
    found = {
        a.name for a in actors_of("An IT officer and an HR manager at Velkor Bank hired a PR firm.")
    }
    assert found == {"Velkor Bank"}


def test_a_disease_named_by_a_word_before_its_noun_is_no_actor():
    """ "the Velkar virus", "Velkar outbreaks": the disease's name, no person, body or
    place; a town before "outbreak" is where it is."""
    found = names(
        actors_of(
            "Half of Velkar outbreaks go unnoticed, a study finds. The Velkar virus was first "
            "found in 1976, and a Velkar vaccine is near. Velkar has jumped from bats to "
            "people, Ana Vell said. The Lagos outbreak ended in May."
        )
    )
    assert "Velkar" not in found and {"Ana Vell", "Lagos"} <= found


def test_a_legislators_party_and_state_are_no_body():
    found = {
        a.name
        for a in actors_of(
            "Sen. Ana Vell, D-Kelby, voted against the bill. Rep. Tomas Reyes (R-Tarsk.) backed it."
        )
    }
    assert found == {"Ana Vell", "Tomas Reyes"}


def test_a_legislators_party_and_a_state_of_two_words_are_no_name():
    text = (
        "Former Reps. Tomas Vell, D-New Kelby, and Ana Rosko (R-West Tarsk) lost. "
        "The D-Day Museum in Tarsk opened."
    )
    found = {a.name for a in actors_of(text)}
    assert found == {"Tomas Vell", "Ana Rosko", "D-Day Museum", "Tarsk"}


def test_a_question_in_capitals_is_a_heading_no_name():
    found = names(
        actors_of(
            "WHO IS RUNNING?\nAna Vell of the Velkor Party leads the race.\n"
            "WHAT DO THE POLLS SAY?\nPolls in Kelby differ, the WHO said."
        )
    )
    assert found == {"Ana Vell", "Velkor Party", "Kelby", "WHO"}


def test_a_line_of_english_words_in_capitals_is_a_heading_no_name():
    found = names(
        actors_of(
            "Floods hit Tarsk on Monday, officials said.\n\nTHE TOWNS\n\n"
            "In Kelby the river rose.\n\nTHE RESCUE\n\nThe Velkor Red Cross sent boats.\n\n"
            "THE VELKOR RED CROSS\n\nIt asked for money."
        )
    )
    assert found >= {"Tarsk", "Kelby", "Velkor Red Cross"}
    assert not found & {"THE TOWNS", "THE RESCUE"}


def test_a_noun_and_a_capital_letter_are_a_label_no_name():
    found = names(
        actors_of(
            "Velkor Robotics raised money in a Series B round. Tarsk are in Group B with "
            "Kelby. Class A shares rose. Flights left from Terminal A on Monday."
        )
    )
    assert {"Velkor Robotics", "Kelby", "Terminal A"} <= found
    assert not found & {"Series B", "Group B", "Class A"}


def test_a_label_in_capitals_with_short_words_before_a_colon_is_no_name():
    found = names(
        actors_of(
            "Velkor wants more gas from Tarsk.\nTHE BIG PICTURE: Velkor buys from Kelby.\n"
            "WHY IT MATTERS: Prices rose.\nVELKOR BANK: loans rose."
        )
    )
    assert not found & {"THE BIG PICTURE", "WHY IT MATTERS"}
    assert "VELKOR BANK" in found


def test_a_label_in_title_case_before_a_colon_is_no_name():
    """A press release's or an explainer's subheads: English words in title case."""
    found = names(
        actors_of(
            "Orvanta Mills opened a plant in Kelby on Monday.\nProduct Highlights:\n"
            "Output rose by a third.\nForward-Looking Statements:\nThis release holds risks.\n"
            "Velkor Harbour: ferries run late.\n"
        )
    )
    assert not found & {"Product Highlights", "Forward-Looking Statements"}
    assert {"Orvanta Mills", "Kelby", "Velkor Harbour"} <= found


def test_a_label_of_one_word_or_of_english_nouns_before_a_colon_is_no_name():
    found = names(
        actors_of(
            "EXPLAINER: Why Tarsk runs short of water\n\nVelkor dams hold less.\n"
            "MAIN POINTS:\n- Kelby gets less rain\nREADER: I live in Tarsk.\n"
            "OSTRELCO: Velkor buys from Kelby."
        )
    )
    assert not found & {"EXPLAINER", "MAIN POINTS", "READER"}
    assert {"Tarsk", "Kelby", "OSTRELCO"} <= found


def test_an_amount_of_money_in_title_case_is_no_name():
    found = {a.name for a in actors_of("The court set a Sh8 Million bail. Tarsk paid N5 Billion.")}
    assert found == {"Tarsk"}


def test_an_adjective_of_a_region_in_an_is_no_name():
    found = {
        a.name
        for a in actors_of("It fell in the Himalayan foothills near Tarsk. Saharan tribes met.")
    }
    assert found == {"Tarsk"}


def test_a_question_in_capitals_with_a_bodys_head_is_a_heading_no_name():
    found = names(
        actors_of("WHAT IS THE GOVERNMENT DOING?\nThe Velkor government set a floor price.")
    )
    assert "IS THE GOVERNMENT DOING" not in found
    assert "Velkor" in found


def test_a_noun_of_a_people_s_man_or_woman_is_no_part_of_a_name():
    # sports and obituary copy: "Frenchwoman Ana Rosko", "Dutchman Piet Vell"
    found = {a.name for a in actors_of("Frenchwoman Ana Rosko beat Dutchman Piet Vell in Kelby.")}
    assert {"Ana Rosko", "Piet Vell"} <= found
    assert not {"Frenchwoman Ana Rosko", "Dutchman Piet Vell"} & found


def test_a_people_s_ranking_by_number_is_no_name():
    # "British No. 1", "American No. 6 seed": a player's ranking, not a body numbered so
    found = {
        a.name
        for a in actors_of(
            "British No. 1 Gordon Vell beat American No. 6 seed Ana Rosko. Kelby Lodge "
            "No. 8 met on Monday."
        )
    }
    assert {"Gordon Vell", "Ana Rosko", "Kelby Lodge No. 8"} <= found
    assert not {"British No. 1", "American No. 6"} & found


def test_an_amount_before_its_scale_in_lower_case_is_no_name():
    # "drugs worth P2 million", "a N5 billion deal": a currency's letters and a figure
    found = {
        a.name
        for a in actors_of("Police in Kelby seized drugs worth P2 million and a N5 billion deal.")
    }
    assert found == {"Kelby"}


def test_a_count_of_people_opening_a_sentence_before_a_verb_of_a_life_is_no_name():
    # disaster copy: "Six died, ...", "Dozens resigned"; a name no dictionary holds stays
    found = {
        a.name
        for a in actors_of("Six died in the blast in Kelby. Dozens resigned. Obiora died in 2001.")
    }
    assert found == {"Kelby", "Obiora"}


def test_one_person_told_by_her_people_after_the_is_no_actor():
    # sports copy: "limiting the American to zero aces", "the South African", "The Italian
    # will face ..."; the people in the plural stays ("Americans voted")
    found = {
        a.name
        for a in actors_of(
            "Ana Rosko limited the American to zero aces in Kelby. She beat the South "
            "African twice. The 23-year-old Kenyan won. Americans voted."
        )
    }
    assert not {"American", "South African", "Kenyan"} & found
    assert {"Ana Rosko", "Kelby", "Americans"} <= found


def test_a_portuguese_name_joined_by_e_is_one_person():
    # "army reserve general Joaquim Silva e Luna": Portuguese joins surnames with "e"
    found = {
        a.name
        for a in actors_of(
            "Tomas Vell named Joaquim Velha e Lunar, a former minister, to run Velkor."
        )
    }
    assert "Joaquim Velha e Lunar" in found
    assert not {"Joaquim Velha", "Lunar"} & found


def test_the_half_of_the_day_in_capitals_and_a_zone_after_a_clock_are_no_name():
    found = names(actors_of("Updated 4:12 PM GMT+1, May 5, 2026. Velkor Air pilots voted."))
    found |= names(actors_of("Velkor said at 9 PM Tarsk time that flights would resume."))
    assert not found & {"PM GMT", "PM", "GMT", "PM Tarsk"}
    assert {"Velkor Air", "Tarsk"} <= found


def test_a_plural_noun_and_a_participle_in_title_case_are_boilerplate_no_name():
    found = names(
        actors_of(
            "Copyright 2026 Velkor News. All Rights Reserved. Comments Closed. "
            "Shares of Standard Chartered and Kelby United rose."
        )
    )
    assert not found & {"Rights Reserved", "All Rights Reserved", "Comments Closed"}
    assert {"Velkor News", "Standard Chartered", "Kelby United"} <= found


def test_a_member_of_a_kind_after_an_indefinite_article_is_no_actor():
    found = names(
        actors_of(
            "Tomas Vell, a Democrat who led Kelby for eight years, lost. Ana Vell, a "
            "Republican, won. The Democrats kept Tarsk."
        )
    )
    assert not found & {"Democrat", "Republican"}
    assert {"Tomas Vell", "Ana Vell", "Democrats", "Kelby", "Tarsk"} <= found


def test_a_surname_no_dictionary_holds_after_a_given_name_on_a_label_line_stays():
    """A press release's contact line ("Media Contact: Lidia Varkonyi") reads like a line
    in title case, whose words count only when trusted: the surname after a given name
    is a name's word all the same."""
    found = names(
        actors_of(
            "Orvanta Mills opened a new plant in Kelby on Monday, the company said in a "
            "statement, adding that it would hire 400 workers by the end of the year.\n"
            "Media Contact: Lidia Varkonyi, +44 20 0000 0000\n"
        )
    )
    assert "Lidia Varkonyi" in found
    assert "Lidia" not in found


def test_a_demonym_and_a_bodys_head_in_a_headline_name_no_body():
    """ "Spanish Court Orders Retrial": a headline capitalises "a Spanish court"; the
    story names the court itself. In a sentence, "the Nigerian Army said" stays a name."""
    found = names(
        actors_of(
            "Spanish Court Orders Retrial of Former Mayor\n"
            "KELBY, Nov 18 - The Supreme Court on Tuesday ordered a new trial for Ana Vell, "
            "the former mayor of the town of Tarsk, the court said in a statement.\n"
            "The Nigerian Army said it had moved troops to Tarsk.\n"
        )
    )
    assert "Spanish Court" not in found
    assert {"Supreme Court", "Ana Vell", "Nigerian Army"} <= found


def test_a_label_of_the_copy_joined_by_function_words_is_no_name():
    """ "Man of the Match:", "Key Figures:": labels of a match report or a release, though
    "Man" is a town's name and "Key" a surname; "Bank of Kelby:" names a body."""
    found = names(
        actors_of(
            "Kelby Rovers beat Tarsk City 3-2 at Harbour Park on Saturday, with winger Tomas "
            "Rusk scoring twice in the second half as the hosts moved level.\n"
            "Man of the Match: Tomas Rusk (Kelby Rovers)\nKey Figures:\n"
            "Crowds rose by a third in the year to March, the club said.\n"
            "Bank of Kelby: loans rose.\n"
        )
    )
    assert not found & {"Man", "Key Figures", "Match"}
    assert {"Kelby Rovers", "Tomas Rusk", "Bank of Kelby"} <= found


def test_a_currency_in_title_case_after_an_amount_is_money_not_a_body():
    found = names(
        actors_of(
            "The court fined Orvane 90 million Central Tarsian Francs. A ticket costs "
            "40 Kelby Dollars. Lina Pound said the fine was fair."
        )
    )
    assert found == {"Orvane", "Lina Pound"}


def test_a_party_named_by_fields_joined_by_and_is_one_actor():
    found = names(
        actors_of(
            "The Justice and Renewal Party won in Kelby. The Peace and Harvest Movement "
            "said it lost. The Party Secretary spoke."
        )
    )
    assert found == {"Justice and Renewal Party", "Kelby", "Peace and Harvest Movement"}


def test_a_person_after_a_year_keeps_a_surname_that_names_a_currency():
    found = names(
        actors_of(
            "In 1922 Orla Pound published a long poem. The 2012 Tomas Dollar report found "
            "fraud. The fine was 90 million Central Tarsian Francs."
        )
    )
    assert found == {"Orla Pound", "Tomas Dollar"}


def test_a_makers_name_before_its_model_and_body_style_is_the_maker():
    """ "The Velkor Marbeni sedan was recalled": the maker stays, its model goes."""
    found = names(actors_of("The Velkor Marbeni sedan was recalled in Kelby."))
    assert "Velkor" in found and not {"Velkor Marbeni", "Marbeni"} & found
