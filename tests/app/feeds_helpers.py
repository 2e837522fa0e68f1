"""Three local feeds for the Pilot tests of the Feeds screen (one of them failing)."""

from __future__ import annotations

from reader.library import refresh_feeds

STORY = (
    "The {thing} in {town} was {done} on {day} by volunteers from the rowing club, "
    "and the council said the work would be finished before the summer. "
)


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS feed; items are (title, link path, RFC 822 date)."""
    body = "".join(
        f"<item><title>{t}</title><link>{{base}}{path}</link><pubDate>{when}</pubDate>"
        f"<description>{(STORY * 20).format(thing=t.lower(), town='Wick', done='mended', day='Monday')}"
        "</description></item>"
        for t, path, when in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{{base}}/</link>{body}</channel></rss>"
    )


HARBOUR = rss(
    "Harbour news",
    [
        ("Ferry returns", "/h/ferry", "Tue, 27 Jun 2023 09:00:00 GMT"),
        ("Quay repaired", "/h/quay", "Mon, 26 Jun 2023 09:00:00 GMT"),
    ],
)
HILLS = rss("Hill post", [("Bridge reopens", "/p/bridge", "Wed, 28 Jun 2023 09:00:00 GMT")])


def serve_feeds(site, store) -> dict[str, str]:
    """Harbour news (2 articles), Hill post (1), a broken feed; subscribed and read once."""
    urls = {
        "harbour": site.add(
            "/harbour.xml", HARBOUR.format(base=site.base), content_type="application/rss+xml"
        ),
        "hills": site.add(
            "/hills.xml", HILLS.format(base=site.base), content_type="application/rss+xml"
        ),
        "broken": site.add("/broken.xml", "down for maintenance", status=503),
    }
    for url in urls.values():
        store.add_feed(url)
    refresh_feeds(store)
    return urls
