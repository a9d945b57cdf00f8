"""The clause markers, phrase patterns and word sets ``classify.score_and_letters``
reads besides the cue tables of cues.py: what makes a cue weigh half (a clause after
"after"), what makes it no cue at all ("the carrier strike group"), and the
phrases that add evidence of their own ("told her ministers to", "threatened
sanctions"). All run on lower-cased text."""

from __future__ import annotations

import re

from streams.text.casualty_masks import (
    SWAPPED_WOUNDED_RE,
)

SUBORDINATE_MARKERS = (
    (" after ", "after"),
    (", which ", "which"),
    (" during the visit", "during"),
    (" during a visit", "during"),
    (" during talks", "during"),
    (" because of ", "because"),
    # "cancelled a session over the risk of a missile strike": a strike feared, not one
    (" risk of ", "risk"),
    # "twin bombings kill 28 on eve of election": the election dates the attack
    (" eve of ", "eve"),
    (" ahead of ", "ahead"),
    (" over concerns ", "concerns"),
    (" caused by ", "caused"),
    # "Israeli tanks seize Rafah crossing as truce talks resume": the main clause leads
    (" as ", "as"),
    (" threat of ", "threat"),
    # "leaders travel to Kyiv on third anniversary of Russia's invasion": what is marked
    (" anniversary of ", "anniversary"),
    # "in the group's first speech since Hassan Nasrallah was killed": a time it is dated by
    (" since ", "since"),
    # "declared a regional state of emergency, saying daily shelling had killed ...": why
    (", saying ", "saying"),
    # "quit the coalition in protest at the ceasefire deal": the cause, not the act
    (" in protest ", "protest"),
    # "demands UN chief's resignation over remarks on Hamas attack": what it is about
    (" over remarks ", "remarks"),
    # "Security Council meets over Russian plane crash": what the meeting is about
    (" meets over ", "meets"),
    (" meet over ", "meet"),
    (" met over ", "met"),
    (" over comments ", "comments"),
    # "ordered an investigation into the stampede": the decision's object, not a new one
    # (no leading space: the cue "investigation" itself keeps its weight)
    ("investigation into ", "investigation"),
    ("inquiry into ", "inquiry"),
    ("investigate the ", "investigate"),
    ("investigating ", "investigating"),
    # "called the attack sickening": a judgement of the attack, not the attack
    ("called the ", "called"),
    # "said the war would continue until Hamas was destroyed": a condition, not a happening
    (" until ", "until"),
)
INSTITUTIONS = frozenset(
    ("congress", "court", "parliament", "senate", "duma", "knesset", "rada", "cabinet")
)

