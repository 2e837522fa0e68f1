"""ReaderApp: thin; wires the reading screen, the store and the workers."""

from __future__ import annotations

import gc
import time

# Importing Textual and the app makes some 60,000 objects that live as long as the
# process and next to no garbage, yet the cycle collector walked them again and again
# while they were made (about a tenth of the imports' time): it waits for the imports,
# and what they made is then frozen out of its walks (gc.freeze), as on_load and
# article_shown do for what start-up makes.
_collecting = gc.isenabled()
gc.disable()
try:
    import logging
    from collections.abc import Sequence
    from dataclasses import replace
    from pathlib import Path

    from textual import on, work
    from textual.app import App
    from textual.binding import Binding
    from textual.message import Message
    from textual.screen import ModalScreen, Screen
    from textual.worker import Worker, WorkerState, get_current_worker

    from reader.counts import count
    from reader.model import Article
    from reader.notices import Notices
    from reader.resources import stylesheet
    from reader.screens.reading import ReadingScreen
    from reader.settings import Settings
    from reader.settings import load as load_settings
    from reader.settings import save as save_settings
    from reader.sources.urls import shown_url
    from reader.store.lineup import Lineup, Picked
    from reader.typed_ahead import KeysInOrder
    from reader.widgets.footer import KeyFooter
finally:
    gc.freeze()
    if _collecting:
        gc.enable()

MINUTE = 60.0  # seconds, for the refresh interval (tests make it short)


class Warned(Message):
    """A warning logged by a source or the store, to show as a notification."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class NotifyHandler(logging.Handler):
    """Sends log records to the app from any thread (post_message is thread-safe), as
    the command line writes them: they quote URLs and servers' words (see CleanFormatter)."""

    def __init__(self, app: App) -> None:
        super().__init__(logging.WARNING)
        self.app = app

    def emit(self, record: logging.LogRecord) -> None:
        self.app.post_message(Warned(shown_url(record.getMessage())))


