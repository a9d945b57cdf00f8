"""Where a casualty pattern can match: the word starts it is tried at.

Every match of a casualty pattern starts at the start of a word (a run of \\w) that
is one of a few words, or a number. ``matches_at`` tries a pattern only at those
offsets, which finds what ``finditer`` finds without trying every position of the
text, and ``all_starts`` lists the offsets for every pattern in one pass.
"""

from __future__ import annotations

import re

from streams.text.casualty_patterns import WHO_THEY_WERE
from streams.text.lexicon import words
from streams.text.numbers import TENS, UNITS

_QUANT_FIRST = words(
    "at more over about around some nearly almost up as roughly approximately an a another further"
    " all"
)
_NUMBER_FIRST = _QUANT_FIRST | frozenset(UNITS) | frozenset(TENS)  # + words starting a digit
# The first words of each of casualty_patterns.KILL_PATTERNS / INJ_PATTERNS, in their order.
KILL_STARTS: tuple[frozenset[str], ...] = (
    _NUMBER_FIRST,
    frozenset(
        [
            "killed",
            "killing",
            "kills",
            "kill",
            "shot",
            "shoot",
            "shoots",
            "shooting",
            "drowned",
            "drowning",
            "claimed",
            "leaving",
            "electrocuting",
            "electrocuted",
            "massacre",
            "massacres",
            "massacred",
            "massacring",
            "gunned",
            "gunning",
            "guns",
        ]
    ),
    frozenset(["killed", "killing", "kills", "kill"]),
    frozenset(["death", "toll", "number", "count", "put", "puts", "dead"]),
    frozenset(["claimed", "claiming", "cost"]),
    _NUMBER_FIRST,
    _NUMBER_FIRST,  # ("all ten of the dead", "fifteen of the dead were in Kolkata")
)
INJ_STARTS: tuple[frozenset[str], ...] = (
    _NUMBER_FIRST,
    frozenset(
        [
            "injuring",
            "wounding",
            "injured",
            "wounded",
            "injures",
            "wounds",
            "injure",
            "wound",
            "hurting",
            "hurt",
        ]
    ),
    frozenset(["number"]),
    _NUMBER_FIRST,
    _NUMBER_FIRST,
)
WORD_RUN_RE = re.compile(r"\w+")


def starts_among(runs: list[tuple[int, str]], first: frozenset[str]) -> list[int]:
    """Offsets of the words in ``first`` (and, for the number words, of every word that
    starts with a digit) among ``runs``: (offset, word) of every \\w run of a text."""
    if first is _NUMBER_FIRST:
        return [start for start, word in runs if word in first or word[0].isdigit()]
    return [start for start, word in runs if word in first]


# The distinct start sets, and for each word the sets it is in: ``all_starts`` fills
# every list in one pass over the words instead of one pass per set.
START_SETS: tuple[frozenset[str], ...] = tuple(dict.fromkeys([*KILL_STARTS, *INJ_STARTS]))
KILL_START_IDS = tuple(START_SETS.index(first) for first in KILL_STARTS)
INJ_START_IDS = tuple(START_SETS.index(first) for first in INJ_STARTS)
_NUMBER_ID = START_SETS.index(_NUMBER_FIRST)
_SETS_OF_WORD: dict[str, tuple[int, ...]] = {}
for _index, _first in enumerate(START_SETS):
    for _word in _first:
        _SETS_OF_WORD[_word] = (*_SETS_OF_WORD.get(_word, ()), _index)


# ASCII byte -> itself when a word character (regex \w), else space (``all_starts``)
_ASCII_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256)
)
# A first character class (not a repeat) lets the regex engine skip ahead to a digit.
_DIGITS_RE = re.compile(r"\d\d*")


_START_WORDS = frozenset(_SETS_OF_WORD)


