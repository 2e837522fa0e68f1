"""A library as an older reader kept it, for the tests of bringing one up to date."""

import sqlite3

from reader.model import Article
from reader.store import schema
from reader.store.cache import text_hash


def older_library(folder, step: int, articles: list[Article], read: tuple[str, ...] = ()) -> None:
    """A library as a reader at schema version `step` kept it, written in that schema's
    own SQL (today's store asks for the columns later steps added); the `read` titles
    read. Each article was added at the same moment, so the newest id comes first."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "reader.db")
    for statements in schema.MIGRATIONS[:step]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {step}")
    for each in articles:
        digest = text_hash(each.text)
        conn.execute("INSERT OR IGNORE INTO texts VALUES (?, ?)", (digest, each.text))
        conn.execute(
            "INSERT INTO articles (source, text_hash, title, published, added, read) "
            "VALUES (?, ?, ?, ?, '2024-05-01T09:00:00+00:00', ?)",
            (
                each.source,
                digest,
                each.title,
                each.published and each.published.isoformat(),
                each.title in read,
            ),
        )
    conn.commit()
    conn.close()
