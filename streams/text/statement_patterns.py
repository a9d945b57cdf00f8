"""The words and patterns ``statements.statement_bonus`` reads.

Speech verbs, decisions in the making, reactions and judgments, appeals, and the
verbs of a happening a state reports: compiled once, kept apart from the logic.
"""

from __future__ import annotations

import re

from streams.text.lexicon import words
from streams.text.place_context import IN_WORDS, OBJECT_WORDS

SUBJECT_SPEECH_WORDS = tuple(
    sorted(
        words(
            "said says told warned insisted claimed argued accused denied denies noted stressed "
            "described called blamed blames insists rejected condemned regretted dismissed "
            "acknowledged admitted wrote writes tweeted reported"
        )
    )
)
SUBJECT_SPEECH_RE = re.compile(r"\b(?:" + "|".join(SUBJECT_SPEECH_WORDS) + r")\b")
# A SUBJECT_SPEECH_RE match is lower-case letters between non-word characters: one of
# the runs of a-z of the lower-cased text.
SUBJECT_SPEECH_SET = frozenset(SUBJECT_SPEECH_WORDS)
# A decision in the making ("X said it would deliver", "it was sending troops")
DECIDING = (
    "sending deploying providing giving allocating imposing introducing lifting tightening "
    "halting suspending pausing closing transferring supplying delivering "
    "extending raising blocking banning restricting expelling"
)
FUTURE_RE = re.compile(
    # a threat is not a decision: "said Iran would pay for it" stays a statement
    r"\b(?:(?:would|will)(?!\s+(?:pay|regret|face|suffer|be\s+punished)\b)"
    r"|is\s+to|are\s+to|plans\s+to|intends\s+to"
    rf"|(?:is|are|was|were)\s+(?:[a-z]+ly\s+|no\s+longer\s+)?"
    # ("it was calling up two reserve brigades")
    rf"(?:{'|'.join(DECIDING.split())}|calling\s+up))\b"
)
# "appalled by the escalating violence, which has killed at least 19 people": a toll told
# as background to a statement, not reported by it
BACKGROUND_TOLL_RE = re.compile(
    r",\s+which\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|left)\b"
    # "in the group's first speech since Hassan Nasrallah was killed": a death it is dated by
    r"|\bsince\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:was|were)\s+killed\b"
)
UNCERTAIN_WORDS_RE = re.compile(
    r"\b(?:no\s+(?:[a-z]+\s+)?(?:certainty|confirmation|proof|evidence)(?:\s+yet)?|"
    r"not\s+(?:yet\s+)?(?:certain|clear|confirmed|known)|unclear|"
    r"could\s+not\s+(?:yet\s+)?confirm)\s+(?:that|whether|if)\b"
    # ("said there was no sign of a deliberate attack", "said the blast appeared to have
    # been done by the other team": whose the happening was, judged, not told)
    r"|\bno\s+sign\s+of\s+a\s+deliberate\b|\bappeared\s+to\s+have\s+been\s+(?:done|caused|"
    r"fired|launched|carried\s+out)\s+by\b|\b(?:most|highly)\s+likely\s+(?:been\s+)?"
    r"(?:fired|launched|caused|hit)\b"
)
# "Hamas said it had carried out the attack": a claim of responsibility tells the attack
OWN_ATTACK_CLAIM_RE = re.compile(
    r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind)"
    r"\s+(?:the|an?|this|that|both|two|several)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|strikes?|assault|raid|ambush|shooting|killings?)\b"
)
INSTITUTIONS = frozenset({"congress", "duma", "state duma", "rada", "knesset", "bundestag"})
SAID_WORDS = frozenset(
    ["said", "says", "warned", "insisted", "claimed", "accused", "accusing", "told"]
)
SAID_TUPLE = tuple(sorted(SAID_WORDS))
OBJECT_OR_IN_WORDS = OBJECT_WORDS | IN_WORDS
OBJECT_OR_IN_BUT_OF = OBJECT_OR_IN_WORDS - {"of"}
# The first eleven words from a position: a speech verb beyond them is too far away.
ELEVEN_WORDS_RE = re.compile(r"(?:\s*+\S++){11}")  # possessive: whole words only
OPENING_CLAUSES = ("Speaking ", "After ", "Asked ")
APPEAL_STEMS = ("urge", "urging", "pressed", "asked", "called on", "calls on", "appealed")
APPEAL_WORDS = frozenset(["urged", "urges", "urging", "pressed", "asked"])
REACTION_RE = re.compile(
    r"\s+the\s+(?:\w+\s+)?(?:attack|attacks|killing|killings|strike|strikes|bombing|bombings|"
    r"assassination|shelling|raid|explosion|blast)\b(?!\s+(?:killed|wounded|injured|left))"
)
JUDGMENT_RE = re.compile(
    r"\bthe\s+(?:\w+\s+)?(?:attacks?|strikes?|killings?|bombings?|shelling|massacre|raid)\b"
    r"[^.;]{0,60}?\s(?:was|were|is|are|amounted\s+to|constituted)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:war\s+crimes?|crimes?|act\s+of\s+(?:terror|terrorism|aggression|barbarism)|"
    r"terrorist\s+attack|terrorism|genocide|atrocity|barbaric|unacceptable|unjustified|legitimate|"
    r"legal|justified|lawful)\b"
)
REACTION_BONUS = 4.5
TOLL_BONUS = 2.0
TITLED_SPEAKER_RE = re.compile(
    r"\b(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Crown\s+Prince)\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|told|stressed|added|declared)\b"
)
LEGISLATURE_AFTER_RE = re.compile(
    r"\s+on\s+(?:the\s+)?(?:congress|parliament|lawmakers|legislators|senate|"
    r"state\s+duma|duma|rada|knesset|bundestag)\b",
    re.IGNORECASE,
)
APPEAL_PAIRS = frozenset({("called", "on"), ("calls", "on"), ("appealed", "to")})
# Military equipment whose destruction a military reports ("had destroyed an S-400 system")
DESTROYED_TARGETS = (
    "drones",
    "missiles",
    "air defence",
    "air defense",
    "system",
    "tank",
    "aircraft",
    "helicopter",
    "launcher",
    "radar",
    "depot",
    "warship",
    "vessel",
    "boat",
)

