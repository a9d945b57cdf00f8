"""Deterministic ids: events, and incidents shared by reports of one happening.

An incident seen in a city on a day is ``inc:`` + a hash of (GeoNames city id,
event day, discriminator), so the same strike reported by two dispatches, or a
toll updated the next day (event day unchanged), gets the same id. The
discriminator is empty except for a second happening in the same city on the
same day inside one dispatch ("Odesa came under attack again"), which gets
"#2", "#3"... An incident without a city or a day cannot be matched across
dispatches; its id is scoped to the dispatch and line.
"""

from __future__ import annotations

import hashlib
import re

from streams.text.lexicon import may_contain
from streams.text.word_starts import compile_at_words

AGAIN_RE = compile_at_words(
    r"\bagain\b|\b(?:another|second|third|fresh|renewed|separate)\s+(?:\w+\s+)?(?:attack|strike|wave|"
    r"barrage|assault|explosion|blast|shelling)\b|\bonce more\b",
    re.IGNORECASE,
)
UPDATE_RE = compile_at_words(
    r"\btoll\b|\bnumber\s+of\s+(?:dead|deaths|people\s+killed|killed|injured|wounded|victims|"
    r"casualties)\b|\b(?:(?-i:rose)|risen|raised|climbed|climbing|increased|jumped|grew|revised)\b"
    # a claim made on a later day is about the attack told before, on its day
    r"|\bclaim(?:ed|s|ing)?\s+responsibility\b",
    re.IGNORECASE,
)
ANAPHOR_RE = re.compile(
    # (after an attribution too: "The Revolutionary Guards said the dead included ...")
    # ("Among the dead was Major General Bashir Nafeh": one of the dead told before)
    r"^(?:(?:later|earlier|meanwhile|by\s+\w+|among)[\s,]+|(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}said\s+)?"
    r"the\s+(?:[\w.]+\s+){0,2}?(?:strike|attack|blast|"
    r"explosion|shelling|assault|raid|bombing|barrage|missile|rocket|drone|victims|dead|fire|"
    # the vehicle or disaster of a crash or a flood told before
    r"helicopter|plane|aircraft|airliner|jet|train|bus|ship|boat|vessel|convoy|ferry|truck|lorry|"
    r"motorcade|crash|earthquake|quake|tremor|aftershock|storm|typhoon|hurricane|cyclone|wildfire|"
    r"flood|blaze|inferno|stampede|crush|landslide|mudslide|avalanche|collision|derailment|"
    r"eruption|tsunami)s?\b",
    re.IGNORECASE,
)

# "the town" named before ("the city of X" names a new one)
THE_PLACE_RE = re.compile(
    # (one adjective may come between: "the small town", "the eastern city", "the Druze
    # town")
    r"\bthe\s+(?:[A-Za-z]+\s+)?(?:town|city|village|crossing)\b(?!\s+of\b)"
)

# Words without which AGAIN_RE / UPDATE_RE cannot match.
AGAIN_WORDS = ("again", "another", "second", "third", "fresh", "renewed", "once", "separate")
UPDATE_WORDS = (
    "toll",
    "number",
    "rose",
    "risen",
    "raised",
    "climb",
    "increased",
    "jumped",
    "grew",
    "revised",
    "responsibility",
)


def event_id(dispatch_id: str, line: int, index: int) -> str:
    """Id of the ``index``-th event of ``line`` in a dispatch: same input, same id."""
    return hashlib.sha1(f"{dispatch_id}\x1f{line}\x1f{index}".encode()).hexdigest()[:24]


def incident_id(city_id: str, day: str, discriminator: int = 0) -> str:
    """Id of a happening in a city on a day (content-derived, stable across dispatches)."""
    tail = f"#{discriminator}" if discriminator > 1 else ""
    return "inc:" + hashlib.sha1(f"{city_id}\x1f{day}{tail}".encode()).hexdigest()[:16]


def scoped_incident_id(dispatch_id: str, line: int, index: int) -> str:
    """Id of an incident without a city or day: only its own dispatch can refer to it."""
    return (
        "inc:" + hashlib.sha1(f"{dispatch_id}\x1f{line}\x1f{index}\x1fi".encode()).hexdigest()[:16]
    )


def is_update(text: str) -> bool:
    """A report about an incident told before: revised figures, or a claim of
    responsibility."""
    if not may_contain(text, text.lower(), UPDATE_WORDS):
        return False
    return UPDATE_RE.search(text) is not None


def is_anaphoric(text: str) -> bool:
    """Text that refers back to a happening already named ("The strike tore through...")
    or to its place ("had taken full control of the town")."""
    return ANAPHOR_RE.search(text) is not None or (
        "the " in text and THE_PLACE_RE.search(text) is not None
    )


def is_repeat(text: str) -> bool:
    """A second happening in the same place ("came under attack again")."""
    if not may_contain(text, text.lower(), AGAIN_WORDS):
        return False
    return AGAIN_RE.search(text) is not None
