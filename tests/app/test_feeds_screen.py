"""Pilot tests: the Feeds screen, read state, unread counts and next unread."""

from __future__ import annotations

import reader.screens.feeds
from reader.screens.feeds import FeedList, FeedsScreen
from reader.screens.reading import ReadingScreen
from tests.app.conftest import settle
from tests.app.feeds_helpers import serve_feeds
from tests.app.helpers import option_texts, send_burst


def title_bar(app) -> str:
    return str(app.reading.query_one("#title-bar").render())


def footer(app) -> str:
    from reader.widgets.footer import KeyFooter

    return str(app.screen.query_one(KeyFooter).render())


def rows(app) -> list[str]:
    return option_texts(app.screen.query_one(FeedList))


def wire_and_picks(store, shared: int, picks_alone: int) -> None:
    """Two feeds, Wire and Picks: `shared` stories both carry (one link), then
    `picks_alone` stories only Picks carries."""
    from reader.model import Article

    picks, wire = "https://picks.example/rss", "https://wire.example/rss"
    for url, title in ((wire, "Wire"), (picks, "Picks")):
        store.add_feed(url, title)
    carriers = [(wire, picks)] * shared + [(picks,)] * picks_alone
    for n, feeds in enumerate(carriers, 1):
        link = f"https://news.example/{n}"
        for feed in feeds:
            text = f"Story {n}: the quay in Wick was mended."
            store.add(Article(text, f"S{n}", None, link, link, feed))


async def open_feeds(pilot) -> None:
    await pilot.press("F")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FeedsScreen)


async def test_feeds_list_counts_then_a_feed_then_an_article(make_app, store, site):
    urls = serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # the library opens on its newest article (Bridge reopens), which is now read
        assert app.screen.title == "Bridge reopens"
        assert "2 unread" in title_bar(app)
        await open_feeds(pilot)
        lines = rows(app)
        assert lines[0].split() == ["2/3", "All", "articles"]
        assert lines[1].split() == ["2/2", "Unread"]
        assert lines[2].startswith("    2/2     Harbour news  · refreshed ")
        assert lines[3].startswith("    0/1     Hill post")
        assert urls["broken"] in lines[4] and "failed: HTTP 503" in lines[4]
        await pilot.press("down", "down", "enter")  # Harbour news
        await settle(pilot)
        articles = rows(app)
        assert articles[0] == "● Tue 27 Jun 2023  Ferry returns"  # the title bar names the feed
        assert articles[1] == "● Mon 26 Jun 2023  Quay repaired"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.title == "Quay repaired"
        assert "1 unread" in title_bar(app)
        await open_feeds(pilot)  # back on the same list, the cursor on the article read
        assert rows(app)[1].startswith("  Mon 26 Jun 2023  Quay repaired")
        assert app.screen.query_one(FeedList).highlighted == 1
        await pilot.press("escape")  # to the feeds, the counts updated
        assert rows(app)[2].startswith("    1/2     Harbour news")
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


