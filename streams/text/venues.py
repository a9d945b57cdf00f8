"""Where an event happened (eval/README.md "city / country").

- Incident: the city where it happened. "In X," and locative cues ("in", "on",
  "strike on", "the village of") win; places "near" / "outside" / "north of" a
  city, regions ("Kharkiv region"), lists of cities ("Kharkiv, Kyiv and
  Pavlohrad", "Kyiv and cities across Ukraine") give no city. "the village of X"
  is kept even when GeoNames lacks it. Without a city the country comes from a
  region, a territory (Gaza, Crimea) or a country named in the text
  (country_fallback.py).
- Diplomacy / policy: act_venues.py (built on the helpers here).
"""

from __future__ import annotations

import re

from streams.text.actors import DEMONYMS
from streams.text.capitals import (
    capital_named,
)
from streams.text.city_choice import choose_city
from streams.text.country_fallback import (
    LIST_GAP_RE,
    SPEAKER_TITLE_AFTER_RE,
    beside_places,
    country_near,
    fallback_country,
    foreign_alias,
    in_across_list,
    in_unknown_list,
    is_list,
    many_places_first,
    part_of_city,
    speaker_country,
)
from streams.text.draft import Draft
from streams.text.excluded_places import excluded_before
from streams.text.gazetteer import Gazetteer, fold
from streams.text.journeys import (
    destination_before,
    elsewhere_before,
    origin_before,
)
from streams.text.model import Place
from streams.text.names import country_index
from streams.text.place_context import from_before, in_start, venue_noun_after
from streams.text.places import ALTERNATE_ONLY_PLACE, Mention, scan
from streams.text.qualified import (
    SMALL_TOWN,
    at_sea,
    named_list,
    owner_abroad,
    placed_elsewhere,
    regional_city,
    village_alias,
)
from streams.text.spellings import display_name
from streams.text.standins import seat_before, told_in_before
from streams.text.town_patterns import (
    APPOSED_TOWN_RE,
    HAPPENING_AFTER_TOWN_RE,
    LEAD_TOWN_RE,
    LIST_CHAIN_RE,
    LONGER_NAME_AFTER_RE,
    MORE_PLACES_AFTER_RE,
    NOT_A_TOWN,
    NUCLEAR_PLANT_AFTER_RE,
    OWNER_BEFORE_RE,
    SITE_AFTER_RE,
    SITE_NAMED_AFTER_RE,
    STRIKE_ON_TOWN_RE,
    THE_REGION_RE,
    TWO_SITES_RE,
    UNKNOWN_TOWN_RE,
    governor_speaks,
)
from streams.text.word_starts import compile_at_words

# one or two capitalised words, or a name with an Arabic article ("Wad al-Noura")
_SETTLEMENT_NAME = (
    # ("the village of al-Rawda": an Arabic name may open on its article)
    r"((?:(?:al|el)-)?(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|ez)-[A-Z]"
    # (Burmese villages often take three: "Let Yet Kone")
    r"[\w'’-]*)){0,2})"
)
# A settlement GeoNames may lack, named as one: "the village of Hroza", "in Tudun Biri
# village", "in Tudun Biri, in Kaduna state" (a town, then the region it lies in)
VILLAGE_RE = compile_at_words(
    rf"\b(?:village|settlement|hamlet|town|community)\s+of\s+{_SETTLEMENT_NAME}"
    rf"|\b(?:in|at|onto|into|attacked|stormed|raided)\s+{_SETTLEMENT_NAME}\s+(?:village|settlement|hamlet)\b"
    r"(?!\s+of\b)"
    # "a strike on Maghazi refugee camp", "in the Nur Shams camp" (not "on Gaza's Shati camp")
    # ("withdrew from the Nur Shams refugee camp", "pull out of West Bank's Nur Shams camp")
    rf"|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ii]nto|from|of)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s\s+)?"
    rf"{_SETTLEMENT_NAME}\s+(?:refugee\s+)?camp\b"
    # ("stormed Yelwata, in the Guma area of Benue state", "in Bon To, in Chaung-U township")
    rf"|\b(?:in|at|stormed|attacked|raided|overran)\s+{_SETTLEMENT_NAME},\s+in\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:state|province|region|district|county|governorate|prefecture|township|area|commune)\b"
)
STATE_KINDS = ("state", "country", "org", "territory")


def make_place(m: Mention, context: set[str], g: Gazetteer) -> Place:
    city = choose_city(m.city_ids, context, g, m.surface)
    return Place(
        name=display_name(city, m.surface),
        country=g.country_name(city.country_code),
        lat=city.lat,
        lon=city.lon,
        geonames_id=city.geonames_id,
    )


