"""`reader feeds`: the subscribed feeds, their unread and total counts, last refresh and error;
with --refresh, every feed read first (the app's r, for a cron job or a script)."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import jobs_option, open_store, say_failed_feeds
from reader.sources.urls import shown_url

HELP = "list the subscribed feeds with their counts, last refresh and last error"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="as JSON")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="read every feed first, as the app's r does: what is new is added and analysed",
    )
    jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    failed = False
    with open_store(args, keeps="refreshed" if args.refresh else "") as store:
        if args.refresh:
            failed = _refresh(store, args.jobs)
        feeds = store.feeds()
    if args.json:
        documents = [
            {k: v for k, v in feed.to_dict().items() if k not in ("etag", "modified")}
            for feed in feeds
        ]
        from reader.sources.clean import json_dumps

        print(json_dumps(documents, indent=1))
        return 0
    sys.stdout.write("".join(_line(feed) for feed in feeds))
    if not feeds and not args.refresh:  # said aside: what a script reads stays empty
        print("No feeds yet (reader add URL subscribes to one).", file=sys.stderr)
    return 1 if failed else 0


def _refresh(store, jobs: int) -> bool:
    """Read every feed (a bar on a terminal), add and analyse the new articles, say what
    was found on stdout (the failures on stderr); whether a feed failed."""
    from reader import library
    from reader.batch import Batch
    from reader.cli.progress import Progress

    feeds = len(store.feeds())
    if not feeds:
        print("No feeds to refresh (reader add URL subscribes to one).")
        return False
    reading = Progress(feeds, "feeds read")

    def read(done: int, total: int, url: str) -> None:
        if done:  # (0, total, "") first
            reading.step()

    report = library.refresh_feeds(store, read)
    reading.clear()
    say_failed_feeds(report.errors)
    articles = [store.article(entry.id) for entry in report.entries]
    analysing = Progress(len(articles), "articles analysed")
    with Batch(store, jobs) as batch:
        for _ in batch.keep(articles, len(articles)):
            analysing.step()
    analysing.clear()
    print(f"Refreshed {report.summary()}")
    return bool(report.errors)


def _line(feed) -> str:
    """unread/total, the title, the URL; the last refresh and error below when there are."""
    url = shown_url(feed.url)  # the library's key, kept as it came
    line = f"{feed.unread:>4}/{feed.total:<4}  {feed.name}  ({url})\n"
    when = feed.refreshed.replace("T", " ")[:16] if feed.refreshed else ""
    line += f"           refreshed {when} UTC" if when else "           never refreshed"
    if feed.last_error:
        line += f"; failed: {feed.last_error}"
    return line + "\n"