TRAILING_SPEAKER_RE = re.compile(r", (?:[\w'’.-]+\s+){1,6}said\.?$")
# An opening clause that dates or frames the main one ("After a call between ...,", "Hours
# before the crash,")
OPENING_CLAUSE_STARTS = (
    "after ",
    "speaking ",
    "asked ",
    "hours before ",
    "hours after ",
    "shortly before ",
    "shortly after ",
    "days before ",
    "days after ",
    "minutes before ",
    "minutes after ",
    # "Marking the 1,000th day of the full-scale invasion, Zelensky presented ..."
    "marking ",
)
ORDER_WORDS = frozenset(("ordered", "authorised", "authorized", "permitted"))
ORDERED_TO_RE = re.compile(
    r"\b(?:ordered|authori[sz]ed|permitted)\s+(?:[\w'’-]+\s+){0,6}?(?:to|that)\s+"
)
LANDSLIDE_WIN_RE = re.compile(
    r"\b(?:won|win|wins|winning)\s+a\s+landslide|landslide\s+(?:victory|win)"
)
# "underwent prostate surgery", "due to undergo hernia surgery": an illness treated or an
# operation planned, not a wound ("underwent surgery for several hours" after a shooting)
ELECTIVE_SURGERY_RE = re.compile(
    r"\b(?:prostate|hernia|knee|hip|cataract|eye|cancer|bypass|heart|planned|scheduled|"
    r"routine|elective|cosmetic|dental|gallbladder|colon|bowel|back)\s+surgery|"
    r"\b(?:due|scheduled|set|expected)\s+to\s+undergo\b"
)
# "agreed that neither side would fire a single shot": firing promised or refused, none done
FIRING_NOT_DONE_RE = re.compile(r"\b(?:would|will)\s+(?:not\s+)?(?:open\s+)?fire\b")
RESIGNING = frozenset(("resigned", "resigns", "resign", "stepped down", "steps down"))
ENVOY_TITLES = frozenset(("envoy", "envoys", "ambassador", "ambassadors"))
# "a 'grave mistake'": the adjective, not a burial place
GRAVE_ADJECTIVE_RE = re.compile(
    r"\bgrave\s+(?:mistake|error|concern|concerns|consequences|danger|threat|violation|"
    r"violations|breach|provocation|escalation|situation)\b"
)
# "told residents of Gaza City and the north to head south", "tells 1.1 million people in
# northern Gaza to move south": an evacuation order
MOVE_ORDER_RE = re.compile(
    r"\b(?:told|tells|ordered|orders)\s+(?:about\s+|some\s+|more\s+than\s+)?(?:[\d.,]+\s+)?"
    r"(?:(?:million|thousand)\s+)?(?:people|residents|civilians|families|villagers|inhabitants)\b"
    r"[^.;]{0,80}?(?<!not\s)\bto\s+(?:move|head|leave|evacuate|relocate|go)\b"
)
# "discuss Ukraine's request to strike deep into Russia": a strike sought, not struck
STRIKE_SOUGHT_RE = re.compile(r"\b(?:to|could|would|may|might)\s+strike\b")
OWN_PEOPLE_HIT_RE = re.compile(r"\bof\s+its\s+(?:citizens|nationals)\s+(?:were|was|had|are)\b")
# "Israel orders complete siege of Gaza": a siege ordered is a decision
SIEGE_ORDERED_RE = re.compile(
    r"\border(?:s|ed)?\s+(?:a\s+)?(?:complete\s+|total\s+|full\s+)?siege\b"
)
# "US Defense Secretary Lloyd Austin met Israeli leaders in Tel Aviv and pledged ...": a
# meeting or visit the line opens on is what it tells, whatever was pledged there
# (not a clause that dates another, "When Conte visited the site, 22 deaths had been
# confirmed", nor a state's own body meeting: "Israel's war cabinet met to weigh a response")
MEETING_WORDS = frozenset(("met", "visited", "talks", "hosted"))
MEETING_FIRST_RE = re.compile(
    r"^(?!(?:when|after|as|while|before|once|if)\b)(?:(?:on|late\s+on|early\s+on)\s+[a-z]+day,?\s+)?"
    r"(?:(?!(?:cabinet|government|council|committee|parliament|party)\b)[a-z][\w'’.-]*\s+){1,7}?"
    r"(?:met|visited|held\s+talks\s+with|hosted)\s"
)
RAID_ALERT_RE = re.compile(r"\braid\s+(?:sirens?|alerts?|warnings?)\b")
WORD_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
APPOINT_RE = re.compile(
    r"\b(?:named|appoint|appointed|replace|approved|nominated|confirmed|replaces|replaced|appoints|names|"
    # ("named the head of the Republican Guard, General Brice Oligui Nguema, as ...")
    # ("named Bahjat al-Talhouni as prime minister": a name's article in lower case)
    r"nominates|chose|chooses|picked)\s+(?:(?:[a-z]+\s+){0,4}(?:(?:[a-z]{1,3}-)?[A-Z][\w'’-]+\s+){0,3}"
    r"(?:[a-z]{1,3}-)?[A-Z][\w'’-]+"
    # ("named Fine Gael leader Simon Harris as Tánaiste": a title between names)
    r"(?:\s+[a-z]+(?:\s+[A-Z][\w'’-]+){1,3})?"
    # ("named the army chief of staff, General Fahd Jassem al-Freij, as defence minister")
    r"|(?:the|his|her|its)\s+(?:[a-z-]+\s+){0,5}[a-z-]+(?=,))"
    # "named Ali Bagheri Kani, the chief negotiator, acting foreign minister"
    r"(?:,\s+[^,]{3,90},)?\s+"
    # (but not "named Robert Card, a 40-year-old reservist, as the suspect")
    r"(?:(?:with\s+(?:[\w'’-]+\s+){1,4})?as\s+"
    r"(?!(?:the\s+|a\s+)?(?:suspect|gunman|attacker|shooter|killer|bomber|victim|perpetrator)s?\b)"
    r"(?:the\s+)?(?:new\s+)?\w+"
    r"|(?:the\s+)?(?:new|acting|interim|caretaker)\s+\w+|head\s+of\s+(?:state|government)\b"
    # "named Foreign Minister Israel Katz to replace Gallant"
    r"|to\s+(?:replace|succeed)\s+(?:[A-Z]|him\b|her\b)"
    # "named Umerov to head the Ukrainian delegation"
    r"|to\s+(?:head|lead)\s+the\s+"
    # "Yeltsin named Lebed his envoy to Chechnya"
    r"|(?:his|her|its|their)\s+(?:new\s+|special\s+|personal\s+)?(?:envoy|representative|deputy|"
    r"successor|spokesman|spokeswoman|adviser|advisor|chief\s+of\s+staff)\b)"
    # "Blair was named envoy of the Middle East Quartet", "was appointed prime minister"
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:named|appointed|nominated)\s+(?:as\s+)?"
    r"(?!(?:the\s+|a\s+|one\s+)?(?:suspect|gunman|attacker|shooter|killer|bomber|victim|"
    r"perpetrator|of\b)s?\b)(?:the\s+)?(?:new\s+)?(?:[a-z-]+\s+){0,2}?(?:envoy|minister|president|"
    r"premier|chancellor|governor|ambassador|commander|chief|head|leader|mayor|director|"
    r"secretary|successor)\b"
    # "Sanae Takaichi becomes Japan's first woman prime minister": taking office (not "became
    # the first prime minister to visit Kyiv", a visit)
    r"|\b(?:becomes|became|becoming)\s+(?:the\s+)?(?:[A-Z][\w'’-]+['’]s\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:prime\s+minister|president|chancellor|premier|taoiseach|pope)\b"
    r"(?!\s+(?:to|since|of\s+the\s+\w+\s+to)\b)",
)
APPOINT_WORDS = frozenset(
    [
        "becomes",
        "became",
        "becoming",
        "named",
        "appoint",
        "replace",
        "appointed",
        "approved",
        "nominated",
        "confirmed",
        "replaces",
        "replaced",
        "appoints",
        "names",
        "nominates",
        "chose",
        "chooses",
        "picked",
    ]
)
# A sum of money: a currency sign, or a currency after the amount ("3 million homes" is none)
MONEY_RE = re.compile(
    # ("released 300,000 euros for emergency relief")
    r"[$€£]\s?\d|\b(?:\d+(?:\.\d+)?\s?(?:bn|billion|million)|\d{1,3}(?:,\d{3})+)\s+(?:in\s+)?"
    r"(?:euros?|dollars?|pounds?|"
    r"roubles?|rubles?|yuan|yen|hryvnias?|rupees?|shekels?|francs?|afghanis|naira|rand|pesos|"
    r"lira|reais|rupiah|taka|birr|shillings|dinars|riyals|dirhams|won|baht)\b"
)


