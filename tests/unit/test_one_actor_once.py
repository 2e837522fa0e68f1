"""Forms that are one actor merge, and forms that are two stay apart (#13)."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def forms_by_actor(text: str) -> list[set[str]]:
    return [{a.name, *a.aliases} for a in actors_of(text)]


def test_a_place_named_by_a_compass_point_is_not_the_place_it_names_a_part_of():
    groups = forms_by_actor(
        "Storms flooded farms in West Virginia on Sunday. Crews from Virginia drove north "
        "to help. By Tuesday the rain had reached North Kelmshire, and the roads of "
        "Kelmshire were shut."
    )
    assert {"West Virginia"} in groups and {"Virginia"} in groups
    assert {"North Kelmshire"} in groups and {"Kelmshire"} in groups


def test_a_name_given_as_another_name_of_the_one_before_is_one_actor():
    groups = forms_by_actor(
        "Daresh Holdings, also known as Tarvex, bought a paper mill in 2019. "
        "Tarvex sold it two years later. "
        "The Velka Expressway (formerly known as the Dunmore Parkway) reopened on Monday. "
        "Drivers on the Dunmore Parkway had waited for months."
    )
    assert {"Daresh Holdings", "Tarvex"} in groups
    assert {"Velka Expressway", "Dunmore Parkway"} in groups


def test_a_nickname_widely_or_commonly_known_is_the_same_actor():
    groups = forms_by_actor(
        "Voters backed Tomas Varnholt. Varnholt, widely known as Tovar, won easily."
    )
    assert {"Tomas Varnholt", "Varnholt", "Tovar"} in groups


def test_a_name_a_place_once_had_is_an_actor_of_its_own():
    groups = forms_by_actor(
        "Traders camped near Tulsa, once known as Quorvik, every spring. In 1700 Ostrel was known "
        "as Varnholm by the Danes."
    )
    assert {"Tulsa"} in groups and {"Quorvik"} in groups
    assert {"Ostrel"} in groups and {"Varnholm"} in groups


def test_known_as_after_no_name_links_nothing():
    groups = forms_by_actor(
        "Halvard Mossberg met Irena Kowal in Tallinn. A district known as Kelmar lies "
        "north of it, and Mossberg, known as a patient negotiator, spoke first. They "
        "crossed the old square of Ostrel, known as the Amber Yard, at dawn."
    )
    assert {"Kelmar"} in groups and {"Tallinn"} in groups
    assert {"Ostrel"} in groups and {"Amber Yard"} in groups


def test_a_name_that_only_qualifies_a_title_after_an_alias_phrase_is_no_other_name():
    groups = forms_by_actor(
        "Irena Kowal, formerly Vestrand chairman, joined Holm Ltd. Alma Ruiz, formerly "
        "Tarvex's treasurer, followed her."
    )
    assert {"Irena Kowal"} in groups and {"Alma Ruiz"} in groups


def test_a_two_word_personal_name_in_either_order_is_one_person():
    groups = forms_by_actor(
        "The poet Tanabe Shizuko was born in 1901. Shizuko Tanabe said she wrote at night. "
        "Later Moon Hyeri joined her, and Hyeri Moon said little."
    )
    assert {"Tanabe Shizuko", "Shizuko Tanabe"} in groups
    assert {"Moon Hyeri", "Hyeri Moon"} in groups


def test_two_places_in_either_order_stay_two():
    groups = forms_by_actor("Ships sailed from Port Vella to Vella Port on Monday.")
    assert not any({"Port Vella", "Vella Port"} <= g for g in groups)


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(text)}


def test_a_numbered_street_is_a_place():
    found = kinds(
        "The bakery moved from 23rd Street to a corner of West 81st Avenue last year. "
        "Buses run along S 9th Ave and stop at 102nd Terrace. Her team took 2nd Place."
    )
    assert found.get("23rd Street") == "place"
    assert found.get("West 81st Avenue") == "place"
    assert found.get("S 9th Ave") == "place"
    assert found.get("102nd Terrace") == "place"
    assert not {"West", "S", "2nd Place", "Place"} & set(found)


def test_two_bodies_each_with_its_own_head_either_side_of_and_are_two():
    found = kinds(
        "Dana Wollek taught at the University of Kelso and Varnholt State University. "
        "The Institute of Marine and Polar Science and the Department of Health and Human "
        "Services sent observers."
    )
    assert "University of Kelso" in found and "Varnholt State University" in found
    assert "Institute of Marine and Polar Science" in found
    assert "Department of Health and Human Services" in found


def test_a_town_and_a_plural_title_after_it_name_a_team():
    found = kinds(
        "The Leeds Bishops beat the Bristol Cardinals 3-1 on Saturday, and the Lyon "
        "Senators lost. Ohio Senators Ana Hall and Tomas Reed voted no."
    )
    assert found.get("Leeds Bishops") == "organization"
    assert found.get("Bristol Cardinals") == "organization"
    assert found.get("Lyon Senators") == "organization"
    assert found.get("Ana Hall") == "person" and found.get("Ohio") == "place"


def test_a_word_no_dictionary_holds_opening_a_sentence_before_a_past_verb_is_a_name():
    found = kinds(
        "The ferry was late. Vardonix interviewed the captain on Monday. Yesterday "
        "reminded everyone of the storm. Nobody complained. Pre booked seats cost more."
    )
    assert "Vardonix" in found
    assert not {"Yesterday", "Nobody", "Pre"} & set(found)


def test_an_ampersand_between_two_places_lists_them_and_one_inside_a_name_keeps_it():
    found = kinds(
        "The tour stops in Leeds & York before heading south. Trinidad & Tobago sent a "
        "team, and the Harlow & Finch plant in Lyon closed."
    )
    assert found.get("Leeds") == "place" and found.get("York") == "place"
    assert found.get("Trinidad & Tobago") == "place"
    assert "Harlow & Finch" in found


def test_a_name_ending_in_no_takes_its_number():
    found = kinds("He joined Kelmar Lodge No. 8 in 1789, and Engine Company No. 12 came too.")
    assert "Kelmar Lodge No. 8" in found and "Engine Company No. 12" in found


def test_an_acronym_is_the_name_it_spells_before_a_longer_name_it_opens():
    groups = forms_by_actor(
        "The Vestrand Maritime Authority said on Monday that the VMA Safety Board would "
        "meet. VMA officials declined to comment. Harlow & Finch and the Tarvex Ore "
        "Company met; H&F said talks went well."
    )
    assert {"Vestrand Maritime Authority", "VMA"} in groups
    assert {"VMA Safety Board"} in groups
    assert {"Harlow & Finch", "H&F"} in groups


def test_an_acronym_the_text_defines_is_that_names_alone():
    """ "the Varn Democrats (VD)": the acronym in brackets is theirs, though the Velkor
    Democrats have the same initials; the two parties stay two."""
    found = actors_of(
        "The Velkor Democrats lost seats to the Varn Democrats (VD), and VD will now lead "
        "the coalition."
    )
    aliases = {a.name: a.aliases for a in found}
    assert aliases["Varn Democrats"] == ["VD"] and aliases["Velkor Democrats"] == []


def test_a_place_the_text_places_is_not_the_site_named_after_it():
    groups = forms_by_actor(
        "Floods hit homes in Tarsk on Monday. The army set up tents at Tarsk Stadium. "
        "Rescuers camped near Kelby and rested at the Kelby Lodge. "
        "Shops on Orrin Street reopened; the stalls of Orrin stayed shut. "
        "Crowds filled Velm Square, and police cleared Velm by night."
    )
    assert {"Tarsk"} in groups and {"Tarsk Stadium"} in groups
    assert {"Kelby"} in groups and {"Kelby Lodge"} in groups
    # a street and a square go by their first words alone
    assert {"Orrin Street", "Orrin"} in groups
    assert {"Velm Square", "Velm"} in groups


def test_a_head_word_alone_in_a_headline_is_the_body_named_in_full():
    found = actors_of(
        "Court rules against carmaker\nThe High Court of Ostland ruled on Monday that "
        "Velmar must pay. Bank raises rates\nThe Reserve Bank of Ostland raised its rate."
    )
    names = [a.name for a in found]
    assert "Court" not in names and "Bank" not in names
    court = next(a for a in found if a.name == "High Court of Ostland")
    assert "Court" in court.aliases


def test_a_town_the_text_places_is_not_the_company_named_after_it():
    groups = forms_by_actor(
        "Dorvane Motors builds buses in Dorvane. Dorvane's mayor said the plant would grow, "
        "and Dorvane Motors said orders rose. Shares in Halvik fell after Halvik Group cut "
        "its forecast."
    )
    assert {"Dorvane"} in groups and {"Dorvane Motors"} in groups
    assert {"Halvik Group", "Halvik"} in groups


def test_a_town_the_text_places_is_not_the_company_of_an_industry_named_after_it():
    groups = forms_by_actor(
        "Brask Telecom said its network was down. The mayor of Brask resigned on Monday. "
        "Ostra Petroleum cut its forecast, and Ostra Petroleum shares fell; Ostra said sorry."
    )
    assert {"Brask"} in groups and {"Brask Telecom"} in groups
    assert {"Ostra Petroleum", "Ostra"} in groups


def test_a_speakers_initials_labelling_a_transcripts_lines_are_that_speaker():
    found = actors_of(
        "Wikinews spoke to Rosalind Achebe and Jonas Okafor in Kelby.\n"
        "Wikinews: When did you start cooking?\n"
        "RA: At fourteen, in Tarsk.\n"
        "JO: Later, in my case.\n"
    )
    by_name = {a.name: a for a in found}
    assert "RA" in by_name["Rosalind Achebe"].aliases and "JO" in by_name["Jonas Okafor"].aliases
    assert by_name["Rosalind Achebe"].kind == "person"
    assert {"RA", "JO"}.isdisjoint(by_name)


def test_initials_two_names_fit_stay_apart():
    found = actors_of("Rosa Alder met Ruth Amsel in Kelby.\nRA: We talked.\n")
    assert all("RA" not in a.aliases for a in found)


def test_a_place_of_several_words_and_its_initials_are_one_actor():
    groups = forms_by_actor(
        "Storms hit Costa Rica and Sierra Leone on Monday. CR officials said 40 homes were "
        "lost in Limon, and SL crews cleared roads near Freetown."
    )
    assert {"Costa Rica", "CR"} in groups and {"Sierra Leone", "SL"} in groups


def test_a_storm_named_without_its_strength_is_the_same_storm():
    groups = forms_by_actor(
        "Tropical Cyclone Ostrid crossed the coast near Kelby on Sunday. Cyclone Ostrid "
        "weakened overnight, and Super Typhoon Marrow hit Luzon as Typhoon Marrow."
    )
    assert {"Tropical Cyclone Ostrid", "Cyclone Ostrid"} in groups
    assert {"Super Typhoon Marrow", "Typhoon Marrow"} in groups
