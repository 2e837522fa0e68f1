"""An Arabic compound given name as South Asian news writes it, two words joined by the
article ("Zia-ul-Haq", "Mujib-ur-Rahman"), is a person's, though no list knows it."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_compound_joined_by_the_article_is_a_person():
    found = kinds(
        actors_of(
            "An unbeaten 102 from opener Tariq-ul-Nabeel won the match. "
            "The party of Hafiz-ur-Salmani boycotted the vote."
        )
    )
    assert found["Tariq-ul-Nabeel"] == "person"
    assert found["Hafiz-ur-Salmani"] == "person"


def test_other_hyphenated_names_keep_their_kinds():
    found = kinds(actors_of("Flights from Saint-Denis to Aix-en-Provence were cancelled."))
    assert found["Saint-Denis"] == "place"
    assert found["Aix-en-Provence"] == "place"
