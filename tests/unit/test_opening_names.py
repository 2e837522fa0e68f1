"""Names of common English words opening a sentence (#13, business news): "Silver Meadow
posted a loss" is capitalised by its place as a heading is ("Closing Loopholes and
Raising Revenue"), so a name there needs evidence; a verb it is the subject of gives it."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_common_words_opening_a_sentence_before_its_verb_are_a_name():
    found = names(
        "Silver Meadow posted a loss on Tuesday. Royal Meridian fell 4 percent in Madrid. "
        "Evergreen Willow Properties will cut 300 jobs."
    )
    assert {"Silver Meadow", "Royal Meridian", "Evergreen Willow Properties"} <= found


def test_common_words_opening_a_heading_or_a_title_stay_no_name():
    found = names(
        "Closing Loopholes and Raising Revenue\nForeign Minister said the talks would go on. "
        "Rising Prices is the title of her report."
    )
    assert not found & {"Closing Loopholes", "Foreign Minister", "Rising Prices"}


def test_an_adjective_opening_a_name_of_two_words_before_its_verb_stays_in_it():
    found = names(
        "Value Mart said it would close 40 stores. Coastal Defence said it had moved 800 "
        "people from the shore."
    )
    assert {"Value Mart", "Coastal Defence"} <= found
    assert not found & {"Mart", "Defence"}


def test_a_common_word_opening_a_name_before_an_apposition_and_its_verb_stays_in_it():
    found = names(
        "Kiwi Tamatea, the union's president, told reporters the deal was done. Silver "
        "Harrowgate, a mining company, said profits rose."
    )
    assert {"Kiwi Tamatea", "Silver Harrowgate"} <= found
    assert not found & {"Tamatea", "Harrowgate"}


def test_an_apposition_after_a_plural_s_possessive_keeps_the_name_and_its_role():
    for apostrophe in ("'", "\u2019"):
        found = actors_of(
            f"Kiwi Tamatea, the dockers{apostrophe} president, told reporters the strike "
            "would go on."
        )
        assert [(a.name, a.kind) for a in found] == [("Kiwi Tamatea", "person")]
        assert found[0].roles == [f"dockers{apostrophe} president"]


def test_a_noun_of_a_person_or_a_trade_opening_a_sentence_stays_outside_the_name():
    found = names(
        "Insurer Aviva said profit rose. Coach Vell said his side played well. Troubled "
        "Varnex said it would cut jobs. Analyst Tomas said shares would rise. Currently Ostra "
        "said nothing. Progressive Madrid had trams before Paris."
    )
    assert {"Aviva", "Vell", "Varnex", "Tomas"} <= found
    assert not found & {
        "Insurer Aviva",
        "Coach Vell",
        "Troubled Varnex",
        "Analyst Tomas",
        "Progressive Madrid",
    }


def test_a_name_opening_with_an_adjective_that_speaks_is_a_body():
    found = {a.name: a.kind for a in actors_of("Coastal Defence said it had moved 800 people.")}
    assert found["Coastal Defence"] == "organization"


def test_a_given_name_english_writes_in_lower_case_before_a_surname_that_speaks_is_a_person():
    text = "Prices fell, Pita Kereama said. Yaw Ofori-Atta said the harvest was late."
    found = {a.name: a.kind for a in actors_of(text)}
    assert found["Pita Kereama"] == "person" and found["Yaw Ofori-Atta"] == "person"
    body = {a.name: a.kind for a in actors_of("Civic Guard said it had moved 800 people.")}
    assert body["Civic Guard"] == "organization"  # an English word ends it: a body


def test_a_word_no_dictionary_holds_before_a_past_form_opens_a_sentence_as_a_name():
    found = names(
        "Vardesz won the election with 41 percent. Ostrigaz cut gas supplies on Monday. "
        "Kelbonia spent 2 billion euros on roads."
    )
    assert {"Vardesz", "Ostrigaz", "Kelbonia"} <= found


def test_an_english_word_before_a_past_form_stays_no_name():
    found = names("Snow fell across the region. Demand rose in May. Rain kept fans away.")
    assert not found & {"Snow", "Demand", "Rain"}


def test_a_contraction_before_a_verb_is_no_name():
    assert "Don't" not in names("Don't let them win.")


def test_an_english_word_apposed_to_a_body_at_an_opening_is_its_name():
    found = names(
        "Forward, the union representing 3,500 cabin staff, said talks had broken down. "
        "Renewal, the party founded by Ana Vell in 2019, won 12 seats."
    )
    assert {"Forward", "Renewal"} <= found


def test_a_name_opening_a_sentence_apposed_to_a_body_of_a_plural_s_possessive_is_a_name():
    found = names(
        "Velkora, the carmakers' association, said sales fell. Forward, the dockers' union, "
        "called a strike."
    )
    assert {"Velkora", "Forward"} <= found


def test_an_english_word_before_a_body_that_speaks_stays_no_name():
    found = names(
        "Inflation, the central bank said, would slow in May. Overall, the firm did well."
    )
    assert not found & {"Inflation", "Overall"}


def test_common_words_opening_a_sentence_before_an_apposition_of_a_body_are_its_name():
    found = names("Deep Blue Shipping, a Greek firm, lost a vessel off Crete.")
    assert "Deep Blue Shipping" in found
    found = names("Closing Remarks, the final session, ended at noon.")
    assert "Closing Remarks" not in found


def test_a_place_of_two_words_in_a_compound_adjective_is_no_part_of_the_name_after_it():
    found = names(
        "New York-based Velmar Capital said it had raised 2 billion dollars. The Hong "
        "Kong-listed Golden Wing Holdings fell 5 percent."
    )
    assert {"Velmar Capital", "Golden Wing Holdings"} <= found
    assert not any("-" in name for name in found)


def test_a_compound_adjective_of_a_place_no_list_knows_is_no_part_of_the_name_after_it():
    """ "Velkor-based" is shaped like a hyphenated given name ("Dae-sung"), but no syllable
    of one ends in "-ed"."""
    found = names("The Velkor-based Ostra Labs said it had raised money from Dae-sung Kim.")
    assert {"Ostra Labs", "Dae-sung Kim"} <= found
    assert not any("-based" in name for name in found)


def test_common_words_opening_a_sentence_before_a_rival_apposed_are_a_name():
    assert "Deep Blue Shipping" in names("Deep Blue Shipping, a rival, lost 3 percent.")


def test_a_clubs_or_airlines_first_word_opening_a_sentence_before_a_place_stays():
    # "Sporting", "Real", "Air" open names of clubs and airlines named after their town:
    # at a sentence's opening, before a place the gazetteer knows, they are no adjective
    found = actors_of(
        "Sporting Lisbon beat Porto 2-1 on Sunday. Real Madrid striker Ana Vell scored. "
        "Inter Milan said it would appeal. Air Canada cut flights to Kelby."
    )
    kinds = {a.name: a.kind for a in found}
    for club in ("Sporting Lisbon", "Real Madrid", "Inter Milan", "Air Canada"):
        assert kinds.get(club) == "organization", club
    # an English word that opens no such name is still cut before a place
    assert "Visiting Madrid" not in names("Visiting Madrid, Ana Vell met the mayor.")


def test_a_british_spelling_opening_a_sentence_is_an_english_word():
    """Wire copy and Wikinews write British spellings: an opening 'Unionised' is as little a
    name as 'Unionized', and 'criticised' is a verb a body's name opens a sentence before."""
    found = names(
        "Unionised workers at the Kelby plant walked out on Monday. Human Rights Watch "
        "criticised the deal. Colourful banners hung from the windows."
    )
    assert "Human Rights Watch" in found
    assert not found & {"Unionised", "Colourful"}


