"""Killed / injured figures of one incident event.

Rules (eval/README.md): digits and number words count; "at least / more than /
over N" give N; vague quantities ("dozens") give nothing; subsets ("including
3 rescuers", "five of them children") are never added — every figure found for a
kind is a candidate and the largest wins, which is exactly "the total, not the
subset"; ages ("a 48-year-old") are masked; missing / trapped / evacuated /
rescued people are not casualties because only death and injury words attach a
number; "no one was hurt" / "no casualties" give 0 and 0, "no deaths" gives
killed 0. A person wounded who later died counts once, as killed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from streams.text.lexicon import contains_any, words
from streams.text.numbers import NUMBER_SOURCE, TENS, UNITS, parse_number

NUM = NUMBER_SOURCE
# Quantifiers that leave the figure as is ("at least 16" -> 16).
QUANT = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|as\s+many\s+as"
    r"|roughly|approximately|an\s+estimated|a\s+total\s+of|another|a\s+further|further)\s+)?"
)
KILL_AFTER = (
    r"(?:killed|dead|died|deaths|fatalities|lost\s+(?:their|his|her)\s+lives|bodies|"
    r"were\s+slain|perished)"
)
INJ_AFTER = (
    r"(?:injured|wounded|hurt|injuries|in\s+hospital|hospitali[sz]ed|in\s+a\s+serious\s+condition"
    r"|treated\s+for\s+(?:wounds|injuries)|wounds|(?:taken|admitted|rushed)\s+to\s+(?:a\s+)?hospitals?)"
)
# A gap word between a number and its verb: not a number, not another casualty word.
_GAP_WORD = (
    rf"(?!(?:{NUM}|killed|dead|died|injured|wounded|hurt|including|among|and|but|while)\b)"
    r"[a-z][\w'’-]*"
)
GAP = rf"(?:\s+{_GAP_WORD}){{0,7}}?"

FLAGS = 0  # patterns run on lower-cased text: much faster than IGNORECASE

KILL_PATTERNS = [
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{GAP}\s+(?:have\s+|had\s+)?{KILL_AFTER}\b", FLAGS
    ),
    re.compile(
        rf"\b(?:killed|killing|kills|kill|claimed\s+the\s+lives\s+of|leaving)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+|others\s+)?(?:injured|wounded|hurt))",
        FLAGS,
    ),
    re.compile(
        r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities|victims))\b"
        rf"(?:\s+[\w'’-]+){{0,10}}?\s+(?:to|at|reached|stood\s+at|of|hit|passed|passes|exceeded|exceeds|topped|tops|"
        rf"surpassed|surpasses|past|above)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:injured|wounded|hurt))",
        FLAGS,
    ),
]
# "11 people, including three children, had been killed"
SUBSET_AFTER = r"(?:\s+[a-z]+)?,\s+(?:including|among\s+them|among\s+whom|of\s+whom)[^,;.|]{0,60},"
KILL_PATTERNS.append(
    re.compile(rf"\b(?:claimed|claiming|cost)\s+{QUANT}(?P<n>{NUM})\s+(?:more\s+)?lives\b")
)
KILL_PATTERNS.append(
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{SUBSET_AFTER}{GAP}\s+(?:have\s+|had\s+)?"
        rf"(?:been\s+)?{KILL_AFTER}\b"
    )
)
# "killed senior official X and six other people" -> 1 + 6
KILLED_ONE_AND_OTHERS = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?P<who>[^.;,|]{{1,60}}?)\s+and\s+(?P<n>{NUM})\s+others?\b"
)
INJ_PATTERNS = [
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{GAP}\s+(?:have\s+been\s+|had\s+been\s+)?{INJ_AFTER}",
        FLAGS,
    ),
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurting|hurt)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:killed|dead))",
        FLAGS,
    ),
    re.compile(
        r"\bnumber\s+of\s+(?:injured|wounded|people\s+injured|people\s+wounded|injuries)\b"
        rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:to|at|reached|stood\s+at|of|hit)\s+{QUANT}(?P<n>{NUM})\b",
        FLAGS,
    ),
]
# One person, no number: "a 43-year-old woman was killed", "killing a civilian".
PERSON = (
    r"(?:man|woman|person|civilian|child|girl|boy|soldier|resident|driver|teenager|journalist|"
    r"policeman|police\s+officer|officer|worker|volunteer|pensioner|farmer|guard|student|"
    r"medic|doctor|nurse|rescuer|firefighter|mother|father|daughter|son|wife|husband|brother|"
    r"sister|baby|infant|grandmother|grandfather|bystander|passer-by|employee|reporter|"
    r"photographer|cameraman|paramedic|teacher|priest|pilot|sailor|fisherman|shepherd)"
)
INJ_PATTERNS.append(
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{SUBSET_AFTER}{GAP}\s+(?:have\s+|had\s+)?"
        rf"(?:been\s+)?{INJ_AFTER}"
    )
)
# Two people named one by one: "killed a woman and her daughter".
PAIR_KILLED = re.compile(
    rf"\b(?:killed|killing|kills)\s+(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\s+and\s+"
    rf"(?:a|an|her|his|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
)
SINGLE_KILLED = [
    re.compile(
        rf"\b(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?:\s+[\w'’-]+){{0,4}}?"
        r"\s+(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead)\b",
        FLAGS,
    ),
    re.compile(
        rf"\b(?:killed|killing|kills)\s+(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b", FLAGS
    ),
    re.compile(r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+)?died\b", FLAGS),
]
SINGLE_INJURED = re.compile(
    r"\b(?:wounded|injured|wounding|injuring)\s+(?:a|an|the|his|her|their|its)\s+"
    rf"(?:[a-z]+['’]s\s+)?(?:agemask\s+|[a-z]+\s+)?{PERSON}\b",
    FLAGS,
)
# "wounded a civilian who later died" -> killed 1, not injured.
WOUNDED_THEN_DIED = re.compile(
    rf"\b(?:wounded|injured|wounding|injuring)\s+(?:a|an|one)\s+(?:[a-z]+\s+)?{PERSON}?\s*,?\s*"
    r"who\s+(?:later\s+)?died\b",
    FLAGS,
)
# "Haniyeh and one of his bodyguards were killed" -> 1 + 1
NAME_AND_N = re.compile(
    rf"\b[A-Z][a-z]+\s+and\s+(?P<n>{NUM})\s+of\s+(?:his|her|their)\s+\w+\s+(?:were|was)\s+killed\b"
)
# A headline naming one person: "Hamas chief Ismail Haniyeh killed in Tehran"
NAMED_KILLED = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:is\s+|was\s+)?killed\b"
    r"(?=\s+(?:in|at|on|by|as|after|when|while|near|during)\b|\s*[,.;:]|\s*$)"
)
NOT_A_NAME = frozenset(
    {"scores", "dozens", "many", "several", "hundreds", "thousands", "people", "civilians", "who"}
)
AGE_RE = re.compile(
    rf"\b(?:{NUM})[- ](?:year|month|week|day)s?[- ]olds?\b|\baged\s+{NUM}(?:\s*(?:and|or|to|-)\s*{NUM})?",
    FLAGS,
)
NOBODY_HURT = re.compile(
    r"\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+(?:hurt|injured|harmed|wounded)"
    r"|\bno\s+(?:casualties|victims)\b|\bwithout\s+(?:casualties|victims)\b"
    r"|\bno\s+one\s+was\s+(?:killed|hurt)\s+or\s+(?:injured|hurt|wounded)",
    FLAGS,
)
NOBODY_KILLED = re.compile(
    r"\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+killed"
    r"|\bno\s+(?:deaths|fatalities)\b|\bno\s+one\s+died\b|\bno\s+one\s+was\s+killed\b",
    FLAGS,
)
NO_INJURIES = re.compile(r"\bno\s+(?:injuries|injured)\b", FLAGS)
NO_ONE = re.compile(r"\b(?:no\s+one|no-one|nobody)\b", FLAGS)


class Casualties(NamedTuple):
    """(a named tuple: one per incident, cheaper to build than a frozen dataclass)"""

    killed: int | None
    injured: int | None
    cues: tuple[str, ...] = ()


def _best(values: list[int]) -> int | None:
    return max(values) if values else None


ANCHOR_RE = re.compile(
    r"kill|dead|died|death|fatalit|lives|bodies|slain|perish|toll|injur|wound|hurt|hospital|"
    r"casualt|victims",
)
WINDOW_BEFORE = 160
WINDOW_AFTER = 100


def _windows(text: str) -> str:
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


NUMBER_IN_RE = re.compile(rf"\b{NUM}\b")
# Words each casualty pattern cannot match without (a cheap test before the regex).
_SUBSET_WORDS = ("including", "among", "whom")
KILL_GUARDS: tuple[tuple[str, ...], ...] = (
    (),  # KILL_PATTERNS[0]: the caller's KILL_WORDS test is its guard
    ("kill", "claimed", "leaving"),
    ("toll", "number"),
    ("lives",),
    _SUBSET_WORDS,
)
INJ_GUARDS: tuple[tuple[str, ...], ...] = (
    (),
    ("injur", "wound", "hurt"),
    ("number",),
    _SUBSET_WORDS,
)
# Every match of a casualty pattern starts at the start of a word (a run of \w) that is
# one of a few words, or a number: ``_matches`` only tries the pattern there, which is
# what ``finditer`` would find, without trying every position of the text.
_QUANT_FIRST = words(
    "at more over about around some nearly almost up as roughly approximately an a another further"
)
_NUMBER_FIRST = _QUANT_FIRST | frozenset(UNITS) | frozenset(TENS)  # + words starting a digit
KILL_STARTS: tuple[frozenset[str], ...] = (
    _NUMBER_FIRST,
    frozenset(["killed", "killing", "kills", "kill", "claimed", "leaving"]),
    frozenset(["death", "toll", "number"]),
    frozenset(["claimed", "claiming", "cost"]),
    _NUMBER_FIRST,
)
INJ_STARTS: tuple[frozenset[str], ...] = (
    _NUMBER_FIRST,
    frozenset(
        ["injuring", "wounding", "injured", "wounded", "injures", "wounds", "hurting", "hurt"]
    ),
    frozenset(["number"]),
    _NUMBER_FIRST,
)
_WORD_RUN_RE = re.compile(r"\w+")


def _starts(runs: list[tuple[int, str]], first: frozenset[str]) -> list[int]:
    """Offsets of the words in ``first`` (and, for the number words, of every word that
    starts with a digit) among ``runs``: (offset, word) of every \\w run of a text."""
    if first is _NUMBER_FIRST:
        return [start for start, word in runs if word in first or word[0].isdigit()]
    return [start for start, word in runs if word in first]


# The distinct start sets, and for each word the sets it is in: ``_all_starts`` fills
# every list in one pass over the words instead of one pass per set.
_START_SETS: tuple[frozenset[str], ...] = tuple(dict.fromkeys([*KILL_STARTS, *INJ_STARTS]))
KILL_START_IDS = tuple(_START_SETS.index(first) for first in KILL_STARTS)
INJ_START_IDS = tuple(_START_SETS.index(first) for first in INJ_STARTS)
_NUMBER_ID = _START_SETS.index(_NUMBER_FIRST)
_SETS_OF_WORD: dict[str, tuple[int, ...]] = {}
for _index, _first in enumerate(_START_SETS):
    for _word in _first:
        _SETS_OF_WORD[_word] = (*_SETS_OF_WORD.get(_word, ()), _index)


# ASCII byte -> itself when a word character (regex \w), else space (``_all_starts``)
_ASCII_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256)
)
# A first character class (not a repeat) lets the regex engine skip ahead to a digit.
_DIGITS_RE = re.compile(r"\d\d*")


_START_WORDS = frozenset(_SETS_OF_WORD)


def _all_starts(text: str) -> list[list[int]]:
    """``[_starts(runs, first) for first in _START_SETS]`` for the \\w runs of ``text``."""
    lists: list[list[int]] = [[] for _ in _START_SETS]
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
    for match in _WORD_RUN_RE.finditer(text):
        word = match.group()
        sets = _SETS_OF_WORD.get(word)
        if sets is not None:
            start = match.start()
            for index in sets:
                lists[index].append(start)
        elif word[0].isdigit():
            numbers.append(match.start())
    return lists


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
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


KILL_WORDS = ("kill", "dead", "died", "death", "fatalit", "lives", "bodies", "slain", "perish")
INJ_WORDS = ("injur", "wound", "hurt", "hospital", "condition")


def extract_casualties(text: str) -> Casualties:
    """Killed and injured figures stated in the text of one incident event."""
    window = _windows(text)
    if not window:
        return Casualties(None, None)
    lower = window.lower()
    cues: list[str] = []
    killed: list[int] = []
    injured: list[int] = []
    # AGE_RE cannot match without "old" or "aged"
    masked = (
        AGE_RE.sub(" agemask ", lower)
        if ("year" in lower or "aged" in lower) and ("old" in lower or "aged" in lower)
        else lower
    )
    if "died" in masked:
        for match in WOUNDED_THEN_DIED.finditer(masked):
            killed.append(1)
            cues.append(match.group(0))
        if killed:  # nothing to blank otherwise
            masked = WOUNDED_THEN_DIED.sub(" ", masked)
    if " of " in lower and "killed" in lower:
        for match in NAME_AND_N.finditer(window):
            value = parse_number(match.group("n").lower())
            if value is not None:
                killed.append(1 + value)
                cues.append(match.group(0))
    has_none = "no " in masked or "nobody" in masked or "no-one" in masked or "without" in masked
    zero_all = NOBODY_HURT.search(masked) if has_none else None
    zero_killed = NOBODY_KILLED.search(masked) if has_none else None
    zero_injured = NO_INJURIES.search(masked) if has_none else None
    if has_none:
        # "no one" must not read as the number one
        masked = NO_ONE.sub(" nobody ", masked)
    starts: list[list[int]] | None = None
    if contains_any(masked, KILL_WORDS) or "toll" in masked:
        starts = _all_starts(masked)
        for pattern, guard, first in zip(KILL_PATTERNS, KILL_GUARDS, KILL_START_IDS, strict=True):
            if guard and not contains_any(masked, guard):
                continue
            for match in _matches(pattern, masked, starts[first]):
                value = parse_number(match.group("n"))
                if value is not None:
                    killed.append(value)
                    cues.append(match.group(0).strip())
    if contains_any(masked, INJ_WORDS):
        if starts is None:
            starts = _all_starts(masked)
        for pattern, guard, first in zip(INJ_PATTERNS, INJ_GUARDS, INJ_START_IDS, strict=True):
            if guard and not contains_any(masked, guard):
                continue
            for match in _matches(pattern, masked, starts[first]):
                value = parse_number(match.group("n"))
                if value is not None:
                    injured.append(value)
                    cues.append(match.group(0).strip())
    if not killed and " other" in masked:
        for match in KILLED_ONE_AND_OTHERS.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None and not NUMBER_IN_RE.search(match.group("who")):
                killed.append(1 + value)
                cues.append(match.group(0))
    if not killed and "kill" in masked:
        pair = PAIR_KILLED.search(masked)
        if pair:
            killed.append(2)
            cues.append(pair.group(0))
    if not killed and ("kill" in masked or "died" in masked):
        for pattern in SINGLE_KILLED:
            single = pattern.search(masked)
            if single:
                killed.append(1)
                cues.append(single.group(0))
                break
    if not killed and "killed" in lower:
        for match in NAMED_KILLED.finditer(window):
            word = match.group(1)
            if word.lower() not in NOT_A_NAME and not word.endswith("s") and match.start() > 0:
                killed.append(1)
                cues.append(match.group(0))
                break
    if not injured and ("wound" in masked or "injur" in masked):
        one = SINGLE_INJURED.search(masked)
        if one:
            injured.append(1)
            cues.append(one.group(0))
    k = _best(killed)
    i = _best(injured)
    if zero_all:
        cues.append(zero_all.group(0))
        k = 0 if k is None else k
        i = 0 if i is None else i
    if zero_killed and k is None:
        cues.append(zero_killed.group(0))
        k = 0
    if zero_injured and i is None:
        i = 0
    return Casualties(k, i, tuple(cues))
