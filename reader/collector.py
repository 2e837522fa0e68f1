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
