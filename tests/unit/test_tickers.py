"""Actors: a company's ticker in brackets, and the market before it, are no actors.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of


def test_a_ticker_and_its_market_are_no_actors():
    found = actors_of(
        "Velkor Mining Corp (VSE: VKM) said on Monday it would buy Tarsk Foods "
        "(KSX:TRSK) for $2 billion."
    )
    assert {a.name for a in found} == {"Velkor Mining Corp", "Tarsk Foods"}


def test_a_market_the_text_names_elsewhere_stays():
    found = actors_of(
        "Dunmore Foods (VSE: DNMF) fell 4 percent. The VSE said trading would resume."
    )
    names = {a.name for a in found}
    assert "VSE" in names
    assert "DNMF" not in names
