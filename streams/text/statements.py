"""Evidence for diplomacy that needs the actors of a text (``statement_bonus``).

A state speaking about an attack is a statement, not the attack; so is a statement
about another state, and an appeal to one. The word tests are ordered cheapest
first: most texts are ruled out by a set look-up before any regex runs.
"""

from __future__ import annotations

import re

from streams.text.casualties import Casualties, extract_casualties
from streams.text.casualty_patterns import ANCHOR_RE
from streams.text.classify import score
from streams.text.cues import DIP, INC, POL
from streams.text.dates import letter_words
from streams.text.gazetteer import Gazetteer, fold
from streams.text.lexicon import contains_any
from streams.text.place_context import (
    preposition_before,
    strip_the,
    words_before,
)
from streams.text.places import Mention
from streams.text.reported import (
    future_before_happening,
    interceptions,
    reports_happening,
)
from streams.text.statement_patterns import (
    APPEAL_PAIRS,
    APPEAL_STEMS,
    APPEAL_WORDS,
    BACKGROUND_TOLL_RE,
    DECIDING,
    DISMISSED_WORDS_RE,
    ELEVEN_WORDS_RE,
    FIGHTERS,
    FUTURE_RE,
    GROUND_MOVES,
    HAPPENING_VERBS,
    HEDGE_BEFORE_RE,
    INSTITUTIONS,
    JUDGMENT_RE,
    LEGISLATURE_AFTER_RE,
    NATIONALS_AMONG_RE,
    OBJECT_OR_IN_BUT_OF,
    OBJECT_OR_IN_WORDS,
    OPENING_CLAUSES,
    ORDERED_BY_SPEAKER_RE,
    OWN_ATTACK_CLAIM_RE,
    OWN_STRIKE,
    REACTION_BONUS,
    REACTION_RE,
    SAID_TUPLE,
    SAID_WORDS,
    SELF_REPORT_STARTS,
    SUBJECT_SPEECH_RE,
    SUBJECT_SPEECH_SET,
    TITLED_SPEAKER_RE,
    TOLL_BONUS,
    UNCERTAIN_WORDS_RE,
    WEAK_STATEMENT_BONUS,
)
from streams.text.venues import STATE_KINDS


def _own_state(mentions: list[Mention], m: Mention) -> bool:
    """ "Scholz said Berlin had stopped ...", "The Kremlin said Putin had instructed ...":
    a state's speaker telling of its own state tells no relations with another."""
    return m.code is not None and any(
        other.start < m.start and other.code == m.code and other.kind in STATE_KINDS
        for other in mentions
    )


def _said_before(text: str, start: int) -> bool:
    w = strip_the(words_before(text, start, 3))
    if w and w[-1] == "that":
        w = w[:-1]
        if w and w[-1] == "and":
            # "Trump said nothing would jeopardise the ceasefire and that Israel should hit
            # back": the second thing said
            return contains_any(text[:start], SAID_TUPLE)
    return bool(w) and w[-1] in SAID_WORDS


def _attributed_happening(text: str, start: int) -> bool:
    """A happening told before a short attribution ("Plane crashes in Belgorod region,
    Moscow says Ukrainian prisoners were aboard"): the text reports it, and what the
    speaker adds about another state is detail, not a statement between states."""
    comma = text.rfind(", ", 0, start)
    if comma < 0 or len(text[comma + 2 : start].split()) > 5:
        return False
    lead_scores = score(text[:comma])[0]
    return lead_scores[INC] > 0 and lead_scores[INC] >= max(lead_scores[DIP], lead_scores[POL])


def _appeal_before(text: str, start: int) -> bool:
    w = strip_the(words_before(text, start, 3))
    return bool(w) and (w[-1] in APPEAL_WORDS or tuple(w[-2:]) in APPEAL_PAIRS)


# A FUTURE_RE match is one of these whole words, or "to" after one of the others.
_FUTURE_WORDS = frozenset(["would", "will", "calling", *DECIDING.split()])
_FUTURE_BEFORE_TO = frozenset(["is", "are", "plans", "intends"])


