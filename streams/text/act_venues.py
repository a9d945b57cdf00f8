"""Where a meeting, statement or measure took place (eval/README.md "city /
country" for diplomacy and policy).

A city only when the text says the act took place there ("talks in Istanbul", "told a
crowd in Warsaw", "In Lviv, ... signed", "at the NATO summit in Vilnius", "a joint
statement issued in Beijing", "A Moscow court"), the one city a visit went to, or the
one city a measure applies to (a curfew, a day of mourning, a driving ban). Places
inside what someone said, a plan, a small town outside the dispatch's countries and
cities used as stand-ins for governments are no venues; then the country is the acting
state's (acting_state.py). Incidents' places are venues.py's.
"""

from __future__ import annotations

import re

from streams.text.capitals import capital_named, capital_place
from streams.text.city_choice import choose_city
from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer, fold
from streams.text.journeys import (
    AFTER_HAPPENING_RE,
    AFTER_SUBJECT_IN_RE,
    CAUSE_CLAUSE_BEFORE_RE,
    FROM_TO_BEFORE_RE,
    JOURNEY_ADVERB_BEFORE_RE,
    elsewhere_before,
)
from streams.text.lexicon import may_contain
from streams.text.model import Place
from streams.text.place_context import (
    LOCATIVE_SKIP,
    in_start,
    words_before,
)
from streams.text.places import Mention, scan
from streams.text.standins import GOVERNMENT_SEAT_BEFORE_RE
from streams.text.venues import distinct_cities, make_place
from streams.text.word_starts import compile_at_words

SPEECH_RE = re.compile(
    r"\b(?:said|says|told|warned|insisted|claimed|argued|accused|denied|noted|stressed|added|"
    r"described|called|urged|vowed)\b"
)

SCOPED_MEASURE_RE = compile_at_words(
    r"\b(?:curfew|mourning|celebrations|festivities|state\s+of\s+emergency|evacuation|alert|"
    r"lockdown|martial\s+law|(?:driving|travel|traffic)\s+ban|(?:emergency|disaster|combat)\s+zone|"
    # "ordered all residents of Gaza City to leave": an evacuation of one city
    r"(?:ordered|told|urged)\s+(?:all\s+)?residents\s+of)\b",
    re.IGNORECASE,
)

# "at the Vilnius summit", "at Johannesburg talks": the city names the gathering's venue
# ("at the Johannesburg summit", "a brief second round of Istanbul talks")
AT_BEFORE_RE = re.compile(r"\b(?:[Aa]t|round\s+of)\s+(?:the\s+|an?\s+)?$")

GATHERING_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:summit|talks|conference|meeting|forum|peace\s+talks|negotiations)\b"
)


def _at_gathering(text: str, start: int, end: int) -> bool:
    return (
        GATHERING_AFTER_RE.match(text, end) is not None
        and AT_BEFORE_RE.search(text, max(0, start - 16), start) is not None
    )


def _through(text: str, start: int, end: int) -> bool:
    """ "walked with Zelensky through central Kyiv": the act took place there (not "through
    the Rafah crossing", a crossing named for the town)."""
    w = [word for word in words_before(text, start, 3) if word not in LOCATIVE_SKIP]
    return bool(w) and w[-1] == "through" and CROSSING_AFTER_RE.match(text, end) is None


AT_OR_IN_BEFORE_RE = re.compile(r"\b(?:at|in)\s+$")
CALLED_OFF_BEFORE_RE = re.compile(
    # ("Renzi, who broke off a visit to Milan to go to the scene, said")
    r"\b(?:call(?:ed|ing)?\s+off|cancel(?:led|ed|ing)?|postpon(?:ed|ing)|scrapp(?:ed|ing)|"
    r"broke\s+off|cut\s+short|curtail(?:ed|ing))\s+"
    r"(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+$"
)
CITY_OF_BEFORE_RE = re.compile(
    r"\bin\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|port|resort|capital)\s+of\s+$"
)
IN_A_BEFORE_RE = re.compile(r"\bin\s+an?\s+$")
_NEXT_LOWER_RE = re.compile(r"\s+[a-z]")
CROSSING_AFTER_RE = re.compile(r"\s+(?:crossing|border|checkpoint)\b")

# "A Moscow court charged ...": a court is where its decision is taken
COURT_AFTER_RE = re.compile(
    r"\s+(?:(?:city|district|military|regional|supreme)\s+)?(?:court|tribunal)\b"
)

