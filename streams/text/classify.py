"""incident / diplomacy / policy, by weighted cues (eval/README.md definitions).

Every cue is a lower-case word or a two / three word phrase with a class and a
weight; a text's score per class is the sum of the weights of the cues it
contains (each cue once). The top class wins when it scores at least
``MIN_SCORE``, otherwise the event is "unclassified". ``confidence`` is the
winner's share of the evidence, and ``cues`` lists the phrases that decided it.

All look-ups are dict hits on the words of the text, so classifying costs one
tokenisation and a few hundred dict probes per line.
"""

from __future__ import annotations

from typing import NamedTuple

from streams.text.classify_patterns import (
    AGREE_WORDS,
    AGREED_MEASURE_RE,
    APPOINT_RE,
    APPOINT_WORDS,
    CARED_FOR_WORDS,
    CHOICE_WHETHER_RE,
    DENIAL_RE,
    DISMISS_WORDS,
    DISMISSAL_RE,
    DISMISSED_CLAIMS_RE,
    DRIVE_WORDS,
    EXIT_WORDS,
    GOVERNMENT_EXIT_RE,
    HAPPENING_COMES_RE,
    HELP_APPEAL_RE,
    HIT_BACK_WORDS_RE,
    HOME_VOTE_RE,
    INSTITUTIONS,
    KEPT_SHUT_RE,
    MEETING_FIRST_RE,
    MEETING_WORDS,
    MONEY_RE,
    OPENING_CLAUSE_STARTS,
    ORDER_WORDS,
    ORDERED_TO_RE,
    OWN_STAFF_ORDER_RE,
    PRESSURE_RE,
    PRESSURE_WORDS,
    RAID_ALERT_RE,
    RAMMING_RE,
    SUBORDINATE_MARKERS,
    SUSPECTS_HELD_RE,
    TOLL_RAISED_RE,
    TRAILING_SPEAKER_RE,
    UN_BODY_WORDS,
    UN_VOTE_RE,
    discard_casualties_cared_for,
)
from streams.text.cue_senses import discard_words_not_meant
from streams.text.cues import CUES, DIP, INC, POL
from streams.text.model import EventClass

__all__ = ["DIP", "INC", "POL", "Classification", "classify", "merge", "score", "score_and_letters"]

MIN_SCORE = 0.5
AFTER_CLAUSE_WEIGHT = 0.5
CLASS_NAMES: dict[str, EventClass] = {
    "incident": "incident",
    "diplomacy": "diplomacy",
    "policy": "policy",
}


SINGLE_KEYS = frozenset(k for k in CUES if " " not in k)
PHRASE_HEADS = frozenset(k.split(" ")[0] for k in CUES if " " in k)
PAIR_KEYS = frozenset(k for k in CUES if k.count(" ") == 1)
TRIPLE_KEYS = frozenset(k for k in CUES if k.count(" ") == 2)
# phrase head -> the second words of its two / three word cues
PHRASE_SECONDS: dict[str, frozenset[str]] = {
    head: frozenset(k.split(" ")[1] for k in CUES if k.startswith(head + " "))
    for head in PHRASE_HEADS
}

# Every byte but a-z, ' and - -> space (for ``cue_words``).
_WORD_BYTES = bytes(c if 97 <= c <= 122 or c in (39, 45) else 32 for c in range(256))


def cue_words(lower: str) -> list[str]:
    """``WORD_RE.findall(lower)`` for a lower-cased text with ’ already made ', faster:
    runs of a-z ' - (other characters, beyond Latin-1 too, separate words) with
    leading and trailing ' and - taken off."""
    # ASCII text (nearly all) skips the error handler of the Latin-1 encoder
    raw = lower.encode("ascii") if lower.isascii() else lower.encode("latin-1", "replace")
    data = b" " + raw.translate(_WORD_BYTES) + b" "
    parts = data.decode("latin-1").split()
    # (most texts have neither ' nor -: one test each instead of four)
    if (b"'" in raw or b"-" in raw) and (
        b" '" in data or b" -" in data or b"' " in data or b"- " in data
    ):
        # some word starts or ends with ' or -
        return [word for word in (part.strip("'-") for part in parts) if word]
    return parts


class Classification(NamedTuple):
    """(a named tuple: one per event, cheaper to build than a frozen dataclass)"""

    event_class: EventClass
    confidence: float
    cues: tuple[str, ...]
    scores: dict[str, float]


Scored = tuple[dict[str, float], dict[str, list[str]]]


