"""CSV: one row per actor, or one row per event, for a spreadsheet.

Lists (roles, aliases, an event's actors) are joined with "; ". The last columns
name the article, so several articles fit in one table. A cell of article text that a
spreadsheet would read as a formula (=, +, -, @ first) starts with an apostrophe: a
crafted title must not run when the table is opened.
"""

from __future__ import annotations

import csv
import io

from reader.dates import human_date
from reader.exports.text import one_line, sentence
from reader.model import Analysis, Article

ACTOR_COLUMNS = ["name", "kind", "roles", "aliases", "mentions", "article", "url"]
EVENT_COLUMNS = ["date", "end_date", "when", "summary", "sentence", "actors", "article", "url"]


FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: object) -> object:
    """The cell as a spreadsheet shows it, never evaluates it (OWASP's CSV injection advice)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_FIRST):
        return "'" + cell
    return cell


def table(columns: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([inert(cell) for cell in row] for row in rows)
    return out.getvalue()


def _joined(values: list[str]) -> str:
    return "; ".join(one_line(v) for v in values)


def actors(items: list[tuple[Article, Analysis]]) -> str:
    rows: list[list[object]] = []
    for article, analysis in items:
        for a in analysis.actors:
            rows.append(
                [
                    one_line(a.name),
                    a.kind,
                    _joined(a.roles),
                    _joined(a.aliases),
                    len(a.mentions),
                    one_line(article.title),
                    one_line(article.url),
                ]
            )
    return table(ACTOR_COLUMNS, rows)


def events(items: list[tuple[Article, Analysis]]) -> str:
    rows: list[list[object]] = []
    for article, analysis in items:
        names = {a.id: a.name for a in analysis.actors}
        for e in analysis.events:
            rows.append(
                [
                    e.date,
                    e.end_date or "",
                    human_date(e.date, e.end_date),
                    one_line(e.text),
                    sentence(article.text, e.sentence),
                    _joined([names[i] for i in e.actors if i in names]),
                    one_line(article.title),
                    one_line(article.url),
                ]
            )
    return table(EVENT_COLUMNS, rows)
