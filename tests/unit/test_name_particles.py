"""Actors: lower-case particles of Filipino, Spanish and French names stay in the name.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from reader.model import Actor
from tests.unit.actor_helpers import actors_of


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_dela_delos_and_de_los_stay_inside_a_persons_name():
    found = names(
        actors_of(
            "Rice farmer Joselito dela Paz said the storm took his crop. Neighbour Marites "
            "delos Reyes agreed, and Ramon de los Santos counted the losses."
        )
    )
    assert {"Joselito dela Paz", "Marites delos Reyes", "Ramon de los Santos"} <= found
    assert not {"Paz", "Reyes", "Santos"} & found


def test_des_joins_a_name_and_the_place_it_names():
    found = names(actors_of("Lucile des Ormes walked to La Pointe des Vignes near Kelby."))
    assert {"Lucile des Ormes", "La Pointe des Vignes"} <= found
    assert "Vignes" not in found


def test_a_capitalised_los_or_las_opens_a_place_as_before():
    found = names(actors_of("She flew from Los Angeles to Las Vegas on Monday."))
    assert {"Los Angeles", "Las Vegas"} <= found
