"""Kinds of companies named like people or places, told by how business news treats them:
their shares move, they sit on a list with other companies."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_name_shaped_like_a_person_on_a_list_of_companies_is_a_company():
    found = kinds(actors_of("Tarvik Ossen and Delmar Quint shares rose 2 percent on Monday."))
    assert found["Tarvik Ossen"] == "organization"
    assert found["Delmar Quint"] == "organization"


def test_a_person_on_a_list_with_a_person_stays_a_person():
    found = kinds(actors_of("Tarvik Ossen and Ana Vell met in the capital on Monday."))
    assert found["Tarvik Ossen"] == "person"


def test_a_name_that_moves_by_more_than_a_share_of_itself_is_a_company():
    found = kinds(
        actors_of(
            "Tessel Harwick lost more than 10 percent on Friday. "
            "Varo Kestrel rose as much as 4 percent, and Mirel Dorsk fell by 3 percent."
        )
    )
    assert found["Tessel Harwick"] == "organization"
    assert found["Varo Kestrel"] == "organization"
    assert found["Mirel Dorsk"] == "organization"


def test_a_name_after_a_noun_of_a_body_without_the_is_that_body():
    found = kinds(
        actors_of(
            "German carmaker Halvard Quist said sales fell. The deal was agreed by insurers "
            "Tarvik Ossen and Delmar Quint. Rival Orsi Vantana announced a similar plan."
        )
    )
    assert found["Halvard Quist"] == "organization"
    assert found["Tarvik Ossen"] == "organization"
    assert found["Delmar Quint"] == "organization"
    assert found["Orsi Vantana"] == "organization"


def test_a_person_after_his_rival_or_a_body_noun_of_hers_stays_a_person():
    found = kinds(
        actors_of(
            "The senator mocked his rival Ana Vell on Monday. "
            "Her party colleague Ilse Marwick called for calm."
        )
    )
    assert found["Ana Vell"] == "person"
    assert found["Ilse Marwick"] == "person"


def test_a_name_before_a_job_and_a_person_is_their_employer():
    found = kinds(
        actors_of(
            "Dorvik Lunde economist Ravi Subramanian said rates would fall. "
            "Tessel Harwick analyst Mei Tanaka agreed."
        )
    )
    assert found["Dorvik Lunde"] == "organization"
    assert found["Tessel Harwick"] == "organization"
    assert found["Ravi Subramanian"] == "person"


def test_a_place_before_a_public_office_and_a_person_stays_a_place():
    found = kinds(
        actors_of(
            "Ohio senator Tom Rask voted no. Dorvik mayor Ilse Marwick said so, and "
            "Brazil coach Ana Vell named his squad."
        )
    )
    assert found["Ohio"] == "place"
    assert found["Dorvik"] == "place"
    assert found["Brazil"] == "place"


def test_a_word_no_list_knows_opening_a_sentence_before_which_is_a_name():
    found = kinds(
        actors_of(
            "Velmar, which makes tyres, said its sales fell. "
            "Inflation, which rose in May, worried the bank."
        )
    )
    assert found["Velmar"] == "organization"
    assert "Inflation" not in found


def test_the_owner_of_an_index_is_no_index():
    found = kinds(actors_of("The Varno Stock Exchange's main index fell 0.4 percent on Monday."))
    assert found["Varno Stock Exchange"] == "organization"


def test_a_site_named_with_its_word_first_in_a_romance_language_is_a_place():
    found = kinds(
        actors_of(
            "Fans gathered at the Estádio do Velmar before the final, and the minister "
            "spoke at the Palazzo Ostrani and the Museo del Varno."
        )
    )
    assert found["Estádio do Velmar"] == "place"
    assert found["Palazzo Ostrani"] == "place"
    assert found["Museo del Varno"] == "place"


def test_a_city_whose_name_opens_with_the_is_a_place():
    found = kinds(actors_of("The talks were held in The Hague on Monday."))
    assert found["Hague"] == "place"


def test_a_company_opening_a_sentence_before_its_shares_or_officers_is_a_name():
    found = kinds(
        actors_of(
            "Vardonix shares rose 3 percent on Monday. Kelmora's European chief, Ana Vell, "
            "said sales fell. Bank shares fell too."
        )
    )
    assert found["Vardonix"] == "organization"
    assert found["Kelmora"] == "organization"
    assert "Bank" not in found


def test_a_plural_of_a_place_head_the_text_shows_to_be_a_body_is_a_name():
    found = kinds(
        actors_of(
            "The jets will go to Prairies and Vardonair. Orders slowed, and Prairies said "
            "it would wait. Shares in Prairies fell. The Great Lakes froze."
        )
    )
    assert found["Prairies"] == "organization"
    assert "Lakes" not in found


def test_a_name_after_a_maker_or_supplier_is_a_company():
    found = kinds(
        actors_of(
            "Canadian parts maker Magna will buy a stake. The deal helps chip supplier "
            "Tarvik Ossen too."
        )
    )
    assert found["Magna"] == "organization"
    assert found["Tarvik Ossen"] == "organization"


def test_a_name_before_administration_or_era_is_its_leader():
    found = kinds(
        actors_of(
            "The Velkar administration gave the carmaker more time. The Obama era ended. "
            "The Victorian era ended, and the Kenya presidency of the council began."
        )
    )
    assert found["Velkar"] == "person"
    assert found["Obama"] == "person"
    assert found["Kenya"] == "place"
    assert "Victorian" not in found


def test_a_company_opening_a_sentence_before_its_model_is_a_name():
    found = kinds(actors_of("Vardonix's 787 is late again. Kelmora's A350 will fly in June."))
    assert found["Vardonix"] == "organization"
    assert found["Kelmora"] == "organization"


def test_a_site_named_after_a_person_before_its_site_noun_is_a_place():
    found = kinds(actors_of("Flights from Lyon Ana Velloux airport were cancelled on Monday."))
    assert found["Lyon Ana Velloux"] == "place"


def test_an_airport_named_by_its_city_and_a_persons_name_is_a_place_where_one_travels():
    found = kinds(
        actors_of(
            "Flights from Lyon Ana Velloux were cancelled. Planes flew to Paris Tomas Orvel "
            "instead. Paris Halden flew to Oslo on Monday, and Paris Halden said so."
        )
    )
    assert found["Lyon Ana Velloux"] == "place"
    assert found["Paris Tomas Orvel"] == "place"
    assert found["Paris Halden"] == "person"  # a person whose given name is a city's


def test_a_place_owned_by_a_body_noun_in_the_possessive_is_no_body():
    found = kinds(actors_of("The carmaker's Wolfsburg plant was raided on Monday."))
    assert found["Wolfsburg"] == "place"


def test_a_name_shaped_like_an_adjective_before_a_verb_is_a_name():
    found = kinds(
        actors_of(
            "Vardo shares dropped 8 percent, and Ostravic lost 5 percent. "
            "Kelmatic said it would cut jobs. The Velmaric coast was calm."
        )
    )
    assert found["Ostravic"] == "organization"
    assert found["Kelmatic"] == "organization"
    assert "Velmaric" not in found


def test_a_name_with_an_acronym_after_a_hyphen_is_no_person():
    found = kinds(actors_of("Air Velmar-KLM said it regretted the decision."))
    assert found["Air Velmar-KLM"] == "organization"
    assert kinds(actors_of("Ana Lloyd-Vell said it was over."))["Ana Lloyd-Vell"] == "person"


def test_the_body_a_speaker_is_of_is_a_body():
    found = kinds(actors_of("Ilse Marwick of Orvik Halvorsen said the bank would cut costs."))
    assert found["Ilse Marwick"] == "person"
    assert found["Orvik Halvorsen"] == "organization"
    assert kinds(actors_of("Tom Rask of Ohio said so."))["Ohio"] == "place"


def test_a_name_apposed_to_a_place_s_bank_is_a_bank():
    found = kinds(actors_of("Orvik Halvorsen, Norway's biggest bank, posted a loss."))
    assert found["Orvik Halvorsen"] == "organization"
    assert found["Norway"] == "place"


def test_a_holding_named_after_its_founder_is_a_company():
    found = kinds(actors_of("Kasim Demir Holding owns the stake."))
    assert found["Kasim Demir Holding"] == "organization"


def test_a_place_s_stock_market_is_no_company_s_stock():
    found = kinds(actors_of("Funds pulled money out of Tarsk's stock market on Monday."))
    assert found["Tarsk"] != "organization"
    assert kinds(actors_of("Velmar's stock fell on Monday."))["Velmar"] == "organization"


def test_names_after_losses_in_are_no_places():
    found = kinds(
        actors_of("The index dropped, led by losses in Orvik Bank and Kestrova on Monday.")
    )
    assert found["Kestrova"] == "organization"


def test_a_word_no_list_knows_opening_a_sentence_before_its_verb_is_a_name():
    found = kinds(
        actors_of(
            "Vardonix cut its forecast on Monday. Kelmatron will close 400 stores. "
            "Nonetheless its shares rose. Summers can be cold."
        )
    )
    assert found["Vardonix"] == "organization"
    assert found["Kelmatron"] == "organization"
    assert "Nonetheless" not in found
    assert "Summers" not in found


def test_a_name_whose_verb_takes_what_a_company_has_is_a_company():
    found = kinds(
        actors_of(
            "Tarvik Ossen cut 2,300 jobs on Monday. Delmar Quint posted a second-quarter "
            "loss. Halvard Quist reported higher profits. Orsi Vantana also raised its "
            "dividend."
        )
    )
    assert found["Tarvik Ossen"] == "organization"
    assert found["Delmar Quint"] == "organization"
    assert found["Halvard Quist"] == "organization"
    assert found["Orsi Vantana"] == "organization"


def test_a_speaker_whose_it_cuts_jobs_is_a_company():
    found = kinds(actors_of("Tarvik Ossen said on Tuesday it would cut 4,000 jobs by 2027."))
    assert found["Tarvik Ossen"] == "organization"


def test_a_person_who_said_it_or_lost_her_job_stays_a_person():
    found = kinds(
        actors_of(
            "Ana Vell said it was over. Ilse Marwick lost her job in March. "
            "Tom Rask said he would cut costs."
        )
    )
    assert found["Ana Vell"] == "person"
    assert found["Ilse Marwick"] == "person"
    assert found["Tom Rask"] == "person"


def test_a_name_after_an_officers_title_and_of_is_the_body():
    found = kinds(
        actors_of(
            "Chairman of Tarvik Ossen steps down\nThe chief executive of Delmar Quint resigned. "
            "The chairman of Halvard Quist stepped down."
        )
    )
    assert found["Tarvik Ossen"] == "organization"
    assert found["Delmar Quint"] == "organization"
    assert found["Halvard Quist"] == "organization"


def test_a_surname_ending_like_an_adjective_after_a_given_name_is_a_name():
    found = kinds(actors_of("Halvard Lindquist stepped down on Monday. Ana Castellian said so."))
    assert found["Halvard Lindquist"] == "person"
    assert found["Ana Castellian"] == "person"


def test_a_word_no_list_knows_opening_a_sentence_before_a_market_move_is_a_name():
    found = kinds(
        actors_of(
            "Stocks slipped on Monday. Vardonix fell 2.1 percent and Kelmatron rose as much "
            "as 4 percent. Brellins lost 30 points. Exports fell 3 percent. Snow fell 12 "
            "inches."
        )
    )
    assert found["Vardonix"] == "organization"
    assert found["Kelmatron"] == "organization"
    assert found["Brellins"] == "organization"
    assert not {"Stocks", "Exports", "Snow"} & set(found)


def test_a_name_apposed_to_a_part_of_a_company_is_a_company():
    found = kinds(
        actors_of(
            "Rain fell.\n\nKelvia, an affiliate of Velmar, rose 0.5 percent. Dorvia, Velmar's "
            "Korean subsidiary, cut prices. Ostaria, the investment arm of Velmar, sold the "
            "stake. Ana Vell, the head of the unit, said it would close."
        )
    )
    assert found["Kelvia"] == "organization"
    assert found["Dorvia"] == "organization"
    assert found["Ostaria"] == "organization"
    assert found["Ana Vell"] == "person"


def test_an_english_word_opening_a_company_name_at_a_sentence_opening_stays_in_it():
    found = kinds(
        actors_of(
            "Markets fell. Great Vardo Holdings cut jobs. Smart Kelby Ltd was sold. Golden "
            "Ostrel Resources rose. Currently Velmar Holdings has 40 staff. Visiting Tarsk "
            "Bank, she said it was fine. Troubled Ostra Holdings fell."
        )
    )
    assert found["Great Vardo Holdings"] == "organization"
    assert found["Smart Kelby Ltd"] == "organization"
    assert found["Golden Ostrel Resources"] == "organization"
    assert {"Velmar Holdings", "Tarsk Bank", "Ostra Holdings"} <= set(found)


def test_an_english_word_opening_a_firms_name_with_an_ampersand_stays_in_it():
    """ "Kettle Pan & More said": an "&" after the second word makes a firm's name, whatever
    its last word; a participle before one stays outside."""
    found = kinds(
        actors_of(
            "Kettle Pan & More said sales fell. Lamp Rug & Beyond cut 40 jobs. Visiting "
            "Ostra Vell & Sons, she said the shop was fine."
        )
    )
    assert found["Kettle Pan & More"] == "organization"
    assert found["Lamp Rug & Beyond"] == "organization"
    assert "Ostra Vell & Sons" in found and "Visiting Ostra Vell & Sons" not in found


def test_a_trade_opening_a_sentence_before_a_person_of_a_university_is_no_part_of_a_name():
    """A company's name ends before "of": the body after it names no company the trade opens."""
    found = kinds(
        actors_of(
            "Seismologist Nuray Kestane of Vardo University said the fault had moved. "
            "Biologist Tomas Vell of the Kelby Water Institute agreed. "
            "Great Ostrel Holdings of Tarsk posted a loss."
        )
    )
    assert found["Nuray Kestane"] == "person"
    assert found["Tomas Vell"] == "person"
    assert {"Vardo University", "Kelby Water Institute"} <= set(found)
    assert not {"Seismologist Nuray Kestane", "Biologist Tomas Vell"} & set(found)


