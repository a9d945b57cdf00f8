"""Rules from the twenty-fifth and twenty-sixth independent batches (own-901..932), each
with a counter-example."""

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


def test_villages_named_with_their_township_or_as_a_camp() -> None:
    _, school, raid, camp, state = events(
        "Myanmar army helicopters fire on school, killing at least 13",
        "Two helicopters opened fire on Friday on a school in Let Yet Kone, in Tabayin "
        "township of the Sagaing region, killing 13.",
        "Attackers stormed Yelwata, in the Guma area of Benue state, overnight.",
        "The RSF attacked Zamzam, a sprawling displacement camp south of El Fasher, on Friday.",
        # counter-example: a state the gazetteer knows is no town, whatever follows it
        "Gunmen attacked Niger, in the Sahel area, overnight.",
    )
    assert school.city == "Let Yet Kone"
    assert raid.city == "Yelwata"
    assert (camp.city, country(camp)) == ("Zamzam", "Sudan")
    assert state.city is None


def test_a_venue_after_two_words_before_of() -> None:
    (talks,) = events(
        "In the Egyptian resort of Sharm el-Sheikh, Israeli and Hamas delegations held talks."
    )
    assert (talks.city, country(talks)) == ("Sharm el-Sheikh", "Egypt")


def test_an_american_namesake_town_does_not_outweigh_a_world_city() -> None:
    (geneva,) = events(
        "In Geneva, Secretary of State Antony Blinken and Russian Foreign Minister Sergei "
        "Lavrov held talks."
    )
    assert (geneva.city, country(geneva)) == ("Geneva", "Switzerland")
    # counter-example: an American city of its own size keeps the dispatch's country
    _, stadium, _ = events(
        "Hurricane Milton slams into Florida, killing at least 10",
        "The storm tore the roof off a stadium in St. Petersburg, officials said.",
        "President Joe Biden said the US would help.",
        date="2024-10-10",
    )
    assert (stadium.city, country(stadium)) == ("St. Petersburg", "United States")


def test_one_person_killed_by_role_possessive_or_burned() -> None:
    assert extract_casualties("A Ukrainian F-16 pilot was killed, the air force said.").killed == 1
    assert extract_casualties("Israel kills Hezbollah's top military commander").killed == 1
    fire = "gunmen set fire to a parish house, burning a Catholic priest to death"
    assert extract_casualties(fire).killed == 1
    told = "The ministry said five people, a soldier among them, were killed and 15 wounded."
    assert extract_casualties(told)[:2] == (5, 15)
    # counter-examples: a group after a possessive; a pilot who survived
    assert extract_casualties("Israel kills Hezbollah's fighters in the south").killed is None
    assert extract_casualties("A Ukrainian F-16 pilot ejected safely.").killed is None


def test_classes_of_weapons_hitting_leaders_hosted_call_ups_and_security() -> None:
    texts = {
        "Israel strikes Beirut suburbs": "incident",
        "Israeli jets hit several buildings in the southern suburbs late on Thursday after "
        "the army ordered residents of the area to leave.": "incident",
        "In Washington, Trump hosted German Chancellor Friedrich Merz and likened Russia and "
        "Ukraine to two children fighting in a park.": "diplomacy",
        "Israel's military said it was calling up two reserve brigades for the northern "
        "front.": "policy",
        "Police in Karachi stepped up security at police stations and government buildings "
        "across the city.": "policy",
        # counter-example: the order alone is a decision
        "The army ordered residents of the area to leave.": "policy",
    }
    got = events(*texts, date="2025-06-05")
    assert [e.event_class for e in got] == list(texts.values())


def test_days_of_spans_and_of_asides() -> None:
    span = (
        "The RSF had killed at least 1,500 people in El Fasher in the three days after its capture."
    )
    assert resolve_date(span, "2025-10-29").vague
    aside = "Damiba, toppled in Friday's coup, agreed on Sunday to step down."
    assert resolve_date(aside, "2022-10-03", allow_vague=False).day == "2022-10-02"
    # counter-examples: a day told after a span; a participle with no day of its own
    told = "Three days after the strike, rescuers found two more bodies on Sunday."
    assert resolve_date(told, "2022-10-03").day == "2022-10-02"
    plain = "Damiba, toppled in a coup, agreed on Sunday to step down."
    assert resolve_date(plain, "2022-10-03", allow_vague=False).day == "2022-10-02"


def test_a_town_where_gunmen_set_fire() -> None:
    _, fire = events(
        "Gunmen attack Nigerian parish",
        "In Nigeria's Niger state, gunmen set fire to a parish house in Kafin-Koro early on "
        "Sunday, burning a Catholic priest to death, police said.",
        date="2023-01-16",
    )
    assert (fire.city, country(fire), fire.killed) == ("Kafin-Koro", "Nigeria", 1)


