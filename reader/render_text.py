"""`reader parse --format text|markdown`: an analysis written for people."""

from __future__ import annotations

from reader.dates import human_date
from reader.model import KIND_HEADINGS, Analysis, Article


def _actor_groups(analysis: Analysis) -> list[tuple[str, list[str]]]:
    """The actors under their kind's heading ("People", "Places"...), one line each."""
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        lines = []
        for a in (a for a in analysis.actors if a.kind == kind):
            role = f", {'; '.join(a.roles)}" if a.roles else ""
            aliases = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
            lines.append(f"{a.name}{role}{aliases} [{len(a.mentions)}]")
        if lines:
            groups.append((heading, lines))
    return groups


def _events(analysis: Analysis) -> list[str]:
    return [f"{human_date(e.date, e.end_date)}: {e.text}" for e in analysis.events]


def _header(article: Article) -> list[str]:
    published = human_date(article.published.isoformat()) if article.published else "no date"
    return [article.title or article.source, f"{published} · {article.source}"]


def as_text(article: Article, analysis: Analysis) -> str:
    lines = [*_header(article), "", "Actors"]
    for heading, members in _actor_groups(analysis):
        lines += [f"  {heading}", *(f"    {line}" for line in members)]
    lines += ["", "Chronology", *(f"  {line}" for line in _events(analysis))]
    return "\n".join(lines)


def as_markdown(article: Article, analysis: Analysis) -> str:
    title, sub = _header(article)
    lines = [f"# {title}", "", f"_{sub}_", "", "## Actors"]
    for heading, members in _actor_groups(analysis):
        lines += ["", f"### {heading}", "", *(f"- {line}" for line in members)]
    lines += ["", "## Chronology", "", *(f"- {line}" for line in _events(analysis))]
    return "\n".join(lines)
