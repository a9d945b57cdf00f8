"""The one-person and named-person patterns of ``casualties.extract_casualties``
("a 43-year-old woman was killed", "killing the driver", "Hamas chief Ismail
Haniyeh killed in Tehran"): counts told without a number, on lower-cased text
unless a pattern reads names (then on the text as written)."""

from __future__ import annotations

import re

from streams.text.casualty_patterns import FLAGS, NUM
from streams.text.casualty_people import PERSON

# ("a Chinese woman and a Myanmar national were killed": one of two named by where from;
# alone, "reports that a foreign national had been killed" is no count)
PAIRED = f"(?:{PERSON}|national)"
# Two people named one by one: "killed a woman and her daughter".
PAIR_KILLED = re.compile(
    rf"\b(?:killed|killing|kills|shot\s+dead)\s+(?:a|an|the|its|his|her|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}"
    # (the first may be named: "killing its commander Mushtaq Talib al-Saidi and an aide")
    rf"{PERSON}(?:\s+[a-z][a-z'’-]*){{0,4}}?\s+and\s+"
    # ("shot dead a father and son")
    rf"(?:(?:a|an|the|her|his|their)\s+(?:agemask\s+|[a-z]+\s+){{0,2}})?{PERSON}\b"
    # "a Sikh worshipper and a Taliban fighter were killed"
    rf"|\b(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PAIRED}\s+and\s+(?:a|an|the|her|his|their)\s+"
    rf"(?:agemask\s+|[a-z]+\s+){{0,2}}{PAIRED}"
    # ("a two-year-old boy and a 41-year-old man who tried to protect the children were")
    r"(?:\s+who\s+(?:(?!\b(?:and|said|says|told)\b)[^,;.|]){1,60}?)?"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)\b"
    # "Both pilots were killed"
    # (not "both attackers were shot dead", whom the labels leave out)
    r"|\bboth\s+(?!attackers|gunmen|assailants|militants|bombers)"
    r"(?:(?:[a-z-]+\s+){0,2}[a-z]+s\s+)?(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)\b"
    # a headline drops the articles: "Anti-tank missile kills mother and son"
    rf"|\b(?:kills|killed|killing)\s+{PERSON}\s+and\s+(?:(?:her|his|their)\s+)?{PERSON}\b"
    r"(?!s|\s+and\s+(?!injur|wound|hurt|leav))"
    # "set off a bomb, killing himself and a police officer": the bomber and one more
    r"|\b(?:killed|killing)\s+(?:himself|herself)\s+and\s+(?:a|an|the|one|his|her)\s+"
    rf"(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?!\s+and\s+(?!wound|injur))"
)
# "killing the minister ... as well as several of his staff": one and an untold number
MORE_UNCOUNTED = re.compile(
    r"[^.;|]{0,60}?\bas\s+well\s+as\s+(?:several|dozens|scores|many|some|others|other|a\s+number)\b"
)
# "Officials put the toll at 37 on Sunday. By Monday it had risen to at least 43": the
# toll told again by a pronoun
TOLL_AGAIN = re.compile(
    r"\b(?:it|the\s+figure)\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|increased|jumped)\s+to\s+"
    rf"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+)?(?P<n>{NUM})\b"
)
# "one was seriously injured and the other lightly hurt": both of two hurt
BOTH_HURT = re.compile(
    r"\bone\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\s+and\s+the\s+other\s+"
    r"(?:was\s+|had\s+been\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
)
# "killing at least 44 people ... and sending more than 520 to hospital": those hurt
SENT_TO_HOSPITAL = re.compile(
    r"\b(?:sending|sent)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+)?"
    rf"(?P<n>{NUM})\s+(?:people\s+|others\s+)?to\s+(?:a\s+)?hospitals?\b"
)
# "none of the eight people on board had survived": all of them dead
NONE_SURVIVED = re.compile(
    rf"\bnone\s+of\s+the\s+(?P<n>{NUM})\s+[^.;|]{{0,50}}?\b(?:had\s+|have\s+)?survived\b"
)
SINGLE_KILLED = [
    re.compile(
        # "a 43-year-old woman was killed", "the gunman, a 20-year-old man, was shot dead",
        # "his father was found dead"
        # ("a Ukrainian F-16 pilot was killed": a model's name among the words before)
        rf"\b(?:a|an|the|his|her|their|another)\s+(?:agemask\s+|[a-z][a-z0-9-]*\s+){{0,2}}{PERSON}\b"
        # ("a French soldier of the Barkhane force, Brigadier Ronan Pointeau, was killed",
        # "a man who had gone to look at the waves was killed")
        # ("the mayor of Uruapan, Carlos Manzo, was shot dead")
        r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
        r"(?:,\s+[^,;.|]{1,60},|\s+who\s+(?:(?!\b(?:and|said|says|told)\b)[^,;.|]){1,80}?"
        # (not the speaker of another's fate: "the mayor said nobody was killed")
        rf"|(?:\s+(?!said\b|says\b|nobody\b)[\w'’-]+){{0,4}}?)"
        r",?\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
        r"(?:killed|shot\s+dead|found\s+dead|fatally\s+(?:wounded|injured|shot)|"
        # ("a 17-year-old student was shot in the head and killed")
        r"shot\s+(?:in\s+the\s+[a-z]+\s+)?and\s+killed|"
        r"(?:stabbed|burned|burnt|beaten)\s+to\s+death)\b",
        FLAGS,
    ),
    re.compile(
        # "killing the driver": one named by role, as with "a"
        # ("kills Hezbollah's top military commander": whose, as "its")
        # ("shot dead Russia's ambassador, Andrei Karlov")
        # ("shot dead his mother, Nancy Lanza")
        rf"\b(?:(?:killed|killing|kills|shot\s+dead|gunned\s+down|assassinated)\s+"
        r"(?:a|an|the|their|its|his|her|[a-z]+['’]s)"
        # a headline drops the article: "Brussels police shoot dead suspect"
        r"|shoots?\s+dead(?:\s+(?:a|an|the))?)\s+"
        rf"(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
        # not the first of a group: "the driver and four passengers" (nor after the name:
        # "killing its editor Stephane Charbonnier and several of France's cartoonists")
        r"(?!(?:\s+[a-z'’-]+){0,3}?\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"several|dozens|many)\b)",
        FLAGS,
    ),
    re.compile(r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+)?died\b", FLAGS),
    # "the driver died", "a nine-year-old boy died after a tree fell on him"
    re.compile(
        # ("a man in his 60s died after falling from the second floor")
        # ("One man, in his 70s, died in Ras al-Khaimah")
        rf"\b(?:a|an|the|one)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}(?:,?\s+in\s+(?:his|her)\s+\d0s,?)?"
        # ("a man shot in the chest near the Hledan junction died in hospital")
        # ("a man shot during Wednesday night's protests in the city centre died")
        r"(?:\s+(?:shot|wounded|injured|hit|stabbed)\s+(?:in|by|near|at|during)\b[^,.;|]{0,60}?)?"
        r"\s+(?:later\s+)?died\b",
        FLAGS,
    ),
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
        # ("burning a Catholic priest to death")
        r"\b(?:stabbed|stabbing|shot|shooting|beat|beaten|beating|hacked|hacking|burned|burnt|"
        r"burning)\s+(?:a|an|the|his|her)\s+"
        rf"(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\s+to\s+death\b",
        FLAGS,
    ),
    # "shot dead a 26-year-old American-Israeli": an age names one person
    re.compile(
        r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead)\s+(?:a|an)\s+agemask\b"
        r"(?!\s+[\w-]+\s+and\s)",
        FLAGS,
    ),
    # "Nahel, the 17-year-old shot dead by a police officer": one, by age
    re.compile(
        r"\b(?:a|an|the)\s+agemask\s+(?:[a-z]+\s+)?(?:who\s+was\s+|was\s+)?"
        r"(?:killed|shot\s+dead)\s+by\b",
        FLAGS,
    ),
    # "was shot in the head during a protest ... and died in hospital": one person
    # ("was hit in the neck by a single shot ... and died in hospital")
    # ("was stabbed in central Visby on Wednesday and died in hospital")
    re.compile(
        r"\bwas\s+(?:shot|hit|struck|stabbed|beaten)\b[^.;|]{0,140}?\band\s+(?:later\s+)?died\b",
        FLAGS,
    ),
    # a headline's "killing mayor", "kills commander": one by role, with no article
    re.compile(
        rf"\b(?:killing|kills|killed)\s+(?:(?:senior|top|deputy|local|town|city)\s+)?{PERSON}\b"
        # (not one of an untold few: "killing President Anwar Sadat and several others")
        r"(?![s'’-])(?![^,;.|]{0,40}?\band\s+(?:several|many|some|dozens|scores|others)\b)",
        FLAGS,
    ),
    # "Rescuers pulled a man out of the rubble alive, but medics could not save him"
    re.compile(r"\bcould\s+not\s+(?:save|resuscitate)\s+(?:him|her)\b", FLAGS),
    # "was pronounced dead at a hospital": "was" says one person
    re.compile(r"\bwas\s+(?:later\s+|then\s+)?(?:pronounced|declared|confirmed)\s+dead\b", FLAGS),
    # one person named after the role: "one officer, Arnon Zmora, was killed"
    re.compile(
        # ("a Dallas policeman, J. D. Tippit, 39, was shot dead": initials, an age)
        rf"\b(?:a|an|one)\s+(?:agemask\s+|[a-z-]+\s+){{0,2}}{PERSON}\s*,\s*(?:[a-z]\.\s*){{0,3}}"
        rf"[^,;.|]{{1,40}}(?:,\s*\d{{1,3}})?,\s+"
        r"(?:(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|fatally\s+(?:wounded|injured|shot))"
        # ("a university student, Maria Luz Najera, died in Madrid")
        r"|died)\b",
        FLAGS,
    ),
    # a headline's "Boy, 10, killed as Russian glide bomb hits Kramatorsk"
    re.compile(
        rf"\b{PERSON}\s*,\s*\d{{1,3}}\s*,\s*(?:is\s+|was\s+)?(?:killed|shot\s+dead|dies|died)\b",
        FLAGS,
    ),
    # "announced the death of a soldier killed by small-arms fire"
    re.compile(
        rf"\bthe\s+death\s+of\s+(?:a|an)\s+(?:agemask\s+|[a-z-]+\s+){{0,2}}{PERSON}\b", FLAGS
    ),
    # one body: "producer Vira Hyrych's body was recovered from the rubble"
    re.compile(
        r"\b[a-z]+['’]s\s+body\s+(?:was|had\s+been|has\s+been)\s+(?:recovered|found|pulled|retrieved)\b",
        FLAGS,
    ),
    # one body: "rescuers recovered the body of a journalist"
    re.compile(
        r"\b(?:recovered|found|pulled|retrieved|discovered)\s+(?:the\s+)?body\s+of\b"
        # ("firefighters later found a charred body inside the building")
        r"|\b(?:recovered|found|pulled|retrieved|discovered)\s+a\s+(?:charred|burned|burnt|"
        r"badly\s+burned|decomposed|lifeless|single)\s+body\b"
        # ("the body of its watchman was found in the debris")
        r"|\bthe\s+body\s+of\s+(?:a|an|its|his|her|their)\s+[^.;|]{0,40}?\s+(?:was|has\s+been|had\s+been)\s+"
        r"(?:found|recovered|pulled)\b",
        FLAGS,
    ),
]
SINGLE_INJURED = re.compile(
    r"\b(?:wounded|injured|wounding|injuring|stabbed|stabbing)\s+(?:a|an|the|his|her|their|its)\s+"
    # ("shot and wounded his first-grade teacher")
    rf"(?:[a-z]+['’]s\s+)?(?:agemask\s+|[a-z-]+\s+)?{PERSON}\b"
    # "a seven-year-old girl was seriously injured"
    # (not another's fate after "and": "spotted by a train driver and no one was hurt")
    rf"|\b(?:a|an|another|the\s+other|their|his|her)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?:\s+(?!and\b|nobody\b)[\w'’-]+){{0,4}}?"
    # ("a 59-year-old woman had also been injured")
    r"\s+(?:was|has|had)\s+(?:also\s+)?(?:been\s+)?(?:(?:stabbed|shot)\s+and\s+)?(?:\w+ly\s+)?"
    r"(?:injured|wounded|hurt)\b"
    # "a shift supervisor suffered concussion"
    rf"|\b(?:a|an|the)\s+(?:agemask\s+|[a-z-]+\s+){{0,2}}(?:{PERSON}|supervisor)\s+suffered\s+"
    r"(?:a\s+)?(?:concussion|injuries|burns|shrapnel\s+wounds)\b"
    # "the only survivor, a British national ..., was being treated in hospital"
    rf"|\b(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}{PERSON}\b[^.;|]{{0,80}}?\s+(?:was|is)\s+"
    r"(?:being\s+)?treated\s+(?:in|at|for)\b"
    # "killing two men and gravely wounding a third": one more, hurt
    r"|\b(?:wounding|injuring|wounded|injured)\s+a\s+(?:second|third|fourth|fifth|sixth)\b"
    r"(?!\s+(?:of|time)\b)"
    # "killed one civilian and wounded another"
    r"|\b(?:killed|killing)\s+(?:one|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+(?:wounded|injured|wounding|injuring)\s+"
    r"another\b"
    # "another soldier was killed and a second wounded"
    r"|\bwas\s+killed\s+and\s+(?:a\s+second|another)\s+(?:was\s+)?(?:wounded|injured|hurt)\b"
    # "A man was shot dead and a woman wounded", "was killed and his partner seriously
    # injured": one more hurt, the verb told once
    rf"|\bwas\s+(?:killed|shot\s+dead|stabbed\s+to\s+death)\s+and\s+(?:a|an|his|her|their)\s+"
    rf"(?:agemask\s+|[a-z]+\s+)?(?:{PERSON}|partner|companion)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b"
    # "Five soldiers were killed and a sixth was seriously injured"
    r"|\b(?:were|had\s+been)\s+killed\s+and\s+a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)"
    r"\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b"
    # "attacked a guard with a knife, slightly wounding him"
    r"|\b(?:wounding|injuring)\s+(?:him|her)\b"
    # "Lebanese soldiers shot and wounded him"; a headline's "troops wound gunman"
    r"|\bshot\s+and\s+(?:wounded|injured)\s+(?:him|her)\b"
    rf"|\bwounds?\s+{PERSON}\b(?![s'’-])"
    # "he got away but was shot and wounded"
    # (not "He said no one was hurt")
    r"|\b(?:he|she)\s+(?:(?!said\b|says\b|told\b|no\b|nobody\b|none\b)[a-z]+\s+){0,3}?"
    r"(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:stabbed|shot)\s+and\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b",
    FLAGS,
)
# "a man in his 20s was swept away by a swollen stream and was later found dead"
FOUND_DEAD_LATER = re.compile(
    rf"\b(?:a|an)\s+(?:agemask\s+|[a-z]+\s+){{0,2}}{PERSON}\b"
    r"(?:(?!\b(?:and|said|says|told)\b)[^.;|]){0,100}?\s+and\s+was\s+(?:later\s+)?found\s+dead\b",
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
    # (not an infinitive: "foiled a plot to kill the television presenter")
    rf"\b(?:killed|kills|(?<!to\s)kill)\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+){{0,2}}{PERSON}\b(?!\s+and\b)"
)
# "X, founder of Nibulon, and his wife were killed": the one named and one more
KILLED_WITH_RELATIVE = re.compile(
    # ("Melissa Hortman ... and her husband Mark were both shot dead")
    r"\band\s+(?:his|her)\s+(?:wife|husband|son|daughter|mother|father|brother|sister)\s+"
    r"(?:[a-z]+\s+)?(?:were|had\s+been)\s+(?:both\s+)?(?:killed|shot\s+dead)\b"
)
# "was killed with his assistant": the one named and one more
KILLED_WITH_ONE = re.compile(
    rf"\b(?:was|had\s+been|has\s+been)\s+killed\s+(?:along\s+|together\s+)?with\s+(?:his|her)\s+"
    rf"(?:[a-z]+\s+)?{PERSON}\b"
)
# A headline naming one by role: "Russian general killed by bomb in Moscow"
HEADLINE_ONE_KILLED = re.compile(
    # ("Mayor of Mexico's Chilpancingo killed less than a week after taking office")
    # ("Ecuadorian prosecutor investigating gang violence shot dead in Guayaquil")
    # (not a count told by its last: "Sixth tourist dies after suspected methanol poisoning")
    rf"^\s*(?!(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s)(?:[a-z'’-]+\s+){{0,2}}{PERSON}\s+(?:(?:of|investigating|leading|handling|probing)\s+[^,;]{{1,40}}?\s+)?"
    # ("Dutch filmmaker Theo van Gogh murdered on Amsterdam street")
    # ("Passenger dies as severe turbulence jolts Singapore Airlines flight")
    # ("Radio Liberty journalist found dead in Kyiv building hit by Russian missile")
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death|murdered|assassinated|dies|found\s+dead)\b"
)
# "Haniyeh and one of his bodyguards were killed" -> 1 + 1
# (a count or a determiner opening the sentence heads no name: "Two Israelis and three ...")
_COUNTED_HEAD = "(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|The|A|An|His|Her|Their)"
NAME_AND_N = re.compile(
    rf"\b[A-Z][a-z]+\s+and\s+(?P<n>{NUM})\s+of\s+(?:his|her|their)\s+\w+\s+(?:were|was)\s+killed\b"
    # "Ambassador Christopher Stevens and three other Americans were killed": a person named
    # in full (two capitalised words at least: "Two Israelis and three others" is no one)
    rf"|\b(?!{_COUNTED_HEAD}\b)[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){{1,3}}\s+and\s+(?P<k>{NUM})\s+"
    r"others?(?:\s+[A-Za-z]+)?\s+"
    r"(?:were|have\s+been|had\s+been)\s+killed\b"
)
# One person and N others: "who died with three other fighters", "was killed along with
# two others", "the commander and three other fighters were killed" give N + 1
ONE_AND_N_OTHERS = re.compile(
    rf"\b(?:died|was\s+killed)\s+(?:along\s+|together\s+)?with\s+(?P<n>{NUM})\s+others?\b"
    rf"|\b(?:the|a|an|his|her)\s+[a-z]+\s+and\s+(?P<m>{NUM})\s+others?\s+(?:[a-z]+\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+killed\b"
    # "was killed by a suicide bomber at his office on Thursday along with two other people"
    rf"|\bwas\s+killed\b[^.;|]{{0,70}}?\s+along\s+with\s+(?P<k>{NUM})\s+other\s+"
    r"(?:people|persons|officials|civilians|guards|soldiers)\b"
)
# "killed the prosecutor general, Sergei Gorenko, and his deputy Ekaterina Steglenko",
# "shot dead the mayor and his driver": one and the one beside them
KILLED_ONE_AND_AIDE = re.compile(
    # ("Gunman kills Minnesota lawmaker and her husband": a headline drops the article)
    r"\b(?:kill(?:ed|ing|s)|shot\s+dead)\s+(?:him|her|the|a|an|[a-z]+)\b[^.;|]{0,120}?,?\s+and\s+"
    r"(?:his|her)\s+"
    r"(?:deputy|wife|husband|son|daughter|driver|bodyguard|aide|assistant|brother|sister)\b"
    r"(?!\s+(?:were|was|had|have|said|told)\b)"
)
# "killing him, his wife and their six children": the one, the spouse and the children
KILLED_WITH_FAMILY = re.compile(
    r"\bkill(?:ing|ed)\s+(?:him|her),\s+(?:his|her)\s+(?:wife|husband)\s+and\s+"
    rf"(?:their|his|her)\s+(?P<n>{NUM})\s+(?:children|sons|daughters|grandchildren)\b"
)
# "a sixth victim of the bombing had died in hospital": the toll is now six
_ORDINAL = r"(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
ORDINAL_DEATH = re.compile(
    rf"\b(?:a|an|the)\s+{_ORDINAL}\s+(?:victim|person|man|woman|child|soldier|officer|patient)\b"
    r"[^.;|]{0,40}?\s+(?:had\s+|has\s+)?(?:died|succumbed)\b"
    # "a second body had been pulled from the ruins", "the body of a third victim"
    rf"|\b(?:a|the)\s+{_ORDINAL.replace('(?P<n>', '(?P<b>')}\s+body\b"
    rf"|\bbody\s+of\s+(?:a|the)\s+{_ORDINAL.replace('(?P<n>', '(?P<v>')}\s+(?:victim|person)\b"
)
# "a third person had been hurt in the morning attack": the count so far
ORDINAL_HURT = re.compile(
    rf"\b(?:a|the)\s+{_ORDINAL}\s+(?:person|man|woman|child|civilian|resident|victim)\s+"
    r"(?:had\s+been|has\s+been|was)\s+(?:\w+ly\s+)?(?:hurt|injured|wounded)\b"
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
