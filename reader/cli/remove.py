"""`reader remove`: feeds or articles out of the library; `--all` empties it."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import BAD_INPUT, UsageError, is_entry_number, open_store
from reader.sources.urls import shown_url

HELP = "remove feeds (by URL) or articles (by ID, URL or source) from the library"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("targets", nargs="*", metavar="URL|ID", help="a feed, or an article")
    parser.add_argument("--all", action="store_true", help="empty the library (asks first)")
    parser.add_argument("--yes", action="store_true", help="do not ask (for --all)")
    parser.add_argument(
        "--with-articles",
        action="store_true",
        help="with a feed, remove the articles already read too (kept by default)",
    )


def run(args: argparse.Namespace) -> int:
    if args.all == bool(args.targets):
        raise UsageError("reader remove: give feeds or articles to remove, or --all")
    with open_store(args, keeps="removed") as store:
        if args.all:
            return _remove_all(store, args.yes)
        failed = 0
        for target in args.targets:
            message = _remove(store, target, args.with_articles)
            if message is None:
                print(f"reader: not in the library: {shown_url(target)}", file=sys.stderr)
                failed += 1
            else:
                print(message)
    return BAD_INPUT if failed else 0


def _remove(store, target: str, with_articles: bool) -> str | None:
    """Remove one feed or article; what was done, or None if nothing matches."""
    feeds = {feed.url: feed for feed in store.feeds()}
    if target in feeds:
        feed = feeds[target]
        removed = store.remove_feed(target, with_articles) or 0
        kept = feed.total - removed
        note = f"; kept {kept} read article{'s' * (kept != 1)}" if kept else ""
        return f"removed feed {feed.name} and {removed} article{'s' * (removed != 1)}{note}"
    if is_entry_number(target):
        entry = store.entry(int(target))
        matches = [entry] if entry else []
    else:
        matches = store.entries(link=target)
    if not matches:
        return None
    store.remove_entries(e.id for e in matches)
    return "\n".join(f"removed {e.id}  {e.title}" for e in matches)


def _remove_all(store, yes: bool) -> int:
    count = store.counts()[1]
    feeds = len(store.feeds())
    what = f"{count} article{'s' * (count != 1)} and {feeds} feed{'s' * (feeds != 1)}"
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError(f"reader remove --all: would remove {what}; add --yes to confirm")
        answer = input(f"Remove {what} from the library? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing removed")
            return 0
    store.remove_all()
    print(f"removed {what}")
    return 0
