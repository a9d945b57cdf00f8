"""Capitals that stand for their governments: "Moscow said", "blamed Kyiv", "Moscow's
shadow fleet". A stand-in is an actor, never a venue (places.scan reads these).
"""

from __future__ import annotations

import re

# "tankers in Moscow's shadow fleet", "Kyiv's forces": what only a state has, even after "in"
STATE_OWNS_AFTER_RE = re.compile(
    r"['’]s\s+(?:shadow\s+fleet|armed\s+forces|forces|troops|army|war|invasion|offensive|"
    r"allies|regime|occupation|annexation)\b"
)
STANDIN_AFTER_RE = re.compile(
    # "Washington and London imposed": each capital of a pair stands for its government
    # ("Beijing's foreign ministry said", not "Kyiv's military administration said": a
    # ministry only a state has)
    r"^(?:['’]s\s+(?:(?:foreign|defence|defense|interior|commerce|trade|finance|justice|economy)"
    r"\s+(?:ministry|minister)\s+|\w+\s+))?\s*(?:and\s+[A-Z][\w'’-]+\s+)?"
    # "Moscow on Tuesday dismissed ..."
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+)?"
    r"(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|previously\s+|again\s+)?"
    # ("Beijing had earlier announced")
    r"(?:earlier\s+|already\s+|also\s+)?"
    r"(?:said|says|responded|responds|accused|accuses|denied|denies|warned|warns|claimed|"
    r"claims|insisted|insists|blamed|blames|announced|announces|rejected|rejects|condemned|"
    r"condemns|called|calls|urged|urges|vowed|vows|threatened|threatens|demanded|demands|"
    r"wants|sees|would|will|should|must|recognised|recognized|summoned|expelled|signed|"
    r"approved|imposed|sanctioned|sent|agreed|refused|hopes|believes|considers|retaliated|paused|"
    r"published|issued|banned|barred|blacklisted|expelled|hanged|executed|jailed|sentenced|"
    # "Moscow denounced the US strike", "Moscow declared 40 German diplomats persona non grata"
    r"denounced|denounces|"
    # a headline's present tense of the same acts ("Washington expels 10 Russian diplomats")
    r"expels|imposes|summons|sends|signs|approves|sanctions|bans|bars|recalls|offers|pledges|"
    r"promises|refuses|agrees|publishes|issues|jails|sentences|executes|hangs|added|adds|"
    r"downgraded|downgrades|removed|removes|lifted|lifts|"
    # "a terrorist act by the Kyiv regime"
    r"regime|"
    # (not a measure for the city itself: "Kyiv declared Tuesday a day of mourning")
    r"(?:declared|declares)(?!\s+(?:[A-Z][a-z]+day\s+)?(?:an?\s+)?(?:day|days|state|curfew)\b)|"
    r"dismissed|dismisses|branded|brands|slammed|slams|"
    r"suspended|suspends|described|describes|hailed|hails|praised|praises|vetoed|offered|"
    # "the battle for which Moscow had been preparing"
    r"had\s+been\s+[a-z]+ing\b|has\s+been\s+[a-z]+ing\b|"
    r"responded|welcomed|criticised|criticized|protested|pledged|promised|recalled|severed|"
    r"replied|reacted|retorted|was\s+sceptical|was\s+skeptical|defended|defends|justified|"
    # "Kinshasa broke off diplomatic relations with Rwanda"
    r"broke\s+off|breaks\s+off|cut\s+(?:off\s+)?(?:ties|relations)|"
    r"was\s+widening|is\s+widening|roll\s+out|rolls\s+out|trade|traded|"
    # "said Ukraine had struck the barracks": the state accused acted ("Odesa struck
    # overnight", a headline's passive, is a place)
    r"had\s+(?:struck|fired|launched|attacked|shelled|hit|used|deployed)|"
    # "where Kyiv says Moscow has massed more than 50,000 troops"
    r"(?:has|had|have)\s+(?:massed|amassed|concentrated|moved|pulled)|"
    r"and\s+[A-Z]\w+\s+(?:roll|say|said|agree|trade|traded)"
    # a state that did not act is an actor too ("Israel did not claim the attack")
    r"|(?:did|does|do|has|have|had)\s+not|didn['’]t|doesn['’]t|hasn['’]t)\b"
)


# "blamed Kyiv for", "accused Moscow of": a capital as the object of a verb of judgement
STANDIN_BEFORE_RE = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses|accusing|urged|urges|urging|warned|warns|"
    r"criticised|criticized|condemned|condemns|thanked|pressed|told|call(?:ed|s|ing)\s+on|"
    # ("Putin threatens Kyiv with new missile")
    r"threatens|threatened|threatening)\s$"
)


def standin_before(text: str, start: int) -> bool:
    return STANDIN_BEFORE_RE.search(text[max(0, start - 14) : start].lower()) is not None


# "the Taliban government in Kabul", "the government in Kyiv": the state seated there
GOVERNMENT_SEAT_BEFORE_RE = re.compile(
    r"\b(?:government|regime|administration|rulers|leadership)\s+in\s+$", re.IGNORECASE
)


# "The UN human rights office in Geneva said ... in eastern Aleppo": where the speaker sits
SEAT_BEFORE_RE = re.compile(
    r"\b(?:office|offices|mission|embassy|headquarters|bureau|secretariat)\s+in\s+$"
)


SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|reported|reports|told)\b")


def seat_before(text: str, start: int, end: int) -> bool:
    """Is the place the seat of an office that speaks ("the UN human rights office in Geneva
    said")? An attack on an embassy in Baghdad is in Baghdad."""
    return (
        text.endswith(" in ", 0, start)
        and SPEAKS_AFTER_RE.match(text, end) is not None
        and SEAT_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


# "Zelensky told foreign reporters in Kyiv that 1,300 servicemen had been killed": where a
# toll was told, not where its dead fell
TOLD_IN_BEFORE_RE = re.compile(r"\b(?:told|said|speaking|addressing)\s+(?:[\w'’-]+\s+){0,4}?in\s+$")
THAT_AFTER_RE = re.compile(r"(?:\s+on\s+[A-Z][a-z]+day)?\s+that\b")


# "the defence ministry in Moscow said its aircraft had flown 20 sorties": where a
# state's ministry sits (not local officials, who speak of their own city), not where it
# happened
SPEAKER_SEAT_BEFORE_RE = re.compile(
    r"\b(?:defen[cs]e\s+ministry|foreign\s+ministry|government|high\s+command)\s+in\s+$"
)
SPEAKER_SEAT_AFTER_RE = re.compile(r"\s+(?:said|says|reported|announced|claimed)\b")


def told_in_before(text: str, start: int, end: int) -> bool:
    if not text.endswith(" in ", 0, start):
        return False
    if SPEAKER_SEAT_AFTER_RE.match(text, end) is not None and (
        SPEAKER_SEAT_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    ):
        return True
    return (
        THAT_AFTER_RE.match(text, end) is not None
        and TOLD_IN_BEFORE_RE.search(text, max(0, start - 60), start) is not None
    )
