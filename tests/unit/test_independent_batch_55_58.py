"""Rules from the fifty-fifth to fifty-eighth independent batches (own-1381..1456: the world
2005-2021), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from tests.unit.extract_helpers import cities, country, events


def test_storm_as_a_verb_is_no_storm_s_title() -> None:
    (mall,) = events(
        "Dozens killed as Islamist gunmen storm Nairobi shopping mall", date="2013-09-22"
    )
    assert (mall.city, country(mall)) == ("Nairobi", "Kenya")
    # counter-example: a storm's capitalised title still names the storm, not the town
    assert "Florence" not in cities("Storm Florence flooded the Carolinas on Friday.")


def test_a_place_noun_after_a_city_names_what_the_city_holds() -> None:
    (race,) = events(
        "Twin bombs at Boston Marathon finish line kill three, wound more than 140",
        date="2013-04-16",
    )
    assert (race.city, country(race)) == ("Boston", "United States")
    # counter-example: two towns written side by side are still one unknown name
    assert cities("Houthi fighters seized the Ras Isa port.") == []


def test_a_person_named_in_full_and_n_others_killed_are_n_plus_one() -> None:
    text = "Ambassador Christopher Stevens and three other Americans were killed in Benghazi."
    assert extract_casualties(text).killed == 4
    assert extract_casualties("Christopher Stevens and two others were killed.").killed == 3
    # counter-example: a count opening the sentence heads no name
    # (two groups, neither within the other, add up: not 2 + 1 named + 3)
    text = "Two Israelis and three other foreigners were killed in the blast."
    assert extract_casualties(text).killed == 5


def test_a_headline_s_plural_verb_wound_counts_the_hurt() -> None:
    figures = extract_casualties("Twin bombs at Boston Marathon kill three, wound more than 140")
    assert (figures.killed, figures.injured) == (3, 140)
    # counter-example: the noun is no verb
    assert extract_casualties("He died of a wound 3 days later.").injured is None


def test_a_worker_by_trade_wounded_is_one_hurt() -> None:
    text = "A gunman shot dead a municipal policewoman and wounded a street cleaner."
    assert extract_casualties(text).injured == 1
    # counter-example: a cleaner that was not hurt is no count
    assert extract_casualties("A street cleaner found the bag and called police.").injured is None


def test_the_harmful_happening_a_day_after_which_an_act_came_is_its_own_event() -> None:
    _, act, attack = events(
        "Pakistan lifts moratorium on executions",
        "Prime Minister Nawaz Sharif approved lifting the moratorium on Wednesday, a day after "
        "Taliban gunmen killed 141 people at an army-run school in Peshawar.",
        date="2014-12-17",
    )
    assert (act.event_class, act.event_date) == ("policy", "2014-12-17")
    assert (attack.event_class, attack.city, attack.killed) == ("incident", "Peshawar", 141)
    assert attack.event_date == "2014-12-16"
    # counter-examples: an act dated by another act, and an incident dated by an act, stay one
    _, vote = events(
        "Ukraine's parliament approves new defence minister",
        "The Verkhovna Rada approved Rustem Umerov as defence minister with 338 votes, a day "
        "after voting to dismiss Oleksii Reznikov.",
        date="2023-09-06",
    )
    assert vote.event_class == "policy"
    assert (
        len(
            events(
                "Police in Nashville arrested the suspect on Monday, a day after he shot four people dead at a restaurant."
            )
        )
        == 1
    )


def test_a_happening_days_after_which_an_act_came_has_no_day() -> None:
    _, _, crash = events(
        "Zelensky dismisses air force commander",
        "Zelensky dismissed air force commander Mykola Oleshchuk, days after Ukraine lost its "
        "first F-16 in a crash that killed the pilot.",
        date="2024-08-30",
    )
    assert (crash.event_class, crash.killed, crash.event_date) == ("incident", 1, None)


def test_a_toll_raised_is_an_incident_whoever_raised_it() -> None:
    truck, update = events(
        "Truck bomb kills at least 79 in Mogadishu",
        "On Monday the emergency committee set up by Prime Minister Hassan Ali Khaire raised "
        "the toll to 83.",
        date="2019-12-30",
    )
    assert (update.event_class, update.killed, update.incident_id) == (
        "incident",
        83,
        truck.incident_id,
    )
    # counter-example: a committee set up with no toll is a decision
    (committee,) = events("The prime minister set up an emergency committee on Monday.")
    assert committee.event_class == "policy"


def test_the_region_naming_a_town_is_no_town() -> None:
    text = "Two men burst into the church in the Normandy town during morning mass."
    assert "Normandy" not in cities(text)
    # counter-examples: the town's own hall, and a town named after "of"
    assert cities("Residents gathered outside the Bucha town hall.") == ["Bucha"]
    assert "Rafah" in cities("Tanks entered the Gaza town of Rafah.")


def test_a_person_shot_somewhere_who_died_is_one_dead() -> None:
    text = "In Yangon, a man shot in the chest near the Hledan junction died in hospital."
    assert extract_casualties(text).killed == 1
    # counter-example: one who was shot and speaks is no dead
    assert extract_casualties("A man shot in the leg said he would go home.").killed is None


def test_a_square_or_street_of_a_city_is_no_unknown_town() -> None:
    blast, market = events(
        "Twin suicide bombings kill 32 in central Baghdad",
        "The first bomber blew himself up in a crowded market in Tayaran Square on Thursday.",
        date="2021-01-21",
    )
    assert (market.city, market.incident_id) == ("Baghdad", blast.incident_id)
    # counter-example: a town of two words the gazetteer lacks is still a town
    (strike,) = events("A drone struck a market in Kafr Nabudah, killing five.")
    assert strike.city == "Kafr Nabudah"


def test_measures_at_home_and_condolences_abroad() -> None:
    def cls(text: str) -> str:
        (event,) = events(text)
        return event.event_class

    assert (
        cls("Medvedev ordered tighter security on public transport and vowed to fight on.")
        == "policy"
    )
    assert (
        cls("The government raised the terror alert for the capital to its highest level.")
        == "policy"
    )
    assert (
        cls(
            "EU ministers agreed to add names to the list of those facing asset freezes and travel bans."
        )
        == "policy"
    )
    assert (
        cls("Obama asked Congress to authorise military force against Islamic State.") == "policy"
    )
    assert (
        cls("Putin sent Obama a message of condolence and offered help with the investigation.")
        == "diplomacy"
    )
    # counter-examples: a visit's travel and a strike on an alert city keep their classes
    assert cls("Blinken will travel to Kyiv next week for talks with Zelensky.") == "diplomacy"
    assert cls("A missile hit Odesa as an air alert sounded, killing two people.") == "incident"


def test_brought_down_is_a_shooting_down_or_a_collapse() -> None:
    _, downed = events(
        "Ukraine fires ATACMS at Bryansk",
        "Russia's defence ministry said its air defences had brought down 146 drones, six "
        "US-made ATACMS missiles and six British Storm Shadows.",
        date="2024-11-21",
    )
    assert downed.event_class == "incident"
    # counter-example: a government brought down by a vote is no incident
    (vote,) = events("Parliament brought down the government in a no-confidence vote on Tuesday.")
    assert vote.event_class == "policy"


def test_an_official_named_by_a_role_in_lower_case_is_appointed() -> None:
    (named,) = events(
        "On Wednesday Assad named the army chief of staff, General Fahd Jassem al-Freij, as "
        "defence minister."
    )
    assert named.event_class == "policy"
    # counter-example: police naming a suspect appoint nobody
    (suspect,) = events("Police named the gunman, a 40-year-old reservist, as the suspect.")
    assert suspect.event_class != "policy"


def test_the_line_of_control_is_no_town() -> None:
    text = "India said 865 people had died on its side of the Line of Control in the quake."
    assert cities(text) == []
    # counter-example: a real town beside it still counts
    assert cities("Shelling across the Line of Control hit Uri on Sunday.") == ["Uri"]


def test_more_ways_of_telling_one_dead_one_hurt_or_none() -> None:
    assert (
        extract_casualties(
            "An air strike destroyed the building; no one was reported killed."
        ).killed
        == 0
    )
    text = "Gunmen tried to abduct the diplomat on Tuesday; he got away but was shot and wounded."
    assert extract_casualties(text).injured == 1
    text = "The US military announced the death of a soldier killed by small-arms fire."
    assert extract_casualties(text).killed == 1
    assert (
        extract_casualties("By Sunday officials put the dead at more than 18,000.").killed == 18000
    )
    # counter-examples: a speaker's "no one was hurt" is nobody, and a death foretold no count
    assert extract_casualties("He said no one was hurt.").injured == 0
    assert extract_casualties("Officials put the damage at $2 billion.").killed is None


def test_a_head_of_state_killed_by_title_is_one_dead() -> None:
    text = "Soldiers killed President Joao Bernardo Vieira at his home in Bissau early on Monday."
    assert extract_casualties(text).killed == 1
    # counter-example: a president who speaks of the killed counts nobody himself
    assert extract_casualties("President Joao Vieira condemned the killings.").killed is None


def test_a_toll_put_the_next_day_is_no_other_happening() -> None:
    _, quake = events(
        "Italy earthquake kills more than 200",
        "The magnitude 6.3 quake struck at 3.32am on Monday, flattening much of the centre of "
        "L'Aquila. On Tuesday Prime Minister Silvio Berlusconi put the toll at 207 dead, with 15 "
        "people missing and more than 1,000 injured.",
        date="2009-04-07",
    )
    assert (quake.killed, quake.injured, quake.event_date) == (207, 1000, "2009-04-06")
    # counter-example: a strike of another day told in the next sentence is its own event
    found = events(
        "Russian strikes hit Kharkiv",
        "A missile hit Kharkiv on Monday, killing two people. On Tuesday a drone hit Sumy, "
        "killing three.",
        date="2024-05-14",
    )
    assert len(found) == 3


def test_a_bridge_named_for_a_district_is_no_venue_beside_the_city() -> None:
    (attack,) = events(
        "Masood drove a car into pedestrians on Westminster Bridge in central London on "
        "Wednesday afternoon, killing three.",
        date="2017-03-23",
    )
    assert (attack.city, country(attack)) == ("London", "United Kingdom")
    # counter-example: a bridge of the one city named is still that city's
    (bridge,) = events("A truck bomb damaged the Kerch Bridge, killing three people.")
    assert bridge.city == "Kerch"


def test_a_college_named_for_its_city_is_in_the_city() -> None:
    text = "A student set off a bomb in the canteen of the Kerch Polytechnic College in Crimea."
    assert cities(text) == ["Kerch"]


def test_a_toll_told_around_a_relative_clause_and_an_hour_that_is_no_toll() -> None:
    text = (
        "The civil protection agency put the death toll from Hurricane Matthew, which tore "
        "through the south-west earlier this month, at 546."
    )
    assert extract_casualties(text).killed == 546
    # counter-example: an hour after "at" is no count
    assert extract_casualties("The death toll rose, officials said, at 5 a.m.").killed is None


def test_legalising_is_a_decision() -> None:
    (law,) = events(
        "Canada on Wednesday became the second country to legalise recreational cannabis."
    )
    assert law.event_class == "policy"


def test_a_denial_of_a_strike_is_a_word_between_states() -> None:
    _, _, denial = events(
        "Aid convoy hit near Aleppo",
        "Aircraft hit a UN aid convoy near Aleppo late on Monday, killing about 20 people.",
        "Russia's defence ministry said neither Russian nor Syrian aircraft had struck the "
        "convoy and suggested the trucks had caught fire.",
        date="2016-09-20",
    )
    assert denial.event_class == "diplomacy"
    # counter-example: a ministry telling its own strike reports it
    _, _, claim = events(
        "Aid convoy hit near Aleppo",
        "Aircraft hit a UN aid convoy near Aleppo late on Monday, killing about 20 people.",
        "Russia's defence ministry said its aircraft had struck rebel positions near the "
        "convoy, killing 30 fighters.",
        date="2016-09-20",
    )
    assert claim.event_class == "incident"


def test_a_state_s_agencies_and_companies_act_for_it() -> None:
    _, _, cuts = events(
        "Russian missiles hit Ukraine's power grid",
        "The Kremlin said the strikes answered the attack on the Crimean bridge.",
        "Grid operator Ukrenergo ordered emergency power cuts across the country to allow repairs.",
        date="2022-10-20",
    )
    assert country(cuts) == "Ukraine"
    # counter-example: a Russian strike on a Ukrainian plant stays where it fell
    _, plant = events(
        "Russian missiles hit Ukraine's power grid",
        "A Russian missile hit a thermal power plant in Burshtyn, killing one worker.",
        date="2022-10-20",
    )
    assert country(plant) == "Ukraine"


def test_a_measure_taken_after_a_harmful_happening_is_two_events() -> None:
    _, halt, killed = events(
        "Fighting rages in Khartoum",
        "The World Food Programme said it had temporarily halted all its work in Sudan after "
        "three of its staff were killed in North Darfur at the weekend.",
        date="2023-04-17",
    )
    assert halt.event_class != "incident"
    assert (killed.event_class, killed.killed) == ("incident", 3)
    # counter-example: the happening told before ("in the attack") is no new event
    found = events(
        "Russian missile hits Kyiv",
        "Britain summoned Russia's ambassador after the offices of the British Council were "
        "damaged in the attack.",
        date="2025-05-24",
    )
    assert len(found) == 2
