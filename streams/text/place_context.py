"""What the words around a name say about it: a locative cue before it ("in",
"the village of", "strike on"), a region noun after it ("Kharkiv region"), a verb
that makes a capital stand for its government ("Moscow said", "blamed Kyiv"),
or a river's context ("across the Dnipro")."""

from __future__ import annotations

import re

from streams.text.lexicon import words

CONTROL_SUFFIXES = ("-held", "-occupied", "-controlled", "-annexed", "-run")

REGION_AFTER_RE = re.compile(
    r"^(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:region|regions|oblast|oblasts|province|provinces|governorate|"
    r"district|area|Region|Oblast|Province|Governorate|District|krai|Krai|republic|Republic|"
    r"people['’]s\s+republic|county|County|state|State|valley|Valley|peninsula|Peninsula|"
    r"Strip|strip|Heights|Panhandle|front|Front|direction|sector|Sea|River|river|"
    r"airport|Airport|prefecture|prefectures|Prefecture|canton|Canton|voivodeship|Voivodeship)\b"
)
STANDIN_AFTER_RE = re.compile(
    r"^(?:['’]s\s+\w+\s+)?\s*(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|previously\s+)?"
    r"(?:said|says|responded|responds|accused|accuses|denied|denies|warned|warns|claimed|"
    r"claims|insisted|insists|blamed|blames|announced|announces|rejected|rejects|condemned|"
    r"condemns|called|calls|urged|urges|vowed|vows|threatened|threatens|demanded|demands|"
    r"wants|sees|would|will|should|must|recognised|recognized|summoned|expelled|signed|"
    r"approved|imposed|sent|agreed|refused|hopes|believes|considers|retaliated|"
    r"responded|welcomed|criticised|criticized|protested|pledged|promised|"
    r"was\s+widening|is\s+widening|roll\s+out|rolls\s+out|and\s+[A-Z]\w+\s+(?:roll|say|said|agree))\b"
)


# "blamed Kyiv for", "accused Moscow of": a capital as the object of a verb of judgement
STANDIN_BEFORE_RE = re.compile(
    r"\b(?:blamed|blames|blaming|accused|accuses|accusing|urged|urges|urging|warned|warns|"
    r"criticised|criticized|condemned|condemns|thanked|pressed|told|call(?:ed|s|ing)\s+on)\s$"
)


def standin_before(text: str, start: int) -> bool:
    return STANDIN_BEFORE_RE.search(text[max(0, start - 14) : start].lower()) is not None


LOCATIVE_WORDS = words(
    "in at on of near outside into to from toward towards hit hits struck strikes strike pound"
    " pounded pounds shelled targeted attacked over across around village town city settlement"
    " suburb port capital outskirts"
)
LOCATIVE_SKIP = words(
    "the central eastern western northern southern north-eastern north-western south-eastern"
    " south-western northeastern northwestern southeastern southwestern frontline front-line"
    " occupied besieged embattled port border capital city town village settlement downtown"
    " key strategic small industrial coastal danube"
)
REGION_BEFORE_ENDINGS = ("region of", "regions of", "province of", "provinces of", "oblast of")


def locative_before(text: str, start: int) -> bool:
    """A locative cue right before a name: "in", "on the", "the village of", "strike on"."""
    words = text[max(0, start - 60) : start].lower().split()
    for word in reversed(words):
        if (word in LOCATIVE_SKIP and word not in LOCATIVE_WORDS) or word.endswith(
            CONTROL_SUFFIXES
        ):
            continue  # "in Russian-held Nova Kakhovka"
        return word in LOCATIVE_WORDS
    return False


def region_before(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start].lower().rstrip()
    if before.endswith(" the"):
        before = before[:-4]
    return before.endswith(REGION_BEFORE_ENDINGS)


IN_BEFORE = frozenset({"in ", "In ", "iN ", "IN "})
# "across the Dnipro", "on the left bank of the Dnipro": rivers named like cities. A
# name after "the" and such a word, not followed by a noun of its own ("the Odesa
# port"), is the river.
RIVER_BEFORE_RE = re.compile(
    r"\b(?:on|across|along|over|into|crossed|crossing|bank\s+of|banks\s+of)\s+the\s+$",
    re.IGNORECASE,
)
RIVER_AFTER_RE = re.compile(
    r"(?:\s+[Rr]iver\b|\s*[,.;:)]|\s*$|\s+(?:and|to|in|near|at|on|from|into|towards?|as|"
    r"while|after|before|by|with|which|where|that|[a-z]+ed)\b)"
)
