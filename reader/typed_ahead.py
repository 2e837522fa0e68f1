"""Keys typed ahead are handled in the order they were typed, each where the ones before
it left the focus.

Textual sends a key to the widget focused when the key arrives, to be handled there
later, and takes the next key at once. Keys typed faster than the app handles them
(a busy app, a paste, a script driving the terminal) were therefore sent to where the
focus was before the keys ahead of them took effect: "2", down, enter moved the article,
not the actors, and "F" then "/" opened the find prompt over the article, the "F" lost.
"""

from __future__ import annotations

from collections import deque
from time import monotonic

from textual import events
from textual.app import App
from textual.message import Message

GIVE_UP = 0.5  # seconds: a key whose widget went away never says it is through


class KeyThrough(Message):
    """Posted to a widget right after a key it was sent: it bubbles to the app behind
    the key, so it reaches the app once the key has been everywhere it could go."""


class KeysInOrder(App):
    """An app whose keys wait for the key before them to be handled, and for a screen it
    opened or closed to settle (to take its focus) before the next."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._in_flight = False
        self._sent_at = 0.0
        self._screen_before: object = None
        self._typed_ahead: deque[events.Key] = deque()
        self._watching = False

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
        elif self._in_flight:
            self._typed_ahead.append(event)
            self._watch()
        else:
            await self._take(event)

    async def _take(self, key: events.Key) -> None:
        """The key to a priority binding, or sent on with a KeyThrough behind it."""
        self._screen_before = self.screen
        await super().on_event(key)
        if key.is_forwarded:
            self._in_flight, self._sent_at = True, monotonic()
            (self.focused or self._screen_before).post_message(KeyThrough())
        elif self.screen is not self._screen_before:
            await self.on_key_through(KeyThrough())

    async def on_key_through(self, message: KeyThrough) -> None:
        if self.screen is not self._screen_before:  # behind what the new screen has to do
            self._in_flight, self._sent_at = True, monotonic()
            self._screen_before = self.screen
            self.screen.post_message(KeyThrough())
        else:  # behind what the key left for the app to do (a focus() waits its turn)
            self.call_later(self._next)

    async def _next(self) -> None:
        self._in_flight = False
        while self._typed_ahead and not self._in_flight:
            await self._take(self._typed_ahead.popleft())

    def _watch(self) -> None:
        if not self._watching:
            self._watching = True
            self.set_timer(GIVE_UP, self._give_up)

    async def _give_up(self) -> None:
        """Keys waiting behind one in flight too long go on without it."""
        self._watching = False
        if self._in_flight and monotonic() - self._sent_at >= GIVE_UP:
            self._screen_before = self.screen
            await self.on_key_through(KeyThrough())
        if self._typed_ahead:
            self._watch()
