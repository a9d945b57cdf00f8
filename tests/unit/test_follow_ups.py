"""Which report follows which incident, and the places they share: rules added from
held-out dispatches own-308..311."""

from __future__ import annotations

from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2025-03-08") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_a_second_wave_that_hits_the_town_again_is_there() -> None:
    strike, wave, other = events(
        "Russian missiles kill 11 in Dobropillia",
        "A second wave of strikes hit the town as emergency crews arrived, officials said.",
        "A second strike destroyed a school in Lozova.",
    )
    assert (wave.city, wave.event_date) == ("Dobropillia", strike.event_date)
    assert wave.incident_id == strike.incident_id
    # counter-example: a second strike that names its own place is a new incident there
    assert other.city == "Lozova" and other.incident_id != strike.incident_id


def test_a_count_of_missiles_fired_is_not_one_citys_strike() -> None:
    strike, barrage, toll = events(
        "Missiles kill 11 in Dobropillia",
        "Earlier on Friday, Russia had fired 67 missiles and 194 drones at Ukraine's energy "
        "and gas facilities, the air force said.",
        "Officials later raised the toll to 12.",
    )
    assert strike.city == "Dobropillia"
    assert (barrage.event_class, barrage.city, barrage.country) == ("incident", None, "Ukraine")
    assert barrage.incident_id != strike.incident_id
    # counter-example: a toll with no place of its own still follows the city's strike
    assert (toll.city, toll.incident_id) == ("Dobropillia", strike.incident_id)


def test_a_neighbourhood_named_like_a_foreign_village_is_no_venue() -> None:
    talks, strike, lido = events(
        "Borrell urges ceasefire in Beirut a day after deadly strike on Basta",
        "The Israeli strike on the Basta neighbourhood of central Beirut early on Saturday "
        "killed 29 people and wounded 67, the health ministry said.",
        "A bomb exploded on Lido beach in Mogadishu on Friday, killing 32 people.",
        date="2024-11-24",
    )
    assert (talks.city, talks.country) == ("Beirut", "Lebanon")
    assert (strike.city, strike.country, strike.killed) == ("Beirut", "Lebanon", 29)
    # the same rule for a beach (the counter-example is the Beirut strike: a big city
    # the dispatch names stays a venue)
    assert (lido.city, lido.country) == ("Mogadishu", "Somalia")


def test_a_front_direction_takes_the_town_of_that_name_in_the_dispatchs_country() -> None:
    strike, clashes = events(
        "Russian glide bombs kill 13 in Zaporizhzhia as Russia presses on",
        "Ukraine's General Staff reported 101 combat clashes along the front over the past "
        "day, most of them in the Pokrovsk direction.",
        date="2025-01-08",
    )
    # Russia's Engels was once called Pokrovsk and is bigger; the name written is Ukraine's
    assert (clashes.city, clashes.country) == (None, "Ukraine")
    assert strike.city == "Zaporizhzhia"


def test_suspects_arrested_are_part_of_the_attack_told_before() -> None:
    attack, arrests, detained = events(
        "Gunmen kill three Spanish tourists in Afghanistan's Bamiyan",
        "Four suspects were arrested, the ministry said.",
        "Police detained the former president on Wednesday.",
        date="2024-05-18",
    )
    assert (arrests.event_class, arrests.city) == ("incident", "Bamiyan")
    assert arrests.incident_id == attack.incident_id
    # counter-example: detaining a politician is not the attack's
    assert detained.event_class != "incident"


def test_a_car_driven_into_a_crowd_is_an_attack_where_the_crowd_was() -> None:
    headline, ramming, injured = events(
        "Afghan man drives car into Munich demonstration, injuring dozens",
        "A 24-year-old Afghan asylum seeker drove a car into a crowd of trade union marchers "
        "in central Munich on Thursday morning, police said.",
        "Officials said 36 people were injured, several of them seriously.",
        date="2025-02-14",
    )
    assert (ramming.event_class, ramming.city, ramming.country) == ("incident", "Munich", "Germany")
    assert headline.event_date == ramming.event_date == injured.event_date == "2025-02-13"
    assert injured.injured == 36
    # counter-example: driving into a city is no attack
    (drive,) = events("The president drove into Kyiv on Monday to meet Zelensky.")
    assert drive.event_class != "incident"