def _future(lower: str, letters: set[str]) -> bool:
    """``FUTURE_RE.search(lower) is not None``; ``letters`` are the runs of a-z of
    ``lower``, which rule most texts out without the regex."""
    if _FUTURE_WORDS.isdisjoint(letters) and (
        "to" not in letters or _FUTURE_BEFORE_TO.isdisjoint(letters)
    ):
        return False
    return FUTURE_RE.search(lower) is not None


_THREAT_AFTER_RE = re.compile(r"\s+(?:would|will|should)\s")
# "condemned the attack and announced a judicial inquiry": the word, then the act
_AND_DECIDED_RE = re.compile(r"\band\s+(?:ordered|announced|declared|imposed)\s")


def statement_bonus(
    text: str,
    mentions: list[Mention],
    g: Gazetteer,
    scores: dict[str, float],
    figures_memo: dict[str, Casualties] | None = None,
    letters: set[str] | None = None,
) -> dict[str, tuple[float, str]]:
    """Evidence for diplomacy that needs the actors of a text:

    - a state speaking about an attack ("Polish President Andrzej Duda said the blast
      was...", "Russia's defence ministry claimed...") is a statement, not the attack,
      unless it reports casualty figures or announces what it will do;
    - a statement about another state ("said Moscow was...");
    - an appeal to another state or organisation ("urged the EU to...");
    - with no cue of any class, a state's leader or an organisation named ("Zelensky in
      Hiroshima as ...", "India, Saudi Arabia and South Africa did not sign") is weak
      evidence of relations between them.

    ``letters`` is ``dates.letter_words(text.lower())`` when the caller has it.
    """
    if not mentions:
        if not any(scores.values()) and TITLED_SPEAKER_RE.search(text) is not None:
            # "President Gudni Johannesson said the country faced a daunting period": a
            # head of state or government speaking, whom the tables do not know
            return {"diplomacy": (WEAK_STATEMENT_BONUS, "official said")}
        return {}
    if not any(scores.values()) and not interceptions(text):
        for m in mentions:
            # (a state named where no locative cue places anything: "South Korea put off
            # the signing", "Russia began legal proceedings against Ukraine")
            if m.kind in ("state", "org") or (m.kind == "country" and m.standin):
                return {"diplomacy": (WEAK_STATEMENT_BONUS, f"{m.surface} named")}
            if m.kind == "country" and not m.locative:
                # ... but one state alone acts on itself: "South Sudan proclaims
                # independence", "Japan raised its rating of the crisis"
                alone = all(other.code == m.code for other in mentions if other.code)
                return {
                    "policy" if alone else "diplomacy": (WEAK_STATEMENT_BONUS, f"{m.surface} named")
                }
    lower = text.lower()
    if letters is None:
        letters = letter_words(lower)
    # "X said it would deliver..." announces a decision: leave it to the policy cues.
    # (FUTURE_RE runs only when an answer needs it: None until then.)
    future: bool | None = None if scores["policy"] >= scores["incident"] else False
    said: bool | None = None  # the word tests run at the first mention that could use them
    threat = False
    appeal = False
    for m in mentions:
        state = m.kind in ("state", "country") or (
            m.kind == "city" and fold(m.surface) in g.capitals
        )
        if not state and m.kind not in STATE_KINDS:
            continue  # neither a statement about it nor an appeal to it
        if said is None:
            said = contains_any(lower, SAID_TUPLE)
            if said and future is None:
                future = _future(lower, letters)
            threat = bool(said and future)
            said = said and not future
            appeal = contains_any(lower, APPEAL_STEMS)
        if (
            threat
            and not appeal
            and state
            # ("Store said Norway would supply F-16s": a decision's word, likely his own state's)
            and scores["policy"] < 1.5
            and _THREAT_AFTER_RE.match(text, m.end) is not None
            and _said_before(text, m.start)
            and not _own_state(mentions, m)
        ):
            # "Raisi said Israel would certainly pay for the killing": what another state
            # will do or suffer, in a speaker's words, is a word about it, not a decision
            # (it outweighs the one happening named: "pay for the killing" tells none)
            return {"diplomacy": (2.5, "statement about " + m.surface)}
        if not (said or appeal):
            break
        if said and state and _said_before(text, m.start) and not _own_state(mentions, m):
            conditional = text.endswith(("if ", "unless "), 0, m.start)  # "ready if Israel ..."
            if (
                not conditional
                # ("said Israel would pay for the killing": no happening told, a threat)
                and _THREAT_AFTER_RE.match(text, m.end) is None
                and (
                    reports_happening(text[m.start :], scores)
                    or _attributed_happening(text, m.start)
                )
            ):
                return {}  # "said Russia had launched 78 missiles": the attack told
            threatened = _THREAT_AFTER_RE.match(text, m.end) is not None
            return {"diplomacy": (2.5 if threatened else 2.0, "statement about " + m.surface)}
        if (
            appeal
            and m.kind in STATE_KINDS
            and m.surface.lower() not in INSTITUTIONS
            and _appeal_before(text, m.start)
            # ("Washington urged Americans to leave Lebanon": a state's word to its own)
            and not _own_state(mentions, m)
        ):
            return {"diplomacy": (3.0, "appeal to " + m.surface)}
    # "Speaking a day after midterm elections in which ..., Joe Biden said": the speaker
    # opens the main clause, after the opening one
    opening = text.find(", ") + 2 if text.startswith(OPENING_CLAUSES) else 0
    limit = opening + 60
    for speaker in mentions:
        if speaker.kind in STATE_KINDS and opening <= speaker.start < limit:
            break
    else:
        return {}  # no one to speak (cheap tests before the loop below)
    if SUBJECT_SPEECH_SET.isdisjoint(letters):
        return {}  # no speech verb for a speaker
    for speaker in mentions:
        if (
            speaker.kind in STATE_KINDS
            and opening <= speaker.start < limit
            and not preposition_before(
                # ("Leaders of the G7 said": an organisation's members speak for it)
                text,
                speaker.start,
                OBJECT_OR_IN_BUT_OF if speaker.kind == "org" else OBJECT_OR_IN_WORDS,
            )
        ):
            break
    else:
        return {}
    # the verb must come within ten words: search no further than the eleventh (after an
    # aside about the speaker: "Maia Sandu, who won 42% in the election, said")
    after = speaker.end
    if text.startswith(", who ", after):
        aside_end = text.find(",", after + 6)
        after = aside_end + 1 if aside_end > 0 else after
    elif 0 <= (comma := text.find(", ", after)) - after < 40:
        # "Hezbollah deputy leader Naim Qassem, in the group's first televised speech
        # since ..., said": an aside between the speaker's name and the verb
        aside_end = text.find(", ", comma + 2)
        if aside_end > 0 and SUBJECT_SPEECH_RE.match(text, aside_end + 2) is not None:
            after = aside_end + 1
    # (an aside's opening comma is no word: "the G7, gathered at Schloss Elmau ..., said")
    reach = ELEVEN_WORDS_RE.match(text, after + 1 if text.startswith(", ", after) else after)
    verb = SUBJECT_SPEECH_RE.search(text, speaker.end, reach.end() if reach else len(text))
    if verb is None or HEDGE_BEFORE_RE.search(text, max(0, verb.start() - 16), verb.start()):
        return {}  # (and "fired missiles at what it called a spy headquarters" is no speech)
    if OWN_ATTACK_CLAIM_RE.match(text, verb.end()) is not None:
        return {}  # "Hamas said it had carried out the attack": the attack, claimed
    if verb.group(0) == "reported" and not text.startswith(" that ", verb.end()):
        return {}  # "the General Staff reported 101 combat clashes": the fighting told
    if verb.group(0) == "called" and LEGISLATURE_AFTER_RE.match(text, verb.end()):
        return {}  # "Biden called on Congress to pass a ban": a law sought, not relations
    if verb.group(0) == "dismissed" and not DISMISSED_WORDS_RE.match(text, verb.end()):
        return {}  # "Ukraine dismissed several senior officials": an act, not a rebuttal
    between = text[after : verb.start()]
    if len(between.split()) > 10:
        return {}
    if " and " in between and scores["policy"] > scores["diplomacy"]:
        return {}  # "Kaboré declared three days of mourning and condemned ...": the act first
    if "," in between and between.rpartition(",")[2].strip():
        return {}  # "Israeli forces fought Hamas near the hospital, residents said"
    if future is None:
        future = _future(lower, letters)
    if future and max(scores.values()) < 0.5:  # (no decisive cue: "minister" alone is 0.2)
        # "von der Leyen said the EU would keep supporting Ukraine": an intention with no
        # decision in it is still a state speaking
        return {"diplomacy": (WEAK_STATEMENT_BONUS, f"{speaker.surface} {verb.group(0)}")}
    if future or interceptions(text):
        return {}
    if UNCERTAIN_WORDS_RE.search(lower, verb.end()) is not None:
        # "said there was no absolute certainty yet that Deif had been killed": doubt
        # about a happening is a word on it, not its report
        return {"diplomacy": (3.0, f"{speaker.surface} {verb.group(0)}")}
    if ANCHOR_RE.search(lower) and BACKGROUND_TOLL_RE.search(lower) is None:
        figures = extract_casualties(text)
        if figures_memo is not None:
            figures_memo[text] = figures  # the caller's incident pass reuses it
        if NATIONALS_AMONG_RE.search(text) is not None:
            # "Trudeau said six Canadians were among those killed": a state's word on its
            # own people hurt abroad, not the toll of the attack
            return {"diplomacy": (3.0, f"{speaker.surface} {verb.group(0)}")}
        if figures.killed is not None or figures.injured is not None:
            # a state giving the toll reports the attack, whatever the forum
            # ("Zelensky told the UN Security Council that 22 people had been killed")
            return {"incident": (TOLL_BONUS, "toll reported")}
    reported = text[verb.end() :].lstrip()
    lead = text[: speaker.start].rstrip()
    if lead.endswith((" the", " The")):
        lead = lead[:-4].rstrip()  # ", the Palestinian Red Crescent said."
    if len(reported.split()) <= 3 and lead.endswith(","):
        # a trailing attribution ("..., Kazakhstan's emergencies ministry said."):
        # what was said comes before it
        reported = text[: text.rstrip().rfind(",", 0, speaker.start)]
    if "the " in reported and JUDGMENT_RE.search(reported) is not None:
        # "said on Monday that the attack on the mall was a war crime": judging the
        # attack, not reporting it
        return {"diplomacy": (REACTION_BONUS, f"{speaker.surface} {verb.group(0)}")}
    if (
        not reported.startswith(SELF_REPORT_STARTS)
        and reports_happening(reported, scores)
        # ("said the war would continue until Hamas was destroyed": what would be is none;
        # "had set mattresses alight ... after learning they would be deported" is told)
        and not future_before_happening(reported.lower())
    ):
        # "officials said two Neptune missiles had struck the ship": the report of a
        # happening, with no word of diplomacy, is the incident told, not a statement;
        # a state's word on its own strike ("said it had struck sites where ...") stays one
        return {}
    if ORDERED_BY_SPEAKER_RE.match(reported) is not None or (
        " and " in reported
        and scores["policy"] >= 1.5
        and _AND_DECIDED_RE.search(reported) is not None
    ):
        # "said on Saturday that he had ordered decisive military action", "said he was
        # deeply saddened and ordered a review of safety rules": a decision
        return {}
    if (
        speaker.kind != "org"
        and reported.startswith(SELF_REPORT_STARTS)
        and scores["policy"] >= 2.0
        and scores["policy"] > max(scores["diplomacy"], scores["incident"])
    ):
        # "Lithuania said it had stopped importing Russian gas": a state telling of its
        # own decision, weighed by the decision's words
        return {}
    if REACTION_RE.match(text, verb.end()) is not None:
        # "Biden called the killing a measure of justice": judging an attack, not
        # reporting one, outweighs the attack's own words
        return {"diplomacy": (REACTION_BONUS, f"{speaker.surface} {verb.group(0)}")}
    reported_words = (
        letter_words(reported.lower()) if reported.startswith(SELF_REPORT_STARTS) else None
    )
    if reported_words is not None and (
        not HAPPENING_VERBS.isdisjoint(reported_words)
        # "said its troops were pushing forward near Robotyne": its fighting on the ground
        or (not GROUND_MOVES.isdisjoint(reported_words) and not FIGHTERS.isdisjoint(reported_words))
    ):
        # "The Israeli military said it had struck an ambulance ..., killing several
        # militants": a state's word on its own strike, however its words describe it
        weight = max(3.0, scores["incident"] + 0.5)
        return {"diplomacy": (weight, f"{speaker.surface} {verb.group(0)} {OWN_STRIKE}")}
    return {"diplomacy": (3.0, f"{speaker.surface} {verb.group(0)}")}
