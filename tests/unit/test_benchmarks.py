"""A market's benchmark named by the count of its shares, tested on sentences written for
these tests."""

from __future__ import annotations

from tests.unit.actor_helpers import actors_of, kinds


def test_a_numbered_benchmark_that_moves_is_no_company():
    found = kinds(
        actors_of(
            "The Kelby 300 fell 2 percent on Monday. The Velkor & Tarn's 500 rose. "
            "Kelby Mining shares fell 3 percent."
        )
    )
    assert found["Kelby 300"] == found["Velkor & Tarn's 500"] == "other"
    assert found["Kelby Mining"] == "organization"