DRIVE_WORDS = frozenset(
    (
        "drove",
        "driven",
        "drives",
        "driving",
        "ploughed",
        "plowed",
        "ploughs",
        "plows",
        "rammed",
        "steered",
    )
)
RAMMING_RE = re.compile(
    r"\b(?:drove|driven|drives|driving|ploughed|plowed|ploughs|plows|rammed|steered)\s+"
    r"(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:car|truck|lorry|van|vehicle|suv)?\s*"
    r"into\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|people|pedestrians|marchers|protesters|"
    r"demonstrators|demonstration|shoppers|market|march|rally|worshippers|revellers)\b"
)
HELP_APPEAL_RE = re.compile(
    r"\bappeal(?:ed)?\s+(?:to\s+[\w\s]{1,30}?\s+)?for\s+(?:international\s+|foreign\s+|urgent\s+)?"
    r"(?:help|aid|assistance|support)\b"
)
UN_VOTE_RE = re.compile(
    # (and the boards of UN agencies: "the World Health Organization's executive board")
    # (and the councils of regional blocs: "the Arab League voted to suspend Syria")
    r"\b(?:security\s+council|general\s+assembly|human\s+rights\s+council|executive\s+board|"
    r"board\s+of\s+governors|arab\s+league|organi[sz]ation\s+of\s+american\s+states|"
    r"commonwealth|african\s+union)\b[^.;]{0,80}?"
    r"\b(?:adopted|adopting|endorsed|endorsing|voted|votes|approved|passed|backed|imposed|"
    r"slaps|slapped|suspended|suspends)\b"
)
# The words without which UN_VOTE_RE cannot match
UN_BODY_WORDS = frozenset(
    ("council", "assembly", "board", "league", "states", "commonwealth", "union")
)
# "Colombia's Senate voted 75 to 0 to endorse the revised peace agreement": a state's own
# chamber voting is a decision, whatever it votes on (the UN's is relations: UN_VOTE_RE)
HOME_VOTE_RE = re.compile(
    r"\b(?:senate|congress|parliament|house|(?<!general\s)assembly|chamber|knesset|duma|rada|"
    # ("Spain's parliament rejected Feijoo's bid to become prime minister by 178 votes to 172")
    r"bundestag|sejm|lawmakers|legislators|deputies|mps|senators)\b[^.;]{0,100}?\bvot(?:ed|es)\b"
)
ATTACK_CRAFT_RE = re.compile(r"\battack\s+(?:drones?|helicopters?|submarines?|jets|aircraft)\b")
KEPT_SHUT_RE = re.compile(r"\bkept\s+(?:[\w'’-]+\s+){1,6}?(?:closed|shut)\b")
# "the ministry said no shots had been fired at the ship", "said neither Russian nor Syrian
# aircraft had struck the convoy", "said it had not carried out any air strikes": a denial
# is a word between states, whatever happening it denies
DENIAL_RE = re.compile(
    r"\bsaid\s+(?:that\s+)?(?:no\s+(?:shots|missiles?|strikes?|bombs?|rockets?|drones?)\s+"
    r"(?:had\s+been|were|was|had)\b|"
    # "said there had been no attack, and that munitions stored at the base had detonated"
    r"there\s+(?:had\s+been|was|were|has\s+been)\s+no\s+(?:attack|strike|shelling|shots)\b|neither\s+[\w-]+(?:\s+[\w-]+)?\s+nor\s+[\w-]+(?:\s+[\w-]+)?"
    r"\s+(?:had|has|have|was|were)\b|(?:it|they|its\s+forces|its\s+troops)\s+(?:had|have|has)\s+"
    r"not\s+(?:struck|attacked|fired|hit|carried\s+out|targeted|shelled|bombed)\b)"
)
# "the emergency committee set up by the prime minister raised the toll to 83": whoever
# tells it, a toll raised is the report of a happening
TOLL_RAISED_RE = re.compile(
    r"\b(?:raised|raises|revised|lifted|pushed|put|puts|brought|bringing)\s+the\s+"
    r"(?:(?:death|overall|official)\s+)?toll\s+(?:to|at)\b"
)
DEMAND_RESIGNATION_RE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?"
    r"resignation\b"
)
# "demanding the resignation of President Dina Boluarte and early elections": a vote sought
DEMAND_ELECTIONS_RE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for)\b[^.;]{0,80}?\b(?:early|new|snap|fresh)\s+"
    r"elections?\b"
)
EXIT_WORDS = frozenset(("quit", "quits", "left", "leaves", "leave", "withdrew", "pulled"))
GOVERNMENT_EXIT_RE = re.compile(
    r"\b(?:quit|quits|left|leaves|leave|withdrew\s+from|pulled\s+out\s+of)\s+"
    # ("Benny Gantz quit Israel's emergency government")
    r"(?:the\s+|[\w'’-]+['’]s\s+)?(?:ruling\s+|governing\s+|emergency\s+|unity\s+|coalition\s+)?"
    r"(?:coalition|government|cabinet)\b"
)
AGREE_WORDS = frozenset(("agree", "agrees", "agreed"))
AGREED_MEASURE_RE = re.compile(
    r"\bagree(?:s|d)?\s+to\s+(?:impose|restrict|cut|ban|freeze|remove|exclude|disconnect|block|open|"
    r"send|supply|provide|extend|lift|expel|close|raise|increase|spend|revoke|scrap|abolish)\b"
    # "EU leaders agree €50bn for Ukraine": a sum agreed
    r"|\bagree(?:s|d)?\s+(?:a\s+|an\s+|on\s+)?(?:new\s+)?[$€£]\s?\d"
)
_SUSPECTS = r"(?:suspects?|attackers?|gunm[ae]n|assailants?|shooters?|bombers?|perpetrators?)"
SUSPECTS_HELD_RE = re.compile(
    rf"\b{_SUSPECTS}\b[^.;]{{0,40}}?\b(?:arrested|detained)\b"
    rf"|\b(?:arrested|detained)\s+(?:the\s+|a\s+|an\s+|\w+\s+)?(?:[\w-]+\s+){{0,3}}?{_SUSPECTS}\b"
)
PRESSURE_RE = re.compile(
    r"\b(?:considering|weighing|mulling|threatened|threatening|threatens|could\s+face|"
    r"would\s+face)\s+(?:[a-z-]+\s+){0,3}(?:sanctions|tariffs)\b"
    r"|\bthreat(?:s|ened|ening|ens)?\s+to\s+(?:cut|halt|stop|block|veto|impose|suspend|withdraw|"
    r"expel|close|sever|end|leave|quit|shut)\b"
    # "promised to respond with sanctions": a measure held over another state
    r"|\b(?:promised|promises|vowed|vows|pledged)\s+to\s+respond\s+with\s+(?:[a-z-]+\s+){0,2}"
    r"(?:sanctions|tariffs)\b"
)
PRESSURE_WORDS = frozenset(("sanctions", "tariffs", "threat", "threats", "threatened", "threatens"))
OWN_STAFF_ORDER_RE = re.compile(
    r"\b(?:told|instructed|directed)\s+(?:his|her|their|its|the)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:ministers?|ministry|government|cabinet|army|military|officials|forces|troops|police|"
    r"agencies)\s+to\b"
    # "had instructed Defence Minister Sergei Shoigu to halt fire", "directed USAID and
    # other agencies to assess": an order to an official or agencies named
    r"|\b(?:instructed|directed)\s+(?:(?:[a-z-]+\s+){0,2}(?:minister|secretary|chief|commander)"
    r"\s+(?:[a-z'’-]+\s+){1,3}?|[a-z]+\s+and\s+other\s+agencies\s+)to\b"
)


