"""Names read in pairs: a city qualified by the state or country written after it
("Alexandria, Virginia", "Buffalo, New York"), a suburb of a city, a people's towns."""

from __future__ import annotations

import re

from streams.text.actors import DEMONYMS
from streams.text.gazetteer import Gazetteer, fold
from streams.text.mention import Mention
from streams.text.names import US_STATES_NAMED_LIKE_OTHERS, country_index
from streams.text.regions import region_countries

QUALIFIER_KINDS = ("territory", "country", "region")
QUALIFIER_GAP_RE = re.compile(
    r",\s+(?:in\s+(?:the\s+)?(?:(?:north|south)?(?:-?east|-?west)?(?:ern)?\s+|central\s+)?)?"
)


def qualify_cities(text: str, mentions: list[Mention], g: Gazetteer) -> list[Mention]:
    """Keep, of a city's namesakes, those in the state or country named right after it
    after a comma: "In Alexandria, Virginia" is no Egyptian city, "Paris, Texas" no French
    one. A qualifier that names none of them changes nothing."""
    out = list(mentions)
    foreign: list[int] = []
    for i in range(len(out) - 1):
        m, after = out[i], out[i + 1]
        if m.kind == "city" and after.kind == "city" and text.startswith(", ", m.end):
            after = _region_named_like_a_city(text, m, after, g)
            if after.kind == "region":
                out[i + 1] = after
        if (
            m.kind != "city"
            or after.kind not in QUALIFIER_KINDS
            or after.code is None
            # ("In Novomoskovsk, in the Dnipropetrovsk region": not Russia's Novomoskovsk)
            or QUALIFIER_GAP_RE.fullmatch(text, m.end, after.start) is None
        ):
            continue
        kept = tuple(gid for gid in m.city_ids if g.cities[gid].country_code == after.code)
        if kept and kept != m.city_ids:
            out[i] = m._replace(city_ids=kept, code=after.code)
        elif (
            not kept
            and after.kind == "country"
            and after.code != m.code
            # (not "In Washington, Russia's envoy said": a clause's subject after the comma)
            and text.startswith(", in ", m.end)
            # (with a part of the country named, as the unknown-town pattern reads it:
            # "Smara, in Western Sahara" stays the gazetteer's Smara)
            and text[m.end + 5 : after.start].strip() != ""
            and not text.startswith(("'s", "’s"), after.end)
        ):
            # "at Tempi, in central Greece": no namesake there, so a town the gazetteer
            # lacks, not the American Tempi
            foreign.append(i)
    for i in reversed(foreign):
        del out[i]
    return out


def _region_named_like_a_city(text: str, m: Mention, after: Mention, g: Gazetteer) -> Mention:
    """ "London, Ontario": the province of Canada's London, not California's Ontario."""
    if after.start != m.end + 2 or text.startswith(" and ", after.end):
        return after  # ("in Afrin, Idlib and eastern Ghouta": a list of places)
    # ("Lac-Megantic, Quebec": the province, though Quebec is a city of that country too)
    countries = region_countries(fold(after.surface), fold)
    if not countries:
        return after
    shared = {g.cities[gid].country_code for gid in m.city_ids} & countries
    if len(shared) != 1:
        return after
    return after._replace(kind="region", code=shared.pop(), city_ids=())


STATE_AFTER_CITY = (", New York", ", Georgia", ", Washington")
# The admin regions the news names by two names joined with "and" (GeoNames' countries so
# named come from the gazetteer): "Jammu and Kashmir" is India's territory, not Jammu
JOINED_REGIONS = {"jammu and kashmir": "IN", "andaman and nicobar": "IN"}
_JOINED: dict[str, tuple[tuple[str, str, str], ...]] | None = None


def joined_names() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """First word -> (folded full name, kind, code) of each name joined with "and"
    ("serbia and montenegro", two states today, is left out)."""
    global _JOINED
    if _JOINED is None:
        names = [(n, "country", c) for n, c in country_index().items() if " and " in n]
        names = [x for x in names if x[0] != "serbia and montenegro"]
        names += [(n, "region", c) for n, c in JOINED_REGIONS.items()]
        heads: dict[str, list[tuple[str, str, str]]] = {}
        for name, kind, code in names:
            heads.setdefault(name.split(" ")[0], []).append((name, kind, code))
        _JOINED = {head: tuple(found) for head, found in heads.items()}
    return _JOINED


_JOINED_HEADS: frozenset[str] | None = None


def joined_heads() -> frozenset[str]:
    """The first words of the joined names as written ("Jammu", "Trinidad")."""
    global _JOINED_HEADS
    if _JOINED_HEADS is None:
        _JOINED_HEADS = frozenset(head.title() for head in joined_names())
    return _JOINED_HEADS