def test_an_english_prefix_hyphened_to_a_trade_opening_a_sentence_is_no_part_of_a_name():
    """ "Co-author", "Ex-director": an English prefix and a noun, no name's first word."""
    found = kinds(
        actors_of(
            "Co-author Rafael Ibarrola of the Kelby Institute said more work was needed. "
            "Ex-director Tomas Rusk agreed."
        )
    )
    assert found["Rafael Ibarrola"] == "person"
    assert found["Tomas Rusk"] == "person"
    assert not {"Co-author Rafael Ibarrola", "Ex-director Tomas Rusk"} & set(found)


def test_an_english_word_spelled_with_a_capital_inside_is_a_name():
    """ "IndiGo", "SkyLark": a word of the language written with an inner capital on
    purpose names a company, alone and mid-sentence too."""
    found = kinds(
        actors_of(
            "Shares of Kelby Air fell 6 percent, while rival IndiGo gained 2 percent. "
            "The budget carrier SkyLark cut fares."
        )
    )
    assert found["IndiGo"] == "organization"
    assert found["SkyLark"] == "organization"


def test_a_name_in_the_possessive_before_a_verb_is_a_name_ending_in_s():
    found = kinds(
        actors_of(
            "Rain fell.\n\nMoody's downgraded Varnland on Friday. Orsby's said sales rose. "
            "Whitley's will close 40 stores. Ruthless's fans wept."
        )
    )
    assert "Moody" in found  # before a past form and a name: the 's cut, as before
    assert "Orsby's" in found
    assert "Whitley's" in found
    assert "Ruthless" not in found


