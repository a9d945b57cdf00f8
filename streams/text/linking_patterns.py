"""The phrase patterns ``linking`` reads to tell whether a report updates a happening
told before or tells a new one: places told again, nationwide tolls, tallies of
what was fired or shot down, attributions, a report's own day and cause."""

from __future__ import annotations

import re

from streams.text.word_starts import compile_at_words

# "hit the town again": the place told before, not "the city's Tuffah district" (a part
# of it, where a new happening can be) nor "the city of Dnipro" (a place named anew)
PLACE_AGAIN_RE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:town|city|village)\b(?!['’]s|\s+of\b)")

NATIONWIDE_RE = compile_at_words(
    r"(?i:\b(?:across|throughout|around)\s+the\s+country\b|\bnationwide\b|\bin\s+total\b"
    # "the death toll in the territory had risen to 18,787": the whole war's, not a strike's
    # (not "the bloodiest day in the territory since the 2014 war", one day's record)
    r"|(?<!day\s)\bin\s+the\s+(?:territory|enclave|strip)\b"
    # "47,500 Palestinians had been killed in the war", "the overall death toll in Gaza"
    r"|\bkilled\s+in\s+the\s+war\b|\boverall\s+(?:death\s+)?toll\b|\bwar['’]s\s+(?:death\s+)?toll\b"
    # "raised the national toll to 413 dead"
    r"|\b(?:national|nationwide|country['’]s)\s+(?:death\s+)?toll\b)"
    r"|\b(?i:across)\s+(?:the\s+)?(?:whole\s+)?(?:of\s+)?[A-Z]\w+\b"
    # "had been hit in 10 regions"
    r"|\b(?:in|on|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:regions|provinces|oblasts)\b",
)
# The cues of a report that counts the dead or hurt and names no cause of its own
AFTERMATH_CUES = frozenset(
    [
        "killed",
        "dead",
        "died",
        "deaths",
        "death",
        "wounded",
        "injured",
        "hurt",
        "injuries",
        "casualties",
        "toll",
        "death toll",
        "bodies",
        "victims",
        "were killed",
        "was killed",
        "missing",
        "toll reported",
        # what a disaster left, with no cause of its own: "buildings were damaged"
        "damaged",
        "destroyed",
        "collapsed",
        "rubble",
        "ruins",
        "fled",
    ]
)
# A natural disaster strikes many towns at once: what it did in each is on its day
DISASTER_CUES = frozenset(
    [
        "quake",
        "earthquake",
        "tremor",
        "cyclone",
        "hurricane",
        "typhoon",
        "storm",
        "flood",
        "floods",
        "flooding",
        "tsunami",
        "eruption",
        "erupted",
        "erupts",
        "landslide",
        "landslides",
        "mudslide",
        "tornado",
        "wildfire",
        "wildfires",
        "avalanche",
    ]
)
# What a disaster left in a town, told with no cause of its own
DAMAGE_CUES = AFTERMATH_CUES | frozenset(
    ("flattened", "razed", "levelled", "leveled", "survivors", "washed away", "swept away")
)
TALLY_RE = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|destroyed)\s+(?:\w+\s+)?(?:\d+|all)\s+of\s+(?:the\s+)?\d+"
)
LAUNCH_TALLY_RE = re.compile(
    r"\b(?:launched|fired)\s+(?:\d+|[a-z]+-?[a-z]*)\s+(?:\w+\s+)?(?:missiles|drones|rockets)\b"
)
SPEAKER_AFTER_RE = re.compile(
    r"['’]s\s+(?:air\s+force|military|army|armed\s+forces|defence\s+ministry|general\s+staff)"
)
INTERCEPTION_RE = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|"
    # "destroyed dozens of Ukrainian drones" (not "destroyed a house")
    r"destroyed\s+(?:[\w,-]+\s+){0,4}?(?:drones?|missiles?|rockets?))\b"
)
WEAPON_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|jets?|aircraft|planes?|helicopters?)\b"
)
# "in the Kryvyi Rih strike", "the Kramatorsk attack": a happening named by its town, as
# one already told (read after the town's name)
TOWN_HAPPENING_AFTER_RE = re.compile(
    r"\s+(?:(?:missile|drone|rocket|air|bomb|glide\s+bomb)\s+)?"
    r"(?:strike|attack|bombing|shelling|blast|explosion|raid|fire|crash)\b"
)
# "In China's Sichuan province": a state's region, read after the state's name
REGION_OF_STATE_AFTER_RE = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:province|region|state|oblast|county|district|"
    r"governorate|prefecture)\b"
)
# "the attackers", "the gunmen": those of a happening told before
PERPETRATORS_RE = re.compile(
    r"\bthe\s+(?:attackers|attacker|gunmen|gunman|militants|assailants|assailant|bombers|bomber)\b"
)
THAT_ONE_RE = re.compile(r"\bthat\s+(?:attack|strike|blast|explosion|raid|shelling|bombing)\b")
COUNTER_AFTER_RE = re.compile(
    r"['’]s\s+(?:health\s+ministry|health\s+authorities|emergency\s+services?|civil\s+defence|"
    # ("Colombia's ombudsman said 24 people had died in the protests")
    r"ombudsman|interior\s+ministry|civil\s+protection|disaster\s+agency|crisis\s+centre)"
)
SPEAKER_START_RE = re.compile(
    r"([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{3,})?)\s+(?:later\s+|also\s+)?(?:said|told|added|reported)\b"
)
NEW_HAPPENING_START_RE = re.compile(
    r"(?:A|An)\s+(?:[\w'’-]+\s+){0,3}?(?:strike|airstrike|air\s+strike|attack|missile|drone|bomb|"
    r"bombing|blast|explosion|shelling|raid|rocket|shooting|stabbing|crash)\b"
)
# A report that names what did it (not "the toll rose", "rescuers found the bodies")
OWN_CAUSE_RE = re.compile(
    r"\b(?:shelling|shelled|shells|strike|strikes|struck|missile|missiles|rocket|rockets|drone|"
    r"drones|attack|attacked|bomb|bombs|bombing|explosion|blast|shooting|gunmen|gunman|raid)\b"
)
REPORTED_ON_DAY_RE = re.compile(
    r"^(?:On|Late\s+on|Early\s+on|By)\s+[A-Z][a-z]+day\b[^.;]{0,80}?\b(?:said|announced|reported|"
    r"confirmed)\b|\b(?:said|announced|reported|confirmed)\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\b"
)
BARRAGE_COUNT_RE = re.compile(
    r"\b\d+\s+(?:[a-z-]+\s+)?(?:missiles|drones)\s+and\s+\d+\s+(?:[a-z-]+\s+)?(?:missiles|drones)\b"
)
# "destroyed 40 drones over several regions": a count over many places, no one city's
OVER_REGIONS_RE = re.compile(
    r"\bover\s+(?:several|many|multiple|various|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+dozen|[A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:regions|provinces|areas|oblasts)\b"
)
# "the airport strike", "the market attack": a happening named by what it hit
KIND_OF_HAPPENING_RE = re.compile(
    r"\bthe\s+([a-z]{4,})\s+(?:strike|attack|blast|bombing|shelling|explosion)\b"
)
NEW_ONE_STARTS = ("Another ", "A second ", "A separate ")
CAPITAL_RE = re.compile(r"\bthe\s+capital\b", re.IGNORECASE)
# "Rescue teams were still pulling bodies from the ruins on Sunday": the aftermath of the
# happening told before, on a later day
RESCUE_WORK_RE = re.compile(
    r"\b(?:still\s+(?:pulling|searching|digging|recovering)|rescue\s+teams|rescuers\s+were|"
    r"from\s+the\s+(?:rubble|ruins|debris|wreckage))\b"
)

