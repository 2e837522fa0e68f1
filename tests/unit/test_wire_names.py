"""Actor rules for classes of error found on wire stories written for these tests
(datelines, bylines, federal bodies, places in news)."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_dotted_country_before_a_body_is_part_of_its_name():
    found = kinds(
        actors_of(
            "The U.S. Bureau of Coastal Surveys fined the Velin Group on Monday. "
            "Officials at the U.K. Office for Road Safety said the U.S. Marine Survey agreed."
        )
    )
    assert found["U.S. Bureau of Coastal Surveys"] == "organization"
    assert found["U.K. Office for Road Safety"] == "organization"
    assert found["U.S. Marine Survey"] == "organization"
    assert "U.S." not in found and "U.K." not in found


def test_a_dotted_country_ending_a_sentence_is_no_part_of_the_next_name():
    found = kinds(
        actors_of(
            "Orsino Labs sells most of its phones in the U.S. Marta Velin, its chief, "
            "said on Monday that sales rose. Velin spoke in Ohio."
        )
    )
    assert found["Marta Velin"] == "person"
    assert "U.S." in found


def test_the_names_of_a_byline_are_whole_persons():
    text = (
        "Ferry fares to rise in spring\n"
        "May 2, 2025\n"
        "By Tomas Vellander and Aino Raskova, Harbour Reporters\n"
        "KELBY - The ferry company said on Friday that fares would rise by 8 percent.\n"
    )
    found = kinds(actors_of(text))
    assert found["Tomas Vellander"] == "person"
    assert found["Aino Raskova"] == "person"
    assert "Tomas" not in found and "Aino" not in found


def test_a_byline_in_capitals_names_people_whatever_their_given_names():
    text = (
        "Harbour dues to rise\n"
        "By ZORVATH QUELLIN and KESSO VARR\n"
        "KELBY, Tarsia (AP) — The port authority raised its dues on Monday.\n"
        "By KELBY NEWS STAFF\n"
    )
    found = kinds(actors_of(text))
    assert found["ZORVATH QUELLIN"] == found["KESSO VARR"] == "person"
    assert found["KELBY NEWS STAFF"] != "person"


def test_a_councillor_or_a_staff_writer_is_a_role_not_a_name():
    text = (
        "Ferry fares to rise in spring\n"
        "May 2, 2025\n"
        "By Tomas Vellander, Staff Writer\n"
        "KELBY - Councillor Ilse Marwick said on Friday that fares would rise. "
        "Marwick chairs the transport committee.\n"
    )
    found = actors_of(text)
    names = kinds(found)
    assert names["Ilse Marwick"] == "person"
    assert names["Tomas Vellander"] == "person"
    assert "Staff Writer" not in names and "Councillor Ilse Marwick" not in names
    roles = {a.name: a.roles for a in found}
    assert "Councillor" in roles["Ilse Marwick"]


def test_a_name_after_in_the_that_ends_its_phrase_is_a_place():
    found = kinds(
        actors_of(
            "Police seized coins taken from sites in the Varnholt to dealers abroad. "
            "Farmers in the Ostrevan on Monday said the harvest had failed."
        )
    )
    assert found["Varnholt"] == "place"
    assert found["Ostrevan"] == "place"


def test_a_name_after_in_the_that_a_joiner_or_a_noun_goes_on_from_is_no_place():
    found = kinds(
        actors_of(
            "Velk starred in the Tamsin and Orrel comedy that year. "
            "Vardo invested in the Kestrel unit on Monday."
        )
    )
    assert found.get("Tamsin") != "place"
    assert found.get("Kestrel") != "place"


def test_a_capitalised_the_inside_a_sentence_opens_a_name():
    found = kinds(
        actors_of(
            "Vell told The Courier on Monday that she would resign. "
            "According to The Beacon, the plant will close. "
            "The plan was criticised by the coalition partners in The Lantern."
        )
    )
    assert found["Courier"] == "organization"
    assert found["Beacon"] == "organization"
    assert found["Lantern"] == "organization"


def test_a_capitalised_the_opening_a_sentence_opens_no_name():
    found = kinds(actors_of("The Courier was late. The Beacon shone all night over the bay."))
    assert "Courier" not in found and "Beacon" not in found


def test_a_word_of_a_longer_title_after_a_capitalised_the_is_no_name():
    found = kinds(
        actors_of(
            "In The Tidings of Kelby (1911) she wrote of the harbour. "
            "Her roles include The Crossing (2009) and The Grey Lady Who Sang (1992). "
            'They call it "Half The Harbour".'
        )
    )
    assert not {"Tidings", "Crossing", "Grey", "Harbour"} & set(found)


def test_a_company_named_after_its_founder_is_one_company_called_by_the_surname():
    found = actors_of(
        "Regulators approved a drug made by Tomas Vellander and Co on Tuesday. "
        "Vellander shares rose 2 percent. Ana Osterberg Corp. said on Monday that profits "
        "rose, and Osterberg shares fell."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Tomas Vellander and Co"].kind == "organization"
    assert "Vellander" in by_name["Tomas Vellander and Co"].aliases
    assert by_name["Ana Osterberg Corp."].kind == "organization"
    assert "Osterberg" in by_name["Ana Osterberg Corp."].aliases
    assert "Tomas Vellander" not in by_name and "Co" not in by_name


def test_a_name_ending_in_an_industry_is_a_company_though_a_given_name_opens_it():
    found = kinds(
        actors_of(
            "Exit polls by Marta Research gave the mayor 54 percent. "
            "The tanker, operated by Nikos Shipping, was carrying diesel."
        )
    )
    assert found["Marta Research"] == "organization"
    assert found["Nikos Shipping"] == "organization"


def test_the_first_word_after_a_dateline_is_capitalised_by_its_place():
    text = (
        "Bond yields climb\n"
        "May 2, 2025\n"
        "KELBY, May 2 (Wirepress) - Foreign investors sold bonds on Tuesday, "
        "said Ilse Marwick of Vardo Bank.\n"
    )
    found = kinds(actors_of(text))
    assert "Foreign" not in found
    assert found["Vardo Bank"] == "organization"
    assert found["Wirepress"] == "organization"


def test_a_word_after_the_and_a_noun_of_the_press_is_a_paper():
    found = kinds(
        actors_of(
            "The study was published on Wednesday in the journal Harvest. "
            "The daily Lantern reported the deal, and a weekly Italian-Greek paper agreed."
        )
    )
    assert found["Harvest"] == "organization"
    assert found["Lantern"] == "organization"
    assert "Italian-Greek" not in found


def test_a_list_of_names_before_a_plural_noun_of_rivers_or_mountains_are_places():
    found = kinds(actors_of("Farmers fled as the Ostrel and Vanka rivers burst their banks."))
    assert found["Ostrel"] == "place"
    assert found["Vanka"] == "place"


def test_a_name_before_and_a_possessive_place_is_not_listed_with_the_place():
    found = kinds(
        actors_of("Ostland's Varek Abdul Osmani and Norway's Ilse Marwick criticised the visit.")
    )
    assert found["Varek Abdul Osmani"] == "person"


def test_a_capitalised_all_inside_a_sentence_opens_a_name():
    found = kinds(
        actors_of(
            "Fans of the All Vardo Rovers cheered in Kelby. "
            "The ruling All Ostland Congress won the vote. All Vardo staff went home."
        )
    )
    assert "All Vardo Rovers" in found
    assert found["All Ostland Congress"] == "organization"
    assert "All Vardo" not in found


def test_a_name_after_the_coast_or_the_slopes_of_is_a_place():
    found = kinds(
        actors_of("A boat sank off the coast of Varnholt, and skiers left the slopes of Ostrevan.")
    )
    assert found["Varnholt"] == "place"
    assert found["Ostrevan"] == "place"


def test_a_name_ending_in_s_opening_a_sentence_before_said_is_a_name_unless_a_plural():
    found = kinds(
        actors_of(
            "Prices fell. Velmaros said on Monday it would cut jobs. Sources said talks went "
            "on. Republicans said no. Analysts said prices would fall."
        )
    )
    assert found["Velmaros"] == "organization"
    assert not {"Sources", "Republicans", "Analysts"} & set(found)


def test_a_given_name_and_s_opening_a_sentence_before_said_is_a_name():
    """Read as the plural of a given name, "Philips said profit rose" listed nothing: a
    company's or a surname's "s" after a given name makes no plural noun."""
    found = kinds(
        actors_of("Prices fell. Tomasz said on Monday it would cut jobs. Philips said profit rose.")
    )
    assert "Philips" in found


def test_a_town_a_distance_is_measured_from_is_a_place_whatever_the_compass_case():
    found = kinds(
        actors_of(
            "The quake struck 20 kilometers Northwest of Velda Park and 30 miles "
            "southeast of Orsa Springs, the Tarsian Seismic Bureau said."
        )
    )
    assert found["Velda Park"] == found["Orsa Springs"] == "place"


def test_a_centre_data_come_from_is_the_agency_not_its_building():
    found = kinds(
        actors_of(
            "The flood was the worst in a decade, according to data from the Velda "
            "Hydrology Center. Buses from the Orsa Sports Centre ran late."
        )
    )
    assert found["Velda Hydrology Center"] == "organization"
    assert found["Orsa Sports Centre"] == "place"


def test_a_name_called_a_site_in_an_apposition_is_a_place():
    found = kinds(
        actors_of(
            "The Velda Archive, a museum of maps, opened on Monday. Kelby Keep, a disused "
            "prison, was sold. Orsa Terminals, an airport operator, said profits fell."
        )
    )
    assert found["Velda Archive"] == found["Kelby Keep"] == "place"
    assert found["Orsa Terminals"] == "organization"


def test_a_brand_compound_after_a_trade_is_a_firm_not_a_person():
    found = kinds(
        actors_of(
            "Footfall fell 4 percent, researcher ShelfMetrics said. Analyst FitzGerald "
            "said the drop was small."
        )
    )
    assert found["ShelfMetrics"] == "organization"
    assert found["FitzGerald"] == "person"


def test_a_place_head_outweighs_a_firm_s_word_inside_the_name():
    found = kinds(
        actors_of(
            "The commander for the Velda Capital District, Senior Inspector Ana Orsk, died "
            "on Monday. Orsk Capital said it would buy the Kelby Trust."
        )
    )
    assert found["Velda Capital District"] == "place"
    assert found["Orsk Capital"] == "organization"


def test_a_town_s_service_and_its_site_name_the_town():
    found = kinds(
        actors_of(
            "Officers were ordered back to the Kelbo police station. Buses left the Tarsk "
            "bus station late. The Velkor command center was busy."
        )
    )
    assert found["Kelbo"] == found["Tarsk"] == "place"
    assert found["Velkor"] == "organization"


def test_senior_and_junior_abbreviated_in_a_title_are_no_person():
    found = kinds(
        actors_of(
            "Police spokesman Snr Insp Ana Orsk said the road was closed. Snr Sgt Tomas "
            "Rell agreed."
        )
    )
    assert found == {"Ana Orsk": "person", "Tomas Rell": "person"}


def test_a_legal_form_of_any_country_makes_a_company():
    found = kinds(
        actors_of(
            "Velkor SAS said the jet was late. Orsk Bhd said profit rose. Tarn Oyj said "
            "it would hire. Lee Se-dol said he would play."
        )
    )
    assert found["Velkor SAS"] == found["Orsk Bhd"] == found["Tarn Oyj"] == "organization"
    assert found["Lee Se-dol"] == "person"


def test_a_field_after_a_title_in_lower_case_is_the_role_s_not_a_name():
    found = kinds(
        actors_of(
            "The minister for Harbours and Fisheries Rita Orsk said no. He was deputy to "
            "the director of Coastal Intelligence John Tarn. She is the founder of "
            "Operation Quiet Harbour."
        )
    )
    assert found["Rita Orsk"] == found["John Tarn"] == "person"
    assert "Harbours" not in found and "Coastal Intelligence John Tarn" not in found
    assert "Operation Quiet Harbour" in found


def test_a_body_after_a_title_in_lower_case_is_listed_apart_from_its_officer():
    found = kinds(
        actors_of(
            "The chairman of General Electric Jeff Immelt said profit rose. The president "
            "of General Motors Mary Barra said sales rose. The chief executive of Northern "
            "Rail Ana Vell said trains were late."
        )
    )
    assert found["General Electric"] == found["General Motors"] == "organization"
    assert found["Northern Rail"] == "organization"
    assert found["Jeff Immelt"] == found["Mary Barra"] == found["Ana Vell"] == "person"


def test_a_company_after_a_title_in_lower_case_ends_before_a_name_the_lists_do_not_know():
    found = kinds(
        actors_of(
            "The former chairman of Marlo Holdings Ruan Keping declined to comment. The "
            "head of Doran Group Park Min-ho said sales fell. The founder of Operation Safe "
            "Harbour spoke. The chief of Velkor Bank Retail Banking resigned."
        )
    )
    assert found["Marlo Holdings"] == found["Doran Group"] == "organization"
    assert found["Ruan Keping"] == found["Park Min-ho"] == "person"
    assert "Operation Safe Harbour" in found and "Safe Harbour" not in found
    assert "Retail Banking" not in found


def test_a_service_s_site_named_after_a_body_leaves_the_body():
    found = kinds(
        actors_of(
            "He was flown to the KDF army base. The Velkor Rail bus station was closed. "
            "Officers went back to the Kelbo police station."
        )
    )
    assert found["KDF"] == found["Velkor Rail"] == "organization"
    assert found["Kelbo"] == "place"


def test_a_clause_opened_by_by_and_capitals_is_no_byline():
    found = kinds(
        actors_of(
            "By ZORVATH QUELLIN\nKELBY, Tarsia (AP) — The port raised its dues on Monday.\n"
            "By NEXT SPRING, the bridge will open. By KELBY STAFF and AFP\n"
        )
    )
    assert found["ZORVATH QUELLIN"] == "person"
    assert found.get("NEXT SPRING") != "person" and found.get("KELBY STAFF") != "person"


def test_a_brand_s_name_after_a_trade_opening_a_sentence_has_no_role():
    found = {a.name: a for a in actors_of("Researcher ShelfMetrics said sales fell.")}
    assert found["ShelfMetrics"].kind == "organization" and not found["ShelfMetrics"].roles


def test_a_place_after_a_region_s_adjective_is_a_place_though_a_verb_follows():
    found = kinds(
        actors_of(
            "Freight rates to Western Canada fell 2 percent. Fares to Southern Asia rose. "
            "Northern Kelby Mining said output fell."
        )
    )
    assert found["Western Canada"] == found["Southern Asia"] == "place"
    assert found["Northern Kelby Mining"] == "organization"


def test_a_company_s_unit_named_by_a_place_of_two_words_is_a_company():
    found = kinds(
        actors_of(
            "Velkor North America told dealers on Monday that sales fell. Tarsk New Zealand "
            "said it would close a plant. Its president, Marisol Santa Rosa, told reporters. "
            "Storms hit Greater Los Angeles."
        )
    )
    assert found["Velkor North America"] == found["Tarsk New Zealand"] == "organization"
    assert found["Marisol Santa Rosa"] == "person"
    assert found["Greater Los Angeles"] == "place"


def test_a_town_s_name_listed_beside_a_town_is_the_company_the_text_names_after_it():
    found = actors_of(
        "Brenton and Derby were flat. Brenton Motor Co. said it would cut output. "
        "Derby Motor Corp. reported flat sales."
    )
    owners = {alias: a.name for a in found for alias in a.aliases}
    assert owners.get("Brenton") == "Brenton Motor Co."
    assert owners.get("Derby") == "Derby Motor Corp."
    # a list after a preposition of place still places each name
    found = actors_of("Floods hit towns in Brenton and Derby. Derby Motor Corp. shut a plant.")
    assert kinds(found)["Derby"] == "place"


def test_a_family_s_company_named_alone_is_not_the_family_member_named_in_full():
    found = actors_of(
        "Tarsk Motors and Velkor announced cuts this year. Velkor chairman Imre Velkor said "
        "the plan would return Velkor to profit."
    )
    assert kinds(found)["Velkor"] == "organization"
    person = next(a for a in found if a.name == "Imre Velkor")
    assert "Velkor" not in person.aliases
    # one cue a person's name takes too leaves the surname the person's
    found = actors_of("Governor Ana Quellin won. Quellin's spokesman said she was pleased.")
    assert "Quellin" not in kinds(found)


def test_a_surname_doing_only_what_companies_do_stays_the_person_s():
    # people buy, sell and hire too: the verbs alone are no company's own context
    found = actors_of(
        "Tech billionaire Arno Quellin bought 2 million shares. Quellin sold the shares in "
        "May and Quellin acquired a yacht. Quellin hired 40 staff."
    )
    assert kinds(found) == {"Arno Quellin": "person"}
    person = next(a for a in found if a.name == "Arno Quellin")
    assert "Quellin" in person.aliases


def test_a_place_head_s_plural_capitalised_with_no_article_names_a_carrier():
    found = kinds(
        actors_of(
            "Velkor Aero won an order from Mountains on Monday. The deal with Mountains was "
            "signed in Kelby. Tourists visit the Lakes every year."
        )
    )
    assert found["Mountains"] == "organization"
    assert "Lakes" not in found
    # two plurals joined by "and" are one region's name, no carrier
    found = kinds(actors_of("Snow fell on Highlands and Islands overnight."))
    assert "Islands" not in found
    found = kinds(actors_of("Velkor Aero won orders from Qantas and Emirates."))
    assert found["Emirates"] == "organization"


def test_a_body_a_place_owns_after_a_title_ends_before_its_officer():
    found = kinds(
        actors_of(
            "He met the Speaker of Ostland's National Assembly Marzan Ali Qadiri on Monday. "
            "She met the chairman of Kelby's Velkor Holdings Ruan Keping."
        )
    )
    assert found["National Assembly"] == found["Velkor Holdings"] == "organization"
    assert found["Marzan Ali Qadiri"] == found["Ruan Keping"] == "person"


def test_in_after_a_word_of_interest_places_nothing():
    found = kinds(
        actors_of(
            "Dorvale Motors said it was interested in Kessick. Tarsk Bank invested in Kessick "
            "last year. Floods hit homes in Vashta."
        )
    )
    assert found["Kessick"] == "organization"
    assert found["Vashta"] == "place"


def test_an_apposition_of_a_place_still_places_what_is_invested_in():
    """ "interested in" only stops "in" being a place's cue: ", a town" still says one."""
    for text in (
        "Foreign firms invested in Brannick, a town in Oregon.",
        "Buyers are interested in Kelby, a seaside town.",
    ):
        found = kinds(actors_of(text))
        assert found.get("Brannick", found.get("Kelby")) == "place", text


