"""Dispatch -> events: the whole pure extraction path.

split (split.py) -> classify (classify.py) -> places and actors (places.py) ->
event day (dates.py) -> casualties (casualties.py) -> incident identity
(identity.py). No I/O beyond the one-time gazetteer load, no Kafka, no faust.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from streams.text.casualties import extract_casualties
from streams.text.classify import classify
from streams.text.dates import mentions_same_day, resolve_date
from streams.text.gazetteer import Gazetteer, fold, gazetteer
from streams.text.identity import (
    event_id,
    incident_id,
    is_anaphoric,
    is_repeat,
    is_update,
    scoped_incident_id,
)
from streams.text.model import Dispatch, Event, EventClass, Place
from streams.text.places import Mention, choose_city, display_name, scan
from streams.text.split import split_events

__all__ = ["event_id", "extract_events"]

EXCLUDED_BEFORE_RE = re.compile(
    r"\b(?:near|outside|from|towards?|to|via|between|beyond|neighbouring|neighboring)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
SPEECH_RE = re.compile(
    r"\b(?:said|says|told|warned|insisted|claimed|argued|accused|denied|noted|stressed|added|"
    r"described|called|urged|vowed)\b"
)
SCOPED_MEASURE_RE = re.compile(
    r"\b(?:curfew|mourning|celebrations|festivities|state\s+of\s+emergency|evacuation|"
    r"lockdown|martial\s+law)\b",
    re.IGNORECASE,
)
SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|warned|insisted|claimed|accused|accusing|told)\s+(?:that\s+)?(?:the\s+)?$"
)
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:for|to|against|on|from|with|into|over|about|towards?|onto|at|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LIST_GAP_RE = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?$")
BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
IN_START_RE = re.compile(r"^(?:In|At)\s+(?:the\s+\w+\s+of\s+)?$")


@dataclass
class _Draft:
    line: int
    index: int
    text: str
    cls: EventClass
    confidence: float
    cues: tuple[str, ...]
    mentions: list[Mention]
    day: str | None
    explicit_day: bool
    place: Place | None = None
    country: str | None = None
    killed: int | None = None
    injured: int | None = None
    incident: str | None = None
    actors: tuple[str, ...] = field(default_factory=tuple)
    region_country: str | None = None


def _context_codes(drafts: list[_Draft]) -> set[str]:
    codes: set[str] = set()
    for draft in drafts:
        for m in draft.mentions:
            if (m.code and m.kind in ("country", "state", "territory")) or (
                m.kind == "city" and len(m.city_ids) == 1 and m.code
            ):
                codes.add(m.code)
    return codes


def _place(m: Mention, context: set[str], g: Gazetteer) -> Place:
    city = choose_city(m.city_ids, context, g)
    return Place(
        name=display_name(city, m.surface),
        country=g.country_name(city.country_code),
        lat=city.lat,
        lon=city.lon,
        geonames_id=city.geonames_id,
    )


VILLAGE_RE = re.compile(
    r"\b(?:village|settlement|hamlet)\s+of\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?)"
)


def _distinct(cities: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in cities:
        key = m.surface.lower()
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _is_list(text: str, cities: list[Mention]) -> bool:
    return any(LIST_GAP_RE.match(text[a.end : b.start]) for a, b in itertools.pairwise(cities))


def _incident_venue(
    draft: _Draft, context: set[str], g: Gazetteer
) -> tuple[Place | None, str | None]:
    text = draft.text
    cities = [
        m
        for m in draft.mentions
        if m.kind == "city"
        and not m.standin
        and not EXCLUDED_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    ]
    distinct = _distinct(cities)
    if len(distinct) > 1 and _is_list(text, distinct):
        codes = {choose_city(m.city_ids, context, g).country_code for m in distinct}
        return None, g.country_name(codes.pop()) if len(codes) == 1 else None
    if distinct:
        best = max(
            distinct,
            key=lambda m: (
                3.0 * bool(IN_START_RE.match(text[: m.start]))
                + 2.0 * m.locative
                + 1.0 * m.after_in
                - 0.01 * m.start
            ),
        )
        place = _place(best, context, g)
        return place, place.country
    village = VILLAGE_RE.search(text)
    if village:
        country = _fallback_country(draft, g)
        return Place(village.group(1), country), country
    return None, _fallback_country(draft, g)


def _fallback_country(draft: _Draft, g: Gazetteer) -> str | None:
    for kind in ("region", "territory"):
        for m in draft.mentions:
            if m.kind == kind:
                return g.country_name(m.code)
    for m in draft.mentions:
        if m.kind == "country" and m.locative:
            return g.country_name(m.code)
    for m in draft.mentions:
        if m.kind == "country":
            return g.country_name(m.code)
    return None


def _venue(draft: _Draft, context: set[str], g: Gazetteer, line_text: str) -> Place | None:
    """Where a meeting / measure took place: "in X" before any speech verb."""
    text = draft.text
    speech = SPEECH_RE.search(text)
    limit = speech.start() if speech else len(text)
    for m in draft.mentions:
        if m.kind != "city" or m.standin or m.start > limit:
            continue
        if m.after_in or IN_START_RE.match(text[: m.start]):
            return _place(m, context, g)
    if draft.cls == "policy" and SCOPED_MEASURE_RE.search(text):
        cities = _distinct([m for m in draft.mentions if m.kind == "city"])
        if not cities and text != line_text:
            cities = _distinct([m for m in scan(line_text) if m.kind == "city"])
        if len(cities) == 1:
            return _place(cities[0], context, g)
    return None


def _statement_bonus(
    text: str, mentions: list[Mention], g: Gazetteer
) -> dict[str, tuple[float, str]]:
    """ "said Moscow was...", "accused Washington": a statement about another state."""
    for m in mentions:
        state = m.kind in ("state", "country") or (
            m.kind == "city" and fold(m.surface) in g.capitals
        )
        if state and SAID_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
            return {"diplomacy": (2.0, "statement about " + m.surface)}
    return {}


def _actor_country(draft: _Draft, g: Gazetteer) -> tuple[bool, str | None]:
    """(found, country) of the main acting state; organisations and joint acts give None."""
    actors = [
        m
        for m in draft.mentions
        if m.kind in ("state", "country", "org", "territory")
        and not OBJECT_BEFORE_RE.search(draft.text, max(0, m.start - 20), m.start)
    ]
    if not actors:
        return False, None
    first = actors[0]
    if len(actors) > 1:
        second = actors[1]
        gap = draft.text[first.end : second.start]
        if (
            LIST_GAP_RE.match(gap)
            and first.start < 40
            and not BETWEEN_RE.search(draft.text, max(0, first.start - 12), first.start)
            and first.code != second.code
        ):
            return True, None
    if first.kind == "org":
        return True, None
    return True, g.country_name(first.code)


def extract_events(dispatch: Dispatch) -> list[Event]:
    """Every event of a dispatch, in line order; each non-blank line gives at least one."""
    g = gazetteer()
    drafts: list[_Draft] = []
    for line_no, line in enumerate(dispatch.lines):
        if not line.strip():
            continue
        for index, item in enumerate(split_events(line, dispatch.date, headline=line_no == 0)):
            text = item.text
            mentions = scan(text)
            result = classify(text, _statement_bonus(text, mentions, g), item.scored)
            when = resolve_date(text, dispatch.date, allow_vague=result.event_class == "incident")
            drafts.append(
                _Draft(
                    line=line_no,
                    index=index,
                    text=text,
                    cls=result.event_class,
                    confidence=result.confidence,
                    cues=result.cues,
                    mentions=mentions,
                    day=when.day,
                    explicit_day=when.explicit,
                )
            )
    context = _context_codes(drafts)
    previous_day: str | None = dispatch.date
    previous_country: str | None = None
    for draft in drafts:
        draft.actors = tuple(
            dict.fromkeys(m.surface for m in draft.mentions if m.kind in ("state", "org"))
        )
        if mentions_same_day(draft.text) and not draft.explicit_day:
            draft.day = previous_day
        if draft.cls == "incident":
            draft.place, draft.country = _incident_venue(draft, context, g)
            figures = extract_casualties(draft.text)
            draft.killed, draft.injured = figures.killed, figures.injured
        else:
            line_text = dispatch.lines[draft.line]
            draft.place = _venue(draft, context, g, line_text)
            if draft.place is not None:
                draft.country = draft.place.country
            else:
                found, country = _actor_country(draft, g)
                draft.country = country if found else previous_country
            previous_country = draft.country
        previous_day = draft.day
    _link_incidents(drafts, dispatch)
    events = []
    for draft in drafts:
        place = draft.place
        if place is None and draft.country is not None:
            place = None
        events.append(
            Event(
                event_id=event_id(dispatch.dispatch_id, draft.line, draft.index),
                dispatch_id=dispatch.dispatch_id,
                line=draft.line,
                event_class=draft.cls,
                confidence=draft.confidence,
                cues=draft.cues,
                text=draft.text,
                place=place,
                killed=draft.killed if draft.cls == "incident" else None,
                injured=draft.injured if draft.cls == "incident" else None,
                event_date=draft.day,
                dispatch_date=dispatch.date,
                incident_id=draft.incident if draft.cls == "incident" else None,
                actors=draft.actors,
                country_hint=draft.country if place is None else None,
            )
        )
    return events


def _link_incidents(drafts: list[_Draft], dispatch: Dispatch) -> None:
    """Give every incident its incident id; follow-ups take their incident's place and day."""
    incidents = [d for d in drafts if d.cls == "incident"]
    seen: list[_Draft] = []
    counts: dict[tuple[str, str], int] = {}
    headline = incidents[0] if incidents and incidents[0].line == 0 else None
    # The headline reports a body event: it takes that event's day.
    if headline is not None and headline.place is not None and not headline.explicit_day:
        for d in incidents[1:]:
            if d.place is not None and d.place.city_id == headline.place.city_id and d.explicit_day:
                headline.day = d.day
                break
    for d in incidents:
        target: _Draft | None = None
        update = is_update(d.text)
        if d.place is not None:
            if update:
                for prev in reversed(seen):
                    if prev.place is not None and prev.place.city_id == d.place.city_id:
                        target = prev
                        break
        elif seen and (update or is_anaphoric(d.text)) and d.day is not None:
            target = _best_target(d, seen, headline)
        elif seen and d.index > 0 and not any(m.kind != "org" for m in d.mentions):
            same_line = [p for p in seen if p.line == d.line and p.place is not None]
            if same_line:
                d.place, d.country = same_line[-1].place, same_line[-1].country
        if target is not None:
            d.place, d.country, d.day = target.place, target.country, target.day
            d.incident = target.incident
            seen.append(d)
            continue
        if d.place is not None and d.day is not None:
            key = (d.place.city_id, d.day)
            n = counts.get(key, 0)
            if n == 0 or is_repeat(d.text):
                n += 1
                counts[key] = n
            d.incident = incident_id(d.place.city_id, d.day, n)
        else:
            d.incident = scoped_incident_id(dispatch.dispatch_id, d.line, d.index)
        seen.append(d)


_WORD_RE = re.compile(r"[a-z]{5,}")


def _best_target(d: _Draft, seen: list[_Draft], headline: _Draft | None) -> _Draft:
    words = set(_WORD_RE.findall(d.text.lower()))
    best = seen[-1]
    best_score = -1.0
    for rank, prev in enumerate(seen):
        overlap = len(words & set(_WORD_RE.findall(prev.text.lower())))
        chain = headline is not None and prev.incident == headline.incident
        score = 0.5 * min(overlap, 4) + 2.0 * chain + 0.01 * rank
        if score > best_score:
            best, best_score = prev, score
    return best
