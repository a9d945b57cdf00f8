"""Small helpers for the word lists of the rule modules."""

from __future__ import annotations

import re

# The only non-ASCII characters that a case-insensitive regex matches against ASCII
# letters (İ, ı, ſ and the Kelvin sign); text without them can be pre-tested with
# ``str.lower()`` and plain substring tests.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words of ``text`` (word lists stay readable)."""
    return frozenset(text.split())


def may_contain(text: str, lower: str, needles: tuple[str, ...]) -> bool:
    """False only when no case variant of any of ``needles`` (lower-case ASCII) is in
    ``text`` (``lower`` is ``text.lower()``): a cheap exact test before an
    IGNORECASE regex that cannot match without one of them."""
    for needle in needles:
        if needle in lower:
            return True
    return _FOLDS_TO_ASCII.search(text) is not None


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """``any(n in text for n in needles)`` without a generator (called many times)."""
    for needle in needles:  # noqa: SIM110 - the loop is what saves the generator
        if needle in text:
            return True
    return False
