"""Actor rules for classes of error found on news written for these tests (newswire style:
markets, companies, their analysts and officials)."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_person_of_a_body_after_a_title_is_split_from_the_body():
    found = kinds(
        actors_of(
            "Analyst Tomas Berglund of Vardo Capital Markets said the price was fair. "
            "On Monday, Premier Ilse Marwick of the Ostland Union conceded defeat. "
            "Senator Lena Park of Ohio voted against the bill."
        )
    )
    assert found["Tomas Berglund"] == "person"
    assert found["Vardo Capital Markets"] == "organization"
    assert found["Ilse Marwick"] == "person"
    assert found["Ostland Union"] == "organization"
    assert found["Lena Park"] == "person"
    assert found["Ohio"] == "place"


def test_a_title_after_a_body_named_with_of_parts_the_body_from_its_person():
    """Wire copy names the employer first, and a central bank's or a university's name
    holds "of": the title after the name starts the person's role."""
    found = kinds(
        actors_of(
            "Bank of Kelby Governor Aiko Tanabe said rates would rise. University of "
            "Varnholt Deputy President Lena Holt said fees would stay. The Ministry of "
            "Defence Secretary Tom Brask visited troops."
        )
    )
    assert found["Bank of Kelby"] == "organization"
    assert found["Aiko Tanabe"] == "person"
    assert found["University of Varnholt"] == "organization"
    assert found["Lena Holt"] == "person"
    assert found["Ministry of Defence"] == "organization"
    assert found["Tom Brask"] == "person"


def test_a_body_after_of_with_a_title_and_no_person_stays_whole():
    found = kinds(
        actors_of("The Office of the Prime Minister said the Bank of Kelby Governor would resign.")
    )
    assert "Office of the Prime Minister" in found


def test_a_title_ending_a_bodys_name_with_of_is_no_part_of_it():
    """Central bank and ministry copy: "the Bank of Kelby Governor, Dr. Aiko Tanabe,
    says" names the bank, then the governor after a comma; the title is no part of the
    bank's name, as a title before the person's name is not. "Party of Peace and
    Justice" ends in a word of its name, and "the Office of the Privacy Commissioner" in
    the officer it serves."""
    found = kinds(
        actors_of(
            "Bank of Ostland Governor, Dr. Amara Velt, says rates will rise. The Ministry of "
            "Harbours Secretary resigned on Monday. The Party of Peace and Justice won. The "
            "Office of the Velkor Privacy Commissioner fined Tarsk Mobile."
        )
    )
    assert found["Bank of Ostland"] == "organization" and found["Amara Velt"] == "person"
    assert "Bank of Ostland Governor" not in found
    assert "Ministry of Harbours" in found and "Ministry of Harbours Secretary" not in found
    assert "Party of Peace and Justice" in found
    assert "Office of the Velkor Privacy Commissioner" in found  # the office it serves


def test_members_after_a_union_named_for_its_members_stay_in_its_name():
    """The people cut after a body's name are cut only after a name that ends as a
    body's does ("Union", "Nations", "Airways") and holds no "of": a union is named for
    its members, whatever its last word."""
    found = kinds(
        actors_of(
            "The Federation of Public Services Workers called a strike. Kelby Teachers "
            "Workers walked out. United Nations Peacekeepers are on scene."
        )
    )
    assert found["Federation of Public Services Workers"] == "organization"
    assert found["Kelby Teachers Workers"] == "organization"
    assert found["United Nations"] == "organization"
    assert "United Nations Peacekeepers" not in found


def test_common_words_before_the_people_of_a_cause_name_no_body():
    """ "Gun Control supporters rallied": supporters and protesters are a cause's, no
    body's people; only the people a body sends or employs make the words before them
    its name."""
    found = kinds(
        actors_of(
            "Gun Control supporters rallied outside the court on Monday. Free Speech "
            "protesters filled the square."
        )
    )
    assert "Gun Control" not in found and "Free Speech" not in found


def test_a_plural_title_ending_a_bodys_name_with_of_is_part_of_it():
    """A union or an association named for its members ends in a plural the title words
    hold ("Writers", "Judges", "Officers"): the members, no officer's role, so the name
    stays whole, where a singular title ("Governor") is cut."""
    found = kinds(
        actors_of(
            "The Union of Kelby Writers said so. The National Association of Kelby Judges "
            "said so. The Association of Chief Police Officers said so."
        )
    )
    assert found["Union of Kelby Writers"] == "organization"
    assert found["National Association of Kelby Judges"] == "organization"
    assert found["Association of Chief Police Officers"] == "organization"


