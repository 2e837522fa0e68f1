"""Initials in capitals that spell a given name too ("UN", "AL") are a body's initials in
the possessive as well as alone: "The UN's report" lists the UN, as "The UN report" does;
a given name in title case inside a noun phrase stays an adjective ("a Christian family")."""

from __future__ import annotations

from reader.parsing import analyse


def test_initials_spelling_a_given_name_are_kept_in_the_possessive():
    names = {
        a.name for a in analyse("The UN's report said the Kelby talks would resume.", None).actors
    }
    assert "UN" in names


def test_a_given_name_describing_a_noun_stays_no_actor():
    assert analyse("They met a wealthy Christian family in the hills.", None).actors == []
