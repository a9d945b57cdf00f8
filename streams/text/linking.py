"""Which reports inside one dispatch are about the same incident.

- A report naming the city of an earlier incident, with a toll update ("raised
  the Belgorod toll to 21"), belongs to it; same city and same day share the
  content-derived id anyway, unless the text says it happened again.
- A report naming no place at all ("Rescuers pulled 17 bodies from the rubble",
  "The ministry later raised the toll to 112", "Across the country, at least 18
  people were killed"), or referring back ("The strike tore through...") or
  updating a toll, follows an earlier incident: the headline's when the headline
  reports one, a city-less (nationwide) one for "across the country", "the
  capital" for a capital city, else the one sharing most words, else the last
  (best_target.py).
  It takes that incident's place, day and id — a toll reported "on Tuesday"
  about Monday's strike stays on Monday.
- The headline takes the day of the first report of its incident in the body
  (headline_linking.py).
- An event split off inside a line without any place ("A rocket attack earlier
  this month ... killed five") keeps the line's city but its own (vague) day.
"""

from __future__ import annotations

import dataclasses

from streams.text.actors import DEMONYMS
from streams.text.best_target import best_target
from streams.text.country_fallback import (
    PEOPLE_SPEAKER_RE,
    dominant_country,
    local_party_country,
    placed_countries,
    placed_in_country,
)
from streams.text.dates import mentions_same_day
from streams.text.draft import Draft
from streams.text.gazetteer import Gazetteer
from streams.text.headline_linking import (
    days_before_the_headline,
    headline_day,
    headline_place,
    same_place,
)
from streams.text.identity import (
    incident_id,
    is_anaphoric,
    is_repeat,
    is_update,
    scoped_incident_id,
)
from streams.text.linking_patterns import (
    AFTERMATH_CUES,
    BARRAGE_COUNT_RE,
    DAMAGE_CUES,
    DISASTER_CUES,
    INTERCEPTION_RE,
    LAUNCH_TALLY_RE,
    NAMED_STORM_RE,
    NATIONWIDE_RE,
    NEW_HAPPENING_START_RE,
    NEW_ONE_STARTS,
    OVER_REGIONS_RE,
    OWN_CAUSE_RE,
    PLACE_AGAIN_RE,
    QUAKE_RE,
    REPORTED_ON_DAY_RE,
    RESCUE_WORK_RE,
    SPEAKER_AFTER_RE,
    STORM_WORD_RE,
    TALLY_RE,
    THAT_ONE_RE,
    WEAPON_AFTER_RE,
)
from streams.text.qualified import AT_SEA_RE
from streams.text.report_refs import (
    disaster_told,
    names_only_headline_places,
    perpetrators_told,
    town_happening_named,
)


