"""Places the gazetteers do not hold whole: parts of countries' names, roads by number."""

from __future__ import annotations

from reader.parsing import analyse
from reader.parsing.data import word_list
from reader.parsing.lexicon import key, lexicon


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(text, None).actors}


def test_the_name_before_the_comma_of_an_inverted_country_name_is_a_place():
    # ISO writes some names inverted ("Korea, Republic of"): the part before the comma
    found = kinds("Korea sent a delegation. Officials from the Virgin Islands met Vantor.")
    assert found["Korea"] == found["Virgin Islands"] == "place"


def test_a_road_number_is_a_place_in_a_text_that_speaks_of_roads():
    found = kinds(
        "Leave the B7 at the roundabout and join the Q42 northbound to junction 9. "
        "The Q42 and the K3 then take you round Vantor."
    )
    assert found["B7"] == found["Q42"] == found["K3"] == "place"
    # without a word of roads, a letter and a number is a product, a plane, a summit
    found = kinds("The X9 launched in Vantor. The K3 sold well.")
    assert found["X9"] == found["K3"] == "organization"


def test_a_plural_place_noun_after_a_list_of_names_makes_each_a_place():
    found = kinds(
        "Floods hit the Varnos and Telby districts. Aid reached Ostrel, Pashvi and Dumbar "
        "provinces. Quellmark and Ardu shares fell."
    )
    assert found["Varnos"] == found["Telby"] == "place"
    assert found["Ostrel"] == found["Pashvi"] == found["Dumbar"] == "place"
    assert found["Quellmark"] == "organization"


def test_a_place_nouns_plural_the_list_does_not_hold_covers_the_names_before_it():
    # "areas", "wards": the singular listed ("area", "ward"), the plural made by an "s"
    found = kinds(
        "Eighteen persons were arrested from Velmora and Brindavo areas. "
        "Two more were held in ports such as Ostrelle."
    )
    assert found["Velmora"] == found["Brindavo"] == found["Ostrelle"] == "place"


def test_a_name_in_a_region_told_by_a_place_noun_is_a_place():
    found = kinds(
        "Troops recovered explosives at Velmarudu in eastern province on Friday. "
        "More were found at Ostrakay in the Ampelo district and at Durnavel in the north. "
        "Voters backed Trellan in the state vote."
    )
    assert found["Velmarudu"] == found["Ostrakay"] == found["Durnavel"] == "place"
    assert found["Trellan"] == "organization"


def test_a_name_in_a_place_noun_alone_before_a_time_is_no_place():
    # "in the city on Monday": the scene of the arrest, not a region the name lies in
    found = kinds("Police arrested Torvash in the city on Monday.")
    assert found["Torvash"] != "place"


def test_a_name_in_a_region_named_with_its_place_noun_is_a_place():
    found = kinds(
        "Youths of Velkora Tamsi in the West Kelby Municipality arrested two men on Monday. "
        "Velkor Bank said so."
    )
    assert found["Velkora Tamsi"] == "place"


def test_a_name_after_all_over_is_a_place():
    found = kinds("The quake was felt all over Dremmick on Sunday. Vardex took over Tomsk Oil.")
    assert found["Dremmick"] == "place"
    assert found["Tomsk Oil"] == "organization"


def test_a_name_opening_with_a_romance_word_of_geography_is_a_place():
    # a cove, a point, a beach, a hill, a "great" or "little land": no given name
    found = kinds(
        "Anse Vorel is quiet. Pointe Malbec has a lighthouse. Playa Ostra fills up early. "
        "Grande Miravel and Petite Miravel face Morne Tavel."
    )
    for name in ("Anse Vorel", "Pointe Malbec", "Playa Ostra", "Grande Miravel"):
        assert found[name] == "place", name
    assert found["Petite Miravel"] == found["Morne Tavel"] == "place"


