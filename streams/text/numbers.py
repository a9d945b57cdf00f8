"""Numbers written as digits or English words ("eight", "twenty-three", "a dozen").

A small own parser: the counts in dispatches are cardinal numbers below a few
hundred thousand, written as digits ("1,300", "30,000") or words. Vague
quantities ("dozens", "scores", "several") have no value and return ``None``.
"""

from __future__ import annotations

import functools
import re

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = frozenset({"dozens", "scores", "several", "hundreds", "thousands", "many", "some", "few"})

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_WORD_NUMBER = (
    rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT}))?)?"
    r"(?:\s+dozen)?"
)
# One regex source for a number, used inside the casualty patterns.
NUMBER_SOURCE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:thousand|million))?"
    rf"|(?:a|one)\s+dozen|a\s+hundred|a\s+couple(?:\s+of)?|{_WORD_NUMBER})"
)
NUMBER_RE = re.compile(rf"^{NUMBER_SOURCE}$", re.IGNORECASE)
_SPLIT_RE = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=4096)  # a few hundred number phrases recur: parse each once
def parse_number(text: str) -> int | None:
    """Value of one number phrase, or ``None`` when it is not a definite number."""
    words = text.strip().lower()
    if not words or words in VAGUE:
        return None
    if words[0].isdigit():
        head, _, scale = words.partition(" ")
        try:
            value = float(head.replace(",", ""))
        except ValueError:
            return None
        value *= SCALES.get(scale.strip(), 1)
        return int(value)
    if words in ("a dozen", "one dozen"):
        return 12
    if words.endswith(" dozen"):
        base = parse_number(words[: -len(" dozen")])
        return None if base is None else base * 12
    if words == "a hundred":
        return 100
    if words.startswith("a couple"):
        return 2
    total = 0
    current = 0
    seen = False
    for word in _SPLIT_RE.split(words):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
