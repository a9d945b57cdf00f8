"""Which report told before a follow-up naming no place of its own updates: the best
scoring of the candidates ``linking._target`` leaves (shared words, the headline's chain,
the same speaker, the same kind of happening, the same day named)."""

from __future__ import annotations

import re

from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.linking_patterns import (
    CAPITAL_RE,
    KIND_OF_HAPPENING_RE,
    NATIONWIDE_RE,
    SPEAKER_START_RE,
)

_WORD_RE = re.compile(r"[a-z]{5,}")
RUNNING_COUNT_RE = re.compile(
    r"\b(?:count|tally|total)\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|reached|increased)\b"
)
# Words of one kind of happening: a report with one of them follows a report with
# another of the same kind ("rescuers cut through the wreckage" follows the derailment,
# not the ramming told since)
HAPPENING_FAMILIES = (
    frozenset(
        [
            "wreckage",
            "crash",
            "crashed",
            "collided",
            "collision",
            "derailed",
            "derailment",
            "carriages",
            "coaches",
            "fuselage",
            "debris",
        ]
    ),
    frozenset(["quake", "earthquake", "aftershock", "aftershocks", "rubble", "tremor"]),
    frozenset(
        ["flood", "floods", "flooding", "floodwaters", "landslide", "landslides", "mudslide"]
    ),
    frozenset(["blaze", "flames", "inferno", "burned"]),
)
THE_SITE_RE = re.compile(r"\b(?:in|at)\s+the\s+(camp|hospital|school|market|village|port|mosque)\b")


def words_of(d: Draft, word_sets: dict[int, set[str]]) -> set[str]:
    """The words of five letters or more of a report (each report's once per dispatch)."""
    words = word_sets.get(id(d))
    if words is None:
        words = word_sets[id(d)] = set(_WORD_RE.findall(d.text.lower()))
    return words


def best_target(
    d: Draft,
    seen: list[Draft],
    headline: Draft | None,
    g: Gazetteer,
    word_sets: dict[int, set[str]],
) -> Draft:
    if RUNNING_COUNT_RE.search(d.text) is not None:
        # "By evening the ministry's count had risen to 41 dead": the running total told
        # before (one with no day of its own), not a strike of the day
        totals = [prev for prev in seen if prev.vague_day and prev.killed is not None]
        if totals:
            return totals[-1]
    nationwide = NATIONWIDE_RE.search(d.text) is not None
    capital = CAPITAL_RE.search(d.text) is not None
    words = words_of(d, word_sets)
    # A headline that places its happening no closer than a country ("attack on nursery
    # in northeast Thailand"), told again by the first body report with its town: later
    # reports that name no place follow the town's report, not the headline
    told_again = (
        not nationwide
        and headline is not None
        and headline.place is None
        and len(seen) > 1
        and seen[1].place is not None
        and seen[1].day == headline.day
        and all(m.kind == "country" for m in headline.place_mentions())
    )
    # "Lunin said later in the evening that 31 people had been wounded": the official who
    # gave one incident's toll updates that one
    speaker = SPEAKER_START_RE.match(d.text)
    kind = KIND_OF_HAPPENING_RE.search(d.text)
    named_kind = kind.group(1).lower() if kind is not None else None
    the_site = THE_SITE_RE.search(d.text)
    site = the_site.group(1).lower() if the_site is not None else None
    there = " there " in d.text or d.text.rstrip(".").endswith(" there")
    # a report that names its own day follows a happening of that day
    dated = d.explicit_day and d.day is not None and any(prev.day != d.day for prev in seen)
    families = [f for f in HAPPENING_FAMILIES if not f.isdisjoint(words)]
    best = seen[-1]
    best_score = -1.0
    for rank, prev in enumerate(seen):
        if prev.vague_day or prev.day is None:
            continue
        if told_again and prev is headline:
            continue
        overlap = len(words & words_of(prev, word_sets))
        chain = headline is not None and prev.incident == headline.incident
        score = 0.5 * min(overlap, 4) + 0.01 * rank
        if nationwide:
            score += 3.0 if prev.place is None else 0.0
        elif capital:
            is_capital = prev.place is not None and fold(prev.place.name) in g.capitals
            score += 3.0 if is_capital else 0.0
        if chain and (prev.place is not None or nationwide):
            score += 2.0
        if speaker is not None and speaker.group(1) in prev.text:
            score += 2.5
        if prev.place is not None and prev.place.geonames_id is None and prev.place.name in d.text:
            score += 3.0  # "the Sitakunda toll": a town the gazetteer lacks, named again
        if named_kind is not None and named_kind in prev.text.lower():
            score += 2.5  # "killed in the airport strike": the strike on the airport
        if site is not None and site in prev.text.lower():
            score += 2.5  # "The toll in the camp later rose to nine": the camp's strike
        if there and rank == len(seen) - 1:
            score += 2.0  # "The toll there later rose to nine": the place just told
        if families and any(not f.isdisjoint(words_of(prev, word_sets)) for f in families):
            score += 2.0
        if dated and prev.day == d.day:
            score += 2.5  # "said on Friday that Thursday's bombing had killed 47"
        if score > best_score:
            best, best_score = prev, score
    return best
