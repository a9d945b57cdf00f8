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


_Tree = dict[str, "_Tree"]  # a prefix tree: next character -> subtree ("" ends a phrase)


def trie_alternation(phrases: str) -> str:
    """A non-capturing regex matching any of the "|"-separated lower-case ``phrases``
    (a space in one matches any run of whitespace), written as a prefix tree.

    The regex engine tries the branches of an alternation one after another; a list of
    sixty role nouns written flat costs sixty tries at every position that reaches it,
    the tree one per letter. Both accept the same strings, so a pattern succeeds or
    fails alike with either; only which of two overlapping phrases a match ends on
    may differ (longer phrases are tried before their prefixes)."""
    tree: _Tree = {}
    for phrase in sorted(set(p.strip() for p in phrases.split("|") if p.strip())):
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a phrase
    return _render(tree)


def _render(node: _Tree) -> str:
    branches = []
    ends = "" in node
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _render(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
