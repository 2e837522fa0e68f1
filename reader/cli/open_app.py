"""`reader [SOURCE ...]`: the app, on these sources or on the library."""

from __future__ import annotations

import argparse
import os
import sys

from reader.cli.common import BAD_INPUT, end_process, open_store

NO_TERMINAL = (
    "the app needs a terminal to read keys from and draw on; to print an analysis, use"
    " `reader parse`"
)


def run(args: argparse.Namespace) -> int:
    """Local sources are read first, so that nothing but bad input exits at once."""
    from reader.sources import gather, is_url

    local = [s for s in args.sources if not is_url(s)]
    articles, errors = gather(local)
    if args.sources and not articles and len(local) == len(args.sources):
        for error in errors:
            print(f"reader: {error}", file=sys.stderr)
        return BAD_INPUT
    remote = [s for s in args.sources if is_url(s)]
    if not _at_a_terminal():
        return _opened_without_terminal(open_store(args), articles, remote, errors)
    from reader.app import run_app

    end_process(run_app(open_store(args), articles=articles, remote=remote, errors=errors))


def _at_a_terminal() -> bool:
    """Whether keys come from a terminal and the screen goes to one (Textual reads stdin
    and draws on stderr; a stream closed at start is None). A driver named in
    TEXTUAL_DRIVER (the web driver `reader serve` runs each tab with) brings its own."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return bool(sys.stdin and sys.stdin.isatty() and sys.stderr and sys.stderr.isatty())


def _opened_without_terminal(store, articles: list, remote: list[str], errors: list[str]) -> int:
    """Started from a script, a pipe or a background job, the app would draw into a file
    and wait for keys that never come: what was given goes into the library as the app
    would put it, each source that failed is its line, and one line says why no more
    (none when nothing opened: the failures are all there is to say, as in the app)."""
    from reader import library

    with store:
        _, opened, failed = library.open_sources(store, remote, articles, whole_library=False)
    for message in [*errors, *failed, *([NO_TERMINAL] if opened or not failed else [])]:
        print(f"reader: {message}", file=sys.stderr)
    return BAD_INPUT
