"""Words joined by hyphens are read as the same words apart: a title ("Secretary-General")
is a role before the name, no part of a name, and months are no names ("April-June"); the
body a title is of, in lower case before it, is in the role ("union leader")."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Attorney-General Mira Tavell said the law would change.", "Mira Tavell", "Attorney"),
        ("OHR Director-General Oskar Venn warned of a wave.", "Oskar Venn", "Director-General"),
        ("The paper's Editor-in-Chief Lina Brook resigned.", "Lina Brook", "Editor-in-Chief"),
        ("Lieutenant-Colonel Aro Maki led the patrol.", "Aro Maki", "Lieutenant-Colonel"),
        ("Tarsk Governor-elect Marco Ruiz spoke.", "Marco Ruiz", "Governor-elect"),
        ("Prime Minister-designate Ilse Marwick met him.", "Ilse Marwick", "Minister-designate"),
    ],
)
def test_a_hyphenated_title_before_a_name_is_the_persons_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert any(role in r for r in actors[name].roles)


def test_a_body_before_a_hyphenated_title_stays_a_body_of_its_own():
    actors = analyse("VUN Secretary-General Ilse Marr called for calm.", None).actors
    assert {(a.name, a.kind) for a in actors} == {
        ("VUN", "organization"),
        ("Ilse Marr", "person"),
    }


def test_words_joined_by_hyphens_that_are_no_title_stay_as_they_are():
    actors = analyse("Anna-Lena Vosk met Jean-Pierre Ardent in Port-Velmora.", None).actors
    assert {a.name for a in actors} >= {"Anna-Lena Vosk", "Jean-Pierre Ardent"}


def test_months_or_weekdays_joined_by_hyphens_are_no_names():
    """Once "the October-December quarter" listed a place, "the Monday-Friday timetable" an
    organisation: words that are no names are none joined."""
    actors = analyse(
        "Sales in the October-December quarter rose at Vell Foods, and the "
        "Monday-Friday timetable of Ostrail changes in the April-June period.",
        None,
    ).actors
    assert {a.name for a in actors} == {"Vell Foods", "Ostrail"}


def test_a_military_rank_of_two_words_is_no_part_of_the_name():
    """Ranks such as "Major General" and "Brigadier General" stand before a name as
    "General" does; a body named with "Major" keeps it."""
    names = {
        a.name
        for a in analyse(
            "Major General Ilo Varsk told reporters the raid was over. Brigadier General "
            "Tamsin Oder agreed. Major League Hockey said the game would go ahead.",
            None,
        ).actors
    }
    assert {"Ilo Varsk", "Tamsin Oder", "Major League Hockey"} <= names
    assert "Major General Ilo Varsk" not in names


def test_a_priests_father_before_a_name_is_no_part_of_it():
    """ "Father" before a priest's name, as "Reverend" is: the name is the person's."""
    names = {
        a.name: a.kind
        for a in analyse(
            "The mass was led by Father Tomas de la Varn, a priest from Kelby. Later, "
            "said Pastor Ilse Marwick, the choir sang.",
            None,
        ).actors
    }
    assert names.get("Tomas de la Varn") == "person"
    assert names.get("Ilse Marwick") == "person"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The strike ended after union leader Tomi Ade spoke.", "Tomi Ade", "union leader"),
        ("The board said company founder Ravi Menon would go.", "Ravi Menon", "company founder"),
        ("Fans cheered as team captain Lena Brandt lifted it.", "Lena Brandt", "team captain"),
    ],
)
def test_the_body_a_title_is_of_stays_in_the_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].roles == [role]


def test_a_verb_before_a_title_stays_out_of_the_role():
    actors = {a.name: a for a in analyse("Workers met leader Tomi Ade on Friday.", None).actors}
    assert actors["Tomi Ade"].roles == ["leader"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tevita Lolohea, the party co-leader, said the vote was fair.", "party co-leader"),
        ("Lolohea, the vice-chair of the panel, said it would meet.", "vice-chair of the panel"),
        ("Lolohea, an ex-minister, said the port was sold.", "ex-minister"),
        ("Co-chair Tevita Lolohea opened the summit.", "Co-chair"),
    ],
)
def test_a_title_with_co_vice_or_ex_hyphened_to_it_is_a_role(sentence, role):
    person = next(a for a in analyse(sentence, None).actors if "Lolohea" in a.name)
    assert person.kind == "person" and role in person.roles


def test_a_countrys_armed_service_before_a_rank_is_the_employer_not_the_title():
    found = {
        a.name
        for a in analyse(
            "Velmora Air Force General Tomas Okafor was named director. The plan was backed "
            "by Ostrian Army General Ana Vell. Air Force Secretary Lena Rask said so."
        ).actors
    }
    assert {"Velmora Air Force", "Ostrian Army", "Tomas Okafor", "Ana Vell", "Lena Rask"} <= found
    assert "Velmora" not in found and "Air Force" not in found
