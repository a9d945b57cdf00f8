"""Which state acted in a diplomacy or policy event (eval/README.md "city / country"):
the first acting state (a name, demonym, capital used as a stand-in, institution or
leader), or none for organisations and joint acts. States named as objects ("aid for
Israel"), placed ("in Crimea"), acted upon ("Russia was not invited") or naming a
conflict ("the Gaza ceasefire") are not actors; a building that stands for a state ("at
the White House") is the venue, so its state is the country.
"""

from __future__ import annotations

import re

from streams.text.country_fallback import LIST_GAP_RE
from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.lexicon import contains_any, may_contain
from streams.text.place_context import (
    BETWEEN,
    IN_WORDS,
    OBJECT_WORDS,
    preposition_before,
    words_before,
)
from streams.text.places import Mention
from streams.text.standins import GOVERNMENT_SEAT_BEFORE_RE
from streams.text.venues import STATE_KINDS

JOINT_RE = re.compile(r"\bjoint\s+(?:statement|declaration)\b|\bjointly\b", re.IGNORECASE)
JOINT_WORDS = ("joint",)
# signed by many, so an act with no state named as its actor is a joint one
COMMUNIQUE_RE = re.compile(r"\bcommuniqu[eé]\b|\bfinal\s+declaration\b", re.IGNORECASE)
CONFLICT_AFTER_RE = re.compile(r"\s+(?:ceasefire|truce|war|conflict)\b", re.IGNORECASE)
# A subject listing leaders by their states: "Italy's Giorgia Meloni, Canada's Justin
# Trudeau and ..." (two or more)
LEADER_LIST_RE = re.compile(
    r"(?:[A-Z][\w'’-]*['’]s\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:,\s+|,?\s+and\s+)){1,}"
    r"[A-Z][\w'’-]*['’]s\s"
)
# "Russia was not invited": a state acted upon is not the actor
PASSIVE_AFTER_RE = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:not\s+)?[a-z]+ed\b")
MANY_STATES_RE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:ministers|leaders|representatives|envoys|delegates|officials|"
    r"diplomats|heads\s+of\s+state)\s+(?:of|from)\s+)?(?:about\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several)\s+"
    r"(?:countries|states|nations|governments)\b"
)
MANY_STATE_WORDS = ("countries", "states", "nations", "governments")
LEADING_CLAUSE_RE = re.compile(
    r"(?:Asked|Responding|Commenting|Reacting|Pressed|Questioned|"
    r"(?:In|During|After)\s+(?:a|an|his|her|their)\s+(?:phone\s+|video\s+)?(?:call|meeting|talks)\s+with|"
    # "After meeting Zelensky on the sidelines, Harris said", "Welcoming the Israeli prime
    # minister to his Florida estate, the Republican nominee said"
    r"(?:After|Before|While|When)\s+(?:meeting|hosting|welcoming|receiving)|"
    r"Introducing|Welcoming|Hosting|Receiving|Greeting|Speaking\s+in)"
    r"\b[^,]{0,120},\s"
)
ENVOY_SUMMONED_AFTER_RE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomats?)\s+"
    r"(?:in\s+[A-Z]\w+\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:summoned|expelled|called\s+in)\b"
)
# "Mykhailo Podolyak, an adviser to Zelensky, called ...": whom the subject serves is
# the state the subject speaks for, though it follows "to"
SERVES_BEFORE_RE = re.compile(
    r"^[A-Z][^,]{0,60},\s+(?:an?|the|a\s+senior|a\s+top|the\s+chief)\s+"
    r"(?:adviser|advisor|aide|spokes(?:man|woman|person)|envoy|representative)\s+(?:to|for)\s+"
    r"(?:the\s+)?$"
)
# "agrees to cut some Russian banks from SWIFT": a people's adjective in what an
# infinitive acts on names no actor
INFINITIVE_OBJECT_BEFORE_RE = re.compile(
    r"\bto\s+(?:cut|restrict|sanction|ban|freeze|remove|exclude|disconnect|block|punish|target|"
    r"isolate|expel|seize)\s+(?:(?:the|some|all|selected|several|more|key|major)\s+){0,2}$"
)
ROLE_WORDS = ("adviser", "advisor", "aide", "spokes", "envoy", "representative")