def test_a_state_code_written_with_dots_after_a_town_is_a_place():
    found = kinds("The rally moved to Varnell, N.Y. on Monday. Later, Springfield D.C. voted.")
    assert found["Varnell"] == found["N.Y."] == "place"
    assert found["Springfield D.C."] == "place"
    assert kinds("Dr. Jane Vorel M.D. spoke.").get("Jane Vorel M.D.") != "place"
    # the letters of a company's form are no state: "Vantor, S.A."
    assert kinds("Shares of Vantor, S.A. rose.").get("S.A.") != "place"


def test_a_name_after_a_lower_case_adjective_of_a_region_is_a_place():
    for text in (
        "Fighting spread across northern Kolbeni on Monday.",
        "Police in south-eastern Kolbeni arrested three men.",
        "Troops shelled neighbouring Kolbeni overnight.",
        "Rebels hold much of rural Kolbeni.",
    ):
        assert kinds(text) == {"Kolbeni": "place"}, text
    # the adjective with a capital is part of a name: "Western Kolbeni Bank" is a bank
    assert kinds("Western Kolbeni Bank raised its rates.") == {
        "Western Kolbeni Bank": "organization"
    }


def test_a_subdivision_is_known_without_the_local_word_for_its_kind():
    # ISO writes "Sichuan Sheng", "Gyeonggi-do", "Dagestan, Respublika"; news the name alone
    found = kinds("Sichuan reported three cases. Gyeonggi and Dagestan reported none.")
    assert found == {"Sichuan": "place", "Gyeonggi": "place", "Dagestan": "place"}


def test_a_border_names_the_places_it_runs_along():
    for text in (
        "Troops massed on the Kolbeni border.",
        "The border with Kolbeni was shut.",
        "Smugglers crossed the frontier with Kolbeni.",
        "The Kolbeni countryside was flooded.",
    ):
        assert kinds(text) == {"Kolbeni": "place"}, text
    assert kinds("The border between Kolbeni and Oster was shut.") == {
        "Kolbeni": "place",
        "Oster": "place",
    }


def test_a_place_then_a_plural_names_a_team_not_a_place():
    found = kinds(
        "The Leeds Otters beat the Green Bay Comets. The Los Angeles Hornets lost. "
        "Later, the Cayman Islands and Victoria Falls drew tourists."
    )
    assert found["Leeds Otters"] == found["Green Bay Comets"] == "organization"
    assert found["Los Angeles Hornets"] == "organization"
    assert found["Cayman Islands"] == found["Victoria Falls"] == "place"
    assert kinds("Jordan Adams and Georgia Banks sang.") == {
        "Jordan Adams": "person",
        "Georgia Banks": "person",
    }


def test_a_place_noun_of_the_name_or_in_apposition_to_it_makes_a_place():
    for text in (
        "Fighting raged in Kolbeni's north on Monday.",
        "Troops shelled Kolbeni's outskirts.",
        "The president visited the capital, Kolbeni, on Monday.",
        "He returned to his hometown of Kolbeni.",
    ):
        assert kinds(text) == {"Kolbeni": "place"}, text
    # a compass point before the comma is no apposition: "in the south, X said"
    assert kinds("Rain fell in the south, Vantor said.") == {"Vantor": "organization"}
    assert kinds("In the last financial quarter, Vantor sales rose.") == {"Vantor": "organization"}
    assert kinds("Later, Ana Vel's hometown cheered. Vel said so.") == {"Ana Vel": "person"}


def test_a_name_ending_in_a_word_of_a_site_is_a_place():
    # sports grounds, lodges, tunnels and sites, as airports and museums are
    found = kinds(
        "Fans filled Ostrel Field on Sunday. Walkers rest at Varnby Lodge before the climb. "
        "Trains run through the Kettering Tube. The old mill is a Quellmark Heritage Site."
    )
    assert found["Ostrel Field"] == found["Varnby Lodge"] == "place"
    assert found["Kettering Tube"] == found["Quellmark Heritage Site"] == "place"


