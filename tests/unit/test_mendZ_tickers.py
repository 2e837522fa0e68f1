"""A company's name before its code in brackets, in a sentence of no trading.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_company_opening_a_sentence_before_its_code_is_kept_with_its_alias():
    found = {a.name: a for a in actors_of("Dravik (DRV) said on Tuesday it would buy Orrel.")}
    assert found["Dravik"].aliases == ["DRV"]
    assert "Orrel" in found


def test_a_name_before_a_code_it_does_not_spell_is_still_a_name():
    found = {a.name for a in actors_of("Maltex (QZP) said on Friday it would sell Orrel.")}
    assert "Maltex" in found


def test_a_party_s_code_after_a_surname_stays_an_actor_of_its_own():
    found = {
        a.name: a
        for a in actors_of(
            "Jonas Pellin, the party leader, spoke first. Later Pellin (LDP) attacked the plan."
        )
    }
    assert "LDP" not in found["Jonas Pellin"].aliases
    assert "LDP" in found
