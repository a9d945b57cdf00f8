"""What the words around a name say about it: a locative cue before it ("in",
"the village of", "strike on"), a region noun after it ("Kharkiv region"), a verb
that makes a capital stand for its government ("Moscow said", "blamed Kyiv"),
a river's context ("across the Dnipro"), or a preposition that excludes the name
as a venue ("near X", "north of X", "from X")."""

from __future__ import annotations

import re

from streams.text.gazetteer import fold
from streams.text.lexicon import words
from streams.text.mention import Mention
from streams.text.names import (
    KIND_PLACE,
    PLACE_NOUNS,
    NameFacts,
    Spans,
    country_index,
    place_facts,
)
from streams.text.word_starts import compile_at_words

CONTROL_SUFFIXES = ("-held", "-occupied", "-controlled", "-annexed", "-run")
# "in Cabo Delgado province": a town's name heading a two-word region's
SECOND_WORD_REGION_RE = re.compile(
    r" [A-Z][a-z]+ (?:province|provinces|state|region|district|county|governorate|department)\b"
)

REGION_AFTER_RE = re.compile(
    # (the rest of a list may come first: "Tehran, Ilam and Khuzestan provinces")
    r"^(?:(?:\s*,\s*[A-Z][\w'’-]+)*\s+and\s+[A-Z][\w'’-]+)?\s+(?:region|regions|oblast|oblasts|"
    r"province|provinces|governorate|"
    r"district|districts|area|areas|counties|Region|Oblast|Province|Governorate|District|krai|Krai|republic|Republic|"
    r"people['’]s\s+republic|county|County|state|State|valley|Valley|peninsula|Peninsula|"
    r"Strip|strip|Heights|Panhandle|front|Front|direction|sector|Sea|River|river|"
    r"prefecture|prefectures|Prefecture|canton|Canton|voivodeship|Voivodeship|department|Department|"
    r"parish|Parish|highlands|Highlands"
    # "the Donetsk regional prosecutor's office said": the region's (not "the Mykolaiv
    # regional administration building", which stands in the city)
    r"|regional\s+(?:prosecutor|governor|police|officials?|authorities|head|chief|council))\b"
)


LOCATIVE_WORDS = words(
    "in at on of near outside inside into to from toward towards hit hits struck strikes strike pound"
    " pounded pounds shelled targeted attacked over across around village town city settlement"
    " suburb port capital outskirts entered enters liberated recaptured retook captured pounding"
    " shelling bombarded bombarding"
)
LOCATIVE_SKIP = words(
    "the central eastern western northern southern north-eastern north-western south-eastern"
    " south-western northeastern northwestern southeastern southwestern frontline front-line"
    " occupied besieged embattled port border capital city town village settlement downtown"
    " key strategic small industrial coastal danube"
)
REGION_BEFORE_ENDINGS = (
    "region of",
    "regions of",
    "province of",
    "provinces of",
    "oblast of",
    "state of",  # "the southern state of Chiapas"
    "governorate of",
    "parish of",
)


def locative_before(text: str, start: int) -> bool:
    """A locative cue right before a name: "in", "on the", "the village of", "strike on"."""
    words = text[max(0, start - 60) : start].lower().split()
    for word in reversed(words):
        if (word in LOCATIVE_SKIP and word not in LOCATIVE_WORDS) or word.endswith(
            CONTROL_SUFFIXES
        ):
            continue  # "in Russian-held Nova Kakhovka"
        return word in LOCATIVE_WORDS
    return False


_NAME_WORD_BEFORE_RE = re.compile(r"[A-Z][a-z]+\s+$")


def region_before(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start].lower().rstrip()
    if before.endswith(" the"):
        before = before[:-4]
    if before.endswith(REGION_BEFORE_ENDINGS):
        return True
    if "of " not in before:
        return False  # (most names: no "... of" before them at all)
    # "the northern province of Cabo Delgado": the name's first word is unknown
    word = _NAME_WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    return word is not None and region_before(text, word.start())