def test_a_body_that_says_it_or_its_is_no_person():
    found = kinds(
        actors_of("Leeds Mutual said it would cut 400 jobs. Toyota Motor said it sold more.")
    )
    assert found["Leeds Mutual"] == "organization"
    assert found["Toyota Motor"] == "organization"


def test_a_company_named_with_an_ampersand_a_place_or_an_acronym_is_no_person():
    found = kinds(
        actors_of(
            "Harlow & Finch said profits rose. Air Portugal said flights were cancelled. "
            "KIM Aviation said the engines were safe."
        )
    )
    assert found["Harlow & Finch"] == "organization"
    assert found["Air Portugal"] == "organization"
    assert found["KIM Aviation"] == "organization"


def test_the_employer_before_a_lower_case_title_at_an_opening_is_a_company():
    found = kinds(
        actors_of(
            "Vardo chief executive Lena Park spoke on Monday. "
            "Ostland spokesman Tim Berg said the plant would close. "
            "Former chief executive Ana Hall did not comment."
        )
    )
    assert found["Vardo"] == "organization"
    assert found["Ostland"] == "organization"  # not the place its ending suggests
    assert found["Lena Park"] == "person"
    assert "Former" not in " ".join(found)


def test_a_town_before_an_officer_title_is_the_company_named_after_it():
    found = kinds(actors_of("The talks ended, said Leeds vice president Ana Hall."))
    assert found["Leeds"] == "organization"


def test_a_town_that_opens_a_company_name_is_the_company_when_nothing_places_it():
    found = actors_of(
        "Leeds Motor Corp. sold more cars last year. Leeds said its sales would rise. "
        "Bolton Engineering Ltd. opened a plant in Bolton."
    )
    assert [a.kind for a in found if "Leeds" in a.name] == ["organization"]
    assert kinds(found)["Bolton"] == "place"


def test_a_town_that_opens_a_company_named_for_its_trade_is_the_company():
    found = actors_of(
        "Whitby Air cut 12 routes. Whitby, which is owned by Ebro Capital, flies "
        "turboprops. Bolton Steel opened a mill in Bolton."
    )
    assert [a.name for a in found if "Whitby" in a.name] == ["Whitby Air"]
    assert kinds(found)["Bolton"] == "place"


def test_a_compound_adjective_opening_a_name_describes_it():
    found = kinds(
        actors_of(
            "She works for the Leeds-based Harrowgate Finance Group. "
            "The Oscar-winning Tomas Berglund spoke. Chau Wing-yee and Dae-sung Kim met."
        )
    )
    assert found["Harrowgate Finance Group"] == "organization"
    assert "Tomas Berglund" in found
    assert found["Chau Wing-yee"] == "person"
    assert found["Dae-sung Kim"] == "person"


def test_a_common_word_and_a_body_make_one_name_and_a_person_and_a_body_two():
    found = kinds(
        actors_of(
            "The Timber and Fisheries Commission fined the firm. "
            "Governor Lena Varga and Ostland Central Bank staff met on Monday. "
            "Experts at the Soil and Water Organisation warned of drought, and the Health "
            "and Nutrition Organization agreed."
        )
    )
    assert found["Timber and Fisheries Commission"] == "organization"
    assert found["Soil and Water Organisation"] == "organization"
    assert found["Health and Nutrition Organization"] == "organization"
    assert not {"Soil", "Water Organisation", "Health", "Nutrition Organization"} & set(found)
    assert found["Lena Varga"] == "person"
    assert found["Ostland Central Bank"] == "organization"


def test_an_industry_word_last_makes_a_company_of_any_name():
    found = kinds(
        actors_of(
            "Vestrand Asset Management said the fund would close. "
            "Okoro Petroleum told investors the field was dry. "
            "Mining Minister Ana Berg visited the site."
        )
    )
    assert found["Vestrand Asset Management"] == "organization"
    assert found["Okoro Petroleum"] == "organization"
    assert "Mining" not in found  # a portfolio, no company


