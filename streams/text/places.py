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

from streams.text.gazetteer import fold
from streams.text.lexicon import words
from streams.text.mention import Mention
from streams.text.name_runs import is_title_case, named_runs
from streams.text.names import (
    BREAK_WORDS,
    FIRST_LEVEL_REGIONS,
    KIND_ACTOR,
    KIND_COUNTRY,
    KIND_TERRITORY,
    PLACE_NOUNS,
    NameFacts,
    Spans,
)
from streams.text.of_bodies import with_of_organisations
from streams.text.place_after import (
    MOUNTAIN_AFTER_RE,
    NAME_GOES_ON_RE,
    NATURE_AFTER_RE,
    PERSON_AGE_AFTER_RE,
    REGION_OF_TOWN_RE,
    SAINTS_HOUSE_AFTER_RE,
    STREET_PAIR_AFTER_RE,
)
from streams.text.place_context import (
    COMPASS_BEFORE_RE,
    CONTROL_SUFFIXES,
    GROUP_AFTER_RE,
    IN_BEFORE,
    NUMBERED_AFTER_RE,
    REGION_AFTER_RE,
    RIVER_AFTER_RE,
    RIVER_BEFORE_RE,
    SECOND_WORD_REGION_RE,
    city_after_in,
    locative_before,
    model_code_before,
    names_what_follows,
    own_country_before,
    person_or_part_before,
    qualifies_next_place,
    region_before,
    site_named_for_city,
    state_part_before,
    vessel_before,
    victim_named,
    water_before,
)
from streams.text.qualified import (
    PEOPLES_PLACE_NOUNS,
    paired_names,
    peoples_places,
    without_city_districts,
)
from streams.text.standins import STANDIN_AFTER_RE, STATE_OWNS_AFTER_RE, standin_before

SMALL_PLACE = 15_000
ALTERNATE_ONLY_PLACE = 100_000


def scan(text: str) -> list[Mention]:
    """Every place / actor mention in ``text``, in order."""
    if "Council of" in text or "League of" in text or "ation of" in text or "House of" in text:
        found = with_of_organisations(text, _scan(text))
    else:
        found = _scan(text)
    found = paired_names(text, found)
    if len(found) > 1 and ("'s " in text or "’s " in text):
        found = without_city_districts(text, found)
    if found and any(noun in text for noun in PEOPLES_PLACE_NOUNS):
        found = [peoples_places(text, m) for m in found]
    return found


def _scan(text: str) -> list[Mention]:
    count, named = named_runs(text)
    # cheap test first: a title-case text has about as many capitals as words
    title_case = count >= 4 and count * 2 >= text.count(" ") + 1 and is_title_case(text)
    mentions: list[Mention] = []
    for offset, run, candidates in named:
        size = len(run)
        if size == 1:
            # one word (most runs): its first mention stands, with no neighbour to check
            start = offset + run[0][0]
            for n, stripped, facts in candidates[0]:
                if facts[0] == KIND_ACTOR:
                    facts = city_after_in(text, start, stripped, n, facts)
                if facts[0] == KIND_ACTOR:
                    mentions.append(
                        Mention(start, start + len(stripped), stripped, facts[1], facts[2])
                    )
                    break
                single = _classify(
                    text, start, start + len(stripped), stripped, n, facts, title_case
                )
                if single is not None:
                    mentions.append(single)
                    break
            continue
        i = 0
        found: list[tuple[int, int, Mention]] = []  # (first token, last token, mention)
        while i < size:
            start = offset + run[i][0]
            for n, stripped, facts in candidates[i]:
                mention: Mention | None
                if facts[0] == KIND_ACTOR:
                    facts = city_after_in(text, start, stripped, n, facts)
                if facts[0] == KIND_ACTOR:  # an actor is one whatever the text around it
                    mention = Mention(start, start + len(stripped), stripped, facts[1], facts[2])
                else:
                    mention = _classify(
                        text, start, start + len(stripped), stripped, n, facts, title_case
                    )
                if mention is not None:
                    if names_what_follows(found, i, mention):
                        i += n
                        break  # "Boston Marathon": the race, not Greece's Marathon
                    found.append((i, i + n - 1, mention))
                    i += n
                    break
            else:
                i += 1
        joined = (
            joined_cities(text, found)
            if len(found) > 1 and not title_case and _two_cities(found)
            else ()
        )
        for first, last, mention in found:
            if (
                mention.kind in ("city", "region")
                and not title_case
                and not _run_allows(text, offset, run, first, last, found)
                and not (first == 0 and site_named_for_city(text, offset, run, mention))
            ):
                continue
            if first in joined:
                continue
            mentions.append(mention)
    return mentions


