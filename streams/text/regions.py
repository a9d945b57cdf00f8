"""First-level regions of every country (ISO 3166-2, from the ``pycountry`` package):
"in Tasmania", "across West Bengal", "in Balochistan province" place a happening in a
state although the gazetteer, a list of cities, lacks its regions.

Only names that cannot be read otherwise join: not a country, a people or an everyday
word ("Somali", "Delta", "Central"), not a name two countries' regions share ("Punjab"),
and not a city of the region's own country or a large city elsewhere ("Kaduna", "Baghdad"
stay cities). US states come from GeoNames instead (names.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import pycountry

# Kinds of first-level unit worth naming; municipalities, districts, counties and
# parishes are too many and too small to tell from towns.
REGION_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Governorate",
        "Department",
        "Autonomous region",
        "Autonomous community",
        "Autonomous province",
        "Land",
        "Regional state",
        "Division",
        "Country",
        "Nation",
        "Prefecture",
        "Union territory",
        "Territory",
        "Federal district",
        "Federal territory",
        "Special administrative region",
    }
)
COUNTY_TYPES = frozenset({"Two-tier county", "Unitary authority", "County", "Council area"})
# A namesake town this large elsewhere keeps the name ("Canterbury" is Kent's city, not
# New Zealand's region; "Scotland", South Dakota, a village, gives way).
BIG_CITY = 20_000
# Words and names English prose uses for something else ("Meta said", "Rivers Cuomo",
# "the Sahel", "the Zambezi"), and names wider than the one region ("the Cordillera").
OTHER_SENSES = frozenset(
    [
        "acre",
        "bono",
        "cascades",
        "centrale",
        "cesar",
        "coast",
        "collines",
        "cordillera",
        "cortes",
        "delta",
        "equateur",
        "estuaire",
        "falcon",
        "flores",
        "granma",
        "herrera",
        "isabel",
        "lakes",
        "lara",
        "leste",
        "littoral",
        "lori",
        "magdalena",
        "mara",
        "marche",
        "meta",
        "midlands",
        "mono",
        "norte",
        "ouest",
        "pool",
        "principe",
        "rivers",
        "sahel",
        "sila",
        "tanganyika",
        "tasman",
        "valle",
        "volta",
        "zaire",
        "zambezi",
        "ulster",
    ]
) | {"red sea"}  # (the sea, more often than Sudan's state)
# Names made only of these say where in any country ("North East", "Central Province",
# "West Coast"), not which country.
GENERIC_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "far",
        "upper",
        "lower",
        "middle",
        "region",
        "province",
        "state",
        "coast",
        "bank",
        "river",
        "capital",
        "national",
        "territory",
        "islands",
        "island",
    ]
)


# Indonesia's provinces carry Indonesian names ("Jawa Tengah"); the English press puts the
# compass word first and spells the islands its own way ("Central Java")
_INDONESIAN_WORDS = {
    "jawa": "java",
    "sumatera": "sumatra",
    "barat daya": "southwest",
    "barat": "west",
    "timur": "east",
    "utara": "north",
    "selatan": "south",
    "tengah": "central",
    "tenggara": "southeast",
}
_INDONESIAN_COMPASS = ("barat daya", "barat", "timur", "utara", "selatan", "tengah", "tenggara")


# ISO 3166-2 writes China's units with their kind ("Sichuan Sheng", "Xinjiang Uygur
# Zizhiqu") and South Korea's with a suffix ("Gyeonggi-do"); the press names them bare
_CHINESE_KINDS = (" uygur zizhiqu", " zhuangzu zizhiqu", " huizu zizhiqu", " zizhiqu", " sheng")


def english_form(folded: str, country: str) -> str | None:
    """The English press's name of a province named in its own language ("jawa tengah" ->
    "central java", "nusa tenggara timur" -> "east nusa tenggara", "sichuan sheng" ->
    "sichuan", "gyeonggi-do" -> "gyeonggi"), or None."""
    if country == "CN":
        for kind in _CHINESE_KINDS:
            if folded.endswith(kind):
                return folded[: -len(kind)]
        return None
    if country == "KR":
        return folded.split("-", 1)[0] if "-" in folded else None
    if country != "ID":
        return None
    for compass in _INDONESIAN_COMPASS:
        if folded.endswith(" " + compass) and folded != "nusa " + compass:
            island = folded[: -len(compass) - 1]
            return f"{_INDONESIAN_WORDS[compass]} {_INDONESIAN_WORDS.get(island, island)}"
    return None


def region_names(
    fold: Callable[[str], str],
    city_namesakes: Callable[[str], Iterable[tuple[str, int]]],
    taken: Callable[[str], bool],
) -> dict[str, str]:
    """Folded region name -> ISO country code.

    ``city_namesakes(folded)`` gives (country code, population) of the gazetteer's cities
    of that name; ``taken(folded)`` says whether the name already means something else
    (a country, a people, a common word)."""
    codes: dict[str, set[str]] = {}
    # (Indonesia's provinces sit under islands, "Geographical units" that govern nothing:
    # Aceh under Sumatera; a province of a real region, as Italy's, is not first-level)
    grouping_only = {
        unit.code for unit in pycountry.subdivisions if unit.type == "Geographical unit"
    }
    for unit in pycountry.subdivisions:
        # (Britain's and Ireland's counties too, which the press names alone: "at
        # Lincolnshire chemical works", Lincolnshire, Illinois, a village)
        british_county = unit.type in COUNTY_TYPES and unit.country_code in ("GB", "IE")
        if not british_county and (
            unit.type not in REGION_TYPES
            or (unit.parent_code is not None and unit.parent_code not in grouping_only)
        ):
            continue
        name = unit.name.split(" [", 1)[0]  # "Wales [Cymru GB-CYM]"
        if "," in name or "(" in name:
            continue  # "Buryatiya, Respublika": no English form to match
        codes.setdefault(fold(name), set()).add(unit.country_code)
        english = english_form(fold(name), unit.country_code)
        if english is not None:
            codes.setdefault(english, set()).add(unit.country_code)
    regions: dict[str, str] = {}
    for folded, countries in codes.items():
        if (
            len(countries) != 1
            or len(folded) < 4
            or folded in OTHER_SENSES
            or GENERIC_WORDS.issuperset(folded.split())
            or taken(folded)
        ):
            continue
        (code,) = countries
        if any(c == code or people >= BIG_CITY for c, people in city_namesakes(folded)):
            continue
        regions[folded] = code
    return regions


@functools.lru_cache(maxsize=1)
def _every_region(fold: Callable[[str], str]) -> dict[str, frozenset[str]]:
    codes: dict[str, set[str]] = {}
    for unit in pycountry.subdivisions:
        # (and the counties of Britain and Ireland, which the press writes after a town:
        # "Grays, Essex", "Leigh-on-Sea, Essex")
        if (unit.type in REGION_TYPES and unit.parent_code is None) or unit.type in COUNTY_TYPES:
            codes.setdefault(fold(unit.name.split(" [", 1)[0]), set()).add(unit.country_code)
    return {name: frozenset(found) for name, found in codes.items()}


def region_countries(folded: str, fold: Callable[[str], str]) -> frozenset[str]:
    """The countries with a first-level region of this name, the names ``region_names``
    leaves to a city included ("Ontario", which California's city keeps): after a city
    and a comma such a name qualifies the city ("London, Ontario")."""
    return _every_region(fold).get(folded, frozenset())
