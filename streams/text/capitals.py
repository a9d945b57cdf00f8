"""The capital a text names without naming it: "the Somali capital", "meeting in
Luxembourg" (a state named like its capital).
"""

from __future__ import annotations

import re

from streams.text.actors import DEMONYMS
from streams.text.gazetteer import Gazetteer
from streams.text.model import Place
from streams.text.spellings import display_name

# "the Hayat Hotel in the Somali capital": a state's capital named by its people
CAPITAL_OF_RE = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+capital\b(?!['’]s\s+(?:forces|army))")


def capital_named(text: str, g: Gazetteer) -> Place | None:
    """The city of "the Somali capital", "the Ukrainian capital" (None if unknown)."""
    found = CAPITAL_OF_RE.search(text) if "capital" in text else None
    if found is None:
        return None
    code = DEMONYMS.get(found.group(1).lower())
    return capital_place(code, g) if code is not None else None


def capital_place(code: str, g: Gazetteer) -> Place | None:
    """The capital city of a country code (None if the gazetteer has none)."""
    for folded, capital_code in g.capitals.items():
        if capital_code == code:
            ids = [i for i in g.lookup(folded) if g.cities[i].country_code == code]
            if ids:
                city = g.cities[ids[0]]
                return Place(
                    display_name(city, city.name),
                    g.country_name(code),
                    city.lat,
                    city.lon,
                    city.geonames_id,
                )
    return None
