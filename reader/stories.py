"""Story timelines over the library, or over articles given on the command line.

The glue between the store (analyses, the library) and reader.timeline (pure):
each article becomes an ArticleStory, analysed once and cached like any other.
"""

from __future__ import annotations

from reader.analysis import analysis_for
from reader.model import Analysis, Article
from reader.timeline import ArticleStory, moments


def story_of(
    article: Article, analysis: Analysis, location: str, entry: int | None = None
) -> ArticleStory:
    """What a timeline needs of one article; `location` is its file or URL."""
    return ArticleStory(
        source=location,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        text=article.text,
        actors=analysis.actors,
        moments=moments(article.text, analysis, article.published),
        entry=entry,
    )


def library_stories(store) -> list[ArticleStory]:
    """Every article of the library (an analysis missing from the cache is made now)."""
    found = []
    for entry in store.entries():
        article = store.article(entry.id)
        location = entry.url or entry.source
        found.append(story_of(article, analysis_for(article, store), location, entry.id))
    return found


def located_stories(store, located: list[tuple[str, Article]]) -> list[ArticleStory]:
    """These articles, added to the library as `reader add` does."""
    entries = store.add_many([article for _, article in located])
    return [
        story_of(article, analysis_for(article, store), location, entry.id)
        for (location, article), entry in zip(located, entries, strict=True)
    ]
