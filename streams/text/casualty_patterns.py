"""The patterns behind ``casualties.extract_casualties``, on lower-cased text.

Every figure pattern captures its number as ``n``; the guards list the words a
pattern cannot match without, so that a cheap substring test can rule it out.
"""

from __future__ import annotations

import re

from streams.text.numbers import NUMBER_SOURCE

NUM = NUMBER_SOURCE
# Quantifiers that leave the figure as is ("at least 16" -> 16).
QUANT = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|as\s+many\s+as"
    r"|roughly|approximately|an\s+estimated|a\s+total\s+of|another|a\s+further|further|all)\s+)?"
)
KILL_AFTER = (
    r"(?:killed|dead|died|die|drowned|deaths|fatalities|lost\s+(?:their|his|her)\s+lives|bodies|"
    r"were\s+slain|perished|stabbed\s+to\s+death|burned\s+to\s+death|crushed\s+to\s+death|"
    # ("were shot or hacked to death")
    r"(?:shot\s+or\s+)?hacked\s+to\s+death|beaten\s+to\s+death|"
    r"fatally\s+(?:wounded|injured|shot)|"
    r"trampled\s+to\s+death|shot\s+and\s+killed|electrocuted|murdered|drown|"
    # ("six men held over the killing ... were found dead in a prison")
    r"found\s+dead|gunned\s+down)"
)
INJ_AFTER = (
    # ("three were fatally wounded": killed, not hurt)
    r"(?<!fatally\s)(?:injured|wounded|hurt|injuries|in\s+hospital|hospitali[sz]ed|in\s+a\s+serious\s+condition"
    r"|shot\s+and\s+(?:wounded|injured)|hit\s+by\s+(?:gunfire|bullets|stray\s+bullets|shrapnel)"
    r"|treated\s+for\s+(?:wounds|injuries)|wounds|(?:taken|admitted|rushed)\s+to\s+(?:a\s+)?hospitals?"
    # "more than 290 people were being treated, many for burns"
    r"|being\s+treated"
    # "64 had sought medical help"
    r"|sought\s+medical\s+(?:help|treatment|attention|care)"
    # "seven people were shot late on Thursday": hit, not killed (not "shot dead", "shot
    # and killed", "shot down")
    r"|(?<=were\s)shot(?!\s+(?:dead|and\s+killed|to\s+death|or\s+[a-z]+\s+to\s+death|down|and\s+died|at|by|on|from)\b))"
)
# A gap word between a number and its verb: not a number, not another casualty word.
_GAP_WORD = (
    # ("and" may join words of one noun phrase, "serving with UN and African forces", but
    # not a second count or casualty word: "five militants and wounded two")
    # (the craft counted in a gap are no second count: "all 89 people on board the two
    # planes were killed")
    rf"(?!(?:{NUM}(?!\s+(?:planes|aircraft|airliners|helicopters|jets|boats|vessels|ships|buses|"
    rf"trains|cars|vehicles)\b)|killed|dead|died|dies|dying|injured|wounded|hurt|including|among|"
    rf"dozens|scores|"
    rf"hundreds|thousands|several|"
    # ("killed 17 boys and seriously injured 14")
    rf"and\s+(?:[a-z]+ly\s+)?(?:{NUM}|killed|killing|kills|dead|died|injured|injuring|injures|"
    rf"wounded|wounding|wounds|hurt|left|leaving|no)"
    # ("about 200 people had been arrested and no deaths were reported")
    rf"|arrested|detained"
    # ("injuring six people before police shot the attackers dead": another clause)
    rf"|but|while|before|after|when|nobody"
    # ("killed three soldiers as they were evacuating wounded people": whom they carried)
    rf"|(?:evacuating|treating|carrying|rescuing|helping|tending)\s+(?:the\s+)?(?:wounded|injured))\b)"
    # ("19 members of the 128th mountain assault brigade were killed": an ordinal names)
    r"(?:[a-z][\w'’-]*|\d+(?:st|nd|rd|th)\b)"
)
GAP = rf"(?:\s+{_GAP_WORD}){{0,8}}?"
# "firing more than 500 drones and missiles in a night that killed two": what was fired is
# counted, not the dead
# ("in 2017 killed more than 30"; "a bomb in 2003, which killed": a year told bare)
NOT_A_YEAR = (
    r"(?<!in\s19\d\d)(?<!in\s20\d\d)"
    r"(?:(?<!\b19\d\d)(?<!\b20\d\d)|(?=\s+(?:people|others|dead)\b))"
)
NOT_WEAPONS = (
    r"(?!\s+(?:[a-z-]+\s+)?(?:drones?|missiles?|rockets?|shells?|bombs?|munitions|projectiles|"
    r"shahed|shaheds|"
    # ("All 71 people aboard the two aircraft were killed": craft counted, not people)
    r"aircraft|planes?|jets?|helicopters?|vehicles?|cars?|buses|trains?|ships?|boats?|vessels?|"
    r"trucks?|lorries)\b"
    # "three hours later ... shot him dead": a span of time, not a count
    r"|\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\b"
    # "29 of the dead were children": a part of a toll told elsewhere, not the toll
    r"|\s+of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\b"
    # "payments of 200,000 rupees to the family of each of the dead": money
    r"|\s+(?:rupees?|dollars?|euros?|pounds?|yuan|yen|roubles?|rubles?|hryvnias?|shekels?|francs?|"
    r"naira|rand|pesos|reais|rupiah|taka|birr|shillings|dinars|riyals|dirhams|afghanis|lira)\b)"
)