async def test_toggle_read_and_mark_a_whole_feed_read(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        assert "Read/unread" not in footer(app)  # only where articles are listed
        await pilot.press("down", "down", "enter")
        assert "m Read/unread" in footer(app)
        await pilot.press("m")  # Ferry returns: read
        assert rows(app)[0].startswith("  Tue 27 Jun 2023  Ferry returns")
        await pilot.press("m")  # and unread again
        assert rows(app)[0].startswith("● Tue 27 Jun 2023  Ferry returns")
        await pilot.press("escape")
        assert rows(app)[2].startswith("    2/2     Harbour news")
        await pilot.press("M")  # the feed under the cursor, all read
        assert rows(app)[2].startswith("    0/2     Harbour news")
        assert rows(app)[0].split()[0] == "0/3"
        assert [e.read for e in store.entries()] == [True, True, True]
        await pilot.press("escape")
        assert "0 unread" in title_bar(app)


async def test_next_unread_reads_a_morning_from_the_keyboard(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Bridge reopens"
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.title == "Ferry returns"
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.title == "Quay repaired"
        assert "0 unread" in title_bar(app)
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.title == "Quay repaired"  # nothing left: it stays, and says so
        assert any("No unread" in n.message for n in app._notifications)
        await pilot.press("m")  # keep this one for later
        assert "1 unread" in title_bar(app)
        assert not store.entry(app.reading.entries[app.reading.index].id).read


async def test_feeds_key_is_in_the_footer_and_the_help(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        from reader.widgets.footer import KeyFooter

        footer = str(app.screen.query_one(KeyFooter).render())
        assert "F Feeds" in footer and "u Next unread" in footer
        await pilot.press("question_mark")
        await settle(pilot)
        said = {
            (title, binding.description)
            for title, bindings in app.screen.sections
            for binding in bindings
        }
        assert {("Reading", "Feeds"), ("Reading", "Next unread"), ("Feeds", "All read")} <= said


async def test_the_palette_opens_the_feeds_screen_once(make_app, store, site):
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(2):
            await pilot.press("ctrl+p", *"feeds")
            await pilot.pause()
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        assert sum(isinstance(s, FeedsScreen) for s in app.screen_stack) == 1


async def test_a_list_cut_at_its_limit_says_of_how_many(make_app, store, site, monkeypatch):
    monkeypatch.setattr(reader.screens.feeds, "LIMIT", 2)
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        await pilot.press("enter")  # All articles: 3, two listed
        await settle(pilot)
        assert len(rows(app)) == 2
        title = str(app.screen.query_one("#feeds-title").render())
        assert "the newest 2 of 3 articles" in title
        await pilot.press("escape", "down", "down", "enter")  # Harbour news: 2, all listed
        await settle(pilot)
        assert str(app.screen.query_one("#feeds-title").render()).endswith("─ 2 articles")


async def test_all_read_marks_the_whole_feed_not_only_the_articles_listed(
    make_app, store, site, monkeypatch
):
    monkeypatch.setattr(reader.screens.feeds, "LIMIT", 1)
    urls = serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        await pilot.press("down", "down", "enter")  # Harbour news: 2 unread, 1 listed
        await settle(pilot)
        assert len(rows(app)) == 1
        await pilot.press("M")
        await settle(pilot)
        harbour = next(f for f in store.feeds() if f.url == urls["harbour"])
        assert harbour.unread == 0 and store.unread_count() == 0
        assert any(n.message == "Marked 2 articles read." for n in app._notifications)


async def test_quit_and_come_back_on_the_article_last_opened_counts_kept(make_app, store):
    from datetime import date

    from reader.model import Article

    store.add_many(
        Article(f"The {name} in Wick was mended on Monday.", f"{name.title()} mended", day)
        for name, day in (
            ("quay", date(2023, 6, 3)),
            ("pier", date(2023, 6, 2)),
            ("slip", date(2023, 6, 1)),
        )
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.title == "Quay mended" and "2 unread" in title_bar(app)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.screen.title == "Pier mended" and "1 unread" in title_bar(app)
    again = make_app()  # the next morning: the same article, nothing more marked read
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.screen.title == "Pier mended" and "1 unread" in title_bar(again)
        await pilot.press("right_square_bracket")  # the library's order, from there
        await settle(pilot)
        assert again.screen.title == "Slip mended" and "0 unread" in title_bar(again)


async def test_a_feed_error_is_read_whole_at_80_columns(make_app, store, site):
    from tests.app.helpers import drawn_lines

    urls = serve_feeds(site, store)
    reason = "cannot reach 192.0.2.7 (Connection refused)"  # offline
    store.update_feed(urls["harbour"], error=reason)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        drawn = [line.strip() for line in drawn_lines(app.screen.query_one(FeedList))]
        assert f"failed: {reason}" in drawn  # on a line of its own, under the feed
        assert any(line.startswith("2/2     Harbour news  · refreshed") for line in drawn)


async def test_unsubscribing_says_what_goes_and_stays_in_good_english(make_app, store, site):
    from reader.screens.confirm import ConfirmScreen

    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # Bridge reopens, Hill post's one article, is opened: read
        await open_feeds(pilot)
        asked = []
        for row in (2, 3, 4):  # Harbour news (2 unread), Hill post (1 read), the broken one
            app.screen.query_one(FeedList).highlighted = row
            await pilot.press("d")
            assert isinstance(app.screen, ConfirmScreen)
            asked.append(app.screen.question.split("? ", 1)[1])
            await pilot.press("n")
        assert asked == [
            "Its 2 unread articles go.",
            "Its 1 read article stays.",
            "It has no articles.",
        ]


async def test_l_and_slash_on_the_feeds_screen_open_the_library_and_filter(make_app, store, site):
    """`l` and `/` did nothing on the Feeds screen though the help lists them: `/`
    filters the list shown (feeds by their titles, articles by theirs), escape clears
    the filter first; `l` leaves for the library."""
    from reader.screens.library import LibraryScreen

    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        await pilot.press("slash", *"hill")
        await settle(pilot)
        assert [r.split("·")[0].split()[-2:] for r in rows(app)] == [["Hill", "post"]]
        await pilot.press("enter", "enter")  # the list, then the feed found
        await settle(pilot)
        assert [r.split("  ")[2] for r in rows(app)] == ["Bridge reopens"]
        await pilot.press("slash", *"quay")  # in a feed's list: its articles' titles
        await settle(pilot)
        assert rows(app) == []
        await pilot.press("escape")  # the filter goes first, not the list
        await settle(pilot)
        assert [r.split("  ")[2] for r in rows(app)] == ["Bridge reopens"]
        await pilot.press("escape", "l")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)


async def test_every_key_of_the_feeds_screen_is_reachable_at_80_columns(make_app, store, site):
    """At 80x24 the footer dropped "d Remove": the screen's own keys now come before
    the app's (r and s work on the article too), and the help opened here lists this
    screen's keys first, every one of them."""
    from reader.screens.help import HelpScreen
    from reader.widgets.footer import KeyFooter

    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        for enter in ((), ("enter",)):  # the feeds, then a list of articles
            await pilot.press(*enter)
            await settle(pilot)
            line = str(app.screen.query_one(KeyFooter).render())
            assert "d Remove" in line and "? Help" in line and "esc Back" in line, line
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        first, bindings = app.screen.sections[0]
        assert first == "Feeds"
        assert {b.description for b in bindings} >= {
            "Remove",
            "Refresh",
            "Subscribe",
            "Library",
            "Filter",
            "All read",
        }


async def test_unsubscribing_from_a_feed_that_shares_its_stories_says_they_stay(make_app, store):
    """The question said "Its 2 unread articles go" of stories another feed carries too,
    which stay: it says so, and counts only those that go as going (the newest, opened at
    start, is read)."""
    from reader.screens.confirm import ConfirmScreen

    wire_and_picks(store, shared=2, picks_alone=1)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        app.screen.query_one(FeedList).highlighted = 3  # Picks
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.split("? ", 1)[1] == (
            "Its 2 unread articles starred or in another feed stay; its 1 read article stays."
        )


async def test_keys_typed_at_once_after_slash_go_to_the_filter(make_app, store, site):
    """Typed fast, "/" then "M" marked every article read: the filter took the focus
    only after the keys already waiting had reached the list and its bindings. The
    keys after "/" are the filter's words, however fast they come ("s" subscribes
    elsewhere on this screen)."""
    serve_feeds(site, store)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        before = title_bar(app)
        send_burst(app, "/HMs")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        assert app.screen.query_one("#feeds-filter").value == "HMs"
        assert title_bar(app) == before
        shown = str(app.screen.query_one("#feeds-title").render())
        assert shown.endswith("─ no row holds 'hms': escape clears the filter")


async def test_a_feeds_own_list_names_no_feed_and_the_mixed_lists_do(make_app, store):
    """A story two feeds carry was labelled "· Wire" in the Picks list, the feed that
    brought it first: a feed's own list now names no feed (its title bar does), and the
    lists that mix feeds (All articles, Unread) still say where each row is from."""
    wire_and_picks(store, shared=1, picks_alone=1)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        app.screen.query_one(FeedList).highlighted = 3  # Picks
        await pilot.press("enter")
        await settle(pilot)
        assert "Picks ─ 2 articles" in str(app.screen.query_one("#feeds-title").render())
        assert [r for r in rows(app) if "·" in r] == []
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one(FeedList).highlighted = 0  # All articles
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(r.rsplit("· ", 1)[1] for r in rows(app)) == ["Picks", "Wire"]


def test_a_refresh_time_edited_into_nonsense_is_said_unknown():
    """Another program may leave any text where the time of the last refresh is kept."""
    from reader.screens.feeds import refreshed_when

    for value in ("yesterday", "2", "9999-12-31T23:59:59-23:00", "0001-01-01T00:00:00+05:00"):
        assert refreshed_when(value) == "refreshed at an unknown time"


async def test_a_password_in_a_feed_address_is_shown_nowhere(make_app, store, site):
    """A feed with no title yet (it fails), and one of its stories without a link."""
    from reader.model import Article

    failing = site.add("/locked.xml", "who are you?", status=401)
    failing = failing.replace("://", "://ana:Velk0r-secret@")
    store.add_feed(failing)
    store.add(Article("The quay in Wick was mended.", "Quay", None, failing + "#1", "", failing))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.refresh_feeds()
        await settle(pilot)
        await open_feeds(pilot)
        shown = rows(app)
        await pilot.press("down", "down", "enter")  # the feed's own row
        await settle(pilot)
        shown += rows(app) + [str(app.screen.query_one("#feeds-title").render())]
        await pilot.press("enter")
        await settle(pilot)
        shown += [title_bar(app)] + [n.message for n in app._notifications]
        assert any("ana:***@" in line for line in shown), shown
        assert not [line for line in shown if "Velk0r" in line], shown
