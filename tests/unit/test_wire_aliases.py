"""Short forms wire copy from many countries names an actor by again, tested on sentences
written for these tests."""

from __future__ import annotations

from reader.parsing import analyse


def _actors(text: str) -> dict:
    return {a.name: a for a in analyse(text, None).actors}


def test_a_family_name_named_again_without_its_arabic_article_is_the_person():
    """ "Ali al-Velani ... Velani declined": the article glued to the family name is left
    out when the person is named again; one person, not an organisation "Velani"."""
    found = _actors(
        "Oil Minister Ali al-Velani said on Monday that it was premature. Velani declined "
        "to comment. Later, Khalid el-Rashek spoke. Rashek said prices were fine."
    )
    assert "Velani" not in found and "Rashek" not in found
    assert found["Ali al-Velani"].aliases == ["Velani"]
    assert found["Khalid el-Rashek"].kind == "person"


def test_a_compass_points_initial_opening_a_country_is_that_country():
    """Korean wire copy writes "N. Korea" and "S. Korea": the place the gazetteer knows
    written out, one actor with its full name; an initial before a surname stays."""
    found = _actors(
        "N. Korea fired a missile on Monday, S. Korea said. North Korea denied it. "
        "S. Africa abstained. S. Velmaran said so."
    )
    assert found["North Korea"].kind == "place" and "N. Korea" in found["North Korea"].aliases
    assert "S. Korea" not in found or found["S. Korea"].kind == "place"
    assert found["S. Africa"].kind == "place"
    assert found["S. Velmaran"].kind == "person"


def test_late_opening_a_sentence_before_a_name_is_no_part_of_it():
    """ "Late Amarin's friend": "the late" with its article left out, capitalised by the
    sentence; the dead person is the one named before."""
    found = _actors(
        "Velo Kaiwan was charged with the murder of his wife Amarin Kettle, 19, in June "
        "2020. Late Amarin's friend Ruth Ipato also lived with them. Late Velo Dorn was "
        "buried on Monday."
    )
    assert "Late Amarin" not in found and "Late Velo Dorn" not in found
    assert "Amarin" in found["Amarin Kettle"].aliases
    assert found["Velo Dorn"].kind == "person"


def test_a_name_of_three_words_named_again_by_its_first_two_is_the_person():
    """Malay and Arabic names end in the father's name, which copy leaves out when it
    names the person again ("Harun Velamat Yusof ... Harun Velamat said"); a place named
    after a person keeps the person apart ("the Ana Vell Bridge")."""
    found = _actors(
        "Prime Minister Harun Velamat Yusof said the city must be ready. Harun Velamat said "
        "this in his speech on Monday."
    )
    assert "Harun Velamat" not in found
    assert "Harun Velamat" in found["Harun Velamat Yusof"].aliases


def test_a_name_with_of_that_its_initials_spell_is_one_body():
    """ "told the Voice of Velmora (VOV)": the initials in brackets spell every word,
    "of" too, so the name is one body with its initials, not "Velmora" alone."""
    found = _actors(
        "Olli Vartanen told the Voice of Velmora (VOV) on Monday that there are signs of "
        "work. Ana Vell of Kelby Capital said so."
    )
    assert found["Voice of Velmora"].aliases == ["VOV"]
    assert "Velmora" not in found
    assert found["Ana Vell"].kind == "person" and "Kelby Capital" in found


def test_a_compass_points_initial_before_a_town_is_no_place_of_itself():
    """Before a town, "E." and "N." are a person's initial as often: written out only when
    the text names the town in full too."""
    assert _actors("E. Hampton said the team would win.")["E. Hampton"].kind != "place"
    assert _actors("N. Charleston scored the winner.")["N. Charleston"].kind != "place"
    found = _actors("The fair opens in E. Hampton. East Hampton expects a crowd.")
    assert found["East Hampton"].kind == "place" and "E. Hampton" in found["East Hampton"].aliases
    assert _actors("Voters in S. Dakota went to the polls.")["S. Dakota"].kind == "place"


def test_a_family_name_named_again_without_an_assimilated_article_is_the_person():
    """The article is written as the letter after it sounds ("ash-Shami", "ad-Din")."""
    found = _actors(
        "Yusuf ash-Shami said the output would fall. Shami declined. Saad ad-Din said so. "
        "Din declined."
    )
    assert "Shami" not in found and "Din" not in found
    assert found["Yusuf ash-Shami"].aliases == ["Shami"]
    assert found["Saad ad-Din"].aliases == ["Din"]


def test_an_initial_before_a_towns_name_is_a_speaker():
    """ "E. Hampton said": a speech verb makes a person of an initial and a town's name."""
    assert _actors("E. Hampton said the team would win.")["E. Hampton"].kind == "person"
    found = _actors("Voters in N. Carolina went to the polls. N. Carolina said it was ready.")
    assert found["N. Carolina"].kind == "place"


def test_the_first_two_names_that_two_people_share_are_no_short_form_of_either():
    """ "Ana Maria" after "Ana Maria Ruiz" and "Ana Maria Vell" could be either: it stays
    a name of its own, no alias of the one named more."""
    found = _actors("Ana Maria Ruiz met Ana Maria Vell. Later Ana Maria said.")
    assert "Ana Maria" not in found["Ana Maria Ruiz"].aliases
    assert "Ana Maria" not in found["Ana Maria Vell"].aliases


def test_a_firm_with_an_ampersand_named_again_without_its_legal_form_is_one_actor():
    found = _actors("Velkor Tarn & Orsk Inc. rose 4 percent. Velkor Tarn & Orsk said sales grew.")
    assert found["Velkor Tarn & Orsk Inc."].aliases == ["Velkor Tarn & Orsk"]
    assert "Velkor Tarn & Orsk" not in found