def test_a_site_whose_last_word_alone_names_a_body_is_a_place():
    # "House" and "Reserve" end names of bodies ("the Ostrel House of Delegates", "the
    # Varnish Reserve bank"); an opera house and a nature reserve are sites
    found = kinds(
        "The Ostrel Opera House reopened. Hikers crossed the Dunmore Scenic Reserve. "
        "The Varnby Federal Reserve raised rates."
    )
    assert found["Ostrel Opera House"] == found["Dunmore Scenic Reserve"] == "place"
    assert found["Varnby Federal Reserve"] == "organization"


def test_a_numbered_name_takes_its_kind_from_the_word_before_the_number():
    # "Lodge No. 3", "Station No. 4": "No." is no head
    found = kinds("He joined Kelso Lodge No. 3 in 1790 and drilled at Ostrel Station No. 4.")
    assert found["Kelso Lodge No. 3"] == found["Ostrel Station No. 4"] == "place"


def test_a_place_s_first_word_opening_a_sentence_stays_in_the_name():
    # "Fort" is an English word the text writes in lower case too ("the fort"), yet it
    # opens the town's name at a sentence opening as inside one
    found = kinds("We drove on.\nFort Kelby lies between two rivers. Soldiers built the fort.")
    assert found == {"Fort Kelby": "place"}


def test_a_name_before_an_airport_or_a_dam_in_lower_case_is_a_place():
    # the site is named after the town or the river: "the Tarsk airport", "the Omsa dam"
    found = kinds(
        "Flights from the Tarsk airport resumed. Engineers inspected the Omsa dam. "
        "Vardon Energy, which runs the Vell dam, said it would pay."
    )
    assert found["Tarsk"] == found["Omsa"] == found["Vell"] == "place"
    assert found["Vardon Energy"] == "organization"


def test_a_name_before_a_road_a_market_or_a_cemetery_in_lower_case_is_a_place():
    # local news names a road, a market, a graveyard or a ground by its quarter or town
    found = kinds(
        "Gunmen fired on police on the Okelowo road. Traders at the Ilemba market said "
        "prices doubled. She was buried in the Varzaneh cemetery. Orvik scored twice at "
        "the Tamsberg stadium. Farmers near the Kesh barrage lost their crops."
    )
    assert found["Okelowo"] == found["Ilemba"] == found["Varzaneh"] == "place"
    assert found["Tamsberg"] == found["Kesh"] == "place"


def test_names_after_a_place_noun_they_name_are_places():
    # "the villages X and Y", "two islands, X and Y", "the island X": the noun says what
    # the names are, as "the city of X" does
    found = kinds(
        "The villages Okemba and Lutsavo were cut off. Rebels attacked two islands, "
        "Velkoa and Pemwe. Ships reached the port Tarsk on Monday."
    )
    for name in ("Okemba", "Lutsavo", "Velkoa", "Pemwe", "Tarsk"):
        assert found[name] == "place", name
    # a state's company in wire copy is no place
    assert kinds("Brazil's state Petrobras said it would cut prices.")["Petrobras"] == (
        "organization"
    )


def test_what_a_disaster_struck_is_a_place():
    found = kinds(
        "The cyclone hit Velmora overnight. A magnitude 6.1 earthquake struck Kapundi on "
        "Monday, and flash floods swept Dolsk and Marvek. Sanctions hit Orvane hard."
    )
    for name in ("Velmora", "Kapundi", "Dolsk", "Marvek"):
        assert found[name] == "place", name
    assert found["Orvane"] == "organization"  # no disaster: a company's name by default


def test_a_disaster_five_words_before_its_verb_still_struck_a_place():
    found = kinds("The storm and strong tides later battered Kelvanu.")
    assert found["Kelvanu"] == "place"


def test_a_name_after_mainland_or_downtown_is_a_place():
    found = kinds(
        "Ferries link mainland Velkoa with its islands. Traffic jammed downtown Tarvesk "
        "on Monday, and voters in suburban Kelbyton backed her."
    )
    assert found["Velkoa"] == found["Tarvesk"] == found["Kelbyton"] == "place"


