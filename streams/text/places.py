"""Find places and actors named in a text: cities, countries, regions, territories,
states acting through a demonym, institution or leader, and organisations.

One pass over the capitalised words of a text: runs of capitalised tokens are
looked up, longest first (up to four words), in the actor tables, the country
names and the GeoNames index, so the cost is a few dict look-ups per capitalised
word, never a scan of 600k names.

A city candidate is rejected when it is only part of a longer capitalised name
("Ismail Haniyeh"), when it is a common English word ("Of", "Best", "Police",
"March"), or when it is a small place (< 15,000 people) named without a
locative cue before it ("in", "on", "the village of", "strike on"...). "X region"
/ "X oblast" is a region, not a city. "Moscow said" is a stand-in for a
government, flagged so that it is never taken as a venue.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any, NamedTuple

from streams.text.actors import ACTOR_KEYS, actor_code
from streams.text.gazetteer import City, Gazetteer, fold, gazetteer
from streams.text.lexicon import words

SMALL_PLACE = 15_000
ALTERNATE_ONLY_PLACE = 100_000
TOKEN_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
INITIALS_RE = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
# Found wherever INITIALS_RE is; its literal first character lets the engine jump from
# one "." to the next instead of trying every capital.
_INITIALS_HINT_RE = re.compile(r"\.[A-Z]\.")
ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "an-", "at-", "az-")
POSSESSIVE_RE = re.compile(r"(?:['’]s?|[-])$")
REGION_AFTER_RE = re.compile(
    r"^(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:region|regions|oblast|oblasts|province|provinces|governorate|"
    r"district|area|Region|Oblast|Province|Governorate|District|krai|Krai|republic|Republic|"
    r"people['’]s\s+republic|county|County|state|State|valley|Valley|peninsula|Peninsula|"
    r"Strip|strip|Heights|Panhandle|front|Front|direction|sector|Sea|River|river|"
    r"airport|Airport)\b"
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
# Capitalised words that head a sentence or name an institution, never a city alone.
# Capitalised words that head a sentence or a date, never a place alone.
BREAK_WORDS = words(
    "a about according across after against all along also among an and another april as at "
    "august before between both but by december dr during each earlier early eight every february "
    "five for four friday from he her here his how if in inside into it its january july june "
    "lady last late later lord many march may meanwhile monday more most mr mrs ms near nine no "
    "not november october on one onto or other our outside over saturday september seven several "
    "she since sir six some such sunday ten that the their then there these they this those three "
    "through thursday tuesday two under until we wednesday what when where which while who whose "
    "why with yes"
)
# Words that follow a place inside a capitalised run without making it a different name.
PLACE_NOUNS = words(
    "administration airport authorities city council district governor governor's mayor mayor's "
    "military municipal oblast officials police port province region regional residents station "
    "town village"
)
# Common English words that GeoNames also lists as places (single words only): news
# vocabulary, titles, institutions, months and days, colours, surnames of US presidents.
COMMON_WORDS = words(
    "aid april army assembly attack august autumn base bath bay bear best biden big black blue "
    "bridge brown bush cabinet camp cape captain care carter center central centre chief church "
    "clinton coal college colonel command commander community congress corner council court "
    "crossing day deer defence defense drone drones eagle early earth east eastern energy faith "
    "fall family federal fire fleet footage force forces ford forest fort fox franklin freedom "
    "friday garden gas general gold governor grace gray great green grey guard guards gulf "
    "hamilton harbor harbour health help hill home hope hospital house imperial independence "
    "international internet iron island jackson january joy junction june justice kennedy kremlin "
    "lake late liberty lincoln lion little long madison major many march market may mayor media "
    "minister missile missiles mission mobile monday moon most mountain much nation national navy "
    "new news nice night nixon north northern obama ocean of office officer oil old online "
    "opportunity orange paradise park parliament peace people pictures point police port post "
    "power president press prime private progress public radio reading reagan red relief reports "
    "republic rescue river road rock rocket rockets royal salt sand saturday school sea security "
    "senate sergeant service services silver society south southern split spring star state "
    "states station stone street strike summer sun sunday support supreme television thursday "
    "time trump trust tuesday union unity university university's valley victoria war washington "
    "water wednesday west western white winter wolf world"
)


class Mention(NamedTuple):
    """One name found in a text (a named tuple: built thousands of times per second)."""

    start: int
    end: int
    surface: str
    kind: str  # city | country | region | territory | state | org
    code: str | None  # ISO country code (None for organisations)
    city_ids: tuple[int, ...] = ()
    locative: bool = False  # a locative cue ("in", "on", "village of") precedes it
    standin: bool = False  # "Moscow said": a government, not a venue
    after_in: bool = False  # directly after "in"


_COUNTRY_INDEX: dict[str, str] | None = None
TERRITORIES: dict[str, str | None] = {
    "gaza": "PS",
    "gaza strip": "PS",
    "west bank": "PS",
    "crimea": "UA",
    "donbas": "UA",
    "donbass": "UA",
    "golan heights": None,
    "golan": None,
    "galilee": None,
    "transnistria": "MD",
    "kurdistan": None,
    "darfur": "SD",
    "kashmir": None,
    "abkhazia": "GE",
    "south ossetia": "GE",
    "nagorno-karabakh": "AZ",
    "karabakh": "AZ",
}


def country_index() -> dict[str, str]:
    """Folded country name -> ISO code (GeoNames names plus the English overrides)."""
    global _COUNTRY_INDEX
    if _COUNTRY_INDEX is None:
        g = gazetteer()
        index = {fold(name): code for code, name in g.countries.items()}
        index.update({"the netherlands": "NL", "palestinian territory": "PS", "palestine": "PS"})
        _COUNTRY_INDEX = index
    return _COUNTRY_INDEX


def _strip_possessive(surface: str) -> str:
    if surface[-1] in "s'’-":
        return POSSESSIVE_RE.sub("", surface) or surface
    return surface


_MULTI_HEADS: frozenset[str] | None = None


def multi_word_heads() -> frozenset[str]:
    """First words of every name of two words or more (only they start a longer look-up)."""
    global _MULTI_HEADS
    if _MULTI_HEADS is None:
        keys = [*gazetteer().index, *country_index(), *TERRITORIES, *ACTOR_KEYS]
        _MULTI_HEADS = frozenset(fold(k.split(" ", 1)[0]) for k in keys if " " in k) | {"the"}
    return _MULTI_HEADS


@functools.lru_cache(maxsize=65_536)
def _token_info(word: str) -> tuple[str, str, bool, bool, bool]:
    """(stripped, folded, is a break word, can start a longer name, is a name by itself)."""
    stripped = _strip_possessive(word)
    folded = fold(stripped)
    key = stripped.lower()
    is_known = (
        folded in gazetteer().index
        or folded in country_index()
        or folded in TERRITORIES
        or key.replace("’", "'") in ACTOR_KEYS
    )
    return stripped, folded, key in BREAK_WORDS, folded in multi_word_heads(), is_known


_WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*")
MINOR_WORDS = words("a an the of in on at to for by as and or but with from after over into")


def is_title_case(text: str) -> bool:
    """A headline Written Like This: capitals no longer tell names from words."""
    found = [w for w in _WORDS_RE.findall(text) if w.lower() not in MINOR_WORDS]
    if len(found) < 4:
        return False
    return sum(1 for w in found if w[0].isupper()) >= 0.8 * len(found)


# (words, surface without possessive, what the tables say about it): the facts come
# with the cached run, so reading a text costs no further look-up per name
Candidate = tuple[int, str, "NameFacts"]


@functools.lru_cache(maxsize=65_536)
def _run_candidates(run_text: str) -> tuple[tuple[Candidate, ...], ...] | None:
    """For each word of a run of capitalised words (joined by single spaces), the names
    starting there that the tables know, longest first; None when there are none.
    Names whose facts say unknown (an actor key in the wrong case) never make a
    mention, so they are left out.

    Depends only on the words, so a run seen before costs one look-up."""
    tokens = run_text.split(" ")
    infos = [_token_info(token) for token in tokens]
    if not any(info[3] or info[4] for info in infos):
        return None  # no token of this run can start a name
    g = gazetteer()
    countries = country_index()
    out: list[tuple[Candidate, ...]] = []
    for i, (token, head, is_break, is_head, is_known) in enumerate(infos):
        found: list[Candidate] = []
        longest = min(4, len(tokens) - i) if is_head else 1
        for n in range(longest, 1, -1):
            stripped = _strip_possessive(" ".join(tokens[i : i + n]))
            folded = fold(stripped)
            bare = folded[4:] if folded.startswith("the ") else folded
            key = stripped.lower().replace("’", "'")
            if folded in g.index or bare in countries or folded in TERRITORIES or key in ACTOR_KEYS:
                facts = _name_facts(stripped, folded, n)
                if facts[0] != _UNKNOWN:
                    found.append((n, stripped, facts))
        if not is_break and is_known:
            facts = _name_facts(token, head, 1)
            if facts[0] != _UNKNOWN:
                found.append((1, token, facts))
        out.append(tuple(found))
    return tuple(out)


Spans = tuple[tuple[int, int], ...]
# (offset, token spans from that offset, candidates of each token) of each run
Named = list[tuple[int, Spans, tuple[tuple[Candidate, ...], ...]]]


@functools.lru_cache(maxsize=65_536)
def _run_spans(run_text: str) -> Spans:
    """(start, end) of each word of a run, from the run's start (cached like the run)."""
    spans = []
    position = 0
    for token in run_text.split(" "):
        spans.append((position, position + len(token)))
        position += len(token) + 1
    return tuple(spans)


