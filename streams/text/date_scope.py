"""Whose day a time expression gives: guards ``dates.resolve_date`` asks before it
takes a day or a vague time for the event a line reports.

A plan's day ("will meet on Tuesday"), a day that names another event ("the October 7
attack", "blamed Ukraine for the explosion a day earlier"), the day a decision names
("declared Sunday a day of mourning"), a period an act is ranked against ("the largest
attack since the start of the invasion") and a vague time inside what someone said
are not the day of what the line reports.
"""

from __future__ import annotations

import re

from streams.text.word_starts import compile_at_words

FUTURE_BEFORE_RE = re.compile(
    # ("the devices had been set to explode on Friday morning": a time they did not reach)
    r"\b(?:will|would|shall|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|been\s+set\s+to|"
    r"was\s+set\s+to|were\s+set\s+to|scheduled|plans?\s+to|"
    r"planned\s+(?:for|on)|set\s+for|"
    # ("agreed to hold an emergency meeting on Friday", "talks due in Muscat on Sunday")
    r"agreed\s+to\s+(?:hold|meet|convene|resume)|due\s+(?:in|at|on)|"
    # ("Putin proposes direct talks with Ukraine in Istanbul on Thursday": the talks' day)
    r"propos(?:es|ed|e)\s+(?:[a-z]+\s+)?(?:talks|negotiations|a\s+meeting|a\s+summit))\b"
    # (a decimal point, "$14.3 billion", is no sentence end)
    r"[^.;]*(?:\.\d[^.;]*)*$"
)
# "said Sunday's election would go ahead": a possessive weekday whose noun is still to
# come names the plan's day
FUTURE_AFTER_POSSESSIVE_RE = re.compile(
    r"(?:\s+[\w-]+){1,6}?\s+(?:will|would|is\s+due|is\s+set\s+to|was\s+due|was\s+set\s+to)\b"
)
# "the October 7 attack": a date that names an event, not the day of what a line reports
# (read so only for diplomacy and policy: an incident's report may be that event's)
NAMED_EVENT_AFTER_RE = re.compile(
    # (an adjective may come first: "Sunday's presidential election")
    r"\s+(?:(?:presidential|parliamentary|general|local|regional|snap|first-round|runoff|deadly|"
    r"failed|missile|drone)\s+)?"
    r"(?:attack|attacks|massacre|invasion|raid|assault|offensive|bombing|bombings|strike|"
    r"strikes|incursion|ceasefire|truce|deal|agreement|election|elections|vote|summit|ruling)\b",
    re.IGNORECASE,
)


# "blamed Ukraine for the explosion on the bridge a day earlier": the day of the attack
# a statement or decision is about, not its own (read so only for diplomacy and policy)
OBJECT_EVENT_BEFORE_RE = compile_at_words(
    r"\b(?:for|over|after)\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+)?(?:explosion|attack|attacks|"
    r"strike|strikes|blast|bombing|shelling|raid|assault|killing|shooting)\b[^,;]*$"
    # "declares mourning after gunmen kill 44 at mosque during Friday prayers"
    # (a verb: "After the Tel Aviv attack on Friday night, Netanyahu ordered" dates the order)
    r"|\bafter\s+(?:[\w'’-]+\s+){1,6}?(?:killed|kill|kills|attacked|struck|stormed|"
    r"opened\s+fire)\b[^,;]*$",
    re.IGNORECASE,
)


def dates_an_object_event(text: str, start: int) -> bool:
    """Does the day at ``start`` date the attack a statement is about?"""
    return OBJECT_EVENT_BEFORE_RE.search(text, max(0, start - 60), start) is not None


def names_an_event(text: str, start: int, end: int) -> bool:
    """Is the date at ``start:end`` part of an event's name ("the October 7 attack")?"""
    return text[max(0, start - 4) : start].lower() == "the " and (
        NAMED_EVENT_AFTER_RE.match(text, end) is not None
    )


# "declared Sunday a day of mourning": a bare weekday right after such a verb is the
# day the decision names, not the day it was taken
# ("declared Monday and Tuesday days of national mourning": both days named)
OBJECT_DAY_BEFORE_RE = re.compile(
    r"\b(?:declar|proclaim|designat|announc)\w*\s+(?:[A-Z][a-z]+day\s+and\s+)?$", re.IGNORECASE
)

