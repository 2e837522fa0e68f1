"""The Feeds screen: every feed with its counts, then the articles of the one chosen.

Two lists in one screen, one shown at a time: the feeds ("All articles", "Unread"
and, once an article is starred, "Starred" first), and the articles of a row, newest
first. Enter on an article hands the list back to the reading screen, which opens it
in the three panes.
`/` filters the list shown by the words of its rows, as the library's does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from reader.counts import count
from reader.screens.library import entry_prompt
from reader.sources.urls import hide_password, shown_url, url_netloc
from reader.widgets.filter_field import FilterField
from reader.widgets.footer import KeyFooter
from reader.widgets.lists import KeyList

if TYPE_CHECKING:
    from reader.app import ReaderApp

ALL, UNREAD, STARRED = "all", "unread", "starred"  # the rows before the feeds
FEED = "feed:"  # a feed row's id: FEED + its URL
LIMIT = 1000  # articles listed at once (the library screen's filter reaches the rest)


@dataclass
class Chosen:
    """What the Feeds screen hands back: the articles listed, the one chosen, the row
    they were listed from (so that the screen opens on that list next time)."""

    entries: list
    index: int
    row: str


class FeedList(KeyList):
    BINDINGS = [Binding("enter", "select", "Open")]


def refreshed_when(value: str | None, now: datetime | None = None) -> str:
    """When a feed was last fetched, in local time: "09:12" today, else "2 Dec"."""
    if not value:
        return "never refreshed"
    try:  # kept by the reader, but another program may have left anything there
        when = datetime.fromisoformat(value)
        when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
    except (ValueError, OverflowError):
        return "refreshed at an unknown time"
    now = now or datetime.now().astimezone()
    if when.date() == now.date():
        return f"refreshed {when:%H:%M}"
    return f"refreshed {when.day} {when:%b}"


def feed_line(title: str, unread: int, total: int, refreshed: str = "", error: str = "") -> Text:
    """unread/total, the title, the last refresh; the last error on a line of its own
    under the title, so that it is read whole in 80 columns."""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{unread:>5}", style="bold" if unread else "dim")
    line.append(f"/{total:<5} ", style="dim")
    line.append(title, style="bold" if unread else "")
    if refreshed:
        line.append(f"  · {refreshed}", style="dim")
    if error:
        line.append(f"\n{'':12}failed: {error}", style="red")
    return line


def article_line(entry, source: str) -> Text:
    """The library's line for the entry, and where it is from (if `source`: a feed's own
    list leaves it out, its title bar names the feed)."""
    line = entry_prompt(entry)
    if source:
        line.append(f"  · {source}", style="dim")
    return line


def source_name(entry, feed_titles: dict[str, str]) -> str:
    """The feed's title, else the web site, else the file it came from."""
    if entry.feed:
        return feed_titles.get(entry.feed) or url_netloc(entry.feed) or shown_url(entry.feed)
    if "://" in entry.source:
        return url_netloc(entry.source) or hide_password(entry.source)
    return entry.source.rsplit("/", 1)[-1]


def _what_goes(feed, shared: int = 0) -> str:
    """What unsubscribing does to a feed's articles: the unread go, the read stay, and
    so do the `shared` unread ones starred or carried by another feed too."""
    unread, read = feed.unread - shared, feed.total - feed.unread
    parts = []
    if unread:
        parts.append(f"{count(unread, 'unread article')} {'goes' if unread == 1 else 'go'}")
    if shared:
        parts.append(
            f"{count(shared, 'unread article')} starred or in another feed "
            f"{'stays' if shared == 1 else 'stay'}"
        )
    if read:
        parts.append(f"{count(read, 'read article')} {'stays' if read == 1 else 'stay'}")
    if not parts:
        return "It has no articles."
    return "Its " + "; its ".join(parts) + "."


