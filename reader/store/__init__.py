"""The per-user cache: analyses keyed by content and parser version, and the library."""

from reader.store.cache import Store, StoreError
from reader.store.records import Feed, LibraryEntry

__all__ = ["Feed", "LibraryEntry", "Store", "StoreError"]
