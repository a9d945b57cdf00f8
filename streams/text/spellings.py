"""Spellings of a place's name: Ukraine's official transliteration of GeoNames' names,
the names the news still uses after a renaming, and Arabic names written with another
form of the article ("Deir el-Balah" for GeoNames' "Dayr al Balah").
"""

from __future__ import annotations

import functools
import re

from streams.text.gazetteer import City, fold

_UA_RULES = [
    (re.compile(r"(?<=[a-z])ya"), "ia"),
    (re.compile(r"(?<=[a-z])yu"), "iu"),
    (re.compile(r"(?<=[a-z])ye"), "ie"),
    # BGN's "yi" for the letter ї (Kyyiv -> Kyiv) stands before a consonant; before a vowel
    # it is "y" plus an official "ia" / "iu" / "ie" (Kolomyia) and stays
    (re.compile(r"(?<=[a-z])yi(?=[b-df-hj-np-tv-z])"), "i"),
    (re.compile(r"yy\b"), "yi"),
    # the letter й after a vowel: BGN "y", official "i" (Hulyaypole -> Huliaipole)
    (re.compile(r"(?<=[aeiou])y(?![aeiou])"), "i"),
]


@functools.lru_cache(maxsize=4096)  # one gazetteer name -> one spelling: six regexes once
def modern_ukrainian(name: str) -> str:
    """GeoNames' BGN/PCGN spelling -> Ukraine's official one: Mykolayiv -> Mykolaiv."""
    out = re.sub(r"['’ʼ]", "", name)
    for pattern, repl in _UA_RULES:
        out = pattern.sub(repl, out)
    return out


# GeoNames' names that the news does not use (yet): the renaming the gazetteer records is
# not the name every report and every labeler writes
# (the 2024 renamings: Krasnohrad is Berestyn, Pervomaiskyi Zlatopil, Yuzhnoukrainsk
# Pivdennoukrainsk and Chervonohrad Sheptytskyi only since September 2024)
NEWS_NAMES = {
    "Siverskodonetsk": "Sievierodonetsk",
    "Samar": "Novomoskovsk",
    "Berestyn": "Krasnohrad",
    "Zlatopil": "Pervomaiskyi",
    "Pivdennoukrainsk": "Yuzhnoukrainsk",
    "Sheptytskyi": "Chervonohrad",
}


def display_name(city: City, surface: str) -> str:
    """Canonical English name: official spelling in Ukraine, the written form elsewhere."""
    if city.country_code == "UA":
        name = modern_ukrainian(city.name)
        return NEWS_NAMES.get(name, name)
    return surface


_VOWELS_AND_GAPS = re.compile(r"[aeiouy\s'’‘ʼ-]")


def same_transliteration(name: str, surface: str) -> bool:
    """Are two spellings of an Arabic name with its article ("Deir el-Balah") one town,
    differing only in vowels and the article's form (GeoNames' "Dayr al Balah")?"""
    if "-" in surface and _ARTICLE_IN_RE.search(surface) is not None:
        return _VOWELS_AND_GAPS.sub("", fold(name)) == _VOWELS_AND_GAPS.sub("", fold(surface))
    # two words with no article too ("Beit Hanoun", GeoNames' "Bayt Hanun"), when enough
    # consonants remain not to meet by chance
    if " " not in surface or " " not in name:
        return False
    skeleton = _VOWELS_AND_GAPS.sub("", fold(surface))
    return len(skeleton) >= 5 and skeleton == _VOWELS_AND_GAPS.sub("", fold(name))


_ARTICLE_IN_RE = re.compile(r"\b[ae][lndrstz]-")
