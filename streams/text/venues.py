"""Where an event happened (eval/README.md "city / country").

- Incident: the city where it happened. "In X," and locative cues ("in", "on",
  "strike on", "the village of") win; places "near" / "outside" / "north of" a
  city, regions ("Kharkiv region"), lists of cities ("Kharkiv, Kyiv and
  Pavlohrad", "Kyiv and cities across Ukraine") give no city. "the village of X"
  is kept even when GeoNames lacks it. Without a city the country comes from a
  region, a territory (Gaza, Crimea) or a country named in the text.
- Diplomacy / policy: a city only when the text says the act took place there
  ("talks in Istanbul", "told a crowd in Warsaw", "In Lviv, ... signed"), or the
  one city a measure applies to (curfew, day of mourning). Otherwise the country
  is the acting state's (acting_state.py).
"""

from __future__ import annotations

import itertools
import re

from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.lexicon import may_contain
from streams.text.model import Place
from streams.text.names import choose_city, display_name, modern_ukrainian
from streams.text.place_context import (
    LOCATIVE_SKIP,
    elsewhere_before,
    excluded_before,
    from_before,
    origin_before,
    venue_noun_after,
    words_before,
)
from streams.text.places import ALTERNATE_ONLY_PLACE, Mention, scan

MORE_PLACES_AFTER_RE = re.compile(
    r",?\s+and\s+(?:\w+\s+){0,2}(?:cities|towns|regions|villages|areas)\b"
)
SPEECH_RE = re.compile(
    r"\b(?:said|says|told|warned|insisted|claimed|argued|accused|denied|noted|stressed|added|"
    r"described|called|urged|vowed)\b"
)
SCOPED_MEASURE_RE = re.compile(
    r"\b(?:curfew|mourning|celebrations|festivities|state\s+of\s+emergency|evacuation|alert|"
    r"lockdown|martial\s+law|(?:driving|travel|traffic)\s+ban)\b",
    re.IGNORECASE,
)
LIST_GAP_RE = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?"
    # "Dnipro and the nearby town of Synelnykove"
    r"(?:(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:town|city|village|port)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}$"
)
IN_START_RE = re.compile(r"^(?:In|At)\s+(?:the\s+\w+\s+of\s+)?$")
# "at the Vilnius summit", "at Johannesburg talks": the city names the gathering's venue
AT_BEFORE_RE = re.compile(r"\b[Aa]t\s+(?:the\s+|an?\s+)?$")
GATHERING_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:summit|talks|conference|meeting|forum|peace\s+talks|negotiations)\b"
)


def _at_gathering(text: str, start: int, end: int) -> bool:
    return (
        GATHERING_AFTER_RE.match(text, end) is not None
        and AT_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )


def _through(text: str, start: int, end: int) -> bool:
    """ "walked with Zelensky through central Kyiv": the act took place there (not "through
    the Rafah crossing", a crossing named for the town)."""
    w = [word for word in words_before(text, start, 3) if word not in LOCATIVE_SKIP]
    return bool(w) and w[-1] == "through" and CROSSING_AFTER_RE.match(text, end) is None


NUCLEAR_PLANT_AFTER_RE = re.compile(r"\s+(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station)\b")
CROSSING_AFTER_RE = re.compile(r"\s+(?:crossing|border|checkpoint)\b")
# "A Moscow court charged ...": a court is where its decision is taken
COURT_AFTER_RE = re.compile(
    r"\s+(?:(?:city|district|military|regional|supreme)\s+)?(?:court|tribunal)\b"
)


def _in_start(text: str, start: int) -> bool:
    """``IN_START_RE`` on ``text[:start]``: the text opens with "In X" / "At the ... of X"
    (the regex reads up to ``start`` in place, no copy of the text before it)."""
    return text.startswith(("In", "At")) and IN_START_RE.match(text, 0, start) is not None