def test_a_mountain_pass_is_a_place():
    assert kinds("Drivers said snow had closed the Varn Pass.") == {"Varn Pass": "place"}


def test_it_after_a_place_s_verb_of_saying_is_the_body_in_the_place():
    # "the embassy in X said it": "it" is the embassy, so X is not a company
    found = kinds("The embassy in Tarsk said it had closed. Shops in Kelby said they would.")
    assert found["Tarsk"] == found["Kelby"] == "place"


def test_a_name_after_a_site_and_at_is_a_place():
    found = kinds(
        "The dam at Velkarro burst on Monday. Guards at the checkpoint let no one pass, "
        "and the station at Ostrelle closed."
    )
    assert found["Velkarro"] == "place"
    assert found["Ostrelle"] == "place"


def test_a_site_named_for_an_owner_is_no_title_before_a_name():
    found = kinds("Trains to Kelby and King's Cross were delayed.")
    assert found["King's Cross"] == "place"
    assert "Cross" not in found


def test_a_place_whose_name_holds_a_lower_case_particle_is_whole():
    found = kinds(
        "Shops in Burton upon Trent closed, flights to Frankfurt am Main resumed and the "
        "ferry from Kingston upon Hull left on Monday."
    )
    assert found["Burton upon Trent"] == "place"
    assert found["Frankfurt am Main"] == "place"
    assert found["Kingston upon Hull"] == "place"
    assert "Trent" not in found and "Main" not in found
    # Arabic articles written apart inside a town's name: "Dar es Salaam", "Ras al Khaimah"
    found = kinds(
        "She studied at the University of Dar es Salaam and later moved to Ras al Khaimah."
    )
    assert found["University of Dar es Salaam"] == "organization"
    assert found["Ras al Khaimah"] == "place"
    assert "Dar" not in found and "Salaam" not in found


def test_a_town_named_with_its_river_is_a_place_by_its_first_words_too():
    lex = lexicon()
    named = [c for c in word_list("cities.txt") if " am " in c or " an der " in c]
    assert named  # "Frankfurt am Main", "Ludwigshafen am Rhein"
    for city in named:
        head = city.split(" am ")[0].split(" an der ")[0]
        assert lex.is_place(key(head)), city
    found = kinds("Rain.\n\nLudwigshafen said the plant would close.")
    assert found["Ludwigshafen"] == "place"


def test_a_name_of_a_persons_shape_that_the_text_places_and_never_lets_speak_is_a_place():
    # Asian and African towns often have a given name's shape ("Hoa Binh", "Kim Lien");
    # "the city of X", "near X" place it, and no title, speech or age makes it a person
    found = kinds(
        "The storm made landfall near the port city of Hai Vanh. Roads into Hai Vanh "
        "were cut. In northern Rose Tavel, schools closed."
    )
    assert found["Hai Vanh"] == found["Rose Tavel"] == "place"
    # the same shape that speaks, has a title or an age is a person, placed or not
    found = kinds(
        "Hai Vanh said the port was closed. Mayor Rose Tavel, 54, was in Kelby. "
        "Reporters met Anna Lind in Kelby and Anna Lind said she would stay."
    )
    assert found["Hai Vanh"] == found["Rose Tavel"] == found["Anna Lind"] == "person"


def test_a_name_after_an_occasion_and_at_is_where_it_is_held():
    # "the final at X", "talks at X", "the summit at X": the venue, though a person's
    # name names it ("Roland Vantor" of a stadium called after an airman)
    found = kinds(
        "Ana Vell beat Mira Holt 6-4 7-6 in the final at Roland Vantor. The leaders "
        "held talks at Kessel Lodge, and the summit at Ostrum ended on Friday."
    )
    assert found["Roland Vantor"] == found["Ostrum"] == "place"
    assert found["Ana Vell"] == found["Mira Holt"] == "person"