VISIT_ENDINGS = (
    "visit to",
    " visit",  # a headline's "Macron, Scholz and Draghi visit Kyiv"
    " visits",
    "trip to",
    "visited",
    "visiting",
    "travel to",
    "travels to",
    "travelled to",
    "traveled to",
    "flew to",
    "flew into",
    "together to",  # "travelled together to Kyiv by train"
    "flew on to",  # "Merz then flew on to Warsaw for talks"
    "went on to",
)

# "visited Bucha, Borodianka and Irpin": a tour of several places has no one venue
LIST_AFTER_RE = re.compile(r"\s*(?:,|and\b)\s*[A-Z]")


PLANNED_VISIT_BEFORE_RE = re.compile(
    r"\b(?:would|will|to|could|may|might|should|plans?\s+to|set\s+to|due\s+to)\s+visit\s+$"
)
GATHERING_AT_BEFORE_RE = re.compile(r"\b(?:summit|conference|meeting|talks|forum)\s+(?:at|in)\s+$")
OPENING_GATHERINGS = ("Meeting ", "Speaking ", "Gathered ", "Gathering ")
OPENING_AT_RE = re.compile(r"(?:Meeting|Speaking|Gathered|Gathering)\s+(?:in|on|at)\s")
OPENING_VISIT_RE = re.compile(
    r"(?:(?:On|During)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to|Visiting)"
    r"\s+$"
)


def _visited(text: str, m: Mention) -> bool:
    """ "a surprise visit to Kyiv", "visited Kyiv": the one city a visit took place in."""
    start, end = m.start, m.end
    before = text[max(0, start - 14) : start].lower().rstrip()
    if before.endswith("-line") or before.endswith("-hit"):
        # "a trip to front-line Bakhmut", "a visit to quake-hit Antakya"
        before = text[max(0, start - 28) : start].lower().rstrip().rpartition(" ")[0]
    if before.endswith((" visit", " visits")) and PLANNED_VISIT_BEFORE_RE.search(
        text, max(0, start - 24), start
    ):
        return False  # "said he would visit Tbilisi on Monday": a visit to come
    return (
        (
            before.endswith(VISIT_ENDINGS)
            # "flew from Israel to Doha for talks with Qatar's emir"
            or (
                before.endswith(" to")
                and FROM_TO_BEFORE_RE.search(text, max(0, start - 60), start) is not None
            )
            or (
                before.endswith((" to", " into", " in"))
                and JOURNEY_ADVERB_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            )
        )
        # (the comma after an opening "On a visit to Warsaw, ..." ends the phrase)
        and (
            LIST_AFTER_RE.match(text, end) is None
            or OPENING_VISIT_RE.match(text, 0, start) is not None
        )
        and not elsewhere_before(text, start)  # "postponed a planned trip to Beijing"
        # "calling off a visit to Washington by a senior delegation"
        and CALLED_OFF_BEFORE_RE.search(text, max(0, start - 40), start) is None
    )


# A venue of a meeting or statement is a real town, or one in a country of the dispatch.
MIN_VENUE_POPULATION = 10_000

# Words without which SCOPED_MEASURE_RE cannot match.
SCOPED_MEASURE_WORDS = (
    " ban",
    "curfew",
    "mourning",
    "celebrations",
    "festivities",
    "state",
    "evacuation",
    "alert",
    "lockdown",
    "martial",
    " zone",
    "residents",
)

AT_EVENT_BEFORE_RE = re.compile(
    r"\bat\s+(?:a|an|the)\s+(?:\w+\s+)?(?:conference|summit|meeting|forum|ceremony|rally)\s+in\s+$"
    # "said in a joint statement issued in Beijing": where the statement was made
    r"|\b(?:statement|communiqu[eé]|declaration)\s+(?:issued|released|signed|published)\s+in\s+$"
    # "In a televised address from Madrid": where it was given
    r"|\b(?:address|speech|broadcast|statement)\s+from\s+$"
    # "Lavrov told the UN General Assembly in New York that ...": where the audience sat
    r"|\btold\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}"
    # ("told the Arab League summit in Jeddah")
    r"(?:summit\s+|conference\s+|meeting\s+|forum\s+)?in\s+$"
)


