"""How many messages show at once. A burst (a feed of thousands of items whose pages all
fail, two hundred feeds down at once) would stack a toast per message, hide the screen
and stall it: Textual lays out every toast again for each new one. The first few show;
the rest are counted and told in one message when the first of those shown is gone."""

from __future__ import annotations

AT_ONCE = 4  # toasts on screen at a time


class Notices:
    """The toasts on screen (as the times they go) and the messages held back."""

    def __init__(self, at_once: int = AT_ONCE) -> None:
        self.at_once = at_once
        self._until: list[float] = []
        self.held = 0
        self.last_held = ""

    def admit(self, message: str, now: float, until: float) -> bool:
        """Whether this message may show now (it stays until `until`); else it is held."""
        self._until = [t for t in self._until if t > now]
        if len(self._until) < self.at_once:
            self._until.append(until)
            return True
        self.held += 1
        self.last_held = message
        return False

    def room_at(self) -> float:
        """When the first toast on screen goes."""
        return min(self._until)

    def release(self) -> tuple[int, str]:
        """How many were held and the last of them; counting starts again."""
        held, last = self.held, self.last_held
        self.held, self.last_held = 0, ""
        return held, last
