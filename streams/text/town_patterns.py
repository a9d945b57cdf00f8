"""Patterns of towns the gazetteer may lack, named by how a report tells them ("a
day-care centre in Uthai Sawan", "Seytenga, a commune in Seno province", "a strike on
Adshit"), and the words after "in" that name none (venues.py reads them)."""

from __future__ import annotations

import re

from streams.text.date_patterns import MONTHS, WEEKDAYS
from streams.text.lexicon import words
from streams.text.word_starts import compile_at_words

# Capitalised words after "in" that name no town
NOT_A_TOWN = words(
    " ".join(MONTHS)
    + " "
    + " ".join(WEEKDAYS)
    + " europe africa asia america americas middle east west north south central eastern"
    " western northern southern parliament congress court english arabic russian ukrainian"
)
# A town's name after an attack's verb, or after a building where people gather ("a
# day-care centre in Uthai Sawan"); one or two capitalised words, not a region's
UNKNOWN_TOWN_RE = compile_at_words(
    # ("set fire to a parish house in Kafin-Koro")
    r"\b(?:(?:(?:stormed|struck|hit|attacked|shelled|raided|torched|set\s+fire\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,6}?"
    # "was shot dead on Friday during a protest against settlement expansion in Beita"
    r"|(?:shot\s+dead|killed)\s+(?:[\w'’-]+\s+){0,8}?"
    r"|(?:centre|center|school|nursery|kindergarten|hospital|market|mosque|church|temple|camp|"
    r"synagogue|station|hotel|nightclub|mall|factory|prison|depot|warehouse|plant|refinery|"
    # ("an Israeli strike on a building in Ain el-Delb, east of Sidon")
    r"building|house|home|apartment)\s+"
    # ("a camp for displaced people in Dedebit")
    r"(?:for\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+)?)in"
    # "opened fire on residents of Pont-Sonde": the people attacked where they live
    r"|(?:fire\s+on|attacked|killed|massacred)\s+(?:the\s+)?(?:residents|villagers)\s+of"
    # "the attack on the army camp at Chinagodrar", "on their post at Inata"
    r"|(?:camp|base|post|outpost|barracks|garrison|airstrip|airfield|checkpoint|area)\s+at)"
    # (a state's possessive may vouch for it: "an emergency centre in Lebanon's Hebbariyeh")
    r"\s+(?:[A-Z][a-z]+['’]s\s+)?"
    # ("a market in Tayaran Square": a square of the city, no town)
    # ("tents sheltering displaced families in al-Mawasi")
    r"((?:al-|el-)?[A-Z][a-z]{3,}(?:-[A-Z][a-z]+|\s(?:al|el|ad|ash|as|an|ar|az)-[A-Z][a-z]+"
    r"|\s(?!(?:Square|Street|Road|Avenue|Bridge|Park)\b)"
    r"[A-Z][a-z]{2,}(?=[\s,.;]|$))?"
    r"|(?:Ain|Kfar|Beit|Deir|Tel|Khirbet|Bint|Majdal|Kafr)\s+(?:(?:el|al|ad|ash|as|an)-)?[A-Z][a-z]+)\b"
    r"(?!\s+(?:region|province|district|state|county|area|areas|regions|districts|governorate|oblast|"
    r"Square|Street|Road|"
    r"Avenue|Bridge|Park)\b)"
    # ("hit 13 targets in Houthi-held areas": who holds them, no town)
    r"(?!-(?:held|controlled|run|led|backed|based|occupied|linked)\b)"
    # ("in Iran's Sistan-Baluchestan province": a longer name)
    r"(?!-[A-Z])"
)


