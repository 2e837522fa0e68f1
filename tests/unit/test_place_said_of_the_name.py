"""A place noun said of a name in a copula ("X is a small town", "X was a village") makes
the name a place, wherever the name stands in its sentence."""

from datetime import date

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Since the mine closed, Harnvik is a small town.", "Harnvik"),
        ("In the fifth century, Ostrel was a village.", "Ostrel"),
        ("Until the war, Dravno was a fishing port.", "Dravno"),
    ],
)
def test_a_place_noun_in_a_copula_makes_a_place(text, name):
    kinds = {a.name: a.kind for a in analyse("Headline\n\n" + text, date(2021, 2, 25)).actors}
    assert kinds[name] == "place"