def score(text: str) -> Scored:
    """Score per class and the cues found, for one text."""
    return score_and_letters(text)[0]


def score_and_letters(text: str) -> tuple[Scored, set[str] | None]:
    """``score(text)``, and ``dates.letter_words(text.lower())`` (the runs of a-z) when
    the cue words give it for free: without ' (or ’) and - every cue word is exactly
    one such run. None otherwise."""
    lower = text.lower().replace("’", "'")
    words = cue_words(lower)
    scores = {INC: 0.0, DIP: 0.0, POL: 0.0}
    found: dict[str, list[str]] = {INC: [], DIP: [], POL: []}
    present = set(words)
    hits = present & SINGLE_KEYS
    heads = present & PHRASE_HEADS
    if heads:
        last = len(words) - 1
        for head in heads:
            if PHRASE_SECONDS[head].isdisjoint(present):
                continue  # no second word of its cues: it cannot start one
            # list.index finds each occurrence of a head without a Python loop over words
            i = words.index(head)
            while True:
                if i < last:
                    pair = head + " " + words[i + 1]
                    if pair in PAIR_KEYS:
                        hits.add(pair)
                    if i + 1 < last:
                        triple = pair + " " + words[i + 2]
                        if triple in TRIPLE_KEYS:
                            hits.add(triple)
                try:
                    i = words.index(head, i + 1)
                except ValueError:
                    break
    # in order of appearance, so that the cues read like the text (ties: alphabetical,
    # the inner sort; the outer one is stable)
    # "Ecuador declares a state of conflict after gunmen storm a studio": what follows
    # "after" is the cause, so its cues weigh half of the main clause's
    # The same holds for a visit or talks that date what happens ("explosions in Kyiv
    # during the visit of the UN chief") and for a relative clause describing what the main
    # clause acts on ("condemned the attack, which hit several sites").
    # "After a call between Biden and Scholz, the two governments said ...", "Speaking a
    # day after midterm elections in which ..., Joe Biden said": an opening clause that
    # dates the main one weighs half, and the main clause after its comma weighs whole;
    # so does the question a speaker answers ("Asked whether he would support strikes")
    opening_end = lower.find(", ") if lower.startswith(OPENING_CLAUSE_STARTS) else -1
    lead_end = -1
    if lower.startswith("the ") and (" comes " in lower or " came " in lower):
        lead = HAPPENING_COMES_RE.match(lower)
        if lead is not None:
            lead_end = opening_end = lead.end()
    after = -1
    for marker, word in SUBORDINATE_MARKERS:
        if word in present:
            at = lower.find(marker, opening_end + 1)
            if at >= 0 and (after < 0 or at < after):
                after = at
    if not present.isdisjoint(ORDER_WORDS):
        # "authorised Ukraine to use the missiles for strikes": an order's content, weighed half
        order = ORDERED_TO_RE.search(lower)
        if order is not None and (after < 0 or order.end() < after):
            after = order.end() - 1
    dismissal = DISMISSAL_RE.search(lower) if not present.isdisjoint(DISMISS_WORDS) else None
    if dismissal is not None:
        hits.difference_update(("fire", "fires", "fired"))  # "fires defence minister Gallant"
    if "raid" in hits and RAID_ALERT_RE.search(lower):
        # "as air raid sirens sounded": an alert, not a raid
        hits.discard("raid")
        hits.discard("air raid")
    if not hits.isdisjoint(CARED_FOR_WORDS):
        discard_casualties_cared_for(lower, hits)
    if "appointed" in hits and ("newly appointed" in lower or "recently appointed" in lower):
        hits.discard("appointed")  # "the newly appointed secretary ... was shot dead": who
    if "dismissed" in hits and DISMISSED_CLAIMS_RE.search(lower) is not None:
        # "Kigali dismissed the accusation as ridiculous": a rebuttal, not a sacking
        hits.discard("dismissed")
        hits.add("rejected")
    discard_words_not_meant(lower, hits, text)
    appointment = None
    if not present.isdisjoint(APPOINT_WORDS):
        appointment = APPOINT_RE.search(text)
    # "Lula, who was visiting Sao Paulo state, ordered ...": an aside about the subject
    # weighs half, as a clause after "after" does, but what follows it does not
    aside_start = lower.find(", who ") if "who" in present else -1
    if aside_start < 0 and "visit" in present:
        aside_start = lower.find(", on a visit ")  # "Blinken, on a visit to Kyiv, announced"
    aside_end = lower.find(",", aside_start + 6) if aside_start >= 0 else -1
    if aside_start < 0 and opening_end > 0:
        aside_start, aside_end = 0, opening_end
    # "supporters storm Congress and the Supreme Court": an institution a happening hits
    # is its target, not a decision's maker
    struck: list[int] = []
    if not present.isdisjoint(INSTITUTIONS):
        struck = [lower.find(c) for c in hits if CUES[c][0] == INC]
    # "would respond if the West allowed Ukraine to ...": what a condition supposes is
    # no evidence of what happened, so its cues count for nothing
    condition = lower.find(" if ") if "if" in present else -1
    if "whether" in present:
        # "would decide within two weeks whether to join Israel's strikes": a choice to come
        # (not "examining whether a bird strike caused the crash", a fact looked into)
        choice = CHOICE_WHETHER_RE.search(lower)
        if choice is not None and (condition < 0 or choice.end() < condition):
            condition = choice.end()
    if "unless" in present:  # "would have to halt its operations unless fuel was allowed in"
        unless = lower.find(" unless ")
        condition = unless if condition < 0 or 0 <= unless < condition else condition
    # "..., Ukraine's foreign ministry said.": who said it is no evidence of what it was
    said_by = -1
    if "said" in present and lower.endswith(("said.", "said")):
        comma = lower.rfind(", ")
        if comma >= 0 and TRAILING_SPEAKER_RE.match(lower, comma) is not None:
            said_by = comma
    # (a cue's position is looked up only when some clause rule needs it)
    placed = (
        appointment is not None
        or after >= 0
        or aside_start >= 0
        or bool(struck)
        or condition >= 0
        or said_by >= 0
        or lead_end >= 0
    )
    for cue in sorted(sorted(hits), key=lower.find):
        cls, weight = CUES[cue]
        if placed:
            at = lower.find(cue)
            if appointment is not None and appointment.start() <= at < appointment.end():
                continue  # the post of an appointment ("named X acting foreign minister")
            if struck and cue in INSTITUTIONS and any(0 < at - hit < 40 for hit in struck):
                continue
            if 0 <= condition < at or 0 <= said_by < at or at < lead_end:
                continue
            if (after >= 0 and at > after) or aside_start < at < aside_end:
                weight *= AFTER_CLAUSE_WEIGHT
        scores[cls] += weight
        found[cls].append(cue)
    if appointment is not None:
        scores[POL] += 3.0
        found[POL].append(appointment.group(0))
    if "told" in present or "instructed" in present or "directed" in present:
        # "said she had told her economy minister to prepare measures": a leader's order
        # to her own government is a decision, though told in the words of speech
        order = OWN_STAFF_ORDER_RE.search(lower)
        if order is not None:
            scores[POL] += 3.0
            found[POL].append(order.group(0))
    if "into" in present and not present.isdisjoint(DRIVE_WORDS):
        # "drove a car into a crowd of trade union marchers": a ramming attack
        ramming = RAMMING_RE.search(lower)
        if ramming is not None:
            scores[INC] += 3.0
            found[INC].append(ramming.group(0))
    if "appeal" in present or "appealed" in present:
        # "made a rare appeal for international help, saying any country was welcome to
        # send aid": asking other states for help is relations, whatever help it names
        plea = HELP_APPEAL_RE.search(lower)
        if plea is not None:
            scores[DIP] += 3.0
            found[DIP].append(plea.group(0))
    un_vote = None
    if not present.isdisjoint(UN_BODY_WORDS):
        # a vote of the UN or of a bloc of states is relations, whatever it adopts
        un_vote = UN_VOTE_RE.search(lower)
        if un_vote is not None:
            scores[DIP] += 3.0
            found[DIP].append(un_vote.group(0))
    if un_vote is None and ("voted" in present or "votes" in present):
        home_vote = HOME_VOTE_RE.search(lower)
        if home_vote is not None:
            scores[POL] += 3.0
            found[POL].append(home_vote.group(0))
    if dismissal is not None:
        scores[POL] += 3.0
        found[POL].append(dismissal.group(0))
    if "back" in present and "hit" in present:
        answer = HIT_BACK_WORDS_RE.search(lower)
        if answer is not None:
            scores[DIP] += 3.0
            found[DIP].append(answer.group(0))
    if "said" in present and ("no" in present or "neither" in present or "not" in present):
        denial = DENIAL_RE.search(lower)
        if denial is not None:
            scores[INC] *= AFTER_CLAUSE_WEIGHT
            scores[DIP] += 3.0
            found[DIP].append(denial.group(0))
    if "toll" in present and (raised := TOLL_RAISED_RE.search(lower)) is not None:
        scores[INC] += 3.0
        found[INC].append(raised.group(0))
    if "kept" in present:
        kept = KEPT_SHUT_RE.search(lower)
        if kept is not None:
            # "Israel kept the crossings to northern Gaza closed": a decision upheld
            scores[POL] += 2.0
            found[POL].append(kept.group(0))
    if not present.isdisjoint(EXIT_WORDS):
        # "Jewish Power party quit Netanyahu's coalition": leaving a government is a
        # decision at home (quitting a deal between states is not)
        exit_ = GOVERNMENT_EXIT_RE.search(lower)
        if exit_ is not None:
            scores[POL] += 3.0
            found[POL].append(exit_.group(0))
    if not present.isdisjoint(MEETING_WORDS) and MEETING_FIRST_RE.match(lower):
        scores[DIP] += 1.5  # "Austin met Israeli leaders ... and pledged": the meeting told
        found[DIP].append("meeting first")
    if not present.isdisjoint(AGREE_WORDS):
        # "They also agreed to restrict the Russian central bank's ability ...": a measure
        # agreed is a decision (not "agreed to meet", nor "agreed to a ceasefire")
        agreed = AGREED_MEASURE_RE.search(lower)
        if agreed is not None:
            scores[POL] += 3.0
            found[POL].append(agreed.group(0))
    if ("arrested" in present or "detained" in present) and SUSPECTS_HELD_RE.search(lower):
        # "Four suspects were arrested, the ministry said": the hunt for those who did it
        # is told as part of the happening (not "Police detained Castillo", a president)
        scores[INC] += 1.0
        found[INC].append("suspects arrested")
    if not present.isdisjoint(PRESSURE_WORDS):
        # "said he was strongly considering sanctions and tariffs on Russia until a
        # ceasefire", "repeated his threat to cut electricity supplies to Ukraine": a
        # measure held over another state is pressure on it, not a decision
        threat = PRESSURE_RE.search(lower)
        if threat is not None:
            scores[DIP] += 3.0
            found[DIP].append(threat.group(0))
    if (
        "$" in text
        or "€" in text
        or "£" in text
        or "bn" in lower
        or "billion" in present
        or "million" in present
    ) and MONEY_RE.search(lower):
        scores[POL] += 1.0
        found[POL].append("money")
    return (scores, found), (present if "'" not in lower and "-" not in lower else None)


