"""Items -> sentences -> events.

Consecutive sentences of a line about the same happening form one event. A
sentence starts a new event when it reports another happening: an incident
(an attack verb and a death / injury or strike word) whose time differs from
the event so far — vague ("a rocket attack earlier this month ... killed five")
or another day ("a strike on March 14 that killed 17") — or that is led by a
place the event so far does not name ("In Kharkiv, one person was killed"). Inside one sentence, a
clause after ", and" / ";" starts a new event when it carries a strong cue of
another class than the incident before it ("..., and the city declared a day of
mourning").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from streams.text.classify import DIP, INC, POL, Scored, merge, score, score_and_letters
from streams.text.dates import resolve_date
from streams.text.lexicon import words

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "maj",
        "prof",
        "rev",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
    ]
)
# The end mark is part of the match (a literal first character lets the regex engine
# skip ahead): the cut is one past the match start.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
CLAUSE_RE = re.compile(r",\s+and\s+(?=(?:the|its|a|an|[A-Z]))|;\s+")
# A clause this strong in another class than the incident before it is its own event.
STRONG_OTHER = 3.0
STRONG_INCIDENT = 2.5


_CLOSERS = "\"”’')]"


class Segment(NamedTuple):
    text: str
    start: int  # offset in the line


def sentences(line: str) -> list[Segment]:
    """Split a line into sentences (abbreviations such as "Gen." or "U.S." kept whole)."""
    out: list[Segment] = []
    begin = 0
    for match in SENTENCE_END_RE.finditer(line):
        cut = match.start() + 1
        while line[cut] in _CLOSERS:
            cut += 1  # a closing quote belongs to the sentence it closes
        head = line[begin:cut].strip()
        last_word = head.rsplit(None, 1)[-1].rstrip(".!?\"”’')]").lower() if head else ""
        if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if head:
            out.append(Segment(head, begin))
        begin = match.end()
    tail = line[begin:]
    if tail.strip():
        out.append(Segment(tail.strip(), begin))
    return out or [Segment(line.strip(), 0)]


# "in Pishin": where a clause places what it reports
IN_PLACE_RE = re.compile(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# A sentence led by a place of its own ("In Kharkiv, one person was killed")
IN_PLACE_LEAD_RE = re.compile(r"In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),")
HARM_CUES = words(
    "killed killing kills dead died wounded injured injuring wounding toll destroyed damaged"
)


_OTHER_TIME_OR_PLACE = ("Earlier, ", "Elsewhere, ", "Separately, ", "Later, ")
TOLL_CUES = words(
    "killed dead died death deaths wounded injured hurt injuries casualties toll missing"
)


class EventText(NamedTuple):
    text: str
    scored: Scored  # classify.score of the text (merged over its sentences)
    # dates.letter_words(text.lower()) when scoring gave it for free, else None
    letters: set[str] | None = None


def _is_other_happening(
    text: str,
    scored: Scored,
    first: _FirstDay,
    dispatch_date: str | None,
    letters: set[str] | None = None,
) -> bool:
    scores, found = scored
    if scores[INC] < STRONG_INCIDENT or scores[INC] < max(scores[DIP], scores[POL]):
        return False
    for cue in found[INC]:
        if cue in HARM_CUES or cue == "death toll":
            break
    else:
        return False
    lead = IN_PLACE_LEAD_RE.match(text)
    if lead is not None and lead.group(1) not in first.text:
        return True  # "... Klitschko said. In Kharkiv, one person was killed": another city
    if text.startswith(_OTHER_TIME_OR_PLACE):
        # "... in Bint Jbeil. Earlier, another soldier was killed in Taybeh": a toll told
        # at another time and placed in a town the event so far does not name
        place = IN_PLACE_RE.search(text)
        if place is not None and place.group(1) not in first.text:
            return True
    if (
        # ("On Tuesday Prime Minister Silvio Berlusconi put the toll at 207 dead")
        (" said " in text or " put the " in text or " raised the " in text or " confirmed " in text)
        # ("Governor Syniehubov said on Monday that the death toll had risen to at least 16")
        and all(
            cue in TOLL_CUES or cue == "death toll" or cue.endswith((" toll to", " toll at"))
            for cue in found[INC]
        )
        and IN_PLACE_RE.search(text) is None
    ):
        # "On Saturday morning the military government said 1,002 people had been killed":
        # the toll of what the line told, given a day later, is no other happening
        return False
    semicolon = text.find("; ")
    if semicolon > 0 and any(
        cue in HARM_CUES and cue in text[:semicolon].lower() for cue in found[INC]
    ):
        # "Eight people were killed and 13 wounded; he was arrested on Friday morning": the
        # day of the clause after the harm is not the harm's
        when = resolve_date(text[:semicolon], dispatch_date)
    else:
        when = resolve_date(text, dispatch_date, words=letters)
    if when.vague:
        return True
    if not when.explicit or when.day is None:
        return False
    return when.day != first.day(dispatch_date)


class _FirstDay:
    """The day of a line's first event, resolved once however many sentences follow."""

    __slots__ = ("_day", "_done", "letters", "text")

    def __init__(self, text: str, letters: set[str] | None = None) -> None:
        self.text = text
        self.letters = letters
        self._day: str | None = None
        self._done = False

    def day(self, dispatch_date: str | None) -> str | None:
        if not self._done:
            first = resolve_date(self.text, dispatch_date, words=self.letters)
            self._day = first.day if first.explicit else dispatch_date
            self._done = True
        return self._day