VISIT_ENDINGS = (
    "visit to",
    "trip to",
    "visited",
    "visiting",
    "travel to",
    "travels to",
    "travelled to",
    "traveled to",
    "flew to",
)
# "visited Bucha, Borodianka and Irpin": a tour of several places has no one venue
LIST_AFTER_RE = re.compile(r"\s*(?:,|and\b)\s*[A-Z]")


def _visited(text: str, start: int, end: int) -> bool:
    """ "a surprise visit to Kyiv", "visited Kyiv": the one city a visit took place in."""
    before = text[max(0, start - 14) : start].lower().rstrip()
    return (
        before.endswith(VISIT_ENDINGS)
        and LIST_AFTER_RE.match(text, end) is None
        and not elsewhere_before(text, start)  # "postponed a planned trip to Beijing"
    )


# one or two capitalised words, or a name with an Arabic article ("Wad al-Noura")
_SETTLEMENT_NAME = (
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|ez)-[A-Z]"
    r"[\w'’-]*))?)"
)
# A settlement GeoNames may lack, named as one: "the village of Hroza", "in Tudun Biri
# village", "in Tudun Biri, in Kaduna state" (a town, then the region it lies in)
VILLAGE_RE = re.compile(
    rf"\b(?:village|settlement|hamlet|town)\s+of\s+{_SETTLEMENT_NAME}"
    rf"|\b(?:in|at|onto|into)\s+{_SETTLEMENT_NAME}\s+(?:village|settlement|hamlet)\b"
    # "a strike on Maghazi refugee camp", "in the Nur Shams camp"
    rf"|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ii]nto)\s+(?:the\s+)?{_SETTLEMENT_NAME}\s+(?:refugee\s+)?camp\b"
    rf"|\b(?:in|at)\s+{_SETTLEMENT_NAME},\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:state|province|region|district|county|governorate|prefecture)\b"
)
# A venue of a meeting or statement is a real town, or one in a country of the dispatch.
MIN_VENUE_POPULATION = 10_000
STATE_KINDS = ("state", "country", "org", "territory")
# Words without which SCOPED_MEASURE_RE cannot match.
SCOPED_MEASURE_WORDS = (
    " ban",
    "curfew",
    "mourning",
    "celebrations",
    "festivities",
    "state",
    "evacuation",
    "alert",
    "lockdown",
    "martial",
)