def _venue_place(
    m: Mention, text: str, speech: re.Match[str] | None, context: set[str], g: Gazetteer
) -> Place | None:
    """The place of a venue candidate, unless it only follows what someone said
    ("said that ... in X") or is a small town outside the dispatch's countries."""
    if (
        speech is not None
        and m.start > speech.start()
        and AT_EVENT_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is None
    ):
        # (but "said ... at a conference in Berlin" names where it was said)
        between = text[speech.end() : m.start].split()
        if len(between) > 4 or (between and between[0] == "that"):
            return None
    if GOVERNMENT_SEAT_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None:
        return None  # "the Taliban government in Kabul condemned": the state, not a venue
    if POST_IN_BEFORE_RE.search(text, max(0, m.start - 50), m.start) is not None:
        return None  # "Moscow's envoy to the UN in Geneva, Gennady Gatilov, said": a post
    if elsewhere_before(text, m.start):
        return None  # "to buy 5,000 missiles made in Belfast": where goods are made
    if FROM_GATHERING_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is not None:
        return None  # "who flew home early from a summit in Jakarta": left, not held here
    if CONTENT_BEFORE_RE.search(text, 0, m.start) is not None:
        # "rejected accusations that Russian forces had killed civilians in Bucha": where
        # what was alleged happened
        return None
    if (
        FUTURE_ACT_BEFORE_RE.search(text, max(0, m.start - 90), m.start) is not None
        # (but "said Ukraine would need a Marshall Plan ... at a conference in Berlin")
        and AT_EVENT_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is None
    ):
        # "confirmed that a delegation would attend a second round of talks with Russia in
        # Istanbul on Monday": where a later act will be, not where this one was
        return None
    if " after " in text and (
        AFTER_HAPPENING_RE.search(text, 0, m.start) is not None
        # "India had summoned Pakistan's charge d'affaires after two staff members of its
        # high commission in Islamabad were detained": a place in the cause's clause
        or CAUSE_CLAUSE_BEFORE_RE.search(text, 0, m.start) is not None
        # "protested after police in Baku detained two executives": the cause's place
        or AFTER_SUBJECT_IN_RE.search(text, max(0, m.start - 60), m.start) is not None
    ):
        # "decreed a state of emergency ... after fighting between rival gangs at the
        # Litoral penitentiary in Guayaquil": where the cause happened
        return None
    if HAPPENING_IN_BEFORE_RE.search(text, max(0, m.start - 50), m.start) is not None:
        # "condemned the attack on the displaced in Khan Younis": where the happening
        # judged took place, not where it was judged
        return None
    city = choose_city(m.city_ids, context, g, m.surface)
    if city.population < MIN_VENUE_POPULATION and city.country_code not in context:
        return None
    return make_place(m, context, g)


POST_IN_BEFORE_RE = re.compile(
    r"\b(?:envoy|ambassador|representative|mission|consul)\s+(?:to\s+(?:the\s+)?[\w\s]{1,30}?\s+)?"
    r"in\s+$"
)
OWNED_ACT_AFTER_RE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:tariffs|sanctions|policy|policies|decision|demands?|proposals?|"
    r"plans?|threats?|claims?|accusations?|position|offer|strikes|attacks)\b"
)
FROM_GATHERING_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference|talks|forum|"
    r"visit|trip)\s+(?:in|to)\s+$"
)
CONTENT_BEFORE_RE = re.compile(
    r"\b(?:accusations|allegations|claims|reports|suggestions|charges)\s+that\b[^.;]*$"
)
FUTURE_ACT_BEFORE_RE = re.compile(
    # ("a meeting with Lavrov that had been planned for Thursday in Geneva": not held)
    # ("agreed to meet in Budapest", "proposes direct talks with Ukraine in Istanbul")
    r"\b(?:would|will|is\s+to|are\s+to|plans?\s+to|intends?\s+to|planned|scheduled|"
    r"agreed\s+to\s+(?:meet|hold)|agree\s+to\s+(?:meet|hold)|proposes|proposed|propose)\s+"
    r"(?:[\w'’-]+\s+){0,12}?in\s+$"
)
HAPPENING_IN_BEFORE_RE = re.compile(
    r"\b(?:attacks?|strikes?|bombings?|shelling|killings?|massacre|raids?|assault|shooting)\s+"
    r"(?:(?:on|against)\s+(?:[\w'’-]+\s+){1,4})?in\s+$"
)


IN_CAPITAL_RE = re.compile(r"\b(?:in|at)\s+the\s+[A-Z][a-z]+\s+capital\b")


# "in the Red Sea city", "in the coastal town": the venue named before, not a new one
THAT_CITY_RE = re.compile(
    # (not "the first woman executed in the city-state": a state, told again)
    r"\bin\s+the\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z]+\s+)?(?:city|town)\b(?!\s+of\b|-state)"
)


