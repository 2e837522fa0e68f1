"""The lists the reading screen steps through with [ ] and u: the whole library (a
Lineup, read a page at a time) or entries picked from it (a Picked: a feed's articles,
the unread ones, the files given on the command line).

With 100,000 articles kept, loading every entry to open the newest one cost more than
the rest of start-up. A Lineup answers the same questions as a list of entries (its
length, the entry at a place, the place of an entry) with small queries: a count, one
page of rows (LIMIT/OFFSET), a count on the index. It follows the library as it is:
`changed()` drops what was read, so added and removed entries take their places.

Both answer the screen's questions the same way (`take`, `place`, `forget_removed`,
`next_unread`), so the screen never asks which one it holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

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

    def place(self, entry_id: int) -> int | None:
        """The place of this entry in the library as it is now (a count on the index);
        None if it is no longer there."""
        return self.store.position(entry_id)

    def index(self, entry: LibraryEntry, start: int = 0, stop: int | None = None) -> int:
        """The place of this entry in the library as it is now."""
        position = self.place(entry.id)
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

    def take(self, entries: Sequence[LibraryEntry]) -> int | None:
        """The place of the first of these entries: the library holds them already, read
        anew as they may be new. None if it has been removed meanwhile (what was read
        stays, so the entry on screen keeps its place between its neighbours)."""
        place = self.place(entries[0].id)
        if place is not None:
            self.changed()
        return place

    def forget_removed(self) -> None:
        self.changed()

    def next_unread(self, index: int, step: int) -> LibraryEntry | None:
        """The unread entry after (`step` > 0) or before the one at `index`, round again
        past either end; None if there is no other."""
        return self.store.next_entry(self[index], step, unread=True)


class Picked(list[LibraryEntry]):
    """Entries picked from the library, in the order they were picked."""

    def __init__(self, store, entries: Iterable[LibraryEntry] = ()) -> None:
        super().__init__(entries)
        self.store = store

    def take(self, entries: Sequence[LibraryEntry]) -> int:
        """Add the entries not picked yet; the place of the first."""
        known = {e.id for e in self}
        self.extend(e for e in entries if e.id not in known)
        return [e.id for e in self].index(entries[0].id)

    def place(self, entry_id: int) -> int | None:
        """The place of this entry among those picked; None if it is not one of them."""
        return next((i for i, e in enumerate(self) if e.id == entry_id), None)

    def forget_removed(self) -> None:
        """Drop the entries no longer in the library."""
        kept = self.store.present(e.id for e in self)
        self[:] = [e for e in self if e.id in kept]

    def next_unread(self, index: int, step: int) -> LibraryEntry | None:
        """The unread entry after (`step` > 0) or before the one at `index`, round again
        past either end; None if there is no other."""
        unread = self.store.present((e.id for e in self), unread=True)
        for k in range(1, len(self)):
            entry = self[(index + step * k) % len(self)]
            if entry.id in unread:
                return entry
        return None
