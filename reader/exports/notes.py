"""Markdown notes: title, source, the actors with their roles, the chronology with
its dates and the sentences it comes from, quoted."""

from __future__ import annotations

from reader.dates import human_date
from reader.exports.text import markdown_literal as _md
from reader.exports.text import one_line, sentence
from reader.model import KIND_HEADINGS, Analysis, Article


def _note(article: Article, analysis: Analysis) -> list[str]:
    lines = [f"# {_md(article.title or article.source)}", ""]
    if article.source:
        lines.append(f"- Source: {_md(article.source)}")
    if article.url.startswith(("http://", "https://")):
        lines.append(f"- Link: <{one_line(article.url).replace('>', '%3E')}>")
    if article.published:
        lines.append(f"- Published: {human_date(article.published.isoformat())}")
    lines += ["", "## Actors"]
    for kind, heading in KIND_HEADINGS.items():
        members = [a for a in analysis.actors if a.kind == kind]
        if not members:
            continue
        lines += ["", f"### {heading}", ""]
        for a in members:
            facts = [_md(role) for role in a.roles]
            if a.aliases:
                facts.append("also " + ", ".join(_md(alias) for alias in a.aliases))
            count = len(a.mentions)
            facts.append(f"{count} mention{'s' * (count != 1)}")
            lines.append(f"- **{_md(a.name)}**: {'; '.join(facts)}")
    lines += ["", "## Chronology", ""]
    for e in analysis.events:
        lines.append(f"- **{human_date(e.date, e.end_date)}**: {_md(e.text)}")
        quote = sentence(article.text, e.sentence)
        if quote and quote != one_line(e.text):
            lines.append(f"  > {_md(quote)}")
    if not analysis.events:
        lines.append("No dated events.")
    return lines


def notes(items: list[tuple[Article, Analysis]]) -> str:
    lines: list[str] = []
    for article, analysis in items:
        if lines:
            lines.append("")
        lines += _note(article, analysis)
    return "\n".join(lines) + "\n"