class FeedsScreen(Screen[Chosen | None]):
    """Feeds and their articles; dismisses with a Chosen article, or None."""

    # l and / work as on the article (the help lists them there), shown in this
    # screen's help only: at 80 columns the footer has room for the keys of the lists.
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("m", "toggle_read", "Read/unread"),
        Binding("asterisk", "toggle_star", "Star", key_display="*", show=False),
        Binding("M", "mark_all_read", "All read"),
        Binding("r", "app.refresh_feeds", "Refresh"),
        Binding("s", "app.ask_subscribe", "Subscribe"),
        Binding("d,delete", "remove", "Remove"),
        Binding("slash", "filter", "Filter", show=False, priority=True),
        Binding("l", "library", "Library", show=False),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit", show=False),
    ]

    @property
    def reader_app(self) -> ReaderApp:
        """The app with its own parts typed: the reading screen, the unread count."""
        return cast("ReaderApp", self.app)

    def __init__(self, store, row: str | None = None, current: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.row = row  # None: the feeds are listed; else the row whose articles are
        self.current = current  # the entry being read: the cursor starts on it
        self._entries: list = []
        self._feed_rows: list[str] = []
        self._words: list[str] = []  # the filter's, case-folded: a row shows with all

    def compose(self) -> ComposeResult:
        yield Static(id="feeds-title", markup=False)
        yield FilterField(placeholder="words in the titles listed", id="feeds-filter")
        yield FeedList(id="feeds-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#feeds-filter").display = False
        self.show_list()
        self.query_one(FeedList).focus()
        self.query_one(KeyFooter).show_status(self.reader_app.status_text)  # a refresh under way

    # -- the two lists ---------------------------------------------------------

    def show_list(self, keep_cursor: bool = False) -> None:
        """Draw the feeds, or the articles of `row`, from the store as it is now; the
        cursor stays on the same row when asked (new articles above do not move it)."""
        listed = self.query_one(FeedList)
        before, at = None, 0
        if keep_cursor and listed.highlighted is not None:
            before, at = listed.get_option_at_index(listed.highlighted).id, listed.highlighted
        feeds = self.store.feeds()
        titles = {f.url: f.title for f in feeds}
        listed.clear_options()
        if self.row is None:
            options = [o for o in self._feed_options(feeds) if self._shown(o)]
            self._feed_rows = [str(o.id) for o in options]
            listed.add_options(options)
            ids = self._feed_rows
        else:
            mixed = not self.row.startswith(FEED)  # All, Unread, Starred: rows of many feeds
            lines = [
                (e, article_line(e, source_name(e, titles) if mixed else ""))
                for e in self._listed_entries()
            ]
            lines = [(e, line) for e, line in lines if self._shown(line)]
            self._entries = [e for e, _ in lines]
            listed.add_options(Option(line, id=str(e.id)) for e, line in lines)
            ids = [str(e.id) for e in self._entries]
            before = before or str(self.current)
        if listed.option_count:
            # the same row; where it was removed, the row that took its place
            listed.highlighted = ids.index(before) if before in ids else min(at, len(ids) - 1)
        self._paint_title(feeds)
        self.refresh_bindings()

    def _shown(self, row: Option | Text) -> bool:
        """Whether a row has every word of the filter (in any case)."""
        text = str(row.prompt if isinstance(row, Option) else row).casefold()
        return all(word in text for word in self._words)

    def _feed_options(self, feeds: list) -> list[Option]:
        unread, total = self.store.counts()
        rows = [
            Option(feed_line("All articles", unread, total), id=ALL),
            Option(feed_line("Unread", unread, unread), id=UNREAD),
        ]
        starred_unread, starred = self.store.counts(starred=True)
        if starred:  # listed once an article is starred
            rows.append(Option(feed_line("Starred", starred_unread, starred), id=STARRED))
        for feed in feeds:
            line = feed_line(
                feed.name,
                feed.unread,
                feed.total,
                refreshed_when(feed.refreshed),
                feed.last_error or "",
            )
            rows.append(Option(line, id=FEED + feed.url))
        return rows

    def _listed_entries(self) -> list:
        if self.row == UNREAD:
            return self.store.entries(LIMIT, unread=True)
        if self.row == STARRED:
            return self.store.entries(LIMIT, starred=True)
        if self.row and self.row.startswith(FEED):
            return self.store.entries(LIMIT, feed=self.row.removeprefix(FEED))
        return self.store.entries(LIMIT)

    def _paint_title(self, feeds: list) -> None:
        bar = Text(" reader ─ ", style="dim", no_wrap=True, overflow="ellipsis")
        bar.append(f"{self.store.unread_count()} unread", style="bold")
        bar.append(" ─ ", style="dim")
        bar.append(self._row_title(feeds), style="bold")
        if self.row is not None:
            bar.append(f" ─ {self._listed_count(feeds)}")
        if self._words and not self.query_one(FeedList).option_count:
            bar.append(f" ─ no row holds {' '.join(self._words)!r}: escape clears the filter")
        self.query_one("#feeds-title", Static).update(bar)

    def _listed_count(self, feeds: list) -> str:
        """How many articles the list shows; of how many, when LIMIT cut it."""
        shown = len(self._entries)
        if shown < LIMIT or shown >= (total := self._row_total(feeds)):
            return f"{shown} article{'s' * (shown != 1)}"
        return f"the newest {shown:,} of {total:,} articles"

    def _row_total(self, feeds: list) -> int:
        """How many articles the row shown holds in the library."""
        if self.row == ALL:
            return self.store.counts()[1]
        if self.row == UNREAD:
            return self.store.unread_count()
        if self.row == STARRED:
            return self.store.counts(starred=True)[1]
        url = (self.row or "").removeprefix(FEED)
        return next((f.total for f in feeds if f.url == url), 0)

    def _row_title(self, feeds: list) -> str:
        if self.row is None:
            return f"Feeds ({len(feeds)})"
        if self.row == ALL:
            return "All articles"
        if self.row == UNREAD:
            return "Unread"
        if self.row == STARRED:
            return "Starred"
        url = self.row.removeprefix(FEED)
        return next((f.name for f in feeds if f.url == url), shown_url(url))

    def selected_entry(self):
        listed = self.query_one(FeedList)
        if self.row is None or listed.highlighted is None or not self._entries:
            return None
        return self._entries[listed.highlighted]

    def selected_feed(self) -> str | None:
        """The URL of the feed under the cursor in the feeds list."""
        listed = self.query_one(FeedList)
        if self.row is not None or listed.highlighted is None:
            return None
        row = self._feed_rows[listed.highlighted]
        return row.removeprefix(FEED) if row.startswith(FEED) else None

    @on(KeyList.OptionSelected, "#feeds-list")
    def _chosen(self, event: KeyList.OptionSelected) -> None:
        if self.row is None:
            self.row, self.current = event.option.id, None
            self._unfiltered()
            self.show_list()
            return
        self.dismiss(Chosen(self._entries, event.option_index, self.row))

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("toggle_read", "toggle_star"):
            return self.row is not None  # hidden where the feeds are listed
        return True

    def action_filter(self) -> None:
        self.query_one("#feeds-filter", FilterField).open()

    @on(Input.Changed, "#feeds-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._words = event.value.casefold().split()
        self.show_list()

    @on(Input.Submitted, "#feeds-filter")
    def _done_filtering(self) -> None:
        self.query_one(FeedList).focus()

    def on_key(self, event) -> None:
        """Down from the filter goes to the list, as in the library."""
        if event.key == "down" and self.query_one("#feeds-filter", Input).has_focus:
            event.stop()
            self.query_one(FeedList).focus()

    def _unfiltered(self) -> bool:
        """Clear and hide the filter; whether there was one to clear."""
        field = self.query_one("#feeds-filter", Input)
        shown = bool(field.display)
        field.display, self._words = False, []
        with field.prevent(Input.Changed):
            field.value = ""
        self.query_one(FeedList).focus()
        return shown

    def action_library(self) -> None:
        """The library, in place of this screen: what is chosen there opens to read."""
        self.dismiss(None)
        self.reader_app.reading.action_library()

    def action_back(self) -> None:
        """The filter goes first; then from the articles to the feeds; from the feeds
        back to reading."""
        if self._unfiltered():
            self.show_list()
            return
        if self.row is None:
            self.dismiss(None)
            return
        row, self.row = self.row, None
        self.show_list()
        self.query_one(FeedList).highlighted = (
            self._feed_rows.index(row) if row in self._feed_rows else 0
        )

    def action_toggle_read(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.store.mark_read(entry.id, not entry.read)
        self.changed()

    def action_toggle_star(self) -> None:
        """Star the article under the cursor, to keep it for later, or unstar it."""
        entry = self.selected_entry()
        if entry is None:
            return
        self.store.star(entry.id, not entry.starred)
        self.changed()

    def action_mark_all_read(self) -> None:
        """Every article of the list shown (or of the feed under the cursor) is marked
        read, those past the LIMIT listed too."""
        row = self.row
        if row is None:
            listed = self.query_one(FeedList)
            if listed.highlighted is None:
                return
            row = self._feed_rows[listed.highlighted]
        feed = row.removeprefix(FEED) if row.startswith(FEED) else None
        marked = self.store.mark_all_read(feed, starred=row == STARRED)
        self.notify(f"Marked {marked} article{'s' * (marked != 1)} read.")
        self.changed()

    def action_remove(self) -> None:
        """Remove the article or the feed under the cursor, once confirmed."""
        from reader.screens.confirm import ConfirmScreen

        entry, url = self.selected_entry(), self.selected_feed()
        if entry is not None:
            question = f"Remove “{entry.title}” from the library?"

            def remove() -> None:
                self.store.remove_entries([entry.id])
                self.notify(f"Removed “{entry.title}”.", markup=False)

        elif url is not None:
            feed = next(f for f in self.store.feeds() if f.url == url)
            shared = self.store.kept_anyway(url)
            name = feed.name
            question = f"Unsubscribe from {name}? {_what_goes(feed, shared)}"

            def remove() -> None:
                self.store.remove_feed(url)
                self.notify(f"Unsubscribed from {name}.", markup=False)

        else:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                remove()
                self.reader_app.library_changed()

        self.app.push_screen(ConfirmScreen(question), answered)

    def changed(self) -> None:
        """The library changed (read state, a refresh, a removal): redraw, keep the cursor,
        and let the reading screen's count follow."""
        self.show_list(keep_cursor=True)
        self.reader_app.unread_changed()

    def action_help(self) -> None:
        """Every key, this screen's first: those the footer has no room for are here."""
        self.reader_app.reading.action_help(first=("Feeds", "Feeds list"))