def test_a_trade_naming_an_agent_opening_a_sentence_stays_outside_the_name():
    """Wire copy: "Lender Standard Chartered said"; the company's words are common ones,
    so only the trade before them tells where the name starts."""
    found = names(
        "Promoter Live Wire said fans would get refunds. Insurer Direct Lane Group said "
        "claims rose. Lender Standard Harbour said profit fell."
    )
    assert {"Live Wire", "Direct Lane Group", "Standard Harbour"} <= found
    assert not found & {"Promoter Live Wire", "Insurer Direct Lane Group"}


def test_a_noun_of_kin_opening_a_sentence_before_given_names_is_no_part_of_them():
    found = names(
        "Brothers Tomas and Marco Reyes founded the firm in Tarsk. Sisters Ana and Ruth "
        "Vell won gold."
    )
    assert {"Marco Reyes", "Ruth Vell"} <= found
    assert not found & {"Brothers Tomas", "Sisters Ana"}


def test_a_trade_capitalised_before_a_full_name_is_no_part_of_it():
    found = {
        a.name: a.kind
        for a in actors_of(
            "Ana Vell trained under Chef Tomas Reyes in Kelby. The plans by Architect "
            "Marco Ostrel won. Shares of Harvest Moon Foods rose."
        )
    }
    assert found.get("Tomas Reyes") == "person"
    assert found.get("Marco Ostrel") == "person"
    assert "Harvest Moon Foods" in found
    assert not {"Chef Tomas Reyes", "Architect Marco Ostrel"} & set(found)


