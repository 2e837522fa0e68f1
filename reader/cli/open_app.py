"""`reader [SOURCE ...]`: the app, on these sources or on the library."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from reader.cli.common import BAD_INPUT, open_store


def run(args: argparse.Namespace) -> int:
    """Local sources are read first, so that nothing but bad input exits at once."""
    from reader.app import run_app
    from reader.sources import gather, is_url

    local = [s for s in args.sources if not is_url(s)]
    articles, errors = gather(local)
    if args.sources and not articles and len(local) == len(args.sources):
        for error in errors:
            print(f"reader: {error}", file=sys.stderr)
        return BAD_INPUT
    remote = [s for s in args.sources if is_url(s)]
    store = open_store(args)
    code = run_app(
        store, articles=articles, remote=remote, errors=errors, terminal=_at_a_terminal()
    )
    end_now(code)


def _at_a_terminal() -> bool:
    """Whether keys come from a terminal and the screen goes to one (Textual reads stdin
    and draws on stderr). A driver named in TEXTUAL_DRIVER (the web driver `reader serve`
    runs each tab with) brings its own."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.stderr.isatty()


def end_now(code: int) -> NoReturn:
    """End the process now that the app has closed the library. Threads still at work
    (an analysis of a long article, a feed being parsed) have nowhere to put what they
    find, and Python would wait for them at exit, holding the user's terminal."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
