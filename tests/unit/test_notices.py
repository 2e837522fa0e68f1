"""The cap on toasts shown at once: the first few show, the rest are counted."""

from __future__ import annotations

from reader.notices import Notices


def test_past_the_cap_messages_are_counted_until_a_toast_goes():
    notices = Notices(at_once=2)
    shown = [notices.admit(f"message {i}", now=0.0, until=5.0 + i) for i in range(5)]
    assert shown == [True, True, False, False, False]
    assert notices.room_at() == 5.0
    assert notices.release() == (3, "message 4")
    assert notices.release() == (0, "")
    assert notices.admit("later", now=5.5, until=10.0)  # the first toast has gone
    assert not notices.admit("one too many", now=5.5, until=10.0)
