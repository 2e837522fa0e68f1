"""`reader parse --format text|markdown`: an analysis written for people."""

from __future__ import annotations

from reader.dates import human_date
from reader.model import KIND_HEADINGS, Analysis, Article


def _sections(article: Article, analysis: Analysis) -> list[tuple[str, list[str]]]:
    actors = []
    for kind, heading in KIND_HEADINGS.items():
        members = [a for a in analysis.actors if a.kind == kind]
        if members:
            actors.append(heading)
            for a in members:
                role = f", {'; '.join(a.roles)}" if a.roles else ""
                aliases = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
                actors.append(f"  {a.name}{role}{aliases} [{len(a.mentions)}]")
    events = [f"{human_date(e.date, e.end_date)}: {e.text}" for e in analysis.events]
    return [("Actors", actors), ("Chronology", events)]


def _header(article: Article) -> list[str]:
    published = human_date(article.published.isoformat()) if article.published else "no date"
    return [article.title or article.source, f"{published} · {article.source}"]


def as_text(article: Article, analysis: Analysis) -> str:
    lines = _header(article)
    for title, body in _sections(article, analysis):
        lines += ["", title, *(f"  {line}" for line in body)]
    return "\n".join(lines)


def as_markdown(article: Article, analysis: Analysis) -> str:
    title, sub = _header(article)
    lines = [f"# {title}", "", f"_{sub}_"]
    for heading, body in _sections(article, analysis):
        lines += ["", f"## {heading}", ""]
        lines += [f"- {line.strip()}" for line in body]
    return "\n".join(lines)
