"""Landforms and residential buildings are places: an adjective of size before a known
place ("the Great Niger Delta") makes no company's unit of it, and the heads of
residential buildings ("Apartments", "Flats", "Residences") name sites, not bodies."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_size_adjective_before_a_known_place_is_a_place():
    found = kinds(actors_of("Herders crossed the Great Niger Delta in March."))
    assert found["Great Niger Delta"] == "place"


def test_residential_buildings_are_places():
    found = kinds(
        actors_of(
            "Tenants of Birch Hill Flats and Ashgrove Residences were moved, and a man was "
            "hurt in the lobby of Elm Court Apartments."
        )
    )
    assert found["Birch Hill Flats"] == "place"
    assert found["Ashgrove Residences"] == "place"
    assert found["Elm Court Apartments"] == "place"


def test_a_company_unit_named_for_a_region_stays_a_body():
    found = kinds(actors_of("Velkor South Africa said sales rose."))
    assert found["Velkor South Africa"] == "organization"
