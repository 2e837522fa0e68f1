"""Analyses through the cache: an article opened twice is never parsed twice."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Analysis, Article
from reader.parsing import analyse
from reader.parsing.known import guessed_names, with_known_kinds


def analysis_for(
    article: Article, store, fresh: Callable[[Article], Analysis] | None = None
) -> Analysis:
    """The cached analysis of the article, or a fresh one (`fresh` works it out, else
    reader.parsing.analyse here), saved for next time; with the kinds the library knows
    for names the text gave no evidence of (see with_library_kinds)."""
    cached = store.cached_analysis(article)
    if cached is None:
        cached = fresh(article) if fresh else analyse(article.text, article.published)
        keep_analysis(article, cached, store)
    return with_library_kinds(cached, store)


def keep_analysis(article: Article, analysis: Analysis, store, story=None) -> None:
    """A fresh analysis saved for next time, and its story indexed for the timelines
    (`story`: its reader.stories.story_row, when a pool worked it out already)."""
    store.save_analysis(article, analysis)
    from reader.stories import index_story  # the index timelines read (not on the hot path)

    index_story(store, article, analysis, story)


def to_keep(article: Article, analysis: Analysis) -> tuple:
    """What keeping a fresh analysis writes (see keep_analysis), as rows for the store's
    save_analyses: worked out without a store, so a pool can do it."""
    from reader.store.cache import rows_to_save
    from reader.stories import story_row

    return rows_to_save(article, analysis, *story_row(article, analysis))


def with_library_kinds(analysis: Analysis, store) -> Analysis:
    """The analysis with the library's kinds for its guessed ones, applied when it is shown.

    The cache keeps what the text alone gives, so a cached analysis stays valid whatever
    the library learns later; the library's kinds are looked up at each showing (one
    query for the few guessed names), and a name typed in an article added since is
    typed alike here at once, without analysing this article again."""
    names = guessed_names(analysis)
    return with_known_kinds(analysis, store.known_kinds(names)) if names else analysis