DISMISSED_CLAIMS_RE = re.compile(
    r"\bdismiss(?:ed|es|ing)\s+(?:the\s+|these\s+|those\s+|such\s+|his\s+|her\s+|their\s+|"
    r"its\s+)?(?:[a-z-]+\s+){0,3}?(?:accusations?|claims?|reports?|allegations?|charges?|"
    r"criticism|calls|suggestions?|concerns?|plans?|proposals?|threats?|remarks|comments|"
    r"warrants?|ruling|verdict)\b"
    # "dismissed the move as illegitimate": a judgment of what another did
    r"|\bdismiss(?:ed|es|ing)\s+(?:the|this|that|these|those|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:move|step|decision|vote|deal|statement|report|moves|steps|decisions|votes)\s+as\b"
)
# "would send a senior envoy to Damascus": an envoy sent is relations, not a measure
ENVOY_SENT_RE = re.compile(
    r"\bsend(?:s|ing)?\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:envoy|emissary|delegation)\b"
)
CARED_FOR_WORDS = frozenset(("wounded", "injured", "dead"))
# "sent helicopters to evacuate the injured", "short ceasefires to collect the dead and
# wounded": people cared for, not a happening told
CARED_FOR_RE = re.compile(
    r"\b(?:collect|collecting|evacuate|evacuating|retrieve|retrieving|treat|treating|airlift|"
    r"airlifting|fly\s+out|bury|burying|"
    # "wished the injured a speedy recovery", "met the injured in hospital", "home to many of
    # the dead": those a leader or a state cares for, not a count of them
    r"wished|wishing|visited|visiting|met|meeting|help|helping|comfort|comforted|"
    r"home\s+to\s+(?:many|most|some)\s+of)\s+(?:the\s+)?(?:dead|wounded|injured)\b"
)


