"""The country of an incident without a city, and the list test it shares with venues."""

from __future__ import annotations

import itertools
import re

from streams.text.actors import DEMONYMS, HOME_MOVEMENTS
from streams.text.city_choice import choose_city
from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.journeys import (
    came_from_before,
    destination_before,
    elsewhere_before,
    neighbour_before,
    origin_before,
)
from streams.text.linking_patterns import (
    COUNTER_AFTER_RE,
    DEMONYM_PLACE_AFTER_RE,
    REGION_OF_STATE_AFTER_RE,
)
from streams.text.place_context import (
    from_before,
    words_before,
)
from streams.text.places import ALTERNATE_ONLY_PLACE, Mention
from streams.text.spellings import modern_ukrainian, same_transliteration
from streams.text.town_patterns import PART_OF_CITY_AFTER_RE

LIST_GAP_RE = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?"
    # "Dnipro and the nearby town of Synelnykove"
    r"(?:(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:town|city|village|port)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}$"
)


def is_list(text: str, cities: list[Mention]) -> bool:
    """Do the mentions read as a list ("in Turkey and Syria", "Dnipro and the nearby town of X")?"""
    return any(LIST_GAP_RE.match(text[a.end : b.start]) for a, b in itertools.pairwise(cities))


# A capitalised name of one or two words (a list item)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "jumped into Andong, Cheongsong, Yeongyang and Yeongdeok": a list of three or more
# names after a word of place, read from its first item
PLACE_LIST_RE = re.compile(
    rf"\b(?:in|into|across|through|on|at|hit|struck)\s+(?P<list>{_NAME}(?:,\s+{_NAME})+,?\s+and\s+"
    rf"{_NAME})"
)


def in_unknown_list(text: str, city: Mention, mentions: list[Mention]) -> bool:
    """Is the one city read an item of a list of places whose other items the gazetteer
    does not know ("into Andong, Cheongsong, Yeongyang and Yeongdeok"), so the text names
    several places, not one? (Names it reads as people or states make no such list:
    "in Kyiv, Zelensky and Macron".)"""
    for match in PLACE_LIST_RE.finditer(text):
        start, end = match.span("list")
        if start <= city.start < end:
            inside = [m for m in mentions if start <= m.start < end and m is not city]
            return all(m.kind in ("city", "region") for m in inside)
    return False


# "exploded across southern Lebanon, the Bekaa valley and Beirut's southern suburbs"
_PLACE_ITEM = (
    r"(?:the\s+|(?:northern|southern|eastern|western|central)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Za-z][\w'’-]+){0,3}"
)
ACROSS_LIST_RE = re.compile(
    rf"\bacross\s+{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})*,?\s+and\s+{_PLACE_ITEM}"
)


def in_across_list(text: str, city: Mention) -> bool:
    """Is the city read one item of a list of places something happened across?"""
    if "across " not in text:
        return False
    return any(m.start() <= city.start < m.end() for m in ACROSS_LIST_RE.finditer(text))


# "Lebanese authorities said": whose officials speak
PEOPLE_SPEAKER_RE = re.compile(
    r"([A-Z][a-z]+)\s+(?P<who>authorities|officials|health\s+officials|health\s+ministry|"
    r"government|military|army|police)\s+(?:said|say|reported|raised|put|revised|confirmed)\b"
)


def country_near(draft: Draft, position: int, g: Gazetteer) -> str | None:
    """A state named just before a position ("Polish border village of ..."), but not
    the attacker of a strike on the place ("Israeli strike on Maghazi refugee camp")."""
    for m in reversed(draft.mentions):
        if m.end <= position and position - m.end < 30 and m.kind in ("state", "country"):
            if ATTACKER_GAP_RE.search(draft.text, m.end, position) is not None:
                return None
            return g.country_name(m.code)
    return None


ATTACKER_GAP_RE = re.compile(
    # ("Ukrainian shelling of the village of Kurkovichi": the attacker's, not the village's)
    r"\s(?:on|in|at|into|onto|near|against)\s|\s(?:shelling|strikes?|attacks?|bombing|raids?)\s+of\s"
)


WAR_IN_BEFORE_RE = re.compile(r"\b(?:war|conflict)\s+in\s+$")
# "Russia launched 18 cruise missiles": the state that fired is not where they fell
LAUNCHER_AFTER_RE = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:launched|fired)\b")


def _launcher(text: str, m: Mention) -> bool:
    return LAUNCHER_AFTER_RE.match(text, m.end) is not None


