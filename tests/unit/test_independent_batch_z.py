"""Rules from the thirty-third and thirty-fourth independent batches (own-1029..1060:
Africa, Latin America, the Middle East and Asia, 2015-2024), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dates import resolve_date
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2022-09-19") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def country(event: Event) -> str | None:
    return event.place.country if event.place is not None else event.country_hint


def test_an_incident_told_on_a_later_day_is_dated_by_the_happening() -> None:
    said = resolve_date(
        "Iraq's health ministry said on Monday that 213 people had died in the truck bomb that "
        "tore through the Karrada district in the early hours of Sunday.",
        "2016-07-04",
        allow_vague=True,
    )
    assert said.day == "2016-07-03"
    # counter-example: a statement is dated by the day it was made
    statement = resolve_date(
        "Zelensky said on Monday that Russia had attacked on Sunday.",
        "2016-07-04",
        allow_vague=False,
    )
    assert statement.day == "2016-07-04"


def test_a_part_of_the_dead_is_no_toll_and_all_of_them_is() -> None:
    part = extract_casualties(
        "Punjab officials put the number of wounded at 340 and said at least 29 of the dead "
        "were children."
    )
    assert (part.killed, part.injured) == (None, 340)
    whole = extract_casualties("Davutoglu said all ten of the dead were foreigners.")
    assert whole.killed == 10
    long_toll = extract_casualties(
        "The toll from Thursday's suicide car bombing of a paramilitary convoy on the "
        "Jammu-Srinagar highway in Pulwama district rose to 40, officials said."
    )
    assert long_toll.killed == 40
    # counter-example: a subset after the toll leaves the toll
    assert extract_casualties("The strike killed 50 people, 29 of them children.").killed == 50


def test_a_town_owned_by_a_country_none_of_its_namesakes_is_in() -> None:
    head, attack = events(
        "Dozens dead after Islamist insurgents overrun Mozambique's Palma",
        "Militants attacked Palma from three sides on Wednesday afternoon.",
        date="2021-03-29",
    )
    assert [(e.city, country(e)) for e in (head, attack)] == [("Palma", "Mozambique")] * 2
    # counter-example: the owner holds a namesake, so the gazetteer's town stands
    (own,) = events("Drones hit Russia's Belgorod overnight, injuring two.", date="2023-05-20")
    assert own.place is not None and own.place.geonames_id is not None
    assert (own.city, country(own)) == ("Belgorod", "Russia")


def test_words_of_institutions_names_are_no_towns() -> None:
    _, volunteers, cathedral = events(
        "Gunmen kill villagers in Burkina Faso",
        "The attackers first targeted a post of the Volunteers for the Defence of the "
        "Homeland, then killed residents.",
        "A bomb exploded inside the Cathedral of Our Lady of Mount Carmel during Mass.",
        date="2021-06-06",
    )
    assert volunteers.city is None and country(volunteers) == "Burkina Faso"
    assert cathedral.city is None
    # counter-example: a town whose longer name holds the word
    (town,) = events("A wildfire destroyed homes in Cathedral City, California, on Friday.")
    assert (town.city, country(town)) == ("Cathedral City", "United States")


def test_leaders_of_africa_and_latin_america() -> None:
    duque, nyusi = events(
        "Iván Duque ended peace talks with the ELN.",
        "President Filipe Nyusi announced three days of national mourning.",
        date="2019-01-18",
    )
    assert [country(e) for e in (duque, nyusi)] == ["Colombia", "Mozambique"]
    # counter-example: a surname shared with a leader is listed only with his first name
    (councillor,) = events("Fernando Arce, a local councillor, said the talks would go on.")
    assert country(councillor) is None


def test_a_people_s_officials_raising_a_toll_speak_of_their_own_country() -> None:
    _, strike, quake = events(
        "Saudi-led strike hits school bus in Yemen",
        "An air strike hit a bus at a market in Dahyan on Thursday, killing 29 boys.",
        "Indonesian officials raised the toll from Sunday's earthquake on the island of "
        "Lombok to 321.",
        date="2018-08-09",
    )
    assert strike.city == "Dahyan"
    assert (quake.city, country(quake), quake.killed) == (None, "Indonesia", 321)
    assert quake.event_date == "2018-08-05"
    # counter-example: a military speaks of its strikes abroad
    _, gaza, toll = events(
        "Israeli strike on Gaza school",
        "An Israeli strike hit a school in Gaza City on Saturday, killing 30.",
        "Israeli army said the strike killed 19 fighters.",
        date="2024-08-10",
    )
    assert toll.city == gaza.city == "Gaza City"


def test_where_people_fled_and_many_towns_place_no_city() -> None:
    _, karen, towns = events(
        "Myanmar's bloodiest day",
        "Military jets bombed a village in Karen state late on Saturday, killing at least "
        "three civilians and sending thousands fleeing towards Thailand.",
        "Troops opened fire on protesters in dozens of towns on Saturday as the generals "
        "staged their annual parade in the capital Naypyitaw.",
        date="2021-03-28",
    )
    assert (karen.city, country(karen)) == (None, "Myanmar")
    assert (towns.city, country(towns)) == (None, "Myanmar")
    # counter-example: a town named before the many places is where it happened
    (town,) = events(
        "Troops opened fire on protesters in Mandalay on Saturday, and in dozens of towns "
        "people marched.",
        date="2021-03-28",
    )
    assert town.city == "Mandalay"


def test_the_seat_of_an_office_that_speaks_is_no_venue() -> None:
    (aleppo,) = events(
        "The UN human rights office in Geneva said pro-government forces had shot dead at "
        "least 82 civilians in eastern Aleppo on Monday.",
        date="2016-12-13",
    )
    assert (aleppo.city, country(aleppo), aleppo.killed) == ("Aleppo", "Syria", 82)
    # counter-example: an attack on an office in a city is there
    (embassy,) = events(
        "Rockets fired at the US embassy in Baghdad on Friday caused minor damage.",
        date="2023-12-08",
    )
    assert embassy.city == "Baghdad"


def test_denying_is_a_denial() -> None:
    (denial,) = events(
        "Russia's defence ministry said Ankara had not told Moscow its soldiers were there, "
        "denying that Russian jets had carried out the raid.",
        date="2020-02-28",
    )
    assert denial.event_class == "diplomacy"
    # counter-example: a raid told with no denial
    (raid,) = events("Russian jets carried out a raid on Idlib, killing 33.", date="2020-02-28")
    assert raid.event_class == "incident"


def test_an_act_before_a_word_and_a_resignation_told_are_decisions() -> None:
    mourning, resignation = events(
        "President Roch Marc Christian Kaboré declared three days of national mourning on "
        "Saturday and condemned the forces of evil.",
        "Keïta said on state television that he was stepping down and dissolving parliament.",
        date="2021-06-06",
    )
    assert [e.event_class for e in (mourning, resignation)] == ["policy", "policy"]
    # counter-examples: the word alone, and a word on what others must do
    word, demand = events(
        "President Roch Marc Christian Kaboré condemned the forces of evil.",
        "Keïta said on state television that the mutineers must return to barracks.",
        date="2021-06-06",
    )
    assert [e.event_class for e in (word, demand)] == ["diplomacy", "diplomacy"]


def test_tolls_over_days_of_unrest_have_no_day() -> None:
    for text in (
        "Officials said 15 people had been killed in two days of unrest in Goma and Butembo.",
        "The toll from four days of communal violence in Delhi climbed to 42.",
    ):
        assert resolve_date(text, "2022-07-27").day is None, text
    # counter-example: a ceasefire after days of strikes is dated by the agreement
    (truce,) = events("India and Pakistan agree to ceasefire after four days of strikes")
    assert truce.event_date == "2022-09-19"


def test_words_of_battles_strippings_and_money_in_other_currencies() -> None:
    battle, strip, compensation = events(
        "US-backed forces say battle for Raqqa is over as Islamic State loses its capital",
        "India strips Pakistan of trade privileges after Kashmir convoy bombing",
        "During a visit to Cianjur on Tuesday, President Joko Widodo promised up to 50 "
        "million rupiah in compensation for each badly damaged home.",
        date="2022-11-22",
    )
    assert [e.event_class for e in (battle, strip, compensation)] == [
        "incident",
        "policy",
        "policy",
    ]
    # counter-example: a political fight is no battle for a city
    (budget,) = events("Lawmakers began a battle over the budget in parliament.")
    assert budget.event_class != "incident"


def test_a_named_province_and_a_city_s_own_district_place_the_report() -> None:
    _, _, nangarhar = events(
        "Kabul airport attack",
        "A suicide bomber struck the gate of Kabul airport on Thursday, killing 170.",
        "US Central Command said late on Friday that a drone strike in Nangarhar province had "
        "killed one Islamic State planner.",
        date="2021-08-27",
    )
    assert (nangarhar.city, country(nangarhar), nangarhar.killed) == (None, "Afghanistan", 1)
    _, medina = events(
        "Truck bomb kills hundreds in Mogadishu",
        "About two hours after the first blast, a second car bomb went off in Mogadishu's "
        "Medina district, killing two people.",
        date="2017-10-15",
    )
    assert (medina.city, country(medina), medina.killed) == ("Mogadishu", "Somalia", 2)
    # counter-examples: a city's district told alone is still the city told before; a boat
    # off a town is not in it
    _, _, shejaiya = events(
        "Israeli troops shoot dead three hostages in Gaza City",
        "Troops shot three men in Gaza City on Friday.",
        "The three men were shot in the Shejaiya district, the military said.",
        date="2023-12-16",
    )
    assert shejaiya.city == "Gaza City"
    (boat,) = events("A drone hit a patrol boat off Acre on Friday.", date="2023-12-16")
    assert boat.city is None


def test_a_capital_that_defends_stands_for_its_state() -> None:
    (riyadh,) = events(
        "Riyadh defended the raid as a legitimate military action against those behind a "
        "Houthi missile attack on the Saudi city of Jizan, which killed one man.",
        date="2018-08-10",
    )
    assert riyadh.city != "Riyadh"
    # counter-example: a capital struck is the place
    (struck,) = events("A missile struck Riyadh on Friday, wounding two.", date="2018-08-10")
    assert struck.city == "Riyadh"


def test_a_second_blast_hours_after_the_first_and_the_rescue_next_day() -> None:
    got = events(
        "Toll from Mogadishu truck bombing soars into the hundreds",
        "A lorry packed with explosives blew up on Saturday afternoon at the busy K5 junction "
        "in Mogadishu's Hodan district, flattening a hotel.",
        "About two hours after the first blast, a second car bomb went off in Mogadishu's "
        "Medina district, killing two people.",
        "Rescue teams were still pulling bodies from the ruins of the Safari hotel on Sunday.",
        "Late on Sunday officials said the death toll had climbed to 276, with 300 injured.",
        date="2017-10-15",
    )
    assert [(e.city, e.event_date) for e in got] == [("Mogadishu", "2017-10-14")] * 5
    # counter-example: a report of another day naming no place and no aftermath is its own
    _, _, drones = events(
        "Drones hit Odesa port",
        "Drones hit the port of Odesa on Friday, wounding three.",
        "On Saturday air defences destroyed 50 drones, the air force said.",
        date="2023-07-22",
    )
    assert drones.event_date == "2023-07-22" and drones.city is None


def test_a_village_told_by_its_distance_from_a_city() -> None:
    head, massacre = events(
        "Boko Haram fighters massacre rice farmers at Zabarmari in northeast Nigeria",
        "Gunmen rounded up labourers harvesting rice in fields at Zabarmari, about 20 km from "
        "the Borno state capital Maiduguri, on Saturday, residents said.",
        date="2020-11-29",
    )
    assert [(e.city, country(e)) for e in (head, massacre)] == [("Zabarmari", "Nigeria")] * 2
    # counter-example: a strike on the city itself, told with no distance
    (city,) = events("Gunmen attacked a market in Maiduguri on Saturday, killing six.")
    assert city.city == "Maiduguri"