def test_an_english_word_in_the_possessive_before_a_deed_in_the_past_is_a_name():
    found = kinds(
        actors_of("Gallant's cut the rating of Velkor on Monday. Humble's held its prices.")
    )
    assert found["Gallant's"] == found["Humble's"] == "organization"


def test_a_name_in_the_possessive_opening_a_sentence_before_a_noun_is_a_name():
    """An opening word in the possessive needed a verb after it: "Vardonix's new plant
    opened" listed nothing, nor did "OSTA's rover"; an English word ("Today's") stays out."""
    found = kinds(
        actors_of(
            "Rain fell.\n\nVardonix's new plant opened on Friday. OSTA's rover found ice. "
            "Today's figures were weak. Harrowgate's Kelby Arena reopened."
        )
    )
    assert {"Vardonix", "OSTA", "Harrowgate", "Kelby Arena"} <= set(found)
    assert "Today" not in found


def test_a_speaker_the_text_calls_a_company_more_often_is_a_company():
    found = kinds(
        actors_of(
            "The chairman of Tarvik Ossen stepped down on Tuesday. Tarvik Ossen said it had "
            "started a search for his successor. Tarvik Ossen shares fell 2 percent."
        )
    )
    assert found["Tarvik Ossen"] == "organization"


def test_a_speaker_called_she_stays_a_person_beside_a_company_cue():
    found = kinds(
        actors_of(
            "Ana Vell said she would stay. Ana Vell said its profit fell. "
            "Tom Rask said the deal was done."
        )
    )
    assert found["Ana Vell"] == "person"
    assert found["Tom Rask"] == "person"


