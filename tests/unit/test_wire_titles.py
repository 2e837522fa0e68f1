"""Titles of real wire copy from many countries, tested on sentences written for these
tests: a parliament's speaker, a province's police commander, two fields of one office."""

from __future__ import annotations

from reader.parsing import analyse


def _actors(text: str) -> dict:
    return {a.name: a for a in analyse(text, None).actors}


def test_a_speaker_before_a_name_is_the_persons_title():
    """ "House Speaker X", "the Velmoran National Assembly Speaker X": the speaker of a
    chamber is a title, and the chamber glued before it is a body, no part of a name."""
    found = _actors(
        "House Speaker Mike Velton said the bill would pass. Velmoran National Assembly "
        "Speaker Idris Al-Kamari met the envoy on Monday."
    )
    assert found["Mike Velton"].kind == "person"
    assert any("Speaker" in r for r in found["Mike Velton"].roles)
    assert found["Idris Al-Kamari"].kind == "person"
    assert found["Velmoran National Assembly"].kind == "organization"


def test_a_provincial_or_divisional_commander_is_a_title():
    """Pacific and South Asian police copy writes "Kelby Provincial Police Commander Ana
    Vell": the word of the level of office opens the title, no body "Kelby Provincial"."""
    found = _actors(
        "Kelby Provincial Police Commander Tomas Raskin said the bodies were found. "
        "Divisional Commander Ana Velloso agreed."
    )
    assert "Kelby Provincial" not in found
    assert found["Tomas Raskin"].kind == "person"
    assert found["Ana Velloso"].kind == "person"


def test_two_fields_of_one_office_joined_by_and_are_one_title():
    """ "Energy and Industry Minister Pavel Kostrin": the fields of a minister's office
    joined by "and" are her title, no body "Energy"; a body so named keeps its "and"."""
    found = _actors(
        "Velnor's Energy and Industry Minister Pavel Kostrin spoke. Trade and Tourism "
        "Secretary Ana Dorval left. The Securities and Exchange Commission said so."
    )
    assert "Energy" not in found and "Trade" not in found
    assert "Energy and Industry Minister" in " ".join(found["Pavel Kostrin"].roles)
    assert "Trade and Tourism Secretary" in found["Ana Dorval"].roles
    assert found["Securities and Exchange Commission"].kind == "organization"


def test_affairs_named_in_another_language_are_the_field_of_a_ministers_title():
    """ "Minister of Amiri Diwan Affairs Yusuf Al-Dabbar": the affairs' own words, in no
    dictionary, are the field of the title before the person, no body glued to him."""
    found = _actors(
        "Acting Minister of Amiri Diwan Affairs Yusuf Al-Dabbar attended the meeting. "
        "Minister of Awqaf Affairs Kamal Idrus spoke."
    )
    assert found["Yusuf Al-Dabbar"].kind == "person"
    assert "Minister of Amiri Diwan Affairs" in " ".join(found["Yusuf Al-Dabbar"].roles)
    assert found["Kamal Idrus"].roles == ["Minister of Awqaf Affairs"]
    assert len(found) == 2


def test_an_honorific_between_a_ministers_field_and_the_name_is_the_persons():
    """ "Minister of Amiri Diwan Affairs Sheikh Ali Jarrah Al-Velam": the honorific after
    the field opens the person's name of three words, no body holding all of it."""
    found = _actors(
        "The reception was attended by Minister of Amiri Diwan Affairs Sheikh Ali Jarrah "
        "Al-Velam on Monday."
    )
    assert found["Ali Jarrah Al-Velam"].kind == "person"
    assert len(found) == 1


def test_malay_honorifics_before_a_name_are_no_part_of_it():
    """Malaysian copy writes "Datuk Seri Velan Rasak", "Tun Harun Ambak", "Dato' Sri Amin
    Velu": the honorific, "Seri" or "Sri" after it, opens no name, so the person named
    again without it is the same; "Sri Lanka" and "Bandar Seri Begawan" stay places."""
    found = _actors(
        "Prime Minister Datuk Seri Velan Rasak said on Monday the plan would go ahead. "
        "Velan Rasak thanked Tun Harun Ambak. Dato' Sri Amin Velu flew to Sri Lanka and "
        "Bandar Seri Begawan."
    )
    assert found["Velan Rasak"].kind == "person"
    assert found["Harun Ambak"].kind == "person" and found["Amin Velu"].kind == "person"
    assert found["Sri Lanka"].kind == "place" and found["Bandar Seri Begawan"].kind == "place"


def test_pm_before_a_name_is_the_prime_ministers_title():
    """Headlines and Asian and Australian copy write "PM Velan Rasak calls for ...": the
    title's letters, no organisation "PM Velan Rasak"; a clock's "PM" stays the clock's."""
    found = _actors("PM Velan Rasak calls for swift work. Former PM Tomas Rask agreed.")
    assert found["Velan Rasak"].kind == "person" and found["Velan Rasak"].roles == ["PM"]
    assert found["Tomas Rask"].kind == "person"
    times = [t.text for t in analyse("The meeting starts at 5 PM on Monday.", None).timexes]
    assert any("5 PM" in t for t in times)


def test_a_title_whose_portfolio_lists_fields_with_commas_names_no_one():
    """ "the Minister for Trade, Industry and Tourism, Ana Vell,": the fields after "for"
    are the title's; the person is in the apposition."""
    found = _actors(
        "Velkor's Minister for Infrastructure, Ports and Transport, Kofi Adjei, said 96 were "
        "saved. The Minister for Trade, Industry and Tourism, Ana Dorval, agreed."
    )
    assert {"Kofi Adjei", "Ana Dorval"} <= set(found)
    assert not [name for name in found if "Ports" in name or "Industry" in name]


