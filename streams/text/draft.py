"""The mutable working record of one event while a dispatch is being extracted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from streams.text.gazetteer import fold
from streams.text.journeys import (
    came_from_before,
    destination_before,
    elsewhere_before,
    neighbour_before,
    origin_before,
)
from streams.text.model import EventClass, Place
from streams.text.names import FIRST_LEVEL_REGIONS
from streams.text.place_context import (
    from_before,
)
from streams.text.places import Mention

_REGION_WORDS = r"(?:state|region|province|district|county|governorate|prefecture|oblast)"
# "India's Maharashtra state", "India's northeastern state of Sikkim" (not "Russia's state
# nuclear corporation")
OWNED_REGION_AFTER_RE = re.compile(
    rf"['’]s\s+(?:(?:[a-z-]+\s+)?{_REGION_WORDS}\s+of\s+[A-Z]"
    rf"|(?:[a-z-]+\s+)?(?:[A-Z][\w'’-]+\s+){{1,2}}{_REGION_WORDS}\b"
    # "struck off Taiwan's east coast": the coast names where
    r"|(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:coast(?!\s+guard)|coastline|shores?)\b)"
)

OFFICE_AFTER_RE = re.compile(r"\s+(?:[Gg]overnor|[Mm]ayor|[Pp]olice\s+[Cc]hief|[Ss]heriff)\b")
PLACE_KINDS = frozenset({"city", "region", "territory", "country"})
# "in St. Lucie County": a region by name, even one the gazetteer does not know
REGION_NOUNS = (
    " County",
    " Province",
    " Region",
    " District",
    " Oblast",
    " Governorate",
    # "a drone strike in Nangarhar province" (a lower-case "district" is often a city's:
    # "in the Shejaiya district")
    " province",
    " prefecture",
)
NAMED_REGION_RE = re.compile(
    r"\bin\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:County|Province|Region|District|Oblast|"
    r"Governorate|province|prefecture)\b"
)


def _names_unknown_region(text: str) -> bool:
    return any(noun in text for noun in REGION_NOUNS) and NAMED_REGION_RE.search(text) is not None


@dataclass(slots=True)  # one per event: slots make it smaller and its fields faster
class Draft:
    line: int
    index: int  # position of the event within its line
    text: str
    cls: EventClass
    confidence: float
    cues: tuple[str, ...]
    mentions: list[Mention]
    day: str | None
    explicit_day: bool  # the text itself named the day
    vague_day: bool = False  # the text gave only a vague time
    place: Place | None = None
    country: str | None = None
    killed: int | None = None
    injured: int | None = None
    incident: str | None = None
    actors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def names_a_place(self) -> bool:
        """Does the text name a city, region, territory or country as a location?

        A possessive is an attribution, not a location ("Gaza's health ministry"), a
        state that acts is an actor ("Israel did not claim the attack"), and where people
        come from is no location ("migrants from Guatemala")."""
        return any(self._names_place(m) for m in self.mentions) or _names_unknown_region(self.text)

    def mentions_at(self, start: int) -> bool:
        """Does a known name start at ``start``?"""
        return any(m.start == start for m in self.mentions)

    def place_mentions(self) -> list[Mention]:
        """The mentions ``names_a_place`` counts."""
        return [m for m in self.mentions if self._names_place(m)]

    def _names_place(self, m: Mention) -> bool:
        return (
            (
                m.kind in PLACE_KINDS
                # ("off Taiwan's east coast": a state read as an actor, owning where)
                or (
                    m.kind == "state"
                    and m.code is not None
                    and OWNED_REGION_AFTER_RE.match(self.text, m.end) is not None
                )
            )
            # ("..., Xinhua said": a speaker, as "Moscow said" is, not where)
            and not (m.standin and m.kind in ("country", "city"))
            and not (m.kind == "region" and fold(m.surface) in FIRST_LEVEL_REGIONS)
            and (
                self.text[m.end : m.end + 2] not in ("'s", "’s")
                # "In India's Maharashtra state": the state names where, as its region does
                or OWNED_REGION_AFTER_RE.match(self.text, m.end) is not None
            )
            # ("Texas Governor Greg Abbott said 15 people had been killed": whose official)
            and OFFICE_AFTER_RE.match(self.text, m.end) is None
            and not origin_before(self.text, m.start)
            and not elsewhere_before(self.text, m.start)
            and not destination_before(self.text, m.start)
            and not from_before(self.text, m.start)
            and not came_from_before(self.text, m.start)
            and not neighbour_before(self.text, m.start)  # "near the border with Senegal"
            # ("arriving from Wichita, Kansas,": the state that qualifies a town is where
            # the town is, and no more a location than it)
            and not self._qualifies_unplaced_town(m)
        )

    def _qualifies_unplaced_town(self, m: Mention) -> bool:
        if self.text[m.start - 2 : m.start] != ", ":
            return False
        town = next((p for p in self.mentions if p.end == m.start - 2), None)
        return town is not None and town.kind == "city" and not self._names_place(town)