def all_starts(text: str) -> list[list[int]]:
    """``[starts_among(runs, first) for first in START_SETS]`` for the \\w runs of ``text``."""
    lists: list[list[int]] = [[] for _ in START_SETS]
    numbers = lists[_NUMBER_ID]
    if text.isascii():
        # The words are the runs of a text with every other character made a space; a
        # few of them matter, found with str.find (C) instead of a Python loop over all.
        spaced = " " + text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii") + " "
        present = _START_WORDS.intersection(spaced.split())
        for word in present:
            needle = " " + word + " "
            ids = _SETS_OF_WORD[word]
            at = spaced.find(needle)
            while at >= 0:
                for index in ids:
                    lists[index].append(at)  # the leading space makes ``at`` the offset
                at = spaced.find(needle, at + len(word) + 1)
        for match in _DIGITS_RE.finditer(text):
            start = match.start()
            if start == 0 or spaced[start] == " ":  # spaced[start] is the char before
                numbers.append(start)
        if len(present) > 1 or (present and numbers):
            for found in lists:
                found.sort()
        return lists
    for match in WORD_RUN_RE.finditer(text):
        word = match.group()
        sets = _SETS_OF_WORD.get(word)
        if sets is not None:
            start = match.start()
            for index in sets:
                lists[index].append(start)
        elif word[0].isdigit():
            numbers.append(match.start())
    return lists


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose matches can only start at
    ``starts`` (ascending): the same non-overlapping leftmost matches."""
    out = []
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            out.append(match)
            end = match.end()
    return out


# Words each casualty pattern cannot match without (a cheap test before the regex).
_SUBSET_WORDS = (
    "including",
    " included,",
    " soldiers,",
    " troops,",
    " civilians,",
    " children,",
    " policemen,",
    " workers,",
    " passengers,",
    " tourists,",
    " pilgrims,",
    " students,",
    " half of ",
    " third of ",
    " quarter of ",
    " fifth of ",
    " sixth of ",
    " tenth of ",
    "among",
    "whom",
    "of them",
    " men and ",
    " women and ",
    " children and ",
    " soldiers and ",
    " civilians and ",
    " boys and ",
    " girls and ",
    " adults and ",
    "policemen and ",
    ", the youngest ",
    ", the pilot ",
    ", the driver ",
    ", the captain ",
    ", the oldest ",
    ", the eldest ",
    ", many ",
    ", most ",
    ", some ",
    " officers and ",
    " troops and ",
    " workers and ",
    " passengers and ",
    " pilgrims and ",
    " students and ",
    " pupils and ",
    " tourists and ",
    " crew and ",
    # a group told by its two members: ", an 80-year-old woman and her granddaughter,"
    ", a ",
    ", an ",
    ", correspondent ",
    ", journalist ",
    ", reporter ",
    ", cameraman ",
    ", photographer ",
    # (", pilgrims from Uttar Pradesh,": who the counted were)
    *(f", {noun} " for noun in WHO_THEY_WERE),
)
KILL_GUARDS: tuple[tuple[str, ...], ...] = (
    (),  # KILL_PATTERNS[0]: the caller's KILL_WORDS test is its guard
    (
        "kill",
        "shot dead",
        "shoot dead",
        "shoots dead",
        "claimed",
        "leaving",
        "electrocut",
        "massacr",
        "shooting dead",
        "drown",
        "gunned down",
        "gunning down",
        "guns down",
    ),
    (" crew of", " passengers of", " occupants of"),
    ("toll", "number", "count of", "the dead at", "the dead "),
    ("lives",),
    _SUBSET_WORDS,
    ("of the dead",),
)
INJ_GUARDS: tuple[tuple[str, ...], ...] = (
    (),
    ("injur", "wound", "hurt"),
    ("number",),
    _SUBSET_WORDS,
    (" and taken to", " and rushed to", " and admitted to"),
)
KILL_WORDS = (
    "kill",
    "gunned down",
    "guns down",
    "gunning down",
    "massacr",
    "fatally",
    "dead",
    "died",
    "death",
    "fatalit",
    "lives",
    "bodies",
    "slain",
    "perish",
    "drowned",
    " die ",  # "as 33 die in clashes"
    "electrocut",
    "murdered",
    "drown",
)
INJ_WORDS = (
    "injur",
    "wound",
    "hurt",
    "hospital",
    "condition",
    "medical help",
    "medical treatment",
    "concussion",
    "hit by",
    "treated",
    "were shot",
)