def link_incidents(drafts: list[Draft], dispatch_id: str, g: Gazetteer) -> None:
    """Give every incident its id; follow-ups take their incident's place and day."""
    incidents = [d for d in drafts if d.cls == "incident"]
    headline = incidents[0] if incidents and incidents[0].line == 0 else None
    if headline is not None and (
        headline.place is None
        or (headline.place.geonames_id is None and headline.place.country is None)
    ):
        headline_place(headline, incidents[1:])
    if headline is not None and not headline.explicit_day:
        headline_day(headline, incidents[1:])
    days_before_the_headline(drafts)
    if not incidents:
        return
    seen: list[Draft] = []
    counts: dict[tuple[str, str], int] = {}
    word_sets: dict[int, set[str]] = {}  # id(draft) -> words_of(draft), for this dispatch
    for d in incidents:
        if seen and not d.explicit_day and seen[-1].day is not None and mentions_same_day(d.text):
            # "earlier in the day": the day the incident told before has once linked
            d.day = seen[-1].day
        target = _target(d, seen, headline, g, word_sets)
        if (
            target is not None
            and d.place is None
            and d.explicit_day
            and target.day is not None
            and d.day != target.day
            and d.killed is None
            and d.injured is None
            and not is_update(d.text)
            and RESCUE_WORK_RE.search(d.text) is None
        ):
            # a report naming no place, no toll and its own, other day is another
            # happening ("On Saturday its air defences destroyed 50 drones" after
            # Friday's strike); a toll given on a later day still follows its strike
            target = None
        if target is not None:
            d.place, d.country, d.day = target.place, target.country, target.day
            d.incident = target.incident
            seen.append(d)
            continue
        if d.place is None and d.index > 0 and not d.names_a_place:
            same_line = [p for p in seen if p.line == d.line and p.place is not None]
            if same_line:
                d.place, d.country = same_line[-1].place, same_line[-1].country
        elif (
            d.place is None
            and d.line == 1
            and not seen
            and not d.names_a_place
            and drafts[0].line == 0
            and drafts[0].cls != "incident"
            and drafts[0].place is not None
            # (not "Turkey's disaster agency said ..." under a headline on Brussels talks)
            and all(
                g.country_name(m.code) == drafts[0].country
                for m in d.mentions
                if m.code and m.kind in ("country", "state", "territory")
            )
        ):
            # "South Korea mourns after Halloween crowd surge in Seoul's Itaewon district" /
            # "... a crush developed on a sloping lane": the body's first report tells the
            # happening its headline's decision answers, where the headline places it
            d.place, d.country = drafts[0].place, drafts[0].country
        if (
            d.country is None
            and d.place is None
            and not d.place_mentions()
            and AT_SEA_RE.search(d.text) is None  # (at sea: in no country)
        ):
            # (a region the gazetteer does not know, "St. Lucie County", still takes it)
            d.country = dominant_country(incidents)
        elif d.place is not None and d.place.country is None and d.place.geonames_id is None:
            # a village the gazetteer lacks, in a province it does not know either
            # ("onto Yambali village in Enga province"): the home of a movement named
            # ("Hezbollah said ... an Israeli strike hit a house in Jouaiya"), else the
            # dispatch's
            # ("Fuel tanker explosion in Majiya kills at least 94 in northern Nigeria": the
            # state the report itself places it in first)
            d.country = (
                placed_in_country(d, g) or local_party_country(d, g) or dominant_country(incidents)
            )
            d.place = dataclasses.replace(d.place, country=d.country)
        if (
            headline is not None
            and headline.place is None
            and headline.day is not None
            and d.place is not None
            and not d.explicit_day
            and not d.vague_day
            and d.cues
            and (
                AFTERMATH_CUES.issuperset(d.cues)
                # naming the disaster, or its damage only ("a bomb damaged several
                # buildings" and "a bridge collapsed, killing two" keep the report's day),
                # in its own country ("In Pakistan, police pulled back" is not Malawi's)
                or (
                    (
                        not DISASTER_CUES.isdisjoint(d.cues)
                        or (d.killed is None and DAMAGE_CUES.issuperset(d.cues))
                    )
                    and (
                        d.place.country == headline.country
                        # "The tremor was also felt strongly in Kathmandu": the disaster
                        # told, named again, reaching across a border
                        or (is_anaphoric(d.text) and not DISASTER_CUES.isdisjoint(d.cues))
                    )
                    and disaster_told(headline, seen)
                )
            )
        ):
            # "In Paiporta, the mayor said 40 people had died" under a headline on floods
            # across a region: deaths with no cause of their own are the headline's, on
            # its day, in their own town; so is what a quake the dispatch leads with did in
            # a town named with no day of its own ("In Guayaquil, an overpass collapsed")
            d.day = headline.day
        told = perpetrators_told(d, seen)
        if told is not None:
            d.day = told.day
        if d.place is not None and d.day is not None:
            key = (d.place.city_id, d.day)
            n = counts.get(key, 0)
            if n == 0 or is_repeat(d.text):
                n += 1
                counts[key] = n
            d.incident = incident_id(d.place.city_id, d.day, n)
        else:
            d.incident = scoped_incident_id(dispatch_id, d.line, d.index)
        seen.append(d)