# A statement or decision is dated by a vague time only when nothing reports it
# ("ended talks in Sanaa last week", not "said it had warned Moscow in early March")
# and the time is no comparison ("like last year"); "since ..." never dates one.
_ACT_DATED_BEFORE_RE = re.compile(
    r"\b(?:said|says|told|warned|announced|added|according|claimed|stated|like|than|since|"
    r"after|before|that|which|who|when)\b|\bas\b(?!\s+(?:head|chief|leader|minister|president|"
    # ("named X as prime minister earlier this month": the post, not a clause of its own)
    r"commander|director|envoy|part|a|an|prime|deputy|acting|interim|foreign|defence|defense|"
    r"finance|army|its|his|her|their|secretary|ambassador|governor|speaker|premier|mayor)\b)|"
    r"[;:\"“”]"
)


def dates_the_act(whole: str, start: int, vague: str) -> bool:
    """Does the vague time ``vague`` at ``start`` date what a statement or decision does?"""
    if vague[:5].lower() in ("since", "this "):
        # "the first cut since 2019" ranks the act, and "€1.8bn in military support this
        # year" spans the money; neither dates what was done
        return False
    if vague.endswith(("'s", "’s")) or _EVENT_JUST_BEFORE_RE.search(
        whole, max(0, start - 30), start
    ):
        # "the winner of last week's election", "an early election in February": the time
        # of another event named, not of the act
        return False
    if _SPEECH_JUST_BEFORE_RE.search(whole, max(0, start - 12), start) is not None:
        return True  # "A Kremlin aide said earlier this week that ...": when it was said
    before = whole[max(0, start - 20) : start].split()
    if (
        before
        and before[-1].endswith("ed")
        and (len(before) < 2 or before[-2] not in ("had", "has", "have", "was", "were"))
        and (
            _VERB_AFTER_RE.match(whole, start + len(vague)) is not None
            or _EARLIER_VERB_RE.search(
                whole,
                whole.rfind(",", 0, start) + 1,
                max(0, start - len(before[-1]) - 1),
            )
            is not None
        )
    ):
        # "Aid promised last month arrived": it dates the promise ("The station had
        # reopened in July": the verb itself)
        return False
    return _ACT_DATED_BEFORE_RE.search(whole, 0, start) is None


_EVENT_JUST_BEFORE_RE = compile_at_words(
    r"\b(?:election|elections|vote|summit|referendum|talks)\s+$", re.IGNORECASE
)
# "Aid promised last month arrived": a verb after the time makes the one before it a
# participle ("Britain's Supreme Court ruled last week that ..." has none)
_VERB_AFTER_RE = re.compile(
    r"(?:(?!\bthat\b)[^,;.:])*?\b(?:\w+ed|is|are|was|were|has|have|will|would|began|came|went|"
    r"fell|rose)\b"
)
# ("Israel deported 171 activists from the flotilla it intercepted last week": the act is
# the verb before, in the same clause; "Saudi-backed" is no verb)
_EARLIER_VERB_RE = re.compile(r"(?<![\w-])[a-z]\w+ed\b")
_SPEECH_JUST_BEFORE_RE = re.compile(r"\b(?:said|says|announced|stated|warned|added)\s+$")


# A superlative before "since ..." ranks the event against a period; the period
# is not when it happened (unlike a total "killed since October 7").
RANKING_BEFORE_RE = compile_at_words(
    r"\b(?:largest|biggest|deadliest|worst|heaviest|bloodiest|most\s+(?!of\b)\w+|first(?!\s+time\b))\b[^.;]*$"
    # "for the first time since 2016" ranks; "for the first time that 498 soldiers had been
    # killed ... since the start of the operation" tells a total
    r"|\bfirst\s+time\s+$",
    re.IGNORECASE,
)


def ranks_against(text: str, start: int) -> bool:
    """ "the largest attack since the start of the invasion": "since" ranks, not dates."""
    # ("one of the deadliest attacks on the capital this year": ranked against the year)
    if not text.startswith(("since", "Since", "this year", "this month"), start):
        return False
    return RANKING_BEFORE_RE.search(text, max(0, start - 80), start) is not None


# "Israel strikes Iran in retaliation for October 1 missile attack": the day of what is
# avenged, not of the strike (for incidents too)
RETALIATION_BEFORE_RE = re.compile(
    r"\b(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)


def retaliates_for(text: str, start: int) -> bool:
    """Does the date at ``start`` name what a strike avenges?"""
    return RETALIATION_BEFORE_RE.search(text, max(0, start - 40), start) is not None
