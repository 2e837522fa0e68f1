"""`reader list`: the library, as lines, JSON or the feeds as OPML."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TextIO

from reader.cli.common import open_store

HELP = "list the library"


def configure(parser: argparse.ArgumentParser) -> None:
    form = parser.add_mutually_exclusive_group()  # one output form at a time
    form.add_argument("--json", action="store_true", help="as JSON")
    form.add_argument("--opml", action="store_true", help="the library's feeds as OPML")
    parser.add_argument("--starred", action="store_true", help="only the starred articles")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.opml:
            from reader.sources.opml import write_opml

            print(write_opml(store.feeds()))
            return 0
        # a page at a time: any size in constant memory
        entries = store.each_entry(starred=args.starred)
        if args.json:
            write_json_array((e.to_dict() for e in entries), sys.stdout)
        else:  # no print per line: that was most of the time of a 10,000-article list
            from reader.sources.urls import shown_url

            lines = (
                f"{' ' if e.read else '*'} {e.published or ' ' * 10}  {'★ ' * e.starred}{e.title}  "
                f"({shown_url(e.source)})\n"
                for e in entries
            )
            first = next(lines, None)
            if first is None:  # said aside: what a script reads stays empty
                print(_NONE_STARRED if args.starred else _EMPTY, file=sys.stderr)
            else:
                sys.stdout.write(first)
                sys.stdout.writelines(lines)
    return 0


_EMPTY = "The library is empty (reader add SOURCE adds to it)."
_NONE_STARRED = "No article is starred (* stars the article shown in the app)."


def write_json_array(items: Iterable[object], out: TextIO) -> None:
    """A JSON array as `json.dumps(list, indent=1)` writes it, written item by item: a
    library of any size is listed without one string of all of it."""
    from reader.sources.clean import json_dumps

    out.write("[")
    separator = "\n "
    for item in items:
        out.write(separator + json_dumps(item, indent=1).replace("\n", "\n "))
        separator = ",\n "
    out.write("\n]\n" if separator != "\n " else "]\n")