def refers_to_venue(text: str) -> bool:
    return "in the " in text and THAT_CITY_RE.search(text) is not None


def venue(draft: Draft, context: set[str], g: Gazetteer, line_text: str) -> Place | None:
    """Where a meeting / statement / measure took place."""
    text = draft.text
    # "in X" / "at the X summit" first; a visit's city only when no such place is named
    # ("Biden, who had made a visit to Kyiv the day before, told a crowd in Warsaw")
    located = (
        [
            m
            for m in draft.mentions
            if m.kind == "city"
            and not m.standin
            and (
                m.after_in
                or (
                    in_start(text, m.start)
                    # ("At Moscow's request, the UN Security Council met in New York")
                    and not text.startswith(("'s request", "’s request"), m.end)
                )
                or _at_gathering(text, m.start, m.end)
                or _through(text, m.start, m.end)
                # "in a speech at Warsaw's Royal Castle": a site the city owns (not "hit back
                # at Washington's new tariffs": an act of the state it stands for)
                or (
                    text[m.end : m.end + 2] in ("'s", "’s")
                    and AT_OR_IN_BEFORE_RE.search(text, max(0, m.start - 4), m.start) is not None
                    and OWNED_ACT_AFTER_RE.match(text, m.end) is None
                )
                # "met on Sunday in the Jordanian Red Sea city of Aqaba"
                or CITY_OF_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is not None
                # "at a news conference in a Kyiv metro station": a site in the city
                or (
                    IN_A_BEFORE_RE.search(text, max(0, m.start - 8), m.start) is not None
                    and _NEXT_LOWER_RE.match(text, m.end) is not None
                )
                or COURT_AFTER_RE.match(text, m.end) is not None
                or AT_EVENT_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
                # "At the end of a two-day summit at Versailles"
                or GATHERING_AT_BEFORE_RE.search(text, max(0, m.start - 24), m.start) is not None
                # "From Tirana, Macron, Merz, Starmer and Tusk spoke by phone with Trump"
                or (m.start == 5 and text.startswith("From "))
                # "Meeting on the Italian island of Capri, G7 foreign ministers pledged"
                or (
                    text.startswith(OPENING_GATHERINGS)
                    and OPENING_AT_RE.match(text) is not None
                    and m.start < text.find(",")
                    and m.locative
                    and not text.endswith(("from ", "to "), 0, m.start)
                )
            )
        ]
        or [m for m in draft.mentions if m.kind == "city" and not m.standin and _visited(text, m)]
    )
    if located:
        speech = SPEECH_RE.search(text)
        for m in located:
            listed = LIST_AFTER_RE.match(text, m.end)
            if listed is not None and any(
                # (the list goes on with a city: not "in Vienna, IAEA chief ... said")
                other.kind == "city" and other.start == listed.end() - 1
                for other in draft.mentions
            ):
                continue  # "officials in Luhansk, Donetsk, Kherson and Zaporizhzhia": no one venue
            place = _venue_place(m, text, speech, context, g)
            if place is not None:
                return place
    if "capital" in text and IN_CAPITAL_RE.search(text) is not None:
        # "Meeting in the Saudi capital, leaders of the Arab League ...": the capital the
        # demonym names
        capital = capital_named(text, g)
        if capital is not None:
            return capital
    for m in draft.mentions:
        if (
            m.kind == "country"
            and m.code is not None
            and (m.after_in or in_start(text, m.start))
            and g.capitals.get(fold(m.surface)) == m.code
        ):
            # "foreign ministers meeting in Luxembourg": a state named as its capital is
            return capital_place(m.code, g)
    if (
        draft.cls == "policy"
        and may_contain(text, text.lower(), SCOPED_MEASURE_WORDS)
        and SCOPED_MEASURE_RE.search(text)
    ):
        # (not a city in what the measure answers: "decreed a state of emergency across
        # the country's prisons ... after fighting between gangs in Guayaquil")
        cause = text.find(" after ")
        cities = distinct_cities(
            [
                m
                for m in draft.mentions
                if m.kind == "city"
                and not 0 <= cause < m.start
                # ("the government in Kyiv decided ... despite martial law": the state)
                and GOVERNMENT_SEAT_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is None
            ]
        )
        if not cities and text != line_text:
            cities = distinct_cities([m for m in scan(line_text) if m.kind == "city"])
        if len(cities) == 1:
            return make_place(cities[0], context, g)
    return None
