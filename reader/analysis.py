"""Analyses through the cache: an article opened twice is never parsed twice."""

from __future__ import annotations

from reader.model import Analysis, Article
from reader.parsing import analyse


def analysis_for(article: Article, store) -> Analysis:
    """The cached analysis of the article, or a fresh one, saved for next time."""
    cached = store.cached_analysis(article)
    if cached is not None:
        return cached
    result = analyse(article.text, article.published)
    store.save_analysis(article, result)
    from reader.stories import index_story  # the index timelines read (not on the hot path)

    index_story(store, article, result)
    return result
