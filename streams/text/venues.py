"""Where an event happened and which state acted (eval/README.md "city / country").

- Incident: the city where it happened. "In X," and locative cues ("in", "on",
  "strike on", "the village of") win; places "near" / "outside" / "north of" a
  city, regions ("Kharkiv region"), lists of cities ("Kharkiv, Kyiv and
  Pavlohrad", "Kyiv and cities across Ukraine") give no city. "the village of X"
  is kept even when GeoNames lacks it. Without a city the country comes from a
  region, a territory (Gaza, Crimea) or a country named in the text.
- Diplomacy / policy: a city only when the text says the act took place there
  ("talks in Istanbul", "told a crowd in Warsaw", "In Lviv, ... signed"), or the
  one city a measure applies to (curfew, day of mourning). Otherwise the country
  is the first acting state (a name, demonym, capital used as a stand-in,
  institution or leader), or none for organisations and joint acts.
"""

from __future__ import annotations

import itertools
import re

from streams.text.casualties import ANCHOR_RE, Casualties, extract_casualties
from streams.text.dates import letter_words
from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.lexicon import contains_any, may_contain, words
from streams.text.model import Place
from streams.text.names import choose_city, display_name
from streams.text.places import Mention, scan

MORE_PLACES_AFTER_RE = re.compile(
    r",?\s+and\s+(?:other\s+|several\s+|many\s+|\w+\s+)?(?:cities|towns|regions|villages|areas)\b"
)
SPEECH_RE = re.compile(
    r"\b(?:said|says|told|warned|insisted|claimed|argued|accused|denied|noted|stressed|added|"
    r"described|called|urged|vowed)\b"
)
SUBJECT_SPEECH_WORDS = tuple(
    sorted(
        words(
            "said says told warned insisted claimed argued accused denied denies noted stressed "
            "described called blamed blames insists rejected condemned regretted dismissed"
        )
    )
)
SUBJECT_SPEECH_RE = re.compile(r"\b(?:" + "|".join(SUBJECT_SPEECH_WORDS) + r")\b")
# A SUBJECT_SPEECH_RE match is lower-case letters between non-word characters: one of
# the runs of a-z of the lower-cased text.
SUBJECT_SPEECH_SET = frozenset(SUBJECT_SPEECH_WORDS)
FUTURE_RE = re.compile(r"\b(?:would|will|is\s+to|are\s+to|plans\s+to|intends\s+to)\b")
JOINT_RE = re.compile(r"\bjoint\s+statement\b|\bjointly\b", re.IGNORECASE)
INSTITUTIONS = frozenset({"congress", "duma", "state duma", "rada", "knesset", "bundestag"})
SCOPED_MEASURE_RE = re.compile(
    r"\b(?:curfew|mourning|celebrations|festivities|state\s+of\s+emergency|evacuation|alert|"
    r"lockdown|martial\s+law)\b",
    re.IGNORECASE,
)
LIST_GAP_RE = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}$"
)
IN_START_RE = re.compile(r"^(?:In|At)\s+(?:the\s+\w+\s+of\s+)?$")


def _in_start(text: str, start: int) -> bool:
    """``IN_START_RE`` on ``text[:start]``: the text opens with "In X" / "At the ... of X"
    (the regex reads up to ``start`` in place, no copy of the text before it)."""
    return text.startswith(("In", "At")) and IN_START_RE.match(text, 0, start) is not None


VILLAGE_RE = re.compile(
    r"\b(?:village|settlement|hamlet)\s+of\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?)"
)
# A venue of a meeting or statement is a real town, or one in a country of the dispatch.
MIN_VENUE_POPULATION = 10_000
STATE_KINDS = ("state", "country", "org", "territory")
# Words without which SCOPED_MEASURE_RE / JOINT_RE cannot match.
SCOPED_MEASURE_WORDS = (
    "curfew",
    "mourning",
    "celebrations",
    "festivities",
    "state",
    "evacuation",
    "alert",
    "lockdown",
    "martial",
)
JOINT_WORDS = ("joint",)


def _words_before(text: str, start: int, count: int = 3) -> list[str]:
    """The last ``count`` lower-case words before ``start`` (cheaper than a "...$" regex)."""
    # rsplit stops after ``count`` cuts: the same last words as split()[-count:]
    return text[max(0, start - 40) : start].lower().rsplit(None, count)[-count:]


def _strip_the(words_before: list[str]) -> list[str]:
    return words_before[:-1] if words_before and words_before[-1] == "the" else words_before


