"""Small helpers for the word lists of the rule modules."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words of ``text`` (word lists stay readable)."""
    return frozenset(text.split())
