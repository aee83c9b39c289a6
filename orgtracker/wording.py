"""Counts in words for the messages people read: "1 claim", "5 claims", "1 new person", "3 new people"."""

from __future__ import annotations


def count(n: int, one: str, many: str | None = None) -> str:
    """`n` and the noun that agrees with it; `many` for a plural that is not `one` + "s"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
