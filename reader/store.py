"""The per-user cache. (Placeholder: no persistence yet.)"""

from __future__ import annotations

from pathlib import Path

from reader.model import Analysis, Article


class Store:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.path: Path | None = None

    @classmethod
    def open(cls, cache_dir: Path | None = None, enabled: bool = True) -> Store:
        return cls()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        pass

    def cached_analysis(self, article: Article) -> Analysis | None:
        return None

    def save_analysis(self, article: Article, analysis: Analysis) -> None:
        pass