def test_classes_of_what_an_attack_comes_as_appointments_and_disputes() -> None:
    texts = {
        "Jihadists kill 29 Nigerien soldiers": "incident",
        "The attack comes as France prepares to pull its troops out of Niger by the end of "
        "the year, a withdrawal President Emmanuel Macron announced last month.": "policy",
        "In Gabon, officers who seized power on Wednesday named the head of the Republican "
        "Guard, General Brice Oligui Nguema, as transitional leader.": "policy",
        "Mogadishu has been at loggerheads with Addis Ababa since Ethiopia signed a "
        "memorandum of understanding with Somaliland.": "diplomacy",
        # counter-examples: an attack told with what it came with; a president's memorandum
        "The attack came at dawn, killing three soldiers, the army said.": "incident",
        "Earlier Trump signed a memorandum restoring maximum pressure on Iran.": "policy",
    }
    got = events(*texts, date="2023-10-03")
    assert [e.event_class for e in got] == list(texts.values())


def test_a_capital_that_had_used_a_weapon_is_no_venue() -> None:
    _, used = events(
        "Ukraine fires British Storm Shadow missiles into Russia for the first time",
        "Russian military bloggers posted pictures of what they said were fragments of Storm "
        "Shadow missiles near the village of Marino in the Kursk region, and Western media "
        "reported that Kyiv had used the Anglo-French weapon against targets inside Russia.",
        date="2024-11-20",
    )
    assert used.city is None
    # counter-example: the capital as the place struck
    _, struck = events(
        "Russia strikes Ukraine", "Russian missiles struck Kyiv overnight.", date="2024-11-20"
    )
    assert struck.city == "Kyiv"


def test_a_backdrop_city_after_as_when_the_main_clause_names_a_country() -> None:
    (strikes,) = events("Israel strikes southern Lebanon as Hezbollah buries Nasrallah in Beirut")
    assert (strikes.city, country(strikes)) == (None, "Lebanon")
    # counter-example: the main clause names the city
    (seized,) = events("Israeli tanks seize Rafah as truce talks resume in Cairo")
    assert seized.city == "Rafah"


def test_classes_of_choices_to_come_letters_of_intent_and_delays() -> None:
    texts = {
        "Trump weighs joining Israel's war": "diplomacy",
        "The White House said on Thursday that Donald Trump would decide within two weeks "
        "whether to join Israel's strikes on Iran.": "diplomacy",
        "Zelensky and Emmanuel Macron signed a letter of intent under which Ukraine could buy "
        "up to 100 Rafale fighter jets.": "diplomacy",
        "Netanyahu's office delayed the release of more than 600 Palestinian prisoners due "
        "under the Gaza truce.": "policy",
        # counter-example: whether a happening caused another is a fact looked into
        "Investigators are examining whether a bird strike caused the crash, the transport "
        "ministry said.": "incident",
    }
    got = events(*texts, date="2025-06-20")
    assert [e.event_class for e in got] == list(texts.values())


def test_a_village_told_as_one_though_a_foreign_hamlet_shares_its_name() -> None:
    _, zike = events(
        "Gunmen kill scores in Nigerian town",
        "In mid-April more than 50 people were killed in an attack on Zike, a village in "
        "neighbouring Plateau state.",
        date="2025-06-14",
    )
    assert (zike.city, zike.killed) == ("Zike", 50)
    # counter-example: a city of the gazetteer told as a village keeps its own name
    _, known = events(
        "Gunmen kill scores in Nigerian town",
        "More than 50 people were killed in an attack on Bokkos, a town in Plateau state.",
        date="2025-06-14",
    )
    assert known.city == "Bokkos"