def test_the_employer_of_analysts_is_a_company_and_no_speaker():
    found = kinds(
        actors_of(
            "Analysts at Morvan Keller said the deal was fair. "
            "Tessa Lind, an economist at Brandt Hollis, agreed. "
            "Ivo Stern, a strategist at Harwick Advisors, disagreed."
        )
    )
    assert found["Morvan Keller"] == "organization"
    assert found["Brandt Hollis"] == "organization"
    assert found["Harwick Advisors"] == "organization"
    assert found["Tessa Lind"] == "person"


def test_a_firm_named_for_its_investors_or_its_managers_is_a_company_no_title():
    found = kinds(
        actors_of(
            "Ivo Stern, a strategist at Halvard Global Investors, disagreed. Shares of "
            "Ostrel Asset Managers fell."
        )
    )
    assert found["Halvard Global Investors"] == "organization"
    assert found["Ostrel Asset Managers"] == "organization"
    assert "Halvard" not in found


def test_a_name_that_moves_by_percent_or_points_is_a_company_or_an_index():
    found = kinds(
        actors_of(
            "Keller Brandt lost 12 percent, and Ostmark Haller fell 3 points. "
            "The main index in Leeds fell 2 percent."
        )
    )
    assert found["Keller Brandt"] == "organization"
    assert found["Ostmark Haller"] == "organization"
    assert found["Leeds"] == "place"


def test_a_head_word_before_a_title_and_a_name_ending_in_a_place_before_and_are_apart():
    found = kinds(
        actors_of(
            "Union leader Rudi Vennik said workers were angry. "
            "Air Portugal and Vardo Airlines ordered jets."
        )
    )
    assert "Union" not in found
    assert found["Rudi Vennik"] == "person"
    assert found["Air Portugal"] == "organization"
    assert found["Vardo Airlines"] == "organization"


def test_a_verb_of_speech_with_an_object_is_no_speech():
    found = kinds(
        actors_of(
            "In 1989 Vardo Computer added sound recording to its machines. "
            "Vardo Computer sold more. Tessa Lind added that prices would fall."
        )
    )
    assert found["Vardo Computer"] == "organization"
    assert found["Tessa Lind"] == "person"


def test_a_vietnamese_name_with_van_or_thi_inside_is_a_person():
    """Vietnamese names put the family name first, then a middle name ("Van" for most men,
    "Thi" for most women, written with a capital) and the given name last, which news uses
    alone later: "Tran Van Quoc Minh" ... "Minh". Not "Ludwig Van Ostrum" (no given name
    last) nor a Dutch "van" in lower case."""
    found = actors_of(
        "Tran Van Quoc Minh met the minister in Hanoi. Le Thi Hoa joined them. Minh spoke first."
    )
    people = {a.name: sorted(a.aliases) for a in found if a.kind == "person"}
    assert people == {"Tran Van Quoc Minh": ["Minh"], "Le Thi Hoa": []}


def test_a_vietnamese_name_of_short_given_names_is_called_by_its_last_word():
    """Many Vietnamese middle names are neither "Van" nor "Thi" ("Le Minh Khoa", "Do
    Quang Huy"): three or four short words, all given names after the family name."""
    found = actors_of(
        "Engineers Le Minh Khoa and Ngo Quang Huy built the first chip in Cantho in 2024. "
        "Khoa said the design took a year. Huy runs the lab."
    )
    people = {a.name: sorted(a.aliases) for a in found if a.kind == "person"}
    assert people == {"Le Minh Khoa": ["Khoa"], "Ngo Quang Huy": ["Huy"]}


def test_a_word_before_short_given_names_opens_no_vietnamese_name_unless_a_family_name():
    """The station's name is no person's, though 'Ana' and 'Maria' are short given names:
    'Radio' is no Vietnamese family name."""
    found = actors_of("Radio Ana Maria said the show was cancelled. Maria said nothing.")
    kinds_of = {a.name: a.kind for a in found}
    assert kinds_of == {"Radio Ana Maria": "organization", "Maria": "person"}


def test_a_vietnamese_family_name_spelled_like_an_english_word_opens_the_name():
    """ "Do" (Đỗ) is a family name before two short given names inside a sentence or
    after a title, no verb nor trade; "What Do Kelby voters want?" names only Kelby."""
    found = actors_of(
        "A court in Velkora sentenced the shipping tycoon Do Minh Tuan to 20 years. "
        "Deputy Minister Do Quang Vinh said the ruling was fair. Tuan will appeal. "
        "What Do Kelby voters want?"
    )
    people = {a.name: sorted(a.aliases) for a in found if a.kind == "person"}
    assert people == {"Do Minh Tuan": ["Tuan"], "Do Quang Vinh": []}