class ReaderApp(KeysInOrder):
    """Opens `sources` (or the library, the seeds on a first run) in the reading screen."""

    CSS_PATH = str(stylesheet())
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(
        self,
        store,
        sources: list[str] | None = None,
        articles: list[Article] | None = None,
        errors: list[str] | None = None,
        settings: Settings | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.sources = list(sources or [])
        self.articles = list(articles or [])
        self.errors = list(errors or [])
        self.settings_path = settings_path
        self.settings, self._settings_warning = (
            (settings, None) if settings is not None else load_settings(settings_path)
        )
        self.status_text = ""  # background work under way, as the footers show it
        self._refreshing = False  # the refresh at start and its timer are set going
        self._failing: set[str] = set()  # feeds that failed at the last automatic refresh
        self.notices = Notices()
        self._warnings_said: set[str] = set()  # see _warned
        self._collector_was_enabled = False  # see on_load
        self._frozen = False
        self.failed: list[str] = []  # what could not be opened, when nothing could

    def on_load(self) -> None:
        """Start-up makes a few hundred thousand long-lived objects and no garbage: the
        cycle collector waits for the first frame (as Textual pauses it while scrolling)."""
        self._collector_was_enabled = gc.isenabled()
        gc.disable()

    def on_unmount(self) -> None:
        from reader.sources.fetch import abort_all

        abort_all()  # quitting never waits on the network: fetches in flight stop now
        logging.getLogger("reader").handlers = self._log_handlers
        if self._frozen:  # tests start many apps in one process: hand it all back
            gc.unfreeze()
        self._resume_collector()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.report_failure(event.worker.error)

    def report_failure(self, error: BaseException | None) -> None:
        """A failed background job is reported, never silent, and never a crash."""
        message = f"{type(error).__name__}: {error}"
        self.notify(message, title="Something failed", severity="error", markup=False)
        self.reading.set_loading(False)

    def notify(self, message: str, *, title: str = "", **kwargs) -> None:
        """Notifications quote file names, URLs and servers' words: cleaned first. A few
        show at once; those past them are told in one message (reader.notices)."""
        from reader.sources.clean import clean_line, clean_text

        message, now = clean_text(message), time.monotonic()
        until = now + (kwargs.get("timeout") or self.NOTIFICATION_TIMEOUT)
        if self.notices.admit(message, now, until):
            super().notify(message, title=clean_line(title), **kwargs)
        elif self.notices.held == 1:
            self.set_timer(self.notices.room_at() - now, self._tell_held)

    def _tell_held(self) -> None:
        held, last = self.notices.release()
        plural = "s" * (held != 1)
        message = f"{held} more message{plural} not shown; the last: {last}"
        super().notify(message, severity="warning", markup=False)

    @on(Warned)
    def _warned(self, message: Warned) -> None:
        """A warning is said once a session: a sloppy feed read at every refresh (every 30
        minutes) would say the same thing again and again; errors are said each time."""
        if message.text in self._warnings_said:
            return
        self._warnings_said.add(message.text)
        self.notify(message.text, severity="warning", markup=False)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and ours, derived from them so that every highlight and
        border is readable in any theme (reader.contrast)."""
        from reader.contrast import derived_variables

        variables = super().get_css_variables()
        return {**variables, **derived_variables(variables)}

    def open_dialog(self, dialog: Screen, callback=None) -> None:
        """One dialog at a time: one opened (from the palette) over another replaces it."""
        while isinstance(self.screen, ModalScreen):
            self.pop_screen()
        self.push_screen(dialog, callback)

    def get_default_screen(self) -> ReadingScreen:
        self.reading = ReadingScreen(self.store, narrow_width=self.settings.narrow_width)
        return self.reading

    def _apply_settings(self) -> None:
        """The saved theme (an unknown one is said and skipped); the theme chosen from
        now on is saved."""
        if self._settings_warning:
            self.notify(self._settings_warning, title="Settings", severity="warning", markup=False)
        theme = self.settings.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            self.notify(
                f"Unknown theme {theme!r} in the settings.", severity="warning", markup=False
            )
        self._theme_at_start = self.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme) -> None:
        if theme.name == (self.settings.theme or self._theme_at_start):
            return
        self.settings = replace(self.settings, theme=theme.name)
        try:
            save_settings(self.settings, self.settings_path, only=("theme",))
        except OSError as error:
            self.notify(f"Could not save the theme: {error}", severity="warning", markup=False)

    def on_mount(self) -> None:
        logger = logging.getLogger("reader")
        logger.handlers, self._log_handlers = [NotifyHandler(self)], logger.handlers
        self.store.on_warning = lambda text: self.post_message(Warned(text))
        for warning in self.store.warnings:
            self.notify(warning, title="Cache", severity="warning", markup=False)
        self._apply_settings()
        first = self._first_article()
        if first is not None:  # shown before the first frame when its analysis is cached
            self.reading.show_first(first)
        # In the screen's queue, after its resume, which paints the first frame: not after
        # a later refresh, which waits for the update timer (a sixtieth of a second or more).
        self.reading.call_later(self._first_frame)

    def _first_article(self) -> Article | None:
        """What will be shown first: the first article given, else (no sources) what the
        library opens on. Reading it here is one small query or file; the rest loads in a
        worker (which analyses the other new articles too)."""
        if self.articles:
            return self.articles[0]
        if self.sources or self.errors:
            return None
        from reader.library import first_article

        return first_article(self.store)

    def _first_frame(self) -> None:
        """The library loads after the first frame, so that its worker does not compete
        with the first paint."""
        self._resume_collector()
        self.load_library()

    def article_shown(self, large: bool = False) -> None:
        """The first article on screen ends start-up: what lives now (widgets, styles, the
        parser's word lists) lives as long as the app, so the cycle collector stops walking
        it (gc.freeze). Otherwise its first full pass after a first parse, about 30 ms, falls
        in the first paint of the panes. What a large article made is frozen too, once laid
        out (its objects are still freed when it is closed: they hold no cycles)."""
        if not self._frozen or large:
            self._frozen = True
            gc.freeze()
        self._resume_collector()

    def _resume_collector(self) -> None:
        if self._collector_was_enabled:
            gc.enable()

    def load_library(self) -> None:
        """The given articles and sources, else the library (the seeds when it is empty)."""
        given = bool(self.sources or self.articles or self.errors)
        self.open_sources(self.sources, self.articles, self.errors, whole_library=not given)

    @work(thread=True, exclusive=True, group="sources", exit_on_error=False)
    def open_sources(
        self,
        sources: list[str],
        articles: Sequence[Article] = (),
        errors: Sequence[str] = (),
        whole_library: bool = False,
    ) -> None:
        """Load sources into the library in the background, then show them."""
        from reader import library

        shown, added, failed = library.open_sources(self.store, sources, articles, whole_library)
        feeds = [s for s in sources if self.store.has_feed(s)]
        feed = feeds[0] if len(sources) == 1 and feeds and not articles else None
        self.call_from_thread(self._library_loaded, shown, [*errors, *failed], feed, whole_library)
        on_screen = shown[0].id if shown else None  # the reading screen analyses that one
        self.call_from_thread(self.index_entries, [e for e in added if e.id != on_screen])

    @work(thread=True, group="index", exit_on_error=False)
    def index_entries(self, entries: list) -> None:
        """Analyse new articles in the background, so that who's who, timelines and the
        other articles of an actor find them without waiting."""
        from reader import library

        worker = get_current_worker()
        library.index(self.store, entries, lambda: worker.is_cancelled)

    def action_ask_subscribe(self) -> None:
        """A prompt for a feed's URL; the feed is read in the background."""
        from reader.screens.prompt import PromptScreen

        def given(value: str | None) -> None:
            if value and value.strip():
                self.subscribe(value.strip())

        self.open_dialog(
            PromptScreen(
                "Subscribe to a feed (URL):",
                placeholder="https://example.org/feed.xml",
                check=check_url,
            ),
            given,
        )

    @work(thread=True, group="subscribe", exit_on_error=False)
    def subscribe(self, url: str) -> None:
        """Fetch the feed and add it; a URL that fails is a message and adds nothing."""
        from reader import library

        self.call_from_thread(self.set_status, f"Subscribing to {url}")
        already = self.store.has_feed(url)
        entries, errors = library.subscribe(self.store, url)
        self.call_from_thread(self._subscribed, url, entries, errors, already)

    def _subscribed(
        self, url: str, entries: list, errors: list[str], already: bool = False
    ) -> None:
        self.set_status("")
        for error in errors:
            self.notify(error, title="Could not subscribe", severity="error", markup=False)
        if not entries and errors:
            return
        self.library_changed()
        self.index_entries(entries)
        if not self.store.has_feed(url):  # a web page: opened as an article
            self.reading.add_entries(entries)
            return
        name = next((f.name for f in self.store.feeds() if f.url == url), shown_url(url))
        said = f"{'Already subscribed' if already else 'Subscribed'} to {name}"
        self.notify(f"{said}: {count(len(entries), 'article')}.", markup=False)
        self.show_feed(url, entries)

    def show_feed(self, url: str, entries: Sequence) -> None:
        """The Feeds screen on this feed's articles (they are also what [ and ] step through)."""
        from reader.screens.feeds import FEED, FeedsScreen

        if isinstance(self.screen, FeedsScreen):
            self.screen.row = FEED + url
            self.screen.show_list()
        elif self.screen is self.reading:
            if not self.reading.entries:
                self.reading.entries = Picked(self.store, entries)
            self.reading.action_feeds(FEED + url)

    def unread_changed(self) -> None:
        """Read state changed somewhere: the counts shown follow."""
        self.reading.update_unread()

    def _library_loaded(
        self, entries: Lineup | Picked, errors: list[str], feed: str | None, whole_library: bool
    ) -> None:
        """Show what was opened: a feed given alone opens on its list of articles, new
        or already known; the whole library on its newest article; anything else on its
        first article."""
        from reader.library import KEPT_NOTE

        given = self.sources or self.articles or self.errors
        if given and errors and not entries and not self.reading.entries:
            self.failed = errors  # nothing at all opened: as a missing file, exit 2
            self.exit(return_code=2)
            return
        for error in errors:
            if error.endswith(KEPT_NOTE):  # titled as what happened: nothing was lost
                title = "Offline: showing the copy kept in the library"
                message = error.removesuffix(KEPT_NOTE)
                self.notify(message, title=title, severity="warning", markup=False)
            else:
                self.notify(error, title="Could not open", severity="error", markup=False)
        self.reading.update_unread()
        self._start_refreshing()
        if feed and entries:
            self.show_feed(feed, entries)
        elif entries and whole_library:
            self.reading.show_lineup(entries)
        elif entries:
            self.reading.add_entries(entries)
        elif not self.reading.entries:
            self.notify("No article to show.", severity="warning")

    @work(thread=True, exclusive=True, group="feeds", exit_on_error=False)
    def refresh_feeds(self, automatic: bool = False) -> None:
        """Reload every feed in the background; progress on the status line. An automatic
        refresh (at start, every N minutes) is quiet unless it finds something."""
        from reader import library

        if not self.store.feeds():
            if not automatic:
                self.call_from_thread(self.notify, "No feeds to refresh (s subscribes).")
            return

        def progress(done: int, total: int, url: str) -> None:
            self.call_from_thread(self.set_status, f"Refreshing feeds: {done} of {total}")

        report = library.refresh_feeds(self.store, progress)
        self.call_from_thread(self._refreshed, report, automatic)

    def _start_refreshing(self) -> None:
        """Once the library is loaded: a refresh now and every N minutes, as set."""
        if self._refreshing:
            return
        self._refreshing = True
        if self.settings.refresh_at_start:
            self.refresh_feeds(automatic=True)
        if self.settings.refresh_interval > 0:
            self.set_interval(self.settings.refresh_interval * MINUTE, self._refresh_on_timer)

    def _refresh_on_timer(self) -> None:
        running = any(w.group == "feeds" and not w.is_finished for w in self.workers)
        if not running:  # a refresh that takes longer than the interval is not restarted
            self.refresh_feeds(automatic=True)

    def action_refresh_feeds(self) -> None:
        self.refresh_feeds()

    def set_status(self, text: str) -> None:
        """Background work in the footer of every screen open ("" when done)."""
        self.status_text = text  # for a screen opened while the work goes on
        for screen in self.screen_stack:
            for footer in screen.query(KeyFooter):
                footer.show_status(text)

    def _refreshed(self, report, automatic: bool = False) -> None:
        """Say what the refresh found; lists and counts follow, the article read stays."""
        self.set_status("")
        self.library_changed()
        self.index_entries(report.entries)
        if automatic:  # one line, only with news or a feed newly failing (the Feeds screen
            failing = {url for url, _ in report.errors}  # keeps every last error)
            if report.added or failing - self._failing:
                self.notify(f"Feeds refreshed: {report.summary()}", markup=False)
            self._failing = failing
            return
        # One message, however many failed: offline, a toast a feed hid the screen and
        # said the same thing again and again (the Feeds screen keeps each error).
        said = f"Feeds refreshed: {report.summary()}"
        if len(report.errors) == 1:
            url, message = report.errors[0]
            said += f"\n{shown_url(url)}: {message}"
        elif report.errors:
            said += f"\n{len(report.errors)} feeds could not be read: {self._where_errors_are()}."
        self.notify(said, severity="error" if report.errors else "information", markup=False)

    def _where_errors_are(self) -> str:
        """Where each feed's error is read, from the screen the user is on: "see Feeds
        (F)" is no help where F is not bound, or on the Feeds screen itself."""
        from reader.screens.feeds import FeedsScreen

        screen = self.screen
        if isinstance(screen, FeedsScreen):
            return "each says why in the list" if screen.row is None else "escape lists them"
        if isinstance(screen, ReadingScreen):
            return "see Feeds (F)"
        return "the Feeds screen says why (F from the article)"

    def library_changed(self) -> None:
        """New or removed articles: the counts and the lists on screen follow (the
        article being read stays as it is)."""
        from reader.screens.feeds import FeedsScreen

        self.reading.update_unread()
        self.reading.forget_removed()
        for screen in self.screen_stack:
            if isinstance(screen, FeedsScreen):
                screen.changed()


def check_url(value: str) -> str | None:
    from reader.sources import is_url

    return None if is_url(value.strip()) else "Give a URL (https://…)."


def _commands():
    from reader.commands import ReaderCommands  # here: only when the palette opens

    return ReaderCommands


def run_app(store, articles: list[Article], remote: list[str], errors: list[str]) -> int:
    """Run the app until the user quits; the exit code for the command line. When no
    source given could be opened (a URL that fails is only known once fetched), the app
    closes and each failure is one line on stderr, as for a missing file."""
    import asyncio
    import sys

    # A loop of its own: asyncio.run would wait, after the last frame, for every thread
    # still working (an analysis, a feed being parsed), with the terminal blank.
    loop = asyncio.new_event_loop()
    with store:
        app = ReaderApp(store, remote, articles, errors)
        app.run(loop=loop)
    loop.close()  # its threads are not waited for
    for error in app.failed:
        print(f"reader: {error}", file=sys.stderr)
    return app.return_code or 0
