"""A progress bar on stderr for long commands: only on a terminal, nothing when piped."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_WIDTH = 30
_EVERY = 0.1  # seconds between redraws: drawing is not free


class Progress:
    """`done of total` as a bar on one line of a terminal, redrawn in place."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.shown = total > 1 and self.stream.isatty()
        self.total, self.label, self.done = total, label, 0
        self._drawn = 0.0

    def step(self) -> None:
        self.done += 1
        if self.shown and (self.done == self.total or time.monotonic() - self._drawn > _EVERY):
            self._draw()

    def say(self, line: str) -> None:
        """Print a line on stdout; when stdout is the same terminal, above the bar."""
        if self.shown and self._drawn and sys.stdout.isatty():
            self.clear()
        print(line, flush=self.shown)

    def clear(self) -> None:
        """Take the bar off its line."""
        if self.shown and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = 0.0

    def _draw(self) -> None:
        filled = _WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {self.label}")
        self.stream.flush()
        self._drawn = time.monotonic()