def test_a_function_word_after_a_question_word_or_a_conjunction_opens_no_name():
    """ "Where Do Mai Linh ...", "and So Mai Linh left": no title nor trade before the
    word, which is the verb or the adverb, not a family name."""
    found = set(
        kinds(actors_of("Where Do Mai Linh and Tuan Go Next? They stayed, and So Mai Linh left."))
    )
    assert "Mai Linh" in found
    assert not {"Do Mai Linh", "So Mai Linh"} & found


def test_a_name_in_apposition_with_a_noun_only_a_person_is_names_a_person():
    found = kinds(
        actors_of(
            "Prices fell at the market, where Suharsono, a rice trader from Klavet, said "
            "buyers had gone. Okwaro, an elderly farmer, lost his goats. "
            "Vardanyx, a maker of chips, said sales rose."
        )
    )
    assert found["Suharsono"] == "person"
    assert found["Okwaro"] == "person"
    assert found["Vardanyx"] == "organization"


def test_a_name_apposed_to_the_title_or_trade_of_a_person_names_a_person():
    found = kinds(
        actors_of(
            "Okafor, the town's librarian, said the roof leaked. Brannock, the chief "
            "executive, resigned. Vardonix, the carmaker, said sales rose."
        )
    )
    assert found == {"Okafor": "person", "Brannock": "person", "Vardonix": "organization"}


def test_a_body_named_with_a_word_for_a_company_in_another_language_is_no_person():
    found = kinds(
        actors_of(
            "Banca Valtrenta said profit rose. Banco Meridional cut rates. "
            "Gruppo Ferrante won a contract. Aerolíneas Sureste cancelled flights. "
            "Mandala Sekuritas said buyers returned."
        )
    )
    assert found["Banca Valtrenta"] == "organization"
    assert found["Banco Meridional"] == "organization"
    assert found["Gruppo Ferrante"] == "organization"
    assert found["Aerolíneas Sureste"] == "organization"
    assert found["Mandala Sekuritas"] == "organization"


def test_a_company_is_named_later_without_the_word_for_a_company_before_its_name():
    found = {
        a.name: a.kind
        for a in actors_of(
            "Banca Valtrenta agreed to buy a rival. Valtrenta said the deal was done. "
            "Grupo Ardena bought a stake. Ardena shares rose."
        )
    }
    assert set(found) == {"Banca Valtrenta", "Grupo Ardena"}


def test_a_word_no_dictionary_holds_opening_a_sentence_before_fighters_is_a_body():
    found = kinds(
        actors_of(
            "Vantorim fighters fired rockets at the base. Rebel fighters withdrew. "
            "Kurdish fighters held the town."
        )
    )
    assert found.get("Vantorim") == "organization"
    assert "Rebel" not in found and "Kurdish" not in found


def test_fuels_materials_and_utilities_last_make_a_company():
    found = kinds(
        actors_of(
            "Kelbar Oil said output fell. Ostra Gas told investors prices would rise. "
            "Vanmoor Cement said it would close a plant. Tarsk Tyres said sales fell."
        )
    )
    for name in ("Kelbar Oil", "Ostra Gas", "Vanmoor Cement", "Tarsk Tyres"):
        assert found[name] == "organization"


def test_a_giant_of_a_trade_before_a_name_makes_it_a_company():
    found = kinds(
        actors_of(
            "Mining giant Tomas Vellar said iron ore output rose. The retail giant Marta Lenz "
            "said sales fell. Ana Orrin, a giant of the stage, said she was tired."
        )
    )
    assert found["Tomas Vellar"] == "organization"
    assert found["Marta Lenz"] == "organization"
    assert found["Ana Orrin"] == "person"


def test_a_name_ending_in_a_sites_word_that_the_text_calls_a_body_is_one():
    found = kinds(
        actors_of(
            "Open Platform, the party that backed him, said it had expelled him. Fans "
            "gathered at Kelby Terrace on Sunday."
        )
    )
    assert found["Open Platform"] == "organization"
    assert found["Kelby Terrace"] == "place"