def merge(
    parts: list[tuple[dict[str, float], dict[str, list[str]]]],
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Scores of several sentences of one event (a cue counts once per event)."""
    scores = {INC: 0.0, DIP: 0.0, POL: 0.0}
    found: dict[str, list[str]] = {INC: [], DIP: [], POL: []}
    for _, part_found in parts:
        for cls, cues in part_found.items():
            for cue in cues:
                if cue in found[cls]:
                    continue
                found[cls].append(cue)
                if cue == "money":
                    scores[cls] += 1.0
                elif cue in CUES:
                    scores[cls] += CUES[cue][1]
                else:
                    scores[cls] += 3.0  # an appointment phrase
    return scores, found


def classify(
    text: str,
    bonus: dict[str, tuple[float, str]] | None = None,
    scored: tuple[dict[str, float], dict[str, list[str]]] | None = None,
) -> Classification:
    """Class of one event text; ``bonus`` adds evidence found by other passes (class ->
    weight, cue); ``scored`` is ``score(text)`` when the caller already has it."""
    scores, found = scored if scored is not None else score(text)
    if bonus:  # added to copies: ``scored`` stays the caller's
        scores = dict(scores)
        found = {k: list(v) for k, v in found.items()}
        for name, (weight, cue) in bonus.items():
            scores[name] += weight
            found[name].append(cue)
    # the first of the three classes with the highest score wins (a stable sort's pick)
    inc, dip, pol = scores[INC], scores[DIP], scores[POL]
    if inc >= dip and inc >= pol:
        top, top_score, second = INC, inc, max(dip, pol)
    elif dip >= pol:
        top, top_score, second = DIP, dip, max(inc, pol)
    else:
        top, top_score, second = POL, pol, max(inc, dip)
    if top_score < MIN_SCORE:
        return Classification("unclassified", 0.0, (), scores)
    confidence = top_score / (top_score + second + 1.0)
    winner: EventClass = CLASS_NAMES[top]
    return Classification(winner, round(min(1.0, confidence), 3), tuple(found[top]), scores)
