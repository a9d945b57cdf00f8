"""Regexes of many alternatives that skip, cheaply, the places where no match can start.

A pattern like ``\\b(?:earlier|later)\\s+... |\\blast\\s+... |\\bsince\\s+...`` with
dozens of branches makes ``re`` try every branch at every character of the text:
``re`` only skips ahead by itself when a pattern opens on a literal. When every
branch opens with ``\\b`` (after zero-width look-arounds, if any), the same pattern
with ``\\b(?=[...])`` in front, the set holding every letter a branch can open on,
matches exactly the same spans and fails at once inside words and before the other
letters: the rule patterns that search whole lines got 1.5-4x faster that way.

The set is read off the parsed pattern, so a branch added later widens it by itself;
a pattern whose first letters cannot be read (a branch opening on ``\\w`` or ``.``, or
one that can match the empty string) is refused with ``ValueError`` at import.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["compile_at_words", "word_start_prefix"]

_Item = tuple[Any, Any]


class _Unreadable(ValueError):
    pass


def _opening(items: list[_Item], boundary: bool) -> tuple[set[str], bool, bool]:
    """(characters a match of ``items`` can open on, can it match the empty string,
    does every path meet a ``\\b`` before its first character)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.AT and arg is sre.AT_BOUNDARY:
            boundary = True
        elif op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # zero-width: it only narrows where a match starts
        elif op is sre.LITERAL:
            chars.add(chr(arg))
            return chars, False, boundary
        elif op is sre.IN:
            for set_op, set_arg in arg:
                if set_op is sre.LITERAL:
                    chars.add(chr(set_arg))
                elif set_op is sre.RANGE and set_arg[1] - set_arg[0] < 128:
                    chars.update(chr(c) for c in range(set_arg[0], set_arg[1] + 1))
                else:
                    raise _Unreadable(f"a set opening on {set_op}")
            return chars, False, boundary
        elif op is sre.SUBPATTERN:
            inner, empty, inner_boundary = _opening(list(arg[-1]), boundary)
            chars |= inner
            if not empty:
                return chars, False, inner_boundary
        elif op is sre.BRANCH:
            every_boundary = True
            for branch in arg[1]:
                inner, empty, inner_boundary = _opening(list(branch), boundary)
                if empty:
                    raise _Unreadable("a branch that can match the empty string")
                chars |= inner
                every_boundary = every_boundary and inner_boundary
            return chars, False, every_boundary
        elif op is sre.MAX_REPEAT or op is sre.MIN_REPEAT or op is sre.POSSESSIVE_REPEAT:
            low, _high, repeated = arg
            inner, empty, inner_boundary = _opening(list(repeated), boundary)
            chars |= inner
            if low > 0 and not empty:
                return chars, False, inner_boundary
        else:
            raise _Unreadable(f"a branch opening on {op}")
    return chars, True, boundary


def word_start_prefix(pattern: str, flags: int = 0) -> str:
    """``\\b(?=[...])``: where any match of ``pattern`` must start."""
    chars, empty, boundary = _opening(list(sre_parse.parse(pattern, flags)), False)
    if empty or not chars:
        raise _Unreadable("the pattern can match the empty string")
    if not boundary:
        raise _Unreadable("some branch does not open with \\b")
    # both cases, whatever the flags: the prefix may be reused without IGNORECASE
    chars |= {c.swapcase() for c in chars}
    return r"\b(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def compile_at_words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, same matches, quicker to search a long text."""
    return re.compile(f"{word_start_prefix(pattern, flags)}(?:{pattern})", flags)