PEOPLES_PLACE_BEFORE_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:border\s+|southern\s+|northern\s+|eastern\s+|western\s+|seaside\s+)?"
    # ("in Greek seaside resort of Mati": not the Philippines' Mati)
    r"(?:village|town|city|port|resort)\s+of\s+$"
)


def distinct_cities(cities: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in cities:
        key = m.surface.lower()
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


# A pronoun after "as" goes on with the one the main clause told of
_SAME_ONE_AFTER_AS = ("he ", "she ", "they ", "it ")


def incident_venue(
    draft: Draft, context: set[str], g: Gazetteer
) -> tuple[Place | None, str | None]:
    """(place, country) of an incident."""
    text = draft.text
    if context and " " in text:
        sites = [m for m in draft.mentions if _foreign_site_name(text, m, context, g)]
        if sites:  # a site's name, not a place: no other pass should read it as one
            draft.mentions = [m for m in draft.mentions if m not in sites]
    if (" Sea" in text or " sea" in text or " Gulf" in text) and at_sea(text, draft.mentions):
        return None, None  # "a drone hit the tanker Saibaba in the southern Red Sea"
    if " of " in text and many_places_first(text, draft.mentions):
        # "in dozens of towns ... as the generals paraded in Naypyitaw": the country only
        named = next((m for m in draft.mentions if m.kind == "city" and m.city_ids), None)
        backdrop = make_place(named, context, g).country if named is not None else None
        return None, fallback_country(draft, g, context) or backdrop
    cities = []
    excluded: list[Mention] = []
    for m in draft.mentions:
        if (
            m.kind != "city"
            or m.standin
            or origin_before(text, m.start, m.end)
            or seat_before(text, m.start, m.end)  # "the UN rights office in Geneva said"
            # ("the Ramot neighbourhood of Jerusalem": the city is named after it)
            or part_of_city(text, m, draft.mentions)
            or LONGER_NAME_AFTER_RE.match(text, m.end) is not None  # "Alma al-Shaab"
        ):
            continue  # (where someone lives is no venue: "Hadi Matar of Fairview")
        if (
            elsewhere_before(text, m.start)
            or destination_before(text, m.start)
            or told_in_before(text, m.start, m.end)  # "told reporters in Kyiv that ..."
            # ("Luhansk governor Serhiy Haidai said": the region's official, not its city)
            or governor_speaks(text, m.end)
        ):
            # (nor is where the wounded are treated, but it is in the same country)
            excluded.append(m)
            continue
        if (
            (
                excluded_before(text, m.start)
                # ("near Kryvyi Rih playground" is at the playground; "taking off from
                # Domodedovo airport" left it, "clearing militants from Mosul's Old City" not)
                and (
                    not venue_noun_after(text, m.end)
                    or (from_before(text, m.start) and not text.startswith(("'s", "’s"), m.end))
                )
                # ("dies of wounds from Kramatorsk missile strike": the town names the strike)
                and not (
                    text.endswith("from ", 0, m.start)
                    and HAPPENING_AFTER_TOWN_RE.match(text, m.end) is not None
                )
            )
            # the town a nuclear plant is named for: the Zaporizhzhia plant is in Enerhodar
            or NUCLEAR_PLANT_AFTER_RE.match(text, m.end) is not None
            # the rest of a list an exclusion heads: "towards Tel Aviv and Jerusalem",
            # "around the towns of Goris, Sotk and Jermuk"
            or (
                excluded
                and (
                    LIST_GAP_RE.match(text[excluded[-1].end : m.start])
                    or LIST_CHAIN_RE.match(text[excluded[-1].end : m.start])
                )
            )
        ):
            excluded.append(m)
        else:
            cities.append(m)
    if len(cities) > 1:
        # "on Westminster Bridge in central London": the bridge's name; London is the city
        named_sites = [m for m in cities if SITE_NAMED_AFTER_RE.match(text, m.end)]
        if named_sites and len(named_sites) < len(cities):
            cities = [m for m in cities if m not in named_sites]
    if len(cities) > 1 or (cities and ("village of" in text or " region" in text)):
        # "in Nikopol, Dnipropetrovsk governor Valentyn Reznichenko said", "Luhansk governor
        # Serhiy Haidai said Russian forces were pounding Sievierodonetsk", "Bryansk governor
        # said shelling of the village of Kurkovichi wounded a man": the region of whoever
        # speaks, when another place is named
        speaking = [m for m in cities if SPEAKER_TITLE_AFTER_RE.match(text, m.end)]
        if speaking and (
            len(speaking) < len(cities)
            or "village of" in text
            # "Belgorod governor ... said a Ukrainian attack on the border region killed one
            # man": the region the governor speaks for, not the city of the title
            or THE_REGION_RE.search(text, speaking[0].end) is not None
        ):
            cities = [m for m in cities if m not in speaking]
    distinct = distinct_cities(cities)
    if len(distinct) > 1 and is_list(text, distinct):
        codes = {choose_city(m.city_ids, context, g).country_code for m in distinct}
        return None, g.country_name(codes.pop()) if len(codes) == 1 else None
    distinct = [
        m for m in distinct if not (foreign_alias(m, context, g) or village_alias(text, m, g))
    ]
    if (
        len(distinct) == 1
        and ", " in text
        and (
            in_unknown_list(text, distinct[0], draft.mentions) or in_across_list(text, distinct[0])
        )
    ):
        # a fire that "jumped into Andong, Cheongsong, Yeongyang and Yeongdeok": several
        # towns, only one of them known
        return None, fallback_country(draft, g, context) or make_place(
            distinct[0], context, g
        ).country
    if distinct:
        # "Israeli tanks seize Rafah crossing as truce talks resume in Cairo": a place in
        # the clause after "as" is where the backdrop happens, when the main clause has one
        as_at = text.find(" as ")
        if text.startswith(_SAME_ONE_AFTER_AS, as_at + 4):
            as_at = -1  # "shot dead as he challenged ETA members in Bilbao": the same happening
        lead = as_at >= 0 and any(m.end <= as_at for m in distinct)
        if (
            as_at >= 0
            and not lead
            and any(
                m.locative
                and m.end <= as_at
                and m.kind in ("country", "region", "territory")
                # (not a state that owns something: "a deputy head of Russia's General Staff")
                and text[m.end : m.end + 2] not in ("'s", "’s")
                for m in draft.mentions
            )
        ):
            # "Israel strikes southern Lebanon as Hezbollah buries Nasrallah in Beirut": the
            # main clause places it in a region or country, the backdrop's city is elsewhere
            return None, fallback_country(draft, g, context)
        best = max(
            distinct,
            key=lambda m: (
                3.0 * in_start(text, m.start)
                + 2.0 * m.locative
                + 1.0 * m.after_in
                - 0.01 * m.start
                - (5.0 if lead and m.start > as_at else 0.0)
            ),
        )
        abroad = owner_abroad(text, best, g)
        if abroad is not None:
            return Place(best.surface, abroad), abroad  # "Mozambique's Palma"
        # "In Brazil, ... mudslides in Petropolis": the line's own country picks among
        # namesakes (not Saint Petersburg, once called Petropolis, in a dispatch on Russia)
        local = {m.code for m in draft.mentions if m.kind == "country" and m.locative and m.code}
        if local and any(g.cities[i].country_code in local for i in best.city_ids[:25]):
            place = make_place(best, local, g)
        else:
            place = make_place(best, context, g)
        people = PEOPLES_PLACE_BEFORE_RE.search(text, max(0, best.start - 40), best.start)
        if people is not None:
            code = DEMONYMS.get(people.group(1).lower())
            if code is not None and g.country_name(code) != place.country:
                # "Israeli strike on Lebanese village of Almat": not Russia's Almat
                place = Place(best.surface, g.country_name(code))
        if (
            place.geonames_id is not None
            and g.cities[place.geonames_id].population < SMALL_TOWN
            and (elsewhere := placed_elsewhere(draft.text, draft.mentions, place.country, g))
        ):
            # "a strike ... in southern Lebanon ..., and an air strike on a house in
            # Shaqra": a town the line places in a country, not its namesake in one the
            # line never names (Saudi Arabia's Shaqra)
            place = Place(best.surface, elsewhere)
        if MORE_PLACES_AFTER_RE.match(text, best.end) or named_list(text, best):
            return None, place.country  # "the ports of Hodeidah, Salif and Ras Isa"
        if text.count(" in ") > 1 and " and " in text and TWO_SITES_RE.search(text) is not None:
            # "hit the Afipsky refinery in the Krasnodar region and the Kuibyshev refinery in
            # Samara": two sites, each in its own place, so no one city
            return None, place.country
        for m in draft.mentions:
            # "plunge Kyiv and Moldova into darkness": a city listed with another country
            # ("St. Petersburg, Russia" names the city's own)
            if (
                m.kind == "country"
                and m.start > best.end
                and LIST_GAP_RE.match(text[best.end : m.start])
                and g.country_name(m.code) != place.country
                # (not the subject after an opening "In Beirut, Israel struck ...", nor a
                # speaker: "during a raid in Jenin, Israel's police said")
                and not (text[best.end : m.start] == ", " and in_start(text, best.start))
                and text[m.end : m.end + 2] not in ("'s", "’s")
            ):
                return None, None
        return place, place.country
    if "the city" in text and (regional := regional_city(text, draft.mentions)) is not None:
        place = make_place(regional, context, g)  # "Kharkiv regional governor ... the city"
        return place, place.country
    named_capital = capital_named(text, g)
    if named_capital is not None:
        return named_capital, named_capital.country
    village = VILLAGE_RE.search(text)
    if village and excluded_before(text, village.start()):
        village = None  # "near the village of Alma al-Shaab": near it, no city
    if village and any(
        m.kind in ("state", "country") for m in scan(next(g for g in village.groups() if g))
    ):
        village = None  # "an Israeli camp": a state's, not a place's name
    if village:
        named_at = village.start(village.lastindex or 0)  # where the name itself begins
        # ("the village of Lapaivka, just outside Lviv": in the country of the city it is near)
        beside = next(iter(beside_places(excluded, text)), None)
        country = (
            country_near(draft, named_at, g)
            or speaker_country(draft, context, g)  # "Bryansk governor ... said ... village of"
            or fallback_country(draft, g, context)
            or (make_place(beside, context, g).country if beside is not None else None)
        )
        name = next(group for group in village.groups() if group)
        return Place(name, country), country
    country = fallback_country(draft, g, context)
    unknown = (
        UNKNOWN_TOWN_RE.search(text) if " in " in text or " of " in text or " at " in text else None
    )
    if unknown is None and ("," in text or " on " in text):
        unknown = APPOSED_TOWN_RE.search(text) or STRIKE_ON_TOWN_RE.search(text)
    if unknown is None and text.startswith("In "):
        unknown = LEAD_TOWN_RE.match(text)
    # (a place near which it happened is in its country; those a plane came from or was
    # going to are not)
    # (a hamlet an alternate name alone gives is too small to place anything: "near
    # Sahara railway station" in Pakistan is no Yemeni hamlet)
    near = [m for m in beside_places(excluded, text) if not foreign_alias(m, context, g)]
    if (
        unknown is not None
        and not any(
            m.start == unknown.start(1)
            # ("an attack on Zike, a village in neighbouring Plateau state": a German
            # hamlet's namesake, told as a village of the dispatch's country)
            and not (m.kind == "city" and foreign_alias(m, context, g))
            for m in draft.mentions
        )
        and unknown.group(1).lower() not in NOT_A_TOWN
        # ("near the village of Tabatol, in the Tillaberi region": near it, no town; "the
        # villages of Tchoma Bangou and Zaroumadareye": two of them)
        and not excluded_before(text, unknown.start(1))
        and not text.endswith((" and ", "port of "), 0, unknown.start(1))
    ):
        owner = OWNER_BEFORE_RE.search(text, max(0, unknown.start(1) - 30), unknown.start(1))
        if owner is not None and fold(owner.group(1)) in country_index():
            country = g.country_name(country_index()[fold(owner.group(1))])
        elif country is None and near:
            # "killed four people in Barja, in the Chouf district south of Beirut"
            country = make_place(near[0], context, g).country
        # "stormed the headquarters of Turkish Aerospace Industries in Kahramankazan": a
        # town the gazetteer lacks (linking gives it the dispatch's country if need be)
        return Place(unknown.group(1), country), country
    if near and (
        country is None
        # "Israeli jets hit a radar installation near Tehran, after Trump told Israel ...":
        # the town it was near places it better than a state named only as an object
        or not any(m.locative for m in draft.mentions if m.kind in ("country", "region"))
    ):
        country = make_place(near[0], context, g).country
    return None, country


def _foreign_site_name(text: str, m: Mention, context: set[str], g: Gazetteer) -> bool:
    """A small town's name that names a site in a country the dispatch does not name
    ("Lido beach" in Mogadishu is not Italy's Lido)."""
    if m.kind != "city" or SITE_AFTER_RE.match(text, m.end) is None:
        return False
    city = choose_city(m.city_ids, context, g, m.surface)
    return city.country_code not in context and city.population < ALTERNATE_ONLY_PLACE
