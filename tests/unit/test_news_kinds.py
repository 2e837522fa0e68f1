"""Actor rules for classes of error found on news stories of many beats written for these
tests (courts, markets, transport, labour): bodies named by title words, stock indices."""

from __future__ import annotations

import pytest

from tests.unit.actor_helpers import actors_of, kinds


def test_a_court_named_by_title_words_is_a_body_not_a_title():
    found = kinds(
        actors_of(
            "The Velmoran government lost its case at the International Court of Justice. "
            "Lawyers for Ostrava cited a ruling by the Northern Court of Justice in March."
        )
    )
    assert found["International Court of Justice"] == "organization"
    assert found["Northern Court of Justice"] == "organization"


def test_a_title_of_office_alone_is_still_no_name():
    found = kinds(
        actors_of(
            "The Secretary of State met the Minister of Justice on Monday. "
            "Ilse Marwick, the Chief of Staff, said the talks went well."
        )
    )
    assert "Secretary of State" not in found
    assert "Minister of Justice" not in found
    assert "Chief of Staff" not in found


def test_a_name_before_an_index_word_is_a_stock_index():
    found = kinds(
        actors_of(
            "Shares in Velin Mining rose 3 percent, outpacing a 1 percent gain in the Harro "
            "Teng index. The Kelvar stock index slipped, while the Dorn Vassel industrial "
            "average closed flat."
        )
    )
    assert found["Harro Teng"] == "other"
    assert found["Kelvar"] == "other"
    assert found["Dorn Vassel"] == "other"
    assert found["Velin Mining"] == "organization"


def test_a_name_ending_in_an_index_word_is_a_stock_index():
    found = kinds(
        actors_of(
            "The Kelvar Composite Index lost 3 percent, the VTX 100 Index slipped and the "
            "Vassel Industrial Average fell."
        )
    )
    assert found["Kelvar Composite Index"] == "other"
    assert found["VTX 100"] == "other"
    assert found["Vassel Industrial Average"] == "other"


def test_a_name_that_moves_without_an_index_word_stays_a_company():
    found = kinds(actors_of("Kelvar fell 4 percent after Kelvar cut its forecast."))
    assert found["Kelvar"] == "organization"


def test_a_compound_adjective_of_a_place_of_two_words_is_no_name():
    found = kinds(
        actors_of(
            "Shares in the Hong Kong-listed bank fell, and a New York-based fund sold its "
            "stake. Kim Dae-sung, the fund's manager, said the price was fair."
        )
    )
    assert "Hong Kong-listed" not in found and "New York-based" not in found
    assert found["Kim Dae-sung"] == "person"


def test_a_known_place_a_participle_is_glued_to_is_named():
    """Wire copy names a firm's town in "Lagos-based", "New York-based": the place is an
    actor of the story, the firm apart; a name no gazetteer holds ("Velkara-based") and a
    company's ("Ostrel-based laptop") stay unnamed."""
    found = kinds(
        actors_of(
            "The Leeds-based Harrowgate Finance Group hired a New York-based fund and a "
            "Velkara-based firm. The Hong Kong-listed bank fell."
        )
    )
    assert found["Leeds"] == found["New York"] == found["Hong Kong"] == "place"
    assert found["Harrowgate Finance Group"] == "organization"
    assert not found.keys() & {"Velkara", "Velkara-based", "Leeds-based"}


def test_a_credit_in_brackets_ending_a_sentence_is_no_headline():
    text = (
        "Storm floods the valley\n"
        "May 2, 2025\n"
        "Rain flooded the valley on Friday.\n"
        "Image: Flooded streets in Kelby. (Photo by Tamar Oskanyan.)\n"
    )
    assert kinds(actors_of(text))["Tamar Oskanyan"] == "person"


def test_a_credit_opening_with_a_given_name_names_a_photographer_whatever_its_last_word():
    found = kinds(actors_of("Crowds gathered in the square.\nImage: Lena Park.\n"))
    assert found["Lena Park"] == "person"
    found = kinds(actors_of("Crowds gathered in the square.\nPhoto: Velkor Harbour Authority.\n"))
    assert found["Velkor Harbour Authority"] == "organization"


def test_bylines_and_wire_credits_name_people_whole():
    text = (
        "By Lena Park and Tomas Brandt\n\n"
        "TARSK - The bank held its rate on Wednesday.\n\n"
        "(Reporting by Lena Park; Editing by Ana Vell)\n"
    )
    found = kinds(actors_of(text))
    assert {found[name] for name in ("Lena Park", "Tomas Brandt", "Ana Vell")} == {"person"}


