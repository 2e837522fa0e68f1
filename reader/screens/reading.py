"""The reading screen: Article | Actors | Chronology, linked, all from the keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reader.collector import young_garbage_collected
from reader.dates import human_date
from reader.model import Actor, Analysis, Article
from reader.sources.urls import hide_password
from reader.store.lineup import Lineup, Picked
from reader.widgets.actors_pane import ActorSelected, ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.chronology_pane import ChronologyPane, EventSelected
from reader.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.timer import Timer

    from reader.app import ReaderApp
    from reader.screens.help import HelpScreen

PANES = ("article", "actors", "chronology")
NARROW = 100  # columns: under this, one pane shows at a time, like tabs (a setting)
FEED_DATE_RULE = "The date is the page's own (its metadata) when it gives one, else the feed's."
SPINNER_DELAY = 0.15  # seconds of work before the panes show that they are busy
SWEEP_EVERY = 0.2  # seconds between collections of young garbage while the panes are busy
UNREAD_LISTED = 1000  # the newest unread articles `u` lists when the list has none left
LARGE_ARTICLE = 200_000  # characters: its cache read after its text shows; frozen once laid out
PANE_TITLES = {"article": "Article (1)", "actors": "Actors (2)", "chronology": "Chronology (3)"}
PANE_FOCUS: dict[str, type[Widget]] = {
    "article": ArticleView,
    "actors": ActorsPane,
    "chronology": ChronologyPane,
}


def _tabs(current: str) -> str:
    """The pane names as tabs, the current one in brackets (shown on narrow terminals)."""
    return "   ".join(f"[{PANE_TITLES[p]}]" if p == current else PANE_TITLES[p] for p in PANES)


class ReadingScreen(Screen):
    """Shows one article of the library at a time; the library is in `entries`."""

    BINDINGS = [
        Binding("tab", "cycle_pane(1)", "Next pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        Binding("1", "focus_pane('article')", "Article", show=False),
        Binding("2", "focus_pane('actors')", "Actors", show=False),
        Binding("3", "focus_pane('chronology')", "Chronology", show=False),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
        Binding("n", "step_mention(1)", "Next mention"),
        Binding("N", "step_mention(-1)", "Previous mention"),
        Binding("n,N", "nothing_lit", "Say that nothing is lit", show=False, system=True),
        Binding("escape", "clear", "Clear the lit words, else back to the list", show=False),
        Binding("l", "library", "Library"),
        Binding("a", "appearances", "Other articles"),
        Binding("t", "timeline", "Timeline"),
        Binding("W", "whos_who", "Who's who"),
        Binding("left_square_bracket", "step_article(-1)", "Previous article", show=False),
        Binding("right_square_bracket", "step_article(1)", "Next article", show=False),
        Binding("r", "refresh", "Refresh feeds", show=False),
        Binding("o", "open_link", "Open link", show=False),
        Binding("slash", "find", "Find", key_display="/"),
        Binding("F", "feeds", "Feeds"),
        Binding("s", "app.ask_subscribe", "Subscribe", show=False),
        Binding("u", "step_unread(1)", "Next unread"),
        Binding("U", "step_unread(-1)", "Previous unread", show=False),
        Binding("m", "toggle_read", "Read/unread", show=False),
        Binding("asterisk", "toggle_star", "Star", key_display="*", show=False),
    ]

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the store, the workers."""
        return cast("ReaderApp", self.app)

    def __init__(self, store, narrow_width: int = NARROW) -> None:
        super().__init__(classes="-show-article")
        self.narrow_width = narrow_width
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.entries: Lineup | Picked = Picked(store)  # a Lineup: the whole library
        self.index = 0
        self.entry_id: int | None = None  # the entry at `index`, found again when others go
        self.unread: int | None = None  # in the library, shown in the title bar
        self.starred = False  # the entry shown is starred: ★ in the title bar
        self.feeds_row: str | None = None  # the Feeds screen's list `entries` came from
        self._back: Callable[[], None] | None = None  # reopens the list the article came from
        self._mentions: list[tuple[int, int]] = []
        self._mention_index = -1
        self._marked = "mention"  # what the highlights are: an actor's mentions, or a "match"
        self._search = ""  # the words found with /, in the article on screen
        self._pane = "article"
        self._busy = False  # work under way
        self._loading = False  # the spinner is shown
        self._sweeping: Timer | None = None  # collects young garbage while busy
        self._text_first = False  # the text is on screen before its analysis
        self._request = 0  # which article was asked for last: older answers are dropped
        self._wanted: Article | None = None  # the article of that request
        self._wanted_entry: int | None = None  # its library entry, where known
        self._story_sentence: tuple[int, int] | None = None  # to light once it is shown
        self._actor_names: set[str] = set()  # an actor to light once the next article shows
        self._resumed = False  # shown once: its first resume is over

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.reader_app.report_failure(event.worker.error)

    def compose(self) -> ComposeResult:
        panes = {
            "article": ArticleView(id="article", classes="pane"),
            "actors": ActorsPane(id="actors", classes="pane"),
            "chronology": ChronologyPane(id="chronology", classes="pane"),
        }
        for name, pane in panes.items():
            pane.border_title = PANE_TITLES[name]
        yield Static(id="title-bar", markup=False)
        yield from panes.values()  # placed by the stylesheet's grid, no containers to draw
        yield KeyFooter()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Its widgets were styled as they were mounted, just before the first resume:
        Textual's restyling of the whole screen there is skipped (a few milliseconds of
        start-up). A theme or class set meanwhile restyles what it changes by itself."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_resize(self, event) -> None:
        narrow = event.size.width < self.narrow_width
        if narrow != self.has_class("-narrow"):
            self.set_class(narrow, "-narrow")
            self._paint_title_bar()

    def _paint_title_bar(self) -> None:
        """Title, date and source; on a narrow terminal the pane tabs on a second line."""
        bar = Text(" reader ─ ", style="dim", no_wrap=True, overflow="ellipsis")
        if self.unread is not None:
            bar.append(f"{self.unread} unread", style="bold" if self.unread else "dim")
            bar.append(" ─ ", style="dim")
        if self.article is not None:
            bar.append("★ " if self.starred else "", style="bold")
            bar.append(self.title or "", style="bold")
            bar.append(f" ─ {self.sub_title}", style="dim")
        if self.has_class("-narrow"):
            bar.append("\n " + _tabs(self._pane))
        # Its height is the stylesheet's (one line, two when narrow): nothing to lay out.
        self.query_one("#title-bar", Static).update(bar, layout=False)

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.update_unread()  # one count: the title bar is whole in the first frame

    # -- showing an article -------------------------------------------------

    def show_lineup(self, entries: Lineup | Picked) -> None:
        """Step through these entries (the whole library), and open the one opened last
        (the newest, when none was): quitting and coming back marks nothing more read."""
        self.entries = entries
        last = self.reader_app.store.last_opened()
        self.open_entry((entries.place(last.id) if last else None) or 0)

    def add_entries(self, entries, step: int = 1) -> None:
        """Add library entries to those [ and ] step through, and open the first."""
        place = self.entries.take(entries)
        if place is None:  # removed meanwhile: the article on screen stays
            self._say_gone(entries[0])
            return
        self.open_entry(place, step)

    def show_first(self, article: Article) -> None:
        """The first article, as early as can be: from the cache before the first frame,
        else its analysis starts now, while the library loads in the background."""
        self._ask(article, None)

    def open_entry(self, index: int, step: int = 1) -> None:
        """Show an entry: at once when its analysis is cached, else after a worker parses it.

        An entry another reader has removed meanwhile is dropped with a message, and the
        next one in the direction of `step` is opened instead (none when `step` is 0).
        """
        shown = self.entries[self.index] if self.index < len(self.entries) else None
        self.index = index % len(self.entries)
        entry_id = self.entry_id = self.entries[self.index].id
        if self._wanted_entry is None and self._is_wanted(self.entries[self.index]):
            self._wanted_entry = entry_id  # the article shown first, now in the library
            self._mark_read(entry_id)
            return
        try:
            article = self.reader_app.store.article(
                entry_id
            )  # reads: WAL never blocks them on a writer
        except KeyError:
            gone = self.entries[self.index]
            self._say_gone(gone)
            if shown is None or gone.id != shown.id:  # the one on screen stays a place
                del self.entries[self.index]
                if step and self.entries:
                    self.open_entry(self.index if step > 0 else self.index - 1, step)
                    return
            self.index = 0
            if shown is not None and shown in self.entries:
                self.index = self.entries.index(shown)
            self.entry_id = self.entries[self.index].id if self.entries else None
            self.refresh_bindings()
            return
        if article == self._wanted:  # on screen, or on its way there (see show_first)
            self._mark_read(entry_id)
            return
        self._ask(article, entry_id)

    def _say_gone(self, entry) -> None:
        self.notify(
            f"{entry.title}: no longer in the library (removed by another reader?)",
            title="Skipped",
            severity="warning",
            markup=False,
        )

    def _is_wanted(self, entry) -> bool:
        """Whether a library entry is the article on screen or on its way there (shown
        before the library loaded), told from its row: a huge article's text is not
        read and cleaned again for that."""
        wanted = self._wanted
        if wanted is None:
            return False
        published = wanted.published.isoformat() if wanted.published else None
        row = (entry.title, entry.source, entry.url, entry.feed, entry.published)
        if row != (wanted.title, wanted.source, wanted.url, wanted.feed, published):
            return False
        from reader.store.cache import text_hash

        return entry.text_hash == text_hash(wanted.text)

    def _ask(self, article: Article, entry_id: int | None) -> None:
        """Show this article next; an answer still on its way for another is then dropped.
        A cached analysis comes with the text, in one frame, unless the article is large:
        reading that of 5 MB took half a second, so its text shows first, as on a first
        open, and the analysis is read in the background."""
        self._request += 1
        self._wanted, self._wanted_entry = article, entry_id
        large = len(article.text) > LARGE_ARTICLE
        cached = None if large else self.reader_app.store.cached_analysis(article)
        if cached is None:
            self._text_first = True
            self.call_next(self._show_text, article, entry_id, self._request)
            self.set_loading(True)
        else:
            from reader.analysis import with_library_kinds

            cached = with_library_kinds(cached, self.reader_app.store)
            self.call_next(self._show, article, cached, entry_id, self._request)

    def _show_text(self, article: Article, entry_id: int | None, request: int) -> None:
        """The text and its title at once, then its analysis is worked out (from the
        next frame: the parser does not compete with the first screen): a huge article
        is read, and searched, from its first screen on rather than after seconds of
        parsing. The other panes wait empty, under their spinners."""
        if request != self._request:  # the reader has moved on to another article
            return
        self._show_title(article, entry_id)
        self.analysis = None
        self.query_one(ArticleView).show(article)
        self.query_one(ActorsPane).clear()
        self.query_one(ChronologyPane).clear()
        self.reset_article_state()
        self.refresh_bindings()
        self.call_after_refresh(self._analyse, article, entry_id, request)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, article: Article, entry_id: int | None, request: int) -> None:
        from reader.analysis import analysis_for

        analysis = analysis_for(article, self.reader_app.store)
        self.app.call_from_thread(self._show, article, analysis, entry_id, request)

    @work(thread=True, group="marks", exit_on_error=False)
    def _mark_read(self, entry_id: int) -> None:
        """Opened: read, and where the library opens next time."""
        self.reader_app.store.opened(entry_id)
        self.app.call_from_thread(self.update_unread)

    def update_unread(self) -> None:
        """The unread count in the title bar, from the store as it is now (drawn again
        only when it changed: start-up asks more than once)."""
        unread = self.reader_app.store.unread_count()
        if unread != self.unread:
            self.unread = unread
            self._paint_title_bar()

    def _show(
        self, article: Article, analysis: Analysis, entry_id: int | None, request: int
    ) -> None:
        if request != self._request:  # the reader has moved on to another article
            return
        shown_first = self.article is article  # its text, maybe searched, stays as it is
        self._show_title(article, entry_id)
        self.analysis = analysis
        self.reader_app.article_shown()
        with self.app.batch_update():
            if not shown_first:
                self.query_one(ArticleView).show(article)
                self.reset_article_state()
            self.query_one(ActorsPane).show(analysis)
            self.query_one(ChronologyPane).show(analysis)
            self.set_loading(False)
            self.query_one(PANE_FOCUS[self._pane]).focus()
        self.refresh_bindings()
        if self._story_sentence is not None:  # opened from a timeline: its sentence, lit
            self.call_after_refresh(self._light_sentence, self._story_sentence)
            self._story_sentence = None
        if self._actor_names:  # opened from `a`: that actor's mentions, lit
            self._light_actor(self._actor_names)
            self._actor_names = set()
        if entry_id is not None:
            self._mark_read(entry_id)
        if len(article.text) > LARGE_ARTICLE:
            self._freeze_when_laid_out(request)

    def _freeze_when_laid_out(self, request: int) -> None:
        """Once a large article is laid out (its text wrapped, its lists filled), what that
        made lives while it is shown, and a full pass of the cycle collector over it, 110
        ms and more for 5 MB, fell in a keystroke now and then: it is kept out of them."""
        if request != self._request:
            return
        lists = (self.query_one(ActorsPane), self.query_one(ChronologyPane))
        if self.query_one(ArticleView).all_wrapped() and not any(each.filling for each in lists):
            self.reader_app.article_shown(large=True)
        else:
            self.set_timer(0.5, lambda: self._freeze_when_laid_out(request))

    def _show_title(self, article: Article, entry_id: int | None) -> None:
        """The article in the title bar (starred or not), and as the one that `/`, export
        and the rest act on. Set without their reactive refresh, which repaints the whole
        screen: only the title bar shows them."""
        self.article = article
        entry = None if entry_id is None else self.reader_app.store.entry(entry_id)
        self.starred = bool(entry and entry.starred)
        self.set_reactive(ReadingScreen.title, article.title or article.source)
        published = human_date(article.published.isoformat()) if article.published else "no date"
        # where it is from: its link, else its feed (a feed entry's source may be the
        # feed's URL with a fragment, an identity and no link), else the file
        where = hide_password(article.url or article.feed or article.source)
        self.set_reactive(ReadingScreen.sub_title, f"{published} · {where}")
        self.query_one("#title-bar", Static).tooltip = FEED_DATE_RULE if article.feed else None
        self._paint_title_bar()

    def reset_article_state(self) -> None:
        """Everything that belongs to one article is dropped when another is shown:
        highlights and the mention counter, the text selection, the list cursors (the
        panes' `show` puts them on the first row). Only the focused pane carries over.
        Any new per-article state is reset here."""
        self._clear_highlights()
        self.selections = {}
        self._search = ""

    def _clear_highlights(self) -> None:
        self._mentions, self._mention_index = [], -1
        view = self.query_one(ArticleView)
        view.clear_marks()
        view.border_subtitle = ""

    def republish(self, published: date) -> None:
        """Re-normalise the chronology against another publication date."""
        if self.article is not None:
            self._ask(replace(self.article, published=published), None)

    def set_status(self, text: str) -> None:
        """Background work in the footer ("Refreshing feeds: 2 of 5"); "" when done."""
        self.query_one(KeyFooter).show_status(text)

    def set_loading(self, loading: bool) -> None:
        """Panes show a spinner when work takes long enough to notice (a cached
        article opens without one); focus moves made by the spinner are not the user's."""
        self._busy = loading
        if loading:
            self.set_timer(SPINNER_DELAY, self._spin)
            if self._sweeping is None:
                self._sweeping = self.set_interval(SWEEP_EVERY, young_garbage_collected)
        else:
            self._spin()
            if self._sweeping is not None:
                self._sweeping.stop()
                self._sweeping = None

    def _spin(self) -> None:
        """Show the spinner if the work is still going on, hide it once it is done."""
        self._loading = self._busy
        for pane in PANES:  # text shown before its analysis stays readable
            spins = self._busy and not (pane == "article" and self._text_first)
            self.query_one(f"#{pane}").loading = spins
        if not self._busy:
            self._text_first = False

    # -- links between panes ------------------------------------------------

    @on(ActorSelected)
    def _show_actor(self, message: ActorSelected) -> None:
        self._mentions, self._marked = sorted(message.actor.mentions), "mention"
        self._mention_index = 0 if self._mentions else -1
        self._paint_mentions()
        self._article_forward()
        self.refresh_bindings()

    @on(EventSelected)
    def _show_event(self, message: EventSelected) -> None:
        self._clear_highlights()  # an actor's mentions and counter give way to the event
        view = self.query_one(ArticleView)
        view.mark([], sentence=message.event.sentence)
        view.reveal(message.event.sentence[0])
        self._article_forward()
        self.refresh_bindings()

    def _article_forward(self) -> None:
        """A choice in Actors or Chronology is seen in the Article: on a narrow terminal,
        where one pane shows at a time, that pane comes forward."""
        if self.has_class("-narrow"):
            self.action_focus_pane("article")

    def _paint_mentions(self) -> None:
        view = self.query_one(ArticleView)
        current = self._mentions[self._mention_index] if self._mention_index >= 0 else None
        view.mark(self._mentions, current=current)
        if current:
            view.reveal(current[0])
            count = f"{self._mention_index + 1} of {len(self._mentions)}"
            view.border_subtitle = f"{self._marked} {count}"

    # -- actions ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "step_mention":  # in the footer once an actor is chosen
            return bool(self._mentions)
        if action == "nothing_lit":  # n and N otherwise
            return not self._mentions
        if action in ("appearances", "timeline"):  # keys of the Actors pane
            return self._pane == "actors"
        return True

    def action_cycle_pane(self, step: int) -> None:
        self.action_focus_pane(PANES[(PANES.index(self._pane) + step) % len(PANES)])

    def action_focus_pane(self, pane: str) -> None:
        self._set_pane(pane)
        self.query_one(PANE_FOCUS[pane]).focus()

    def _set_pane(self, pane: str) -> None:
        if pane == self._pane and self.has_class(f"-show-{pane}"):
            return
        self._pane = pane
        for name in PANES:
            self.set_class(name == pane, f"-show-{name}")
        self._paint_title_bar()
        self.refresh_bindings()

    def on_descendant_focus(self, event) -> None:
        if self._loading:
            return
        for pane, widget_type in PANE_FOCUS.items():
            if isinstance(event.widget, widget_type) and pane != self._pane:
                self._set_pane(pane)

    def action_nothing_lit(self) -> None:
        self.notify("Nothing is lit: enter on an actor lights its mentions.")

    def action_step_mention(self, step: int) -> None:
        self._mention_index = (self._mention_index + step) % len(self._mentions)
        self._paint_mentions()

    def action_clear(self) -> None:
        """Escape: closes Textual's Keys panel if it is open (as it closes every dialog),
        else clears the highlights; with nothing lit, goes back to the list the article was
        chosen from (Feeds, the library, the articles `a` listed, a timeline), once, as
        newsboat's and nom's back key does."""
        if self.query("HelpPanel"):
            self.app.action_hide_help_panel()
            return
        if not self._mentions and not self._search and self._back is not None:
            back, self._back = self._back, None
            back()
            return
        self._clear_highlights()
        self._search = ""
        self.refresh_bindings()

    def action_step_article(self, step: int) -> None:
        if len(self.entries) < 2:
            self.notify("This is the only article open (l: the library).")
            return
        wanted = self.index + step
        if wanted >= len(self.entries):
            self.notify("Back to the first article.")
        elif wanted < 0:
            self.notify("Round again to the last article.")
        self.open_entry(wanted, step)

    def action_help(self, first: tuple[str, ...] = ()) -> None:
        """Every key of every screen and pane; the sections named `first` at the top (the
        screen it is asked from: keys its footer has no room for are found at once)."""
        self.reader_app.open_dialog(self.help_screen(first))

    def help_screen(self, first: tuple[str, ...] = ()) -> HelpScreen:
        """The help of `action_help`, for a dialog to open over itself."""
        from reader.screens.feeds import FeedList, FeedsScreen
        from reader.screens.help import HelpScreen
        from reader.screens.library import EntryList, LibraryScreen
        from reader.screens.timeline import StoryList, TimelineScreen
        from reader.screens.whos_who import WhoList, WhosWhoScreen

        sections: list[tuple[str, type]] = [
            ("Reading", ReadingScreen),
            ("Article pane", ArticleView),
            ("Actors pane", ActorsPane),
            ("Chronology pane", ChronologyPane),
            ("Library", LibraryScreen),
            ("Library list", EntryList),
            ("Feeds", FeedsScreen),
            ("Feeds list", FeedList),
            ("Who's who", WhosWhoScreen),
            ("Who's who list", WhoList),
            ("Timeline", TimelineScreen),
            ("Timeline list", StoryList),
        ]
        sections.sort(key=lambda section: section[0] not in first)  # stable: in their order
        return HelpScreen(sections)

    def action_library(self) -> None:
        from reader.screens.library import LibraryScreen

        def chosen(entry) -> None:
            if entry is not None:
                self._back = self.action_library
            self._open_chosen(entry)

        self.reader_app.open_dialog(LibraryScreen(self.reader_app.store), chosen)

    def action_appearances(self) -> None:
        """`a`: the other articles with the highlighted actor, or a line saying there is
        none; the one opened from there shows that actor's mentions lit."""
        actor = self._chosen_actor()
        if actor is not None:
            self._find_appearances(actor, self.entries[self.index].id if self.entries else None)

    @work(thread=True, exclusive=True, group="appearances", exit_on_error=False)
    def _find_appearances(self, actor: Actor, current: int | None) -> None:
        """Off the UI thread, once: a surname's full names are looked for in the library."""
        from reader.stories import identity_keys

        store = self.reader_app.store
        keys = identity_keys(store, actor.name, actor.kind)
        names = [actor.name, *actor.aliases]
        found = store.appearances(names, current, keys)
        lit = {name.casefold() for name in names} | set(keys)
        self.app.call_from_thread(self._list_appearances, actor, found, lit)

    def _list_appearances(self, actor: Actor, found: list, lit: set[str]) -> None:
        from reader.screens.library import LibraryScreen

        if not found:
            self.notify(f"No other article in the library mentions {actor.name}.", markup=False)
            return

        def open_list() -> None:
            self.reader_app.open_dialog(
                LibraryScreen(self.reader_app.store, actor=actor, found=found), chosen
            )

        def chosen(entry) -> None:
            if entry is not None:
                self._actor_names, self._back = lit, open_list
            self._open_chosen(entry)

        open_list()

    def _light_actor(self, names: set[str]) -> None:
        """Light the mentions of the actor of this article known by any of these names or
        identity keys (the surname alone, when another article named the full name)."""
        from reader.timeline.identity import identity_key

        for actor in self.analysis.actors if self.analysis else ():
            known = {n.casefold() for n in (actor.name, *actor.aliases)}
            if names & (known | {identity_key(actor.name, actor.kind)}):
                self._show_actor(ActorSelected(actor))
                return

    def action_whos_who(self, at: str | None = None, typed: str = "") -> None:
        """Who's who; a timeline opened from it goes back to it on escape, on that name,
        filtered as it was."""
        from reader.screens.whos_who import WhosWhoScreen

        whos_who = WhosWhoScreen(self.reader_app.store, at, typed)

        def chosen(name: str | None) -> None:
            if name:
                back = partial(self.action_whos_who, name, whos_who.typed)
                self._open_timeline(name, back=back)

        self.reader_app.open_dialog(whos_who, chosen)

    def action_timeline(self) -> None:
        actor = self._chosen_actor()
        if actor is not None:
            self._open_timeline(actor.name)

    def _chosen_actor(self) -> Actor | None:
        """The actor `a` and `t` act on; with none (the article names none, or it is still
        being read), a line says so rather than nothing happening."""
        actor = self.query_one(ActorsPane).highlighted_actor
        if actor is None:
            why = "it is still being read" if self.analysis is None else "it names none"
            self.notify(f"No actor to follow in this article: {why}.", markup=False)
        return actor

    def _open_timeline(
        self, name: str, row: int = 0, back: Callable[[], None] | None = None
    ) -> None:
        """The timeline of `name`, on event `row`. Escape there runs `back` (the list it
        was opened from); escape on the article an event opened comes back to it."""
        from reader.screens.timeline import TimelineScreen

        def chosen(choice) -> None:
            if choice is None:
                if back is not None:
                    back()
            elif self._story_chosen(choice):
                self._back = partial(self._open_timeline, name, choice.row, back)

        self.reader_app.open_dialog(TimelineScreen(self.reader_app.store, name, row), chosen)

    def _story_chosen(self, choice) -> bool:
        """An event chosen in a timeline: its article, at its sentence, lit (False when
        the article has left the library)."""
        entry = self.reader_app.store.entry(choice.entry)
        if entry is None:
            self.notify("That article is no longer in the library.", severity="warning")
            return False
        self._story_sentence = choice.sentence
        asked = self._request
        self.add_entries([entry], step=0)
        shown = self.article == self._wanted and self.analysis is not None
        if self._request == asked and shown:  # already on screen, analysis and all
            self._story_sentence = None
            self._light_sentence(choice.sentence)
        return True

    def _light_sentence(self, sentence: tuple[int, int]) -> None:
        self._clear_highlights()
        view = self.query_one(ArticleView)
        view.mark([], sentence=sentence)
        view.reveal(sentence[0])
        self.action_focus_pane("article")
        self.refresh_bindings()

    def _open_chosen(self, entry) -> None:
        if entry is not None:
            self.add_entries([entry], step=0)

    def action_find(self) -> None:
        """Words to find in the article: lit like mentions, n / N walk them, escape clears."""
        from reader.screens.prompt import PromptScreen

        if self.article is not None:
            self.app.push_screen(
                PromptScreen("Find in the article:", self._search, "words"), self._find
            )

    def _find(self, query: str | None) -> None:
        from reader.find import find_words

        if query is None or self.article is None:
            return
        self._clear_highlights()
        self._search = query.strip()
        self._mentions = find_words(self.article.text, self._search)
        if self._search and not self._mentions:
            self.notify(f"Not in this article: {self._search}", markup=False)
        if self._mentions:
            self._mention_index, self._marked = 0, "match"
            self._paint_mentions()
            self.action_focus_pane("article")
        self.refresh_bindings()

    def action_feeds(self, row: str | None = None) -> None:
        """The Feeds screen, on the list last chosen there (or on `row`)."""
        from reader.screens.feeds import FeedsScreen

        if any(isinstance(screen, FeedsScreen) for screen in self.app.screen_stack):
            return  # already open (the palette's Feeds over it)
        self.feeds_row = row or self.feeds_row
        current = self.entries[self.index].id if self.entries and self.article else None
        self.reader_app.open_dialog(
            FeedsScreen(self.reader_app.store, self.feeds_row, current), self._feeds_chosen
        )

    def _feeds_chosen(self, chosen) -> None:
        """An article chosen in the Feeds screen: its list is what [ ] and u step through.
        Left without a choice and nothing shown yet: the first article of the list."""
        self.update_unread()
        if chosen is not None:
            self.entries = Picked(self.reader_app.store, chosen.entries)
            self.feeds_row, self._back = chosen.row, self.action_feeds
            self.open_entry(chosen.index)
        elif self.article is None and self._wanted is None and self.entries:
            self.open_entry(0)

    def forget_removed(self) -> None:
        """Entries removed from the library leave the list [ ] and u step through (the
        article on screen stays until another is chosen). Its place is found by its id: the
        list may already show the library as it is now, with others before it gone."""
        if not self.entries:
            return
        self.entries.forget_removed()
        place = self.entries.place(self.entry_id) if self.entry_id is not None else None
        self.index = place if place is not None else min(self.index, max(len(self.entries) - 1, 0))

    def action_step_unread(self, step: int) -> None:
        """The next (or previous) unread article of the list, else the newest unread one
        in the library; the list then becomes the newest unread ones."""
        found = self.entries.next_unread(self.index, step) if self.entries else None
        if found is not None:
            self.add_entries([found])
            return
        store = self.reader_app.store
        current = self.entries[self.index].id if self.entries else None
        others = [e for e in store.entries(UNREAD_LISTED, unread=True) if e.id != current]
        if not others:  # none in the whole library either
            self.notify("No unread articles.")
            return
        self.entries, self.feeds_row = Picked(store, others), "unread"
        self.open_entry(0 if step > 0 else len(others) - 1)

    def action_toggle_read(self) -> None:
        """Keep the article on screen for later (unread), or mark it read again."""
        if not self.entries:
            return
        entry = self.reader_app.store.entry(self.entries[self.index].id)
        if entry is not None:
            self.reader_app.store.mark_read(entry.id, not entry.read)
            self.notify("Marked unread." if entry.read else "Marked read.")
            self.update_unread()

    def action_toggle_star(self) -> None:
        """Keep the article for later (listed under Starred in the Feeds screen, kept when
        its feed goes), or no longer."""
        if not self.entries:
            return
        entry = self.reader_app.store.entry(self.entries[self.index].id)
        if entry is not None:
            self.reader_app.store.star(entry.id, not entry.starred)
            self.notify("Unstarred." if entry.starred else "Starred: F lists it under Starred.")
            self.starred = not entry.starred
            self._paint_title_bar()

    def action_open_link(self) -> None:
        """The article's link in a browser; said plainly when there is no link or no
        browser to start, and then the link can be copied instead."""
        url = self.article.url if self.article else ""
        if not url.startswith(("http://", "https://")):
            self.notify("This article has no web link to open.")
            return
        if _browser_opened(url):
            self.notify(f"Opened {url}", markup=False)
            return
        from reader.screens.confirm import ConfirmScreen

        def answered(copy: bool | None) -> None:
            if copy:
                self.app.copy_to_clipboard(url)
                self.notify(f"Copied {url}", markup=False)

        question = f"No web browser could be started. Copy the link instead?\n{url}"
        self.reader_app.open_dialog(ConfirmScreen(question), answered)

    def action_refresh(self) -> None:
        self.reader_app.refresh_feeds()


def _browser_opened(url: str) -> bool:
    """Whether a browser took the link. With no display (and no $BROWSER) Python would
    start a text browser inside this terminal, over the app, so none is tried."""
    import os
    import sys
    import webbrowser

    shown = ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER")
    if sys.platform.startswith("linux") and not any(os.environ.get(v) for v in shown):
        return False
    try:
        return bool(webbrowser.open(url))
    except webbrowser.Error:
        return False
