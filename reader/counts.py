"""A number with its noun, singular or plural as it should be ("1 event", "2 events")."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