def test_a_name_after_the_that_closes_a_session_is_an_index():
    found = kinds(
        actors_of(
            "The Tarvik Ossen closed lower on Friday. "
            "The Delmar Quint ended the day 1.2 percent higher. Ana Vell closed the meeting."
        )
    )
    assert found["Tarvik Ossen"] == "other"
    assert found["Delmar Quint"] == "other"
    assert found["Ana Vell"] == "person"


def test_a_session_closed_at_a_level_is_an_index_and_at_a_clock_time_is_not():
    found = kinds(
        actors_of(
            "The Tarvik Ossen closed at 5,234.12. The Delmar Quint opened at 98.5. "
            "The Velkor Tourist Office opens at nine. The Harbour Visitor Centre closes at 5 p.m."
        )
    )
    assert found["Tarvik Ossen"] == "other"
    assert found["Delmar Quint"] == "other"
    assert found["Velkor Tourist Office"] == "organization"
    assert found["Harbour Visitor Centre"] == "place"


def test_names_a_plural_noun_of_bodies_includes_are_those_bodies():
    found = kinds(
        actors_of(
            "Airlines including Kelmora and Tarvik Ossen cancelled flights. "
            "Lenders, such as Halvard Quist, raised rates."
        )
    )
    assert found["Kelmora"] == "organization"
    assert found["Tarvik Ossen"] == "organization"
    assert found["Halvard Quist"] == "organization"


def test_the_side_a_coach_is_of_is_a_club():
    found = kinds(actors_of("Tom Rask resigned as coach of Delmar Quint on Friday."))
    assert found["Delmar Quint"] == "organization"
    assert found["Tom Rask"] == "person"


def test_a_subject_that_which_refers_back_to_is_no_person():
    found = kinds(
        actors_of(
            "Pryor Calloway, which advised on the merger, declined to comment. "
            "Pryor Calloway said in a statement that the fee was fair. "
            "The bill sponsored by Ana Vell, which passed on Monday, was signed."
        )
    )
    assert found["Pryor Calloway"] == "organization"
    assert found["Ana Vell"] == "person"  # "which" is the bill's: she is no subject


def test_air_opening_a_name_or_motor_ending_it_makes_an_airline_or_a_carmaker():
    found = kinds(
        actors_of(
            "Air Velmora cancelled 40 flights on Monday. Dorran Motor said sales rose; "
            "Dorran Motor's chairman resigned. The Vantbook Air laptop sold well."
        )
    )
    assert found["Air Velmora"] == "organization"
    assert found["Dorran Motor"] == "organization"
    assert found.get("Vantbook Air") != "organization"  # a model's name ends so


def test_a_name_before_its_staff_in_the_plural_or_its_unit_is_a_company():
    # "X analysts expect", "X workers walked out": the body that employs them; "the X
    # unit", "its X subsidiary": a company another owns
    found = kinds(
        actors_of(
            "Markets were calm on Monday. Harlan Vosk analysts expect two rate cuts. "
            "Velmar's Santoria unit faces lawsuits, and Tamsin Orr employees walked out."
        )
    )
    assert found["Harlan Vosk"] == found["Santoria"] == found["Tamsin Orr"] == "organization"
    # a known place's workers are the workers there
    found = kinds(actors_of("Markets were calm on Monday. Lyon workers walked out."))
    assert found["Lyon"] == "place"


def test_a_company_named_like_an_adjective_before_a_preposition_or_its_officer_is_a_name():
    # "-ic", "-ian" end adjectives ("Stoic calm"), but no adjective stands before "by" or
    # before a company's officer
    found = kinds(actors_of("The regulator cleared the takeover of Skynordic by Vantor Air."))
    assert found["Skynordic"] == "organization"
    found = kinds(actors_of("Skynordic chief executive Ilse Marwick welcomed the ruling."))
    assert found["Skynordic"] == "organization"
    assert found["Ilse Marwick"] == "person"


def test_a_company_named_like_a_person_and_later_by_its_last_word_stays_a_company():
    # "Vendrell" alone reads like a surname, but the text calls the name a company twice
    found = kinds(
        actors_of(
            "Italian steelmaker Acciaierie Vendrell agreed on Monday to buy a rival. "
            "Vendrell chief executive Ilse Marwick said the group would save money."
        )
    )
    assert found["Acciaierie Vendrell"] == "organization"
    assert found["Ilse Marwick"] == "person"


def test_a_company_of_a_stock_index_is_a_company_though_shaped_like_a_person():
    # data/companies.txt (the companies of twenty stock indices): "Morgan Stanley said" is
    # the bank, as "Ana Vell said" is a person
    found = kinds(
        actors_of(
            "Markets were calm on Monday. Goldman Sachs said the economy would slow. The "
            "deal was advised by Morgan Stanley. Ana Vell said she would stay."
        )
    )
    assert found["Goldman Sachs"] == found["Morgan Stanley"] == "organization"
    assert found["Ana Vell"] == "person"
    # a person the text tells of as one stays a person
    found = kinds(actors_of("Markets were calm. Ralph Lauren, 84, said he would retire."))
    assert found["Ralph Lauren"] == "person"


def test_a_region_named_like_one_that_speaks_stays_a_place():
    # regions speak in news as countries do ("Catalonia said"): the ending still says place
    found = kinds(actors_of("Velmoria said the border would stay open until May."))
    assert found["Velmoria"] == "place"


def test_an_adjective_of_origin_before_by_stays_an_adjective():
    assert kinds(actors_of("She is Venetian by birth and a teacher by training.")) == {}


def test_a_company_named_in_the_possessive_keeps_it_before_its_legal_form():
    """Brands named in the possessive ("McDonald's", "Moody's") write their legal form or
    their trade after it; the possessive alone later is the same company."""
    found = kinds(
        actors_of(
            "Kellby's Corp said sales rose 4 percent. Kellby's is based in Ostrava. "
            "Tomas Vell, an economist at Marlow's Analytics in Kelby, said demand was weak."
        )
    )
    assert found["Kellby's Corp"] == "organization"
    assert found["Marlow's Analytics"] == "organization"
    assert not found.keys() & {"Kellby", "Corp", "Marlow", "Analytics"}