def fallback_country(draft: Draft, g: Gazetteer, context: set[str] | None = None) -> str | None:
    """Country of an incident without a city: region, territory, then countries named;
    where an attack came from ("an attack on Israel from Gaza") only when nothing else is
    named."""
    areas = [
        m
        for m in draft.mentions
        if m.kind in ("region", "territory", "country")
        and not elsewhere_before(draft.text, m.start)  # "granted asylum in Sweden"
        # "sending thousands fleeing towards Thailand": where people went, not where it was
        and not destination_before(draft.text, m.start)
        # "the heaviest barrage since the war in Gaza began": a war's name places nothing
        and WAR_IN_BEFORE_RE.search(draft.text, max(0, m.start - 20), m.start) is None
        # ("... in Yemen as Gaza war nears 100 days": the war's name, not where it was)
        and WAR_AFTER_RE.match(draft.text, m.end) is None
        and not (m.kind == "country" and _launcher(draft.text, m))
        and not neighbour_before(draft.text, m.start)  # "near the border with Senegal"
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
    # the countries the line places it in ("in Iraq")
    placed = {m.code for m in areas if m.kind == "country" and m.locative and m.code}
    for kind in ("region", "territory"):
        for m in areas:
            if m.kind == kind:
                if m.city_ids and context:
                    # a region named like places in several countries: the dispatch's
                    # countries decide ("Ishikawa prefecture" in a dispatch about Japan)
                    city = choose_city(m.city_ids, context, g, m.surface)
                    if city.country_code not in context or (
                        placed and city.country_code not in placed
                    ):
                        # "Enga province" in Papua New Guinea is not Germany's Enger, nor
                        # "the Koya area" in Iraq's Kurdistan Japan's Koya, nor "two bases
                        # in Iraq, Ain al-Asad in Anbar province" Turkey's Anbar
                        continue
                    return g.country_name(city.country_code)
                if m.code is None:
                    continue  # ("Iraq's Kurdistan region": the state comes with "Iraq's")
                return g.country_name(m.code)
    countries = [m for m in areas if m.kind == "country"]
    if len({m.code for m in countries}) > 1 and is_list(draft.text, countries):
        return None  # "in Turkey and Syria"
    for m in countries:
        if m.locative:
            return g.country_name(m.code)
    for m in countries:
        return g.country_name(m.code)
    for m in draft.mentions:
        if m.kind == "state" and m.code and PEOPLE_PLACE_AFTER_RE.match(draft.text, m.end):
            return g.country_name(m.code)  # "attack on Haitian town": the people's country
        if (
            m.kind == "state"
            and m.code
            and COMPASS_PART_BEFORE_RE.search(draft.text, max(0, m.start - 20), m.start)
        ):
            return g.country_name(m.code)  # "shook south-eastern Taiwan": a part of it
    speaker = PEOPLE_SPEAKER_RE.match(draft.text)
    if speaker is not None and (code := DEMONYMS.get(speaker.group(1).lower())) is not None:
        # "Lebanese authorities said 42 people were killed across the country"
        return g.country_name(code)
    return None


WAR_AFTER_RE = re.compile(r"\s+(?:war|conflict|ceasefire|truce)\b")
COMPASS_PART_BEFORE_RE = re.compile(
    r"\b(?:(?:south|north)[- ]?(?:east|west)ern|southern|northern|eastern|western|central)\s$"
)
PEOPLE_PLACE_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:town|city|village|capital|port|province|region|coast|island|"
    r"countryside|hamlet|towns|cities|villages|regions|provinces"
    # "crossed into Polish airspace", "struck targets on Russian territory"
    r"|airspace|territory|soil|territorial\s+waters)\b"
)


# "opened fire on protesters in dozens of towns": what happened in many places has no one
# city (one named after it is a backdrop: "as the generals paraded in Naypyitaw")
MANY_PLACES_RE = re.compile(
    r"\b(?:in|across|on)\s+(?:dozens|scores|hundreds|several|many|a\s+number|a\s+string)\s+of\s+"
    r"(?:[a-z]+\s+)?(?:towns|cities|villages|places|communities|localities)\b"
)


def many_places_first(text: str, mentions: list[Mention]) -> bool:
    """Does the text say it happened in many places before it names any city?"""
    many = MANY_PLACES_RE.search(text)
    if many is None:
        return False
    return all(m.start > many.start() for m in mentions if m.kind == "city")


_PASSAGE_WORDS = frozenset(("via", "leaving"))
# "Flight ET302 to Nairobi": where a flight was going (a town people were taken to is
# still in the country: "the wounded had been evacuated to Niamey")
FLIGHT_TO_BEFORE_RE = re.compile(
    r"\b(?:[Ff]light|plane|jet|airliner|aircraft)\s+(?:[A-Z]{1,3}\d{1,4}\s+)?to\s+$"
)


def beside_places(excluded: list[Mention], text: str) -> list[Mention]:
    """The places a report says it happened near or around: not those a craft or a
    weapon came from, was going to or passed ("Flight ET302 to Nairobi came down")."""
    return [
        m
        for m in excluded
        if not from_before(text, m.start)
        and not destination_before(text, m.start)
        and not passed_by(text, m.start)
        # "the pair came from villages near Ramallah": where the attackers lived
        and not came_from_before(text, m.start)
    ]


def passed_by(text: str, start: int) -> bool:
    last = words_before(text, start, 1)
    return bool(last) and (
        last[0] in _PASSAGE_WORDS
        or (
            last[0] == "to"
            and FLIGHT_TO_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        )
    )


SPEAKER_TITLE_AFTER_RE = re.compile(r"\s+(?:regional\s+)?(?:governor|mayor)\s+[A-Z]")


