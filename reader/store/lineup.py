"""The whole library as the list the reading screen steps through, read a page at a time.

With 100,000 articles kept, loading every entry to open the newest one cost more than
the rest of start-up. A Lineup answers the same questions as a list of entries (its
length, the entry at a place, the place of an entry) with small queries: a count, one
page of rows (LIMIT/OFFSET), a count on the index. It follows the library as it is:
`changed()` drops what was read, so added and removed entries take their places.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader.store.records import LibraryEntry

PAGE = 200  # entries read at once


class Lineup(Sequence[LibraryEntry]):
    """Every entry of the library, newest first, as a read-only sequence."""

    def __init__(self, store, page: int = PAGE) -> None:
        self.store = store
        self._page = page
        self._pages: dict[int, list[LibraryEntry]] = {}
        self._length: int | None = None

    def __len__(self) -> int:
        if self._length is None:
            self._length = self.store.counts()[1]
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        number, offset = divmod(index, self._page)
        page = self._pages.get(number)
        if page is None:
            page = self.store.entries(self._page, offset=number * self._page)
            self._pages[number] = page
        if offset >= len(page):  # the library shrank since it was counted
            self.changed()
            raise IndexError(index)
        return page[offset]

    def __iter__(self) -> Iterator[LibraryEntry]:
        index = 0
        while True:
            try:
                yield self[index]
            except IndexError:
                return
            index += 1

    def __contains__(self, entry: object) -> bool:
        return isinstance(entry, LibraryEntry) and self.store.position(entry.id) is not None

    def index(self, entry: LibraryEntry, start: int = 0, stop: int | None = None) -> int:
        """The place of this entry in the library as it is now (a count on the index)."""
        position = self.store.position(entry.id)
        if position is None or position < start or (stop is not None and position >= stop):
            raise ValueError(f"entry {entry.id} is not in the library")
        return position

    def __delitem__(self, index: int) -> None:
        """An entry found removed from the library: the pages are read again without it."""
        self.changed()

    def changed(self) -> None:
        """The library changed (entries added, removed): forget what was read."""
        self._pages.clear()
        self._length = None