def test_a_brand_in_the_possessive_keeps_what_it_serves_and_its_head():
    """Rating agencies and clubs write a plural noun and a body's head after a brand's
    possessive ("Moody's Investors Service"); a place's body stays apart."""
    found = kinds(
        actors_of(
            "Marlow's Investors Service cut Velkor to junk. Standard & Vell's Ratings "
            "Services did too. Tarsk's Health Ministry said 40 people died."
        )
    )
    assert found["Marlow's Investors Service"] == "organization"
    assert found["Standard & Vell's Ratings Services"] == "organization"
    assert "Health Ministry" in found
    assert not found.keys() & {"Investors Service", "Ratings Services", "Standard & Vell"}


def test_a_place_or_a_company_before_its_unit_keeps_the_possessive_apart():
    found = kinds(actors_of("Norway's Capital Group said. Velmar's Energy unit was sold."))
    assert "Norway" in found and "Capital Group" in found


def test_a_name_a_deal_is_of_is_a_company():
    """Deals news: what is sold, bought or merged is a company, though named like a person."""
    found = kinds(
        actors_of(
            "Banks fell after the sale of Harlan Vosk to Kelby Bank. The acquisition of "
            "Merle Dunstan by Velmar was approved on Monday."
        )
    )
    assert found["Harlan Vosk"] == "organization"
    assert found["Merle Dunstan"] == "organization"


def test_a_name_ending_in_an_industrys_plural_is_a_company():
    """Mines, shipyards, breweries: a trade's works in the plural end many companies' names."""
    found = kinds(
        actors_of(
            "Kelby Mines said output fell. Tarsk Shipyards said it would cut 300 jobs. "
            "Ostrel Breweries was sold."
        )
    )
    assert found["Kelby Mines"] == "organization"
    assert found["Tarsk Shipyards"] == "organization"
    assert found["Ostrel Breweries"] == "organization"


def test_a_name_set_off_by_commas_after_the_and_a_bodys_noun_is_that_body():
    """ "The construction firm, X, said": the apposition names the firm, whatever the shape
    of its name (a person's, in French or Italian words)."""
    found = kinds(
        actors_of(
            "The construction firm, Orvane Castellet, said it would cooperate. Later the "
            "ruling party, Velma Sorin, chose a new leader."
        )
    )
    assert found["Orvane Castellet"] == "organization"
    assert found["Velma Sorin"] == "organization"


def test_a_body_noun_before_a_participle_of_its_seat_or_owner_heads_the_apposition():
    """ "X, a yacht charter firm based in Y": "based" ends the noun phrase, as a mark
    would; "Ana Vell, a former bank manager based in Y" has no body's noun for head."""
    found = kinds(
        actors_of(
            "The loans went to Leventis Dorvane, a yacht charter firm based in Kelbyra, and "
            "to Tomas Velkor, a company owned by the state. Ana Dorvel, a former bank "
            "manager based in Tarsk, testified."
        )
    )
    assert found["Leventis Dorvane"] == "organization"
    assert found["Tomas Velkor"] == "organization"
    assert found["Ana Dorvel"] == "person"


def test_two_words_may_qualify_the_bodys_noun_before_the_comma():
    """ "The national grid operator, X, has asked": an owner, two words and the noun."""
    found = kinds(
        actors_of(
            "The national grid operator, Velkaro Electrico Nacional, has asked for harsher "
            "sentences, and the state shipping company, Dorvan Marisa, agreed."
        )
    )
    assert found["Velkaro Electrico Nacional"] == "organization"
    assert found["Dorvan Marisa"] == "organization"


def test_two_names_joined_by_an_ampersand_are_a_firm_whatever_the_last_word():
    found = kinds(
        actors_of(
            "The memoir was published by Harwood & Lane in March. Lawyers from Brennan & "
            "Court filed the appeal, and the accountants Voss & Field signed the report."
        )
    )
    assert found["Harwood & Lane"] == "organization"
    assert found["Brennan & Court"] == "organization"
    assert found["Voss & Field"] == "organization"


def test_a_name_ending_in_lines_or_ferries_is_a_shipping_company():
    """Shipping lines and ferry companies name themselves after a region or a founder
    ("Velmoran Lines", "Tarvik Ferries"): a company, though shaped like a person's name."""
    found = kinds(
        actors_of("Velmoran Lines and Tarvik Ferries said passengers could change their tickets.")
    )
    assert found["Velmoran Lines"] == "organization"
    assert found["Tarvik Ferries"] == "organization"


def test_a_carrier_named_with_air_last_is_a_company_and_ends_its_name_before_and():
    """An airline named with "Air" last ("Kestrel Air") is a company, though the words
    before it are shaped like a person's name; before "and" its name is whole, so another
    airline after it is an actor of its own."""
    found = kinds(
        actors_of(
            "Ostland Air cut fares on Monday. Trans Velkor Air said it would follow. "
            "Nordwing Air and Eastway Airlines will merge."
        )
    )
    assert found["Ostland Air"] == "organization"
    assert found["Trans Velkor Air"] == "organization"
    assert found["Nordwing Air"] == "organization"
    assert found["Eastway Airlines"] == "organization"


def test_a_word_no_list_knows_opening_a_list_over_and_the_is_a_name():
    found = kinds(actors_of("Vardonix and the Ostra Group signed a deal on Monday."))
    assert found == {"Vardonix": "organization", "Ostra Group": "organization"}
    found = kinds(actors_of("Farmers and the Velkor Union marched on Monday."))
    assert found == {"Velkor Union": "organization"}


