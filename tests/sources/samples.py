"""Pages and feeds written for the source tests (the names and events are made up)."""

from __future__ import annotations


def page(title: str, paragraphs: list[str], *, head: str = "", heading: str = "") -> str:
    """An article page with the usual furniture around it (menu, footer)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if heading:
        body = body.replace("</p>", f"</p><h2>{heading}</h2>", 1)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><a href='/about'>About us</a> Copyright the Valley Courier</footer></body></html>"
    )


FLOOD = [
    "Heavy rain flooded the lower town of Ardmore on Sunday night, and the river rose two "
    "metres above its usual level before dawn.",
    "The fire service said that forty homes were evacuated and that nobody was hurt. Volunteers "
    "from the rowing club carried older residents to the school hall.",
    "Mayor Tomas Reilly said the council would ask the regional government for help on Monday, "
    "and that the clean-up could take three weeks.",
]

FLOOD_HEAD = (
    "<meta property='og:title' content='River floods the lower town'>"
    "<meta property='og:site_name' content='Valley Courier'>"
    "<meta name='author' content='Nora Blake'>"
    "<meta property='article:published_time' content='2021-10-03T08:30:00Z'>"
)


def flood_page() -> str:
    return page("River floods the lower town", FLOOD, head=FLOOD_HEAD, heading="Help is on the way")


def rss(items: list[dict[str, str]], title: str = "Valley Courier", extra: str = "") -> str:
    """An RSS 2.0 feed; item keys: title, link, description, content, date, guid."""
    out = []
    for item in items:
        parts = [f"<title>{item['title']}</title>"] if "title" in item else []
        if "link" in item:
            parts.append(f"<link>{item['link']}</link>")
        if "guid" in item:
            parts.append(f"<guid>{item['guid']}</guid>")
        if "description" in item:
            parts.append(f"<description><![CDATA[{item['description']}]]></description>")
        if "content" in item:
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        if "date" in item:
            parts.append(f"<pubDate>{item['date']}</pubDate>")
        out.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>http://example.invalid/</link>{extra}"
        + "".join(out)
        + "</channel></rss>"
    )


FEED_TYPE = "application/rss+xml"