EXCLUDING = frozenset(
    [
        "near",
        "outside",
        "from",
        "toward",
        "towards",
        "to",
        "via",
        "between",
        "beyond",
        "neighbouring",
        "neighboring",
    ]
)
DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)
OBJECT_WORDS = frozenset(
    [
        "for",
        "to",
        "against",
        "on",
        "from",
        "with",
        "into",
        "over",
        "about",
        "toward",
        "towards",
        "onto",
        "at",
        "by",
    ]
)
BETWEEN = frozenset({"between"})
IN_WORDS = frozenset(["in", "of", "near", "across", "over", "inside"])
SAID_WORDS = frozenset(
    ["said", "says", "warned", "insisted", "claimed", "accused", "accusing", "told"]
)
SAID_TUPLE = tuple(sorted(SAID_WORDS))
OBJECT_OR_IN_WORDS = OBJECT_WORDS | IN_WORDS
# The first eleven words from a position: a speech verb beyond them is too far away.
ELEVEN_WORDS_RE = re.compile(r"(?:\s*+\S++){11}")  # possessive: whole words only
APPEAL_STEMS = ("urge", "pressed", "asked", "called on", "calls on", "appealed")
APPEAL_WORDS = frozenset(["urged", "urges", "pressed", "asked"])
APPEAL_PAIRS = frozenset({("called", "on"), ("calls", "on"), ("appealed", "to")})


def _excluded_before(text: str, start: int) -> bool:
    """ "near X", "outside the X", "north of X", "from the port of X"-style references."""
    w = _words_before(text, start, 4)
    for skip in (0, 1):  # one optional word between the cue and the name
        rest = w[: len(w) - skip] if skip else w
        rest = _strip_the(rest)
        if not rest:
            continue
        if rest[-1] in EXCLUDING:
            return True
        if rest[-1] == "of" and len(rest) > 1 and rest[-2] in DIRECTIONS:
            return True
    return False


def _said_before(text: str, start: int) -> bool:
    w = _strip_the(_words_before(text, start, 3))
    if w and w[-1] == "that":
        w = w[:-1]
    return bool(w) and w[-1] in SAID_WORDS


def _appeal_before(text: str, start: int) -> bool:
    w = _strip_the(_words_before(text, start, 3))
    return bool(w) and (w[-1] in APPEAL_WORDS or tuple(w[-2:]) in APPEAL_PAIRS)


def _preposition_before(text: str, start: int, preps: frozenset[str]) -> bool:
    w = _strip_the(_words_before(text, start, 2))
    return bool(w) and w[-1] in preps


def make_place(m: Mention, context: set[str], g: Gazetteer) -> Place:
    city = choose_city(m.city_ids, context, g, m.surface)
    return Place(
        name=display_name(city, m.surface),
        country=g.country_name(city.country_code),
        lat=city.lat,
        lon=city.lon,
        geonames_id=city.geonames_id,
    )


