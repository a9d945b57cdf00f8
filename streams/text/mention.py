"""One name found in a text: where, what kind, which state and places it may be."""

from __future__ import annotations

from typing import NamedTuple


class Mention(NamedTuple):
    """One name found in a text (a named tuple: built thousands of times per second)."""

    start: int
    end: int
    surface: str
    kind: str  # city | country | region | territory | state | org
    code: str | None  # ISO country code (None for organisations)
    city_ids: tuple[int, ...] = ()
    locative: bool = False  # a locative cue ("in", "on", "village of") precedes it
    standin: bool = False  # "Moscow said": a government, not a venue
    after_in: bool = False  # directly after "in"