def test_a_title_in_the_possessive_in_an_apposition_is_no_role_of_the_name():
    found = actors_of(
        "Renewal, the president's party, lost 30 seats. Tomas Vell, the minister's spokesman, "
        "declined to comment."
    )
    renewal = next(a for a in found if a.name == "Renewal")
    vell = next(a for a in found if a.name == "Tomas Vell")
    assert renewal.kind == "organization" and not renewal.roles
    assert vell.kind == "person" and any("spokesman" in r for r in vell.roles)


def test_an_apposition_ending_in_a_body_noun_is_no_role_whatever_word_opens_it():
    """ "the official news agency, Velkorpress": "official" is an adjective there; the
    phrase names a body, no title of a person ("the official spokesman" is one)."""
    found = actors_of(
        "The official news agency, Velkorpress, reported the fire. Tom Rask, the official "
        "spokesman, said it was out."
    )
    agency = next(a for a in found if a.name == "Velkorpress")
    rask = next(a for a in found if a.name == "Tom Rask")
    assert agency.kind == "organization" and not agency.roles
    assert rask.kind == "person" and rask.roles == ["official spokesman"]


def test_reporters_at_a_site_stand_there_and_analysts_at_a_firm_work_there():
    found = kinds(
        actors_of(
            '"I just tried," she told reporters at Kelby Park. Analysts at Varn Capital '
            "said demand was weak. Workers at Tarsk Airport walked out."
        )
    )
    assert found["Kelby Park"] == "place"
    assert found["Varn Capital"] == "organization"
    assert found["Tarsk Airport"] == "place"


def test_an_analyst_with_a_firm_works_there_whatever_its_name_looks_like():
    """ "an analyst with Velmar Adams": the firm employs the analyst, though its name reads
    like a person's; the president with someone only stands beside them."""
    found = kinds(
        actors_of(
            '"It was solid," said Peter Misek, an analyst with Velmar Adams in Toronto. '
            "The president arrived with Ana Vell on Monday."
        )
    )
    assert found["Velmar Adams"] == "organization"
    assert found["Peter Misek"] == "person" and found["Ana Vell"] == "person"


def test_a_firm_glued_before_its_officers_title_in_title_case_is_a_company():
    """ "Velmar Adams Chairman Ruth Olsen": the firm before the officer's title is hers,
    though its name reads like a person's; a place before a title stays a place."""
    found = kinds(
        actors_of(
            "Her defence was led by Velmar Adams Chairman Ruth Olsen, who called no "
            "witnesses. Ohio Senator Tom Rask agreed."
        )
    )
    assert found["Velmar Adams"] == "organization" and found["Ruth Olsen"] == "person"
    assert found["Ohio"] == "place" and found["Tom Rask"] == "person"


def test_a_founders_name_before_a_word_of_an_industry_is_a_company():
    found = kinds(actors_of("She worked for Halvard Engineering and Ingrid Haugen Healthcare."))
    assert found == {
        "Halvard Engineering": "organization",
        "Ingrid Haugen Healthcare": "organization",
    }


def test_a_bodys_people_capitalised_after_its_name_are_no_part_of_it():
    """ "In Kelby, African Union Peacekeepers patrolled": the body, then the people it sends
    or employs, capitalised by the copy; a club of one word keeps its plural."""
    found = kinds(
        actors_of(
            "In Kelby, African Union Peacekeepers patrolled the market. Velkor Airways Pilots "
            "went on strike on Monday. Kelby Miners won the cup."
        )
    )
    assert found["African Union"] == "organization" and found["Velkor Airways"] == "organization"
    assert "African Union Peacekeepers" not in found and "Velkor Airways Pilots" not in found
    assert "Kelby Miners" in found


def test_common_words_opening_a_sentence_before_a_bodys_people_name_the_body():
    """ "United Nations troops arrived": words in title case opening a sentence are a
    heading when nothing says otherwise, but the people a body sends after them make
    them its name; a heading stays none."""
    found = kinds(
        actors_of(
            "United Nations troops arrived in Kelby on Monday. Silver Meadow workers struck "
            "for a week. Term Limits for judges are a hot topic."
        )
    )
    assert found["United Nations"] == "organization"
    assert found["Silver Meadow"] == "organization"
    assert "Term Limits" not in found