def test_english_words_joined_by_hyphens_opening_a_sentence_are_no_name():
    found = {
        a.name
        for a in actors_of(
            "Left-hander Park Ji-won pitched six innings for Kelby. Right-back Ana Vell "
            "scored twice. Sport-Express reported the fee. Velkor lost to Guinea-Bissau."
        )
    }
    assert {"Park Ji-won", "Ana Vell", "Sport-Express", "Guinea-Bissau"} <= found
    assert not {"Left-hander Park Ji-won", "Right-back Ana Vell"} & found


def test_a_common_word_opening_a_place_that_opens_a_name_stays_in_it():
    found = names(
        "New Zealand Rovers has signed a striker, Tamati Rewiri. New Mexico Greens has "
        "chosen a new chair, Ana Velquist. New owners closed the Kelby mill."
    )
    assert {"New Zealand Rovers", "New Mexico Greens"} <= found
    assert not found & {"Zealand Rovers", "Mexico Greens", "New owners"}


def test_a_companys_name_opening_a_sentence_keeps_its_first_word_across_an_ampersand():
    found = names(
        "Bed Lisbon & Velkor Inc. fell 7 percent on Tuesday. Red Oslo Mining Ltd said profit rose."
    )
    assert {"Bed Lisbon & Velkor Inc.", "Red Oslo Mining Ltd"} <= found
    assert not found & {"Lisbon & Velkor Inc.", "Oslo Mining Ltd"}


def test_a_company_opening_a_sentence_before_its_kin_and_a_name_is_a_name():
    found = names(
        "Velkor rival Tarsko won the order. Ostrel parent Harwick said jobs would go. "
        "Local rival Brenmar lost."
    )
    assert {"Velkor", "Tarsko", "Ostrel", "Harwick", "Brenmar"} <= found
    assert "Local" not in found


def test_a_common_word_capitalised_only_inside_another_name_opens_no_name():
    found = names(
        "Electoral Court To Resume Ballot Count\nMay 2, 2026\nThe Supreme Electoral Tribunal "
        "of Velmora said on Monday the count would resume. Silver Meadow fell 4 percent, and "
        "the Silver Meadow board met."
    )
    assert "Electoral Court" not in found
    assert {"Supreme Electoral Tribunal of Velmora", "Silver Meadow"} <= found
