"""`reader parse --format text|markdown`: an analysis written for people."""

from __future__ import annotations

from reader.dates import human_date
from reader.exports.text import markdown_literal
from reader.model import KIND_HEADINGS, Analysis, Article


def _as_is(text: str) -> str:
    return text


def _actor_groups(analysis: Analysis, said=_as_is) -> list[tuple[str, list[str]]]:
    """The actors under their kind's heading ("People", "Places"...), one line each;
    each string of the article `said` so (as Markdown, literal)."""
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        lines = []
        for a in (a for a in analysis.actors if a.kind == kind):
            role = f", {'; '.join(map(said, a.roles))}" if a.roles else ""
            aliases = f" (also: {', '.join(map(said, a.aliases))})" if a.aliases else ""
            lines.append(f"{said(a.name)}{role}{aliases} [{len(a.mentions)}]")
        if lines:
            groups.append((heading, lines))
    return groups


def _events(analysis: Analysis, said=_as_is) -> list[str]:
    return [f"{human_date(e.date, e.end_date)}: {said(e.text)}" for e in analysis.events]


def _header(article: Article, said=_as_is) -> list[str]:
    published = human_date(article.published.isoformat()) if article.published else "no date"
    return [said(article.title or article.source), f"{published} · {said(article.source)}"]


def as_text(article: Article, analysis: Analysis) -> str:
    lines = [*_header(article), "", "Actors"]
    for heading, members in _actor_groups(analysis):
        lines += [f"  {heading}", *(f"    {line}" for line in members)]
    lines += ["", "Chronology", *(f"  {line}" for line in _events(analysis))]
    return "\n".join(lines)


def as_markdown(article: Article, analysis: Analysis) -> str:
    """The analysis as Markdown, each string of the article literal: a crafted title or
    sentence is no link or HTML wherever the Markdown is rendered."""
    title, sub = _header(article, markdown_literal)
    lines = [f"# {title}", "", f"_{sub}_", "", "## Actors"]
    for heading, members in _actor_groups(analysis, markdown_literal):
        lines += ["", f"### {heading}", "", *(f"- {line}" for line in members)]
    events = _events(analysis, markdown_literal)
    lines += ["", "## Chronology", "", *(f"- {line}" for line in events)]
    return "\n".join(lines)