def test_a_name_taken_over_or_agreed_to_be_bought_is_a_company():
    found = kinds(
        actors_of(
            "Marlow Finch agreed to be bought by Tarsk Bank. Ada Quell and Rosa Vane were "
            "taken over by the government last week. Tomas Brandt was bought by Kelby Rovers."
        )
    )
    assert found["Marlow Finch"] == "organization"
    assert found["Ada Quell"] == found["Rosa Vane"] == "organization"
    assert found["Tomas Brandt"] == "person"


def test_a_person_sold_to_a_club_or_taken_over_by_a_feeling_stays_a_person():
    """A participle a person takes too needs "by" and a buyer's name, no club's; any
    buyer after "by" is a body."""
    for text in (
        "Kelby Rovers said Tomas Brandt agreed to be sold to Halvik City.",
        "Tomas Brandt agreed to be bought by Kelby Rovers.",
        "Ana Vell was taken over by grief.",
        "Ana Vell agreed to be acquired by the gallery.",
    ):
        found = kinds(actors_of(text))
        assert "organization" not in {found.get("Tomas Brandt"), found.get("Ana Vell")}, text


def test_all_opening_a_sentence_opens_the_name_a_verb_or_a_comma_follows():
    found = kinds(
        actors_of(
            "All Velkor Airways, the launch customer, will get the first jet. All Tarsk "
            "Holdings shares fell. All Kelby staff were sent home."
        )
    )
    assert found["All Velkor Airways"] == "organization"
    assert "Tarsk Holdings" in found and "All Tarsk Holdings" not in found
    assert "All Kelby" not in found


