"""The steps ``casualties.extract_casualties`` is built from.

The windows of text around death and injury words (the only text that can hold a
figure), partitives ("five of the six") and group sums ("two soldiers and three
civilians"), and whether a "<Name> killed" is one person.
"""

from __future__ import annotations

import re

from streams.text.actors import DEMONYMS
from streams.text.casualty_groups import SECOND_GROUP
from streams.text.casualty_patterns import (
    ANCHOR_RE,
    BODIES_OF,
    COLLECTIVE_NOUNS,
    FAMILY_OF,
    NOT_A_NAME,
    NUMBER_AT,
    OF_WHOLE,
)
from streams.text.numbers import parse_number


def whole_after_of(masked: str) -> bool:
    """Whether some "of the" is followed by a figure (a cheap test before the partitive
    patterns, which scan the whole text)."""
    for marker in OF_WHOLE:
        at = masked.find(marker)
        while at >= 0:
            if NUMBER_AT.match(masked, at + len(marker)):
                return True
            at = masked.find(marker, at + len(marker))
    return False


def take_parts(masked: str, pattern: re.Pattern[str], figures: list[int], cues: list[str]) -> None:
    """Replace the whole of a partitive ("five of the six ... were killed") by its part."""
    for match in pattern.finditer(masked):
        part, whole = parse_number(match.group("n")), parse_number(match.group("whole"))
        if part is None or whole is None:
            continue
        if whole in figures:
            figures.remove(whole)
        figures.append(part)
        cues.append(match.group(0))


WINDOW_BEFORE = 160
WINDOW_AFTER = 150  # (a toll phrase may run 20 words to its figure)


def casualty_windows(text: str) -> str:
    """Only the text around death / injury words can hold a casualty figure."""
    spans: list[list[int]] = []
    lower = text.lower()
    if len(lower) != len(text):
        text = lower
    for match in ANCHOR_RE.finditer(lower):
        start = max(0, match.start() - WINDOW_BEFORE)
        end = min(len(text), match.end() + WINDOW_AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(text):
        return text  # one window over the whole text (the common case)
    parts = []
    for start, end in spans:
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < end else start
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        parts.append(text[start:end])
    return " | ".join(parts)


def group_after_and(masked: str) -> bool:
    """Whether some " and " is followed by a counted group (a cheap test before the group
    patterns, which scan the whole text)."""
    at = masked.find(" and ")
    while at >= 0:
        if SECOND_GROUP.match(masked, at + 5):
            return True
        at = masked.find(" and ", at + 5)
    return False


def add_group_sums(
    masked: str,
    patterns: tuple[re.Pattern[str], ...],
    worded: bool,
    figures: list[int],
    cues: list[str],
) -> None:
    """Each "N <group> and M <group>" figure, as N + M, and "N <group> and a <person>" as
    N + 1 (the largest figure still wins)."""
    if not worded:
        return
    for pattern in patterns:
        for match in pattern.finditer(masked):
            if masked.startswith(" to death", match.end()):
                continue  # "stabbed two women and a man to death": not the wounded
            # None: a group of one ("and a guard", "a soldier and two civilians")
            first, second = match.group("a"), match.group("b")
            a = 1 if first is None else parse_number(first)
            b = 1 if second is None else parse_number(second)
            if a is not None and b is not None:
                figures.append(a + b)
                cues.append(match.group(0).strip())


def one_named(window: str, match: re.Match[str], headline_start: bool = False) -> bool:
    """Whether a "<Name> killed / wounded" match is one person, for sure: not a crowd
    ("Dozens", "Civilians", "Family"), not a number word, not a doubt ("whether Deif had
    been killed"), and not the text's first word unless ``headline_start``."""
    word = match.group(1)
    key = word.lower()
    if key in NOT_A_NAME or key in COLLECTIVE_NOUNS:
        return False
    if word.endswith("s") and not _surname_after_name(window, match.start(), key):
        return False  # "Palestinians killed": a people, unless a given name stands before
    if parse_number(key) is not None:
        return False
    if match.start() == 0 and not headline_start:
        return False
    before = window[max(0, match.start() - 12) : match.start()].lower()
    return "whether" not in before and " if " not in before


_GIVEN_NAME_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Z][a-z]{2,})\s+$")
# Capitalised words before a plural that are no given name ("Many Afghans", "Both Serbs")
_NOT_GIVEN_NAMES = frozenset(
    [
        "the",
        "many",
        "some",
        "several",
        "both",
        "all",
        "most",
        "few",
        "two",
        "three",
        "four",
        "five",
        "other",
        "other",
        "more",
        "these",
        "those",
        "their",
        "his",
        "her",
        "its",
        "our",
        "armed",
        "local",
    ]
)


def _surname_after_name(window: str, start: int, key: str) -> bool:
    """ "Alexandros Grigoropoulos", "Sean Davis": a surname ending in s after a given name,
    not a people ("Israeli Palestinians") or a quantity ("Many Afghans")."""
    given = _GIVEN_NAME_BEFORE_RE.search(window, max(0, start - 20), start)
    if given is None:
        return False
    first = given.group(1).lower()
    return (
        first not in _NOT_GIVEN_NAMES
        and first not in NOT_A_NAME
        and parse_number(first) is None
        and not key.endswith(("ians", "ans", "ers", "ists", "ites", "ees"))
        and first not in DEMONYMS
        and key not in DEMONYMS
    )


NAMED_NUMBER_WORDS = tuple(
    [
        "Tower",
        "Route",
        "Gate",
        "Flight",
        "Unit",
        "Building",
        "Block",
        "Terminal",
        "Platform",
        "Highway",
        "Reactor",
        "Hill",
        "Pier",
        "Ward",
        "Camp",
        "Base",
        "Post",
        "Checkpoint",
        "Sector",
        "Zone",
        "Bus",
        "Train",
        "Line",
        # an aircraft's model ("the Sukhoi Superjet 100", "a Boeing 737", "an Airbus 320")
        "Superjet",
        "Boeing",
        "Airbus",
        "Embraer",
        "Fokker",
        "Tupolev",
        "Ilyushin",
        "Antonov",
        "Cessna",
    ]
)
NAMED_NUMBER_RE = re.compile(rf"\b(?:{'|'.join(NAMED_NUMBER_WORDS)})\s+\d+\b")


def add_counted_wholes(masked: str, killed: list[int], cues: list[str]) -> None:
    """A whole told dead by what held them: "a family of five", "the bodies of 13 men"."""
    if "family of" in masked or "crew of" in masked:
        for match in FAMILY_OF.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
    if "bodies of" in masked:
        for match in BODIES_OF.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