def make_place(m: Mention, context: set[str], g: Gazetteer) -> Place:
    city = choose_city(m.city_ids, context, g, m.surface)
    return Place(
        name=display_name(city, m.surface),
        country=g.country_name(city.country_code),
        lat=city.lat,
        lon=city.lon,
        geonames_id=city.geonames_id,
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


def incident_venue(
    draft: Draft, context: set[str], g: Gazetteer
) -> tuple[Place | None, str | None]:
    """(place, country) of an incident."""
    text = draft.text
    cities = []
    excluded: list[Mention] = []
    for m in draft.mentions:
        if (
            m.kind != "city"
            or m.standin
            or origin_before(text, m.start)
            or elsewhere_before(text, m.start)
        ):
            continue  # (where someone lives is no venue: "Hadi Matar of Fairview")
        if (
            (excluded_before(text, m.start) and not venue_noun_after(text, m.end))
            # the town a nuclear plant is named for: the Zaporizhzhia plant is in Enerhodar
            or NUCLEAR_PLANT_AFTER_RE.match(text, m.end) is not None
            # the rest of a list an exclusion heads: "towards Tel Aviv and Jerusalem"
            or (excluded and LIST_GAP_RE.match(text[excluded[-1].end : m.start]))
        ):
            excluded.append(m)
        else:
            cities.append(m)
    distinct = _distinct(cities)
    if len(distinct) > 1 and _is_list(text, distinct):
        codes = {choose_city(m.city_ids, context, g).country_code for m in distinct}
        return None, g.country_name(codes.pop()) if len(codes) == 1 else None
    distinct = [m for m in distinct if not _foreign_alias(m, context, g)]
    if distinct:
        # "Israeli tanks seize Rafah crossing as truce talks resume in Cairo": a place in
        # the clause after "as" is where the backdrop happens, when the main clause has one
        as_at = text.find(" as ")
        lead = as_at >= 0 and any(m.end <= as_at for m in distinct)
        best = max(
            distinct,
            key=lambda m: (
                3.0 * _in_start(text, m.start)
                + 2.0 * m.locative
                + 1.0 * m.after_in
                - 0.01 * m.start
                - (5.0 if lead and m.start > as_at else 0.0)
            ),
        )
        place = make_place(best, context, g)
        if MORE_PLACES_AFTER_RE.match(text, best.end):
            return None, place.country
        for m in draft.mentions:
            # "plunge Kyiv and Moldova into darkness": a city listed with another country
            # ("St. Petersburg, Russia" names the city's own)
            if (
                m.kind == "country"
                and m.start > best.end
                and LIST_GAP_RE.match(text[best.end : m.start])
                and g.country_name(m.code) != place.country
            ):
                return None, None
        return place, place.country
    village = VILLAGE_RE.search(text)
    if village and excluded_before(text, village.start()):
        village = None  # "near the village of Alma al-Shaab": near it, no city
    if village and any(
        m.kind in ("state", "country") for m in scan(next(g for g in village.groups() if g))
    ):
        village = None  # "an Israeli camp": a state's, not a place's name
    if village:
        named_at = village.start(village.lastindex or 0)  # where the name itself begins
        country = _country_near(draft, named_at, g) or fallback_country(draft, g, context)
        name = next(group for group in village.groups() if group)
        return Place(name, country), country
    country = fallback_country(draft, g, context)
    if country is None and excluded:
        country = make_place(excluded[0], context, g).country
    return None, country


def _foreign_alias(m: Mention, context: set[str], g: Gazetteer) -> bool:
    """A name known only as another place's alternate spelling, in a country the dispatch
    does not name ("the Far'a refugee camp" in the West Bank is not Afghanistan's Farah)."""
    if not context:
        return False
    city = choose_city(m.city_ids, context, g, m.surface)
    if city.country_code in context or city.population >= ALTERNATE_ONLY_PLACE:
        return False  # (a city as big as Darnah is trusted under its spelling "Derna")
    key = fold(m.surface)
    return fold(city.name) != key and fold(modern_ukrainian(city.name)) != key


def _country_near(draft: Draft, position: int, g: Gazetteer) -> str | None:
    """A state named just before a position ("Polish border village of ..."), but not
    the attacker of a strike on the place ("Israeli strike on Maghazi refugee camp")."""
    for m in reversed(draft.mentions):
        if m.end <= position and position - m.end < 30 and m.kind in ("state", "country"):
            if ATTACKER_GAP_RE.search(draft.text, m.end, position) is not None:
                return None
            return g.country_name(m.code)
    return None


ATTACKER_GAP_RE = re.compile(r"\s(?:on|in|at|into|onto|near|against)\s")


def fallback_country(draft: Draft, g: Gazetteer, context: set[str] | None = None) -> str | None:
    """Country of an incident without a city: region, territory, then countries named;
    where an attack came from ("an attack on Israel from Gaza") only when nothing else is
    named."""
    areas = [
        m
        for m in draft.mentions
        if m.kind in ("region", "territory", "country")
        and not elsewhere_before(draft.text, m.start)  # "granted asylum in Sweden"
    ]
    targets = []
    origin: Mention | None = None  # the last place after "from", and the rest of its list
    for m in areas:
        if from_before(draft.text, m.start) or (
            origin is not None and LIST_GAP_RE.match(draft.text[origin.end : m.start])
        ):
            origin = m  # "39 men, most of them from Guatemala and Venezuela"
        else:
            targets.append(m)
    if targets:
        areas = targets
    for kind in ("region", "territory"):
        for m in areas:
            if m.kind == kind:
                if m.city_ids and context:
                    # a region named like places in several countries: the dispatch's
                    # countries decide ("Ishikawa prefecture" in a dispatch about Japan)
                    city = choose_city(m.city_ids, context, g)
                    if city.country_code not in context and fold(city.name) != fold(m.surface):
                        continue  # "Enga province" in Papua New Guinea is not Germany's Enger
                    return g.country_name(city.country_code)
                return g.country_name(m.code)
    countries = [m for m in areas if m.kind == "country"]
    if len({m.code for m in countries}) > 1 and _is_list(draft.text, countries):
        return None  # "in Turkey and Syria"
    for m in countries:
        if m.locative:
            return g.country_name(m.code)
    for m in countries:
        return g.country_name(m.code)
    return None


AT_EVENT_BEFORE_RE = re.compile(
    r"\bat\s+(?:a|an|the)\s+(?:\w+\s+)?(?:conference|summit|meeting|forum|ceremony|rally)\s+in\s+$"
    # "said in a joint statement issued in Beijing": where the statement was made
    r"|\b(?:statement|communiqu[eé]|declaration)\s+(?:issued|released|signed|published)\s+in\s+$"
)


def _venue_place(
    m: Mention, text: str, speech: re.Match[str] | None, context: set[str], g: Gazetteer
) -> Place | None:
    """The place of a venue candidate, unless it only follows what someone said
    ("said that ... in X") or is a small town outside the dispatch's countries."""
    if (
        speech is not None
        and m.start > speech.start()
        and AT_EVENT_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is None
    ):
        # (but "said ... at a conference in Berlin" names where it was said)
        between = text[speech.end() : m.start].split()
        if len(between) > 4 or (between and between[0] == "that"):
            return None
    city = choose_city(m.city_ids, context, g, m.surface)
    if city.population < MIN_VENUE_POPULATION and city.country_code not in context:
        return None
    return make_place(m, context, g)


# "in the Red Sea city", "in the coastal town": the venue named before, not a new one
THAT_CITY_RE = re.compile(
    r"\bin\s+the\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z]+\s+)?(?:city|town)\b(?!\s+of\b)"
)


def refers_to_venue(text: str) -> bool:
    return "in the " in text and THAT_CITY_RE.search(text) is not None


def venue(draft: Draft, context: set[str], g: Gazetteer, line_text: str) -> Place | None:
    """Where a meeting / statement / measure took place."""
    text = draft.text
    # "in X" / "at the X summit" first; a visit's city only when no such place is named
    # ("Biden, who had made a visit to Kyiv the day before, told a crowd in Warsaw")
    located = [
        m
        for m in draft.mentions
        if m.kind == "city"
        and not m.standin
        and (
            m.after_in
            or _in_start(text, m.start)
            or _at_gathering(text, m.start, m.end)
            or _through(text, m.start, m.end)
            or COURT_AFTER_RE.match(text, m.end) is not None
        )
    ] or [
        m
        for m in draft.mentions
        if m.kind == "city" and not m.standin and _visited(text, m.start, m.end)
    ]
    if located:
        speech = SPEECH_RE.search(text)
        for m in located:
            if LIST_AFTER_RE.match(text, m.end) and any(
                other.kind == "city" and other.start > m.end for other in draft.mentions
            ):
                continue  # "officials in Luhansk, Donetsk, Kherson and Zaporizhzhia": no one venue
            place = _venue_place(m, text, speech, context, g)
            if place is not None:
                return place
    if (
        draft.cls == "policy"
        and may_contain(text, text.lower(), SCOPED_MEASURE_WORDS)
        and SCOPED_MEASURE_RE.search(text)
    ):
        cities = _distinct([m for m in draft.mentions if m.kind == "city"])
        if not cities and text != line_text:
            cities = _distinct([m for m in scan(line_text) if m.kind == "city"])
        if len(cities) == 1:
            return make_place(cities[0], context, g)
    return None