def test_a_title_word_after_a_given_name_the_wider_lists_hold_is_a_surname():
    found = kinds(
        actors_of(
            "Velkor Bank governor Mervyn Bishop told lawmakers the economy would shrink. "
            "The governor, Mervyn Bishop, said rates would fall."
        )
    )
    assert found["Mervyn Bishop"] == "person"
    assert "Mervyn" not in found


def test_a_name_in_the_plural_after_a_count_is_a_maker_s_ware():
    found = kinds(
        actors_of(
            "Ostra Air ordered 20 Velkorliners, ten Tarskjets and 12 A350-900 Kelbyliners. Two "
            "Americans spoke."
        )
    )
    assert not found.keys() & {"Velkorliners", "Tarskjets", "Kelbyliners"}
    assert found["Ostra Air"] == "organization" and "Americans" in found


def test_a_town_listed_beside_a_town_in_no_price_s_move_stays_the_town():
    found = actors_of("Lincoln and Boston were flooded. Lincoln Electric said output fell.")
    assert kinds(found)["Lincoln"] == kinds(found)["Boston"] == "place"
    assert "Lincoln" not in {alias for a in found for alias in a.aliases}


def test_a_company_after_a_title_in_lower_case_keeps_its_works_whole():
    found = kinds(actors_of("Officials met the chairman of Tarsk Motors Brastow Works said."))
    assert found.get("Tarsk Motors Brastow Works") == "organization"
    assert "Brastow Works" not in found


def test_an_employer_opening_a_sentence_before_its_unit_and_a_title_is_a_name():
    found = kinds(
        actors_of(
            "Velkor works council head Ana Vell warned of job cuts. Tarsk supervisory board "
            "chairman Imre Szabo resigned."
        )
    )
    assert {"Velkor", "Tarsk"} <= found.keys()
    assert found["Ana Vell"] == found["Imre Szabo"] == "person"


def test_a_jetliner_family_with_a_short_variant_is_a_models_number():
    found = kinds(actors_of("Nordavia ordered 20 787-10 Skalderliners."))
    assert "Skalderliners" not in found
    assert kinds(actors_of("The Ostrel 787-9 carrying 96 passengers landed.")) == kinds(
        actors_of("The Ostrel 737-800 carrying 96 passengers landed.")
    )
    assert "Ostrel" in kinds(actors_of("Tarsk beat Ostrel 102-98 on Sunday."))
