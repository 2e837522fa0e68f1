"""Pausing Python's cycle collector while many long-lived objects are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No full pass of the cycle collector while the block runs: an analysis, or reading
    one back, makes a few hundred thousand small objects and no reference cycles, which
    the collector would walk again and again, a fifth of the time, and while it walks no
    other thread runs (the app's drawing waited 100 ms and more). Reference counting
    still frees memory."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def young_garbage_collected() -> None:
    """Collect the two young generations now, paused or not. While an analysis pauses the
    collector, the app goes on drawing under its spinners, and Textual's strips (each in a
    cycle with its caches) are garbage only the collector frees: left to pile up, 5 MB's
    worth, some 200,000 objects, were walked in one pass with all the analysis had made
    (0.2-0.7 s without an answer) right after it. Called every fraction of a second, each
    pass walks only what was made since the last."""
    gc.collect(1)