def test_a_report_dated_by_its_happening_follows_that_days_incident() -> None:
    plant, strikes, toll = events(
        "Russian troops seize nuclear plant in Enerhodar after night of shelling",
        "In Chernihiv, Russian air strikes on Thursday hit apartment blocks and two schools.",
        "Regional authorities said on Friday that Thursday's bombing had killed 47 people.",
        date="2022-03-04",
    )
    assert (toll.city, toll.event_date, toll.killed) == ("Chernihiv", "2022-03-03", 47)
    assert toll.incident_id == strikes.incident_id != plant.incident_id
    # counter-example: a day said with no other day in the line dates the report
    (said,) = events("Zelensky said on Friday that 47 people had been killed.", date="2022-03-04")
    assert said.event_date == "2022-03-04"


def test_the_official_who_gave_a_toll_updates_that_incident() -> None:
    fleet, kremenchuk, update = events(
        "Ukrainian missile strike sets Black Sea Fleet headquarters in Sevastopol ablaze",
        "A Russian missile hit Kremenchuk in the evening, killing one person and injuring 15, "
        "Poltava governor Dmytro Lunin said.",
        "Lunin said later in the evening that 31 people had been wounded.",
        date="2023-09-22",
    )
    assert (update.city, update.injured) == ("Kremenchuk", 31)
    assert update.incident_id == kremenchuk.incident_id != fleet.incident_id


def test_a_strike_told_again_with_an_occupiers_interception_count_stays_there() -> None:
    fleet, told = events(
        "Ukrainian missile strike sets Black Sea Fleet headquarters in Sevastopol ablaze",
        "The missile hit the headquarters around midday on Friday, sending thick smoke over "
        "the city centre. Russia's defence ministry said its air defences had downed five "
        "missiles.",
        date="2023-09-22",
    )
    assert (told.city, told.country) == ("Sevastopol", "Ukraine")
    assert told.incident_id == fleet.incident_id
    # counter-example: a state's count of what it downed, told on its own, follows no
    # incident in another country
    lines = ("Ukrainian missile strike hits Sevastopol", "Russia said it had downed five drones.")
    assert events(*lines, date="2023-09-22")[1].city is None


def test_after_a_happening_elsewhere_an_undated_headline_keeps_the_dispatch_day() -> None:
    plant, strikes, _ = events(
        "Russian troops seize nuclear plant in Enerhodar after night of shelling",
        "In Chernihiv, Russian air strikes on Thursday hit apartment blocks and two schools.",
        "Regional authorities said on Friday that Thursday's bombing had killed 47 people.",
        date="2022-03-04",
    )
    assert plant.event_date == "2022-03-04" and strikes.event_date == "2022-03-03"
    # counter-example: the headline's village told again with its day takes that day
    village, told = events(
        "Missile blast kills two in Polish border village of Przewodow",
        "A missile fell on a farm in the village of Przewodow on Tuesday afternoon.",
        date="2022-11-16",
    )
    assert village.event_date == told.event_date == "2022-11-15"


def test_a_movement_named_places_a_village_the_gazetteer_lacks_in_its_home() -> None:
    _, killing = events(
        "Hezbollah fires more than 200 rockets at northern Israel",
        "Hezbollah said the salvo was retaliation for the killing of Taleb Abdallah, who died "
        "with three other fighters when an Israeli strike hit a house in Jouaiya late on "
        "Tuesday.",
        date="2024-06-12",
    )
    assert (killing.city, killing.country, killing.killed) == ("Jouaiya", "Lebanon", 4)
    assert killing.event_date == "2024-06-11"
    # counter-example: with no movement named, the village takes the dispatch's country
    raid = events(
        "Israeli raids across the West Bank kill 13 Palestinians",
        "In Nur Shams camp near Tulkarm, an Israeli raid left 13 Palestinians dead.",
    )[1]
    assert (raid.city, raid.country) == ("Nur Shams", "Palestine")