def speaker_country(draft: Draft, context: set[str], g: Gazetteer) -> str | None:
    """The country of a city whose governor or mayor speaks ("Bryansk governor Alexander
    Bogomaz said shelling of the village of Kurkovichi had wounded a man")."""
    for m in draft.mentions:
        if m.kind == "city" and m.city_ids and SPEAKER_TITLE_AFTER_RE.match(draft.text, m.end):
            return g.country_name(choose_city(m.city_ids, context, g, m.surface).country_code)
    return None


def foreign_alias(m: Mention, context: set[str], g: Gazetteer) -> bool:
    """A name known only as another place's alternate spelling, in a country the dispatch
    does not name ("the Far'a refugee camp" in the West Bank is not Afghanistan's Farah)."""
    if not context:
        return False
    city = choose_city(m.city_ids, context, g, m.surface)
    if city.country_code in context or city.population >= ALTERNATE_ONLY_PLACE:
        return False  # (a city as big as Darnah is trusted under its spelling "Derna")
    if city.population < HAMLET:
        return True  # "Belaya in Siberia": not Mexico's hamlet of Siberia (954 people)
    key = fold(m.surface)
    return (
        fold(city.name) != key
        and fold(modern_ukrainian(city.name)) != key
        and not same_transliteration(city.name, m.surface)  # "Deir el-Balah"
    )


# Under this many people a place the dispatch's countries do not hold is too small to
# trust on its name alone (nor does it place the dispatch: pipeline._context_codes)
HAMLET = 1000


def part_of_city(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is ``m`` a part of a city named just after it ("the Ramot neighbourhood of
    Jerusalem"; not "the Gaza City neighbourhood of Shejaiya", a part of ``m``), or what
    places a city named just before it ("in the centre of Gramado, in Rio Grande do Sul",
    a state the gazetteer reads as its capital)?"""
    before = [other for other in mentions if other.end <= m.start]
    if (
        before
        and before[-1].kind == "city"
        and text[before[-1].end : m.start]
        in (
            ", in ",
            ", in the ",
        )
    ):
        return True
    part = PART_OF_CITY_AFTER_RE.match(text, m.end)
    if part is None:
        return False
    return any(other.start == part.end() - 1 and other.kind == "city" for other in mentions)


def placed_in_country(d: Draft, g: Gazetteer) -> str | None:
    """The state a report's own locative cue places it in ("... in northern Nigeria"), or
    the state of a region it places it in."""
    for m in d.mentions:
        if m.kind == "country" and m.locative and m.code:
            return g.country_name(m.code)
    for m in d.mentions:
        # ("the village of Chasoti in the Kishtwar district of Indian-administered
        # Kashmir": the state of the district the report places it in)
        if m.kind == "region" and m.locative and m.code:
            return g.country_name(m.code)
    return None


def local_party_country(d: Draft, g: Gazetteer) -> str | None:
    """The home of a movement a report names ("Hezbollah said ...": Lebanon)."""
    for m in d.mentions:
        if m.code and m.surface.lower() in HOME_MOVEMENTS:
            return g.country_name(m.code)
    return None


def dominant_country(incidents: list[Draft]) -> str | None:
    """The state the dispatch's incidents are most often in."""
    counts: dict[str, int] = {}
    for d in incidents:
        if d.country is not None:
            counts[d.country] = counts.get(d.country, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


def placed_countries(d: Draft, g: Gazetteer) -> set[str | None]:
    """The states a report places itself in ("In Morocco, the toll rose"; "Lebanon's health
    ministry said"; "Off the Tunisian island of Kerkennah"), for linking its update."""
    return {
        g.country_name(m.code)
        for m in d.mentions
        # ("In Gaza, the health ministry said the war's toll had risen": Gaza's, not Beirut's;
        # "the number of dead in Aceh had risen to 97": Indonesia's, not the plane crash's)
        if (
            m.kind in ("country", "territory")
            # (a first-level region right after "in", not "from Belgorod region")
            or (m.kind == "region" and m.after_in and not m.city_ids)
            # ("Off the Tunisian island of Kerkennah": a state's place, named by its people)
            or (m.kind == "state" and DEMONYM_PLACE_AFTER_RE.match(d.text, m.end) is not None)
        )
        and m.code
        and (
            # "the building of China's consulate": a possessive attributes, it places
            # nothing, unless a state's own counters give the toll ("Lebanon's health
            # ministry said three people were killed")
            (
                m.locative
                # (but "In China's Sichuan province" places it in China)
                and (
                    d.text[m.end : m.end + 2] not in ("'s", "’s")
                    or (m.after_in and REGION_OF_STATE_AFTER_RE.match(d.text, m.end) is not None)
                )
            )
            or COUNTER_AFTER_RE.match(d.text, m.end) is not None
            or m.kind == "state"  # (a people's place, as the first test let in)
        )
        and not origin_before(d.text, m.start)  # "men from Guatemala"
        and not elsewhere_before(d.text, m.start)  # "granted asylum in Sweden"
    }
