"""An apostrophe that ends a word of a personal name (Dholuo spelling) stays in the name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_an_apostrophe_after_a_word_of_a_name_keeps_the_name_whole():
    found = actors_of(
        "Samuel Oduong' Ong'wen said the county would appeal. Ong'wen later left for Kisumu."
    )
    person = next(a for a in found if a.name == "Samuel Oduong' Ong'wen")
    assert person.kind == "person"
    assert "Ong'wen" in person.aliases


def test_a_plural_possessive_still_ends_at_its_apostrophe():
    found = {a.name for a in actors_of("The Dock Workers' Union met Ana Vell on Monday.")}
    assert "Dock Workers' Union" in found


def test_a_closing_quotation_mark_parts_the_names():
    found = {a.name for a in actors_of("The band played 'Kelby' Tomas Vell recalled.")}
    assert "Tomas Vell" in found
    assert not any("'" in name for name in found)