def test_every_name_listed_after_a_holding_in_them_is_a_company():
    found = kinds(
        actors_of(
            "Shares of Dorvik Lines and Tomas Veller rose in early trade. "
            "The fund sold its stakes in Korvane, Hana Lesk and Mei Shan on Friday."
        )
    )
    assert found["Tomas Veller"] == "organization"
    assert found["Hana Lesk"] == "organization"
    assert found["Mei Shan"] == "organization"


def test_residents_of_a_listed_town_stay_in_a_place():
    found = kinds(actors_of("Residents of Tarsk and Ostrel Mining's workers fled the floods."))
    assert found["Tarsk"] == "place"


def test_a_name_ending_or_opening_with_a_romance_word_of_a_trade_is_a_company():
    """Iberian and Latin American firms are named with their trade in their language:
    "X Alimentos", "X Distribuidora", "Constructora X", "Rede X"."""
    found = kinds(
        actors_of(
            "Ana Vell took cash from Velmira Distribuidora and Rede Tesk. Kelvar Alimentos "
            "agreed to buy Constructora Dorin Vell."
        )
    )
    assert found["Velmira Distribuidora"] == "organization"
    assert found["Rede Tesk"] == "organization"
    assert found["Kelvar Alimentos"] == "organization"
    assert found["Constructora Dorin Vell"] == "organization"
    assert found["Ana Vell"] == "person"


def test_a_person_after_a_body_s_noun_that_names_a_person_s_work_too_stays_a_person():
    found = kinds(
        actors_of(
            "The singer toured with Dutch producer Pieter van Velden and American promoter "
            "Tomas Okafor. German carmaker Halvard Quist said sales fell."
        )
    )
    assert found["Pieter van Velden"] == "person"
    assert found["Tomas Okafor"] == "person"
    assert found["Halvard Quist"] == "organization"


def test_a_place_after_to_before_a_move_is_no_company():
    """What moved is named before the place: "rates from X to Y rose", "exports to Y fell"."""
    found = kinds(
        actors_of("Freight rates from Ostrel to Tulsa rose 7 percent. Velkor Oil fell 2 percent.")
    )
    assert found["Tulsa"] == "place"
    assert found["Velkor Oil"] == "organization"


def test_a_person_who_does_what_companies_do_stays_a_person():
    """Buying, selling and hiring are a person's deeds too; a holding in the name or its
    shares still make a company of a name shaped like a person's."""
    found = kinds(
        actors_of(
            "Ana Vell sold her stake on Monday. Olusegun Adeyemi bought a house in Tarsk. "
            "Tomas Veller bought Kelby Mining, and Tomas Veller shares rose 3 percent."
        )
    )
    assert found["Ana Vell"] == "person"
    assert found["Olusegun Adeyemi"] == "person"
    assert found["Tomas Veller"] == "organization"


def test_a_name_told_with_its_age_after_a_body_s_noun_is_a_person():
    """Trades and firms share their nouns ("supplier", "contractor"); an age is a person's,
    after a comma or closing an item of a list of people with a semicolon."""
    found = kinds(
        actors_of(
            "Charged were site engineer Mok Ji-hwan, 41; concrete supplier Pae Su-min, 44; "
            "and the contractor Orvan Tekli, 52, who denied wrongdoing. The supplier Dravik "
            "Cement said it would appeal."
        )
    )
    assert found["Pae Su-min"] == found["Orvan Tekli"] == "person"
    assert found["Dravik Cement"] == "organization"


def test_a_legal_form_after_a_word_in_brackets_is_no_body_of_its_own():
    # "X (Pty) Ltd", "X (UK) Ltd": the registered form of the company before the brackets
    found = kinds(
        actors_of(
            "Velkor Mining (Pty) Ltd said on Monday it would cut jobs. The contract went "
            "to Ostrel Foods (Kelby) Ltd, a unit of Dremmick Holdings Ltd."
        )
    )
    assert found["Velkor Mining"] == "organization"
    assert found["Ostrel Foods"] == "organization"
    assert "Ltd" not in found


def test_a_firm_s_kin_opening_a_sentence_is_no_part_of_its_name():
    # market copy: "Affiliate X advanced", "Subsidiary X fell", as "Rival X said"
    found = kinds(
        actors_of(
            "Stocks in Kelby rose. Affiliate Velkor Life Insurance advanced 3 percent. "
            "Subsidiary Ostrel Foods fell. Competitor Dremmick Corp. gained."
        )
    )
    assert {"Velkor Life Insurance", "Ostrel Foods", "Dremmick Corp."} <= set(found)


def test_a_name_with_an_age_in_brackets_or_identified_as_a_victim_is_a_person():
    # South Asian and Irish copy: "Velmar (25) and Tomasz Rask (18) were pronounced dead",
    # "the victim was identified as Velmara", "Mr Tomas Olu (52), of Kelbyheath, ..."
    found = kinds(
        actors_of(
            "Velmar (25) and Tomasz Rask (18) were pronounced dead. The victim was "
            "identified as Velmara. Mr Tomas Olu (52), of Kelbyheath, pleaded guilty."
        )
    )
    assert found["Velmar"] == "person" and found["Velmara"] == "person"
    assert found["Kelbyheath"] == "place"


def test_a_body_s_initials_before_said_and_he_or_she_stay_a_body():
    # "VBC said she had left": the pronoun is another person's; a name no list knows, a
    # speaker ("Velnor said he was tired")
    found = kinds(actors_of("VBC said she had left Kelby. Velnor said he was tired."))
    assert found["VBC"] == "organization"
    assert found["Velnor"] == "person"


def test_a_score_or_a_tally_in_brackets_is_no_age():
    # "Kelby (2) beat Tarsk (1) at home": a score; "Velmar (13) and Ostrel (8)" nominations
    found = kinds(
        actors_of(
            "Harwick (2) beat Tarskor (1) at home. Nominations went to Velmarion (13) and "
            "Ostrelka (8)."
        )
    )
    assert found.get("Harwick") != "person" and found.get("Tarskor") != "person"
    assert found.get("Velmarion") != "person" and found.get("Ostrelka") != "person"