def _two_cities(found: list[tuple[int, int, Mention]]) -> bool:
    return sum(1 for _, _, m in found if m.kind == "city") > 1


def _possessive_at(text: str, at: int) -> bool:
    return text[at : at + 2] in ("'s", "’s")


def joined_cities(text: str, found: list[tuple[int, int, Mention]]) -> set[int]:
    """First tokens of the cities of one run written side by side with no comma: "the Ras
    Isa port" is one name the gazetteer lacks, made of two it has (Ras in India, Isa in
    Bahrain). Not across a possessive: "Jerusalem's Old City" is a part of the city."""
    firsts = {f for f, _, m in found if m.kind == "city" and not _possessive_at(text, m.start - 3)}
    lasts = {la for _, la, m in found if m.kind == "city" and not _possessive_at(text, m.end)}
    return {f for f, la, m in found if m.kind == "city" and (f - 1 in lasts or la + 1 in firsts)}


def _without_possessive(word: str) -> str:
    """ "governor's" -> "governor"; a word that merely ends in "s" keeps it ("christmas")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip("'’")


_COMPASS_WORDS = words("central eastern western northern southern east west north south")


def _run_allows(
    text: str,
    offset: int,
    run: Spans,
    first: int,
    last: int,
    found: list[tuple[int, int, Mention]],
) -> bool:
    """A city or region inside a longer capitalised name only counts next to places or
    place nouns ("Zinda Jan district" is not the "Jan" of Cameroon)."""
    covered = {k for f, la, m in found if m.kind != "state" for k in range(f, la + 1)}
    for neighbour in (first - 1, last + 1):
        if neighbour < 0 or neighbour >= len(run):
            continue
        if neighbour in covered:
            continue
        if neighbour == first - 1 and any(
            la == neighbour and m.kind == "state" and text[m.end : m.end + 2] in ("'s", "’s")
            for _, la, m in found
        ):
            continue  # a state that owns the place: "South Korea's Muan airport"
        word = _without_possessive(
            text[offset + run[neighbour][0] : offset + run[neighbour][1]].lower()
        )
        if word in BREAK_WORDS or word in PLACE_NOUNS:
            continue
        if text[offset + run[neighbour][0] : offset + run[neighbour][1]].isupper():
            continue  # an acronym after a city names something of it: "Kharkiv TV tower"
        if neighbour == last + 1 and text[offset : offset + run[last][1]].endswith(("'s", "’s")):
            continue  # the city owns what follows: "Kyiv's Holosiivskyi district"
        if neighbour == first - 1 and (
            word in _COMPASS_WORDS
            or word.endswith(CONTROL_SUFFIXES)  # "Russian-held Nova Kakhovka"
            # an opening participle: "Visiting Kyiv, Albanese held talks"
            or (offset + run[neighbour][0] == 0 and neighbour == 0 and word.endswith("ing"))
        ):
            continue
        return False
    return True


COMMON_WORD_CITY = 200_000
# A town named "Mount ..." this large is read as the town ("Mount Vernon")
MOUNTAIN_NAMED_TOWN = 50_000


def _classify(
    text: str,
    start: int,
    end: int,
    surface: str,
    words: int,
    facts: NameFacts,
    title_case: bool = False,
) -> Mention | None:
    kind = facts[0]  # not KIND_ACTOR: scan makes those mentions itself
    # (a whole word "in": "Kevin McCarthy" is not "in McCarthy")
    after_in = (
        start >= 3
        and text[start - 3 : start] in IN_BEFORE
        and (start == 3 or not text[start - 4].isalpha())
    )
    if text[end : end + 1] == " " and PERSON_AGE_AFTER_RE.match(text, end) is not None:
        return None  # "the dead were named as ... Jordan Inti Sotelo, 24": a person
    if kind == KIND_TERRITORY:
        locative = locative_before(text, start)
        # (a province is a region of its state, not a state that speaks or acts:
        # "the Balochistan Liberation Army claimed", "New South Wales police said")
        region = fold(surface) in FIRST_LEVEL_REGIONS
        if region and NAME_GOES_ON_RE.match(text, end) is not None:
            return None  # "the Balochistan Bar Association", "the Bagmati Express": a name
        return Mention(
            start,
            end,
            surface,
            "region" if region else "territory",
            facts[1],
            (),
            locative,
            False,
            after_in,
        )
    after = text[end : end + 40]
    if kind == KIND_COUNTRY:
        if NATURE_AFTER_RE.match(after) is not None:
            # "the Jordan Valley shooting", "the Congo River": a valley or river named for
            # the country, its state not told
            return Mention(start, end, surface, "region", None, (), locative_before(text, start))
        if (
            REGION_AFTER_RE.match(after)
            and COMPASS_BEFORE_RE.search(text, max(0, start - 12), start)
        ) or (after.startswith((" state", " State")) and not after[6:7].isalpha()):
            # "East Azerbaijan province" is a region of Iran, not Azerbaijan, and "Niger
            # state" one of Nigeria; its state is unknown here
            return Mention(start, end, surface, "region", None, (), locative_before(text, start))
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
    if surface.isupper() and len(surface) > 1:
        return None  # an acronym ("ETA members planting grenades"), not a town written in capitals
    if surface.startswith(("Mount ", "Mt ", "Mt. ")) and population < MOUNTAIN_NAMED_TOWN:
        return None  # "on Mount Carmel, near Haifa": the mountain, not a small town of its name
    if (
        vessel_before(text, start)
        or qualifies_next_place(text, end)
        or water_before(text, start)
        or person_or_part_before(text, start)
        or victim_named(text, start, end)
        or (text.startswith(" and ", end) and STREET_PAIR_AFTER_RE.match(text, end) is not None)
    ):
        # the ship named for it; "the Baltic port of Ust-Luga"; "Gulf of Aden"; "P.
        # Chidambaram"; "the city's Dzerzhinsky district"
        return None
    if (
        MOUNTAIN_AFTER_RE.match(text, end) is not None
        or (text.endswith("the ", 0, start) and REGION_OF_TOWN_RE.match(text, end) is not None)
        # ("the Old City of Aleppo": the quarter of the city named next)
        or (surface in ("Old City", "Old Town") and text.startswith(" of ", end))
        # ("the Sarmiento line": a railway named for a town)
        or (text.endswith("the ", 0, start) and text.startswith((" line", " Line"), end))
    ):
        # "Sugar Loaf mountain collapsed": the mountain, not a town of its name; "the church
        # in the Normandy town": the region the town is in, not Normandy, Missouri
        return None
    if (
        surface.startswith(("St ", "St. ", "Saint "))
        and text[end : end + 2] in ("'s", "’s")
        and (
            text[end + 2 : end + 3] in ("", ",", ".", ";", ":", ")")
            # ("wrecking St John's Regional Medical Center")
            or SAINTS_HOUSE_AFTER_RE.match(text, end + 2) is not None
        )
    ):
        # "his address from St Peter's,": a church named for its saint (not "St
        # Petersburg's Kalininsky district")
        return None
    if (
        words == 1
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isdigit()
        and NUMBERED_AFTER_RE.match(text, end) is not None
    ):
        return None  # "Tower 22", "Gate 3": a numbered site, not the town of that name
    if model_code_before(text, start):
        return None
    if (
        start >= 4
        and text[start - 4 : start].lower() == "the "
        and RIVER_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        and RIVER_AFTER_RE.match(text, end) is not None
    ) or GROUP_AFTER_RE.match(text, end):
        return None  # the river; a people ("the Meitei and Kuki communities")
    if (
        REGION_AFTER_RE.match(after) is not None
        or (words == 1 and SECOND_WORD_REGION_RE.match(text, end) is not None)
        or region_before(text, start)
        or state_part_before(text, start, surface)
    ):
        locative = locative_before(text, start)
        return Mention(start, end, surface, "region", code, ids, locative)
    locative = after_in or locative_before(text, start) or own_country_before(text, start, code)
    if capital is not None and (
        (
            not locative
            and (STANDIN_AFTER_RE.match(after) is not None or standin_before(text, start))
        )
        or (after[:1] in ("'", "’") and STATE_OWNS_AFTER_RE.match(after) is not None)
    ):
        return Mention(start, end, surface, "state", capital, ids, locative, True, after_in)
    if (
        common_word
        and surface.isascii()
        and not (
            locative and (capital is not None or (after_in and population >= COMMON_WORD_CITY))
        )
    ):
        # a capital that is also a word ("Washington") is a place after a locative cue
        # ("in Washington", "travel to Washington"), a big city right after "in" ("a crowd
        # in Nice") too
        return None
    if words == 1 and not locative:
        # A name known only as another place's alternate spelling ("Blast" for Plast)
        # needs a bigger place to be trusted without a locative cue.
        floor = SMALL_PLACE if own_name and not title_case else ALTERNATE_ONLY_PLACE
        if population < floor:
            return None
    standin = not locative and STANDIN_AFTER_RE.match(after) is not None
    return Mention(start, end, surface, "city", code, ids, locative, standin, after_in)