def read_joined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "In Jammu and Kashmir", "Trinidad and Tobago": one place named by two names."""
    heads = joined_names()
    out: list[Mention] = []
    covered = -1
    for m in mentions:
        if m.start < covered:
            continue  # (the second name of a joined one: "Kashmir")
        for name, kind, code in heads.get(fold(m.surface.partition(" ")[0]), ()):
            end = m.start + len(name)
            if fold(text[m.start : end]) == name and not text[end : end + 1].isalpha():
                m = Mention(
                    m.start, end, text[m.start : end], kind, code, (), m.locative, False, m.after_in
                )
                covered = end
                break
        out.append(m)
    return out


# "inside the Turi penitentiary on the outskirts of Cuenca", "beside the Mundka metro
# station in west Delhi": a site named for a place, told as standing in another city
FACILITY_ELSEWHERE_RE = re.compile(
    r"\s+(?:metro\s+station|railway\s+station|train\s+station|bus\s+station|penitentiary|"
    r"prison|jail|stadium|university|hospital|refinery|power\s+plant|industrial\s+zone|market|"
    # ("at Dawson College in downtown Montreal")
    r"[Cc]ollege|[Uu]niversity|(?:[Hh]igh\s+)?[Ss]chool|[Aa]cademy)"
    r"\s+(?:on\s+the\s+outskirts\s+of|in|near|outside)\s+"
    r"(?:(?:central|downtown|(?:north|south)?-?(?:east|west)?(?:ern)?)\s+)?"
)
FACILITY_WORDS = (
    " station",
    "penitentiary",
    "prison",
    "jail",
    "stadium",
    "university",
    "University",
    "College",
    "college",
    "chool",
    "cademy",
    "hospital",
    "refinery",
    "power plant",
    "industrial zone",
    "market",
)


def without_sites_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a city that only names a site placed in the city named after it."""
    out: list[Mention] = []
    for i, m in enumerate(mentions[:-1]):
        site = FACILITY_ELSEWHERE_RE.match(text, m.end) if m.kind == "city" else None
        # (a country after it says where the city is: "at Prague university in Czech ...")
        after = mentions[i + 1]
        if site is not None and after.start == site.end() and after.kind == "city":
            continue
        out.append(m)
    out.append(mentions[-1])
    return out


def paired_names(text: str, found: list[Mention]) -> list[Mention]:
    """``read_pairs``, ``read_joined_names`` and ``without_sites_elsewhere`` where the text
    may need them."""
    if len(found) > 1 and any(word in text for word in FACILITY_WORDS):
        found = without_sites_elsewhere(text, found)
    if len(found) > 1 and (" suburb of " in text or any(s in text for s in STATE_AFTER_CITY)):
        found = read_pairs(text, found)
    if " and " in text and any(m.surface.partition(" ")[0] in joined_heads() for m in found):
        found = read_joined_names(text, found)
    return found


PEOPLES_PLACE_NOUNS = (" cities", " towns", " villages", " air bases", " airfields", " army post")
PEOPLES_PLACES_RE = re.compile(
    r"\s+(?:border\s+)?(?:cities|towns|villages|communities|air\s+bases|airfields|army\s+posts?)\b"
)


def peoples_places(text: str, m: Mention) -> Mention:
    """ "Iranian missiles struck several Israeli cities": a people's towns place what
    happened in its country (no one city), as a region does."""
    if (
        m.kind == "state"
        and m.surface.lower() in DEMONYMS
        and PEOPLES_PLACES_RE.match(text, m.end) is not None
    ):
        return Mention(m.start, m.end, m.surface, "territory", m.code, (), True)
    return m


def read_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two places side by side where one qualifies the other: "Buffalo, New York" (the
    state, as "Uvalde, Texas" is) and "the Paris suburb of Nanterre" (the suburb)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.kind == "city"
            and following is not None
            and following.kind == "city"
            and text[m.end : following.start] == " suburb of "
        ):
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "city"
            and previous.code == "US"
            and m.kind in ("city", "country")
            and text[previous.end : m.start] == ", "
            and fold(m.surface) in US_STATES_NAMED_LIKE_OTHERS
            and not text.startswith((" and ", " or "), m.end)
        ):
            out.append(Mention(m.start, m.end, m.surface, "territory", "US"))
            continue
        out.append(m)
    return out


OWNER_COUNTRY_BEFORE_RE = re.compile(r"\b((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)['’]s\s+$")


def owner_abroad(text: str, m: Mention, g: Gazetteer) -> str | None:
    """The country owning a town none of whose namesakes is there: "Mozambique's Palma" is
    not Palma de Mallorca but a town the gazetteer lacks. None when no country owns it or
    one of the namesakes is in the owner."""
    owner = OWNER_COUNTRY_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if owner is None:
        return None
    code = country_index().get(fold(owner.group(1)))
    if code is None or any(g.cities[gid].country_code == code for gid in m.city_ids):
        return None
    return g.country_name(code)