def _may_split(text: str, scores: dict[str, float]) -> bool:
    """Whether a clause of this incident sentence may be an event of its own: one of
    another class, or an incident placed elsewhere."""
    return scores[INC] >= STRONG_INCIDENT and (
        max(scores[DIP], scores[POL]) >= STRONG_OTHER
        or (text.count(" in ") >= 2 and len(set(IN_PLACE_RE.findall(text))) >= 2)
    )


def _elsewhere(head: str, tail: str) -> bool:
    """ "A bomb exploded in Pishin, ..., and a second blast hit an office in Qila
    Saifullah": the clause after ", and" is placed in another town."""
    here = IN_PLACE_RE.search(head)
    there = IN_PLACE_RE.search(tail)
    if here is None or there is None or "'s" in here.group(1) or "’s" in here.group(1):
        return False  # ("bases in Pakistan's Balochistan province; ... in Panjgur": inside it)
    return here.group(1) != there.group(1)


def _clauses(sentence: Segment, scored: Scored) -> list[tuple[str, Scored]]:
    """Split off a trailing clause of another class, or an incident placed elsewhere,
    after an incident clause."""
    scores = scored[0]
    text = sentence.text
    if not _may_split(text, scores) or CLAUSE_RE.search(text) is None:
        return [(text, scored)]
    parts: list[tuple[str, Scored]] = []
    begin = 0
    for match in CLAUSE_RE.finditer(text):
        head = text[begin : match.start()]
        tail = text[match.end() :]
        head_scored = score(head)
        tail_scores, tail_found = score(tail)
        other = max(tail_scores[DIP], tail_scores[POL])
        if head_scored[0][INC] >= STRONG_INCIDENT and (
            (other >= STRONG_OTHER and other > tail_scores[INC])
            or (
                tail_scores[INC] >= STRONG_INCIDENT
                and not HARM_CUES.isdisjoint(tail_found[INC])
                and _elsewhere(head, tail)
            )
        ):
            parts.append((head, head_scored))
            begin = match.end()
    if not parts:
        return [(text, scored)]
    rest = text[begin:]
    parts.append((rest, score(rest)))
    return parts


# ", a day after Taliban gunmen killed 141 people at a school in Peshawar": the happening a
# decision or a word is dated by, told with its toll, is an event of its own ("shortly
# after 6 a.m." is a time, and "hours after he attended" no harm)
HAPPENING_AFTER_RE = re.compile(
    r"(?:,\s+(?:(?:a|one|two|three|four|several|some)\s+)?(?:days?|hours|weeks?)|,"
    r"|(?<=\w)(?<!shortly)(?<!soon)(?<!just)(?<!long))\s+after\s+"
)


