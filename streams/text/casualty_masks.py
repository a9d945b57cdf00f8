"""What reads like a casualty figure but is none ("a 48-year-old man", "a magnitude 5.6
earthquake", "September 9", "wounded servicemen handed over"), and the reports that no
one was hurt: the masks and zero reports of ``casualties.extract_casualties``, on
lower-cased text."""

from __future__ import annotations

import re

from streams.text.casualty_patterns import FLAGS, NUM
from streams.text.casualty_people import AGE_BETWEEN_COMMAS_RE, PERSON_AGE_RE
from streams.text.date_patterns import MONTHS
from streams.text.lexicon import contains_any

AGE_RE = re.compile(
    # "aged 8, 12 and 17": every age of a list
    rf"\b(?:{NUM})[- ](?:year|month|week|day)s?[- ]olds?\b"
    rf"|\baged\s+(?:between\s+|from\s+)?{NUM}(?:\s*(?:,|and|or|to|-)\s*{NUM})*",
    FLAGS,
)
# "a magnitude 5.6 earthquake ... killed two", "a 6.8 quake": a quake's size, not a count
MAGNITUDE_RE = re.compile(
    r"\bmagnitude[\s-]+(?:of\s+)?\d+(?:\.\d+)?\b|\b\d+(?:\.\d+)?[\s-]+magnitude\b"
    r"|\b\d\.\d(?=\s+(?:quake|earthquake|tremor)\b)"
)
# "two Border Police officers, both 19, were shot dead": their one age, not a count
# (", also 15,": "a girl died and a boy, also 15, was injured")
BOTH_AGED_RE = re.compile(r",\s+(?:both|also)\s+(?:aged\s+)?\d{1,2},")
# the words before "of" AGE_OF_RE needs (a cheap test before it)
AGE_OF_WORDS = (
    "man of ",
    "boy of ",
    "girl of ",
    "person of ",
    "pensioner of ",
    "resident of ",
    "civilian of ",
)
# "a woman of about 46 was found dead": an age after "of", not a count
AGE_OF_RE = re.compile(
    r"\b(man|woman|boy|girl|person|pensioner|resident|civilian)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?\d{1,3}\b"
    r"(?!\s*(?:,\d|%|people|persons|others|other|civilians|soldiers|victims|dead|killed|injured))"
)
NOBODY_HURT = re.compile(
    r"\b(?:no\s+one|nobody|no-one|no\s+(?:peacekeepers|soldiers|civilians|passengers|crew|"
    r"crew\s+members|staff|residents|people))"
    # ("no one aboard was hurt", "no one on board was injured")
    r"(?:\s+(?:aboard|on\s+board|inside))?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:reported\s+)?(?:hurt|injured|harmed|wounded)"
    r"|\bno\s+(?:casualties|victims)\b|\bwithout\s+(?:casualties|victims)\b"
    r"|\bno\s+one\s+was\s+(?:killed|hurt)\s+or\s+(?:injured|hurt|wounded)"
    # a headline drops the verb: "Drone strike hits airport perimeter; no one hurt"
    r"|[;,:]\s+(?:no\s+one|nobody|no-one)\s+(?:hurt|injured|harmed)\s*$",
    FLAGS,
)
NOBODY_KILLED = re.compile(
    # ("no one was reported killed")
    r"\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+(?:reported\s+)?killed"
    r"|\bno\s+(?:deaths|fatalities)\b|\bno\s+one\s+died\b|\bno\s+one\s+was\s+killed\b"
    # "a quake in September that caused widespread damage but killed no one"
    r"|\b(?:killed|killing|kills)\s+(?:no\s+one|nobody|no-one)\b",
    FLAGS,
)
NO_INJURIES = re.compile(
    # ("one man was killed ... and no one else was hurt")
    r"\bno\s+(?:injuries|injured)\b|\b(?:no\s+one|nobody)\s+else\s+(?:was|were)\s+(?:hurt|injured|wounded)\b",
    FLAGS,
)
NO_ONE = re.compile(
    # ("None of the six people on board was hurt": no one, whatever their number)
    rf"\b(?:no\s+one|no-one|nobody|none\s+of\s+the\s+(?:{NUM})(?:\s+(?!was\b|were\b)[a-z]+){{0,3}})\b",
    FLAGS,
)
# "22 seriously wounded servicemen whom Moscow handed over": prisoners traded, not hit
SWAPPED_WOUNDED_RE = re.compile(
    r"\b(?:wounded|injured)\s+(?:[a-z]+\s+)?(?:servicemen|soldiers|prisoners|captives|pows|troops)"
    r"\b[^.;]{0,60}?\b(?:handed\s+over|exchanged|swapped|returned|released|transferred|"
    r"freed|came\s+home|come\s+home)\b"
    r"|\b(?:handed\s+over|exchanged|swapped|returned|released|transferred|freed)\s+"
    r"(?:\d[\d,]*\s+|[a-z]+\s+){0,3}(?:wounded|injured)\s+(?:[a-z]+\s+)?"
    r"(?:servicemen|soldiers|prisoners|captives|pows|troops)\b"
)
# "fighting that erupted on September 9 has left scores dead": a day of a month, no count
_MONTHS = "|".join(MONTHS)
MONTH_DAY_RE = re.compile(
    rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s+(?:people|others|of))"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"
    # "a car bomb in August 2003 that killed 12 people": the year, no count
    rf"|\b(?:{_MONTHS})\s+(?:19|20)\d\d\b"
)
MONTH_WORDS = MONTHS
# "Of those hurt, 18 were still in a serious condition": a part of a toll told before
SUBSET_LEAD_RE = re.compile(
    r"^(?:of|among)\s+(?:those|the)\s+(?:hurt|injured|wounded|dead|killed)\b[^.;]*"
)