FLAGS = 0  # patterns run on lower-cased text: much faster than IGNORECASE

KILL_PATTERNS = [
    re.compile(
        # ("a suicide attack on the courthouse in 2017 killed more than 30": a year)
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_A_YEAR}{NOT_WEAPONS}{GAP}\s+"
        rf"(?:(?:have|had)\s+been\s+|have\s+|had\s+)?"
        # ("more than 400 people had been killed or wounded": the dead and hurt together)
        rf"{KILL_AFTER}\b(?!\s+or\s+(?:wounded|injured|hurt)\b)",
        FLAGS,
    ),
    re.compile(
        # (not an infinitive: "the Serbs threatened to kill some 30 Dutch peacekeepers")
        rf"\b(?:killed|killing|kills|(?<!to\s)kill|shot\s+dead|(?<!to\s)shoot\s+dead|shoots\s+dead|"
        r"shooting\s+dead|drowned|drowning|gunned\s+down|gunning\s+down|guns\s+down|"
        # ("Gunmen massacre 45 villagers at Acteal")
        r"massacre|massacres|massacred|massacring|"
        # ("a cable fell onto the market, electrocuting 26 people")
        r"electrocuting|electrocuted|"
        # ("killing the three commanders")
        rf"claimed\s+the\s+lives\s+of|leaving)\s+(?:the\s+)?"
        rf"{QUANT}(?P<n>{NUM})\b"
        # ("leaving seven people with minor injuries": the hurt)
        r"(?!\s+(?:people\s+|others\s+)?(?:injured|wounded|hurt|with\b))"
        r"(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\b)",
        FLAGS,
    ),
    # "crashed near Yerevan, killing its crew of seven": all of a craft's crew, counted
    re.compile(
        rf"\b(?:killed|killing|kills|kill)\s+(?:all\s+)?(?:its|the|their)\s+(?:[a-z]+\s+)?"
        rf"(?:crew|passengers|occupants)\s+of\s+{QUANT}(?P<n>{NUM})\b",
        FLAGS,
    ),
    re.compile(
        # ("By Sunday officials put the dead at more than 18,000")
        # ("the dead numbered 12, five of them children")
        r"\b(?:death\s+toll|toll|(?:put|puts)\s+the\s+dead|(?<=the\s)dead(?=\s+(?:still\s+|now\s+)?(?:numbered|totalled|totaled)\b)|"
        r"count\s+of\s+(?:people\s+killed|the\s+dead|dead|deaths)|"
        r"number\s+of\s+(?:dead|deaths|fatalities|victims|"
        # "put the number of police officers killed at 13", "the number killed had risen to 44"
        # ("the number of Islamic State fighters killed by the bomb had risen to 94")
        r"(?:[a-z]+\s+){1,3}killed|"
        # ("the number of people known to have died in Monday's earthquake")
        r"(?:people|persons)\s+known\s+to\s+have\s+died|"
        # ("the number of migrants found dead in and around an abandoned tractor-trailer")
        r"(?:[a-z]+\s+){1,2}found\s+dead|"
        # ("the number of people confirmed dead after Monday's earthquake ... rose to 70")
        r"(?:[a-z]+\s+){0,2}confirmed\s+dead)|number\s+killed)\b"
        # ("the death toll from Friday night's magnitude 6.8 earthquake ... rose to 2,946")
        # ("the death toll from Hurricane Matthew, which tore through the south-west, at 546")
        # ("the toll from Saturday's pile-up between a bus, a lorry ... in Teofilo Otoni, Minas
        # Gerais, rose to 41")
        rf"(?:,?\s+(?:[\w'’-]+|\d+\.\d+)){{0,28}}?,?\s+(?:to|at|reached|reaches|stood\s+at|of|hit|passed|passes|exceeded|exceeds|topped|tops|"
        rf"surpassed|surpasses|past|above|numbered|totalled|totaled)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:injured|wounded|hurt))"
        # (an hour is no toll: "the toll rose, officials said, at 5 a.m.")
        r"(?![.:]\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT\b))",
        FLAGS,
    ),
]
# The people a count is told as, between commas after it
WHO_THEY_WERE = [
    "pilgrims",
    "passengers",
    "tourists",
    "students",
    "workers",
    "soldiers",
    "civilians",
    "children",
    "villagers",
    "migrants",
    "miners",
    "worshippers",
    "fishermen",
    "policemen",
    "officers",
    "troops",
    "members",
]
# "11 people, including three children, had been killed"
# "12 people, two of them children, had been killed"
SUBSET_AFTER = (
    # (a longer noun phrase first: "13 foreign soldiers serving with UN forces, nine of them")
    rf"(?:(?:\s+{_GAP_WORD}){{0,10}}?,\s+(?:including|among\s+them|among\s+whom|of\s+whom|"
    r"(?:(?:over|more\s+than|at\s+least|about|some|nearly|almost)\s+)?[a-z0-9,]+\s+of\s+them"
    # "Three civilians, two men and a woman, were killed": the group told by its members
    # ("All 11 people in the vehicle, ten policemen and their civilian driver, were killed")
    # ("at least 131 people, 102 men, 17 women and 12 children, were shot": groups in a list)
    rf"|(?:(?:{NUM})\s+(?:men|women|boys|girls|children|adults),\s+)*"
    rf"(?:{NUM})\s+(?:[a-z]+\s+)?(?:men|women|boys|girls|children|adults|soldiers|civilians|policemen|"
    # ("Six people, three nine-year-old pupils and three adult staff members, were shot dead")
    r"police\s+officers|officers|troops|workers|passengers|pilgrims|students|tourists|pupils|crew)\s+and\s"
    # "all 186 people on board, passengers and crew, had been killed"
    r"|(?:mostly\s+|mainly\s+|both\s+)?(?:passengers|crew|soldiers|civilians|children|adults|men|"
    r"women)\s+and\s"
    # "two people, an 80-year-old woman and her granddaughter, were killed"
    r"|(?:a|an|agemask|correspondent|journalist|reporter|cameraman|photographer)\s+[^,;.|]{1,50}?\s+and\s"
    # "15 others, many with severe burns, were taken to hospital"
    r"|(?:many|most|some|several|all)\s+(?:of\s+them\s+)?(?:with|in)\s[^,;.|]{1,40}?"
    # "All seven people on board, the pilot and six passengers, were killed"
    r"|the\s+(?:pilot|driver|captain)\s+and\s"
    # "Five workers, the youngest aged 22, were killed"
    r"|the\s+(?:youngest|oldest|eldest)\s+[^,;.|]{1,30}?"
    # "five people, a soldier among them, were killed"
    r"|[^,;.|]{1,40}?\s+among\s+them\b"
    # "595 people, fighters included, had been wounded"
    r"|(?:[a-z]+\s+){1,2}included(?=,)"
    # "30 of its peacekeepers, Italian and Hungarian soldiers, were injured": who they were
    r"|(?:[a-z]+\s+(?:and\s+)?){1,3}(?:soldiers|troops|civilians|children|policemen|workers|"
    r"passengers|tourists|pilgrims|students)(?=,)"
    # "at least 51 people, about a sixth of the village's population, died"
    r"|(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?(?:a|one|two)\s+"
    r"(?:half|third|thirds|quarter|quarters|fifth|sixth|tenth)\s+of\s"
    # "Nine of the passengers, pilgrims from Uttar Pradesh, died": who they were
    rf"|(?:[a-z]+\s+)?(?:{'|'.join(WHO_THEY_WERE)})"
    r"\s+(?:from|of|in|on|at|with|who|returning|travelling|traveling)\s[^,;.|]{1,40}?)"
    r"[^,;.|]{0,60},"
    # ("three of its pilots, including Andriy Pilshchykov, known by the call sign Juice, were
    # killed": a second aside about the one named, which tells no casualty of its own)
    r"(?:\s+(?!(?:were|was|had|have|has|and|died|killed|wounded|injured)\b)[a-z][^,;.|]{1,40}?,)?"
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
# "all ten of the dead were foreigners": all of them is the toll (a part of it is not);
# "Fifteen of the dead were in Kolkata": the toll of the place the line tells
KILL_PATTERNS.append(
    re.compile(
        rf"\b(?=all\s+{NUM}\s+of\s+the\s+dead\b|{NUM}\s+of\s+the\s+dead\s+(?:were|was)\s+"
        rf"(?:in|at)\s)(?:all\s+)?(?P<n>{NUM})"
    )
)
# "killed senior official X and six other people" -> 1 + 6
KILLED_ONE_AND_OTHERS = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?P<who>[^.;,|]{{1,60}}?"
    # ("killed Ibrahim al-Nabulsi, a commander of the Al-Aqsa Martyrs' Brigades, and two other
    # Palestinians": the one named, told who he was between commas)
    r"(?:,\s+(?:a|an|the)\s+[^.;,|]{1,60}?,)?)"
    rf"\s+and\s+(?P<n>{NUM})\s+others?\b"
)
INJ_PATTERNS = [
    re.compile(
        rf"\b{QUANT}(?<![\w$€£./-])(?P<n>{NUM})\b{NOT_WEAPONS}{GAP}\s+(?:have\s+been\s+|had\s+been\s+)?{INJ_AFTER}"
        # ("seven more of the wounded had died": dead, not hurt)
        r"(?!\s+(?:had\s+|have\s+|later\s+)?(?:died|succumbed))",
        FLAGS,
    ),
    re.compile(
        # ("Twin bombs kill three, wound more than 140": a headline's plural verb)
        # (not the noun: "died of a wound 3 days later")
        # (the article a whole word: "Car bomb in Bogota injures nine")
        rf"\b(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?:injuring|wounding|injured|wounded|injures|"
        rf"wounds|injure|wound|hurting|hurt)\s+{QUANT}(?P<n>{NUM})\b"
        r"(?!\s+(?:people\s+)?(?:killed|dead))(?!\s+(?:days?|weeks?|months?|hours?)\b)",
        FLAGS,
    ),
    re.compile(
        # ("the number of service members wounded in the attack to more than 40")
        r"\bnumber\s+of\s+(?:injured|wounded|hurt|(?:[a-z]+\s+){1,2}(?:injured|wounded|hurt)|"
        r"injuries)\b"
        # ("the number of people injured when a glide bomb hit ... late on Saturday rose to 21")
        rf"(?:\s+[\w'’-]+){{0,14}}?\s+(?:to|at|reached|stood\s+at|of|hit|passed|exceeded|topped)\s+"
        rf"{QUANT}(?P<n>{NUM})\b",
        FLAGS,
    ),
]
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
        # ("Nobody was killed, the governor said": no one, not a person named Nobody)
        "nobody",
        "none",
        "everyone",
        "everybody",
        "someone",
        "somebody",
    }
)
# "five of the six crew were killed": the part is the figure, the whole is not
PARTITIVE_KILLED = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+of\s+(?:the|its|their)\s+(?P<whole>{NUM})\b{GAP}\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|shot\s+dead)|"
    # "15 of the 29 people on board had died"
    r"(?:had\s+|have\s+)?died)\b"
)
PARTITIVE_INJURED = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+of\s+(?:the|its|their)\s+(?P<whole>{NUM})\b{GAP}\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
)


NUMBER_AT = re.compile(rf"(?:{NUM})\b")
OF_WHOLE = (" of the ", " of its ", " of their ")


ANCHOR_RE = re.compile(
    r"kill|d(?:ead|ied|eath|ies?\b)|fatalit|lives|bod(?:y|ies)|slain|perish|toll|injur|wound|hurt|"
    r"hospital|casualt|victims|stabb|drown|medical\s+(?:help|treatment)|fatally|could\s+not\s+save|"
    r"concussion|electrocut|by\s+gunfire|being\s+treated|survived|murdered|were\s+shot|massacr|"
    r"assassinat|gunned\s+down|guns\s+down|gunning\s+down",
)
NUMBER_IN_RE = re.compile(rf"\b{NUM}\b")
