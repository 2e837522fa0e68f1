"""Pausing Python's cycle collector while many long-lived objects are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# the oldest generation's threshold that holds its full passes off (any count stays below)
_NO_FULL_PASS = 1 << 30


@contextmanager
def collection_paused() -> Iterator[None]:
    """No full pass of the cycle collector while the block runs: an analysis, or reading
    one back, makes a few hundred thousand small objects and no reference cycles, which
    the collector would walk again and again, a fifth of the time, and while it walks no
    other thread runs (the app's drawing waited 100 ms and more). Reference counting
    still frees memory. Inside young_passes_only, the young passes go on."""
    enabled = gc.isenabled()
    if gc.get_threshold()[2] < _NO_FULL_PASS:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def young_passes_only() -> Iterator[None]:
    """No full pass of the cycle collector while the block runs, and the young passes go
    on (a nested collection_paused leaves them running), so that what the block makes is
    never all young at its end: after a pause, the collector's first passes walk all that
    the pause saw made, the objects of a 5 MB analysis 0.2-0.6 s each, holding up every
    other thread (the app's drawing). Other threads' young garbage is collected meanwhile.
    They cost an analysis about 2% more: for the app's large articles, which it freezes
    out of the collector's walks once made."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, _NO_FULL_PASS)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)