def test_wire_captions_and_credits_in_title_case_name_people_whole():
    """A caption dates its photograph right after the place ("in Kelby June 3, 2024"), its
    credit joins agency and photographer with a slash, and a trailer may write "By" in
    capitals: the place, the photographer and the reporters are named whole."""
    text = (
        "Dock strike ends in Velkor\n\n"
        "Amara Obi holds a sign at the port in Kelby June 3, 2024. REUTERS/Tomas Greif\n\n"
        "KELBY (Reuters) - Dock workers in Kelby ended a strike on Tuesday.\n\n"
        "Reporting By Ayo Bankole; Editing By Ruth Amsel\n"
    )
    found = kinds(actors_of(text))
    assert found["Kelby"] == "place" and "Kelby June" not in found
    people = ("Amara Obi", "Tomas Greif", "Ayo Bankole", "Ruth Amsel")
    assert {found[name] for name in people} == {"person"}
    assert not [name for name in found if name.startswith(("Reporting", "Editing"))]


def test_a_dateline_s_month_cut_short_is_no_part_of_the_place_before_it():
    found = kinds(actors_of("OSLO Feb 11 Velkor Airways said on Tuesday it would order jets."))
    assert found["OSLO"] == "place" and "OSLO Feb" not in found
    assert found["Velkor Airways"] == "organization"


def test_a_month_s_abbreviation_outside_a_dateline_stays_in_the_name():
    found = kinds(actors_of("Vina Del Mar 2 Kelby Rovers 1."))
    assert "Vina Del Mar" in found and "Vina Del" not in found
    assert kinds(actors_of("Pieter Jan 2 goals in the final.")) == {"Pieter Jan": "person"}
    found = kinds(actors_of("Velkor orders jets\nSAO PAULO Feb 11 Velkor Airways said it would."))
    assert found["Sao Paulo"] == "place" and "Sao Paulo Feb" not in found


def test_a_line_with_a_short_verb_in_lower_case_is_no_headline_in_title_case():
    found = kinds(actors_of("Ana Vell met Tom Rask"))
    assert found == {"Ana Vell": "person", "Tom Rask": "person"}


def test_the_name_after_a_slash_in_a_photo_credit_is_an_agency():
    text = (
        "Ferry fares to rise in spring\n"
        "May 2, 2025\n"
        "KELBY - The ferry company said on Friday that fares would rise.\n"
        "Image: The harbour at Kelby. Photo: Tomas Vellander/Ostra Foto.\n"
    )
    found = kinds(actors_of(text))
    assert found["Tomas Vellander"] == "person"
    assert found["Ostra Foto"] == "organization"


def test_a_name_some_miles_off_is_a_place():
    found = kinds(
        actors_of(
            "The boat sank about 3 miles off Varro Keys on Saturday. "
            "A second boat ran aground 12 km off Dunmore Point."
        )
    )
    assert found["Varro Keys"] == "place"
    assert found["Dunmore Point"] == "place"


def test_a_name_a_ship_or_a_plane_is_heading_to_is_a_place():
    found = kinds(
        actors_of(
            "The plane had taken off from Kelby and was heading to Ostrel in the Bahamas. "
            "The ferry was sailing from Varro port in East Java to Tamarin in Bali when it sank."
        )
    )
    assert found["Ostrel"] == "place"
    assert found["Tamarin"] == "place"


def test_a_name_after_a_noun_of_a_kind_of_body_is_that_body():
    found = kinds(
        actors_of(
            "The museum was designed by the Dublin firm Ostrel Vanko. "
            "The ruling coalition Tamar Vesta lost its majority."
        )
    )
    assert found["Ostrel Vanko"] == "organization"
    assert found["Tamar Vesta"] == "organization"


def test_a_name_in_apposition_to_a_company_is_a_company():
    found = kinds(
        actors_of(
            "Velmar, the state company that runs the tracks, said the line was safe. "
            "Orsi Vantana, the country's biggest lender, cut its rates."
        )
    )
    assert found["Velmar"] == "organization"
    assert found["Orsi Vantana"] == "organization"


def test_a_body_noun_before_a_name_is_that_names_not_the_one_before_the_comma():
    """In "in X, the state news agency Y said" the agency is Y; X is where the news is from."""
    found = kinds(
        actors_of(
            "Rescuers dug through the rubble in Velkarro, the state news agency Ostpress "
            "said. Ships sailed from Tarvisa, the shipping company Orlen Maritime said."
        )
    )
    assert found["Velkarro"] == "place"
    assert found["Tarvisa"] == "place"
    assert found["Ostpress"] == "organization"


def test_a_person_named_after_a_body_noun_stays_a_person():
    found = kinds(
        actors_of(
            "Ilse Marwick, a former bank manager, said the firm had failed. "
            "Company founder Tomas Vellander told staff the group would close."
        )
    )
    assert found["Ilse Marwick"] == "person"
    assert found["Tomas Vellander"] == "person"


def test_a_legislature_named_by_its_head_word_alone_is_a_body():
    found = kinds(
        actors_of(
            "Lawmakers in the Senate passed the bill on Monday. The measure now goes to "
            "a vote in Congress, and the Parliament of Velmora backed a similar law."
        )
    )
    assert found["Senate"] == "organization"
    assert found["Congress"] == "organization"


