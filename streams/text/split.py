"""Items -> sentences -> events.

Consecutive sentences of a line about the same happening form one event. A
sentence starts a new event when it reports another happening: an incident
(an attack verb and a death / injury or strike word) whose time differs from
the event so far — vague ("a rocket attack earlier this month ... killed five")
or another day ("a strike on March 14 that killed 17"). Inside one sentence, a
clause after ", and" / ";" starts a new event when it carries a strong cue of
another class than the incident before it ("..., and the city declared a day of
mourning").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.text.classify import DIP, INC, POL, score
from streams.text.dates import resolve_date

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
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
CLAUSE_RE = re.compile(r",\s+and\s+(?=(?:the|its|a|an|[A-Z]))|;\s+")
# A clause this strong in another class than the incident before it is its own event.
STRONG_OTHER = 3.0
STRONG_INCIDENT = 2.5


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int  # offset in the line


def sentences(line: str) -> list[Segment]:
    """Split a line into sentences (abbreviations such as "Gen." or "U.S." kept whole)."""
    out: list[Segment] = []
    begin = 0
    for match in SENTENCE_END_RE.finditer(line):
        cut = match.start()
        head = line[begin:cut]
        last_word = head.rsplit(None, 1)[-1].rstrip(".!?\"”’')]").lower() if head.strip() else ""
        if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if head.strip():
            out.append(Segment(head.strip(), begin))
        begin = match.end()
    tail = line[begin:]
    if tail.strip():
        out.append(Segment(tail.strip(), begin))
    return out or [Segment(line.strip(), 0)]


def _is_other_happening(text: str, current_day: str | None, dispatch_date: str | None) -> bool:
    scores, found = score(text)
    if scores[INC] < STRONG_INCIDENT or scores[INC] < max(scores[DIP], scores[POL]):
        return False
    has_harm = any(
        cue in found[INC]
        for cue in (
            "killed",
            "killing",
            "kills",
            "dead",
            "died",
            "wounded",
            "injured",
            "injuring",
            "wounding",
            "toll",
            "death toll",
            "destroyed",
            "damaged",
        )
    )
    if not has_harm:
        return False
    when = resolve_date(text, dispatch_date)
    if when.vague:
        return True
    return when.explicit and when.day is not None and when.day != current_day


def _clause_events(sentence: Segment) -> list[Segment]:
    """Split off a trailing clause of another class after an incident clause."""
    parts: list[Segment] = []
    begin = 0
    text = sentence.text
    for match in CLAUSE_RE.finditer(text):
        head = text[begin : match.start()]
        tail = text[match.end() :]
        head_scores, _ = score(head if not parts else text[: match.start()])
        tail_scores, _ = score(tail)
        other = max(tail_scores[DIP], tail_scores[POL])
        if (
            head_scores[INC] >= STRONG_INCIDENT
            and other >= STRONG_OTHER
            and other > tail_scores[INC]
        ):
            parts.append(Segment(text[begin : match.start()], sentence.start + begin))
            begin = match.end()
    parts.append(Segment(text[begin:], sentence.start + begin))
    return parts


def split_events(line: str, dispatch_date: str | None, *, headline: bool = False) -> list[str]:
    """The event texts of one item, in order (at least one for a non-blank line)."""
    if headline:
        return [line.strip()]
    events: list[list[str]] = []
    current_day = dispatch_date
    first = True
    for sentence in sentences(line):
        for k, clause in enumerate(_clause_events(sentence)):
            if first:
                events.append([clause.text])
                when = resolve_date(clause.text, dispatch_date)
                current_day = when.day if when.explicit else dispatch_date
                first = False
                continue
            if k > 0:
                events.append([clause.text])
                continue
            if _is_other_happening(clause.text, current_day, dispatch_date):
                events.append([clause.text])
                continue
            events[-1].append(clause.text)
    return [" ".join(parts) for parts in events] or [line.strip()]