IN_BEFORE = frozenset({"in ", "In ", "iN ", "IN "})
# "across the Dnipro", "on the left bank of the Dnipro": rivers named like cities. A
# name after "the" and such a word, not followed by a noun of its own ("the Odesa
# port"), is the river.
RIVER_BEFORE_RE = compile_at_words(
    r"\b(?:on|across|along|over|into|crossed|crossing|bank\s+of|banks\s+of)\s+the\s+$",
    re.IGNORECASE,
)
# "the flagship Moskva", "Hurricane Milton": a vessel's or a storm's name, not the town
VESSEL_WORDS = words(
    "flagship cruiser warship ship vessel boat frigate destroyer corvette submarine tanker freighter "
    "carrier hurricane typhoon cyclone storm ferry liner "
    # the prefixes of ships' names ("the passenger ship KM Barcelona V", "the MV Rubymar",
    # "the cruiser USS Vincennes", "HMS Sheffield")
    "km mv ms mt uss hms ins hmas hmcs htms roks pns tcg kri"
)
# (a storm's name follows its capitalised title: "gunmen storm Nairobi shopping mall" is
# the verb, and the town is named)
STORM_TITLES = words("hurricane typhoon cyclone storm")


# "Tower 22", "Gate 3": a numbered site, not the town of that name
NUMBERED_AFTER_RE = re.compile(r" \d+\b(?![-/.:]\d)")
# A compass word that is part of a region's name ("West Kordofan state")
COMPASS_BEFORE_RE = re.compile(r"\b(?:East|West|North|South|Northern|Southern|Eastern|Western)\s$")
# "in western New York", "upstate New York": part of the state named like its city
STATE_NAMED_CITIES = frozenset(("new york", "washington"))
STATE_PART_BEFORE_RE = re.compile(r"\b(?:upstate|western|eastern|northern|southern|central)\s$")


def state_part_before(text: str, start: int, surface: str) -> bool:
    return surface.lower() in STATE_NAMED_CITIES and (
        STATE_PART_BEFORE_RE.search(text, max(0, start - 10), start) is not None
    )


# "the Baltic port of Ust-Luga": a name that qualifies the place named after it
QUALIFIER_AFTER_RE = re.compile(
    # ("the Pacific port city of Manta")
    r"\s+(?:port\s+city|port\s+town|border\s+town|port|city|town|village|resort)\s+of\s+(?:(?:al|el)-)?[A-Z]"
)


_QUALIFIED_NOUNS = (" port ", " city ", " town ", " village ", " resort ", " border ")


def qualifies_next_place(text: str, end: int) -> bool:
    return (
        text.startswith(_QUALIFIED_NOUNS, end) and QUALIFIER_AFTER_RE.match(text, end) is not None
    )


# "in the Gulf of Aden", "the Sea of Azov": a body of water named for a place
WATER_BEFORE_RE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits)\s+of\s+$")


def water_before(text: str, start: int) -> bool:
    return (
        start >= 6
        and text[start - 3 : start] == "of "
        and (WATER_BEFORE_RE.search(text, max(0, start - 12), start) is not None)
    )


def vessel_before(text: str, start: int) -> bool:
    """The word right before ``start`` is a vessel or storm noun (a look-up, no regex:
    every candidate name is tested)."""
    if start < 4 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 16), start - 1)
    word = text[space + 1 : start - 1]
    lower = word.lower()
    if lower in STORM_TITLES:
        return word[0].isupper()
    return lower in VESSEL_WORDS


# "the Meitei and Kuki communities": a people, not Japan's Kuki (not "the Storozhynets
# community", a Ukrainian town's territorial community); "Sistan-Baluchestan province":
# the head of a longer name
GROUP_AFTER_RE = re.compile(r"\s+(?:communities|tribes|tribesmen|clans|militias)\b|-[A-Z][a-z]")
RIVER_AFTER_RE = re.compile(
    r"(?:\s+[Rr]iver\b|\s*[,.;:)]|\s*$|\s+(?:and|to|in|near|at|on|from|into|towards?|as|"
    r"while|after|before|by|with|which|where|that|[a-z]+ed)\b)"
)