def _distinct(cities: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in cities:
        key = m.surface.lower()
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _is_list(text: str, cities: list[Mention]) -> bool:
    return any(LIST_GAP_RE.match(text[a.end : b.start]) for a, b in itertools.pairwise(cities))


def incident_venue(
    draft: Draft, context: set[str], g: Gazetteer
) -> tuple[Place | None, str | None]:
    """(place, country) of an incident."""
    text = draft.text
    cities = []
    excluded = []
    for m in draft.mentions:
        if m.kind != "city" or m.standin:
            continue
        if _excluded_before(text, m.start):
            excluded.append(m)
        else:
            cities.append(m)
    distinct = _distinct(cities)
    if len(distinct) > 1 and _is_list(text, distinct):
        codes = {choose_city(m.city_ids, context, g).country_code for m in distinct}
        return None, g.country_name(codes.pop()) if len(codes) == 1 else None
    if distinct:
        best = max(
            distinct,
            key=lambda m: (
                3.0 * _in_start(text, m.start)
                + 2.0 * m.locative
                + 1.0 * m.after_in
                - 0.01 * m.start
            ),
        )
        place = make_place(best, context, g)
        if MORE_PLACES_AFTER_RE.match(text, best.end):
            return None, place.country
        return place, place.country
    village = VILLAGE_RE.search(text)
    if village:
        country = _country_near(draft, village.start(), g) or fallback_country(draft, g)
        return Place(village.group(1), country), country
    country = fallback_country(draft, g)
    if country is None and excluded:
        country = make_place(excluded[0], context, g).country
    return None, country


def _country_near(draft: Draft, position: int, g: Gazetteer) -> str | None:
    """A state named just before a position ("Polish border village of ...")."""
    for m in reversed(draft.mentions):
        if m.end <= position and position - m.end < 30 and m.kind in ("state", "country"):
            return g.country_name(m.code)
    return None


def fallback_country(draft: Draft, g: Gazetteer) -> str | None:
    """Country of an incident without a city: region, territory, then countries named."""
    for kind in ("region", "territory"):
        for m in draft.mentions:
            if m.kind == kind:
                return g.country_name(m.code)
    countries = [m for m in draft.mentions if m.kind == "country"]
    if len({m.code for m in countries}) > 1 and _is_list(draft.text, countries):
        return None  # "in Turkey and Syria"
    for m in countries:
        if m.locative:
            return g.country_name(m.code)
    for m in countries:
        return g.country_name(m.code)
    return None


def venue(draft: Draft, context: set[str], g: Gazetteer, line_text: str) -> Place | None:
    """Where a meeting / statement / measure took place."""
    text = draft.text
    speech: re.Match[str] | None = None
    speech_found = False
    for m in draft.mentions:
        if m.kind != "city" or m.standin:
            continue
        if not (m.after_in or _in_start(text, m.start)):
            continue
        if not speech_found:
            speech, speech_found = SPEECH_RE.search(text), True
        if speech is not None and m.start > speech.start():
            between = text[speech.end() : m.start].split()
            if len(between) > 4 or (between and between[0] == "that"):
                continue
        city = choose_city(m.city_ids, context, g, m.surface)
        if city.population < MIN_VENUE_POPULATION and city.country_code not in context:
            continue
        return make_place(m, context, g)
    if (
        draft.cls == "policy"
        and may_contain(text, text.lower(), SCOPED_MEASURE_WORDS)
        and SCOPED_MEASURE_RE.search(text)
    ):
        cities = _distinct([m for m in draft.mentions if m.kind == "city"])
        if not cities and text != line_text:
            cities = _distinct([m for m in scan(line_text) if m.kind == "city"])
        if len(cities) == 1:
            return make_place(cities[0], context, g)
    return None


# A FUTURE_RE match is one of these whole words, or "to" after one of the others.
_FUTURE_WORDS = frozenset(["would", "will"])
_FUTURE_BEFORE_TO = frozenset(["is", "are", "plans", "intends"])


def _future(lower: str, letters: set[str]) -> bool:
    """``FUTURE_RE.search(lower) is not None``; ``letters`` are the runs of a-z of
    ``lower``, which rule most texts out without the regex."""
    if _FUTURE_WORDS.isdisjoint(letters) and (
        "to" not in letters or _FUTURE_BEFORE_TO.isdisjoint(letters)
    ):
        return False
    return FUTURE_RE.search(lower) is not None


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
    - an appeal to another state or organisation ("urged the EU to...").

    ``letters`` is ``dates.letter_words(text.lower())`` when the caller has it.
    """
    if not mentions:
        return {}
    lower = text.lower()
    if letters is None:
        letters = letter_words(lower)
    # "X said it would deliver..." announces a decision: leave it to the policy cues.
    # (FUTURE_RE runs only when an answer needs it: None until then.)
    future: bool | None = None if scores["policy"] >= scores["incident"] else False
    said: bool | None = None  # the word tests run at the first mention that could use them
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
            said = said and not future
            appeal = contains_any(lower, APPEAL_STEMS)
        if not (said or appeal):
            break
        if said and state and _said_before(text, m.start):
            return {"diplomacy": (2.0, "statement about " + m.surface)}
        if (
            appeal
            and m.kind in STATE_KINDS
            and m.surface.lower() not in INSTITUTIONS
            and _appeal_before(text, m.start)
        ):
            return {"diplomacy": (3.0, "appeal to " + m.surface)}
    for speaker in mentions:
        if speaker.kind in STATE_KINDS and speaker.start < 60:
            break
    else:
        return {}  # no one to speak (cheap tests before the loop below)
    if SUBJECT_SPEECH_SET.isdisjoint(letters):
        return {}  # no speech verb for a speaker
    for speaker in mentions:
        if (
            speaker.kind in STATE_KINDS
            and speaker.start < 60
            and not _preposition_before(text, speaker.start, OBJECT_OR_IN_WORDS)
        ):
            break
    else:
        return {}
    # the verb must come within ten words: search no further than the eleventh
    reach = ELEVEN_WORDS_RE.match(text, speaker.end)
    verb = SUBJECT_SPEECH_RE.search(text, speaker.end, reach.end() if reach else len(text))
    if verb is None or len(text[speaker.end : verb.start()].split()) > 10:
        return {}
    if future is None:
        future = _future(lower, letters)
    if future or "shot down" in text:
        return {}
    if ANCHOR_RE.search(lower):
        figures = extract_casualties(text)
        if figures_memo is not None:
            figures_memo[text] = figures  # the caller's incident pass reuses it
        if figures.killed or figures.injured:
            return {}
    return {"diplomacy": (3.0, f"{speaker.surface} {verb.group(0)}")}


def actor_country(draft: Draft, g: Gazetteer) -> tuple[bool, str | None]:
    """(found, country) of the main acting state; organisations and joint acts give None."""
    actors: list[Mention] = []  # the first two are all that matter
    for m in draft.mentions:
        if m.kind in STATE_KINDS and not _preposition_before(draft.text, m.start, OBJECT_WORDS):
            actors.append(m)
            if len(actors) == 2:
                break
    if not actors:
        return False, None
    first = actors[0]
    if len(actors) > 1:
        second = actors[1]
        gap = draft.text[first.end : second.start]
        if (
            LIST_GAP_RE.match(gap)
            and first.start < 40
            and not _preposition_before(draft.text, first.start, BETWEEN)
            and first.code != second.code
        ):
            return True, None
    text = draft.text
    if first.kind == "org" or (
        may_contain(text, text.lower(), JOINT_WORDS) and JOINT_RE.search(text)
    ):
        return True, None
    return True, g.country_name(first.code)