# "compensation of one million rupees for the family of each person killed and 50,000
# rupees for each of the injured": those paid for, not a count of the harm
PAID_FOR_RE = re.compile(
    r"\bfor\s+(?:the\s+)?famil(?:y|ies)\s+of\s+(?:each\s+)?(?:person\s+|of\s+those\s+|those\s+)?"
    r"(?:the\s+)?(?:killed|dead|victims?)\b|\bfor\s+each\s+of\s+the\s+(?:injured|wounded)\b"
)


def discard_casualties_cared_for(lower: str, hits: set[str]) -> None:
    cared_for = " the dead" in lower or " the wounded" in lower or " the injured" in lower
    if (cared_for and CARED_FOR_RE.search(lower) is not None) or (
        ("prisoner" in lower or "swap" in lower or "exchange" in lower)
        and SWAPPED_WOUNDED_RE.search(lower) is not None
    ):
        hits.difference_update(CARED_FOR_WORDS)
    if ("for the famil" in lower or "for each of" in lower) and PAID_FOR_RE.search(lower):
        hits.difference_update((*CARED_FOR_WORDS, "killed"))


# "The attack comes as France prepares to pull its troops out of Niger": the happening
# told before only dates what the line is about, so its words are no evidence
HAPPENING_COMES_RE = re.compile(
    r"^the\s+(?:[a-z]+\s+)?(?:attack|attacks|strike|strikes|killing|killings|bombing|bombings|"
    r"shelling|raid|raids|violence|fighting|massacre|ambush)\s+(?:comes|came)\s+"
    r"(?:as|amid|while|after|just|only|a\s+day|days|hours|weeks|less|two|three)\b"
)
CHOICE_WHETHER_RE = re.compile(
    r"\b(?:decide|decides|deciding|decided|consider|considers|considering|weigh|weighs|"
    r"weighing|choose|chooses|undecided)\b[^.;]{0,30}?\swhether\b"
)
# "Netanyahu hit back on Friday, saying responsibility lay with Hamas": words answering
# words (not "Israel hit back overnight, striking targets in Gaza")
HIT_BACK_WORDS_RE = re.compile(
    r"\bhit\s+back\b[^.;]{0,30}?\b(?:saying|calling|accusing|insisting|telling|at\s+critics)\b"
)
# "Netanyahu fires defence minister Gallant": a dismissal, not gunfire
DISMISS_WORDS = frozenset(
    ("fires", "fired", "sacks", "sacked", "removes", "removed", "ousts", "ousted")
)
DISMISSAL_RE = re.compile(
    # ("Zelensky removes security service chief and prosecutor general")
    r"\b(?:fires|fired|sacks|sacked|removes|removed|ousts|ousted)\s+(?:his\s+|her\s+|its\s+|the\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:minister|chief|commander|director|head|general|governor|spokesman|adviser|envoy|chairman)\b"
    # "China removed Qin Gang as foreign minister"
    r"|\b(?:fires|fired|sacks|sacked|removes|removed|ousts|ousted)\s+(?:[a-z'’-]+\s+){1,3}as\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:minister|chief|commander|director|head|governor|envoy)\b"
)


BILL_NAMED_RE = re.compile(
    r"\bbill\s+(?:clinton|gates|burns|de\s+blasio|nelson|richardson|shorten|english|ackman)\b"
)
BLEW_UP = frozenset(("blew up", "blows up", "blown up"))
QUARREL_BLEW_UP_RE = re.compile(
    r"\b(?:row|rows|dispute|crisis|scandal|controversy|feud)\s+(?:has\s+|had\s+)?(?:blew|blows|blown)\s+up\b"
)
