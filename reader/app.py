"""ReaderApp: thin; wires the reading screen, the store and the workers."""

from __future__ import annotations

from textual import work
from textual.app import App
from textual.binding import Binding

from reader.commands import ReaderCommands
from reader.resources import seeds, stylesheet
from reader.screens.reading import ReadingScreen


class ReaderApp(App):
    """Opens `sources` (or the library, the seeds on a first run) in the reading screen."""

    CSS_PATH = str(stylesheet())
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(self, store, sources: list[str] | None = None) -> None:
        super().__init__()
        self.store = store
        self.sources = list(sources or [])

    def get_default_screen(self) -> ReadingScreen:
        self.reading = ReadingScreen()
        return self.reading

    def on_mount(self) -> None:
        for warning in self.store.warnings:
            self.notify(warning, title="Cache", severity="warning", markup=False)
        self.load_library()

    def load_library(self) -> None:
        """The named sources, else the library; the seeds when the library is empty."""
        self.open_sources(self.sources, whole_library=not self.sources)

    @work(thread=True, exclusive=True, group="sources", exit_on_error=False)
    def open_sources(self, sources: list[str], whole_library: bool = False) -> None:
        """Load sources into the library in the background, then show them."""
        from reader.sources import SourceError, load

        if whole_library and not self.store.entries(limit=1):
            sources = [str(seeds())]
        entries, errors = [], []
        for source in sources:
            try:
                entries += [self.store.add(article) for article in load(source)]
            except SourceError as error:
                errors.append(str(error))
        if whole_library:
            entries = self.store.entries()
        self.call_from_thread(self._library_loaded, entries, errors)

    def _library_loaded(self, entries: list, errors: list[str]) -> None:
        for error in errors:
            self.notify(error, title="Could not open", severity="error", markup=False)
        if entries:
            self.reading.add_entries(entries)
        elif not self.reading.entries:
            self.notify("No article to show.", severity="warning")

    @work(thread=True, exclusive=True, group="feeds", exit_on_error=False)
    def refresh_feeds(self) -> None:
        """Reload every feed in the background, with progress in a notification."""
        from reader.sources.feeds import refresh_feeds

        if not self.store.feeds():
            self.call_from_thread(self.notify, "No feeds to refresh (reader add FEED_URL).")
            return

        def progress(done: int, total: int, url: str) -> None:
            self.call_from_thread(
                self.notify, f"{done} of {total}: {url}", title="Refreshing", timeout=2, markup=False
            )

        report = refresh_feeds(self.store, progress)
        for url, message in report.errors:
            self.call_from_thread(
                self.notify, f"{url}: {message}", title="Feed failed", severity="error", markup=False
            )
        self.call_from_thread(self.notify, f"Feeds refreshed: {report.summary()}", markup=False)


def run_app(sources: list[str], store) -> int:
    """Run the app until the user quits; the exit code for the command line."""
    with store:
        ReaderApp(store, sources).run()
    return 0