def test_names_listed_before_a_price_move_are_companies_whatever_their_shape():
    found = kinds(
        actors_of(
            "Marta Ostrel and Tarsk fell 5 percent. Ana Velloso also rose 2 percent in Lisbon."
        )
    )
    assert found["Marta Ostrel"] == found["Ana Velloso"] == "organization"


def test_a_candidate_rising_in_the_polls_or_a_list_after_a_preposition_is_no_company():
    found = kinds(
        actors_of(
            "Tomas Rask and Ana Vell rose 3 points in the polls. Exports to Kelby and "
            "Velkor fell 5 percent."
        )
    )
    assert found["Tomas Rask"] == found["Ana Vell"] == "person"


def test_the_town_whose_stocks_move_is_a_market_s_place():
    found = kinds(
        actors_of(
            "Stocks in Leeds and Bolton fell 2 percent, while stocks in Derby rose. "
            "Investors bought shares in Velkor and stock in Tarsk."
        )
    )
    assert found["Leeds"] == found["Bolton"] == found["Derby"] == "place"
    assert found["Velkor"] == found["Tarsk"] == "organization"


def test_a_port_named_like_its_operator_in_the_plural_stays_apart_from_it():
    found = actors_of(
        "Dockers at the port of Velkora walked out on Friday. Port operator Velkora "
        "Terminals said the walkout was illegal."
    )
    assert kinds(found)["Velkora"] == "place"
    assert kinds(found)["Velkora Terminals"] == "organization"


def test_a_name_with_a_towns_ending_that_speaks_is_a_body():
    found = kinds(
        actors_of(
            "Shipping lines including Velmarsk and Tarnsk said vessels were diverted to "
            "Tin Can Island. Velmoria said the border would stay open."
        )
    )
    assert found["Velmarsk"] == found["Tarnsk"] == "organization"
    assert found["Velmoria"] == "place"  # a region's ending: it speaks for its government


def test_a_speaker_in_an_article_of_places_is_no_place():
    found = kinds(
        actors_of(
            "The road from Kelby to Tarsk runs past Velmora, Ostrava, Lastrova and Dunmore. "
            "Buses stop at Harwick, Quarry Bay and Brenholm. Zantrel said fares would rise. "
            "Velkoria is quiet."
        )
    )
    assert found["Zantrel"] == "organization"


def test_names_listed_before_a_companys_deed_are_companies():
    found = kinds(
        actors_of(
            "Derby and Bolton cut 4,000 jobs. Leeds and Velkor Bank closed their branches. "
            "In Hull and York, prices rose."
        )
    )
    assert found["Derby"] == found["Bolton"] == found["Leeds"] == "organization"
    assert found["Hull"] == found["York"] == "place"


def test_a_town_named_name_before_its_results_is_a_company():
    found = kinds(actors_of("Bolton profit falls 20 percent. Kenya revenue rose in May."))
    assert found["Bolton"] == "organization"
    assert found["Kenya"] == "place"


def test_a_town_named_name_that_wins_an_order_is_a_company():
    found = kinds(
        actors_of("Bolton wins $2 billion order from a Lagos airline. India placed orders too.")
    )
    assert found["Bolton"] == "organization"
    assert found["India"] == "place"


def test_a_body_that_opens_the_clause_after_a_name_is_no_apposition_to_it():
    found = kinds(
        actors_of(
            "According to Tomas Wagoner, the company has enough cash. At Derby, the "
            "company has trained 300 drivers. Ostrel, the state company, said it would grow."
        )
    )
    assert found["Tomas Wagoner"] == "person"
    assert found["Derby"] == "place"
    assert found["Ostrel"] == "organization"


def test_a_town_named_company_before_its_kin_is_a_company():
    found = kinds(actors_of("Derby unit Tarsko said profits rose. Kenya rival Velkor grew."))
    assert found["Derby"] == "organization"


def test_the_place_where_passengers_wait_or_flights_land_is_a_place():
    found = kinds(
        actors_of(
            "Passengers at Velmorow faced delays. Flights landed at Tarnsby late. Fans were "
            "stranded at Ostrafield. Analysts at Brenmark expect a loss."
        )
    )
    assert found["Velmorow"] == found["Tarnsby"] == found["Ostrafield"] == "place"
    assert found["Brenmark"] == "organization"


def test_who_merges_or_is_bought_is_a_company():
    found = kinds(
        actors_of(
            "Halvik and Dorsk agreed to merge on Monday. Brantmoor agreed to buy Quessk for "
            "$3 billion. Ulvena announced a merger with Pellisk."
        )
    )
    for name in ("Halvik", "Dorsk", "Brantmoor", "Quessk", "Ulvena", "Pellisk"):
        assert found[name] == "organization", name


def test_a_person_or_a_site_bought_is_no_company():
    found = kinds(
        actors_of("Kelby agreed to buy Ana Vell from Harnby. The council will buy Ostmark Farm.")
    )
    assert found["Ana Vell"] == "person"
    assert found["Ostmark Farm"] == "place"


def test_a_person_who_buys_or_merges_stays_a_person():
    found = kinds(
        actors_of(
            "Ana Vell announced a merger with Tarsk. Tomas Rendal agreed to buy Quessk for "
            "$3 billion."
        )
    )
    assert found["Ana Vell"] == found["Tomas Rendal"] == "person"
    assert found["Tarsk"] == found["Quessk"] == "organization"


def test_a_players_transfer_makes_no_company_of_the_player():
    found = kinds(actors_of("Corvena agreed to buy Wiktorowski from Harnby for 45 million euros."))
    assert found["Wiktorowski"] == "person"


def test_towns_merging_their_services_stay_places():
    for text in (
        "Leeds and Bradford agreed to merge their bus services.",
        "Leeds and Bradford agreed to merge.",
    ):
        found = kinds(actors_of(text))
        assert found["Leeds"] == found["Bradford"] == "place", text


