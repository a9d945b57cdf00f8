"""Rules from the hundred-and-forty-second to the hundred-and-forty-ninth independent
batches and after (own-2679..: 1995-2009 across the world, one region to a batch), each
with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dates import resolve_date
from streams.text.places import scan
from tests.unit.extract_helpers import events


def test_a_news_agency_named_as_a_speaker_places_nothing() -> None:
    # "Xinhua" is also a Chinese town: as the speaker it leaves the report placeless, so
    # the report follows the headline's happening and dates it
    headline, report = events(
        "Knife-wielding attackers kill 29 at Kunming railway station",
        "More than ten attackers slashed at travellers in the station square at about "
        "9:20 p.m. on Saturday; police shot dead several of them, Xinhua said.",
        date="2014-03-02",
    )
    assert (report.city, report.country) == ("Kunming", "China")
    assert headline.event_date == report.event_date == "2014-03-01"
    # counter-example: a town named where the happening was places it there
    headline, report = events(
        "Knife-wielding attackers kill 29 at Kunming railway station",
        "More than ten attackers slashed at travellers in Xinhua on Saturday.",
        date="2014-03-02",
    )
    assert report.city == "Xinhua"


def test_a_movement_saying_it_carried_out_the_attack_claims_it() -> None:
    *_, claim = events(
        "Suicide bomber kills 15 at Jerusalem pizzeria",
        "A suicide bomber blew himself up in a crowded pizzeria in central Jerusalem on "
        "Thursday afternoon, killing 15 people.",
        "Hamas said it had carried out the attack on the restaurant.",
        date="2001-08-10",
    )
    assert claim.event_class == "incident"
    assert (claim.city, claim.event_date) == ("Jerusalem", "2001-08-09")
    # counter-example: a state saying another carried out the attack speaks about it
    *_, statement = events(
        "Suicide bomber kills 15 at Jerusalem pizzeria",
        "Iran said Israel had staged the attack on the restaurant.",
        date="2001-08-10",
    )
    assert statement.event_class == "diplomacy"


def test_two_peoples_killed_are_two_groups_added() -> None:
    figures = extract_casualties(
        "Seven Spaniards and two Yemeni drivers were killed and several other people were wounded."
    )
    assert figures.killed == 9
    # counter-example: a people named once, within a total, is no second group
    assert extract_casualties("Nine people, seven of them Spaniards, were killed.").killed == 9


def test_a_total_told_with_its_members_between_commas_is_the_total() -> None:
    assert (
        extract_casualties(
            "TAM said all 186 people on board, passengers and crew, had been killed."
        ).killed
        == 186
    )
    # counter-example: members that are a count of their own are a subset, not the total
    assert (
        extract_casualties("All 186 people on board, 12 of them crew, had been killed.").killed
        == 186
    )


def test_a_college_named_for_a_town_stands_in_the_city_named_after_it() -> None:
    (report,) = events(
        "A man opened fire inside Dawson College in downtown Montreal on Wednesday.",
        date="2006-09-14",
    )
    assert (report.city, report.country) == ("Montreal", "Canada")
    # counter-example: a college in a town is in that town
    (report,) = events(
        "A man opened fire inside a college in Laval on Wednesday.", date="2006-09-14"
    )
    assert (report.city, report.country) == ("Laval", "Canada")


def test_one_official_killed_by_office_is_one() -> None:
    assert (
        extract_casualties(
            "ETA killed a police inspector, Eduardo Puelles, with a car bomb in Arrigorriaga."
        ).killed
        == 1
    )
    assert (
        extract_casualties("Gunmen shot dead a Popular Party councillor outside his home.").killed
        == 1
    )
    # counter-example: the first one named of a group left open is no count
    text = "killing its editor Stephane Charbonnier and several of the best-known cartoonists"
    assert extract_casualties(text).killed is None


def test_a_province_the_gazetteer_lacks_gives_the_country() -> None:
    (report,) = events(
        "Railway officials said at least 250 people had been killed when two express "
        "trains collided head-on at Gaisal station in West Bengal on Monday.",
        date="1999-08-03",
    )
    assert report.country == "India"
    (report,) = events("A gunman killed two people in central Scotland on Wednesday.")
    assert (report.city, report.country) == (None, "United Kingdom")
    # counter-examples: a province's name that goes on into another name, and a word that
    # is a province somewhere, place nothing
    (report,) = events("The Balochistan Liberation Army claimed the bombing on Monday.")
    assert report.country != "Pakistan"
    (report,) = events("Delta Air Lines said on Monday that two of its staff had been hurt.")
    assert report.country != "Nigeria"


def test_a_happening_the_headline_s_came_days_after_is_that_many_days_older() -> None:
    *_, earlier = events(
        "ETA car bomb kills two Civil Guards in Palmanova",
        "A car bomb killed two Civil Guards in Palmanova on Thursday.",
        "The attack came a day after a van bomb wrecked the front of the Civil Guard "
        "barracks in Burgos, injuring more than 60 people.",
        date="2009-07-31",
    )
    assert (earlier.city, earlier.event_date) == ("Burgos", "2009-07-29")
    *_, earlier = events(
        "Bomb kills 40 at Multan rally",
        "A car bomb killed 40 people at a rally in Multan on Thursday.",
        "The attack came six days after a suicide bomber killed 31 people at a mosque in Sialkot.",
        date="2004-10-08",
    )
    assert earlier.event_date == "2004-10-01"
    # counter-example: a day of its own is the day
    *_, earlier = events(
        "Bomb kills 40 at Multan rally",
        "A car bomb killed 40 people at a rally in Multan on Thursday.",
        "The attack came six days after a suicide bomber killed 31 people at a mosque in "
        "Sialkot on September 30.",
        date="2004-10-08",
    )
    assert earlier.event_date == "2004-09-30"


def test_where_a_flight_came_from_named_as_a_resort_is_not_the_crash_site() -> None:
    (report,) = events(
        "A Tupolev flying from the Black Sea resort of Anapa to St Petersburg crashed into "
        "fields on Tuesday afternoon, killing all 170 people on board.",
        date="2006-08-23",
    )
    assert report.city is None
    # counter-example: a crash at the resort is there
    (report,) = events(
        "A Tupolev crashed on landing at the Black Sea resort of Anapa on Tuesday afternoon, "
        "killing all 170 people on board.",
        date="2006-08-23",
    )
    assert report.city == "Anapa"


def test_a_sentence_s_opening_preposition_is_no_part_of_a_town_s_name() -> None:
    _, report = events(
        "Suicide truck bomb at Nazran police headquarters kills at least 20",
        "In Khakassia, in southern Siberia, an accident on Monday wrecked the turbine hall "
        "of the Sayano-Shushenskaya hydroelectric plant, Russia's largest. At least 10 "
        "workers were killed.",
        date="2009-08-18",
    )
    assert report.city is None or not report.city.startswith("In ")


def test_last_month_named_or_days_unnumbered_give_no_day() -> None:
    assert (
        resolve_date("Last June a release of sarin in Matsumoto killed seven.", "1995-03-20").day
        is None
    )
    assert (
        resolve_date("The quake came days after Typhoon Tokage killed 70 people.", "2004-10-24").day
        is None
    )
    # counter-examples: a day of the month gives the day; a number of days is no vague time
    # (linking counts them back from the headline's day)
    assert resolve_date("Last June 12 a bomb killed two.", "1995-08-20").day == "1995-06-12"
    assert (
        resolve_date("The quake came two days after a typhoon killed 70.", "2004-10-24").vague
        is False
    )


def test_a_warship_s_prefix_names_a_ship_not_a_town() -> None:
    (report,) = events(
        "The cruiser USS Vincennes fired two missiles at Iran Air flight 655 on Sunday "
        "morning over the Strait of Hormuz.",
        date="1988-07-04",
    )
    assert report.city is None
    # counter-example: the town itself
    (report,) = events("A gunman killed two people in Vincennes on Sunday.", date="1988-07-04")
    assert report.city == "Vincennes"


def test_opening_fire_opens_no_inquiry() -> None:
    headline, report = events(
        "Gunman kills 14 women at Montreal engineering school",
        "The man walked into a classroom at the Ecole Polytechnique in Montreal late on "
        "Wednesday afternoon, ordered the men to leave and opened fire on the women.",
        date="1989-12-07",
    )
    assert report.event_class == "incident"
    assert headline.event_date == report.event_date == "1989-12-06"
    # counter-example: an inquiry opened is a decision
    (report,) = events("Prosecutors opened an inquiry into the shooting on Wednesday.")
    assert report.event_class == "policy"


def test_a_craft_that_blew_apart_is_a_happening() -> None:
    (report,) = events(
        "The shuttle blew apart 73 seconds after lifting off on Tuesday morning.",
        date="1986-01-29",
    )
    assert report.event_class == "incident"


def test_the_one_a_shot_killed_and_two_streets_name_no_town() -> None:
    (report,) = events(
        "It was not yet clear who had fired the shot that killed Lemay.", date="1990-07-12"
    )
    assert report.city is None
    (report,) = events(
        "Rioters set fire to shops at the intersection of Florence and Normandie avenues "
        "in South Central Los Angeles.",
        date="1992-05-02",
    )
    assert report.city == "Los Angeles"
    # counter-examples: a killing in a town, and a town and one street
    (report,) = events("The shot killed a man in Lemay on Wednesday.", date="1990-07-12")
    assert report.city == "Lemay"
    (report,) = events("A bomb went off in Florence and Pisa Street was closed.")
    assert report.city == "Florence"


def test_a_craft_s_whole_crew_killed_is_counted() -> None:
    assert (
        extract_casualties("The plane crashed near Yerevan, killing its crew of seven.").killed == 7
    )
    # counter-example: some of a crew is that many
    assert extract_casualties("The blast killed three of its crew of seven.").killed == 3


def test_a_total_told_with_its_members_by_nationality_is_the_total() -> None:
    text = "All five men aboard, four Italian officers and a French officer, were killed."
    assert extract_casualties(text).killed == 5


def test_off_an_island_or_from_a_port_named_as_such_is_not_in_it() -> None:
    (report,) = events(
        "A fishing boat caught fire and capsized less than a mile off the Sicilian island of "
        "Lampedusa before dawn on Thursday.",
        date="2013-10-04",
    )
    assert report.city is None
    # counter-example: on the island's town itself
    (report,) = events("A fire killed two people on Lampedusa on Thursday.", date="2013-10-04")
    assert report.city == "Lampedusa"


def test_people_shot_are_hurt_unless_told_dead() -> None:
    assert extract_casualties("Seven people were shot late on Thursday.").injured == 7
    # counter-examples: shot dead, shot and killed, shot down
    assert extract_casualties("Two people were shot dead.") == (
        2,
        None,
        ("two people were shot dead",),
    )
    assert extract_casualties("Three protesters were shot and killed.").injured is None
    assert extract_casualties("Two drones were shot down.").injured is None


def test_a_place_s_name_opening_a_person_s_name_and_age_is_the_person() -> None:
    assert not [
        m
        for m in scan("The dead were named as Jack Pintado, 22, and Jordan Inti Sotelo, 24.")
        if m.surface == "Jordan"
    ]
    # counter-example: a region and a count after its comma
    assert [m.surface for m in scan("In Donetsk Oblast, 12 people died.")] == ["Donetsk"]


def test_a_town_ending_in_a_is_no_article_before_a_verb() -> None:
    assert extract_casualties("Car bomb in Bogota injures nine").injured == 9
    # counter-example: the article itself still marks the noun
    assert extract_casualties("He died of a wound 3 days later.").injured is None


def test_a_saint_s_house_is_no_town_of_the_saint_s_name() -> None:
    (report,) = events(
        "In July government soldiers killed some 600 people who had taken refuge in St "
        "Peter's Lutheran Church in Monrovia.",
        date="1990-09-11",
    )
    assert report.city == "Monrovia"
    # counter-example: the city named for a saint, owning a district
    assert [m.surface for m in scan("Shelling hit St Petersburg's Kalininsky district.")] == [
        "St Petersburg"
    ]


def test_a_happening_that_killed_no_one_is_zero_dead() -> None:
    text = "a magnitude 7.1 quake in September that caused widespread damage but killed no one"
    assert extract_casualties(text).killed == 0
    # counter-example: someone killed and no one else hurt is one dead
    assert extract_casualties("The blast killed one man; no one else was hurt.").killed == 1


def test_one_among_the_dead_is_of_the_happening_told_before() -> None:
    *_, among = events(
        "Bomb at Davao airport kills 19",
        "A bomb hidden in a backpack exploded at the airport's waiting shed in Davao on "
        "Tuesday, killing 19 people.",
        "Among the dead was William Hyde, an American missionary who had worked in the "
        "Philippines for years.",
        date="2003-03-05",
    )
    assert (among.city, among.event_date) == ("Davao", "2003-03-04")
    # counter-example: a new sentence about another place is not one of the dead
    *_, other = events(
        "Bomb at Davao airport kills 19",
        "A bomb exploded at the airport in Davao on Tuesday, killing 19 people.",
        "In Manila, a grenade killed two people on Wednesday.",
        date="2003-03-05",
    )
    assert other.city == "Manila"


def test_one_named_after_a_role_who_died_and_a_group_with_one_more() -> None:
    text = "a university student, Maria Luz Najera, died in Madrid after being struck"
    assert extract_casualties(text).killed == 1
    assert extract_casualties("killing four journalists and a sales assistant.").killed == 5
    assert extract_casualties("Gunmen shot dead a police marshal at a tram stop.").killed == 1
    # counter-examples: a role and a name that only spoke; a group and an unnamed rest
    assert extract_casualties("a police spokesman, Juan Ruiz, said it died down.").killed is None
    assert extract_casualties("killing four journalists and several assistants.").killed == 4


def test_a_leader_condemning_then_acting_is_the_act() -> None:
    _, reaction = events(
        "Grenade attack on Hasina rally kills 16 in Dhaka",
        "Prime Minister Khaleda Zia condemned the attack and announced a judicial inquiry.",
        date="2004-08-22",
    )
    assert reaction.event_class == "policy"
    # counter-example: a condemnation alone is a word
    _, reaction = events(
        "Grenade attack on Hasina rally kills 16 in Dhaka",
        "India condemned the attack and said it stood with the people of Bangladesh.",
        date="2004-08-22",
    )
    assert reaction.event_class == "diplomacy"


def test_naming_someone_one_s_envoy_or_being_named_to_a_post_is_an_appointment() -> None:
    (report,) = events(
        "President Boris Yeltsin named Lebed his envoy to Chechnya on Monday, giving him "
        "broad powers to negotiate."
    )
    assert report.event_class == "policy"
    (report,) = events("He was appointed prime minister on Monday.")
    assert report.event_class == "policy"
    # counter-example: a suspect named is no post
    (report,) = events("Police said the gunman was named as the suspect in the shooting.")
    assert report.event_class != "policy"


def test_an_appointee_named_with_a_title_between_names_is_appointed() -> None:
    (report,) = events(
        "Martin named Fine Gael leader Simon Harris as Tánaiste and minister for foreign "
        "affairs on Thursday evening."
    )
    assert report.event_class == "policy"
    # counter-example: a suspect named with a title is no appointment
    (report,) = events("Police named former soldier John Smith as the gunman on Thursday.")
    assert report.event_class != "policy"


def test_one_more_hurt_with_the_verb_told_once_and_a_stabbing_that_killed() -> None:
    figures = extract_casualties("A man was shot dead and a woman wounded at the shopping centre.")
    assert (figures.killed, figures.injured) == (1, 1)
    text = "An American man was killed and his partner seriously injured when the cave fell."
    assert extract_casualties(text).injured == 1
    text = "A psychiatrist was stabbed in central Visby on Wednesday and died in hospital."
    assert extract_casualties(text).killed == 1
    # counter-example: another left unhurt is no one hurt
    text = "A man was shot dead and a woman escaped unhurt."
    assert extract_casualties(text).injured is None


def test_south_of_a_city_s_centre_is_in_the_city() -> None:
    (report,) = events(
        "A fire broke out in a hostel on Adelaide Road, south of central Wellington, "
        "killing six people.",
        date="2023-05-16",
    )
    assert report.city == "Wellington"
    # counter-example: south of the city is outside it
    (report,) = events(
        "A fire broke out in a hostel 20 km south of Wellington, killing six people.",
        date="2023-05-16",
    )
    assert report.city is None


def test_a_leader_s_name_after_in_that_is_a_big_city_is_the_city() -> None:
    (report,) = events(
        "Sniper on University of Texas tower in Austin kills 12 and wounds 33",
        date="1966-08-02",
    )
    assert (report.city, report.country) == ("Austin", "United States")
    # counter-example: the minister speaking is no place
    assert [m.kind for m in scan("US Defense Secretary Lloyd Austin said on Monday.")] != ["city"]


def test_one_named_with_initials_and_age_after_the_role_is_one() -> None:
    text = "a Dallas policeman, J. D. Tippit, 39, was shot dead on a street in Oak Cliff."
    assert extract_casualties(text).killed == 1
    # counter-example: a role and a name that were not killed
    text = "a Dallas policeman, J. D. Tippit, 39, was questioned on Friday."
    assert extract_casualties(text).killed is None


def test_a_tip_burying_a_school_is_a_happening() -> None:
    (report,) = events(
        "A mountain of colliery waste slid down the hillside above Aberfan on Friday "
        "morning, burying the junior school.",
        date="1966-10-22",
    )
    assert report.event_class == "incident"
    # counter-example: a dispute buried is no happening's cue alone
    (report,) = events(
        "The two leaders agreed on Friday to bury their dispute over fishing rights."
    )
    assert report.event_class != "incident"


def test_a_plot_to_kill_someone_kills_no_one() -> None:
    text = "the FSB said it had foiled a plot to kill the television presenter Vladimir Solovyov."
    assert extract_casualties(text).killed is None
    # counter-example: a headline's bare verb kills
    assert extract_casualties("Drone strike kills militia commander").killed == 1


def test_a_court_ruling_is_a_decision() -> None:
    (report,) = events(
        "A court in Osaka ruled that Japan's failure to recognise same-sex marriage was not "
        "unconstitutional."
    )
    assert report.event_class == "policy"
    # counter-example: a state recognising another is relations
    (report,) = events("Poland said it would recognise Ukraine's independence on Monday.")
    assert report.event_class != "policy"


def test_a_leader_re_elected_or_winning_another_term_is_a_decision() -> None:
    (report,) = events("Xi secures third term as head of China's Communist Party")
    assert report.event_class == "policy"
    (report,) = events("Bio re-elected president of Sierra Leone")
    assert report.event_class == "policy"
    # counter-example: a term of an accord is no mandate
    (report,) = events("The two states agreed on the terms of a ceasefire in Doha on Monday.")
    assert report.event_class != "policy"


def test_a_missile_alert_is_no_alert_a_state_declares() -> None:
    (report,) = events(
        "European Council President Charles Michel visited Odesa, where he and Ukrainian "
        "Prime Minister Denys Shmyhal had to take cover in a shelter during a missile alert."
    )
    assert report.event_class == "diplomacy"
    # counter-example: a state raising its alert level decides
    (report,) = events("The government raised the national alert level to its highest on Monday.")
    assert report.event_class == "policy"
