"""A rank that is no title by itself ("Chief", "General") ending a title's words before a
person is the person's role, no part of a name: "Police Chief Ana Vell" is Ana Vell."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Police Chief Tomasz Nowak said two men were held.", "Tomasz Nowak", "Police Chief"),
        ("Fire Chief Aroha Ngata warned of more rain.", "Aroha Ngata", "Fire Chief"),
        ("Army General Li Qiang inspected the troops in Velkor.", "Li Qiang", "Army General"),
    ],
)
def test_a_rank_ending_a_title_is_the_persons_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert role in actors[name].roles


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Patients at Kelby City General Hospital waited for hours.",
            "Kelby City General Hospital",
        ),
        ("General Motors cut prices in Velkor.", "General Motors"),
    ],
)
def test_a_rank_inside_a_bodys_name_stays_in_the_name(sentence, name):
    assert name in {a.name for a in analyse(sentence, None).actors}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Police Spokesman SP Tarun Velasinghe said 12 men were held.", "Tarun Velasinghe", "SP"),
        ("DIG Kamal Dissanora ordered more patrols in Velkor.", "Kamal Dissanora", "DIG"),
        ("DCI Ruth Amsel told the court the van was stolen.", "Ruth Amsel", "DCI"),
    ],
)
def test_a_police_rank_in_initials_is_the_persons_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert any(role in r for r in actors[name].roles)


def test_a_surname_after_a_police_rank_in_initials_is_the_same_person():
    text = "SP Tarun Velasinghe said 12 men were held. SP Velasinghe said more would follow."
    actors = analyse(text, None).actors
    assert [(a.name, a.kind) for a in actors] == [("Tarun Velasinghe", "person")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He bought a laptop at PC World in Tarsk.", "PC World"),
        ("She reads DC Comics.", "DC Comics"),
    ],
)
def test_initials_of_a_rank_before_a_common_word_stay_in_the_name(sentence, name):
    assert name in {a.name for a in analyse(sentence, None).actors}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("In Washington DC Ana Vell said no.", "Ana Vell", "Washington DC"),
        ("He bought a PC Ana Vell had built.", "Ana Vell", "PC"),
        ("She sold the DC Ana Vell had drawn.", "Ana Vell", "DC"),
    ],
)
def test_initials_of_a_rank_ending_a_name_or_after_an_article_are_no_title(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert not any(role in r for r in actors[name].roles)


def test_british_ranks_written_short_before_a_name_are_no_part_of_it():
    # police and court copy in Britain: "Det Supt", "Det Insp", "Cllr", "Recorder"
    actors = {
        a.name: a
        for a in analyse(
            "Det Supt Ana Vell said two men were held. Det Insp Tomas Rask agreed. "
            "Recorder Marta Olsen jailed them, and Cllr Piet Rask welcomed it.",
            None,
        ).actors
    }
    assert {"Ana Vell", "Tomas Rask", "Marta Olsen", "Piet Rask"} <= set(actors)
    assert all(actors[n].kind == "person" for n in ("Ana Vell", "Tomas Rask", "Piet Rask"))
    assert "Recorder" in actors["Marta Olsen"].roles


def test_a_short_british_rank_before_a_surname_alone_leaves_no_actor():
    # "Det Supt Vell added": the rank is the role, "Det" no body of its own
    names = {
        a.name
        for a in analyse('Det Supt Vell added: "We will act." Det Insp Rask agreed.', None).actors
    }
    assert names == {"Vell", "Rask"}