def test_a_lenders_adjective_or_a_chains_sites_end_a_companys_name():
    found = kinds(
        actors_of(
            "Brixley Financial said profit rose. Dornoch Mutual said it would cut 200 jobs. "
            "Velkor Hotels said occupancy rose on Monday. Guests at the Velkor Hotel left."
        )
    )
    assert found["Brixley Financial"] == found["Dornoch Mutual"] == "organization"
    assert found["Velkor Hotels"] == "organization"


def test_a_name_before_a_noun_after_the_leaves_the_clause_to_the_noun():
    found = kinds(
        actors_of(
            "The Varnesk plant will cut 300 jobs. Last year the Dorsk mill posted a loss. "
            "The Quessk also raised its dividend."
        )
    )
    assert found["Varnesk"] == found["Dorsk"] == "place"
    assert found["Quessk"] == "organization"
    # an adverb after the name is no noun: the clause is the name's
    for adverb in ("reportedly", "quietly", "already"):
        found = kinds(actors_of(f"Analysts said the Dorsk {adverb} cut 300 jobs."))
        assert found["Dorsk"] == "organization", adverb


def test_fares_capacity_output_and_production_are_a_companys():
    found = kinds(
        actors_of(
            "Varnesk cut its fares by 10 percent. Dorsk cut capacity by 5 percent. Brelsk "
            "will cut output. Quessk halted production at two plants."
        )
    )
    for name in ("Varnesk", "Dorsk", "Brelsk", "Quessk"):
        assert found[name] == "organization", name


def test_a_field_of_a_states_agency_before_a_country_is_the_agency():
    found = kinds(
        actors_of(
            "Transport Norway said the jets could fly again. Statistics Ghana reported on "
            "Monday that prices rose. Industry Canada opened an inquiry. Tourism in Peru grew."
        )
    )
    assert found["Transport Norway"] == found["Statistics Ghana"] == "organization"
    assert found["Industry Canada"] == "organization"
    assert found["Peru"] == "place"


def test_a_region_named_by_an_adjective_of_the_sea_is_no_agency():
    """ "Maritime" names regions of a country ("Maritime Canada"), no field of its
    agencies: the region stays a place."""
    found = kinds(actors_of("Storms hit Maritime Canada on Monday."))
    assert found["Maritime Canada"] == "place"


def test_a_state_or_region_that_cuts_its_output_stays_a_place():
    """A state's or a province's government cuts output, production and jobs as a company
    does ("Texas cut production at its refineries"): a gazetteer's place that is no city
    stays a place; a city's name may be a company's ("Toyota cut production")."""
    found = kinds(
        actors_of(
            "Texas cut production at its refineries. Alberta cut output at its oil sands in "
            "March. Toyota cut production at two plants."
        )
    )
    assert found["Texas"] == "place" and found["Alberta"] == "place"
    assert found["Toyota"] == "organization"


def test_a_unit_in_a_town_leaves_the_town_a_place():
    found = kinds(
        actors_of(
            "Ana Vell, a spokeswoman at the sales unit in Brannick, Oregon, said talks "
            "continued. Velkor sold its subsidiary in Quessk. Dorsk, a unit of Halvik, cut jobs."
        )
    )
    assert found["Brannick"] == found["Oregon"] == found["Quessk"] == "place"
    assert found["Halvik"] == "organization"


def test_a_demonym_opening_a_speakers_name_of_english_words_is_a_body():
    found = kinds(
        actors_of(
            "Welsh Water said supplies were safe. Scottish Enterprise said 300 jobs were "
            "created. Rebels in Soviet Georgia clashed with troops. German Efremov said he "
            "would run."
        )
    )
    assert found["Welsh Water"] == found["Scottish Enterprise"] == "organization"
    assert found["Soviet Georgia"] == "place"
    assert found["German Efremov"] == "person"


def test_a_street_that_stands_for_its_market_is_a_body():
    found = kinds(actors_of("Marrow Street fell on Tuesday as banks slid."))
    assert found["Marrow Street"] == "organization"
    found = kinds(actors_of("Quarterly profit beat Marrow Street's expectations."))
    assert found["Marrow Street"] == "organization"
    found = kinds(
        actors_of("He worked on Marrow Street for years. Ana Vell's expectations were low.")
    )
    assert found["Marrow Street"] == "place"
    assert found["Ana Vell"] == "person"


def test_a_town_that_estimates_is_no_market():
    found = kinds(actors_of("The mayor said Brelsk estimates the damage at $3 million."))
    assert found["Brelsk"] == "place"


def test_a_borrower_rated_is_a_company_or_a_state():
    found = kinds(
        actors_of(
            "Moody's downgraded Varnesk to junk. Fitch cut its rating on Dorsk. Moody's "
            "downgraded Greece on Monday. Analysts upgraded Ana Vell to a buy."
        )
    )
    assert found["Varnesk"] == found["Dorsk"] == "organization"
    assert found["Greece"] == "place"
    assert found["Ana Vell"] == "person"


def test_a_street_that_closes_or_falls_silent_with_no_trading_stays_a_place():
    for sentence in (
        "Main Street closed for the festival on Saturday.",
        "Oxford Street closed on Tuesday for the parade.",
        "Bourbon Street fell silent on Tuesday night.",
    ):
        found = kinds(actors_of(sentence))
        assert set(found.values()) == {"place"}, sentence
    assert kinds(actors_of("Tarvik Street closed higher."))["Tarvik Street"] == "organization"


def test_a_borrower_rated_named_like_a_city_is_a_company():
    found = kinds(actors_of("Moody's downgraded Lincoln to junk. S&P also rated Ohio."))
    assert found["Lincoln"] == "organization"
    assert kinds(actors_of("Moody's downgraded Texas to junk."))["Texas"] == "place"
