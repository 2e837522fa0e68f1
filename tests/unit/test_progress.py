"""The progress bar of long commands: drawn on a terminal only, cleared for messages."""

from __future__ import annotations

import io

from reader.cli.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_counts_on_a_terminal_and_clears_itself():
    screen = _Terminal()
    progress = Progress(4, "articles analysed", stream=screen)
    for _ in range(4):
        progress.step()
    assert screen.getvalue().endswith("\r[" + "#" * 30 + "] 4/4 articles analysed")
    assert "\r[#######-----------------------] 1/4 articles analysed" in screen.getvalue()
    progress.clear()
    assert screen.getvalue().endswith("\r\x1b[K")


def test_nothing_is_drawn_when_piped(capsys):
    piped = io.StringIO()
    progress = Progress(100, "articles analysed", stream=piped)
    progress.step()
    progress.say("added  one")
    progress.clear()
    assert piped.getvalue() == ""
    assert capsys.readouterr().out == "added  one\n"
