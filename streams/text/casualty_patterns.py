"""The patterns behind ``casualties.extract_casualties``, on lower-cased text.

Every figure pattern captures its number as ``n``; the guards list the words a
pattern cannot match without, so that a cheap substring test can rule it out.
"""

from __future__ import annotations

import re

from streams.text.dates import MONTHS
from streams.text.lexicon import trie_alternation
from streams.text.numbers import NUMBER_SOURCE

NUM = NUMBER_SOURCE
# Quantifiers that leave the figure as is ("at least 16" -> 16).
QUANT = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|as\s+many\s+as"
    r"|roughly|approximately|an\s+estimated|a\s+total\s+of|another|a\s+further|further|all)\s+)?"
)
KILL_AFTER = (
    r"(?:killed|dead|died|die|drowned|deaths|fatalities|lost\s+(?:their|his|her)\s+lives|bodies|"
    r"were\s+slain|perished|stabbed\s+to\s+death|burned\s+to\s+death)"
)
INJ_AFTER = (
    r"(?:injured|wounded|hurt|injuries|in\s+hospital|hospitali[sz]ed|in\s+a\s+serious\s+condition"
    r"|treated\s+for\s+(?:wounds|injuries)|wounds|(?:taken|admitted|rushed)\s+to\s+(?:a\s+)?hospitals?)"
)
# A gap word between a number and its verb: not a number, not another casualty word.
_GAP_WORD = (
    # ("and" may join words of one noun phrase, "serving with UN and African forces", but
    # not a second count or casualty word: "five militants and wounded two")
    rf"(?!(?:{NUM}|killed|dead|died|dies|dying|injured|wounded|hurt|including|among|dozens|scores|"
    rf"hundreds|thousands|several|"
    rf"and\s+(?:{NUM}|killed|killing|dead|died|injured|injuring|wounded|wounding|hurt|left|leaving)"
    rf"|but|while)\b)"
    # ("19 members of the 128th mountain assault brigade were killed": an ordinal names)
    r"(?:[a-z][\w'’-]*|\d+(?:st|nd|rd|th)\b)"
)
GAP = rf"(?:\s+{_GAP_WORD}){{0,8}}?"
# "firing more than 500 drones and missiles in a night that killed two": what was fired is
# counted, not the dead
NOT_WEAPONS = (
    r"(?!\s+(?:[a-z-]+\s+)?(?:drones?|missiles?|rockets?|shells?|bombs?|munitions|projectiles|"
    r"shahed|shaheds)\b)"
)

FLAGS = 0  # patterns run on lower-cased text: much faster than IGNORECASE