def test_a_wars_name_places_nothing() -> None:
    (barrage,) = events(
        "The Israeli military said about 215 rockets were launched from Lebanon on Wednesday, "
        "setting off fires in northern Israel, in one of the heaviest barrages since the war "
        "in Gaza began.",
        date="2024-06-12",
    )
    assert (barrage.city, barrage.country) == (None, "Israel")


def test_eastern_congo_is_the_drc_and_this_week_is_no_day() -> None:
    (fighting,) = events(
        "In eastern Congo, M23 rebels pressed towards Goma; 13 foreign soldiers, nine of "
        "them South Africans, have been killed in fighting near the city this week.",
        date="2025-01-25",
    )
    assert (fighting.city, fighting.country) == (None, "Democratic Republic of the Congo")
    assert (fighting.killed, fighting.event_date) == (13, None)
    # counter-example: a statement about a visit this week keeps the day it was made
    (visit,) = events("Blinken said he would visit Cairo this week.", date="2025-01-25")
    assert visit.event_date == "2025-01-25"


def test_a_toll_given_the_next_morning_is_the_same_happening() -> None:
    quake, toll = events(
        "Myanmar earthquake toll passes 1,000",
        "The quake struck near Mandalay on Friday afternoon, bringing down buildings. On "
        "Saturday morning the military government said 1,002 people had been killed and "
        "2,376 injured.",
        date="2025-03-29",
    )
    assert (toll.line, toll.killed, toll.injured, toll.event_date) == (1, 1002, 2376, "2025-03-28")
    assert toll.incident_id == quake.incident_id
    # counter-example: a line whose second sentence tells an earlier attack splits
    _, strike, earlier = events(
        "Drones kill four in Kharkiv",
        "Drones hit Kharkiv overnight, killing four. A rocket attack earlier this month on "
        "an industrial area killed five people.",
        date="2024-04-04",
    )
    assert earlier.line == strike.line and earlier.incident_id != strike.incident_id
    assert (earlier.killed, earlier.event_date) == (5, None)


def test_a_happening_introduced_anew_after_others_is_a_new_incident() -> None:
    _, bridge, unit = events(
        "Bridges collapse onto trains in Russia's Bryansk region",
        "Late on Saturday a road bridge collapsed onto a passenger train in the Bryansk region, "
        "killing seven people.",
        "A Russian missile strike on a training unit killed 12 Ukrainian soldiers, the army said.",
        date="2025-06-01",
    )
    assert unit.incident_id != bridge.incident_id and unit.event_date == "2025-06-01"
    # counter-example: the first report after a headline tells the headline's happening
    headline, told = events(
        "Hamas deputy leader killed in Beirut drone strike",
        "A drone strike on an office in the southern suburb of Dahiyeh killed him and six "
        "other people on Tuesday evening.",
        date="2024-01-02",
    )
    assert told.incident_id == headline.incident_id and told.city == "Beirut"


def test_a_hamlet_abroad_named_like_a_region_is_no_venue() -> None:
    (bases,) = events(
        "Drones struck aircraft at Belaya airbase in Siberia, the Russian ministry said.",
        date="2025-06-01",
    )
    assert bases.country == "Russia" and bases.city != "Siberia"


def test_a_report_of_the_same_town_on_the_same_day_tells_the_same_happening() -> None:
    headline, tweet, again = events(
        "Israeli strike on Beit Lahiya building in northern Gaza kills 55",
        "Rescue teams in Beit Lahia are still pulling people out of the rubble of the building "
        "hit by an Israeli airstrike at dawn.",
        "In the evening Beit Lahia came under attack again; two people were killed.",
        date="2024-10-29",
    )
    # one happening, under the first report's spelling
    assert (tweet.incident_id, tweet.city) == (headline.incident_id, headline.city)
    # counter-example: an attack "again" on the same day is another incident
    assert again.incident_id != headline.incident_id and again.killed == 2
