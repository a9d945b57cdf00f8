"""Counted groups of people, two of which add up ("killing 19 children and two teachers",
"Seven Spaniards and two Yemeni drivers were killed"), for ``casualties`` and
``casualty_parts``."""

from __future__ import annotations

import re

from streams.text.actors import DEMONYMS
from streams.text.casualty_patterns import NUM, QUANT
from streams.text.lexicon import trie_alternation

# Two counted groups of one kind, neither a subset of the other: "killing 19 children and two
# teachers" -> 21. A general noun ("people", "others") first is a total, not a group.
DEMONYM_PLURALS = sorted(
    {name for name in DEMONYMS if name.endswith("s") and name != "swiss"}
    | {"britons", "spaniards", "danes", "swedes", "finns", "poles", "turks", "scots"}
)
GROUP = trie_alternation(
    "children|teachers|soldiers|civilians|women|men|students|workers|officers|policemen|"
    "police officers|firefighters|rescuers|journalists|medics|paramedics|passengers|pilgrims|"
    "worshippers|tourists|troops|servicemen|guards|staff|employees|volunteers|residents|girls|"
    "boys|adults|crew members|doctors|nurses|police|pupils|schoolchildren|members|gunmen|"
    "militants|fighters|rebels|attackers|suspects|personnel|villagers|miners|inmates|prisoners|"
    "hostages|captives|protesters|demonstrators|migrants|peacekeepers|marines|sailors|airmen|gendarmes|"
    "policewomen|nationals|foreigners|crew|drivers|contractors|teenagers|agents|"
    + "|".join(DEMONYM_PLURALS)
    # peoples counted as groups ("Seven Spaniards and two Yemeni drivers were killed")
)
# "eight pupils and a guard": a second group of one
ONE_OF_GROUP = trie_alternation(
    "child|teacher|soldier|civilian|woman|man|student|worker|officer|policeman|"
    "police officer|firefighter|rescuer|journalist|medic|paramedic|passenger|guard|"
    "volunteer|resident|girl|boy|adult|doctor|nurse|pupil|driver|contractor|policewoman|teenager|"
    # ("killing four journalists and a sales assistant")
    "assistant|employee|official|clerk|secretary|interpreter|bodyguard|cameraman|photographer"
)
_TWO_GROUPS = (
    rf"(?:{QUANT}(?P<a>{NUM})\s+(?:[a-z-]+\s+){{0,2}}{GROUP}"
    # ("A soldier and two civilians were killed": a first group of one)
    rf"|(?:a|an|one)\s+(?:[a-z-]+\s+){{0,2}}{ONE_OF_GROUP})\s+and\s+"
    # (either group may take two words before its noun: "19 suspected gang members", "a US
    # civilian interpreter")
    # ("two US Defense Department contractors": a second group's three words)
    rf"(?:{QUANT}(?P<b>{NUM})\s+(?:[a-z-]+\s+){{0,3}}{GROUP}"
    rf"|(?:a|an|one|another)\s+(?:[a-z-]+\s+){{0,2}}{ONE_OF_GROUP})\b"
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
        # ("38 adults and one teenager had died")
        patterns.append(
            re.compile(rf"(?<![\w$€£./-]){_TWO_GROUPS}\s+(?:had\s+|have\s+)?(?:{intransitive})\b")
        )
    return tuple(patterns)


GROUPS_KILLED = _group_patterns(
    # ("put the toll at 53 soldiers and one civilian")
    r"killed|killing|kills|kill|toll\s+(?:(?:rose|climbed|stood|stands|reached)\s+)?(?:at|to|of)",
    r"killed|shot\s+dead",
    intransitive=r"died|perished",
)
GROUPS_INJURED = _group_patterns(
    r"injuring|wounding|injured|wounded|injures|wounds|stabbed|stabbing",
    r"injured|wounded|hurt|stabbed",
)


SECOND_GROUP = re.compile(
    rf"{QUANT}(?:{NUM})\s+(?:[a-z-]+\s+){{0,3}}{GROUP}\b"
    rf"|(?:a|an|one|another)\s+(?:[a-z-]+\s+){{0,2}}{ONE_OF_GROUP}\b"
)


# "a man stabbed four people on Nahalat Binyamin street": the ones a knife hit, all hurt
# when none of them is told dead
STABBED_COUNT = re.compile(
    rf"\bstabbed\s+{QUANT}(?P<n>{NUM})\s+(?:[a-z-]+\s+){{0,2}}(?:people|persons|{GROUP})\b"
    r"(?!\s+to\s+death)"
)


# "forced nine passengers off a bus and shot them dead": the ones taken are the ones killed
TAKEN_THEN_KILLED = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+(?:[a-z-]+\s+){{0,2}}(?:people|persons|{GROUP})\b[^.;]{{0,60}}?"
    r"(?:\b(?:and|then|before)\s+(?:then\s+)?(?:kill|kills|killed|killing|shot|shoot|shoots|"
    # ("had wrongly identified the three Israeli captives as a threat and opened fire, killing
    # them")
    r"executed|execute|executes|murdered)|,\s+killing)\s+(?:all\s+of\s+)?them\b"
)


# "killing ten policemen and their civilian driver, 11 people in all": the total of the
# dead told after their parts
KILLED_IN_ALL = re.compile(
    rf"\b(?:kill\w*|dead|died)\b(?:(?!injur|wound|hurt)[^.;|]){{0,80}}?,\s+{QUANT}(?P<n>{NUM})\s+"
    r"(?:people\s+|persons\s+)?(?:in\s+all|in\s+total|altogether)\b"
)