# Verbs of a physical happening reported after "said"
HAPPENING_VERBS = words(
    "struck hit sank sunk shelled bombed attacked destroyed damaged exploded collapsed "
    "flattened pounded slammed stormed burned detonated fired launched liberated recaptured "
    "retook captured alight ablaze fled pounding bombarding bombarded shelling retaken repelled "
    "repulsed thwarted caught"
)
# ... and casualty words, when what is reported starts with a count ("said three children
# and seven women were among the dead"), not a reaction ("said far too many civilians had
# been killed")
CASUALTY_VERBS = words("killed wounded injured dead died survived")


SELF_REPORT_STARTS = ("it ", "its ", "that it ", "that its ")
OWN_STRIKE = "of its own strike"  # the end of the cue of a state's word on its own strike
VAGUE_COUNTS = frozenset({"dozens", "scores", "hundreds", "thousands", "several", "many"})
DISMISSED_WORDS_RE = re.compile(
    r"\s+(?:(?:the|these|those|such|as)\s+)?(?:\w+\s+)?(?:claims?|reports?|allegations?|"
    r"accusations?|suggestions?|idea|talk|criticism|concerns?|as)\b"
)
HEDGE_BEFORE_RE = re.compile(r"\bwhat\s+(?:it|they|he|she|officials|the\s+\w+|[A-Z][\w-]+)\s+$")
WEAK_STATEMENT_BONUS = 1.0


ORDERED_BY_SPEAKER_RE = re.compile(
    # ("said Joe Biden had directed USAID ...": the leader named)
    r"(?:on\s+(?:\w+\s+){1,2})?(?:that\s+)?(?:he|she|it|they|the\s+government|the\s+president|"
    r"the\s+prime\s+minister|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?:had\s+|has\s+)?(?:ordered|decided|approved|authorised|authorized|directed|instructed"
    # "said on state television that he was stepping down": his own resignation
    r"|was\s+stepping\s+down|would\s+step\s+down|was\s+resigning|would\s+resign)\b"
)
TOLL_SUBJECTS = ("the dead ", "the victims ", "the wounded ", "the injured ", "those killed ")
GROUND_MOVES = frozenset(
    ("entered", "pushing", "advancing", "advanced", "holding", "fighting", "controlled")
)
FIGHTERS = frozenset(("troops", "forces", "soldiers", "fighters", "tanks", "militants", "gunmen"))
NATIONALS_AMONG_RE = re.compile(
    r"\b(?:[A-Z][a-z]+s|[A-Z][a-z]+\s+(?:nationals|citizens))\b[^.;]{0,40}?\bwere\s+among\s+"
    r"(?:those\s+killed|those\s+hurt|the\s+dead|the\s+injured|the\s+wounded|the\s+victims)\b"
)