def test_a_point_of_the_compass_before_a_known_place_is_a_part_of_it_not_a_team():
    # "West" is a town too, so "West Texas" read as a team named after its home town
    # ("Chicago Bulls"): a name whose last word is a place is no such team
    found = kinds("He lives in West Texas. Aid reached North Ostrava and South Dakota.")
    assert found["West Texas"] == found["North Ostrava"] == found["South Dakota"] == "place"
    assert kinds("The Kelby Bulls beat the Ostrava Rangers.")["Kelby Bulls"] == "organization"


def test_a_name_an_army_enters_or_shells_is_a_place_whatever_its_shape():
    # "Khan", "Omar" and the particle "al-" give towns of the Arab world a person's shape;
    # troops entering, shelling or encircling it say otherwise (capturing does not: people
    # are captured too)
    found = kinds(
        "Fighting went on overnight. Troops entered Tariq Minar on Monday and shelled "
        "Omar al-Balad. Rebels encircled Deir Hanun."
    )
    assert found["Tariq Minar"] == found["Omar al-Balad"] == found["Deir Hanun"] == "place"
    found = kinds("Fighting went on overnight. Police captured Tariq Minar on Monday.")
    assert found["Tariq Minar"] == "person"


def test_a_town_named_with_a_possessive_is_one_place():
    # the gazetteer's towns include names with "'s" inside; elsewhere a possessive ends a
    # name ("Velmar's Kelby plant": two)
    found = kinds(
        "Refugees reached Cox's Bazar on Monday. The train from King's Lynn was late. "
        "Shares of Velmar fell after Velmar's Kelby plant closed."
    )
    assert found["Cox's Bazar"] == found["King's Lynn"] == "place"
    assert "Velmar" in found and "Kelby" in found


def test_names_after_townships_communes_or_governorates_of_are_places():
    """Disaster and conflict news name a country's parts by their local nouns."""
    found = kinds(
        "Mudslides buried homes in the townships of Chilobwe and Ndorawe. Rebels took "
        "the governorates of Vankor and Ostrelia. Floods cut off the communes of Tarsk "
        "and Velm."
    )
    for name in ("Chilobwe", "Ndorawe", "Vankor", "Ostrelia", "Tarsk", "Velm"):
        assert found[name] == "place"


def test_a_name_someone_visits_or_tours_is_a_place():
    """Diplomacy news: leaders visit towns and regions no gazetteer holds; a person visited
    keeps a given name's evidence."""
    found = kinds(
        "The envoy said she would visit Ladrakh next month. The minister toured Kelbrook "
        "and Dunmarra on Friday. The king visited Ana Vell in hospital."
    )
    assert found["Ladrakh"] == "place"
    assert found["Kelbrook"] == "place" and found["Dunmarra"] == "place"
    assert found["Ana Vell"] == "person"


def test_farms_ranches_and_camps_are_sites():
    found = kinds(
        "The festival takes place at Worthy Meadow Farm near Pilbrook. Refugees reached "
        "Kakuma Camp on Monday. Cattle were moved from Ostrel Ranch."
    )
    assert found["Worthy Meadow Farm"] == "place"
    assert found["Kakuma Camp"] == "place"
    assert found["Ostrel Ranch"] == "place"


def test_at_after_a_verb_of_where_something_happened_names_the_venue():
    """Once "The final was played at Harwell" and "Ostland face Kelby at Dunmore" made
    organisations of the grounds: "at" after such a verb (its object's name between or
    not) names the place where it happened."""
    found = kinds(
        "The final was played at Harwell. Ostland face Kelby at Dunmore on Saturday. "
        "The talks took place at Velmar Lodge."
    )
    assert found["Harwell"] == "place"
    assert found["Dunmore"] == "place"


