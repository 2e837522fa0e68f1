"""`reader cache info|path|clear`."""

from __future__ import annotations

import argparse

from reader.cli.common import open_store

HELP = "the cache: info, path or clear"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("info", "path", "clear"))


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "path":
            print(store.path or "(no cache)")
        elif args.action == "clear":
            store.clear()
            print("cache cleared")
        else:
            for key, value in store.info().items():
                print(f"{key}: {value}")
    return 0