def _at_seat(text: str, m: Mention) -> bool:
    """ "met Biden at the White House", "talks at the Kremlin": the seat as a venue."""
    return m.kind == "state" and words_before(text, m.start, 2) == ["at", "the"]


# Chambers many states have; the actor tables give the bare word to the United States.
# A joint act named before "between" ("talks between ... and ...")
JOINT_ACT_BETWEEN_RE = re.compile(
    r"\b(?:talks|negotiations|meeting|summit|agreement|deal|truce|ceasefire|exchange|swap)\s+"
    r"between\s+(?:the\s+)?$",
    re.IGNORECASE,
)

SHARED_CHAMBERS = frozenset(("Congress", "Senate"))


def chamber_owner(drafts: list[Draft]) -> str | None:
    """The state whose Congress or Senate a dispatch names ("Peru's Congress"), if any."""
    for draft in drafts:
        previous: Mention | None = None
        for m in draft.mentions:
            if (
                m.surface in SHARED_CHAMBERS
                and previous is not None
                and previous.code
                and previous.kind in ("country", "state")
                and draft.text[previous.end : m.start] in ("'s ", "’s ")
            ):
                return previous.code
            previous = m
    # "Congress voted down a constitutional amendment" in a dispatch on Peru that names
    # no American actor: the Congress of the state the dispatch is about
    counts: dict[str, int] = {}
    for draft in drafts:
        for m in draft.mentions:
            if (
                m.code
                and m.kind in ("country", "state", "city")
                and m.surface not in SHARED_CHAMBERS
            ):
                counts[m.code] = counts.get(m.code, 0) + 1
    if not counts or "US" in counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


SAYING_RE = re.compile(r"\b(?:said|says|told|responded|replied|announced|added|warned|office)\b")


def _enough(actors: list[Mention]) -> bool:
    """Two actors found, or one state's people and the first of another's."""
    return len(actors) >= 4 or (len(actors) >= 2 and actors[-1].code != actors[0].code)