def test_large_islands_and_regions_iso_names_in_their_own_language_are_places():
    """Islands, seas and regions that neither the cities nor ISO's subdivisions (written in
    the local language: "Bayern", "Sicilia") name in English are places with no cue."""
    found = kinds(
        "Ferries to Crete and the Cyclades were cancelled. Rebels hold much of Darfur. "
        "Sumatra reported floods, and Bavaria braced for snow."
    )
    for name in ("Crete", "Cyclades", "Darfur", "Sumatra", "Bavaria"):
        assert found[name] == "place", name


def test_a_name_told_where_it_lies_is_a_place_not_the_body_named_after_it():
    """A participle of a site ("is located in", "nestled between") or a verb of lying and a
    place's part ("lies at the foot of", "sits on the northern shore of") makes a place,
    which the body named after it does not then take as its short form."""
    found = kinds(
        "Velkor sits on the northern shore of Lake Ostra. Ask at the Velkor Tourist Office."
    )
    assert found["Velkor"] == "place"
    assert found["Velkor Tourist Office"] == "organization"
    found = kinds("Kessa, nestled between two ridges, is quiet. The Kessa Hotel Group said so.")
    assert found["Kessa"] == "place"
    found = kinds("Ana Vell sits on the board. Tomas Brandt stands at the front of the queue.")
    assert found == {"Ana Vell": "person", "Tomas Brandt": "person"}


def test_a_school_named_after_its_town_is_a_body_and_the_town_stays_a_place():
    found = kinds("Students from Dunmore Polytechnic bring food to the strikers in Dunmore.")
    assert found == {"Dunmore Polytechnic": "organization", "Dunmore": "place"}
    found = kinds("She trained at the Kessa Conservatoire and taught in Kessa.")
    assert found == {"Kessa Conservatoire": "organization", "Kessa": "place"}


def test_a_noun_opening_a_sentence_before_of_is_no_employer_of_the_name_after():
    """ "Residents of X": a plain noun capitalised by its place, not a person speaking for
    X; "Ilse Marwick of Orvik Halvorsen" still names her employer."""
    assert kinds("Residents of Kirrawee Flats were angry.") == {"Kirrawee Flats": "place"}
    found = kinds("Ilse Marwick of Orvik Halvorsen said prices rose.")
    assert found["Orvik Halvorsen"] == "organization"


def test_a_name_nothing_types_in_a_text_of_places_is_a_place():
    # a travel guide: its typed names are places, so "Vallbrek", which no cue types, is one
    # too; an initialism and a word with a capital inside keep a body's shape
    text = (
        "Trains run from Oslo to Bergen, and buses from Bergen to Voss, Flam and Geilo. "
        "From Voss, walk to Vallbrek. The VTRA office and SkyFerd sell tickets."
    )
    found = kinds(text)
    assert found["Vallbrek"] == "place"
    assert found["VTRA"] == found["SkyFerd"] == "organization"


def test_a_name_nothing_types_in_news_of_bodies_stays_a_body():
    text = (
        "The Kelby Workers Union and the Tarsk Employers Federation met in Oslo. "
        "Vallbrek joined them later."
    )
    assert kinds(text)["Vallbrek"] == "organization"


def test_a_church_named_after_a_saint_is_a_building():
    found = kinds(
        "St Mary's Church has a fine roof. Mass is held at the Church of St Anselm. "
        "The Catholic Church said it would help, and the Church of Saint Kelvin Trust paid."
    )
    assert found["St Mary's Church"] == found["Church of St Anselm"] == "place"
    assert found["Catholic Church"] == found["Church of Saint Kelvin Trust"] == "organization"


def test_a_name_whose_minister_embassy_or_parliament_it_is_is_a_state():
    found = kinds("Velkor's first female finance minister, Ana Ruiz, met Tarsk's ambassador.")
    assert found["Velkor"] == found["Tarsk"] == "place"
    found = kinds("Halvik's government relations chief quit, and Halvik said it was sorry.")
    assert found["Halvik"] == "organization"


