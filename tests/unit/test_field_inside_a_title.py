"""An executive's title can name the field the office runs between its rank and its head
("chief commercial officer", "chief medical officer"): the whole title is the person's
role, not its last word, though no list of titles holds the field's word."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Varlo Air chief commercial officer Dana Pirk said fares would rise.",
            "Dana Pirk",
            "chief commercial officer",
        ),
        (
            "Orlen Health chief medical officer Tomas Keel warned of shortages.",
            "Tomas Keel",
            "chief medical officer",
        ),
        (
            "Brisk Labs chief scientific officer Hana Oduya left the firm.",
            "Hana Oduya",
            "chief scientific officer",
        ),
        (
            "Vantor chief creative officer Li Wen-hao quit on Monday.",
            "Li Wen-hao",
            "chief creative officer",
        ),
        ("Kelby Bank chief risk officer Ama Serwaa resigned.", "Ama Serwaa", "chief risk officer"),
    ],
)
def test_the_field_of_an_executive_office_is_part_of_the_role(sentence, name, role):
    actors = {a.name: a for a in analyse(sentence, None).actors}
    assert actors[name].kind == "person"
    assert any(role in r for r in actors[name].roles)


def test_a_word_before_a_title_with_no_rank_before_it_stays_out():
    actors = {
        a.name: a for a in analyse("He praised retired officer Dana Pirk on Monday.", None).actors
    }
    assert all("praised" not in r for r in actors["Dana Pirk"].roles)
