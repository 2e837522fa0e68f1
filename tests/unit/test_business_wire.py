"""Business-desk wire copy of many countries (earnings, banks, airlines, mergers), tested on
sentences written for these tests: what is a company's name and what its kind."""

from __future__ import annotations

from reader.parsing import analyse


def _actors(text: str) -> dict:
    return {a.name: a for a in analyse(text, None).actors}


def test_a_period_code_after_a_company_is_no_part_of_its_name():
    """Earnings headlines glue the period to the company ("Velmora Bank Q3 net rises"):
    the quarter, half or fiscal year is what the figures are of, no word of the name."""
    found = _actors(
        "Velmora Bank Q3 net profit rises 12%\n"
        "Tarsk Steel H1 loss narrows as Kelvar Motors FY25 revenue beats estimates. "
        "Velmora Bank said its net profit rose in the third quarter."
    )
    assert {"Velmora Bank", "Tarsk Steel", "Kelvar Motors"} <= set(found)
    assert not any(code in name for name in found for code in ("Q3", "H1", "FY25"))


def test_a_trade_before_a_body_noun_makes_a_given_name_after_it_a_company():
    """ "the defence group Marco", "oil firm Ilario": a body's noun that names no one's
    work, after a trade's noun in lower case, is a company's kind before its name, though
    the name is a given name; "coal miner Tom Rask" stays a person."""
    found = _actors(
        "The treasury will name new chiefs at defence group Marco this month. Shares of "
        "oil firm Ilario fell. Coal miner Tom Rask was hurt."
    )
    assert found["Marco"].kind == "organization"
    assert found["Ilario"].kind == "organization"
    assert found["Tom Rask"].kind == "person"


def test_an_instrument_code_in_brackets_makes_a_company_and_no_actor():
    """Reuters copy writes a listed company's code after its name ("Velse Boerse
    (VB1Gn.DE) said"): the name is a company's, though shaped like a person's, and the
    code names its shares, no actor of its own."""
    found = _actors(
        "Velse Boerse (VB1Gn.DE) said on Wednesday that most of its shares were tendered "
        "for its merger with the Kelby Stock Exchange Group (KSE.L). Tarsk Motors (7203.T) "
        "fell."
    )
    assert found["Velse Boerse"].kind == "organization"
    assert not {"VB1Gn.DE", "KSE.L", "7203.T"} & set(found)
    assert "Tarsk Motors" in found


def test_a_name_written_in_full_after_the_is_no_persons():
    """ "a survey reported by the Velmarer Allgemeine Rundschau (VAR) ... VAR reports": a
    name of a person's shape that the text writes in full only after "the" is a body's,
    though its initials stand alone after it."""
    found = _actors(
        "The suppliers plan cuts, according to a survey reported by the Velmarer Allgemeine "
        "Rundschau (VAR) and dpa. Businesses say demand fell, VAR reports."
    )
    assert found["Velmarer Allgemeine Rundschau"].kind == "organization"


def test_initials_of_a_hyphened_noun_or_an_opening_one_name_no_actor():
    """ "twenty-foot equivalent unit (TEU)", "Foreign direct investment (FDI) rose":
    initials a common noun's words spell, a hyphened word giving one letter, the first
    word opening the sentence, define a short form, no actor; "the Kelby Freight Union
    (KFU)" stays a body. (A plural's initials, "SOEs", no name at all, are the test
    below's.)"""
    found = _actors(
        "Foreign direct investment (FDI) rose 5 percent on Thursday. Kelvar Lines ordered "
        "two 14,000 twenty-foot equivalent unit (TEU) ships. The Kelby Freight Union (KFU) "
        "struck."
    )
    assert "FDI" not in found and "TEU" not in found
    assert found["Kelby Freight Union"].kind == "organization"


