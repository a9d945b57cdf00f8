"""Where people and craft came from, went to or were elsewhere: places a report names
that are not where its happening was ("migrants from Guatemala", "flying to Doha",
"granted asylum in Sweden", "the pair came from villages near Ramallah")."""

from __future__ import annotations

import re

# "39 men, most of them from Guatemala and Venezuela": where people come from, not where
# anything happened (a list after "from" shares it)
# and "Hadi Matar of Fairview", "a resident of Fairview": where a person lives
ORIGIN_BEFORE_RE = re.compile(
    r"(?:\b(?:them|men|women|people|migrants|nationals|citizens|workers|passengers|tourists|"
    r"refugees|children|pilgrims|students|fighters|mercenaries|suspects|attackers|assailants|"
    r"gunmen|crew|members|sailors|seafarers|hostages|victims|soldiers|troops|fans|climbers),?"
    r"\s+from"
    # "a Palestinian gunman from the West Bank village of Yabad", "a 28-year-old from"
    r"|\b(?:gunman|attacker|assailant|bomber|suspect|shooter|[a-z]+-old),?\s+from"
    r"(?:\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:village|town|city|camp)\s+of)?"
    # (a person's two names, not a quarter's: "the Old City of Aleppo")
    r"|\b(?:residents?|natives?)\s+of|\b[A-Z][a-z]+\s+(?!(?:City|Town|Quarter)\b)[A-Z][a-z]+\s+of"
    # "the embassies of Albania, Argentina and Portugal" in Kyiv: whose, not where
    r"|\b(?:embass(?:y|ies)|consulates?)\s+of)\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+))*"
    r"(?:the\s+)?$"
)


# "angered by a planned Koran burning in Stockholm", "a planned visit to Kyiv", "taken to a
# hospital in Dnipro", "treated in hospitals in Erbil": a place where something else is,
# was or will be, not where the happening told is (a raid on "al-Shifa hospital in Gaza
# City" is there)
ELSEWHERE_BEFORE_RE = re.compile(
    r"(?:\b(?:angered|prompted|sparked|triggered|provoked|outraged|incensed)\s+by\b[^,.;]*"
    r"|\bplanned\s+(?:[\w'’-]+\s+){0,3}|\bto\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?\s+"
    # where the wounded are treated: "treated some of the burned in hospitals in Erbil"
    r"|\b(?:treated|treating|cared\s+for|recovering)\b[^,.;]{0,60}?\bhospitals?\s+"
    # a person's story: "a Syrian who had been granted asylum in Sweden"
    r"|\b(?:asylum|lived|living|born|raised|studied)\s+"
    # where goods are made: "to buy 5,000 air defence missiles made in Belfast"
    r"|\b(?:made|built|produced|manufactured|assembled)\s+"
    # a part of a total: "164 people had been killed in the unrest, 103 of them in Almaty"
    r"|\b(?:\d+|[a-z]+)\s+of\s+(?:them|whom)\s+)"
    r"(?:in|to)\s+$"
)


def elsewhere_before(text: str, start: int) -> bool:
    if not text.endswith(("in ", "to "), max(0, start - 3), start):
        return False  # (most names: a cheap test before the pattern)
    return ELSEWHERE_BEFORE_RE.search(text, max(0, start - 80), start) is not None


# "steered it to the port of Hodeidah", "flying ... to Sao Paulo's Guarulhos airport":
# where a craft was going is not where it was hit (a visit's city is another matter:
# this is read for incidents only)
DESTINATION_BEFORE_RE = re.compile(
    # ("carrying Polish Catholic pilgrims to the shrine of Medjugorje")
    r"\b(?:flying|flew|flight|bound|heading|headed|steered|diverted|towed|sailing|sailed|"
    r"travelling|traveling|travel|en\s+route|carrying)\b(?:\s+[\w'’-]+){0,6}?\s+(?:to|for|towards?)\s+"
    r"(?:the\s+(?:[a-z]+\s+)?(?:port|city|town|airport|base|shrine)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s\s+|[A-Z][\w'’-]+,?\s+in\s+)?$"
    # "sending thousands fleeing towards Thailand" (not "residents fled to Rafah", the
    # strip's own town)
    r"|\b(?:fleeing|fled)\b(?:\s+[\w'’-]+){0,4}?\s+towards?\s+$"
)
_DESTINATION_WORDS = (" to ", " for ", " toward")


