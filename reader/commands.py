"""The app's own commands in the command palette (ctrl+p), beside Textual's own
(Theme, Keys, Quit...), which are not written again here."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.exports import FORMATS
from reader.screens.prompt import PromptScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.app import ReaderApp


def _check_date(value: str) -> str | None:
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return "Write the date as YYYY-MM-DD."
    return None


def _check_path(value: str) -> str | None:
    if "://" in value or Path(value.strip()).expanduser().exists():
        return None
    return "No such file or folder."


def _check_format(value: str) -> str | None:
    return None if value.strip().lower() in FORMATS else f"One of: {', '.join(FORMATS)}."


def _check_new_file(value: str) -> str | None:
    path = Path(value.strip()).expanduser()
    if not value.strip():
        return "Name a file."
    if path.exists():
        return "That file exists; choose another name."
    if not path.parent.is_dir():
        return "No such folder."
    return None


def _file_name(title: str, suffix: str) -> str:
    """A file name from an article's title: "Ministers meet" -> ministers-meet.md."""
    slug = re.sub(r"[^\w]+", "-", title.lower()).strip("-")[:60].strip("-")
    return f"{slug or 'article'}{suffix}"


class ReaderCommands(Provider):
    """Open a file, step through articles, set the publication date, library, help."""

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the reading screen, the workers."""
        return cast("ReaderApp", self.app)

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        reading = self.reader_app.reading
        return [
            (
                "Open file…",
                "Open a .txt, .md or .html file, a folder, or a URL",
                self._open_file,
            ),
            (
                "Subscribe to a feed…",
                "Add a feed by its URL ( s )",
                self.reader_app.action_ask_subscribe,
            ),
            ("Feeds", "Every feed, its unread articles ( F )", reading.action_feeds),
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
            (
                "Export…",
                "Write this article's actors and chronology as markdown, json, csv or ics",
                self._export,
            ),
            (
                "Refresh feeds",
                "Reload every feed in the background ( r )",
                self.reader_app.refresh_feeds,
            ),
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
                self.reader_app.open_sources([value.strip()])

        self.reader_app.open_dialog(
            PromptScreen(
                "Open a file, a folder or a URL:", placeholder="path or URL", check=_check_path
            ),
            opened,
        )

    def _export(self) -> None:
        reading = self.reader_app.reading
        article, analysis = reading.article, reading.analysis
        if article is None or analysis is None:
            self.app.notify("Nothing to export yet.", severity="warning")
            return

        def write(format: str, value: str | None) -> None:
            if not value:
                return
            from reader.exports import render
            from reader.exports.files import write_atomically

            path = Path(value.strip()).expanduser()
            rendered = render(format, [(article, analysis)])
            try:
                write_atomically(path, rendered.text)
            except OSError as error:
                self.app.notify(str(error), title="Export failed", severity="error", markup=False)
                return
            note = f" ({rendered.note})" if rendered.note else ""
            self.app.notify(f"Exported to {path.resolve()}{note}", markup=False)

        def chosen(value: str | None) -> None:
            if not value:
                return
            format = value.strip().lower()
            name = _file_name(article.title or "article", FORMATS[format])
            self.reader_app.open_dialog(
                PromptScreen(f"Export {format} to:", name, "path", _check_new_file),
                partial(write, format),
            )

        self.reader_app.open_dialog(
            PromptScreen(f"Export as ({', '.join(FORMATS)}):", "markdown", "", _check_format),
            chosen,
        )

    def _set_date(self) -> None:
        reading = self.reader_app.reading
        current = (
            reading.article.published.isoformat()
            if reading.article and reading.article.published
            else ""
        )

        def chosen(value: str | None) -> None:
            if value:
                reading.republish(date.fromisoformat(value.strip()))

        self.reader_app.open_dialog(
            PromptScreen("Publication date (YYYY-MM-DD):", current, "2023-06-29", _check_date),
            chosen,
        )
