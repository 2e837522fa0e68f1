"""Kinds of names in wire stories from many countries, for classes of error found on news
stories written for these tests (issue #13)."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_known_town_of_a_persons_shape_placed_in_the_text_is_a_place():
    found = kinds(
        actors_of(
            "Floods hit homes in Hai Phong on Monday. Olusegun Brandt grew up near "
            "Alba Iulia before he moved abroad."
        )
    )
    assert found["Hai Phong"] == "place"
    assert found["Alba Iulia"] == "place"
    assert found["Olusegun Brandt"] == "person"


def test_a_known_town_of_a_persons_shape_that_speaks_stays_a_person():
    found = kinds(actors_of("Albert Lea said on Monday that he would run for mayor."))
    assert found["Albert Lea"] == "person"


def test_a_name_before_a_mine_an_oilfield_a_prison_or_a_crossing_is_a_place():
    found = kinds(
        actors_of(
            "Velmar Copper said output at its Tarvik mine fell. Drilling at the Ostrana "
            "oilfield resumed. Inmates at the Kessaly prison rioted, and lorries waited at "
            "the Dunmore crossing."
        )
    )
    assert found["Tarvik"] == "place"
    assert found["Ostrana"] == "place"
    assert found["Kessaly"] == "place"
    assert found["Dunmore"] == "place"
    assert found["Velmar Copper"] == "organization"


def test_a_company_before_its_refinery_stays_a_company():
    found = kinds(
        actors_of("Fire broke out at the Halvex refinery. Halvex said it had halted output.")
    )
    assert found["Halvex"] == "organization"


def test_a_university_bank_group_or_party_named_in_its_own_language_is_a_body():
    found = kinds(
        actors_of(
            "Students at the Université Kessaly protested on Monday. Banco Tarvik said "
            "profit rose, the Partido Verde won two seats and Uniwersytet Brenski closed."
        )
    )
    for name in ("Université Kessaly", "Banco Tarvik", "Partido Verde", "Uniwersytet Brenski"):
        assert found[name] == "organization", name


def test_a_sport_before_a_country_is_the_sports_body():
    found = kinds(
        actors_of(
            "Tennis Australia said the event would go ahead. The ban was upheld by Rugby "
            "New Zealand, and Netball South Africa agreed. Cycling Amsterdam is easy."
        )
    )
    assert found["Tennis Australia"] == "organization"
    assert found["Rugby New Zealand"] == "organization"
    assert found["Netball South Africa"] == "organization"
    assert found["Amsterdam"] == "place"
    assert "Cycling Amsterdam" not in found


def test_an_acronym_listed_beside_a_country_is_a_body():
    found = kinds(
        actors_of(
            "Kenya and the VMF agreed a loan on Monday. Ukraine and TDO signed a pact. "
            "Trains run from Tulsa and Quorvik."
        )
    )
    assert found["VMF"] == "organization"
    assert found["TDO"] == "organization"
    assert found["Quorvik"] == "place"


def test_an_acronym_listed_beside_sites_stays_a_site():
    found = kinds(
        actors_of(
            "The nearest airports are Velkor Airport, Tarvik Airport, VKA and Dunmore Airport."
        )
    )
    assert found["VKA"] == "place"


def test_a_name_rushed_to_hospital_sworn_in_or_sacked_is_a_person():
    found = kinds(
        actors_of(
            "Mbarushi was rushed to hospital, where he died. Okereke was sworn in on Monday. "
            "Tavlenko was sacked in May."
        )
    )
    for name in ("Mbarushi", "Okereke", "Tavlenko"):
        assert found[name] == "person", name


def test_a_word_with_an_ending_of_family_names_is_a_person():
    found = kinds(
        actors_of(
            "The court heard that Tavlenko had lied to investigators. Ties with Brodescu "
            "soured, and Velidze met Marcinowski on Friday."
        )
    )
    for name in ("Tavlenko", "Brodescu", "Velidze", "Marcinowski"):
        assert found[name] == "person", name


def test_a_russian_or_bulgarian_surname_alone_is_a_person():
    # "-ov", "-ev", "-ova", "-eva": the family names of Russia, Bulgaria and Central Asia,
    # which news gives alone after the full name and in headlines
    found = kinds(
        actors_of(
            "Talks between Dravtsov and the Velkor envoy stalled. Ties with Kelbayev "
            "soured, and Ostrakova met Zhemcheva on Friday. Prices rose in Kelby."
        )
    )
    for name in ("Dravtsov", "Kelbayev", "Ostrakova", "Zhemcheva"):
        assert found[name] == "person", name
    assert found["Kelby"] == "place"


def test_a_known_town_with_an_ending_of_family_names_stays_a_place():
    assert kinds(actors_of("Officials met in Kremenchuk on Friday."))["Kremenchuk"] == "place"


def test_names_given_as_examples_of_towns_or_provinces_are_places():
    found = kinds(
        actors_of(
            "Cities including Velkor and Tarvik were hit on Monday. Several provinces, "
            "including Kessaly, voted early. Writers like Ana Vell agreed."
        )
    )
    assert found["Velkor"] == "place"
    assert found["Tarvik"] == "place"
    assert found["Kessaly"] == "place"
    assert found["Ana Vell"] == "person"


def test_a_clause_before_a_comma_is_no_role_of_the_agency_that_reports_it():
    actors = actors_of(
        "Lee met Vardo chief executive Tomas Brandt in Kessaly in May, Ostrun news agency reported."
    )
    found = {a.name: a for a in actors}
    assert found["Ostrun"].kind == "organization"
    assert found["Ostrun"].roles == []
    assert found["Tomas Brandt"].roles == ["Vardo chief executive"]


def test_a_plain_word_inside_a_title_before_a_comma_is_still_a_role():
    found = {a.name: a for a in actors_of("The firm's chief market analyst, Ana Vell, said so.")}
    assert found["Ana Vell"].roles == ["firm's chief market analyst"]


def test_a_capital_that_speaks_for_its_government_stays_a_place():
    found = kinds(
        actors_of(
            "Moscow said it had taken the village. Officials in Velkor said they would "
            "respond, and Halvik said it would cut 3,000 jobs."
        )
    )
    assert found["Moscow"] == "place"
    assert found["Halvik"] == "organization"


def test_a_cricket_or_football_oval_is_a_place():
    found = kinds(actors_of("The match at the Velkor Oval was abandoned after rain on Monday."))
    assert found["Velkor Oval"] == "place"


def test_a_hotel_named_with_hotel_first_is_a_place():
    found = kinds(
        actors_of(
            "Gunmen stormed the Hotel Velkora on Monday. The Hotel Workers Union called a strike."
        )
    )
    assert found["Hotel Velkora"] == "place"
    assert found["Hotel Workers Union"] == "organization"


def test_a_cartel_a_syndicate_or_a_militia_is_a_body():
    found = kinds(
        actors_of(
            "Police blamed the Tulsa New Generation Cartel, which controls the port. Gunmen "
            "from the Tarsk Kessan cartel fled. Fighters of the Ostrel Militia left the town."
        )
    )
    assert found["Tulsa New Generation Cartel"] == "organization"
    assert found["Tarsk Kessan"] == "organization"
    assert found["Ostrel Militia"] == "organization"


def test_a_name_between_a_possessive_and_a_body_s_noun_is_that_body():
    found = kinds(
        actors_of(
            "Olusegun Adeyemi said his Dorin Kessa party would win. Ana Vell's Ilse Marwick "
            "alliance walked out. Tomas Okafor joined his Ostrava team in March."
        )
    )
    assert found["Dorin Kessa"] == "organization"
    assert found["Ilse Marwick"] == "organization"
    assert found["Ostrava"] == "place"