def test_a_place_in_the_possessive_after_shares_in_is_no_company():
    found = kinds(
        actors_of(
            "Shares in Europe's biggest carmaker fell 4 percent, and shares in Vellmark "
            "rose 2 percent."
        )
    )
    assert found["Europe"] == "place"
    assert found["Vellmark"] == "organization"


def test_a_named_storm_is_one_event():
    found = kinds(
        actors_of(
            "Hurricane Velma hit the coast of Kelby on Monday. Two days later Tropical Storm "
            "Ostra formed, and Typhoon Darra killed 12 people in Luzon."
        )
    )
    assert found["Hurricane Velma"] == "other"
    assert found["Tropical Storm Ostra"] == "other"
    assert found["Typhoon Darra"] == "other"
    assert "Velma" not in found


def test_a_storm_named_alone_later_is_the_storm():
    found = actors_of(
        "Storm hits coast\n\nHurricane Velma hit the coast of Kelby on Monday. Velma "
        "weakened over land. Tropical storm Ostra formed on Tuesday, and Ostra could bring "
        "rain to Halden, said Ana Vell of the weather service. Vell said she was worried."
    )
    assert "Velma" not in kinds(found)
    assert kinds(found)["Hurricane Velma"] == "other"
    assert kinds(found)["Ostra"] == "other"
    assert kinds(found)["Ana Vell"] == "person"


def test_a_body_named_for_storms_stays_a_body():
    found = kinds(actors_of("The National Hurricane Office in Kelby issued a warning."))
    assert found["National Hurricane Office"] == "organization"


def test_a_body_in_apposition_to_a_person_is_no_list_with_them():
    found = kinds(
        actors_of(
            "The head of VELKA, Ilse Marwick, said the alliance was ready. "
            "Officials from Ostrel, Varn and Kelby met in Dunmore."
        )
    )
    assert found["VELKA"] == "organization"
    assert found["Ilse Marwick"] == "person"


def test_chambers_dioceses_and_synods_are_bodies_with_of():
    found = kinds(
        actors_of(
            "Officials at the Chamber of Commerce of Kelby said exports fell. A spokesman "
            "for the Archdiocese of Ostrel said the Synod of Bishops would meet."
        )
    )
    assert found["Chamber of Commerce of Kelby"] == "organization"
    assert found["Archdiocese of Ostrel"] == "organization"
    assert found["Synod of Bishops"] == "organization"


def test_a_list_with_a_comma_before_or_is_one_list():
    found = kinds(actors_of("Paris, Rome, or Quorvik will host the games."))
    assert found["Quorvik"] == "place"


def test_a_headline_word_the_story_writes_in_lower_case_is_no_place():
    text = (
        "Mobile traders lose appeal\n"
        "May 2, 2025\n"
        "KELBY - A court rejected an appeal by mobile phone traders on Friday.\n"
    )
    assert "Mobile" not in kinds(actors_of(text))


def test_a_town_at_an_opening_the_story_capitalises_elsewhere_stays():
    text = (
        "Mobile port reopens\n"
        "May 2, 2025\n"
        "The port of Mobile reopened on Friday after a mobile crane fell.\n"
    )
    assert kinds(actors_of(text))["Mobile"] == "place"


def test_petty_and_warrant_officers_are_ranks():
    found = kinds(
        actors_of(
            "Petty Officer Dorota Vell said divers found the wreck. "
            "Warrant Officer Tomas Vellander agreed."
        )
    )
    assert "Petty" not in found and "Warrant" not in found
    assert found["Dorota Vell"] == "person"


def test_a_plural_possessive_inside_a_name_goes_on_with_it():
    found = kinds(
        actors_of(
            "The People's Bank of Velmora cut rates. The Dock Workers' Union and the "
            "International Fishermen's Association backed the strike."
        )
    )
    assert found["People's Bank of Velmora"] == "organization"
    assert found["Dock Workers' Union"] == "organization"
    assert found["International Fishermen's Association"] == "organization"
    assert "Association" not in found


def test_a_saint_named_like_a_town_owns_the_site_after_him():
    found = kinds(actors_of("Worshippers gathered at St George's Cathedral in Kelby on Sunday."))
    assert found["St George's Cathedral"] == "place"


def test_a_place_or_a_person_in_the_possessive_still_ends_the_name():
    found = kinds(
        actors_of("Shares fell after Norway's Central Bank acted and Ana Vell's Kelby Group sold.")
    )
    assert found["Norway"] == "place"
    assert "Central Bank" in found and "Kelby Group" in found