def words_before(text: str, start: int, count: int = 3) -> list[str]:
    """The last ``count`` lower-case words before ``start`` (cheaper than a "...$" regex)."""
    # rsplit stops after ``count`` cuts: the same last words as split()[-count:]
    return text[max(0, start - 40) : start].lower().rsplit(None, count)[-count:]


def strip_the(words_before: list[str]) -> list[str]:
    return words_before[:-1] if words_before and words_before[-1] == "the" else words_before


OBJECT_WORDS = frozenset(
    [
        "for",
        "to",
        "against",
        "on",
        "from",
        "with",
        "into",
        "over",
        "about",
        "toward",
        "towards",
        "onto",
        "at",
        "by",
        # "the goal of joining the EU": the body joined is no actor
        "joining",
        "join",
        "joined",
    ]
)
BETWEEN = frozenset({"between"})
IN_WORDS = frozenset(["in", "of", "near", "across", "over", "inside"])


# "near Kryvyi Rih playground": "near" is said of the venue, which is in the city
VENUE_NOUNS = words(
    "playground school mall market bazaar cathedral church mosque hospital stadium theater "
    "theatre university cafe restaurant hotel supermarket station synagogue temple shrine "
    "airport embassy consulate courthouse nightclub club concert bank factory plant stations "
    "court museum"
)
# (not a hospital, where the hurt are taken, nor a club, a hotel or an airport, often named
# for something else or for a district: "the Sari Club" in Kuta, "Bole International Airport")
_CITY_SITES = words("court university stadium station embassy consulate mosque cathedral")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
# ("outside Baghdad police station": the site after the kind of site)
_SITE_KINDS = words("police bus train railway metro army military power central main")
# "near Beirut's main public hospital", "near Jerusalem's Old City": a site the city owns,
# a word or two later
_OWNED_SITE_RE = re.compile(r"['’]s((?:\s+[A-Za-z][A-Za-z-]*){1,3})")
# ("outside Tel Aviv's Dizengoff Center")
_OWNED_SITE_NOUNS = VENUE_NOUNS | words("city quarter center centre square zone")


_NAMED_SITE_AFTER_RE = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+([A-Z][a-z]+)\b")


def venue_noun_after(text: str, end: int) -> bool:
    following = _NEXT_WORD_RE.match(text, end)
    if following is None and text.startswith(("'s", "’s"), end):
        owned = _OWNED_SITE_RE.match(text, end)
        return owned is not None and not _OWNED_SITE_NOUNS.isdisjoint(
            owned.group(1).lower().split()
        )
    if following is None:
        # ("outside the Lahore High Court": the site named for the city, capitalised)
        named = _NAMED_SITE_AFTER_RE.match(text, end)
        return named is not None and named.group(1).lower() in _CITY_SITES
    if following.group(1) in _SITE_KINDS:
        following = _NEXT_WORD_RE.match(text, following.end()) or following
    return following.group(1) in VENUE_NOUNS


def from_before(text: str, start: int) -> bool:
    w = strip_the(words_before(text, start, 3))
    if w and w[-1] in _COMPASS_ADJECTIVES:
        w = w[:-1]  # "fired from southern Lebanon"
    return bool(w) and w[-1] == "from"


_COMPASS_ADJECTIVES = frozenset(
    ("southern", "northern", "eastern", "western", "central", "south", "north", "east", "west")
)


def preposition_before(text: str, start: int, preps: frozenset[str]) -> bool:
    w = strip_the(words_before(text, start, 2))
    return bool(w) and w[-1] in preps


IN_START_RE = re.compile(r"^(?:In|At)\s+(?:the\s+(?:[A-Za-z-]+\s+){1,2}?of\s+)?$")


def in_start(text: str, start: int) -> bool:
    """``IN_START_RE`` on ``text[:start]``: the text opens with "In X" / "At the ... of X"
    (the regex reads up to ``start`` in place, no copy of the text before it)."""
    return text.startswith(("In", "At")) and IN_START_RE.match(text, 0, start) is not None


