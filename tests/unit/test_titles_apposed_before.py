"""A title set before a name between commas is the person's role, however the title's
phrase opens: with an adjective or a noun qualifying it, with a body's name holding an
ampersand, or right after a quotation."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The provincial governor, Imran Qazi Baloch, visited a relief camp.",
            "Imran Qazi Baloch",
            "provincial governor",
        ),
        (
            "Crowds cheered the opposition leader, Ama Serwaa, in Tarvik.",
            "Ama Serwaa",
            "opposition leader",
        ),
        (
            "Brisk & Harlow's chief executive, Noor Haddad, said the deal was fair.",
            "Noor Haddad",
            "Brisk & Harlow's chief executive",
        ),
        (
            '"Nobody should panic," Velkor\'s finance minister, Ilse Marten, told reporters.',
            "Ilse Marten",
            "Velkor's finance minister",
        ),
        (
            "\u201cWe are ready,\u201d the port's harbour master, Osei Tutu, said on Monday.",
            "Osei Tutu",
            "port's harbour master",
        ),
    ],
)
def test_a_title_apposed_before_a_name_is_its_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert role in actors[name].roles


@pytest.mark.parametrize(
    "sentence",
    [
        "He thanked the angry crowd, Ama Serwaa said.",
        "Shares of the rival bank, Halvard Trust, fell.",
    ],
)
def test_a_phrase_without_a_title_gives_no_role(sentence):
    assert all(not a.roles for a in analyse(sentence, None).actors)


def test_a_clause_between_commas_is_no_role():
    found = analyse("The talks failed, Ostbladet, citing two officials, reported.", None)
    assert all(not a.roles for a in found.actors)


def test_a_title_and_its_portfolio_apposed_before_a_name_is_no_body():
    # "The Minister of Information and National Orientation, Ana Vell, said": her role
    found = {
        a.name: a
        for a in analyse(
            "The Minister of Information and National Orientation, Ana Vell, said on "
            "Friday that the plan would work in Kelby.",
            None,
        ).actors
    }
    assert set(found) == {"Ana Vell", "Kelby"}
    assert found["Ana Vell"].roles == ["Minister of Information and National Orientation"]