def test_initials_in_the_plural_name_no_actor():
    """ "the central SOEs", "loans to SMEs and Velkor Bank": initials with a plural's "s"
    are many of a kind, a common noun, no name; "ACEs Bank" keeps its first word."""
    found = _actors(
        "Central SOEs sign deals\nThe central SOEs invested heavily. Loans to SMEs and "
        "Velkor Bank rose. Two major SOEs agreed. ACEs Bank said profits rose."
    )
    assert not {"SOEs", "Central SOEs", "SMEs"} & set(found)
    assert {"Velkor Bank", "ACEs Bank"} <= set(found)


def test_a_name_whose_price_was_up_or_down_by_an_amount_is_a_company():
    """ "and Vale was down about 1.5% in Brazil", "Kelvar closed up 4%": a price that was
    up or down, or a session that closed so, by an amount is a listed company's, though
    its name is an English word capitalised inside the sentence."""
    found = _actors(
        "Output fell in March. Shares in London were mixed and Vale was down about 1.5% in "
        "Brazil. Kelvar closed up 4% on Friday. Exports were up 3 percent."
    )
    assert found["Vale"].kind == "organization"
    assert found["Kelvar"].kind == "organization"
    assert "Exports" not in found


def test_a_title_between_a_person_and_an_employer_is_the_persons():
    """ "S Velan, Managing Director & CEO, PKB expressed confidence": Indian and Nigerian
    copy writes the office between commas after the person and then the employer; the
    title is his, and the bank's initials no person's."""
    found = _actors(
        "Punjab & Kelvar Bank (PKB) on Monday reported a net profit. S Velan, Managing "
        "Director & CEO, PKB expressed confidence that the lender would grow."
    )
    assert found["S Velan"].roles == ["Managing Director & CEO"]
    assert found["Punjab & Kelvar Bank"].kind == "organization"
    assert not found["Punjab & Kelvar Bank"].roles


def test_a_body_s_head_before_a_country_keeps_the_name_a_body_s():
    """ "Sonali Bank UK", "Kelvara Bank Nigeria": a bank's arm in a country, named by the
    bank and the country after it, is a company, though a given name opens it."""
    found = _actors(
        "The regulator banned Sonali Bank UK from taking deposits. Sonali failed to keep "
        "proper systems. Kelvara Bank Nigeria opened two branches."
    )
    assert found["Sonali Bank UK"].kind == "organization"
    assert found["Kelvara Bank Nigeria"].kind == "organization"


def test_a_name_whose_described_sales_or_profit_it_owns_is_a_company():
    """ "Maruti Kelvar's domestic sales increased": a possessive before a word in lower
    case and a company's figures or plants is a company's, though the name has a person's
    shape; "Tom Rask's former chief of staff" stays a person's."""
    found = _actors(
        "Maruti Kelvar's domestic sales increased by 32 per cent last month. Tom Rask's "
        "former chief of staff resigned."
    )
    assert found["Maruti Kelvar"].kind == "organization"
    assert found["Tom Rask"].kind == "person"


def test_a_persons_described_sales_or_earnings_leave_her_a_person():
    """ "Taylor Swift's record sales", "Ana Vell's quarterly earnings": a name that opens
    with a known given name is a person's, whose sales and earnings are hers too."""
    for text, name in (
        ("Taylor Swift's record sales rose.", "Taylor Swift"),
        ("Lionel Messi's annual earnings topped $100 million.", "Lionel Messi"),
        ("Ana Vell's quarterly earnings fell.", "Ana Vell"),
    ):
        assert _actors(text)[name].kind == "person", text


def test_a_month_glued_to_a_company_in_a_headline_is_no_part_of_its_name():
    """ "Velkor Motors November sales up 14%", "Kelby Air Sept passengers": the month of
    the figures, glued to the company as sales and traffic headlines do, is no word of its
    name; "Ana Vell March said so" keeps a surname that is a month."""
    found = _actors(
        "Velkor Motors November sales up 14% at 144,297 units\nKelby Air Sept passengers "
        "rose 12.7 pct. Velkor Motors said its November sales rose."
    )
    assert {"Velkor Motors", "Kelby Air"} <= set(found)
    assert not any("November" in name or "Sept" in name for name in found)


