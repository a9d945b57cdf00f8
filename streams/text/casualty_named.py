"""Casualties told one person at a time, in pairs or by name ("a sailor and a police
officer were wounded", "a police officer, Sean Collier, was shot dead", "a mob beat two
men to death"), for ``casualties``."""

from __future__ import annotations

import re

from streams.text.casualty_parts import one_named
from streams.text.casualty_patterns import NUM, QUANT
from streams.text.casualty_people import PERSON
from streams.text.casualty_singles import NAME_AND_N
from streams.text.numbers import parse_number

_ONE = r"(?:a|an|the|his|her|their)\s+(?:agemask\s+|[a-z-]+\s+){0,2}"
# Two people hurt, one by one: "wounded a woman and her two-year-old son", "a sailor and a
# police officer were wounded", "The taxi driver and his passenger were injured"
PAIR_INJURED = re.compile(
    rf"\b(?:wounded|wounding|injured|injuring)\s+{_ONE}{PERSON}\s+and\s+{_ONE}{PERSON}\b"
    rf"|\b(?:a|an|the)\s+(?:agemask\s+|[a-z-]+\s+){{0,2}}{PERSON}\s+and\s+{_ONE}{PERSON}"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
)
# "killing one of its two pilots and injuring the other": one dead, one hurt
ONE_KILLED_OTHER_HURT = re.compile(
    r"\bkill(?:ing|ed)\s+one\s+of\s+(?:its|the|their|his|her)\s+two\s+[a-z]+\s+and\s+"
    r"(?:injuring|wounding|injured|wounded)\s+the\s+other\b"
)
# "Two flight attendants, pulled from the wreck, survived with injuries": hurt, not dead
SURVIVED_HURT = re.compile(
    rf"\b{QUANT}(?P<n>{NUM})\s+(?:[a-z-]+\s+){{0,2}}[a-z]+s\b[^.;|]{{0,60}}?\bsurvived\s+with\s+"
    r"(?:[a-z]+\s+)?injuries\b"
)
# "stabbed two Israeli men to death", "a mob beat two men ... to death": a count put to
# death by hand
TO_DEATH_COUNT = re.compile(
    rf"\b(?:stabbed|beat|beaten|hacked|clubbed|burned|burnt)\s+{QUANT}(?P<n>{NUM})\s+"
    r"(?:[a-z-]+\s+){0,8}?to\s+death\b"
    # ("shooting and hacking to death at least 45 Tzotzil Indians")
    rf"|\b(?:[a-z]+ing\s+and\s+)?(?:hacking|stabbing|beating|burning|clubbing)\s+to\s+death\s+"
    rf"{QUANT}(?P<m>{NUM})\b"
)
# "a Massachusetts Institute of Technology police officer, Sean Collier, was shot dead",
# and a surname opening a sentence, then who he was: "Bhatti, the only Christian in the
# cabinet, was shot dead"
ROLE_NAMED_KILLED = re.compile(
    # ("North Yemen's president, Ahmed al-Ghashmi,", "the Archbishop of Bukavu, Christophe
    # Munzihirwa,": a state's or a see's one, named)
    rf"(?:\b(?:[Aa]|[Aa]n|[Tt]he)|[A-Z][a-z]+['’]s)\s+(?:[\w'’-]+\s+){{0,6}}?{PERSON}(?:\s+of\s+[A-Z][\w-]+)?,"
    r"\s+[A-Z][^\W\d_]+(?:\s+(?:(?:al|el|ad|as|ash|an|ar|az|abu|bin|ibn)-)?[A-Z][^\W\d_]+){1,2},"
    r"\s+(?:was|had\s+been)\s+(?:killed|shot\s+dead|stabbed\s+to\s+death)\b"
    r"|(?:^|[.;]\s+)[A-Z][a-z]+,\s+(?:the|a|an)\s+[^;.|]{1,110}?,\s+(?:was|had\s+been)\s+"
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death)\b"
)
# A headline naming one person by trade and name: "Dutch filmmaker Theo van Gogh murdered
# on Amsterdam street"
NAMED_HEADLINE_KILLED = re.compile(
    # ("Israeli Prime Minister Yitzhak Rabin assassinated": a title capitalised)
    rf"\s*(?:[A-Za-z'’-]+\s+){{0,2}}(?i:{PERSON})\s+(?:[A-Z][\w'’-]*\s+|(?:van|von|de|del|al|bin)\s+){{1,4}}"
    # ("Ukrainian writer Victoria Amelina dies of wounds")
    r"(?:killed|shot\s+dead|murdered|assassinated|stabbed\s+to\s+death|dies|died)\b"
)


