"""Pausing the cycle collector: an analysis leaves it as it was; inside young_passes_only
the young passes go on and no full pass runs."""

from __future__ import annotations

import gc

from reader.collector import collection_paused, young_passes_only


def test_a_pause_inside_young_passes_only_leaves_the_young_passes_running():
    thresholds = gc.get_threshold()
    assert gc.isenabled()
    with young_passes_only():
        held_off = gc.get_threshold()
        with collection_paused():
            assert gc.isenabled() and gc.get_threshold() == held_off
        assert gc.isenabled()
    assert held_off[:2] == thresholds[:2] and held_off[2] > 1_000_000
    assert gc.get_threshold() == thresholds and gc.isenabled()


def test_a_pause_elsewhere_stops_the_collector_and_gives_it_back():
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