def test_places_of_batch_27() -> None:
    got = events(
        "Israel launches ground offensive to seize Gaza City",
        "In Dar es Salaam, a joint summit of East and Southern African leaders called for a "
        "ceasefire in eastern Congo.",
        "Israeli aircraft and tanks pounded Khan Yunis and the areas east of the city.",
        "Troops withdrew from the Nur Shams refugee camp near Tulkarm on Saturday after a raid "
        "that killed 14 people.",
        "Britain agreed to let Ukraine buy 5,000 air defence missiles made in Belfast.",
        "Meeting in the Saudi capital, leaders of the Arab League rejected Israel's argument.",
        "EU foreign ministers meeting in Luxembourg discussed humanitarian pauses.",
        "Secretary of State Marco Rubio flew from Israel to Doha for talks with Qatar's emir.",
        # counter-examples, in the same order
        "Residents fled to Rafah from the north.",
        "Ishaq Dar met Wang Yi in Beijing on Monday.",
        "Israeli aircraft pounded Khan Yunis and other areas of the Strip.",
        "Troops raided homes near the Nur Shams camp in the West Bank on Friday, killing two.",
        "In Belfast, Britain agreed to let Ukraine use export finance.",
        "Officials said the Saudi capital would host the talks.",
        "EU foreign ministers meeting in Belgium discussed aid.",
        "Rubio said he planned to fly from Israel to Doha next week.",
        date="2024-04-20",
    )
    assert [(e.city, country(e)) for e in got] == [
        ("Gaza City", "Palestine"),
        ("Dar es Salaam", "Tanzania"),
        ("Khan Yunis", "Palestine"),
        ("Nur Shams", "Palestine"),
        (None, "United Kingdom"),
        ("Riyadh", "Saudi Arabia"),
        ("Luxembourg", "Luxembourg"),
        ("Doha", "Qatar"),
        (None, "Palestine"),
        ("Beijing", "China"),
        (None, "Palestine"),
        (None, "Palestine"),
        ("Belfast", "United Kingdom"),
        (None, "Saudi Arabia"),
        (None, None),
        (None, "United States"),
    ]


def test_casualties_shot_and_wounded_or_killed() -> None:
    students = "Three Palestinian college students were shot and wounded near the campus."
    assert extract_casualties(students)[:2] == (None, 3)
    assert extract_casualties("Two soldiers were shot and killed at a checkpoint.")[:2] == (2, None)
    # counter-example: shot at is neither
    assert extract_casualties("Three students were shot at near the campus.")[:2] == (None, None)


def test_days_of_totals_issued_on_a_day_and_of_the_war_so_far() -> None:
    issued = (
        "The health ministry's latest count, issued on Friday, put the number of people "
        "killed in Gaza since October 7 at 11,078."
    )
    assert resolve_date(issued, "2023-11-11").vague
    war = "Gaza's health ministry said 33,091 people had been killed in the war so far."
    assert resolve_date(war, "2024-04-05").vague
    # counter-example: a strike's toll so far keeps the strike's day
    toll = "The toll from Tuesday's strike on Kharkiv so far stands at 12."
    assert resolve_date(toll, "2024-04-05").day == "2024-04-02"


def test_classes_of_batch_27() -> None:
    texts = {
        "Crowds overrun new US-backed aid site in Rafah as Israeli troops fire warning "
        "shots": "incident",
        "Netanyahu hit back on Friday, saying responsibility for any harm to civilians lay "
        "with Hamas.": "diplomacy",
        "The US military said it had not carried out any air strikes in Iraq.": "diplomacy",
        "A federal judge in Washington temporarily blocked the administration's plan to put "
        "2,200 USAID employees on paid leave.": "policy",
        "In Britain, Prime Minister Rishi Sunak called a general election for July 4.": ("policy"),
        "Meeting in Geneva, the World Health Organization's executive board adopted a "
        "resolution calling for medical supplies to be allowed into Gaza.": "diplomacy",
        # counter-example: striking back is an attack
        "Israel hit back overnight, striking targets in Gaza.": "incident",
    }
    got = events(*texts, date="2024-05-27")
    assert [e.event_class for e in got] == list(texts.values())


def test_a_militarys_word_on_its_own_ground_fighting_told_first() -> None:
    _, pushing, talks = events(
        "Netherlands and Denmark commit to giving Ukraine F-16 fighter jets",
        "Ukraine's military said its troops were pushing forward near Robotyne in the "
        "southern Zaporizhzhia region.",
        # counter-example: holding talks is no fighting
        "Ukraine's foreign ministry said its officials were holding talks in Zaporizhzhia.",
        date="2023-08-20",
    )
    assert pushing.event_class == "incident"
    assert talks.event_class == "diplomacy"


def test_venues_of_trips_to_the_front_and_speeches_to_summits() -> None:
    trip, summit = events(
        "Zelensky makes trip to front-line Bakhmut",
        "Arriving on a French government plane, Zelensky told the Arab League summit in "
        "Jeddah that some of its members were turning a blind eye.",
        date="2023-05-19",
    )
    assert (trip.city, summit.city, country(summit)) == ("Bakhmut", "Jeddah", "Saudi Arabia")
    # counter-example: a speech about a summit elsewhere is not given there
    (about,) = events("Zelensky said the Arab League summit in Jeddah had ignored Ukraine.")
    assert about.city is None