def test_german_dutch_scandinavian_and_slavic_words_of_squares_and_castles_open_places():
    found = kinds("The market on Platz der Einheit sells cheese from Schloss Velkenau.")
    assert found == {"Platz der Einheit": "place", "Schloss Velkenau": "place"}
    found = kinds("Crowds filled Trg Ostrave and walked to Kloster Ostrau.")
    assert found["Trg Ostrave"] == found["Kloster Ostrau"] == "place"


def test_a_romance_word_of_a_house_or_an_inn_opens_a_place():
    found = kinds("Try Casa Lucia for octopus. We stayed at Hacienda Ostra near Kelby.")
    assert found["Casa Lucia"] == found["Hacienda Ostra"] == "place"


def test_the_ends_of_a_trip_told_with_fly_are_places():
    assert kinds("Tourists fly from Brask to Halvik in summer.") == {
        "Brask": "place",
        "Halvik": "place",
    }


def test_romance_words_of_cathedrals_shrines_and_chapels_open_places():
    found = kinds(
        "Mourners gathered at the Catedral de San Velmo in Quito. "
        "Pilgrims walked to the Santuario de Ostara."
    )
    assert found["Catedral de San Velmo"] == "place"
    assert found["Santuario de Ostara"] == "place"


def test_a_name_between_a_place_preposition_and_a_unit_noun_is_a_place():
    # "in Bala Tarsk district", "near Maria Rosko village": a place of a person's shape
    found = kinds(
        "Four soldiers were killed in an attack in Bala Tarsk district on Saturday. "
        "Floods hit homes near Maria Rosko village. Ana Vell said the road was shut."
    )
    assert found["Bala Tarsk"] == "place"
    assert found["Maria Rosko"] == "place"
    assert found["Ana Vell"] == "person"


def test_an_address_told_after_a_person_s_age_is_a_street_and_a_town():
    # court copy: "Tomas Vell, 28, of Birch Close, Kelbyheath, a serving officer, ..."
    found = kinds(
        "Tomas Vell, 28, of Birch Close, Kelbyheath, a serving Tarsk officer at the time, "
        "was jailed. Ana Rosko, 41, of Mill Road, Ostrabridge, was fined."
    )
    assert found["Tomas Vell"] == "person" and found["Ana Rosko"] == "person"
    for place in ("Birch Close", "Kelbyheath", "Mill Road", "Ostrabridge"):
        assert found[place] == "place"
    roles = {
        a.name: a.roles
        for a in analyse("Ana Rosko, 41, of Kelbyheath, a baker, was fined.", None).actors
    }
    assert not roles["Kelbyheath"]


def test_a_name_people_come_from_is_a_place():
    # police and disaster copy: "two men from X were charged", "a family from X"
    found = kinds(
        "Two men from Velmoor were charged. A family from Tarskby was rescued. "
        "A spokesman from Velkorix declined to comment."
    )
    assert found["Velmoor"] == "place" and found["Tarskby"] == "place"
    assert found["Velkorix"] == "organization"


def test_a_listed_company_people_come_from_stays_a_company():
    # "men from X" is a weak cue: a company the list of companies holds stays one
    found = kinds("Two men from Unilever were charged with fraud. A family from Tarskby left.")
    assert found["Unilever"] == "organization" and found["Tarskby"] == "place"