RUN_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?: [A-ZÀ-ÖØ-Þ][\w’'-]*)*")
_ARTICLE_RE = re.compile("|".join(re.escape(prefix) for prefix in ARTICLE_PREFIXES))


_ARTICLES = frozenset(ARTICLE_PREFIXES)


def _has_article(text: str) -> bool:
    """``_ARTICLE_RE.search(text) is not None``: the text's few hyphens, looked behind."""
    at = text.find("-")
    while at >= 0:
        if at >= 2 and text[at - 2 : at + 1] in _ARTICLES:
            return True
        at = text.find("-", at + 1)
    return False


def _named_runs(text: str) -> tuple[int, Named]:
    """(number of capitalised tokens, [(offset, token spans, candidates)] of every run of
    tokens separated by single spaces that may hold a name)."""
    named: Named = []
    if (_INITIALS_HINT_RE.search(text) is None or INITIALS_RE.search(text) is None) and (
        "-" not in text or not _has_article(text)
    ):
        # no "U.S." and no "el-Balah": a run is one RUN_RE match
        count = 0
        for m in RUN_RE.finditer(text):
            run_text = m.group()
            count += run_text.count(" ") + 1
            candidates = _run_candidates(run_text)
            if candidates is None:
                continue
            named.append((m.start(), _run_spans(run_text), candidates))
        return count, named
    return _named_runs_by_token(text)


def _named_runs_by_token(text: str) -> tuple[int, Named]:
    """``_named_runs`` token by token, joining "el-" to the name after it and reading
    "U.S." as one token."""
    named: Named = []
    tokens: list[tuple[int, int]] = []
    runs: list[list[tuple[int, int]]] = []
    size = len(text)
    last_end = -1
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        if start >= 3 and text[start - 1] == "-" and text[start - 3 : start] in ARTICLE_PREFIXES:
            if start == 3 or not text[start - 4].isalpha():
                start -= 3  # "el-Balah"
        elif end < size and end - start == 1 and text[end] == ".":
            initials = INITIALS_RE.match(text, start)
            if initials:
                end = initials.end()  # "U.S."
        if start < last_end:
            continue
        tokens.append((start, end))
        if runs and start == last_end + 1 and text[last_end] == " ":
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
        last_end = end
    for run in runs:
        candidates = _run_candidates(text[run[0][0] : run[-1][1]])
        if candidates is not None:
            named.append((0, tuple(run), candidates))
    return len(tokens), named


def scan(text: str) -> list[Mention]:
    """Every place / actor mention in ``text``, in order."""
    count, named = _named_runs(text)
    # cheap test first: a title-case text has about as many capitals as words
    title_case = count >= 4 and count * 2 >= text.count(" ") + 1 and is_title_case(text)
    mentions: list[Mention] = []
    for offset, run, candidates in named:
        i = 0
        size = len(run)
        found: list[tuple[int, int, Mention]] = []  # (first token, last token, mention)
        while i < size:
            start = offset + run[i][0]
            for n, stripped, facts in candidates[i]:
                mention = _classify(
                    text, start, start + len(stripped), stripped, n, facts, title_case
                )
                if mention is not None:
                    found.append((i, i + n - 1, mention))
                    i += n
                    break
            else:
                i += 1
        for first, last, mention in found:
            if (
                mention.kind == "city"
                and not title_case
                and not _run_allows(text, offset, run, first, last, found)
            ):
                continue
            mentions.append(mention)
    return mentions


def _run_allows(
    text: str,
    offset: int,
    run: Spans,
    first: int,
    last: int,
    found: list[tuple[int, int, Mention]],
) -> bool:
    """A city inside a longer capitalised name only counts next to places or place nouns."""
    covered = {k for f, la, m in found if m.kind != "state" for k in range(f, la + 1)}
    for neighbour in (first - 1, last + 1):
        if neighbour < 0 or neighbour >= len(run):
            continue
        if neighbour in covered:
            continue
        word = text[offset + run[neighbour][0] : offset + run[neighbour][1]].lower().rstrip("'’s")
        if word in BREAK_WORDS or word in PLACE_NOUNS:
            continue
        if neighbour == first - 1 and word in {
            "central",
            "eastern",
            "western",
            "northern",
            "southern",
        }:
            continue
        return False
    return True


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
        if word in LOCATIVE_SKIP and word not in LOCATIVE_WORDS:
            continue
        return word in LOCATIVE_WORDS
    return False


def _region_before(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start].lower().rstrip()
    if before.endswith(" the"):
        before = before[:-4]
    return before.endswith(REGION_BEFORE_ENDINGS)


_IN_BEFORE = frozenset({"in ", "In ", "iN ", "IN "})


@functools.lru_cache(maxsize=65_536)
def _own_name(folded: str) -> bool:
    """Is ``folded`` the own (main) name of one of its first ten places?"""
    g = gazetteer()
    return any(fold(g.cities[i].name) == folded for i in g.lookup(folded)[:10])


_TERRITORY, _ACTOR, _COUNTRY, _UNKNOWN, _PLACE = range(5)
# (_TERRITORY, code) | (_ACTOR, kind, code) | (_COUNTRY, code) | (_UNKNOWN,) |
# (_PLACE, ids, code of the first place, capital of, common word, population, own name)
NameFacts = tuple[Any, ...]


@functools.lru_cache(maxsize=65_536)
def _name_facts(surface: str, folded: str, words: int) -> NameFacts:
    """What the tables say about a name, whatever the text around it (cached)."""
    if folded in TERRITORIES:
        return (_TERRITORY, TERRITORIES[folded])
    actor = actor_code(surface)
    if actor is not None:
        is_org, code = actor
        return (_ACTOR, "org" if is_org else "state", code)
    countries = country_index()
    bare = folded[4:] if folded.startswith("the ") and words > 1 else folded
    if bare in countries:
        return (_COUNTRY, countries[bare])
    g = gazetteer()
    ids = g.lookup(folded)
    if not ids:
        return (_UNKNOWN,)
    first = g.cities[ids[0]]
    return (
        _PLACE,
        ids,
        first.country_code,
        g.capitals.get(folded),
        words == 1 and folded in COMMON_WORDS,
        first.population,
        words == 1 and _own_name(folded),
    )


def _classify(
    text: str,
    start: int,
    end: int,
    surface: str,
    words: int,
    facts: NameFacts,
    title_case: bool = False,
) -> Mention | None:
    kind = facts[0]
    if kind == _ACTOR:
        return Mention(start, end, surface, facts[1], facts[2])
    after_in = start >= 3 and text[start - 3 : start] in _IN_BEFORE
    if kind == _TERRITORY:
        locative = locative_before(text, start)
        return Mention(start, end, surface, "territory", facts[1], (), locative, False, after_in)
    after = text[end : end + 40]
    if kind == _COUNTRY:
        return Mention(
            start,
            end,
            surface,
            "country",
            facts[1],
            (),
            locative_before(text, start),
            STANDIN_AFTER_RE.match(after) is not None,
            after_in,
        )
    _, ids, code, capital, common_word, population, own_name = facts
    if REGION_AFTER_RE.match(after) is not None or _region_before(text, start):
        locative = locative_before(text, start)
        return Mention(start, end, surface, "region", code, ids, locative)
    locative = after_in or locative_before(text, start)
    if capital is not None and not locative and STANDIN_AFTER_RE.match(after) is not None:
        return Mention(start, end, surface, "state", capital, ids, locative, True, after_in)
    if common_word and not (after_in and capital is not None):
        return None
    if words == 1 and not locative:
        # A name known only as another place's alternate spelling ("Blast" for Plast)
        # needs a bigger place to be trusted without a locative cue.
        floor = SMALL_PLACE if own_name and not title_case else ALTERNATE_ONLY_PLACE
        if population < floor:
            return None
    standin = not locative and STANDIN_AFTER_RE.match(after) is not None
    return Mention(start, end, surface, "city", code, ids, locative, standin, after_in)


CONTEXT_BONUS = 1.5  # a country named in the dispatch: worth a 30x bigger population
MAIN_NAME_BONUS = 0.5  # written as the place's own name, not one of its alternate names


_fold_name = functools.lru_cache(maxsize=65_536)(fold)  # names recur: fold each once


def choose_city(
    ids: tuple[int, ...], context: set[str], g: Gazetteer, surface: str | None = None
) -> City:
    """The most likely place among same-named ones: size, countries in context, own name."""
    best = g.cities[ids[0]]
    best_score = -1.0
    key = _fold_name(surface) if surface else None
    for gid in ids[:25]:
        city = g.cities[gid]
        score = math.log10(city.population + 10)
        if city.country_code in context:
            score += CONTEXT_BONUS
        if key is not None and _fold_name(city.name) == key:
            score += MAIN_NAME_BONUS
        if score > best_score:
            best, best_score = city, score
    return best


_UA_RULES = [
    (re.compile(r"(?<=[a-z])ya"), "ia"),
    (re.compile(r"(?<=[a-z])yu"), "iu"),
    (re.compile(r"(?<=[a-z])ye"), "ie"),
    (re.compile(r"(?<=[a-z])yi(?=[a-z])"), "i"),
    (re.compile(r"yy\b"), "yi"),
]


@functools.lru_cache(maxsize=4096)  # one gazetteer name -> one spelling: six regexes once
def modern_ukrainian(name: str) -> str:
    """GeoNames' BGN/PCGN spelling -> Ukraine's official one: Mykolayiv -> Mykolaiv."""
    out = re.sub(r"['’ʼ]", "", name)
    for pattern, repl in _UA_RULES:
        out = pattern.sub(repl, out)
    return out


def display_name(city: City, surface: str) -> str:
    """Canonical English name: official spelling in Ukraine, the written form elsewhere."""
    if city.country_code == "UA":
        return modern_ukrainian(city.name)
    return surface