def test_a_city_struck_with_a_part_of_a_country_is_no_one_venue() -> None:
    both, also = events(
        "Russia strikes Kyiv and western Ukraine as missile strays into Polish airspace",
        "Russia launched dozens of missiles overnight, aiming at Kyiv and at energy "
        "facilities in the western Lviv region.",
        date="2024-03-24",
    )
    assert (both.city, country(both)) == (None, "Ukraine")
    assert also.city is None
    # counter-example: a city and its own people
    (kyiv,) = events("Russian missiles struck Kyiv and killed three people", date="2024-03-24")
    assert kyiv.city == "Kyiv"


def test_days_of_totals_since_a_start_and_of_the_war() -> None:
    since = (
        "Iran's health ministry said more than 400 people had been killed and 3,056 injured "
        "since Israel began its attacks on June 13."
    )
    assert resolve_date(since, "2025-06-21").vague
    border = (
        "Lebanon's health ministry said more than 2,100 people had been killed in Israeli "
        "attacks since the cross-border fighting began."
    )
    assert resolve_date(border, "2024-10-09").vague
    war = "Gaza's health ministry said the number of Palestinians killed in the war had passed 43,300."
    assert resolve_date(war, "2024-11-06").vague
    # counter-example: a day told, then a time since it
    told = "A missile struck Dnipro on June 13, killing three, since when the city has been quiet."
    assert resolve_date(told, "2025-06-21").day == "2025-06-13"


def test_the_number_killed_and_who_the_secret_service_is() -> None:
    risen = "By nightfall the civil defence said the number killed in the strikes had risen to 44."
    assert extract_casualties(risen).killed == 44
    # counter-example: a number of people with no toll verb
    assert extract_casualties("A number killed in the strikes were children.").killed is None
    (resigned,) = events("Secret Service Director Kimberly Cheatle resigned under pressure.")
    assert country(resigned) == "United States"


def test_classes_of_dismissals_successions_dinners_and_threats() -> None:
    texts = {
        "Netanyahu fires defence minister Gallant in the middle of a two-front war": "policy",
        "Netanyahu named Foreign Minister Israel Katz to replace Gallant.": "policy",
        "Hamas chose Yahya Sinwar, its leader in Gaza, to succeed Ismail Haniyeh as head of "
        "its political bureau.": "policy",
        "On Monday evening Netanyahu dined with Donald Trump at the White House.": "diplomacy",
        "Yemen's Houthis threatened to attack American ships in the Red Sea if Washington "
        "joined Israel's campaign.": "diplomacy",
        # counter-examples: gunfire, and an attack carried out
        "Soldiers fired on the crowd, killing two.": "incident",
        "The Houthis attacked two American ships in the Red Sea.": "incident",
    }
    got = events(*texts, date="2024-11-06")
    assert [e.event_class for e in got] == list(texts.values())


def test_casualties_of_nobody_and_of_a_general_told_by_post() -> None:
    assert extract_casualties("Nobody was killed, the governor said.").killed == 0
    general = (
        "Lieutenant General Yaroslav Moskalik, a deputy head of the General Staff, died when "
        "a car packed with explosives blew up as he walked past it in Balashikha, Russia's "
        "Investigative Committee said."
    )
    assert extract_casualties(general).killed == 1
    (told,) = events(general, date="2025-04-25")
    assert told.city == "Balashikha"
    # counter-example: what died down is no one
    calm = "Yaroslav Moskalik, a deputy head of the staff, said the fighting died down."
    assert extract_casualties(calm).killed is None


def test_places_of_batch_29() -> None:
    got = events(
        "Russian drone hits Chernobyl reactor shelter, Zelensky says",
        "Part of the town was evacuated as detonations continued.",
        "US envoy Steve Witkoff flew into Moscow on Thursday to present the proposal.",
        "Macron, Merz and Starmer travelled together to Kyiv by train and, after talks with "
        "Zelensky, called for a ceasefire.",
        "Russian forces pressed on with an offensive in the northern Sumy region, where Kyiv "
        "says Moscow has massed more than 50,000 troops.",
        "The EU adopted its 15th package of sanctions, targeting dozens more tankers in "
        "Moscow's shadow fleet.",
        # counter-examples: a talk about talks, a district the city owns
        "Zelensky said ahead of Istanbul talks that Ukraine wanted a ceasefire.",
        "A drone hit a building in Moscow's Krasnogorsk district, injuring two.",
        date="2025-04-25",
    )
    assert [e.city for e in got] == [
        None,
        None,
        "Moscow",
        "Kyiv",
        None,
        None,
        None,
        "Moscow",
    ]
    (istanbul,) = events(
        "Russia and Ukraine agree to swap more prisoners at brief second round of Istanbul talks"
    )
    assert (istanbul.city, country(istanbul)) == ("Istanbul", "Turkey")
