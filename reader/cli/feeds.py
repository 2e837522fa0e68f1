"""`reader feeds`: the subscribed feeds, their unread and total counts, last refresh and error."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import open_store

HELP = "list the subscribed feeds with their counts, last refresh and last error"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="as JSON")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
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
    return 0


def _line(feed) -> str:
    """unread/total, the title, the URL; the last refresh and error below when there are."""
    line = f"{feed.unread:>4}/{feed.total:<4}  {feed.title or feed.url}  ({feed.url})\n"
    refreshed = feed.refreshed.replace("T", " ")[:16] if feed.refreshed else "never"
    line += f"           refreshed {refreshed} UTC"
    if feed.last_error:
        line += f"; failed: {feed.last_error}"
    return line + "\n"
