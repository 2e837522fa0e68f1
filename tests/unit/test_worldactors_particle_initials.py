"""Initials in brackets after a name with a particle in lower case are its short form.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_initials_skip_a_particle_in_lower_case():
    found = actors_of(
        "Voters backed the Partido Renovador de Velmora (PRV) in the north. "
        "The PRV said it would join the government."
    )
    party = next(a for a in found if a.name == "Partido Renovador de Velmora")
    assert party.kind == "organization"
    assert "PRV" in party.aliases
    assert "PRV" not in {a.name for a in found}


def test_a_code_that_spells_no_initials_stays_a_code():
    found = {a.name for a in actors_of("Ana de Vell (KEN) won the race in 3:53.11.")}
    assert "Ana de Vell" in found
    assert "KEN" not in found