def test_a_name_after_a_site_s_name_and_a_comma_is_its_town():
    # "admitted to St. Anne's Hospital, Okpolo for treatment": the town it stands in
    found = kinds(
        "He was admitted to St. Anne's Hospital, Okpolo for treatment. She studied at "
        "Kelby University, Tarskola. They met at Velkor Stadium, Ana Vell said."
    )
    assert found["Okpolo"] == "place" and found["Tarskola"] == "place"
    assert found["St. Anne's Hospital"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_name_called_a_mountain_a_volcano_or_a_river_is_a_place():
    # disaster copy: "Tarsemi, the highest mountain in Kelby, erupted"
    found = kinds(
        "Tarsemi, the highest mountain in Kelby, erupted last year. Velmoro, a volcano in "
        "the east, rumbled, and Ostrel, a river near Kelby, flooded."
    )
    assert found["Tarsemi"] == "place" and found["Velmoro"] == "place"
    assert found["Ostrel"] == "place"


def test_a_name_after_a_placed_town_and_a_comma_is_its_region():
    # "killed in Jolo, Sulu"-like copy: a town and its province; a speaker stays none
    found = kinds(
        "Four men were shot in Kelby, Velsulu on Monday. The blast in Tarskor, Ostrivia "
        "killed two. The attack happened in Kelby, Rask said."
    )
    assert found["Velsulu"] == "place" and found["Ostrivia"] == "place"
    assert found["Rask"] != "place"


def test_a_subject_after_a_town_or_a_site_and_a_comma_is_no_place():
    # a name a verb follows opens the next clause: its subject, not the town or region
    found = kinds(
        "She studied at Kelby University, Velkor confirmed. The trial ran at Tarsk "
        "University, Marvello said on Monday. The protest in Kelby, Vorlund on Monday "
        "condemned it."
    )
    assert found["Velkor"] != "place" and found["Marvello"] != "place"
    assert found["Vorlund"] != "place"


def test_a_town_named_after_a_saint_with_sta_or_sto_is_one_place():
    # Philippine and Latin American copy: "Sta. Catalina"-like towns, "Sto." likewise
    found = kinds(
        "Three were killed in Guihul City and one in Sta. Vellina. Police in Sto. Tarsko arrested two."
    )
    assert found["Sta. Vellina"] == "place" and found["Sto. Tarsko"] == "place"
    assert "Sta" not in found


def test_a_name_between_a_town_s_possessive_and_an_area_noun_is_a_place():
    # Pakistani and Iraqi copy: "in Lyari's Chakiwara area", "Baghdad's al-Amil neighborhood"
    found = kinds(
        "Two were killed in Kelby's Tarsko area. A bomb hit western Ostrava's al-Velmin "
        "neighborhood. Guards fired in Kelby's Sohrab Velth area. Velkor's Tarsk unit grew."
    )
    for place in ("Kelby", "Tarsko", "Ostrava", "al-Velmin", "Sohrab Velth"):
        assert found[place] == "place"
    assert found["Velkor"] == "organization"


def test_names_after_a_place_noun_in_the_plural_and_of_are_places():
    """Disaster and war copy: "the areas of Varnholm and Eskeby", "the ports of Tarsk and
    Velmo": a place noun in the plural before "of" places the names after it, as "the
    region of X" does."""
    found = kinds("A storm struck the areas of Varnholm and Eskeby on Monday.")
    assert found["Varnholm"] == found["Eskeby"] == "place"
    found = kinds("Strikes shut the ports of Tarsk and Velmo for a week.")
    assert found["Tarsk"] == found["Velmo"] == "place"


def test_a_name_apposed_to_a_described_place_noun_is_a_place():
    """ "Police in the Velmoran capital, Ostrel, arrested three men", "the port city,
    Varnholm,": a people's name, a place noun or a region's adjective before the place
    noun tells what kind of place the name after the comma is; another modifier does not
    ("In the last financial quarter, Velkor sold more")."""
    found = kinds(
        "Police in the Kenyan capital, Ostrel, arrested three men. Fighting spread to the "
        "port city, Varnholm, on Monday. Troops reached the northern town, Velkaz, later."
    )
    assert found["Ostrel"] == found["Varnholm"] == found["Velkaz"] == "place"
    assert kinds("In the last financial quarter, Velkor sold more.")["Velkor"] == "organization"


def test_a_name_before_constituency_is_a_place():
    """Election copy: "voters in the Kelby constituency", "the constituency of Tarsk
    Valley": an electoral district, a place."""
    found = kinds("Voters in the Kelby constituency elected Tomas Rask on Sunday.")
    assert found["Kelby"] == "place"
