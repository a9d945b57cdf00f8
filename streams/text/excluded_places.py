"""A name told as a landmark, not as where something happened: "near X", "outside the
X", "north of X", "20 km from X", "flying from the resort of X", "the gunman accused of
shooting two brothers in X".
"""

from __future__ import annotations

import re

from streams.text.lexicon import words
from streams.text.place_context import strip_the, words_before

EXCLUDING = frozenset(
    [
        "near",
        "around",
        "outside",
        "from",
        "toward",
        "towards",
        "to",
        "via",
        "between",
        "beyond",
        "neighbouring",
        "neighboring",
        "off",  # "a patrol boat off Acre": at sea, not in the town
        "leaving",  # "came down six minutes after leaving Bole International Airport"
    ]
)
FROM_IN_PLACE = words(
    "toll casualties victims dead withdraw withdrew withdrawn withdrawing retreat retreated "
    "retreating evacuated back regrouping regrouped"
    # "crashed after take-off from Ahmedabad": a plane lost at take-off falls where it rose
    " take-off takeoff"
)
DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)


SETTLEMENT_NOUNS = words(
    "village town city settlement hamlet villages towns cities settlements island port resort"
)


_TAKING_VERBS = words(
    "seize capture take storm attack strike hit enter retake encircle besiege bomb shell "
    "occupy control recapture"
)


DISTANCE_BEFORE_RE = re.compile(
    r"\b\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:[a-z-]+\s+)?(?:from|of|outside)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$"
)


# "among them the gunman accused of shooting dead two brothers in Huwara": where the one
# accused did what he is accused of, not where the line's happening was
# (not "suspected of planting the bomb that exploded in New York": the happening itself)
ACT_OF_ACCUSED_BEFORE_RE = re.compile(
    r"\b(?:accused|suspected|convicted)\s+of\s+(?:(?!\b(?:that|which)\b)[^.;,]){0,70}$"
)


JOURNEY_FROM_PLACE_OF_RE = re.compile(
    r"\b(?:flying|flew|flight|travelling|traveling|sailing|sailed|coming|returning|bound|"
    r"heading|driving|bus|train|ferry|plane|jet)\s+from\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:resort|port|city|town|village|capital|island)\s+of\s+$"
)


# "the army's heaviest loss since the 1983 Beirut bombing": a past happening named by its
# year and place
YEAR_BEFORE_RE = re.compile(r"\bthe\s+(?:1[89]|20)\d\d\s+$")


def excluded_before(text: str, start: int) -> bool:
    """ "near X", "outside the X", "north of X", "from the port of X"-style references."""
    window = text[max(0, start - 60) : start]
    if window.endswith(" ") and window[-2:-1].isdigit() and YEAR_BEFORE_RE.search(window):
        return True
    if (" km " in window or "miles" in window) and DISTANCE_BEFORE_RE.search(
        text, max(0, start - 60), start
    ) is not None:
        return True  # "about 20 km from the Borno state capital Maiduguri": a landmark
    if "of " in window and ACT_OF_ACCUSED_BEFORE_RE.search(text, max(0, start - 80), start):
        return True  # "the gunman accused of shooting dead two brothers in Huwara": his act
    if "from the " in window and JOURNEY_FROM_PLACE_OF_RE.search(text, max(0, start - 80), start):
        return True  # "flying from the Black Sea resort of Anapa": where the flight began
    w = words_before(text, start, 4)
    settlement = text.startswith(("village", "town", "hamlet"), start)
    if len(w) >= 2 and w[-1] == "of" and w[-2] in SETTLEMENT_NOUNS:
        # "near the village of Kuzhenkino" is near it, as "near Kuzhenkino" is
        w = words_before(text, start, 6)[:-2]
        settlement = True
    if settlement and w and w[-1] in ("neighbouring", "neighboring", "nearby"):
        w = w[:-1]  # "the neighbouring village of Stanislav" is the village
    for skip in (0, 1):  # one optional word between the cue and the name
        if skip and w and w[-1] in _TAKING_VERBS:
            break  # "an offensive to seize Gaza City": the place taken, not a destination
        if skip and w and w[-1] in ("in", "at"):
            break  # "a car bomb went off in Mogadishu": "in" governs the name, not "off"
        if skip and w and w[-1] in ("central", "downtown") and len(w) > 1 and w[-2] == "of":
            return False  # "on Adelaide Road, south of central Wellington": in the city
        rest = w[: len(w) - skip] if skip else w
        rest = strip_the(rest)
        if not rest:
            continue
        if rest[-1] in ("neighbouring", "neighboring") and len(rest) > 1 and rest[-2] == "in":
            return False  # "two more bombs on buses in neighbouring Holon": in it
        if rest[-1] in EXCLUDING:
            # "the toll from Peshawar's bombing": "from" names what the toll counts, and
            # "withdraw from Sievierodonetsk" where the withdrawal happens
            if len(rest) > 1 and rest[-1] == "from" and rest[-2] in FROM_IN_PLACE:
                return False
            # "at the entrance to Jerusalem" is in Jerusalem
            return not (len(rest) > 1 and rest[-1] == "to" and rest[-2] == "entrance")
        if rest[-1] == "of" and len(rest) > 1 and rest[-2] in DIRECTIONS:
            # ("in the southeast of Kyiv" is a part of the city; so is "a missile shot down
            # over the north-east of Riyadh")
            return not (len(rest) > 3 and rest[-3] == "the" and rest[-4] in ("in", "over"))
    return False
