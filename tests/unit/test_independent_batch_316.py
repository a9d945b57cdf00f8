"""Rules from the three-hundred-and-sixteenth independent batch and after (own-4767..:
mixed world digests of 1980-2015, some leaning to one region), each with a
counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dates import resolve_date
from streams.text.places import scan
from tests.unit.extract_helpers import country, events

TUESDAY = "2025-10-07"


def test_leaders_of_earlier_decades_act_for_their_states() -> None:
    (dismissal,) = events(
        "President Reagan on Monday dismissed Rita Lavelle, the official in charge of the "
        "toxic waste clean-up programme."
    )
    assert country(dismissal) == "United States"
    (talks,) = events("Mikhail Gorbachev told the party congress that reform would go on.")
    assert country(talks) == "Russia"
    (decree,) = events("Ayatollah Khomeini ordered the hostages moved out of the compound.")
    assert country(decree) == "Iran"
    # counter-examples: a name two leaders share, or a first name of one, stays unread
    (honduras,) = events("Honduran President Xiomara Castro ordered a state of emergency.")
    assert country(honduras) == "Honduras"
    (nigeria,) = events(
        "Nigeria's defence minister, Bashir Magashi, announced a new recruitment drive."
    )
    assert country(nigeria) == "Nigeria"
    (jordan,) = events("Jordan's King Abdullah II swore in a new cabinet on Sunday.")
    assert country(jordan) == "Jordan"


def test_a_leader_who_speaks_and_then_decides_decides() -> None:
    (mourning,) = events(
        "President Felipe Calderón called the attackers true terrorists and declared three "
        "days of national mourning."
    )
    assert mourning.event_class == "policy"
    # counter-example: the word alone, with no decision after it
    (word,) = events(
        "President Felipe Calderón called the attackers true terrorists and vowed to find them."
    )
    assert word.event_class == "diplomacy"


def test_a_vague_time_right_after_the_main_verb_dates_the_act() -> None:
    said = resolve_date(
        "Iraq announced last week a unilateral ceasefire in its war with Iran.",
        TUESDAY,
        allow_vague=False,
    )
    assert said.day is None and said.vague
    ruled = resolve_date(
        "Britain's Supreme Court ruled last week that the legal definition is biological.",
        TUESDAY,
        allow_vague=False,
    )
    assert ruled.day is None
    # counter-examples: a participle with a verb after it, and a verb in a clause that
    # hangs on an earlier one, date only themselves
    promised = resolve_date("Aid promised last month arrived.", TUESDAY, allow_vague=False)
    assert promised.day == TUESDAY
    deported = resolve_date(
        "Israel deported 171 activists from the flotilla it intercepted last week.",
        TUESDAY,
        allow_vague=False,
    )
    assert deported.day == TUESDAY


def test_a_named_storm_updates_no_bombing_told_before() -> None:
    _, bombing, soldiers, storm = events(
        "Police point to militants after Jakarta embassy bombing",
        "Thursday's car bomb outside the Australian embassy in Jakarta killed nine people.",
        "The number of US soldiers killed in Iraq passed 1,000.",
        "Jamaica declared a public emergency as Hurricane Ivan, which has already killed "
        "dozens of people across the Caribbean, bore down on the island.",
        date="2004-09-10",
    )
    assert storm.event_class == "incident"
    assert storm.incident_id not in (bombing.incident_id, soldiers.incident_id)
    # counter-example: the storm's own toll, told again, follows its first report
    _, again = events(
        "Hurricane Ivan kills four in Pensacola, Florida",
        "Hurricane Ivan, now heading inland, has killed 12 people, officials said.",
        date="2004-09-17",
    )
    assert again.city == "Pensacola"


def test_a_saints_church_written_in_lower_case_is_no_town() -> None:
    text = "Soldiers killed hundreds of refugees who had sheltered in St Peter's Lutheran church."
    assert [m.surface for m in scan(text)] == []
    # counter-example: the town of the saint's name, with no house after it
    assert [m.surface for m in scan("Floods cut off St Peter on Sunday.")] == ["St Peter"]


def test_troops_a_leader_says_will_come_home_are_a_decision() -> None:
    (home,) = events(
        "British Prime Minister Tony Blair told parliament that about 1,600 British troops "
        "would be brought home from southern Iraq in the coming months."
    )
    assert home.event_class == "policy"
    (withdrawn,) = events(
        "Jimmy Carter said on Wednesday that US ground troops would be withdrawn from South "
        "Korea over four to five years."
    )
    assert withdrawn.event_class == "policy"
    # counter-example: hostages who come home are an exchange between states
    (hostages,) = events("Qatar said the hostages would come home after the exchange on Sunday.")
    assert hostages.event_class == "diplomacy"


def test_protesters_demanding_resignation_and_elections_are_a_happening() -> None:
    (clashes,) = events(
        "Demonstrators demanding the resignation of the president and early elections tried "
        "to take over the airport in Juliaca on Monday. The ombudsman's office said 17 "
        "civilians died and dozens were hurt.",
        date="2023-01-10",
    )
    assert clashes.event_class == "incident" and clashes.killed == 17
    # counter-example: a resignation and elections that happened are a decision
    (decision,) = events("The president announced her resignation and called early elections.")
    assert decision.event_class == "policy"


def test_a_headlines_decision_takes_the_day_its_body_tells_it() -> None:
    headline, body = events(
        "Pakistan's president sacks Benazir Bhutto's government",
        "President Ghulam Ishaq Khan dissolved the National Assembly on Monday and swore in "
        "a caretaker prime minister.",
        date="1990-08-07",
    )
    assert headline.event_class == body.event_class == "policy"
    assert headline.event_date == body.event_date == "1990-08-06"
    # counter-example: a body act of days before is the headline's background, not it
    headline, body = events(
        "Pakistan's president sacks Benazir Bhutto's government",
        "President Ghulam Ishaq Khan dissolved the National Assembly on Saturday and swore "
        "in a caretaker prime minister.",
        date="1990-08-07",
    )
    assert body.event_date == "1990-08-04" and headline.event_date == "1990-08-07"


def test_a_blaze_or_a_collision_told_again_is_the_headlines() -> None:
    headline, blaze = events(
        "Fire at migrant detention centre in Ciudad Juárez kills 39",
        "The blaze broke out late on Monday at a migration facility near the bridge to El "
        "Paso, Texas.",
        date="2023-03-28",
    )
    assert blaze.city == headline.city == "Ciudad Juárez"
    assert blaze.event_date == headline.event_date == "2023-03-27"
    # counter-example: a blaze named anew ("A blaze") is a happening of its own
    _, other = events(
        "Fire at migrant detention centre in Ciudad Juárez kills 39",
        "A blaze broke out late on Monday at a warehouse near the bridge to El Paso, Texas.",
        date="2023-03-28",
    )
    assert other.city != "Ciudad Juárez"
    (crash,) = events("Passenger jet and army helicopter collide over the Potomac")
    assert crash.event_class == "incident"


def test_the_state_of_a_town_a_flight_came_from_places_nothing() -> None:
    headline, jet = events(
        "Passenger jet and army helicopter collide over the Potomac in Washington",
        "A regional jet with 64 people on board, arriving from Wichita, Kansas, hit a Black "
        "Hawk helicopter as it came in to land at Reagan National Airport on Wednesday "
        "evening.",
        date="2025-01-30",
    )
    assert jet.city == "Washington" and jet.event_date == headline.event_date == "2025-01-29"
    # counter-example: the town itself struck, qualified by its state
    (storm,) = events("A tornado struck Wichita, Kansas, on Wednesday evening.")
    assert storm.city == "Wichita"


def test_a_village_the_gazetteer_lacks_takes_the_state_of_its_district() -> None:
    _, village = events(
        "Drones set off a fire at an oil refinery in Volgograd overnight",
        "A cloudburst struck the village of Chasoti in the Kishtwar district of "
        "Indian-administered Kashmir on Thursday, killing dozens of people.",
        date="2025-08-14",
    )
    assert country(village) == "India"
    # counter-example: with no district named, the dispatch's state is the best guess
    _, bare = events(
        "Drones set off a fire at an oil refinery in Volgograd overnight",
        "A cloudburst struck the village of Chasoti on Thursday, killing dozens of people.",
        date="2025-08-14",
    )
    assert country(bare) == "Russia"


def test_a_headline_that_jets_flatten_a_building_is_a_happening() -> None:
    (strike,) = events("Israeli jets flatten Hamas government headquarters in Gaza City")
    assert strike.event_class == "incident"
    # counter-example: the jets named with no harm done
    (flight,) = events("Israeli jets fly over Hamas government headquarters in Gaza City")
    assert flight.event_class != "incident"


def test_a_weekdays_meeting_that_would_come_is_a_plan() -> None:
    plan = resolve_date(
        "Trump said there was a 25 per cent chance that Friday's meeting with Putin in "
        "Alaska would not succeed.",
        "2025-08-14",
        allow_vague=False,
    )
    assert plan.day == "2025-08-14"
    # counter-example: a meeting that was, told with a verb of the past
    held = resolve_date("Friday's meeting with Putin in Alaska ended without a deal.", "2025-08-18")
    assert held.day == "2025-08-15"


def test_an_aside_between_a_count_and_its_verb_leaves_the_count() -> None:
    observers = "Four unarmed UN observers, from Austria, Canada, China and Finland, were killed."
    assert extract_casualties(observers).killed == 4
    marines = "31 US servicemen, 30 Marines and a Navy sailor, were killed on Wednesday."
    assert extract_casualties(marines).killed == 31
    # counter-example: a second count with an aside of its own keeps both apart
    both = (
        "Nine people died, six of them at the scene, and four others, including the driver, "
        "were injured."
    )
    assert extract_casualties(both) == (9, 4, extract_casualties(both).cues)


def test_one_named_victim_told_by_a_pronoun_or_a_possessive_role() -> None:
    izmery = "Gunmen dragged Antoine Izmery out of a memorial Mass and shot him dead in the street."
    assert extract_casualties(izmery).killed == 1
    president = "North Yemen's president, Ahmed al-Ghashmi, was killed in Sanaa on Saturday."
    assert extract_casualties(president).killed == 1
    dahmer = (
        "Civil rights leader Vernon Dahmer died on Monday after night riders set fire to his home."
    )
    assert extract_casualties(dahmer).killed == 1
    # counter-examples: an attacker the police shot, and one killed with an untold few
    gunman = "A gunman opened fire at the club until police broke through a wall and shot him dead."
    assert extract_casualties(gunman).killed is None
    guard = "Gunmen burst into his home and shot him dead along with members of his guard."
    assert extract_casualties(guard).killed is None


def test_a_meeting_agreed_or_due_on_a_weekday_is_a_plan() -> None:
    agreed = resolve_date(
        "The UN Security Council agreed to hold an emergency meeting on Lebanon on Friday.",
        "2024-09-19",
        allow_vague=False,
    )
    assert agreed.day == "2024-09-19"
    due = resolve_date(
        "Oman said the round of talks due in Muscat on Sunday would not go ahead.",
        "2025-06-14",
        allow_vague=False,
    )
    assert due.day == "2025-06-14"
    # counter-example: a meeting held on that day
    held = resolve_date(
        "The UN Security Council held an emergency meeting on Lebanon on Friday.",
        "2024-09-21",
        allow_vague=False,
    )
    assert held.day == "2024-09-20"


def test_a_quakes_toll_updates_no_shooting_told_before() -> None:
    _, shooting, toll = events(
        "Libya declares ceasefire hours after UN authorises force",
        "Security forces shot dead three protesters in Deraa on Friday.",
        "Police said the number of people confirmed dead from the March 11 earthquake and "
        "tsunami had passed 6,000.",
        date="2011-03-18",
    )
    assert toll.killed == 6000
    assert toll.city is None and toll.incident_id != shooting.incident_id
    # counter-example: a quake's toll after a headline on the quake follows it
    headline, body = events(
        "Ecuador counts its dead as rescuers dig through flattened coastal towns",
        "The magnitude 7.8 earthquake struck off Ecuador's Pacific coast on Saturday.",
        date="2016-04-18",
    )
    assert body.event_date == headline.event_date == "2016-04-16"


def test_a_british_county_named_alone_is_a_region_not_a_namesake_village() -> None:
    (county,) = [m for m in scan("A blast tore through a chemical works in Lincolnshire.")]
    assert (county.kind, county.code) == ("region", "GB")
    # counter-example: a county whose namesake abroad is a city of its own keeps the city
    (kent,) = [m for m in scan("A gunman opened fire in Kent, Washington.") if m.surface == "Kent"]
    assert kent.kind == "city" and kent.code == "US"


def test_a_headline_where_a_count_die_is_a_happening() -> None:
    (raid,) = events(
        "Eight US servicemen die as mission to rescue Tehran hostages is abandoned in desert"
    )
    assert raid.event_class == "incident" and raid.killed == 8
    # counter-example: a vow to die for a cause harms no one yet
    (vow,) = events("Protest leader says he is ready to die for the cause")
    assert vow.event_class != "incident"


def test_a_man_named_bill_passes_no_law_and_a_ship_aground_is_a_happening() -> None:
    (stewart,) = events(
        "Bill Stewart of ABC News was ordered to lie down at a National Guard roadblock in "
        "Managua on Wednesday and was shot dead.",
        date="1979-06-21",
    )
    assert stewart.event_class == "incident"
    (ship,) = events("Cruise ship with more than 4,000 aboard runs aground off Giglio")
    assert ship.event_class == "incident"
    # counter-example: a bill in lower case, beside a Bill, is still a law
    (law,) = events("Bill Clinton signed the bill on Tuesday.", date="1996-08-22")
    assert law.event_class == "policy"


def test_a_vote_of_a_bloc_of_states_is_relations_whatever_it_adopts() -> None:
    (league,) = events(
        "Meeting in Cairo on Saturday, the Arab League voted to suspend Syria's membership."
    )
    assert league.event_class == "diplomacy"
    (council,) = events(
        "The UN Security Council voted unanimously to set up an international commission to "
        "investigate the assassination of former Lebanese Prime Minister Rafik Hariri."
    )
    assert council.event_class == "diplomacy"
    # counter-example: a state's own parliament voting an embargo decides
    (home,) = events("The US Congress voted on Monday to impose a trade embargo on Iraq.")
    assert home.event_class == "policy"


def test_a_peoples_island_places_a_toll_in_its_state() -> None:
    _, boat = events(
        "Death toll from Guatemala's Fuego volcano eruption rises to 62",
        "Off the Tunisian island of Kerkennah, the coastguard recovered more bodies from a "
        "migrant boat that sank late on Saturday; the number of confirmed dead reached 48.",
        date="2018-06-04",
    )
    assert country(boat) != "Guatemala" and boat.killed == 48
    # counter-example: the same toll with no place of its own follows the volcano
    _, toll = events(
        "Death toll from Guatemala's Fuego volcano eruption rises to 62",
        "Rescuers recovered more bodies; the number of confirmed dead reached 48.",
        date="2018-06-04",
    )
    assert country(toll) == "Guatemala"


def test_a_succession_on_a_natural_death_is_a_decision() -> None:
    _, monaco = events(
        "Monaco's Prince Albert takes over",
        "Prince Rainier III of Monaco died on Wednesday at the age of 81 after 56 years on "
        "the throne, and his son Albert took over as head of state.",
        date="2005-04-07",
    )
    assert monaco.event_class == "policy"
    # counter-example: a leader killed, with no succession told, is a happening
    (killed,) = events("The president died on Wednesday when his helicopter was shot down.")
    assert killed.event_class == "incident"


def test_a_leaders_judgement_of_whose_missile_it_was_is_a_statement() -> None:
    (poland,) = events("Poland says stray missile was most likely fired by Ukrainian air defences")
    assert poland.event_class == "diplomacy"
    # counter-example: the strike itself, told by those who counted its dead
    (toll,) = events("Police say stray missile killed two farm workers in Przewodow")
    assert toll.event_class == "incident"


def test_the_first_report_under_a_headline_decision_takes_its_place() -> None:
    headline, crush = events(
        "South Korea mourns after Halloween crowd surge in Seoul's Itaewon district",
        "Tens of thousands of young people packed the narrow alleys late on Saturday, and a "
        "crush developed on a sloping lane. Fire officials counted 151 people killed.",
        "In Somalia, at least 100 people were killed when two car bombs went off on Saturday "
        "in Mogadishu.",
        date="2022-10-30",
    )[:2]
    assert crush.city == headline.city == "Seoul"
    # counter-example: a first report placed by another state's word stays its own
    _, quake = events(
        "Zelensky joins EU leaders in Brussels to press for fighter jets",
        "Turkey's disaster agency said more than 17,000 people had been killed by Monday's "
        "earthquakes in the south of the country.",
        date="2023-02-09",
    )
    assert quake.city != "Brussels"


def test_one_named_with_an_article_in_his_name_or_a_long_aside_is_appointed() -> None:
    (talhouni,) = events("The King named Bahjat al-Talhouni as prime minister on Monday.")
    assert talhouni.event_class == "policy"
    (atassi,) = events("The new rulers of Syria named Nureddin al-Atassi head of state on Friday.")
    assert atassi.event_class == "policy"
    (debre,) = events(
        "De Gaulle named Michel Debre, his justice minister and a chief author of the new "
        "constitution, as prime minister."
    )
    assert debre.event_class == "policy"
    # counter-example: one named as the suspect is no appointment
    (suspect,) = events("Police named Ahmed al-Masri as the suspect in the stabbing.")
    assert suspect.event_class != "policy"


def test_a_crowning_an_independence_and_a_pardon_are_decisions() -> None:
    for text in (
        "In Swaziland, 18-year-old Prince Makhosetive was crowned on Friday as King Mswati III.",
        "Trinidad and Tobago became independent within the Commonwealth on Friday.",
        "He also pardoned some 1,500 people charged over the January 6 riot at the Capitol.",
        "The new European Commission under Jacques Santer took office on Monday.",
    ):
        (decision,) = events(text)
        assert decision.event_class == "policy", text
    # counter-example: a crown named, with no crowning
    (jewels,) = events("Thieves took the crown jewels from the museum in Dresden.")
    assert jewels.event_class != "policy"


def test_a_feast_day_dates_a_happening_and_the_hurt_left_are_no_dead() -> None:
    drones = resolve_date(
        "Russian drones struck residential buildings in Kyiv on New Year's Day.", "2025-01-02"
    )
    assert drones.day == "2025-01-01"
    bomb = resolve_date("A bomb went off outside a church on Christmas Day.", "2011-12-27")
    assert bomb.day == "2011-12-25"
    # counter-example: a feast that names a mass, not the day
    mass = resolve_date("Worshippers left a New Year's Eve mass.", "2011-01-02")
    assert mass.day == "2011-01-02"
    truck = extract_casualties("killing the driver and leaving seven people with minor injuries.")
    assert (truck.killed, truck.injured) == (1, 7)


def test_a_regions_governor_who_speaks_places_nothing_in_his_city() -> None:
    (luhansk,) = events(
        "Luhansk governor Serhiy Haidai said Russian forces had captured two villages south "
        "of Lysychansk and were trying to encircle the town.",
        date="2022-06-23",
    )
    assert luhansk.city != "Luhansk"
    # counter-example: the governor's own city, told again
    (belgorod,) = events(
        "Belgorod governor Vyacheslav Gladkov said Ukrainian shelling of the city late on "
        "Friday killed five people.",
        date="2023-12-31",
    )
    assert belgorod.city == "Belgorod"


def test_one_shot_and_killed_is_one_dead() -> None:
    student = "A 17-year-old student was shot in the head and killed in Caracas on Wednesday."
    assert extract_casualties(student).killed == 1
    # counter-example: one shot in the head who lives is no death
    hurt = "A 17-year-old student was shot in the head in Caracas on Wednesday."
    assert extract_casualties(hurt).killed is None