def test_a_name_after_a_noun_of_a_thing_is_no_actor():
    found = kinds(
        actors_of(
            "Sales of its obesity drug Velmaxa rose. The navy ship Orsola carried the men "
            "to Kelby, and the tanker Dunmore Star ran aground."
        )
    )
    # a drug, a ship, a tanker: things, no actors, so not listed
    assert found == {"Kelby": found["Kelby"]}


def test_a_person_after_a_noun_of_a_thing_with_a_role_stays_a_person():
    found = kinds(actors_of("The ship's captain, Ilse Marwick, said the crew was safe."))
    assert found["Ilse Marwick"] == "person"


def test_a_name_after_a_title_is_a_person_though_its_surname_is_a_town():
    found = kinds(
        actors_of("Attorney General Orvek Garland said the case showed that no one was above it.")
    )
    assert found["Orvek Garland"] == "person"


def test_a_ruler_named_without_the_number_is_the_same_person():
    found = actors_of(
        "Pope Ostrand III led the service in Kelby. Ostrand told worshippers to pray."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Ostrand III"].kind == "person"
    assert "Ostrand" in by_name["Ostrand III"].aliases


def test_a_town_the_text_places_is_no_short_form_of_a_body_named_after_it():
    found = kinds(
        actors_of(
            "Kelby General Hospital treated 12 people. Police in Kelby said two died. "
            "Ostrel State University closed, and police in Ostrel State fired tear gas."
        )
    )
    assert found["Kelby"] == "place"
    assert found["Kelby General Hospital"] == "organization"
    assert found["Ostrel State"] == "place"
    assert found["Ostrel State University"] == "organization"


def test_a_name_before_a_bodys_noun_after_the_is_the_bodys():
    found = kinds(
        actors_of(
            "Officials met on Monday, the Xinhua news agency said. Fighters of the Tarsk "
            "militant group were seen. The Dublin firm Velmar said sales rose."
        )
    )
    assert found["Xinhua"] == "organization"  # a town of the wider gazetteer too
    assert found["Tarsk"] == "organization"
    assert found["Dublin"] == "place"


def test_letters_after_a_name_are_a_persons_honour_or_office_not_part_of_the_name():
    found = kinds(
        actors_of(
            "Her counsel, Obiora Nwankwo SAN, said the charges were false. "
            "Dame Petra Ashby KC told the tribunal the bank had erred. "
            "Lydia Grell MP and Tomas Vanecek PhD signed the letter. "
            "A letter from Kestrel Vantor MP reached the ministry."
        )
    )
    assert found["Obiora Nwankwo"] == "person"
    assert found["Petra Ashby"] == "person"
    assert found["Lydia Grell"] == "person"
    assert found["Tomas Vanecek"] == "person"
    assert found["Kestrel Vantor"] == "person"  # no given name: the letters tell
    assert not any(name.endswith(("SAN", "KC", "MP", "PhD")) for name in found)


def test_initials_before_a_branchs_title_are_a_party_not_a_place():
    found = kinds(
        actors_of(
            "VPK state chairman Ortwin Haller said talks would resume. "
            "The DLR regional secretary Mara Quist disagreed."
        )
    )
    assert found["VPK"] == "organization"
    assert found["DLR"] == "organization"


def test_a_name_after_nearby_is_a_place():
    found = kinds(actors_of("Roads to Velmora and nearby Quistaro were blocked on Monday."))
    assert found["Quistaro"] == "place"


def test_a_compound_of_nationalities_is_an_adjective_not_a_name():
    found = kinds(
        actors_of(
            "The Anglo-Dutch company reported higher earnings. A Sino-Korean venture and "
            "the Franco-Italian brigade were formed, and Indo-Pakistani talks resumed."
        )
    )
    assert found == {}


def test_a_partys_adjective_before_a_title_and_a_name_describes_the_person():
    found = kinds(
        actors_of(
            "Democratic Senator Ann Tully voted against the bill. Republican Congressman "
            "Tom Pike voted for it. Vardex Chief Executive Ilse Marwick said nothing."
        )
    )
    assert "Democratic" not in found and "Republican" not in found
    assert found["Ann Tully"] == "person" and found["Tom Pike"] == "person"
    assert found["Vardex"] == "organization"  # an employer before a title stays


def test_a_reporting_clause_after_a_place_is_no_apposition():
    found = actors_of(
        "The men were arrested in Kelby, the prosecutor said. "
        "Ana Vell, the minister who said so, resigned. "
        "Tomas Pike, the mayor, said the road would reopen."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Kelby"].kind == "place" and not by_name["Kelby"].roles
    assert by_name["Ana Vell"].roles and by_name["Tomas Pike"].roles


def test_people_of_a_place_who_come_from_it_name_a_place():
    found = kinds(
        actors_of(
            "Firefighters from Kelbrook and Dunmarra fought the blaze. Villagers from "
            "Ostravel fled. Officials from Vantorim visited the camp."
        )
    )
    assert found["Kelbrook"] == found["Dunmarra"] == found["Ostravel"] == "place"
    assert found["Vantorim"] == "organization"  # officials come from bodies too


def test_a_romance_of_leaves_the_head_first_as_of_does():
    # "Tour de Vellmark" is a "tour" (a race), as "Tour of Vellmark" is; "Banco de Ostra"
    # a bank, "Stade de Kelby" a site: the word before "de"/"del"/"di" names the kind
    found = kinds(
        actors_of(
            "Ana Vell won a stage of the Tour de Vellmark on Sunday. She rode the Tour of Kelby "
            "in May. Banco de Ostra said profits rose. Fans filled the Gare du Nord."
        )
    )
    assert "Tour de Vellmark" not in found and "Tour of Kelby" not in found  # races: events
    assert found["Banco de Ostra"] == "organization"
    # a person's particle is no "of": "Rosa de Vellmark said" is a person
    assert kinds(actors_of("Rosa de Vellmark said she would run."))["Rosa de Vellmark"] == (
        "person"
    )


def test_a_site_named_body_that_speaks_after_the_is_a_body():
    # a building does not speak: a "Center" or an "Observatory" that says things is the
    # agency housed there
    found = kinds(
        actors_of(
            "The storm turned north on Tuesday, the Caribbean Storm Watch Center said. "
            "The Eastern Seismic Observatory said the quake struck at dawn. "
            "The Velmoran Flood Forecasting Centre warned of more rain. "
            "Crowds gathered at the Ostrel Arts Centre on Friday."
        )
    )
    assert found["Caribbean Storm Watch Center"] == "organization"
    assert found["Eastern Seismic Observatory"] == "organization"
    assert found["Velmoran Flood Forecasting Centre"] == "organization"
    assert found["Ostrel Arts Centre"] == "place"


def test_a_site_named_body_told_as_the_source_is_a_body():
    # nor is a building a source: "according to the X Center" is the agency
    found = kinds(
        actors_of(
            "The cyclone weakened overnight, according to the Ostrava National Storm Center. "
            "Crowds waited at the Velmoran Sports Centre on Friday."
        )
    )
    assert found["Ostrava National Storm Center"] == "organization"
    assert found["Velmoran Sports Centre"] == "place"


def test_a_site_named_body_that_issues_or_records_after_its_town_is_a_body():
    # "issued an alert", "has recorded", and "in X" between the name and its verb
    found = kinds(
        actors_of(
            "The Velkor Tsunami Warning Center issued an alert for the coast. The Kelby "
            "Flood Warning Centre in Tarsk said rivers would rise, and the Dorvan Seismic "
            "Observatory has recorded 40 tremors. Crowds in Tarsk left the Ostrel Arts "
            "Centre in Kelby."
        )
    )
    assert found["Velkor Tsunami Warning Center"] == "organization"
    assert found["Kelby Flood Warning Centre"] == "organization"
    assert found["Dorvan Seismic Observatory"] == "organization"
    assert found["Ostrel Arts Centre"] == "place"


def test_a_person_named_like_a_site_who_speaks_stays_a_person():
    found = kinds(actors_of("Tomas Hall said the talks had failed. Hall, 54, left early."))
    assert found["Tomas Hall"] == "person"


def test_a_works_title_after_a_noun_of_a_work_and_its_own_the_is_no_actor():
    found = kinds(
        actors_of(
            "Ilse Marwick won the prize for her novel The Copper Gate on Thursday. "
            "His memoir Winter Orchards sold 40,000 copies in Kelby."
        )
    )
    # titles of works, no actors: not listed
    assert found == {"Ilse Marwick": "person", "Kelby": "place"}


def test_a_broadcaster_named_with_tv_last_is_a_body_though_a_person_speaks_to_it():
    found = kinds(actors_of("Governor Tamsin Orrel told Varkesh TV that 300 homes had collapsed."))
    assert found["Varkesh TV"] == "organization"
    assert found["Tamsin Orrel"] == "person"


def test_a_name_before_futures_or_crude_is_a_market_benchmark():
    # "X futures", "X crude": an index or a grade of oil traded, no person nor place
    found = kinds(
        actors_of(
            "Markets were calm on Monday. Velmar Jones futures fell 0.5 percent, and "
            "Ostrel crude rose to $85 a barrel."
        )
    )
    assert found["Velmar Jones"] == found["Ostrel"] == "other"


def test_a_body_named_with_another_languages_without_or_against_is_no_person():
    """Aid groups keep their names in French, Spanish or German: the words for "without"
    and "against" join a body's name and no person's, though it speaks."""
    found = kinds(
        actors_of(
            "Médicos Sin Fronteras said it had sent 12 doctors to Kelby. Action Contre la "
            "Faim said food would run out. Ärzte ohne Grenzen said the road was closed."
        )
    )
    assert found["Médicos Sin Fronteras"] == "organization"
    assert found["Action Contre la Faim"] == "organization"
    assert found["Ärzte ohne Grenzen"] == "organization"


def test_tagalog_particles_join_a_bodys_name():
    """ "ng" (of), "mga" (plural) and "sa" (in, at) inside a Filipino body's name."""
    found = kinds(
        actors_of(
            "The Kapisanan ng mga Mangingisda sa Lumbayao filed a petition on Monday. "
            "The Ugnayan ng Magsasaka said the dam would flood 300 farms."
        )
    )
    assert found["Kapisanan ng mga Mangingisda sa Lumbayao"] == "organization"
    assert found["Ugnayan ng Magsasaka"] == "organization"


def test_an_apposition_after_a_names_acronym_in_brackets_still_names_its_kind():
    """Wikinews writes the acronym in brackets after the name, then the apposition."""
    found = kinds(
        actors_of(
            "The men were linked to Jemaah Vantor Daulah (JVD), a group that has pledged "
            "loyalty to Ostrel. Ana Vell (AV), a former bank manager, said she was innocent."
        )
    )
    assert found["Jemaah Vantor Daulah"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_given_name_before_the_head_of_an_institution_is_no_speaker():
    """Once "Tamara Airport said" and "Nikos Vell University said" were people, a speech
    verb outweighing the head word: an airport's or a university's head is no surname
    (where "Hall" and "Park" are: "Ana Hall said" stays a person)."""
    found = kinds(
        actors_of(
            "Tamara Airport said passenger numbers rose. Nikos Vell University said classes "
            "would resume. Ana Hall said she would stay."
        )
    )
    assert found["Tamara Airport"] == "place"
    assert found["Nikos Vell University"] == "organization"
    assert found["Ana Hall"] == "person"


def test_a_word_opening_a_sentence_before_an_age_is_a_persons_name():
    """Once "Kipyegon, 31, broke her own record" listed nothing: an opening word needed a
    verb or a title; an age in commas after it names a person, in any language."""
    found = kinds(actors_of("Rain fell.\n\nObiora, 54, won the race. Tarvisa, 2024, was the host."))
    assert found["Obiora"] == "person"
    assert found.get("Tarvisa") != "person"


def test_a_legislature_named_in_its_own_language_is_a_body():
    """Politics news names parliaments as their countries do: "in the Knesset" is the
    body, not a place, as "in Congress" is."""
    found = kinds(
        actors_of(
            "The party won 32 seats in the Knesset. The Bundestag voted on Friday. The "
            "bill passed the Lok Sabha, and MPs in the Verkhovna Rada approved it."
        )
    )
    for name in ("Knesset", "Bundestag", "Lok Sabha", "Verkhovna Rada"):
        assert found[name] == "organization"


def test_a_name_opening_with_a_country_that_is_no_given_name_is_no_person():
    """Bodies of a country are named after it ("Ghana Cocoa Board"): the country first is
    no given name, so a verb of speech after the name makes no person of it; a country
    that is also a given name may open a person's name."""
    found = kinds(
        actors_of(
            "Peru Wildlife Parks said the herd had grown. Jordan Velkar said he had counted "
            "the animals."
        )
    )
    assert found["Peru Wildlife Parks"] == "organization"
    assert found["Jordan Velkar"] == "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kwabena Tamale said prices rose on Monday.",
        "Ousmane Mendoza said the vote would go ahead.",
        "Tesfaye Harar said the road was open.",
        "Srettha Toledo said the court had ruled.",
    ],
)
def test_given_names_of_africa_and_asia_make_a_speaker_a_person(sentence):
    """Given names frequent in news from West and East Africa, Ethiopia and Thailand, before
    a surname that a town shares: the speaker is a person, not a body named by a town."""
    name = " ".join(sentence.split()[:2])
    assert kinds(actors_of(sentence))[name] == "person"


def test_a_word_of_a_site_that_opens_a_name_in_arabic_hebrew_or_malay_makes_a_place():
    found = kinds(
        actors_of(
            "Shells fell on Beit Varrad and Deir al-Montar overnight. Families fled Kafr "
            "Dunah for Kiryat Oran. Ferries to Pulau Sendah were cancelled, and the road "
            "through Wadi Harun was shut."
        )
    )
    for name in ("Beit Varrad", "Deir al-Montar", "Kafr Dunah", "Kiryat Oran", "Pulau Sendah"):
        assert found[name] == "place", name
    assert found["Wadi Harun"] == "place"


def test_a_malay_word_of_a_river_mouth_a_bay_a_town_or_a_mosque_makes_a_place():
    found = kinds(
        actors_of(
            "He will vote at Kuala Tevar, then pray at Masjid Velwatha and visit Kota Belun, "
            "Teluk Osran and Tanjong Merak."
        )
    )
    for name in ("Kuala Tevar", "Masjid Velwatha", "Kota Belun", "Teluk Osran", "Tanjong Merak"):
        assert found[name] == "place", name


def test_a_street_or_square_named_head_first_in_a_romance_language_is_a_place():
    found = kinds(
        actors_of(
            "The hotel stands on Rua Velmora, a short walk from the Paseo Ostrel. Stalls "
            "filled the Mercado Dunas, and the procession left the Chiesa Vendramin."
        )
    )
    for name in ("Rua Velmora", "Paseo Ostrel", "Mercado Dunas", "Chiesa Vendramin"):
        assert found[name] == "place", name


def test_a_name_after_a_part_or_an_edge_of_a_place_and_of_is_a_place():
    found = kinds(
        actors_of(
            "The port lies on the western tip of Vennara. Vineyards cover the slopes of "
            "Kelmor, and pirates still raid the coast of Dunvek."
        )
    )
    assert found["Vennara"] == "place"
    assert found["Kelmor"] == "place"
    assert found["Dunvek"] == "place"


def test_a_street_or_square_named_in_one_germanic_word_is_a_place():
    found = kinds(
        actors_of(
            "Police closed the Lindenallee and the Kornplatz. Tourists walked along the "
            "Heerengracht to Storgatan."
        )
    )
    for name in ("Lindenallee", "Kornplatz", "Heerengracht", "Storgatan"):
        assert found[name] == "place", name


def test_a_name_after_a_harbour_and_at_is_a_place():
    found = kinds(actors_of("The trawler docked in the harbour at Velvik on Monday."))
    assert found["Velvik"] == "place"


def test_a_name_before_native_or_resident_or_after_a_resident_of_is_a_place():
    found = kinds(
        actors_of(
            "A Dunvarra native, the singer moved abroad at twenty. She is a resident of "
            "Kelbraith, and one Ostrelle resident said the water was brown."
        )
    )
    assert found["Dunvarra"] == "place"
    assert found["Kelbraith"] == "place"
    assert found["Ostrelle"] == "place"


def test_a_surname_alone_that_holds_to_a_view_as_he_or_she_is_a_person():
    """A surname no list knows, never named in full, whose speech verb has a day between it
    and "he" or "she", or which insists, denies or argues that he or she did something,
    is a person; a body that denies that "it" did stays a body."""
    found = kinds(
        actors_of(
            "The port deal collapsed.\n\nOkonkwo said on Friday that he would resign. "
            "Ostrowski insisted he had done nothing wrong. Brennick denied that she had "
            "seen the contract. Vantrel denied that it had broken the law."
        )
    )
    assert found["Okonkwo"] == "person"
    assert found["Ostrowski"] == "person"
    assert found["Brennick"] == "person"
    assert found["Vantrel"] == "organization"


def test_a_surname_in_ist_before_a_verb_of_saying_is_a_name_not_a_creed():
    found = kinds(
        actors_of(
            "The bank was fined.\n\nHolmqvist said in a statement that he accepted the "
            "findings. Buddhist monks marched."
        )
    )
    assert found["Holmqvist"] == "person"
    assert "Buddhist" not in found


def test_the_source_of_a_report_named_like_a_paper_is_a_body():
    """A name of a paper's or an agency's shape told as the source of news ("according
    to X", "X reported that", "X said in a report", "told Le Matin") is a body, not the
    town its ending suggests nor a person its article's shape suggests; a person's full
    name after "according to" stays a person."""
    found = kinds(
        actors_of(
            "According to Velkenberg, the talks have stalled. El Centinela said in a report "
            "on Sunday that the deal was off. Ostrander told La Brisa she hoped for a "
            "deal. Nordposten reported on Monday that the bank would appeal. According "
            "to Anna Vell, no offer was made."
        )
    )
    assert found["Velkenberg"] == "organization"
    assert found["El Centinela"] == "organization"
    assert found["La Brisa"] == "organization"
    assert found["Nordposten"] == "organization"
    assert found["Anna Vell"] == "person"


def test_who_gathers_the_figures_is_a_body_however_named():
    """The agent of a participle of gathering figures ("analysts polled by X", "estimates
    compiled by X") is a news agency or a data firm, not the town its ending suggests; a
    given name after "by" stays a person."""
    found = kinds(
        actors_of(
            "Analysts polled by Velkorberg had expected a profit of $3 million. Economists "
            "surveyed by Dremmick see rates rising, and the estimates were compiled by "
            "Ostraville. He was tracked by Anna for weeks."
        )
    )
    assert found["Velkorberg"] == "organization"
    assert found["Dremmick"] == "organization"
    assert found["Ostraville"] == "organization"
    assert found["Anna"] == "person"


def test_a_surname_alone_given_a_quotation_in_the_first_person_is_a_person():
    """A quotation that says "I", "me" or "my", given by a speech verb to a surname no list
    knows, is a person's words; a body speaks as "we"."""
    found = kinds(
        actors_of(
            'The strike went on.\n\n"I will not sign this deal," Brannick said. "My members '
            'are ready," said Oduya. Tessaro said: "I am tired." "We will recover," '
            "Vantrel said."
        )
    )
    assert found["Brannick"] == "person"
    assert found["Oduya"] == "person"
    assert found["Tessaro"] == "person"
    assert found["Vantrel"] == "organization"


def test_a_surname_alone_that_tells_a_paper_he_or_she_or_says_her_is_a_person():
    """ "Her" after "said" is the speaker's own ("X said her union ..."), and a paper told
    with an article ("the Kelby Star", "El Grafico") is no one "he" or "she" may mean."""
    found = kinds(
        actors_of(
            "The strike went on.\n\nOkafor said her engineers would start in May. Bremer "
            "told El Grafico he would rest two players. Lindahl told the Kelby Star she "
            "was happy. Vantrel told the court it would appeal."
        )
    )
    assert found["Okafor"] == "person"
    assert found["Bremer"] == "person"
    assert found["Lindahl"] == "person"
    assert found["Vantrel"] == "organization"


def test_a_paper_that_quotes_cites_or_reports_on_a_day_is_a_body():
    found = kinds(
        actors_of(
            "Velkenberg reported Monday that the deal was off. Kompastra quoted the "
            "minister as saying so. The talks failed, Nordposten, citing two officials, "
            "said. A report by Ostbladet blamed the bank."
        )
    )
    assert found["Velkenberg"] == "organization"
    assert found["Kompastra"] == "organization"
    assert found["Nordposten"] == "organization"
    assert found["Ostbladet"] == "organization"


def test_a_name_with_a_noun_of_the_press_before_or_after_it_is_a_paper():
    found = kinds(
        actors_of(
            "The talks failed.\n\nNordposten newspaper said the deal was off. Tarvika "
            "news agency reported that the bank would appeal. The newspaper El Faro said "
            "no offer was made."
        )
    )
    assert found["Nordposten"] == "organization"
    assert found["Tarvika"] == "organization"
    assert found["El Faro"] == "organization"


def test_a_name_after_a_noun_of_broadcasting_is_a_broadcaster():
    """Wire copy names a channel after its medium: "state television X", "the radio X"."""
    found = kinds(
        actors_of(
            "Ana Vell told state television Canal 9 that the talks had failed. Tomas Okafor "
            "told private radio Voz del Velmar he would appeal. The clip aired on the "
            "channel Ostra 24."
        )
    )
    assert found["Canal 9"] == "organization"
    assert found["Voz del Velmar"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_credit_on_a_line_of_its_own_without_a_full_stop_names_its_photographer_whole():
    """A credit line ends with no full stop, every word capitalised as in a headline."""
    found = kinds(actors_of("Crowds gathered in the square.\nPhoto: Lena Dalby/Ostra Foto\n"))
    assert found["Lena Dalby"] == "person"
    assert "Lena" not in found
    text = "Crowds gathered.\nImage: Marchers in Brask. (Photo: Tomas Vellander/Ostra Foto)\n"
    assert "Tomas Vellander" in kinds(actors_of(text))


def test_a_caption_in_title_case_after_a_credit_word_is_no_name():
    found = kinds(actors_of("Crowds gathered in the square.\nImage: Marchers Gather In Brask\n"))
    assert "Marchers Gather In Brask" not in found


def test_names_listed_before_a_bodys_noun_in_the_plural_are_bodies():
    found = kinds(
        actors_of(
            "Voters backed the Velkor, Dremmick and Tarsk parties. Shares of the Quellmark "
            "and Ostrel banks fell."
        )
    )
    for name in ("Velkor", "Dremmick", "Tarsk", "Quellmark", "Ostrel"):
        assert found[name] == "organization", name


def test_a_name_before_a_comma_and_a_bodys_noun_alone_is_no_list():
    found = kinds(actors_of("In Dravemoor, banks closed early on Friday."))
    assert found["Dravemoor"] == "place"


def test_a_name_whose_side_or_men_a_match_report_tells_is_a_managers():
    found = kinds(
        actors_of(
            "It was a boost for Pep Vellander's side before Dremmick. Kelby Rovers' men lost, "
            "and Real Tarsk's side won."
        )
    )
    assert found["Pep Vellander"] == "person"
    assert found["Kelby Rovers"] == found["Real Tarsk"] == "organization"


def test_the_residents_of_a_known_town_named_after_it_are_a_group():
    """ "Many Aucklanders stayed home", "Thousands of Parisians marched": a town's name and
    an ending of residents, the people of the town, as "Kenyans" is a country's."""
    from reader.parsing import analyse

    found = {
        a.name: a.kind
        for a in analyse(
            "Many Aucklanders stayed home. Thousands of Parisians marched in Kelby.", None
        ).actors
    }
    assert found["Aucklanders"] == found["Parisians"] == "group"
