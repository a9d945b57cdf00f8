"""Which of the places that share a name a text means: size, the countries the dispatch
names, the name written as the place's own, capitals (for ``names`` and the venues)."""

from __future__ import annotations

import functools
import math

from streams.text.gazetteer import City, Gazetteer, fold
from streams.text.spellings import modern_ukrainian

CONTEXT_BONUS = 1.5  # a country named in the dispatch: worth a 30x bigger population
# An American town (under AMERICAN_TOWN people) this many times smaller than the largest
# place of its name gets no context bonus
NAMESAKE_RATIO = 5
AMERICAN_TOWN = 50_000
CAPITAL_BONUS = 1.0  # a country's capital, named: 10x its population
# "Petrópolis" with its accent is Brazil's city, not an old name of Saint Petersburg
ACCENTED_NAME_BONUS = 1.5
MAIN_NAME_BONUS = 0.7  # written as the place's own name, not one of its alternate names (5x)
# its own name, in a country the dispatch names, when the largest place of the name is in
# one it does not: "Netanyahu's home in Caesarea" is Israel's town of 5,000, not Kayseri
# (Caesarea of old, 270 times its size, in Turkey)
OWN_NAME_AT_HOME_BONUS = 0.5


_fold_name = functools.lru_cache(maxsize=65_536)(fold)  # names recur: fold each once


def choose_city(
    ids: tuple[int, ...], context: set[str], g: Gazetteer, surface: str | None = None
) -> City:
    """The most likely place among same-named ones: size, countries in context, own name."""
    best = g.cities[ids[0]]
    best_score = -1.0
    key = _fold_name(surface) if surface else None
    # ("Speaking in Wellington": New Zealand's capital, not the Florida town, though the
    # dispatch names the United States)
    capital_code = g.capitals.get(key) if key is not None and len(ids) > 1 else None
    accented = surface is not None and len(ids) > 1 and not surface.isascii()
    # American towns carry the names of the Old World's cities, and the United States is
    # named as an actor in most dispatches: "In Geneva" is still Switzerland's, nine times
    # the size of its largest American namesake (a city as big as St. Petersburg, Florida,
    # keeps the bonus; ids come largest first)
    floor = g.cities[ids[0]].population // NAMESAKE_RATIO
    foreign_giant = g.cities[ids[0]].country_code not in context
    for gid in ids[:25]:
        city = g.cities[gid]
        score = math.log10(city.population + 10)
        at_home = city.country_code in context and (
            city.country_code != "US" or city.population >= min(floor, AMERICAN_TOWN)
        )
        if at_home:
            score += CONTEXT_BONUS
        if key is not None:
            if _fold_name(city.name) == key:
                score += MAIN_NAME_BONUS
                # (not in the United States, named as an actor in most dispatches:
                # "Speaking in Wellington" stays New Zealand's capital)
                if at_home and foreign_giant and city.country_code != "US":
                    score += OWN_NAME_AT_HOME_BONUS
            elif city.country_code == "UA" and _fold_name(modern_ukrainian(city.name)) == key:
                score += MAIN_NAME_BONUS
        if capital_code is not None and city.country_code == capital_code:
            score += CAPITAL_BONUS
        if accented and surface == city.name:
            score += ACCENTED_NAME_BONUS
        if score > best_score:
            best, best_score = city, score
    return best