# "In Touline, a strike on a house killed five people": a report led by a place of its own
# that the gazetteer lacks
LEAD_TOWN_RE = re.compile(r"In\s+([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?),\s")
# "in the Ramot neighbourhood of Jerusalem": a part of the city named after it
PART_OF_CITY_AFTER_RE = re.compile(
    # ("in the Wadi Kabir area of Muscat": the first word of a two-word name too)
    r"(?:\s+[A-Z][\w'’-]+)?\s+(?:neighbourhood|neighborhood|district|suburb|quarter|area)\s+of\s+[A-Z]"
    # ("in Streatham, south London": a part of the city named with its side of it)
    r"|,\s+(?:north|south|east|west|central|north-east|north-west|south-east|south-west)\s+[A-Z]"
    # ("the Stardust ballroom in Artane, on the north side of Dublin"; not "Irpin, on the
    # north-western edge of Kyiv", a town of its own)
    r"|,?\s+on\s+the\s+(?:[a-z-]+\s+)?side\s+of\s+[A-Z]"
)
# "Alma al-Shaab": a town read is the head of a longer name
# ("Santo Domingo de los Tsachilas": not the Dominican capital)
LONGER_NAME_AFTER_RE = re.compile(
    r"\s+(?:al|el|ad|ash|as|an|ar|az)-[A-Z]|\s+(?:de|del|do|da|dos|das)\s+(?:(?:los|las|la)\s+)?[A-Z]"
)
TWO_SITES_RE = re.compile(
    r"\bin\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+(?:region|province|oblast|governorate|state|district))?\s+and\s+(?:the|a|an)\s+"
    r"[^,.;]{1,50}?\s+in\s+(?:the\s+)?[A-Z]"
)
OWNER_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)['’]s\s+$")
# "Gunmen attacked Seytenga, a commune in Seno province", "seized Bunagana, a town on the
# border with Uganda": a place the gazetteer lacks, said to be a town
APPOSED_TOWN_RE = re.compile(
    # ("attacked Zamzam, a sprawling displacement camp")
    # ("in Alma al-Shaab, a village in south Lebanon": the name with its article)
    # ("struck Kencho Shacha Gozdi, a remote village": a name of up to three words)
    # (not a preposition opening the sentence: "In Khakassia, in southern Siberia")
    r"\b(?!(?:In|At|On|Near|From|Outside|Inside|Across|After|Before|By|For|With|And|But|The)\s)"
    r"((?:[A-Z][a-z]+\s+(?:al|el|ad|ash|as|an|ar|az)-|(?:[A-Z][a-z]+\s+){1,2}|Al-)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Meanwhile|Elsewhere|"
    r"Separately|Earlier|Later|Overnight)\b)[A-Z][a-z]{3,}"
    # (not a site: "at Evergreen High School, west of Denver")
    r"(?:-[A-Z][a-z]+)?)(?<!School)(?<!University)(?<!College)(?<!Hospital)(?<!Stadium)"
    r"(?<!Airport)(?<!Mall),\s+(?:a\s+(?:[a-z]+\s+){0,2}?"
    r"(?:town|village|commune|settlement|city|camp)\b"
    # "entered Macomia, in Cabo Delgado province", "attacked Al-Sireha, north of Wad Madani"
    r"|in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:province|state|region|district|county)\b"
    # "collided at Tempi, in central Greece": a part of a country named after it
    r"|in\s+(?:central|(?:north|south)?-?(?:east|west)?ern)\s+[A-Z][a-z]+(?=[\s,.;]|$)"
    r"|(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of\s+[A-Z]"
    # "at Zabarmari, about 20 km from the Borno state capital Maiduguri"
    r"|(?:about|some|around|roughly|nearly)?\s*\d+\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:[a-z-]+\s+)?(?:from|of|outside)\b)"
)
# "A strike on Adshit destroyed a building": the place struck (not "confirmed the strike on
# Pazigyi", which tells again what was told)
STRIKE_ON_TOWN_RE = compile_at_words(
    r"(?<![Tt]he\s)(?<![Tt]he\sair\s)\b(?:strike|strikes|airstrike|air\s+strike|attack|attacks|raid|"
    r"shelling|bombing)\s+on\s+"
    r"([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z]|['’])"
)
SITE_AFTER_RE = re.compile(
    r"\s+(?:beach|hotel|restaurant|cafe|café|street|road|avenue|square|neighbourhood|neighborhood|"
    r"quarter|suburb|district)\b"
)


# A happening named for its town: "the Kramatorsk missile strike", "the Dnipro attack"
HAPPENING_AFTER_TOWN_RE = re.compile(
    r"\s+(?:(?:missile|drone|rocket|air|car|bomb|suicide)\s+)?"
    r"(?:strike|attack|bombing|shelling|blast|raid|explosion)\b"
)


# What follows a town, or sits between towns, in a report of where it happened
SITE_NAMED_AFTER_RE = re.compile(
    r"\s+(?:[Bb]ridge|[Ss]treet|[Rr]oad|[Aa]venue|[Ss]quare|[Ss]tation)\b"
)
MORE_PLACES_AFTER_RE = re.compile(
    # "strikes Kyiv and western Ukraine": a city and a part of a country
    r"\s+and\s+(?:the\s+)?(?:western|eastern|northern|southern|central)\s+[A-Z]"
    # "aiming at Kyiv and at energy facilities in the western Lviv region"
    r"|\s+and\s+(?:at|on)\s+(?:[\w'’-]+\s+){1,5}?in\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]"
    r"|,?\s+and\s+(?:\w+\s+){0,2}(?:cities|towns|regions|villages|areas)\b"
    # (not its own outskirts: "pounded Khan Yunis and the areas east of the city")
    r"(?!\s+(?:\w+\s+){0,2}of\s+(?:the\s+)?(?:city|town)\b)"
    # "a salvo at Haifa and its northern suburbs", "at Kyiv and the surrounding region"
    r"|\s+and\s+(?:its|the)\s+(?:[a-z]+\s+)?(?:suburbs|outskirts|surroundings|"
    r"surrounding\s+(?:area|region|villages|towns))\b"
    # "in Pokrovsk and nearby village", "and the nearby village of Rivne"
    r"|\s+and\s+(?:a\s+|the\s+)?nearby\s+(?:village|town|settlement)\b"
    # "strikes on Sanaa, the northern Saada region and other areas"
    r"|,\s+(?:[\w'’-]+\s+){1,5}?and\s+other\s+(?:\w+\s+)?(?:cities|towns|regions|villages|areas)\b"
)
LIST_CHAIN_RE = re.compile(r"^(?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+\s*,?\s+and\s+$")
THE_REGION_RE = re.compile(r"\b(?:on|in|across|hit)\s+the\s+(?:border\s+)?region\b")
NUCLEAR_PLANT_AFTER_RE = re.compile(
    # ("Russian drone hits Chernobyl reactor shelter": the plant, miles from the town)
    r"\s+(?:(?:nuclear|atomic)\s+(?:power\s+)?(?:plant|station)|(?:nuclear\s+)?reactor)\b"
)
# "Luhansk governor Serhiy Haidai said", "Colima's governor Indira Vizcaino said": a
# region's governor who speaks
GOVERNOR_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:regional\s+)?governor\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:later\s+)?"
    r"(?:said|says|told|reported|wrote)\b"
)
# "damaged an apartment building in the Russian city": the governor's own city told again
_THE_CITY_RE = re.compile(r"\bthe\s+(?:[A-Z][a-z]+\s+)?city\b(?!\s+of\b)")


def governor_speaks(text: str, end: int) -> bool:
    """Is the city ending at ``end`` only the name of a region's governor who speaks, the
    line placing nothing in the city itself?"""
    return GOVERNOR_AFTER_RE.match(text, end) is not None and _THE_CITY_RE.search(text) is None