# "Four unarmed UN observers, from Austria, Canada, China and Finland, were killed", "31
# US servicemen, 30 Marines and a Navy sailor, were killed": an aside between a count and
# its verb (its parts are the count's subsets, never added)
_HURT_WORD = r"\b(?:died|killed|dead|wounded|injured|hurt)\b"
COUNT_ASIDE_RE = re.compile(
    rf"(\b(?:{NUM})\s+(?:(?!{_HURT_WORD})[\w'-]+\s+){{0,3}}?(?!{_HURT_WORD})[\w'-]+)"
    rf"(,\s(?:(?!{_HURT_WORD})[^;.]){{3,160}}?,)"
    r"(?=\s+(?:(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|shot\s+dead)|died)\b)",
    FLAGS,
)
COUNT_ASIDE_VERBS = (", were ", ", have been ", ", had been ", ", died")


def _blank_aside(match: re.Match[str]) -> str:
    return match.group(1) + " " * len(match.group(2))


def mask_non_counts(lower: str) -> str:
    """The lower-cased text with what only looks like a count blanked: ages, magnitudes,
    days of a month, a subset's lead, "one family"."""
    # AGE_RE cannot match without "old" or "aged"
    masked = (
        # ("Two women, aged 47 and 59, were wounded": the ages set off by commas go whole)
        AGE_RE.sub(" agemask ", lower).replace(",  agemask ,", "   agemask  ")
        if ("year" in lower or "aged" in lower) and ("old" in lower or "aged" in lower)
        else lower
    )
    if ", " in masked and AGE_BETWEEN_COMMAS_RE.search(masked) is not None:
        masked = PERSON_AGE_RE.sub(r"\1", masked)  # ("schoolgirl, 15, stabbed to death")
    if ", both " in masked or ", also " in masked:
        masked = BOTH_AGED_RE.sub(" ", masked)  # "two officers, both 19, were shot dead"
    if "magnitude" in masked or "quake" in masked or "tremor" in masked:
        masked = MAGNITUDE_RE.sub(" magnitude ", masked)
    if " of " in masked and contains_any(masked, AGE_OF_WORDS):
        masked = AGE_OF_RE.sub(r"\1 of agemask", masked)
    if contains_any(masked, MONTH_WORDS) and MONTH_DAY_RE.search(masked) is not None:
        masked = MONTH_DAY_RE.sub(" datemask ", masked)
    if masked.startswith(("of ", "among ")) and (lead := SUBSET_LEAD_RE.match(masked)):
        masked = " " * lead.end() + masked[lead.end() :]
    if contains_any(masked, COUNT_ASIDE_VERBS):
        masked = COUNT_ASIDE_RE.sub(_blank_aside, masked)
    if "one family" in masked:
        masked = masked.replace("one family", "a family")  # "three members of one family"
    return masked