def _target(
    d: Draft,
    seen: list[Draft],
    headline: Draft | None,
    g: Gazetteer,
    word_sets: dict[int, set[str]],
) -> Draft | None:
    if not seen or d.vague_day:
        return None
    if d.place is not None:
        if town_happening_named(d):
            # "Vilkul later said 32 people had been wounded in the Kryvyi Rih strike": the
            # town's happening told before, on its day, whatever day the report came
            for prev in reversed(seen):
                if prev.place is not None and same_place(prev.place, d.place):
                    return prev
        if is_update(d.text):
            # (a town the gazetteer lacks, read once, and its namesake abroad are one town
            # in one dispatch: "at Tempi, in central Greece" ... "the toll at Tempi")
            for prev in reversed(seen):
                if prev.place is not None and same_place(prev.place, d.place):
                    return prev
        elif (d.killed or d.injured) and REPORTED_ON_DAY_RE.search(d.text) is not None:
            # "On Sunday the Russian emergencies ministry said 28 people had been killed in
            # Lisichansk": the toll, given a day later, of the town's strike told before
            for prev in reversed(seen):
                if prev.place is not None and same_place(prev.place, d.place):
                    return prev
        elif d.day is not None and not is_repeat(d.text) and not d.text.startswith(NEW_ONE_STARTS):
            # "Rescue teams in Beit Lahia are still pulling people out of the rubble": a
            # report of the same town on the same day tells the same happening
            for prev in reversed(seen):
                if prev.place is not None and prev.day == d.day and same_place(prev.place, d.place):
                    return prev
        return None
    if d.index > 0 and not d.names_a_place:
        return None  # split off inside a line: its own happening
    if d.explicit_day and d.day is not None and (d.killed or d.injured):
        # "At least 73 people were killed on Sunday while waiting for aid", after Monday's
        # strike: a toll of a day before a happening is no update of it (the headline
        # still takes the day its body gives)
        seen = [
            prev
            for prev in seen
            if prev.day is None
            or prev.day <= d.day
            # (a headline whose place the body names, "Hamas rockets pound Ashkelon", is no
            # more the toll of an assault on Saturday than any other later report)
            or (prev is headline and prev.place is None)
        ]
        if not seen:
            return None
    if (
        d.explicit_day
        and d.day is not None
        and OWN_CAUSE_RE.search(d.text) is not None
        and REPORTED_ON_DAY_RE.search(d.text) is None
        and not is_update(d.text)
    ):
        # "two soldiers were killed by separatist shelling in the east on Saturday": an
        # attack on a day of its own is not what was told before on another day (a toll
        # "put at 84 on Thursday" or given "On Sunday ... said" may still be)
        seen = [prev for prev in seen if prev.day == d.day]
        if not seen:
            return None
    if d.text.startswith(NEW_ONE_STARTS) and not (
        "the " in d.text and PLACE_AGAIN_RE.search(d.text) is not None
    ):
        # "Another strike on homes in the city's Tuffah district": a new one; but "A
        # second wave of strikes hit the town as emergency crews arrived" is there again
        return None
    if (
        NEW_HAPPENING_START_RE.match(d.text) is not None
        and not is_anaphoric(d.text)
        and any(prev is not headline for prev in seen)
    ):
        # "A Russian missile strike on a training unit killed 12 Ukrainian soldiers", after
        # the body has told other happenings: one introduced anew (the first report after
        # a headline tells the headline's: "A drone strike on an office ... killed Arouri")
        return None
    if d.killed is None and d.injured is None and TALLY_RE.search(d.text):
        return None  # "destroyed 23 of the 31 drones launched": a nationwide tally
    if d.killed is None and d.injured is None and LAUNCH_TALLY_RE.search(d.text):
        # "Ukraine's air force said Russia had launched 78 missiles and 106 drones": what a
        # state's military counts was fired at that state, so it follows only an incident
        # there (not the plane crash in Kazakhstan told before)
        speakers = {
            g.country_name(m.code)
            for m in d.mentions
            if m.kind == "country" and m.code and SPEAKER_AFTER_RE.match(d.text, m.end)
        }
        # nor, naming no city, is it the toll of one city's strike ("Earlier on Friday,
        # Russia had fired 67 missiles and 194 drones at Ukraine's energy facilities")
        seen = [
            prev
            for prev in seen
            if prev.place is None and (not speakers or prev.country in speakers)
        ]
        if not seen:
            return None
    if (
        not d.killed  # (none, or "No one was hurt": no toll of a strike told before)
        and not d.injured
        and INTERCEPTION_RE.search(d.text)
        # ("The missile hit the headquarters ... Russia's defence ministry said its air
        # defences had downed five missiles": the strike told before, in occupied Crimea)
        and not is_anaphoric(d.text)
    ):
        # "Ukraine's air force said it had shot down 72 of the 99 missiles": a state counts
        # what its air defences downed over its own land, so it follows only an incident
        # there (not the Beirut strike of the headline)
        states = {
            g.country_name(m.code)
            for m in d.mentions
            if m.kind in ("country", "state")
            and m.code
            # (not the shooter: "shot down a Ukrainian S-300 missile over its territory")
            and WEAPON_AFTER_RE.match(d.text, m.end) is None
        }
        if states:
            # (and a count of a night's whole barrage, "shot down 17 missiles and 31 drones
            # launched overnight", is not one city's strike, as "eight drones had been shot
            # down" over Moscow may be)
            barrage = (
                "launched" in d.text
                or BARRAGE_COUNT_RE.search(d.text) is not None
                or OVER_REGIONS_RE.search(d.text) is not None
            )
            seen = [
                prev
                for prev in seen
                if prev.country in states and (prev.place is None or not barrage)
            ]
            if not seen:
                return None
    if (
        d.names_a_place
        and not (is_update(d.text) or is_anaphoric(d.text))
        and not names_only_headline_places(d, headline)
    ):
        return None
    people = PEOPLE_SPEAKER_RE.match(d.text)
    if (
        people is not None
        # (a military speaks of its strikes abroad too)
        and (NATIONWIDE_RE.search(d.text) or people.group("who") not in ("military", "army"))
        and (code := DEMONYMS.get(people.group(1).lower())) is not None
    ):
        # "Lebanese authorities said at least 42 people were killed across the country":
        # Lebanon's toll, not that of the barrage on Ukraine told before; "Indonesian
        # officials raised the toll from Sunday's earthquake": not the Yemeni strike's
        seen = [prev for prev in seen if prev.country == g.country_name(code)]
        if not seen:
            return None
    if NATIONWIDE_RE.search(d.text) and all(prev.place is not None for prev in seen):
        return None  # a nationwide toll is not the toll of one city's strike
    named = placed_countries(d, g)
    if named:
        # "In Morocco, the toll from Friday's earthquake rose" is no update of a strike
        # in Libya: only incidents in a country the report places it in
        seen = [prev for prev in seen if prev.country in named]
        if not seen:
            return None
    if (
        NAMED_STORM_RE.search(d.text) is not None
        and not any(STORM_WORD_RE.search(prev.text) for prev in seen)
    ) or (
        QUAKE_RE.search(d.text) is not None
        # (a headline's "Ecuador counts its dead" is the quake its body tells)
        and not any(prev is headline or QUAKE_RE.search(prev.text) for prev in seen)
    ):
        # "as Hurricane Ivan, which has already killed dozens, bore down on the island":
        # a storm's or a quake's toll updates no bombing told before
        return None
    if " that " in d.text and THAT_ONE_RE.search(d.text):
        return seen[-1]  # "wounded in that attack": the one just told
    return best_target(d, seen, headline, g, word_sets)