def without_city_districts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a district a city owns: "in Mogadishu's Medina district" is in Mogadishu, not in
    Saudi Arabia's Medina region."""
    out: list[Mention] = []
    for m in mentions:
        owner = out[-1] if out else None
        if (
            m.kind == "region"
            and owner is not None
            and owner.kind == "city"
            and text[owner.end : m.start] in ("'s ", "’s ")
        ):
            continue
        out.append(m)
    return out


THE_CITY_RE = re.compile(r"\b(?:of|in)\s+the\s+city\b(?!\s+of\b)")


def regional_city(text: str, mentions: list[Mention]) -> Mention | None:
    """A region named for its city, when the report says "the city": "Kharkiv regional
    governor Oleh Synehubov said shells hit residential areas of the city" is Kharkiv."""
    if THE_CITY_RE.search(text) is None:
        return None
    regions = [m for m in mentions if m.kind == "region" and m.city_ids]
    return regions[0] if len(regions) == 1 else None


# "hit the tanker Saibaba in the southern Red Sea": at sea, in no country
AT_SEA_RE = re.compile(
    r"\b(?:in|into|across)\s+the\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?:Red|Black|Arabian|Mediterranean|Caspian|Baltic|South\s+China|North)\s+Sea\b"
    r"|\bin\s+the\s+Gulf\s+of\s+Aden\b|\bat\s+sea\b"
)


def at_sea(text: str, mentions: list[Mention]) -> bool:
    """Told at sea and placed on no land: "the tanker Saibaba in the southern Red Sea"."""
    return AT_SEA_RE.search(text) is not None and not any(
        m.kind in ("city", "country", "territory") and m.locative for m in mentions
    )


def village_alias(text: str, m: Mention, g: Gazetteer) -> bool:
    """A village told as one whose name is only an old name of a city: "the neighbouring
    village of Stanislav" is no Ivano-Frankivsk (Stanislav until 1962)."""
    if not text.endswith(("village of ", "hamlet of "), 0, m.start) or not m.city_ids:
        return False
    biggest = g.cities[m.city_ids[0]]
    return biggest.population >= 100_000 and fold(biggest.name) != fold(m.surface)


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "the Red Sea ports of Hodeidah, Salif and Ras Isa", "the villages of Haris and Tallousa":
# names the gazetteer may not know, told as a list
LIST_OF_NAMES_AFTER_RE = re.compile(rf",\s+{_NAME},?\s+and\s+(?:the\s+)?{_NAME}")
PLURAL_PLACES_BEFORE_RE = re.compile(
    r"\b(?:ports|villages|towns|cities|camps|communities|areas)\s+of\s+$"
)
AND_NAME_AFTER_RE = re.compile(rf",?\s+and\s+(?:the\s+)?{_NAME}")


def named_list(text: str, m: Mention) -> bool:
    """Is the city the first of a list of places, some of them names the gazetteer lacks?"""
    if LIST_OF_NAMES_AFTER_RE.match(text, m.end) is not None:
        return True
    return (
        PLURAL_PLACES_BEFORE_RE.search(text, max(0, m.start - 20), m.start) is not None
        and AND_NAME_AFTER_RE.match(text, m.end) is not None
    )


# (a big city is trusted under its own name, wherever the line says it happened)
SMALL_TOWN = 100_000
# "in southern Lebanon", "In Haiti,", "in Russia's Belgorod region" (not "from Yemen")
IN_COUNTRY_BEFORE_RE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?:(?:far\s+)?(?:south|north|east|west|central)(?:ern)?[- ]|"
    r"(?:south|north)-?(?:east|west)(?:ern)?\s+)?$"
)


def placed_elsewhere(
    text: str, mentions: list[Mention], country: str | None, g: Gazetteer
) -> str | None:
    """The one country the line places its happening in ("in southern Lebanon"), when the
    line names neither that of ``country`` nor any other."""
    placed = {
        m.code
        for m in mentions
        if m.kind == "country"
        and m.code
        and IN_COUNTRY_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
        # ("In Georgia, a passenger was killed ... in Jackson": the American state)
        and not (country == "United States" and fold(m.surface) in US_STATES_NAMED_LIKE_OTHERS)
    }
    if len(placed) != 1:
        return None
    # (countries named as such: a leader or a people's adjective names no place)
    named = {m.code for m in mentions if m.kind == "country" and m.code}
    (code,) = placed
    other = g.country_name(code)
    if other == country or any(g.country_name(c) == country for c in named):
        return None
    return other