def test_an_amount_after_initials_is_no_index_number():
    """ "fined KBC 42 million pounds": initials before an amount's figure and its scale
    pay or get the amount; "the FTSE 100 fell" keeps its index number."""
    found = _actors(
        "The watchdog fined KBC 42 million pounds on Thursday. The FTSE 100 fell 2 percent."
    )
    assert "KBC" in found and "KBC 42" not in found
    assert "FTSE 100" in found


def test_a_courtesy_between_a_title_and_a_name_is_no_word_of_the_role():
    """ "Chief executive Mr Don Velby said", "CEO Mr Nev Kallis": the courtesy title after
    the office is the name's, no word of the role; "Mr Kofi Asante" alone has none."""
    found = _actors(
        "Chief executive Mr Don Velby said the bank erred. CEO Mr Nev Kallis said prices "
        "fell. Mr Kofi Asante came."
    )
    assert found["Don Velby"].roles == ["Chief executive"]
    assert found["Nev Kallis"].roles == ["CEO"]
    assert not found["Kofi Asante"].roles


def test_an_agency_before_a_glued_full_stop_and_dash_ends_the_dateline():
    """ "Madrid, May 2 (Velnap).- The union said": Spanish agencies end the dateline with a
    full stop glued before the dash; the bracket holds the agency."""
    found = _actors("Madrid, May 2 (Velnap).- The Kelby union said it would strike on Monday.")
    assert found["Velnap"].kind == "organization"
    assert found["Madrid"].kind == "place"


def test_the_agent_after_by_before_a_town_is_no_place_in_it():
    """ "a lunch organized by Velnap in Kelby City": the agent of a deed done in a town is
    no part of the town; "the village of Orvik in Tarsk District" stays a place."""
    found = _actors(
        "Business people met at a lunch organized by Velnap in Kelby City on Monday. "
        "Velnap's president spoke. The village of Orvik in Tarsk District flooded."
    )
    assert found["Velnap"].kind == "organization"
    assert found["Orvik"].kind == "place"


def test_a_degree_or_a_state_s_letters_in_brackets_are_no_instrument_code():
    found = _actors("Ana Vell (Ph.D) said the data were clear. Velkor Mining (VKM.L) rose.")
    assert found["Ana Vell"].kind == "person"
    assert found["Velkor Mining"].kind == "organization"


def test_a_weekday_after_a_known_place_is_the_day_told():
    """ "rains began pounding south China Sunday": the weekday glued after a place the
    gazetteer knows, with no "on", is the day of what is told, no word of a name;
    "Bloody Sunday" keeps its day."""
    found = _actors(
        "The rains that began pounding south China Sunday had left 69 dead. Thousands "
        "marched on Bloody Sunday."
    )
    assert "China" in found and "China Sunday" not in found


def test_a_country_named_officially_by_a_body_s_head_is_a_place():
    """ "the Minister of Energy of the Russian Federation": a country's official name that
    ends in a body's head ("Federation", "Union") is the country, a place; "the Kelby
    Federation of Trade Unions" stays a body."""
    found = _actors(
        "The Minister of Energy of the Russian Federation, Alexander Velkov, was present. "
        "The Kelby Federation of Trade Unions struck."
    )
    assert found["Russian Federation"].kind == "place"
    assert found["Kelby Federation of Trade Unions"].kind == "organization"


def test_a_name_that_is_buying_or_selling_is_a_company():
    """ "Analysts said Valencia is buying the Kelby Savings Bank": a company's verb in its
    "-ing" form after "is" or "was" tells a company, though a city shares its name; "Tom
    Rask is selling his house" stays a person."""
    found = _actors(
        "Analysts said Valencia is buying the Kelby Savings Bank from Velmar. Tom Rask is "
        "selling his house."
    )
    assert found["Valencia"].kind == "organization"
    assert found["Tom Rask"].kind == "person"
