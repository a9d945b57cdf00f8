"""Dispatch -> events: the whole pure extraction path.

split (split.py) -> classify (classify.py) -> places and actors (places.py) ->
event day (dates.py) -> casualties (casualties.py) -> incident identity
(identity.py). No I/O beyond the one-time gazetteer load, no Kafka, no faust.
"""

from __future__ import annotations

import datetime as dt
import re

from streams.text.act_venues import refers_to_venue, venue
from streams.text.acting_state import actor_country, chamber_owner
from streams.text.casualties import Casualties, extract_casualties
from streams.text.classify import Classification, classify
from streams.text.country_fallback import HAMLET
from streams.text.dates import (
    DateResult,
    day_before_act,
    letter_words,
    mentions_same_day,
    resolve_date,
)
from streams.text.draft import Draft
from streams.text.gazetteer import City, Gazetteer, fold, gazetteer
from streams.text.identity import event_id, is_anaphoric
from streams.text.lexicon import contains_any
from streams.text.linking import link_incidents
from streams.text.model import Dispatch, Event, Place
from streams.text.places import Mention, scan
from streams.text.qualified import qualify_cities
from streams.text.spellings import modern_ukrainian, same_transliteration
from streams.text.split import split_events
from streams.text.statement_patterns import OWN_STRIKE
from streams.text.statements import statement_bonus
from streams.text.venues import incident_venue, make_place

__all__ = ["event_id", "extract_events"]


# Cues of a word of sympathy, which comes from abroad
_CONDOLENCE_CUES = frozenset(
    ("condolences", "condolence", "message of condolence", "messages of condolence")
)


def _context_codes(drafts: list[Draft], g: Gazetteer) -> set[str]:
    """Countries of the dispatch: named states, and cities with a single candidate."""
    codes: set[str] = set()
    for draft in drafts:
        for m in draft.mentions:
            if (m.code and m.kind in ("country", "state", "territory")) or (
                m.kind == "city"
                and len(m.city_ids) == 1
                and m.code
                # (a hamlet's name, "strike on Basta" for a district of Beirut, places no
                # dispatch in Romania, nor does another place's other name: "the port of
                # Kavkaz" is not Colombia's Caucasia)
                and _own_name_place(g.cities[m.city_ids[0]], m.surface)
            ):
                codes.add(m.code)
    return codes


# "No group claimed the bombing. Islamic State has carried out a string of attacks on
# mosques this year.": an item that opens on the happening told before is about it; a
# vague time in the background after it does not date it
_THE_HAPPENING_RE = re.compile(
    r"\bthe\s+(?:strike|attack|blast|explosion|bombing|shelling|raid|shooting|crash|fire)\b"
)


def _first_sentence_day(text: str, dispatch_date: str | None, when: DateResult) -> DateResult:
    first = text.partition(". ")[0]
    if _THE_HAPPENING_RE.search(first) is None:
        return when
    head = resolve_date(first, dispatch_date)
    return when if head.vague else head


STRIKE_RE = re.compile(
    r"\b(?:struck|hit|attacked|shelled|bombed|destroyed|targeted|launched|fired|blockaded|"
    # (and ground fighting: "said its forces had retaken two more villages in the Kursk region")
    r"encircled|retaken|retook|recaptured|repelled|repulsed|thwarted|pushing|advancing|advanced|"
    r"holding)\b"
)


def _own_name_place(city: City, surface: str) -> bool:
    if city.population < HAMLET:
        return False
    key = fold(surface)
    return (
        fold(city.name) == key
        or fold(modern_ukrainian(city.name)) == key
        or same_transliteration(city.name, surface)  # "Deir el-Balah"
    )


def _first_told(text: str, mentions: list[Mention], drafts: list[Draft]) -> bool:
    """Does a state's word on its own strike tell it first: naming a town or region, in a
    country the dispatch's headline incident is not in?"""
    if STRIKE_RE.search(text) is None:
        return False  # ("said it had received 115 of its own servicemen": no strike)
    placed = {
        m.code
        for m in mentions
        if m.kind in ("city", "region") and m.code and not m.standin and m.locative
    }
    if not placed:
        return False
    headline = drafts[0] if drafts and drafts[0].line == 0 else None
    if headline is None or headline.cls != "incident":
        return True
    # (where the headline's happening is, not who did it: "Russian strike on Kyiv")
    return placed.isdisjoint(m.code for m in headline.mentions if m.code and m.kind != "state")


# "Hurricane Harvey ... Harvey came ashore": a storm's name is no town of that name
STORM_NAME_RE = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm|Super\s+Typhoon)\s+([A-Z][a-z]+)\b"
)
STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "Storm")


def _storm_names(dispatch: Dispatch) -> frozenset[str]:
    text = "\n".join(dispatch.lines)
    if not contains_any(text, STORM_WORDS):
        return frozenset()
    return frozenset(m.group(1) for m in STORM_NAME_RE.finditer(text))