KILL_PATTERNS = [
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_WEAPONS}{GAP}\s+(?:(?:have|had)\s+been\s+|have\s+|had\s+)?"
        rf"{KILL_AFTER}\b",
        FLAGS,
    ),
    re.compile(
        rf"\b(?:killed|killing|kills|kill|shot\s+dead|shoot\s+dead|shoots\s+dead|"
        # ("killing the three commanders")
        rf"claimed\s+the\s+lives\s+of|leaving)\s+(?:the\s+)?"
        rf"{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+|others\s+)?(?:injured|wounded|hurt))",
        FLAGS,
    ),
    re.compile(
        r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|victims|"
        # "put the number of police officers killed at 13"
        r"(?:[a-z]+\s+){1,2}killed))\b"
        rf"(?:\s+[\w'’-]+){{0,14}}?\s+(?:to|at|reached|reaches|stood\s+at|of|hit|passed|passes|exceeded|exceeds|topped|tops|"
        rf"surpassed|surpasses|past|above)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:injured|wounded|hurt))",
        FLAGS,
    ),
]
# "11 people, including three children, had been killed"
# "12 people, two of them children, had been killed"
SUBSET_AFTER = (
    # (a longer noun phrase first: "13 foreign soldiers serving with UN forces, nine of them")
    rf"(?:(?:\s+{_GAP_WORD}){{0,10}}?,\s+(?:including|among\s+them|among\s+whom|of\s+whom|"
    r"(?:(?:over|more\s+than|at\s+least|about|some|nearly)\s+)?[a-z0-9,]+\s+of\s+them"
    # "Three civilians, two men and a woman, were killed": the group told by its members
    rf"|(?:{NUM})\s+(?:men|women|boys|girls|children|adults|soldiers|civilians)\s+and\s"
    # "two people, an 80-year-old woman and her granddaughter, were killed"
    r"|(?:a|an|agemask|correspondent|journalist|reporter|cameraman|photographer)\s+[^,;.|]{1,50}?\s+and\s)"
    r"[^,;.|]{0,60},"
    # "three people including a 14-year-old girl were wounded" (no commas)
    r"|(?:\s+[a-z]+)?\s+including\s+[^,;.|]{1,40}?(?=\s+(?:were|was|had|have)\s))"
)
KILL_PATTERNS.append(
    re.compile(rf"\b(?:claimed|claiming|cost)\s+{QUANT}(?P<n>{NUM})\s+(?:more\s+)?lives\b")
)
KILL_PATTERNS.append(
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_WEAPONS}{SUBSET_AFTER}{GAP}\s+(?:have\s+|had\s+)?"
        rf"(?:been\s+)?{KILL_AFTER}\b"
    )
)
# "killed senior official X and six other people" -> 1 + 6
KILLED_ONE_AND_OTHERS = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?P<who>[^.;,|]{{1,60}}?)\s+and\s+(?P<n>{NUM})\s+others?\b"
)
# Two counted groups of one kind, neither a subset of the other: "killing 19 children and two
# teachers" -> 21. A general noun ("people", "others") first is a total, not a group.
GROUP = trie_alternation(
    "children|teachers|soldiers|civilians|women|men|students|workers|officers|policemen|"
    "police officers|firefighters|rescuers|journalists|medics|paramedics|passengers|pilgrims|"
    "worshippers|tourists|troops|servicemen|guards|staff|employees|volunteers|residents|girls|"
    "boys|adults|crew members|doctors|nurses|police|pupils|schoolchildren|members|gunmen|"
    "militants|fighters|rebels|attackers|suspects"
)
# "eight pupils and a guard": a second group of one
ONE_OF_GROUP = trie_alternation(
    "child|teacher|soldier|civilian|woman|man|student|worker|officer|policeman|"
    "police officer|firefighter|rescuer|journalist|medic|paramedic|passenger|guard|"
    "volunteer|resident|girl|boy|adult|doctor|nurse|pupil|driver|contractor"
)
_TWO_GROUPS = (
    rf"{QUANT}(?P<a>{NUM})\s+(?:[a-z-]+\s+){{0,2}}{GROUP}\s+and\s+"
    # (the second group may take two words before its noun: "19 suspected gang members")
    rf"(?:{QUANT}(?P<b>{NUM})\s+(?:[a-z-]+\s+){{0,2}}{GROUP}"
    rf"|(?:a|an|one|another)\s+(?:[a-z-]+\s+)?{ONE_OF_GROUP})\b"
)


def _group_patterns(
    active: str, passive: str, intransitive: str = ""
) -> tuple[re.Pattern[str], ...]:
    patterns = [
        re.compile(rf"\b(?:{active})\s+{_TWO_GROUPS}"),
        re.compile(
            rf"(?<![\w$€£./-]){_TWO_GROUPS}\s+(?:were|had\s+been|have\s+been)\s+(?:{passive})\b"
        ),
    ]
    if intransitive:  # "Ten soldiers and 19 suspected gang members died"
        patterns.append(re.compile(rf"(?<![\w$€£./-]){_TWO_GROUPS}\s+(?:{intransitive})\b"))
    return tuple(patterns)


