"""A body's initials in the possessive: written with dots ("G.M.'s chief executive") they
are one word with their possessive, as "GM's" is, so a role in apposition reads the body;
and initials no gazetteer holds before a state's office ("the WHO's envoy") are a body's,
where a country's name or initials there ("Ostland's envoy", "the US's envoy") are a place's."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


def test_dotted_initials_in_the_possessive_give_the_role_in_apposition():
    actors = {
        a.name: a
        for a in analyse("Ana Vell, V.K.M.'s chief executive, said sales fell.", None).actors
    }
    assert actors["Ana Vell"].roles == ["V.K.M.'s chief executive"]
    assert actors["V.K.M."].kind == "organization"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The KWTO's envoy said the talks would resume.", "KWTO", "organization"),
        ("The OSRA's envoy met the rebels on Monday.", "OSRA", "organization"),
        ("Ostland's envoy met the rebels on Monday.", "Ostland", "place"),
        ("The US's envoy met the rebels on Monday.", "US", "place"),
    ],
)
def test_initials_before_an_envoy_are_a_body_unless_a_state(sentence, name, kind):
    kinds = {a.name: a.kind for a in analyse(sentence, None).actors}
    assert kinds[name] == kind
