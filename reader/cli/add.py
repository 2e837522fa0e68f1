"""`reader add`: articles and feeds into the library, without the UI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import BAD_INPUT, jobs_option, open_store, say_failed_feeds

HELP = "add articles to the library without opening the UI"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE")
    jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader import library
    from reader.batch import Batch
    from reader.cli.progress import Progress
    from reader.sources import SourceError, is_folder
    from reader.sources.urls import shown_url

    failed = 0
    with open_store(args, keeps="added") as store, Batch(store, args.jobs) as batch:
        if any(is_folder(Path(source).expanduser()) for source in args.sources):
            batch.start()  # a folder: its processes warm up while its files are read
        for source in args.sources:
            try:
                found, entries = library.add(store, source)
            except SourceError as error:
                print(f"reader: {error}", file=sys.stderr)
                failed += 1
                continue
            say_failed_feeds(found.errors)
            failed += len(found.errors)
            articles, added = found.articles, []
            progress = Progress(len(articles), "articles analysed")
            done = batch.keep(articles, len(articles))
            for article, _, (entry, new) in zip(articles, done, entries, strict=True):
                said = "added" if new else "already in the library"
                dated = f"{entry.published}  " if entry.published else ""
                progress.say(f"{said}  {dated}{entry.title}  ({shown_url(entry.source)})")
                progress.step()
                added += [article] if new else []
            progress.clear()
            for line in _feed_lines(store, source, added):
                print(line)
    return BAD_INPUT if failed else 0


def _feed_lines(store, source: str, added: list) -> list[str]:
    """ "N new articles from FEED" for each feed this source read (`added`: the articles
    new to the library), the source itself included when none of its entries was new;
    ", M in all" when it lists more (stories the library had, from another feed too)."""
    feeds = {feed.url: feed for feed in store.feeds()}
    read = dict.fromkeys([source] if source in feeds else [])
    read |= dict.fromkeys(a.feed for a in added if a.feed in feeds)
    from reader.sources.urls import shown_url

    lines = []
    for url in read:
        feed, count = feeds[url], sum(a.feed == url for a in added)
        total = f", {feed.total} in all" if feed.total > count else ""
        lines.append(
            f"{count} new article{'s' * (count != 1)} from {feed.name} ({shown_url(url)}){total}"
        )
    return lines
