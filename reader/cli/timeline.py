"""`reader timeline NAME [SOURCE ...]`: one actor's (or any name's) dated events across
the library, or across these sources, in time order."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import UsageError, open_store

HELP = "an actor's (or any name's) dated events across the library or these sources"
SCHEMA = "reader-timeline/1"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="a person, organisation, place or any name")
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="files, folders or URLs")
    parser.add_argument(
        "--format", choices=("json", "text", "markdown", "csv", "ics"), default="text"
    )


def run(args: argparse.Namespace) -> int:
    from reader.sources import load_located
    from reader.sources.clean import TITLE_MOST, clean_line
    from reader.stories import library_timeline, located_stories
    from reader.timeline import timeline

    name = clean_line(args.name)  # also without a stray byte of a name not UTF-8
    if not any(ch.isalnum() for ch in name):
        raise UsageError(f"reader timeline: NAME has no letters or digits: {args.name!r}")
    if len(name) > TITLE_MOST:  # a paste gone wrong: looked for, it took seconds per 10 KB
        raise UsageError(f"reader timeline: NAME of more than {TITLE_MOST} characters names no one")
    located = [pair for source in args.sources for pair in load_located(source)]
    with open_store(args) as store:
        if args.sources:
            events = timeline(name, located_stories(store, located))
        else:
            events = library_timeline(store, name)
    if args.format in ("csv", "ics"):
        return _export(args.format, name, events)
    if args.format == "json":
        document = {"schema": SCHEMA, "query": name, "events": [e.to_dict() for e in events]}
        from reader.sources.clean import json_dumps

        print(json_dumps(document, indent=1))
    else:
        print(as_markdown(name, events) if args.format == "markdown" else as_text(name, events))
    return 0


def _export(format: str, name: str, events) -> int:
    """The timeline as a CSV of its events or an iCalendar file of its dated ones."""
    from reader.exports import timelines

    if format == "csv":
        sys.stdout.write(timelines.events_table(events))
        return 0
    text, left_out = timelines.calendar(name, events)
    if left_out:
        plural = "s" * (left_out != 1)
        print(f"reader: {left_out} event{plural} without a day or week left out", file=sys.stderr)
    sys.stdout.write(text)
    return 0


def as_text(name: str, events) -> str:
    from reader.dates import human_date
    from reader.sources.clean import clean_line

    if not events:
        return f"No dated events for {clean_line(name)}."
    lines = [f"{clean_line(name)}: {len(events)} event{'s' * (len(events) != 1)}", ""]
    for event in events:
        when = human_date(event.date) if event.date else "undated"
        lines.append(f"{when}  {clean_line(event.report.text)}")
        for report in (event.report, *event.also):
            lines.append(f"    {_cited(report, clean_line)}")
        if event.actors:
            lines.append(f"    with {', '.join(clean_line(a) for a in event.actors)}")
    return "\n".join(lines)


def as_markdown(name: str, events) -> str:
    """The timeline as Markdown, each string of the articles literal (see markdown_literal)."""
    from reader.dates import human_date
    from reader.exports.text import markdown_literal
    from reader.sources.clean import clean_line

    def literal(text: str) -> str:
        return markdown_literal(clean_line(text))

    lines = [f"# Timeline: {literal(name)}", ""]
    if not events:
        lines.append("No dated events.")
    for event in events:
        when = human_date(event.date) if event.date else "undated"
        cited = "; ".join(_cited(r, literal) for r in (event.report, *event.also))
        lines.append(f"- **{when}** {literal(event.report.text)} ({cited})")
    return "\n".join(lines)


def _cited(report, clean) -> str:
    dated = f", {report.published}" if report.published else ""
    return f"{clean(report.title)}{dated} ({clean(report.source)})"