# A headline naming one person: "Hamas chief Ismail Haniyeh killed in Tehran"
# (a title-case headline capitalises the verb and its preposition: "al-Arouri Killed In")
NAMED_KILLED = re.compile(
    # ("Federico Martín Aramburú was shot dead": letters beyond a-z)
    r"\b((?:[a-z]{1,3}-)?[A-Z][^\W\d_]+(?:-[A-Z][a-z]+)?)\s+(?:is\s+|was\s+|had\s+been\s+|has\s+been\s+)?"
    # ("Guy Malary was ambushed and shot dead")
    r"(?:(?:ambushed|attacked|kidnapped|abducted|seized)\s+and\s+)?"
    r"(?:[Kk]illed|[Ss]hot\s+[Dd]ead|[Ss]tabbed\s+[Tt]o\s+[Dd]eath)\b"
    r"(?=\s+(?i:in|at|on|by|as|after|when|while|near|outside|inside|during)\b|\s*[,.;:]|\s*$)"
)
# "Kirill Stremousov, the deputy head of the ... administration, was killed", "Nahel M., 17,
# was shot dead": one person named in full, then described
NAMED_APPOSITIVE_KILLED = re.compile(
    # ("Nikita Tsitsagi, a correspondent for the Russian outlet News.ru, was killed")
    # ("Abdulghani al-Kikli, head of the Stability Support Apparatus, was killed")
    # ("César Suárez, a prosecutor handling ..., was killed": letters beyond a-z)
    r"\b[A-Z][^\W\d_]+(?:\s+(?:(?:al|el|ad|as|ash|an|ar|az|abu|bin|ibn)-)?(?:[A-Z][^\W\d_]+|[A-Z]\.))+\s*,\s+(?:\d{1,3}|the|a|an|who|deputy|head|chief|former|senior|leader|commander|[a-z][\w-]*-[a-z][\w-]*)\b(?:[^;.|]|\.(?=\w)){0,110}?,\s+"
    r"(?:(?:was|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|stabbed\s+to\s+death)"
    # "Yaroslav Moskalik, a deputy head of ..., died when a parked car ... blew up"
    # ("Darya Dugina, 29, died late on Saturday when the car she was driving blew up")
    # ("Alpha Yoro Tounkara, a geography student ..., died on Friday during clashes")
    r"|died\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?:when|after|in|of|from|during))\b"
    # ("the television executive Vladislav Listyev, who was shot dead at his door")
    r"|\b[A-Z][^\W\d_]+\s+[A-Z][^\W\d_]+,\s+who\s+(?:was|had\s+been)\s+"
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death)\b"
)
# "Graham Staines and his two young sons were burned to death": one named and his children
NAME_AND_CHILDREN = re.compile(
    rf"\b[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){{0,3}}\s+and\s+(?:his|her)\s+(?P<n>{NUM})\s+(?:[a-z]+\s+)?"
    r"(?:sons|daughters|children|grandchildren|brothers|sisters)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:killed|shot\s+dead|(?:burned|burnt|stabbed|hacked|beaten)\s+to\s+death)\b"
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
_TITLE = (
    r"(?:leader|commander|chief|head|founder|spokesman|general|minister|governor|mayor|"
    # ("killed American war correspondent Marie Colvin", "killed bombing suspect Tamerlan")
    r"correspondent|photographer|journalist|reporter|cameraman|suspect|blogger|activist|"
    r"lawyer|prosecutor|editor|judge)"
)
# ("soldiers killed President Joao Bernardo Vieira at his home")
_CAPITAL_TITLE = r"(?:President|General|Governor|Mayor|Senator|Ambassador|Judge)"
TITLED_KILLED = re.compile(
    # ("kills al-Qaeda leader Ayman al-Zawahiri": a group's name with its article)
    # ("Gunmen kill Pakistan's minorities minister Shahbaz Bhatti": a word before the title)
    rf"\b(?:kill(?:ed|ing|s)|(?<!to\s)kill)\s+(?:(?:[a-z]{{1,3}}-)?[A-Z][\w'’-]+\s+){{0,2}}"
    rf"(?:(?!of\b)[a-z]+\s+)?(?:{_TITLE}|{_CAPITAL_TITLE})\s+[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){{0,2}}+\b"
    # (not one of an untold few: "killing its editor Stephane Charbonnier and several
    # cartoonists"; "and dozens of others" still gives the one named, as labeled)
    r"(?!\s+and\s+(?:several|many|some|a\s+number)\b)"
    # ("kills Iran's Qassem Soleimani": a state's own man, named in full)
    r"|\bkill(?:ed|ing|s)\s+[A-Z][a-z]+['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){1,2}\b(?!['’])"
)
# "killed Wissam al-Tawil, a senior commander": a person's full name, then who they were
NAMED_PERSON_KILLED = re.compile(
    # ("gunmen shot dead Yolanda Sánchez Figueroa, the mayor of Cotija")
    r"\b(?:kill(?:ed|ing|s)|shot\s+dead)\s+(?:[a-z]{1,3}-)?[A-Z][^\W\d_]+"
    r"(?:[\s-](?:[a-z]{1,3}-)?[A-Z][^\W\d_]+){1,3}"
    # ("killed Ali Shadmani, Iran's wartime chief of staff")
    # ("police shot dead Keith Lamont Scott, 43, in the car park")
    r",\s+(?:a|an|the|who|whom|one\s+of|\d{1,3},|[A-Z][a-z]+['’]s)(?:\b|\s)"
)
# "killing Guards commander Hossein Salami and armed forces chief Mohammad Bagheri": two
_RANK = r"(?:[A-Z][a-z]+\s+)?(?:General|Colonel|Major|Captain|Lieutenant|Admiral|Brigadier)"
TITLED_PAIR_KILLED = re.compile(
    rf"\bkill(?:ed|ing|s)\s+(?:[A-Z][\w'’-]+\s+){{0,2}}(?:(?!of\b)[a-z]+\s+)?{_TITLE}\s+[A-Z][^\W\d_]+"
    rf"(?:\s+[A-Z][^\W\d_-]+){{0,2}}\s+and\s+(?:[\w'’-]+\s+){{0,2}}{_TITLE}\s+[A-Z][^\W\d_]+\b"
    # "Major General Polad Hashimov and Colonel Ilgar Mirzayev were killed"
    rf"|\b{_RANK}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z-]+){{1,2}}\s+and\s+{_RANK}\s+[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z-]+){1,2}\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)\b"
)


# "dragged Antoine Izmery out of a memorial Mass and shot him dead": one put to death
PRONOUN_KILLED = re.compile(
    r"\b(?:shot|stabbed|beat|hacked|clubbed)\s+(?:him|her)\s+(?:dead|to\s+death)\b"
    r"(?!\s+along\s+with\b|\s+with\b)"  # (not one of several: "along with his guard")
)
# (not an attacker the police shot: "until police broke through a wall and shot him dead")
_FORCE_BEFORE_RE = re.compile(
    r"\b(?:police|policemen|officers|forces|troops|soldiers|guards|commandos|snipers?)\b"
)
# "civil rights leader Vernon Dahmer died on Monday after night riders set fire to his home"
TITLED_DIED = re.compile(
    rf"\b{_TITLE}\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){{1,2}}\s+died\s+"
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?(?:when|after|in|of|from|during)\b"
)


def _pronoun_killed(lower: str) -> str | None:
    match = PRONOUN_KILLED.search(lower)
    if match is None or _FORCE_BEFORE_RE.search(lower, max(0, match.start() - 90), match.start()):
        return None
    return match.group(0)


def named_killed(window: str, lower: str) -> tuple[int, str] | None:
    """One or two people killed, told by name (with a title, a rank or who they were):
    the count and the words that told it."""
    if "kill" in lower or "shot dead" in lower:
        pair = TITLED_PAIR_KILLED.search(window)
        titled = pair or TITLED_KILLED.search(window) or NAMED_PERSON_KILLED.search(window)
        if titled:
            return (2 if pair else 1), titled.group(0)
    if not ("killed" in lower or "shot dead" in lower or "to death" in lower or " died " in lower):
        if " dead" in lower and (pronoun := _pronoun_killed(lower)):
            return 1, pronoun
        return None
    if (" him " in lower or " her " in lower) and (pronoun := _pronoun_killed(lower)):
        return 1, pronoun
    if " died " in lower and (died := TITLED_DIED.search(window)):
        return 1, died.group(0)
    for pattern in (NAMED_KILLED, NAMED_KILLED_AND):
        for match in pattern.finditer(window):
            if one_named(window, match, headline_start=True):
                return 1, match.group(0)
    if ", " in window and (role_named := ROLE_NAMED_KILLED.search(window)):
        return 1, role_named.group(0)
    pair = NAMED_PAIR_KILLED.search(window)
    appositive = pair or NAMED_APPOSITIVE_KILLED.search(window)
    if appositive:
        return (2 if pair else 1), appositive.group(0)
    return None


def add_named_groups(window: str, lower: str, killed: list[int], cues: list[str]) -> None:
    """One named person and a count with them: "Graham Staines and his two young sons were
    burned to death" (1 + 2), "Ambassador Christopher Stevens and three other Americans
    were killed" (1 + 3)."""
    if " and his " in window or " and her " in window:
        for match in NAME_AND_CHILDREN.finditer(window):
            value = parse_number(match.group("n").lower())
            if value is not None:
                killed.append(1 + value)
                cues.append(match.group(0))
    if "killed" in lower and (" of " in lower or " other" in lower):
        for match in NAME_AND_N.finditer(window):
            value = parse_number((match.group("n") or match.group("k")).lower())
            if value is not None:
                killed.append(1 + value)
                cues.append(match.group(0))