GROUPS_KILLED = _group_patterns(
    r"killed|killing|kills|kill", r"killed|shot\s+dead", intransitive=r"died|perished"
)
GROUPS_INJURED = _group_patterns(
    r"injuring|wounding|injured|wounded|injures|wounds|stabbed|stabbing",
    r"injured|wounded|hurt|stabbed",
)
INJ_PATTERNS = [
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_WEAPONS}{GAP}\s+(?:have\s+been\s+|had\s+been\s+)?{INJ_AFTER}"
        # ("seven more of the wounded had died": dead, not hurt)
        r"(?!\s+(?:had\s+|have\s+|later\s+)?(?:died|succumbed))",
        FLAGS,
    ),
    re.compile(
        rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurting|hurt)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:killed|dead))",
        FLAGS,
    ),
    re.compile(
        r"\bnumber\s+of\s+(?:injured|wounded|people\s+injured|people\s+wounded|injuries)\b"
        rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:to|at|reached|stood\s+at|of|hit|passed|exceeded|topped)\s+"
        rf"{QUANT}(?P<n>{NUM})\b",
        FLAGS,
    ),
]
# One person, no number: "a 43-year-old woman was killed", "killing a civilian".
PERSON = trie_alternation(
    "man|woman|person|civilian|child|girl|boy|soldier|resident|driver|teenager|journalist|"
    "paramedic|policeman|police officer|officer|worker|volunteer|pensioner|farmer|guard|student|"
    "medic|doctor|nurse|rescuer|firefighter|mother|father|daughter|son|wife|husband|brother|"
    "sister|baby|infant|grandmother|grandfather|bystander|passer-by|employee|reporter|"
    "photographer|cameraman|paramedic|teacher|priest|pilot|sailor|fisherman|shepherd|passenger|"
    "adviser|advisor|aide|official|diplomat|contractor|staffer|interpreter|engineer|lawyer|"
    "tourist|gunman|attacker|assailant|shooter|bomber|spectator|assistant|general|commander|"
    "author|writer|novelist|activist|politician|candidate|mayor|lawmaker|judge|magnate|tycoon|"
    "businessman|businesswoman|founder|oligarch|airman|serviceman|servicewoman|marine|sergeant|"
    "member|crew member|survivor|citizen|protester|demonstrator|worshipper|pilgrim|migrant|"
    "hostage|patient|pedestrian|shopkeeper|vendor|attendant|flight attendant|steward|stewardess|"
    "reservist|conscript"
)
INJ_PATTERNS.append(
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_WEAPONS}{SUBSET_AFTER}{GAP}\s+(?:have\s+|had\s+)?"
        rf"(?:been\s+)?{INJ_AFTER}"
    )
)
# "Two crew members were pulled alive from the tail section and taken to hospital": the
# hospital after what happened to them (no number or casualty word between)
INJ_PATTERNS.append(
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b(?:\s+{_GAP_WORD}){{0,10}}?\s+and\s+"
        r"(?:taken|rushed|admitted)\s+to\s+(?:a\s+)?hospitals?\b",
        FLAGS,
    )
)
# Two people named one by one: "killed a woman and her daughter".
PAIR_KILLED = re.compile(
    rf"\b(?:killed|killing|kills)\s+(?:a|an|the|its|his|her|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}"
    # (the first may be named: "killing its commander Mushtaq Talib al-Saidi and an aide")
    rf"{PERSON}(?:\s+[a-z][a-z'’-]*){{0,4}}?\s+and\s+"
    rf"(?:a|an|the|her|his|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
)
SINGLE_KILLED = [
    re.compile(
        # "a 43-year-old woman was killed", "the gunman, a 20-year-old man, was shot dead",
        # "his father was found dead"
        rf"\b(?:a|an|the|his|her|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
        # (not the speaker of another's fate: "the mayor said nobody was killed")
        rf"(?:\s+(?!said\b|says\b|nobody\b)[\w'’-]+){{0,4}}?"
        r",?\s+(?:was|has\s+been|had\s+been)\s+"
        r"(?:killed|shot\s+dead|found\s+dead|(?:stabbed|burned|burnt|beaten)\s+to\s+death)\b",
        FLAGS,
    ),
    re.compile(
        # "killing the driver": one named by role, as with "a"
        rf"\b(?:killed|killing|kills)\s+(?:a|an|the)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
        # not the first of a group: "the driver and four passengers"
        r"(?!\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many)\b)",
        FLAGS,
    ),
    re.compile(r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+)?died\b", FLAGS),
    # "dropped explosives on an elderly man riding a bicycle, killing him": one person
    re.compile(r"\b(?:killing|killed)\s+(?:him|her)\b", FLAGS),
    # "A US airman who set himself on fire ... has died of his injuries": one named by role
    re.compile(
        rf"\b(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}{PERSON}\b[^.;|]{{0,100}}?\s+(?:has|had)\s+"
        r"(?:since\s+|later\s+)?died\b"
        # "a man who had been at the protest ... died after inhaling tear gas" (no one
        # else between: not "a man and two children died", not "the mayor said ... died")
        rf"|\b(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\s+who\s+"
        r"(?:(?!\b(?:and|said|says|told)\b)[^.;|]){0,100}?\s+died\s+(?:after|of|from|in|when)\b",
        FLAGS,
    ),
    # "stabbed a 69-year-old Portuguese man to death": one person, by role
    re.compile(
        r"\b(?:stabbed|shot|beat|beaten|hacked|burned|burnt)\s+(?:a|an|the|his|her)\s+"
        rf"(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\s+to\s+death\b",
        FLAGS,
    ),
    # "shot dead a 26-year-old American-Israeli": an age names one person
    re.compile(
        r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead)\s+(?:a|an)\s+agemask\b"
        r"(?!\s+[\w-]+\s+and\s)",
        FLAGS,
    ),
    # "was pronounced dead at a hospital": "was" says one person
    re.compile(r"\bwas\s+(?:later\s+|then\s+)?(?:pronounced|declared|confirmed)\s+dead\b", FLAGS),
    # one person named after the role: "one officer, Arnon Zmora, was killed"
    re.compile(
        rf"\b(?:a|an|one)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\s*,\s*[^,;.|]{{1,40}},\s+"
        r"(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead)\b",
        FLAGS,
    ),
    # one body: "rescuers recovered the body of a journalist"
    re.compile(
        r"\b(?:recovered|found|pulled|retrieved|discovered)\s+(?:the\s+)?body\s+of\b"
        r"|\bthe\s+body\s+of\s+(?:a|an)\s+[^.;|]{0,40}?\s+(?:was|has\s+been|had\s+been)\s+"
        r"(?:found|recovered|pulled)\b",
        FLAGS,
    ),
]
SINGLE_INJURED = re.compile(
    r"\b(?:wounded|injured|wounding|injuring|stabbed|stabbing)\s+(?:a|an|the|his|her|their|its)\s+"
    rf"(?:[a-z]+['’]s\s+)?(?:agemask\s+|[a-z]+\s+)?{PERSON}\b"
    # "a seven-year-old girl was seriously injured"
    rf"|\b(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?:\s+[\w'’-]+){{0,4}}?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:(?:stabbed|shot)\s+and\s+)?(?:\w+ly\s+)?"
    r"(?:injured|wounded|hurt)\b"
    # "the only survivor, a British national ..., was being treated in hospital"
    rf"|\b(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}{PERSON}\b[^.;|]{{0,80}}?\s+(?:was|is)\s+"
    r"(?:being\s+)?treated\s+(?:in|at|for)\b",
    FLAGS,
)
# "wounded a civilian who later died" -> killed 1, not injured.
WOUNDED_THEN_DIED = re.compile(
    rf"\b(?:wounded|injured|wounding|injuring)\s+(?:a|an|one)\s+(?:[a-z]+\s+)?{PERSON}?\s*,?\s*"
    r"who\s+(?:later\s+)?died\b",
    FLAGS,
)
# A headline drops the article: "strike kills Iran-backed militia commander" (tried last,
# after the pairs and titles a line may name)
BARE_ROLE_KILLED = re.compile(
    rf"\b(?:killed|kills)\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?!\s+and\b)"
)
# "X, founder of Nibulon, and his wife were killed": the one named and one more
KILLED_WITH_RELATIVE = re.compile(
    r"\band\s+(?:his|her)\s+(?:wife|husband|son|daughter|mother|father|brother|sister)\s+"
    r"(?:were|had\s+been)\s+killed\b"
)
# "was killed with his assistant": the one named and one more
KILLED_WITH_ONE = re.compile(
    rf"\bwas\s+killed\s+(?:along\s+)?with\s+(?:his|her)\s+(?:[a-z]+\s+)?{PERSON}\b"
)
# A headline naming one by role: "Russian general killed by bomb in Moscow"
HEADLINE_ONE_KILLED = re.compile(
    # ("Mayor of Mexico's Chilpancingo killed less than a week after taking office")
    rf"^\s*(?:[a-z'’-]+\s+){{0,2}}{PERSON}\s+(?:of\s+[^,;]{{1,40}}?\s+)?"
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death)\b"
)
# "Haniyeh and one of his bodyguards were killed" -> 1 + 1
NAME_AND_N = re.compile(
    rf"\b[A-Z][a-z]+\s+and\s+(?P<n>{NUM})\s+of\s+(?:his|her|their)\s+\w+\s+(?:were|was)\s+killed\b"
)
# One person and N others: "who died with three other fighters", "was killed along with
# two others", "the commander and three other fighters were killed" give N + 1
ONE_AND_N_OTHERS = re.compile(
    rf"\b(?:died|was\s+killed)\s+(?:along\s+|together\s+)?with\s+(?P<n>{NUM})\s+others?\b"
    rf"|\b(?:the|a|an|his|her)\s+[a-z]+\s+and\s+(?P<m>{NUM})\s+others?\s+(?:[a-z]+\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+killed\b"
)
# A headline naming one person: "Hamas chief Ismail Haniyeh killed in Tehran"
# (a title-case headline capitalises the verb and its preposition: "al-Arouri Killed In")
NAMED_KILLED = re.compile(
    r"\b((?:[a-z]{1,3}-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:is\s+|was\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:[Kk]illed|[Ss]hot\s+[Dd]ead|[Ss]tabbed\s+[Tt]o\s+[Dd]eath)\b"
    r"(?=\s+(?i:in|at|on|by|as|after|when|while|near|outside|inside|during)\b|\s*[,.;:]|\s*$)"
)
# "Kirill Stremousov, the deputy head of the ... administration, was killed", "Nahel M., 17,
# was shot dead": one person named in full, then described
NAMED_APPOSITIVE_KILLED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))+\s*,\s+(?:\d{1,3}|the|a|an|who)\b[^;.|]{0,110}?,\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|stabbed\s+to\s+death)\b"
)
# "Hamza Dahdouh, the eldest son of ..., and freelance journalist Mustafa Thuraya were
# killed": two people named in full
NAMED_PAIR_KILLED = re.compile(
    r"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:,\s+[^;.|]{1,90}?,)?\s+and\s+(?:[a-z]+\s+){0,3}"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)\b"
)
# "Issam Abdallah was killed and six other journalists were wounded": one named, passive
NAMED_KILLED_AND = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:was|had\s+been|has\s+been)\s+killed\s+and\b"
)
# "killed Hezbollah leader Hassan Nasrallah": one named person with a title
_TITLE = r"(?:leader|commander|chief|head|founder|spokesman|general|minister|governor|mayor)"
TITLED_KILLED = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{_TITLE}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){{0,2}}\b"
)
# "a sixth victim of the bombing had died in hospital": the toll is now six
ORDINAL_DEATH = re.compile(
    r"\b(?:a|the)\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)\s+(?:victim|person|man|woman|child|soldier|officer|patient)\b[^.;|]{0,40}?\s+"
    r"(?:had\s+|has\s+)?(?:died|succumbed)\b"
)
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
# "killed Wissam al-Tawil, a senior commander": a person's full name, then who they were
NAMED_PERSON_KILLED = re.compile(
    r"\bkill(?:ed|ing|s)\s+(?:[a-z]{1,3}-)?[A-Z][a-z]+(?:[\s-](?:[a-z]{1,3}-)?[A-Z][a-z]+){1,3}"
    r",\s+(?:a|an|the|who|whom|one\s+of)\b"
)
# "killing Guards commander Hossein Salami and armed forces chief Mohammad Bagheri": two
TITLED_PAIR_KILLED = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?:[A-Z][\w'’-]+\s+){{0,2}}{_TITLE}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){{0,2}}"
    rf"\s+and\s+(?:[\w'’-]+\s+){{0,2}}{_TITLE}\s+[A-Z][a-z]+\b"
)
# Death not confirmed: "feared dead", "presumed dead", "believed to be dead"
UNCERTAIN_DEAD = re.compile(
    r"\b(?:feared|presumed|believed(?:\s+to\s+be)?)\s+(?:dead|killed)\b"
    r"|\bfeared\s+to\s+have\s+died\b"
)
# A headline naming one person wounded: "Trump wounded in shooting at rally"
NAMED_INJURED = re.compile(
    # ("stabbed" alone: "stabbed to death" is not followed by a preposition or a stop)
    # ("Miguel Uribe critically wounded in Bogotá shooting")
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:shot\s+and\s+)?(?:[a-z]+ly\s+)?"
    r"(?:wounded|injured|stabbed)\b"
    r"(?=\s+(?:in|at|on|by|as|after|when|while|during)\b|\s*[,.;:]|\s*$)"
)
# "first put the toll at 174 but later revised it down to 125": the lower, later figure
# replaces the higher one (every other figure of a text: the largest wins)
_TOLL_OBJECT = r"(?:it\s+|the\s+(?:death\s+)?toll\s+|the\s+figure\s+|the\s+number\s+)?"
REVISED_DOWN = re.compile(
    rf"\b(?:(?:revised|corrected|brought|cut)\s+{_TOLL_OBJECT}down|lowered|reduced)\s+"
    rf"{_TOLL_OBJECT}to\s+{QUANT}(?P<n>{NUM})\b"
)
# "kills family of five": a family or crew counted by its size
FAMILY_OF = re.compile(
    rf"\bkill(?:ed|ing|s)?\s+(?:a\s+|the\s+)?(?:family|crew)\s+of\s+(?P<n>{NUM})\b"
)
# "rescuers recovered the bodies of 10 people"
BODIES_OF = re.compile(rf"\bbodies\s+of\s+{QUANT}(?P<n>{NUM})\b")
# "wounding Donald Trump ..., critically injuring two others": the others are besides
# the one named, who counts too
WOUNDING_NAMED = re.compile(r"\b(?:wounding|injuring)\s+(?:[A-Z][\w'’-]+\s+){1,3}")
INJURING_OTHERS = re.compile(rf"\b(?:wounding|injuring)\s+(?:[a-z]+ly\s+)?(?P<n>{NUM})\s+others\b")
# Group nouns that head a headline like a name does ("Family killed in strike")
COLLECTIVE_NOUNS = frozenset({"family", "crew", "group", "convoy", "staff", "team", "unit"})
NOT_A_NAME = frozenset(
    {
        "scores",
        "dozens",
        "many",
        "several",
        "hundreds",
        "thousands",
        "people",
        "civilians",
        "who",
        "children",
        "women",
        "men",
        "gunmen",
        "police",
    }
)
AGE_RE = re.compile(
    # "aged 8, 12 and 17": every age of a list
    rf"\b(?:{NUM})[- ](?:year|month|week|day)s?[- ]olds?\b"
    rf"|\baged\s+(?:between\s+|from\s+)?{NUM}(?:\s*(?:,|and|or|to|-)\s*{NUM})*",
    FLAGS,
)
NOBODY_HURT = re.compile(
    r"\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+(?:hurt|injured|harmed|wounded)"
    r"|\bno\s+(?:casualties|victims)\b|\bwithout\s+(?:casualties|victims)\b"
    r"|\bno\s+one\s+was\s+(?:killed|hurt)\s+or\s+(?:injured|hurt|wounded)",
    FLAGS,
)
NOBODY_KILLED = re.compile(
    r"\b(?:no\s+one|nobody|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+killed"
    r"|\bno\s+(?:deaths|fatalities)\b|\bno\s+one\s+died\b|\bno\s+one\s+was\s+killed\b",
    FLAGS,
)
NO_INJURIES = re.compile(r"\bno\s+(?:injuries|injured)\b", FLAGS)
NO_ONE = re.compile(
    # ("None of the six people on board was hurt": no one, whatever their number)
    rf"\b(?:no\s+one|no-one|nobody|none\s+of\s+the\s+(?:{NUM})(?:\s+(?!was\b|were\b)[a-z]+){{0,3}})\b",
    FLAGS,
)


