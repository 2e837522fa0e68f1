"""`reader cache info|path|clear`."""

from __future__ import annotations

import argparse

from reader.cli.common import open_store

HELP = "the cache: info, path or clear (clear drops analyses, never the library)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("info", "path", "clear"))


def run(args: argparse.Namespace) -> int:
    with open_store(args, keeps="cleared" if args.action == "clear" else "") as store:
        if args.action == "path":
            print(store.path or "(no cache)")
        elif args.action == "clear":
            cleared = store.clear()
            print(f"cleared {cleared} analyses (the library and its read state are kept)")
        else:
            for key, value in store.info().items():
                print(f"{key}: {value}")
    return 0