# "The attack came a day after a van bomb wrecked the barracks in Burgos": the happening
# told is that many days older than the one the dispatch is about
DAYS_AFTER_RE = re.compile(
    r"^(?:The|This|That|His|Her|Its|Their)\s+(?:[\w'’-]+\s+){1,4}?(?:came|comes)\s+"
    r"(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"days?\s+after\b"
)

# A storm named ("Hurricane Ivan", "Typhoon Haiyan", "Storm Daniel"), and the words of
# the weather's harm a report of its doing would share (the floods it brought, the fire
# its winds fanned)
NAMED_STORM_RE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm)\s+[A-Z][a-z]+")
STORM_WORD_RE = re.compile(
    r"\b(?:hurricane|typhoon|cyclone|storm|flood\w*|rain\w*|wildfires?|fire|winds?|tornado\w*|"
    r"landslides?|mudslides?|waves?)\b",
    re.IGNORECASE,
)
# An earthquake told ("the March 11 earthquake and tsunami"), not a blast's size ("registered
# as a small earthquake") nor the office that measured it
QUAKE_RE = re.compile(
    r"(?<!as\sa\s)(?<!as\san\s)(?<!small\s)\b(?:earthquake|quake|tsunami)s?\b"
    r"(?!\s+(?:monitoring|centre|center|agency|bureau|administration|service|survey))",
    re.IGNORECASE,
)
# "the Tunisian island of Kerkennah", "the Turkish town of Kusadasi": a people's word, then
# a place of their state
DEMONYM_PLACE_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:island|town|city|village|port|coast|resort|capital)\s+of\s+[A-Z]"
)