def _headline_act_day(drafts: list[Draft]) -> None:
    """A headline's decision or meeting told again first thing in the body, with its day
    ("Nasser seizes Suez Canal Company" / "... announced on Thursday night that ..."),
    happened on that day, as a headline incident takes its body's day."""
    if len(drafts) < 2 or drafts[0].line != 0 or drafts[0].cls == "incident":
        return
    headline, first = drafts[0], drafts[1]
    if headline.explicit_day or headline.vague_day or first.line != 1 or first.index != 0:
        return
    if (
        first.cls == headline.cls
        and first.explicit_day
        and first.day is not None
        and headline.day is not None
        # (the day before the dispatch's: a body telling an act of last week or month
        # tells the background of the headline's, not the act again)
        and _days_between(first.day, headline.day) == 1
    ):
        headline.day = first.day


def _days_between(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def extract_events(dispatch: Dispatch) -> list[Event]:
    """Every event of a dispatch, in line order; each non-blank line gives at least one."""
    g = gazetteer()
    drafts: list[Draft] = []
    storms = _storm_names(dispatch)
    figures_memo: dict[str, Casualties] = {}  # casualty figures found for this dispatch
    for line_no, line in enumerate(dispatch.lines):
        if not line.strip():
            continue
        for index, item in enumerate(split_events(line, dispatch.date, headline=line_no == 0)):
            text = item.text
            # the runs of a-z, shared by the statement and date tests (often free from scoring)
            letters = item.letters if item.letters is not None else letter_words(text.lower())
            mentions = scan(text)
            if storms:
                mentions = [m for m in mentions if m.surface not in storms]
            if ", " in text and len(mentions) > 1:
                mentions = qualify_cities(text, mentions, g)
            bonus = statement_bonus(text, mentions, g, item.scored[0], figures_memo, letters)
            result = classify(text, bonus, item.scored)
            if result.event_class == "unclassified" and drafts and is_anaphoric(text):
                # "The plane was flying from Cascavel to Guarulhos": the happening told before
                result = Classification("incident", 0.3, ("refers back",), result.scores)
            elif any(cue.endswith(OWN_STRIKE) for cue in result.cues) and _first_told(
                text, mentions, drafts
            ):
                # "Ukraine's general staff said its drones had hit the Afipsky refinery in the
                # Krasnodar region": a strike its maker tells first is reported, as dev's "said
                # it had shot down a Russian A-50"; answering a strike the dispatch leads with
                # ("said it had struck a Hamas command centre inside the school"), it is a
                # statement
                result = Classification(
                    "incident", 0.5, (*result.cues, "first report"), result.scores
                )
            when = resolve_date(
                text, dispatch.date, allow_vague=result.event_class == "incident", words=letters
            )
            if when.vague and drafts and ". " in text:
                when = _first_sentence_day(text, dispatch.date, when)
            if index > 0 and not when.explicit:
                when = day_before_act(text, drafts[-1].day, when.vague) or when
            drafts.append(
                Draft(
                    line=line_no,
                    index=index,
                    text=text,
                    cls=result.event_class,
                    confidence=result.confidence,
                    cues=result.cues,
                    mentions=mentions,
                    day=when.day,
                    explicit_day=when.explicit,
                    vague_day=when.vague,
                )
            )
    context = _context_codes(drafts, g)
    chamber_of = chamber_owner(drafts)
    previous_day: str | None = dispatch.date
    previous_country: str | None = None
    incident_country: str | None = None  # an official with no state named acts for it
    last_line = -1
    previous_venue: Place | None = None  # of the last diplomacy / policy event with one
    for draft in drafts:
        draft.actors = tuple(
            dict.fromkeys(m.surface for m in draft.mentions if m.kind in ("state", "org"))
        )
        if mentions_same_day(draft.text) and not draft.explicit_day:
            draft.day = previous_day
        if draft.cls == "incident":
            draft.place, draft.country = incident_venue(draft, context, g)
            incident_country = draft.country or incident_country
            if draft.country is not None and draft.line > last_line:
                previous_country = None  # a later incident in its own country resets it
            figures = figures_memo.get(draft.text)
            if figures is None:
                figures = extract_casualties(draft.text)
            draft.killed, draft.injured = figures.killed, figures.injured
        else:
            line_text = dispatch.lines[draft.line]
            draft.place = venue(draft, context, g, line_text)
            if draft.place is None and refers_to_venue(draft.text):
                # "began the talks in the Red Sea city": the venue told before, unless the
                # line names its own ("Paris police banned demonstrations in the city")
                own_city = next((m for m in draft.mentions if m.kind == "city"), None)
                if own_city is not None:
                    draft.place = make_place(own_city, context, g)
                elif previous_venue is not None:
                    draft.place = previous_venue
            if draft.place is not None:
                previous_venue = draft.place
                draft.country = draft.place.country
            else:
                found, country = actor_country(draft, g, chamber_of)
                draft.country = country if found else (previous_country or incident_country)
            # (a word of condolence from abroad is no actor for the line after it: "The
            # railway ministry also announced compensation" after Putin's condolences)
            if _CONDOLENCE_CUES.isdisjoint(draft.cues):
                previous_country = draft.country
        last_line = draft.line
        previous_day = draft.day
    _headline_act_day(drafts)
    link_incidents(drafts, dispatch.dispatch_id, g)
    events = []
    for draft in drafts:
        place = draft.place
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