# "five of the six crew were killed": the part is the figure, the whole is not
PARTITIVE_KILLED = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+of\s+(?:the|its|their)\s+(?P<whole>{NUM})\b{GAP}\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|shot\s+dead)\b"
)
PARTITIVE_INJURED = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+of\s+(?:the|its|their)\s+(?P<whole>{NUM})\b{GAP}\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
)


NUMBER_AT = re.compile(rf"(?:{NUM})\b")
OF_WHOLE = (" of the ", " of its ", " of their ")


ANCHOR_RE = re.compile(
    r"kill|d(?:ead|ied|eath|ie\b)|fatalit|lives|bod(?:y|ies)|slain|perish|toll|injur|wound|hurt|"
    r"hospital|casualt|victims|stabb|drown",
)
NUMBER_IN_RE = re.compile(rf"\b{NUM}\b")
# Words each casualty pattern cannot match without (a cheap test before the regex).
_SUBSET_WORDS = (
    "including",
    "among",
    "whom",
    "of them",
    " men and ",
    " women and ",
    " children and ",
    " soldiers and ",
    " civilians and ",
    " boys and ",
    " girls and ",
    " adults and ",
    # a group told by its two members: ", an 80-year-old woman and her granddaughter,"
    ", a ",
    ", an ",
    ", correspondent ",
    ", journalist ",
    ", reporter ",
    ", cameraman ",
    ", photographer ",
)
KILL_GUARDS: tuple[tuple[str, ...], ...] = (
    (),  # KILL_PATTERNS[0]: the caller's KILL_WORDS test is its guard
    ("kill", "shot dead", "shoot dead", "shoots dead", "claimed", "leaving"),
    ("toll", "number"),
    ("lives",),
    _SUBSET_WORDS,
)
INJ_GUARDS: tuple[tuple[str, ...], ...] = (
    (),
    ("injur", "wound", "hurt"),
    ("number",),
    _SUBSET_WORDS,
    (" and taken to", " and rushed to", " and admitted to"),
)
KILL_WORDS = (
    "kill",
    "dead",
    "died",
    "death",
    "fatalit",
    "lives",
    "bodies",
    "slain",
    "perish",
    "drowned",
    " die ",  # "as 33 die in clashes"
)
INJ_WORDS = ("injur", "wound", "hurt", "hospital", "condition")


SECOND_GROUP = re.compile(
    rf"{QUANT}(?:{NUM})\s+(?:[a-z-]+\s+){{0,2}}{GROUP}\b"
    rf"|(?:a|an|one|another)\s+(?:[a-z-]+\s+)?{ONE_OF_GROUP}\b"
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
)
MONTH_WORDS = MONTHS