def test_maitre_before_a_lawyers_name_is_no_part_of_it():
    """Francophone court copy writes "His lawyer, Maitre Awa Sarr, said": the honorific
    of a lawyer, so "Sarr" later is the same person."""
    found = _actors("His lawyer, Maitre Awa Sarr, said he would appeal. Sarr left the court.")
    assert found["Awa Sarr"].kind == "person" and found["Awa Sarr"].aliases == ["Sarr"]


def test_a_model_code_after_a_title_word_is_no_persons_name():
    """ "Speaker" heads a title, but "X2" after it is a product's code: no person."""
    found = _actors("The Velcor Speaker X2 sold out in a day.")
    assert not any(a.kind == "person" for a in found.values())


def test_a_common_word_may_be_either_field_of_one_office():
    """ "Youth" and "Arts" are no title's modifiers, but fields of an office all the same."""
    found = _actors(
        "Sports and Youth Minister Tomas Rask said the games would go ahead. Arts and "
        "Culture Secretary Ana Dorval resigned."
    )
    assert "Arts" not in found
    assert "Sports and Youth Minister" in found["Tomas Rask"].roles
    assert "Arts and Culture Secretary" in found["Ana Dorval"].roles


def test_pm_after_a_clock_is_the_half_of_the_day_no_title():
    """ "10 PM Velkor time": "PM" after a clock's figures is no prime minister, so the
    name after it is no person; "PM Velan Rasak" keeps the title."""
    found = _actors(
        "The launch is set for 10 PM Velkor time. The game starts at 9 PM Kelby time. "
        "PM Velan Rasak calls for swift work."
    )
    assert found["Velkor"].kind != "person" and found["Kelby"].kind != "person"
    assert not found["Velkor"].roles
    assert found["Velan Rasak"].kind == "person"


def test_tun_and_sri_cut_no_name_outside_a_malay_honour():
    """ "Tun" opens a Malay name as an honour, but Burmese names take it as a word of the
    name ("Kyaw Tun Naing", "Tun Tun Aung"); "Sri" is an honour's word only after one
    ("Minister Sri Mulyani" keeps it)."""
    found = _actors(
        "Kyaw Tun Naing said. Tun Tun Aung was arrested in Yangon. Minister Sri Mulyani "
        "said the budget held. Velan Rasak thanked Tun Harun Ambak."
    )
    assert {"Kyaw Tun Naing", "Tun Tun Aung", "Sri Mulyani", "Harun Ambak"} <= set(found)
    assert not {"Kyaw", "Naing", "Aung", "Mulyani", "Tun Harun Ambak"} & set(found)


def test_a_surname_that_is_a_word_before_and_is_no_field_of_the_next_title():
    """ "Tomas Rusk and Finance Minister Kofi Asante": the English word after a given name
    ends a person's name, no field of the minister's office ("Arts and Culture Secretary"
    keeps its two)."""
    found = _actors(
        "On Monday, Tomas Rusk and Finance Minister Kofi Asante met. Ana Wood and Home "
        "Affairs Minister Kofi Asante spoke."
    )
    assert found["Tomas Rusk"].kind == "person" and found["Ana Wood"].kind == "person"
    assert set(found["Kofi Asante"].roles) == {"Finance Minister", "Home Affairs Minister"}


def test_fields_of_an_office_after_an_opening_former_are_the_title():
    """ "Former Ecological Transition Minister Kofi Asante said": the fields of common
    words after the sentence's "Former" are the minister's title, no body; "Former Kelby
    Power Chairman Tomas Rusk" keeps his employer."""
    found = _actors(
        "Former Ecological Transition Minister Kofi Asante said the plan failed. Former "
        "Kelby Power Chairman Tomas Rusk agreed."
    )
    assert "Ecological Transition" not in found
    assert found["Kofi Asante"].roles == ["Former Ecological Transition Minister"]
    assert found["Kelby Power"].kind == "organization"


def test_a_ministers_portfolio_after_a_demonym_is_part_of_the_title():
    """ "Swedish Enterprise Minister X": the field of the office, no place "Swedish
    Enterprise" nor body "Enterprise"."""
    found = _actors(
        "Kenyan Enterprise Minister Ana Dorval said the state would not help. Planning "
        "Minister Tomas Rask and Budget Minister Lena Ruiz agreed."
    )
    assert set(found) == {"Ana Dorval", "Tomas Rask", "Lena Ruiz"}
    assert "Enterprise Minister" in " ".join(found["Ana Dorval"].roles)


def test_a_trade_before_a_ministers_title_is_the_portfolio_but_after_a_name_the_firms():
    found = _actors(
        "Kenyan Aviation Minister Ada Okoro said flights resumed. Civil Aviation Minister "
        "Tomas Rask agreed. Velkor Aviation Chairman Lena Ruiz said profits rose."
    )
    assert "Kenyan Aviation" not in found and "Civil Aviation" not in found
    assert "Aviation Minister" in " ".join(found["Ada Okoro"].roles)
    assert found["Velkor Aviation"].kind == "organization"


def test_a_portfolio_word_before_a_company_officer_s_title_ends_the_body():
    """ "Scottish Enterprise Chief Executive X": "Enterprise" names a minister's field only
    before a minister's head; before an officer's title it ends the body's name."""
    found = _actors(
        "Scottish Enterprise Chief Executive Linda Hanna said jobs were created. Ostrian "
        "Mining Chairman Tomas Rask agreed."
    )
    assert found["Scottish Enterprise"].kind == "organization"
    assert found["Linda Hanna"].kind == "person"
    assert "Ostrian Mining" in found
