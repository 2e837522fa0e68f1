"""The `/` filter field of a list screen (feeds, library, who's who)."""

from __future__ import annotations

from textual.widgets import Input


class FilterField(Input):
    """An Input that takes the focus the moment it opens. Textual's focus() waits its
    turn behind the keys already queued, so letters typed fast after `/` reached the
    list and its one-key bindings ("M" marked every article read). The screen's `/`
    binding is a priority one for the same reason (it runs as the key arrives, before
    the next key is sent on), so `/` cannot be typed here: the filters match words,
    and a slash is none."""

    def open(self) -> None:
        self.display = True
        self.screen.set_focus(self)
