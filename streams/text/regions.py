"""First-level regions of every country (ISO 3166-2, from the ``pycountry`` package):
"in Tasmania", "across West Bengal", "in Balochistan province" place a happening in a
state although the gazetteer, a list of cities, lacks its regions.

Only names that cannot be read otherwise join: not a country, a people or an everyday
word ("Somali", "Delta", "Central"), not a name two countries' regions share ("Punjab"),
and not a city of the region's own country or a large city elsewhere ("Kaduna", "Baghdad"
stay cities). US states come from GeoNames instead (names.py).
"""

from __future__ import annotations

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
    for unit in pycountry.subdivisions:
        if unit.parent_code is not None or unit.type not in REGION_TYPES:
            continue
        name = unit.name.split(" [", 1)[0]  # "Wales [Cymru GB-CYM]"
        if "," in name or "(" in name:
            continue  # "Buryatiya, Respublika": no English form to match
        codes.setdefault(fold(name), set()).add(unit.country_code)
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
