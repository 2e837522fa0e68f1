"""Opening sources into the library, without the UI."""

from __future__ import annotations

from reader import library
from reader.store import Store


def test_an_empty_library_starts_with_the_seeds(tmp_path):
    with Store.open(tmp_path) as store:
        shown, added, failed = library.open_sources(store, [], [], whole_library=True)
        assert failed == [] and list(shown) == added
        assert any("Azerbaijan and Armenia" in e.title for e in shown)
        again, added_again, _ = library.open_sources(store, [], [], whole_library=True)
        assert [e.id for e in again] == [e.id for e in shown] and added_again == []


def test_named_sources_are_added_and_failures_named(tmp_path, seed_path):
    with Store.open(tmp_path / "cache") as store:
        missing = str(tmp_path / "missing.txt")
        shown, added, failed = library.open_sources(
            store, [str(seed_path), missing], [], whole_library=False
        )
        assert len(shown) == len(added) == 1
        assert len(failed) == 1 and "missing.txt" in failed[0]


def test_index_analyses_new_entries_until_cancelled(tmp_path, seed_path):
    with Store.open(tmp_path) as store:
        _, added, _ = library.open_sources(store, [str(seed_path)], [], whole_library=False)
        library.index(store, added, cancelled=lambda: True)
        assert store.cached_analysis(store.article(added[0].id)) is None
        library.index(store, added, cancelled=lambda: False)
        assert store.cached_analysis(store.article(added[0].id)) is not None
