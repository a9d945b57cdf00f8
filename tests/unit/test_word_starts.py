"""Patterns compiled with a word-start prefix match exactly what the plain pattern matches."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import streams.text
from streams.text.word_starts import compile_at_words, word_start_prefix

OWN = Path(__file__).resolve().parents[1] / "data" / "own.jsonl"


def _prefixed_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every module-level pattern of the pure core built by ``compile_at_words``."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.iter_modules(streams.text.__path__):
        module = importlib.import_module(f"streams.text.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith(r"\b(?=["):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


def _plain(prefixed: re.Pattern[str]) -> re.Pattern[str]:
    body = prefixed.pattern.split("])(?:", 1)[1][:-1]
    return re.compile(body, prefixed.flags)


def _texts() -> list[str]:
    lines = [
        "İstanbul Kelvin\u212a ſince ıi earlier this month, SINCE THE WAR BEGAN",
        "re-elected again, a second strike, the toll rose; last year's vote",
        "",
        "x",
    ]
    for row in OWN.read_text().splitlines()[:150]:
        lines.extend(json.loads(row)["text"].split("\n"))
    words = " ".join(lines).split()
    rnd = random.Random(7)
    for _ in range(300):
        lines.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 25))))
    return lines


PATTERNS = _prefixed_patterns()


def test_the_rule_modules_use_the_prefix() -> None:
    names = {name for name, _ in PATTERNS}
    assert {"date_patterns.VAGUE_RE", "actors.ACTOR_RE", "identity.UPDATE_RE"} <= names


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_same_spans_as_the_plain_pattern(name: str, pattern: re.Pattern[str]) -> None:
    plain = _plain(pattern)
    for text in _texts():
        for variant in (text, text.lower()):
            expected = [m.span() for m in plain.finditer(variant)]
            assert [m.span() for m in pattern.finditer(variant)] == expected, (name, variant)


def test_the_prefix_holds_every_opening_letter_in_both_cases() -> None:
    prefix = word_start_prefix(r"\b(?:earlier|later)\s+this|(?<!born\s)\bin\s+\d{4}|\bLast\b")
    assert prefix == r"\b(?=[EILeil])"


def test_optional_words_add_the_letters_after_them() -> None:
    # "(?:the\s+)?war": a match may open on "t" or on "w"
    assert word_start_prefix(r"\b(?:the\s+)?war\b") == r"\b(?=[TWtw])"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bkilled|wounded",  # a branch with no \b before it
        r"\b\w+ed\b",  # opens on any word character
        r"\b(?:x)?",  # can match the empty string
        r"\b.",
    ],
)
def test_unreadable_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        compile_at_words(pattern)


@given(st.text(alphabet="ab \u0130\u0131kK\u212a-'.", max_size=30))
def test_case_insensitive_folds_keep_their_matches(text: str) -> None:
    # IGNORECASE matches "K" against the Kelvin sign and "i" against "İ": the prefix is
    # compiled with the same flags, so the same folds pass it
    source = r"\bk[ai]+\b|\bb\s+a\b"
    plain = re.compile(source, re.IGNORECASE)
    fast = compile_at_words(source, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