_THE_HAPPENING_RE = re.compile(
    r"\bthe\s+(?:attack|attacks|strike|strikes|bombing|blast|explosion|shelling|raid|shooting)\b"
)


def _happening_after(text: str, scored: Scored) -> list[tuple[str, Scored]] | None:
    """A sentence of another class, and the harmful happening its trailing "a day after"
    clause tells: two events."""
    scores = scored[0]
    if scores[INC] > max(scores[DIP], scores[POL]):
        return None
    match = HAPPENING_AFTER_RE.search(text)
    if match is None or _THE_HAPPENING_RE.search(text, match.end()) is not None:
        # ("summoned Russia's ambassador after the offices of the British Council were
        # damaged in the attack": the happening told before)
        return None
    body_scored = score(text[match.end() :])
    body_scores, body_found = body_scored
    if (
        body_scores[INC] < STRONG_INCIDENT
        or body_scores[INC] <= max(body_scores[DIP], body_scores[POL])
        or HARM_CUES.isdisjoint(body_found[INC])
    ):
        return None
    head = text[: match.start()]
    return [(head, score(head)), (text[match.start() :].lstrip(", "), body_scored)]


def split_events(
    line: str, dispatch_date: str | None, *, headline: bool = False
) -> list[EventText]:
    """The event texts of one item, in order (at least one for a non-blank line)."""
    if headline:
        text = line.strip()
        return [EventText(text, *score_and_letters(text))]
    found = sentences(line)
    scored_once: tuple[Scored, set[str] | None] | None = None
    if len(found) == 1:
        # most lines are one sentence: one event unless a clause splits off
        only = found[0]
        scored_once = score_and_letters(only.text)
        scored, letters = scored_once
        scores = scored[0]
        if not _may_split(only.text, scores) and (
            " after " not in only.text or _happening_after(only.text, scored) is None
        ):
            return [EventText(only.text, scored, letters)]
    events: list[list[tuple[str, Scored, set[str] | None]]] = []
    first: _FirstDay | None = None  # set with the first clause, before any use
    for sentence in found:
        # (the one sentence is scored already)
        sentence_scored, letters = scored_once or score_and_letters(sentence.text)
        scores = sentence_scored[0]
        after = (
            _happening_after(sentence.text, sentence_scored) if " after " in sentence.text else None
        )
        clauses: list[tuple[str, Scored, set[str] | None]]
        if after is not None:
            clauses = [(text, scored, None) for text, scored in after]
        elif not _may_split(sentence.text, scores):
            # _clauses' own first test
            clauses = [(sentence.text, sentence_scored, letters)]
        else:
            split = _clauses(sentence, sentence_scored)
            if len(split) == 1:  # not split: the sentence as scored, with its letters
                clauses = [(sentence.text, sentence_scored, letters)]
            else:
                clauses = [(text, scored, None) for text, scored in split]
        for k, (clause, scored, clause_letters) in enumerate(clauses):
            if not events:
                events.append([(clause, scored, clause_letters)])
                first = _FirstDay(clause, clause_letters)
            elif k > 0 or (
                first is not None
                and _is_other_happening(clause, scored, first, dispatch_date, clause_letters)
            ):
                events.append([(clause, scored, clause_letters)])
            else:
                events[-1].append((clause, scored, clause_letters))
    out = []
    for parts in events:
        if len(parts) == 1:
            out.append(EventText(*parts[0]))
            continue
        # the parts' runs of a-z are the joined text's: a space cannot be part of one
        known = [p[2] for p in parts if p[2] is not None]
        letters = set().union(*known) if len(known) == len(parts) else None
        text = " ".join(p[0] for p in parts)
        out.append(EventText(text, merge([p[1] for p in parts]), letters))
    return out or [EventText(line.strip(), score(line.strip()))]
