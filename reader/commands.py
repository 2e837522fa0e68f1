"""The app's own commands in the command palette (ctrl+p), beside Textual's own
(Theme, Keys, Quit...), which are not written again here."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.screens.prompt import PromptScreen


def _check_date(value: str) -> str | None:
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return "Write the date as YYYY-MM-DD."
    return None


def _check_path(value: str) -> str | None:
    return None if Path(value.strip()).expanduser().exists() else "No such file or folder."


class ReaderCommands(Provider):
    """Open a file, step through articles, set the publication date, library, help."""

    def _commands(self) -> list[tuple[str, str, object]]:
        reading = self.app.reading
        return [
            ("Open file…", "Open a .txt, .md or .html file, or a folder", self._open_file),
            (
                "Next article",
                "Go to the next article ( ] )",
                partial(reading.action_step_article, 1),
            ),
            (
                "Previous article",
                "Go to the previous article ( [ )",
                partial(reading.action_step_article, -1),
            ),
            ("Library", "List every article kept ( l )", reading.action_library),
            (
                "Set publication date…",
                "Re-normalise the chronology against another date",
                self._set_date,
            ),
            ("Refresh feeds", "Reload every feed in the background ( r )", self.app.refresh_feeds),
            ("Help", "Every key ( ? )", reading.action_help),
        ]

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)

    def _open_file(self) -> None:
        def opened(value: str | None) -> None:
            if value:
                self.app.open_sources([value.strip()])

        self.app.push_screen(
            PromptScreen("Open a file or folder:", placeholder="path", check=_check_path), opened
        )

    def _set_date(self) -> None:
        reading = self.app.reading
        current = (
            reading.article.published.isoformat()
            if reading.article and reading.article.published
            else ""
        )

        def chosen(value: str | None) -> None:
            if value:
                reading.republish(date.fromisoformat(value.strip()))

        self.app.push_screen(
            PromptScreen("Publication date (YYYY-MM-DD):", current, "2023-06-29", _check_date),
            chosen,
        )
