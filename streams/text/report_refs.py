"""What a report in a dispatch refers back to: the disaster, the town's happening, the
headline's places or the attack told before (for linking.link_incidents)."""

from __future__ import annotations

from streams.text.draft import Draft
from streams.text.linking_patterns import (
    DISASTER_CUES,
    PERPETRATORS_RE,
    TOWN_HAPPENING_AFTER_RE,
)


def disaster_told(headline: Draft, seen: list[Draft]) -> bool:
    """Is the headline's incident a natural disaster (by its own cues or its reports')?"""
    return any(
        p.incident == headline.incident and not DISASTER_CUES.isdisjoint(p.cues) for p in seen
    )


def town_happening_named(d: Draft) -> bool:
    """Does the report name a happening by its town, after "the" ("the Kramatorsk strike")?"""
    for m in d.mentions:
        if (
            m.kind == "city"
            and d.text.endswith("the ", 0, m.start)
            and TOWN_HAPPENING_AFTER_RE.match(d.text, m.end) is not None
        ):
            return True
    return False


def names_only_headline_places(d: Draft, headline: Draft | None) -> bool:
    """A report naming no city of its own and only places its headline names ("towns south
    of Valencia" under "floods kill 95 in Spain's Valencia region") refers back to it."""
    if headline is None or headline.place is not None or d.place is not None:
        return False
    named = d.place_mentions()
    return bool(named) and all(m.surface in headline.text for m in named)


def perpetrators_told(d: Draft, seen: list[Draft]) -> Draft | None:
    """ "In Derbent, the attackers set fire to a synagogue", after "Militants opened fire
    on Sunday evening in Derbent and Makhachkala": the dated report whose attack this is the
    town's part of (None when the report has a day of its own or names no perpetrators)."""
    if d.place is None or d.explicit_day or d.vague_day:
        return None
    if PERPETRATORS_RE.search(d.text) is None:
        return None
    return next((p for p in reversed(seen) if p.explicit_day and d.place.name in p.text), None)