def person_or_part_before(text: str, start: int) -> bool:
    """The name at ``start`` follows an initial ("Home Minister P. Chidambaram", "S.M.
    Krishna": a person's name) or "the city's" ("in the city's Dzerzhinsky district": a part
    of the city told before), so it names no town."""
    if (
        start >= 3
        and text[start - 1] == " "
        and text[start - 2] == "."
        and text[start - 3].isupper()
    ):
        return start == 3 or not text[start - 4].isalpha()
    return text.endswith(("city's ", "city’s ", "capital's ", "capital’s "), 0, start)


# "it was not clear who had fired the shot that killed Lemay.": the one killed, named
_KILLED_WORDS = ("killed ", "murdered ", "assassinated ")


def victim_named(text: str, start: int, end: int) -> bool:
    """The name at ``start``..``end`` is the object of a killing, the sentence or clause
    ending right after it: a person (a town would be "in" it)."""
    return text.endswith(_KILLED_WORDS, 0, start) and (end == len(text) or text[end] in ".,;")


def names_what_follows(found: list[tuple[int, int, Mention]], i: int, mention: Mention) -> bool:
    """A place noun right after a city in one name ("Boston Marathon", "Manchester Arena")
    is what the city holds, though GeoNames lists a town of that name too."""
    return (
        mention.kind == "city"
        and bool(found)
        and found[-1][1] == i - 1
        and found[-1][2].kind == "city"
        and mention.surface.lower() in PLACE_NOUNS
    )


_OWNER_RE = re.compile(r"([A-Z][\w ]{2,30}?)['’]s\s+$")


def own_country_before(text: str, start: int, code: str | None) -> bool:
    """ "Afghanistan's Bamiyan": a place its own country owns is as sure as "in Bamiyan"
    (but "Israel's Hebron" would not place a town of another state)."""
    if code is None or not text.endswith(("'s ", "’s "), 0, start):
        return False
    owner = _OWNER_RE.search(text, max(0, start - 36), start)
    if owner is None:
        return False
    name = owner.group(1)
    for cut in range(len(name.split())):  # "the Democratic Republic of the Congo"'s, "Chad's"
        key = fold(" ".join(name.split()[cut:]))
        if key in country_index():
            return country_index()[key] == code
    return False


# "a C-130 Hercules", "an Il-76 Candid": the name after an aircraft's model code is the
# craft's, not a town's
_MODEL_CODE_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}\s+$")


def model_code_before(text: str, start: int) -> bool:
    window = text[max(0, start - 12) : start]
    return "-" in window and _MODEL_CODE_BEFORE_RE.search(window) is not None


SITE_CITY_MIN_POPULATION = 200_000


def site_named_for_city(text: str, offset: int, run: Spans, mention: Mention) -> bool:
    """ "the Lahore High Court", "Kabul University": a name of up to four words
    led by a large city and ending in a kind of site is a site of that city (not so
    "Columbine High School", named for a small place)."""
    last = text[offset + run[-1][0] : offset + run[-1][1]].lower()
    if len(run) > 4 or mention.kind != "city" or last not in _CITY_SITES:
        return False
    facts = place_facts(fold(mention.surface), len(mention.surface.split()))
    return facts[0] == KIND_PLACE and facts[5] >= SITE_CITY_MIN_POPULATION


# An actor's name after "in" that is also a city this large is the city ("a tower in
# Austin", not Lloyd Austin)
ACTOR_CITY_MIN_POPULATION = 500_000


def city_after_in(text: str, start: int, surface: str, words: int, facts: NameFacts) -> NameFacts:
    """The city's facts for an actor's name after "in" (the sentence's first word too: "In
    Austin, Texas, a parcel bomb"), if the city is large enough; else ``facts``."""
    if not (text.endswith(" in ", 0, start) or (start == 3 and text.startswith("In "))):
        return facts
    place = place_facts(fold(surface), words)
    if place[0] == KIND_PLACE and place[5] >= ACTOR_CITY_MIN_POPULATION:
        return place
    return facts
