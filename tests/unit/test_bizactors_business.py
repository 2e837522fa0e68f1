"""Actors of business news: grades, short forms and names of companies, markets and deals.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_a_grade_of_one_letter_in_a_sentence_of_ratings_is_no_name():
    found = actors_of(
        "Fitch cut the Velkor Bank rating to Baa2 from A3, and Dorvale kept its B- rating. "
        "Tarsk Bank's debt went down a notch from A1 to A2, with its ratings on watch. "
        "Fitch kept its rating of A3 and Marrow Bank's B1 ratings."
    )
    assert not {"A3", "A1", "A2", "B"} & names(found)
    assert {"Fitch", "Velkor Bank", "Tarsk Bank", "Marrow Bank"} <= names(found)


def test_a_firm_and_company_is_named_later_without_its_suffix():
    found = actors_of(
        "Lorvane Tarsk & Company said profits rose. Lorvane Tarsk expects more. "
        "Harlan & Finch Inc. cut 40 jobs, and Harlan & Finch will hire in May."
    )
    assert {a.name: a.aliases for a in found} == {
        "Lorvane Tarsk & Company": ["Lorvane Tarsk"],
        "Harlan & Finch Inc.": ["Harlan & Finch"],
    }
    assert {a.kind for a in found} == {"organization"}


def test_a_name_before_its_ticker_is_a_listed_company():
    found = actors_of(
        "Halvik (HLV) rose 2% while Tarsk (TRK) fell. "
        "Profits fell at Velkor Airlines (VKA), United (UNA) and Marbeni (MRB.L)."
    )
    assert {a.name: a.kind for a in found} == {
        "Halvik": "organization",
        "Tarsk": "organization",
        "Velkor Airlines": "organization",
        "United": "organization",
        "Marbeni": "organization",
    }
    assert {a.name: a.aliases for a in found}["Tarsk"] == ["TRK"]


def test_a_code_after_a_dateline_a_person_or_a_place_is_no_ticker():
    found = actors_of(
        "KELBY, Tarsk (WKLB) - Ana Vell (KEN) won the race. Velkor Bank opened in Marrow (UK)."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds.get("Ana Vell") == "person"
    assert kinds["Tarsk"] == "place"


def test_a_measure_of_the_accounts_in_capitals_is_no_name():
    found = actors_of(
        "Adjusted EBITDA at Velkor Foods rose 4 percent while EPS fell. "
        "M&A activity slowed, and Ebitda margins widened at Tarsk Bank. "
        "Capex rose, but R&D spending fell at Velkor Foods."
    )
    assert names(found) == {"Velkor Foods", "Tarsk Bank"}


def test_a_possessive_before_a_verb_is_shown_with_the_name():
    found = actors_of(
        "Marlowe's said the outlook was stable, and Marlowe's rating of Kelby Bank fell. "
        "Dravin's sold the painting. Velkor's shares fell, and Tokyo's long-awaited plan "
        "started."
    )
    shown = names(found)
    assert {"Marlowe's", "Dravin's", "Velkor", "Tokyo", "Kelby Bank"} <= shown
    assert not {"Marlowe", "Dravin", "Velkor's", "Tokyo's"} & shown


def test_two_names_joined_by_a_hyphen_before_a_noun_are_two_actors():
    found = actors_of(
        "The board backed the Velkor-Tarsk merger. Velkor said Tarsk would keep its name. "
        "The Kelby-Marrow match ended 2-1: Kelby scored, then Marrow. Rolls-Royce engines "
        "and Mercedes-Benz cars were shown, and Mercedes sold more."
    )
    shown = names(found)
    assert {"Velkor", "Tarsk", "Kelby", "Marrow", "Mercedes-Benz"} <= shown
    assert not {"Velkor-Tarsk", "Kelby-Marrow"} & shown


def test_a_name_after_a_country_s_possessive_where_a_company_is_traded_is_a_company():
    found = actors_of(
        "Velkor sold a stake in Brazil's Orvano Tessel. It agreed to buy Spain's Dorvale "
        "Quintas, and the sale of Japan's Kurano Ishida to Tarsk was approved. A deal "
        "with Italy's Marco Bellini was signed."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Orvano Tessel"] == kinds["Dorvale Quintas"] == "organization"
    assert kinds["Kurano Ishida"] == "organization"
    assert kinds["Marco Bellini"] == "person"


def test_a_company_s_name_alone_goes_to_its_name_with_a_suffix_among_its_units():
    found = actors_of(
        "Tarsk Re agreed to be bought by French insurer Velkor. The units of Tarsk Re, "
        "Velkor Corporate Solutions and Velkor Art will merge. Ana Vell joins Velkor "
        "Group's board."
    )
    aliases = {a.name: a.aliases for a in found}
    assert "Velkor" in aliases["Velkor Group"]
    assert "Velkor" not in aliases["Velkor Corporate Solutions"]


def test_a_ticker_after_a_stock_exchange_s_name_marks_a_listed_company():
    found = actors_of(
        "Halvik (NYSE: HLV) rose 4% on Monday. Investors bought Jabor (Kelby Stock "
        "Exchange: JBR) shares. Marrow (IATA: MRW) is an air base."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Halvik"] == kinds["Jabor"] == "organization"
    assert not {"HLV", "JBR", "Kelby Stock Exchange"} & set(kinds)
    assert kinds.get("Marrow") != "organization"


def test_a_word_opening_a_sentence_before_a_comma_and_citing_is_the_source():
    found = actors_of(
        "Velnap, citing Deputy Minister Ana Vell, reported that Tarsk would cut output. "
        "Ostrander, quoting officials, said 40 died. However, citing costs, it cut jobs."
    )
    assert {"Velnap", "Ostrander", "Ana Vell"} <= names(found)
    assert "However" not in names(found)


def test_a_short_form_in_mixed_case_spelling_the_words_before_it_is_no_name():
    found = actors_of(
        "The Kelby regulator sued a decentralized finance (DeFi) lender, and Velkor Bank "
        "bought a stake in a buy now pay later (BNPL) firm."
    )
    assert not {"DeFi", "BNPL"} & names(found)
    assert "Velkor Bank" in names(found)


def test_an_illness_with_a_capitalised_noun_of_its_spread_is_no_name():
    found = actors_of(
        "Sales at Velkor Foods fell during the Kelby Flu Pandemic. The Ostra Fever "
        "Outbreak and the Marrow Epidemic closed its plants."
    )
    assert names(found) == {"Velkor Foods"}


def test_a_firm_named_by_its_partners_between_commas_and_an_ampersand_is_one_name():
    found = actors_of(
        "Dravin, Ostrel & Woods analyst Ana Vell asked about reserves. The lawyers at "
        "Ferrow, Lune, Tarsk & Partners declined to comment, and Velkor hired Marrow, "
        "Kessel & Co. Trains run to Leeds, York and Hull."
    )
    shown = names(found)
    assert {"Dravin, Ostrel & Woods", "Ferrow, Lune, Tarsk & Partners"} <= shown
    assert "Marrow, Kessel & Co." in shown
    assert {"Leeds", "York", "Hull"} <= shown


def test_a_name_of_three_english_words_opening_a_sentence_before_a_verb_stays_whole():
    found = actors_of(
        "Jaguar Sand Rover said it would cut 2,000 jobs. Imperious Manchester City won "
        "again. Local Ana Vell said it would rain."
    )
    shown = names(found)
    assert "Jaguar Sand Rover" in shown
    assert not {"Imperious Manchester City", "Local Ana Vell"} & shown


def test_a_body_s_initials_in_commas_after_its_name_are_its_short_form_not_a_person():
    found = actors_of(
        "Ana Vell, head of the Kelby Central Bank, KCB, said rates would rise. "
        "She said the KCB would act."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Kelby Central Bank"].kind == "organization"
    assert by_name["Kelby Central Bank"].aliases == ["KCB"]
    assert by_name["Kelby Central Bank"].roles == []
    assert by_name["Ana Vell"].roles == ["head of the Kelby Central Bank"]


def test_a_place_s_participle_after_a_title_s_of_describes_the_company():
    found = actors_of(
        "Ana Vell is chairman and CEO of Hong Kong-listed Velkor. "
        "Tom Rask is chairman of Hong Kong-based Tarsk."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Velkor"] == kinds["Tarsk"] == "organization"
    assert kinds["Hong Kong"] == "place"
    assert not any("-" in name for name in kinds)


def test_a_place_before_its_participle_takes_no_cue_of_the_company_after_it():
    found = actors_of(
        "Calgary-based Velkor said it will park 40 planes. Analysts at Oslo-listed Tarsk said so."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds["Calgary"] == kinds["Oslo"] == "place"
    assert kinds["Velkor"] == kinds["Tarsk"] == "organization"


def test_a_party_s_or_a_country_s_code_after_a_surname_is_no_ticker():
    found = actors_of(
        "Marta Kessler, the party leader, spoke first. Later Kessler (CDU) attacked the "
        "budget. In the final, Velkonen (FIN) won by a second."
    )
    by_name = {a.name: a for a in found}
    assert "CDU" not in by_name["Marta Kessler"].aliases
    assert by_name["CDU"].kind == "organization"
    assert "FIN" in by_name


def test_a_road_s_letter_and_figure_beside_an_upgrade_is_no_rating():
    found = actors_of(
        "Drivers on the A2 praised the upgrade to the junction at Tarsk. "
        "The upgrade of the A1 near Kelby will cost 40 million pounds."
    )
    assert {"A2", "A1"} <= names(found)


def test_a_person_s_possessive_or_one_before_a_noun_or_a_participle_is_cut():
    found = actors_of(
        "Ana Vell died in March. Her lawyer read Vell's will to the family. "
        "Drivers liked the car. Kelbon's redesigned Zephyr went on sale, and Kelbon "
        "said sales rose."
    )
    by_name = {a.name: a for a in found}
    assert by_name["Ana Vell"].aliases == ["Vell"]
    assert "Kelbon" in by_name and "Kelbon's" not in by_name


def test_a_known_hyphened_name_or_a_compass_pair_stays_whole():
    found = actors_of(
        "Guinea closed its border on Monday. Bissau stayed calm. The Guinea-Bissau "
        "government denied the report. North Korea fired a missile. West African leaders "
        "met in Accra. Farmers in the North-West region lost crops."
    )
    shown = names(found)
    assert {"Guinea-Bissau", "North-West"} <= shown
    assert not {"North", "West"} & shown


def test_a_brand_coined_of_longer_syllables_in_brackets_stays_a_name():
    found = actors_of(
        "Tarsk Bank invested in a fintech startup (FinStar) last year. "
        "Users moved to a video platform (VidPort) after the ban."
    )
    assert {"FinStar", "VidPort"} <= names(found)


def test_a_list_of_known_companies_joined_by_an_ampersand_is_no_one_firm():
    found = actors_of(
        "Investors sold Barclays, Lloyds & HSBC on Monday. Apple, Google & Amazon face a new probe."
    )
    shown = names(found)
    assert "Barclays" in shown
    assert not {"Barclays, Lloyds & HSBC", "Apple, Google & Amazon"} & shown


def test_a_plus_glued_to_a_name_is_the_name_s():
    found = actors_of(
        "Prices rose as VOPEC+ producers cut output, VOPEC said. Subscribers of Velflix+ "
        "rose. Fitch affirmed its AA+ rating of Velkor."
    )
    shown = names(found)
    assert {"VOPEC+", "VOPEC", "Velflix+", "Velkor"} <= shown
    assert "AA" not in shown