def actor_country(
    draft: Draft, g: Gazetteer, chamber_of: str | None = None
) -> tuple[bool, str | None]:
    """(found, country) of the main acting state; organisations and joint acts give None.
    ``chamber_of`` is ``chamber_owner`` of the dispatch."""
    actors: list[Mention] = []  # the first two are all that matter
    text = draft.text
    passive = " was " in text or " were " in text or " been " in text
    objects: list[Mention] = []
    serves = contains_any(text, ROLE_WORDS)
    mentions = draft.mentions
    if contains_any(text, MANY_STATE_WORDS) and MANY_STATES_RE.match(text) is not None:
        # "Foreign ministers of 21 countries ... condemned": a joint act, placed only by a
        # country it met in ("from about 40 countries met at the Ramstein air base in
        # Germany")
        for m in mentions:
            if m.kind == "country" and m.locative:
                return True, g.country_name(m.code)
        return True, None
    lead = LEADING_CLAUSE_RE.match(text)
    if lead is not None:
        # "Asked whether Netanyahu was doing enough, US President Joe Biden replied": who
        # the leading clause names is not the one who acts
        after_lead = [m for m in mentions if m.start >= lead.end()]
        if any(m.kind in STATE_KINDS for m in after_lead):
            mentions = after_lead
    if text[:1] in ('"', "“"):
        # '"... Vladimir Putin of Russia ... CRAZY!" US President Donald Trump wrote': the
        # speaker after a quote acts; who the quote names does not
        close = max(text.find('"', 1), text.find("”", 1))
        after = [m for m in mentions if m.start > close > 0]
        if any(m.kind in STATE_KINDS for m in after):
            mentions = after
    for m in draft.mentions:
        if _at_seat(text, m):
            return True, g.country_name(m.code)
    for m in mentions:
        if (
            m.kind == "city"
            and m.code
            and fold(m.surface) in g.capitals
            and GOVERNMENT_SEAT_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        ):
            actors.append(m)  # "the government in Kyiv decided": the state seated there
            if len(actors) == 2:
                break
            continue
        if m.kind not in STATE_KINDS:
            continue
        if (
            m.kind in ("country", "territory")
            and text[m.end : m.end + 1] == " "
            and CONFLICT_AFTER_RE.match(text, m.end)
        ):
            continue  # "the Gaza ceasefire": the conflict's name, not a party acting
        if m.kind == "territory" and preposition_before(text, m.start, IN_WORDS):
            continue  # placed, not acting: "along the coast of Gaza", "in Crimea"
        if serves and SERVES_BEFORE_RE.match(text[: m.start]) is not None:
            actors.append(m)
            if _enough(actors):
                break
        elif (
            m.kind == "state"
            and text[m.start - 1 : m.start] == " "
            and INFINITIVE_OBJECT_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        ):
            objects.append(m)  # "agreed to restrict the Russian central bank's ...": acted on
        elif preposition_before(text, m.start, OBJECT_WORDS) or (
            # the rest of a list an object heads ("aid for Israel and Taiwan"), or of
            # its name ("an address to the US Congress")
            objects
            and (
                LIST_GAP_RE.match(text[objects[-1].end : m.start]) or m.start - objects[-1].end <= 1
            )
        ):
            objects.append(m)
        elif passive and ENVOY_SUMMONED_AFTER_RE.match(text, m.end):
            # "Norway's ambassador was summoned on Sunday over remarks by the Norwegian
            # speaker": the summoning state acts, unnamed here (the dispatch's, as before)
            return False, None
        elif not (passive and PASSIVE_AFTER_RE.match(text, m.end)):
            actors.append(m)
            if _enough(actors):
                break
    if len(actors) > 1 and LEADER_LIST_RE.match(text) is not None:
        # "Italy's Giorgia Meloni, Canada's Justin Trudeau, ... arrived": a joint act
        return True, None
    if not actors:
        # "80 of the 92 countries signed a final communique": a joint act, not the last
        # state named before it
        joint = JOINT_RE.search(text) or COMMUNIQUE_RE.search(text)
        return (True, None) if joint else (False, None)
    first = actors[0]
    if len(actors) > 1:
        # (the first of another state: "Russian President Vladimir Putin and US President
        # Joe Biden had sent their condolences" is a joint act)
        at = next((i for i, a in enumerate(actors) if a.code != first.code), 1)
        if at > 1 and SAYING_RE.search(text, first.end, actors[at].start) is not None:
            at = 1  # ("Lukashenko said Belarus and Russia would ...": one state speaks)
        second = actors[at]
        gap = draft.text[actors[at - 1].end : second.start]
        if (
            LIST_GAP_RE.match(gap)
            and first.start < 40
            and not preposition_before(draft.text, first.start, BETWEEN)
            and first.code != second.code
        ):
            return True, None
        if (
            first.code != second.code
            and " between " in text[max(0, first.start - 60) : first.start]
            and (
                ", and " in gap
                or (
                    gap == " and "
                    and second.kind != "org"
                    and JOINT_ACT_BETWEEN_RE.search(text, max(0, first.start - 40), first.start)
                    is not None
                )
            )
        ):
            # "talks between Ali Shamkhani, Iran's top security official, and Saudi
            # national security adviser ...": two sides named by their people, neither the
            # actor, nor are two states in a joint act ("talks between Ukrainian and Russian
            # delegations"); but "tension between Russia and NATO" (or France) is Russia's,
            # as labeled
            return True, None
    if first.kind == "org" or (
        may_contain(text, text.lower(), JOINT_WORDS) and JOINT_RE.search(text)
    ):
        return True, None
    if chamber_of is not None and first.surface in SHARED_CHAMBERS:
        return True, g.country_name(chamber_of)  # "... dissolve Congress" under "Peru's"
    return True, g.country_name(first.code)
