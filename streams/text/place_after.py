"""What follows a name and tells it is no town: a valley or a river, a mountain, a
saint's church, a person's age, a second street, a longer name going on.
"""

from __future__ import annotations

import re

NATURE_AFTER_RE = re.compile(r"\s+(?:Valley|valley|River|river|Basin|basin|Delta|delta)\b")
# ("the Houthi-run Saba news agency": the agency's name, not Honduras' Saba)
# ("the Black and Azov seas", "the Aral Sea": a sea named for a town, not the town)
# ("an RAF Hercules transport plane crashed": the aircraft's name)
MOUNTAIN_AFTER_RE = re.compile(
    r"\s+(?:[Mm]ountains?|[Vv]olcano|news\s+agency|[Ss]eas?"
    # ("a Black Hawk helicopter": a helicopter named like a town)
    r"|(?:transport|cargo|military)\s+(?:plane|aircraft|jet|helicopter)|helicopters?|aircraft"
    # ("commander of the Quetta corps": an army unit named for its base)
    r"|corps)\b"
)
REGION_OF_TOWN_RE = re.compile(
    r"\s+(?:town|village)\b(?!\s+(?:hall|council|square|centre|center|of)\b)"
)


# What a saint's name with "'s" names: "St John's Regional Medical Center", "St Mark's Square"
SAINTS_HOUSE_AFTER_RE = re.compile(
    # (the house's word in either case: "St Peter's Lutheran church")
    r" (?:[A-Z][a-z]+ ){0,2}(?i:hospital|church|cathedral|medical|college|school|university|"
    r"abbey|chapel|basilica|square|park|academy|hall)\b"
)
# A first name a place shares, then the rest of the name and an age: "Jordan Inti Sotelo, 24"
PERSON_AGE_AFTER_RE = re.compile(
    r"(?: (?!(?:Oblast|Region|Province|State|County|District|City|Governorate|Prefecture)\b)"
    r"[A-Z][a-z]+){1,2}, \d{1,3}\b(?!,\d| ?%)"
)
# "at the intersection of Florence and Normandie avenues": two streets, not a city
STREET_PAIR_AFTER_RE = re.compile(
    r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:avenues|streets|roads|boulevards)\b"
)
# A capitalised word after a province's name that is not a region's noun continues a
# longer name.
NAME_GOES_ON_RE = re.compile(
    r" (?!(?:Province|State|Region|Governorate|Department|Prefecture|Territory)\b)[A-Z][a-z]"
)