# "Survivors who reached Dori, the nearest large town, said": where people fled to
REACHED_BEFORE_RE = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+)?(?:reached|fled\s+to)\s+$"
    # "launched 29 missiles at Ukraine, aiming at Kyiv and the west": aimed, not hit
    r"|\b(?:aiming|aimed)\s+at\s+$"
    # "a rebel column advancing on N'Djamena clashed with government forces near Massaguet"
    r"|\b(?:advancing|marching|advanced|marched)\s+on\s+$"
)


def destination_before(text: str, start: int) -> bool:
    if REACHED_BEFORE_RE.search(text, max(0, start - 24), start) is not None:
        return True
    window = text[max(0, start - 80) : start]
    if not any(w in window for w in _DESTINATION_WORDS):
        return False  # (most names: a cheap test before the pattern)
    return DESTINATION_BEFORE_RE.search(text, max(0, start - 80), start) is not None


_ORIGIN_TAILS = ("from ", "of ", "and ", ", ", "or ", "the ")  # how the text before one ends


# "shelling killed four residents of Avdiivka", "A resident of Kherson was killed": the
# town of those hit is where they were hit (not the home of a suspect)
VICTIMS_BEFORE_RE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hit|fire\s+on|fired\s+on)\s+"
    r"(?:[\w,-]+\s+){0,3}?(?:residents?|natives?)\s+of\s+$"
)
VICTIMS_AFTER_RE = re.compile(
    r"(?:\s+[A-Z][\w'’-]+)*\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:killed|wounded|injured|hurt|shot)\b|(?:\s+[A-Z][\w'’-]+)*\s+(?:died|were\s+among)\b"
)


def origin_before(text: str, start: int, end: int = -1) -> bool:
    if not text.endswith(_ORIGIN_TAILS, max(0, start - 5), start):
        return False  # (most names: a cheap test before the pattern)
    origin = ORIGIN_BEFORE_RE.search(text, max(0, start - 80), start)
    if origin is None:
        return False
    victims = "esident" in origin.group(0) and (
        VICTIMS_BEFORE_RE.search(text, max(0, start - 60), start) is not None
        or (end >= 0 and VICTIMS_AFTER_RE.match(text, end) is not None)
    )
    return not victims


# "the pair came from villages near Ramallah": where people came from, however far back
CAME_FROM_BEFORE_RE = re.compile(r"\b(?:came|come|comes|hailed|were|was)\s+from\b[^.;,]*$")


def came_from_before(text: str, start: int) -> bool:
    return " from " in text[max(0, start - 50) : start] and (
        CAME_FROM_BEFORE_RE.search(text, max(0, start - 50), start) is not None
    )


# Where the cause of an act happened, not the act: "protested after police in Baku
# detained two executives", "summoned ... after staff of its mission in Islamabad were
# detained" (act_venues.py)
AFTER_SUBJECT_IN_RE = re.compile(
    r"\safter\s+(?:the\s+)?(?:police|troops|soldiers|forces|gunmen|authorities|security\s+forces)"
    r"\s+in\s+$"
)
CAUSE_CLAUSE_BEFORE_RE = re.compile(
    r"\S\s+after\s+"
    # (not a gathering the speaker comes from: "Speaking after a meeting ... in Brussels")
    r"(?!(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|talks|summit|visit|"
    r"conference|call|session)\b)"
    r"(?:[\w'’-]+\s+){1,10}?(?:of|in)\s+(?:[\w'’-]+\s+){0,4}?in\s+$"
)
AFTER_HAPPENING_RE = re.compile(
    r"\safter\s+(?:[\w'’-]+\s+){0,3}?(?:fighting|clashes|attacks?|strikes?|bombings?|shelling|"
    r"killings?|riots?|violence|explosions?|blasts?|shootings?|"
    # "protested after police in Baku detained two executives": where the cause was
    r"detained|arrested|raided)\b[^.;]*$"
)


def neighbour_before(text: str, start: int) -> bool:
    """ "near the border with Senegal": the state across a border, not where it happened."""
    return text.endswith(("border with ", "borders with ", "frontier with "), 0, start)


# "flew from Israel to Doha for talks with Qatar's emir": where the journey ended
FROM_TO_BEFORE_RE = re.compile(
    r"\b(?:flew|travelled|traveled|went|headed)\s+(?:on\s+)?from\s+(?:[A-Z][\w'’-]+\s+){1,2}to\s+$"
)
# "flew unannounced into Kabul", "travelled secretly to Kyiv": a journey's word between
JOURNEY_ADVERB_BEFORE_RE = re.compile(
    r"\b(?:flew|travelled|traveled|arrived|went)\s+(?:unannounced|[a-z]+ly)\s+(?:to|into|in)\s+$"
)
