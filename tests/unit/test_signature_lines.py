"""A line opening with a dash after a quotation or a letter signs it (#13): "— Marco
Ruiz, Velkor Times" names the person and the paper whole, as in any sentence, though
every word of the line is capitalised as in a headline."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def test_a_signature_after_a_dash_is_read_as_a_sentence_not_a_headline():
    found = names('"Rain is coming," the forecast said.\n\u2014 Marco Ruiz, Velkor Times')
    assert {"Marco Ruiz", "Velkor Times"} <= found
    assert "Marco" not in found
