"""Splitting lines into events, and incident identity within and across dispatches."""

from __future__ import annotations

from streams.text.counting import aggregate
from streams.text.dispatch import parse_dispatch
from streams.text.identity import event_id, incident_id
from streams.text.model import Event
from streams.text.pipeline import extract_events
from streams.text.split import sentences, split_events


def events(text: str, key: str = "d-1") -> list[Event]:
    return extract_events(parse_dispatch(text.encode(), key=key.encode()))


def test_sentences_keep_abbreviations_whole() -> None:
    parts = sentences("Gen. Smith met U.S. envoys. They talked for an hour.")
    assert [p.text for p in parts] == ["Gen. Smith met U.S. envoys.", "They talked for an hour."]


def test_an_earlier_attack_inside_a_paragraph_is_its_own_event() -> None:
    line = (
        "Drones hit Odesa port last night. Windows were shattered across the district. "
        "A missile strike last month on the same port killed four dock workers."
    )
    parts = split_events(line, "2023-05-10")
    assert len(parts) == 2
    assert parts[1].text.startswith("A missile strike last month")


def test_background_sentence_without_a_new_happening_stays() -> None:
    line = "Drones hit Odesa port last night. The port is often targeted by Russian drones."
    assert len(split_events(line, "2023-05-10")) == 1


def test_a_day_of_mourning_after_a_strike_is_a_second_event() -> None:
    text = (
        " date 2023-05-10 Strike on Uzhhorod\n"
        "In Uzhhorod, a missile killed 5 people, and the city council declared a day of mourning."
    )
    line_one = [e for e in events(text) if e.line == 1]
    assert [e.event_class for e in line_one] == ["incident", "policy"]
    assert line_one[1].city == "Uzhhorod" and line_one[1].killed is None


def test_every_line_gives_an_event_and_unknown_text_is_unclassified() -> None:
    text = " date 2023-05-10 Weather report\nThe sky was blue.\nA missile killed two in Sumy."
    got = events(text)
    assert sorted({e.line for e in got}) == [0, 1, 2]
    assert got[1].event_class == "unclassified"


def test_event_ids_are_deterministic_and_distinct() -> None:
    assert event_id("x", 1, 0) == event_id("x", 1, 0)
    assert (
        len({event_id("x", 1, 0), event_id("x", 1, 1), event_id("x", 2, 0), event_id("y", 1, 0)})
        == 4
    )


def test_same_strike_in_two_dispatches_shares_an_incident_id() -> None:
    first = events(" date 2023-05-10 Missile kills 3 in Sumy\nA missile hit Sumy, killing 3.", "a")
    update = events(
        " date 2023-05-11 Sumy toll rises\nThe toll of yesterday's strike on Sumy rose to 5.", "b"
    )
    ids_first = {e.incident_id for e in first if e.event_class == "incident"}
    ids_update = {e.incident_id for e in update if e.event_class == "incident"}
    assert ids_first & ids_update
    rows = aggregate(first + update)
    assert [(r.city, r.date, r.killed, r.incidents) for r in rows] == [("Sumy", "2023-05-10", 5, 1)]


def test_a_second_attack_the_same_day_is_a_second_incident() -> None:
    text = (
        " date 2023-05-10 Two attacks on Sumy\n"
        "A drone hit Sumy in the morning, killing one.\n"
        "In the evening Sumy came under attack again; two people were injured."
    )
    got = [e for e in events(text) if e.event_class == "incident" and e.line > 0]
    assert got[0].incident_id != got[1].incident_id
    (row,) = aggregate(got)
    assert (row.killed, row.injured, row.incidents) == (1, 2, 2)


def test_incident_without_city_has_a_dispatch_scoped_id() -> None:
    event = events(" date 2023-05-10 Blast\nA blast killed two soldiers.", "q")[1]
    assert event.event_class == "incident" and event.city is None
    assert event.incident_id is not None
    assert event.incident_id != incident_id("", "2023-05-10")


def test_nationwide_figures_are_not_one_citys_toll() -> None:
    text = (
        " date 2023-05-10 Missiles hit Lviv\n"
        "A missile hit a house in Lviv, killing one.\n"
        "Across the country, at least 9 people were wounded."
    )
    lviv, nationwide = [e for e in events(text) if e.line > 0]
    assert lviv.city == "Lviv"
    assert nationwide.city is None and nationwide.country == "Ukraine"
    assert nationwide.incident_id != lviv.incident_id


def test_headline_takes_the_day_of_a_body_report_naming_no_place() -> None:
    text = (
        " date 2022-05-25 Gunman kills 21 at elementary school in Uvalde, Texas\n"
        "A gunman opened fire in a classroom on Tuesday, killing 21.\n"
        "Seventeen other people were wounded, officials said."
    )
    headline, report, wounded = events(text)
    assert headline.event_date == report.event_date == wounded.event_date == "2022-05-24"
    assert headline.incident_id == report.incident_id == wounded.incident_id
    # counter-example: a toll updated "by Sunday" does not move Saturday's crush
    text = (
        " date 2022-10-30 Crowd crush in Seoul kills 151\n"
        "By Sunday evening the ministry had raised the toll to 153 dead.\n"
        "The crush in an alley of Seoul late on Saturday killed at least 151."
    )
    assert events(text)[0].event_date == "2022-10-29"


def test_a_placeless_report_of_another_day_without_a_toll_is_its_own_incident() -> None:
    text = (
        " date 2024-04-21 Strikes\n"
        "On Friday Russian missiles killed eight people in Dnipro.\n"
        "Russia's defence ministry said on Saturday that its air defences had destroyed 50 "
        "Ukrainian drones over eight regions."
    )
    _, strike, drones = events(text)
    assert drones.event_class == "incident" and drones.event_date == "2024-04-20"
    assert drones.incident_id != strike.incident_id
    # counter-example: a toll given on a later day still belongs to the strike
    text = (
        " date 2024-04-21 Strikes\n"
        "On Friday Russian missiles killed eight people in Dnipro.\n"
        "On Saturday officials said the toll had risen to 11."
    )
    _, strike, toll = events(text)
    assert toll.incident_id == strike.incident_id and toll.event_date == "2024-04-19"


def test_a_toll_placed_in_another_country_is_not_an_update() -> None:
    text = (
        " date 2023-09-12 Floods\n"
        "Floods in Derna killed 300 people on Monday.\n"
        "In Morocco, the toll from Friday's earthquake rose to 2,900."
    )
    _, floods, quake = events(text)
    assert quake.incident_id != floods.incident_id
    assert quake.country == "Morocco" and quake.event_date == "2023-09-08"
    # counter-example: a toll placed in the same country updates the floods
    text = (
        " date 2023-09-12 Floods\n"
        "Floods in Derna killed 300 people on Monday.\n"
        "In Libya, the toll rose to 2,000."
    )
    _, floods, toll = events(text)
    assert toll.incident_id == floods.incident_id and toll.city == "Derna"


def test_a_later_claim_of_responsibility_follows_its_attack() -> None:
    text = (
        " date 2023-12-05 Bombing\n"
        "A bomb exploded at a church in Marawi on Sunday, killing four.\n"
        "Islamic State claimed responsibility for the Marawi bombing on Monday."
    )
    _, bombing, claim = events(text)
    assert claim.incident_id == bombing.incident_id and claim.event_date == "2023-12-03"
    # counter-example: a second bombing on Monday is its own incident
    text = (
        " date 2023-12-05 Bombing\n"
        "A bomb exploded at a church in Marawi on Sunday, killing four.\n"
        "Another bomb exploded in Marawi on Monday, killing two."
    )
    _, first, second = events(text)
    assert second.incident_id != first.incident_id and second.event_date == "2023-12-04"


def test_the_vehicle_of_a_crash_refers_back_to_the_headline() -> None:
    text = (
        " date 2024-05-20 President killed in helicopter crash\n"
        "The helicopter came down in fog near Varzaqan on Sunday, killing all nine on board."
    )
    headline, report = events(text)
    assert report.incident_id == headline.incident_id
    assert headline.event_date == report.event_date == "2024-05-19"


def test_a_headline_village_takes_its_country_from_the_body() -> None:
    text = (
        " date 2023-12-05 Drone strike kills 85 in Tudun Biri village\n"
        "The drone hit villagers in Tudun Biri, in Kaduna state, late on Sunday."
    )
    headline, report = events(text)
    assert headline.city == report.city == "Tudun Biri"
    assert headline.country == report.country == "Nigeria"
    assert headline.incident_id == report.incident_id


def test_an_actor_without_a_state_follows_the_latest_line_with_one() -> None:
    text = (
        " date 2023-09-12 Quake\n"
        "Egypt's president ordered the army to send aid to Libya.\n"
        "In Morocco, an earthquake killed 2,900 people on Friday.\n"
        "King Mohammed had accepted rescue teams from Spain on Sunday."
    )
    assert events(text)[-1].country == "Morocco"
    # counter-example: without the Moroccan report the last acting state is Egypt
    text = (
        " date 2023-09-12 Quake\n"
        "Egypt's president ordered the army to send aid to Libya.\n"
        "King Mohammed had accepted rescue teams from Spain on Sunday."
    )
    assert events(text)[-1].country == "Egypt"


def test_a_headline_takes_a_small_town_the_body_places() -> None:
    text = (
        " date 2023-08-11 Toll rises to 55 as Lahaina lies in ashes\n"
        "The fire swept through the town of Lahaina on Tuesday, killing 36."
    )
    headline, body = events(text)
    assert headline.city == body.city == "Lahaina"
    assert headline.incident_id == body.incident_id
    # counter-example: a name the headline reads as a region stays a region
    text = (
        " date 2023-08-11 Missiles pound Kharkiv region\n"
        "In Kharkiv a missile hit a school on Tuesday, killing two."
    )
    assert events(text)[0].city is None


def test_a_militarys_capture_of_the_town_reports_the_headlines_incident() -> None:
    text = (
        " date 2024-02-17 Ukraine pulls its troops out of Avdiivka\n"
        "Russia's defence ministry said its forces had taken full control of the town."
    )
    headline, capture = events(text)
    assert capture.event_class == "incident" and capture.city == "Avdiivka"
    assert capture.incident_id == headline.incident_id
    # counter-example: a remark about the town is a statement, not a capture
    text = (
        " date 2024-02-17 Ukraine pulls its troops out of Avdiivka\n"
        "Russia's defence ministry said the West had abandoned the town."
    )
    assert events(text)[1].event_class != "incident"


def test_a_sentence_led_by_another_city_is_another_event() -> None:
    line = "In Kyiv, missiles hit homes, killing two. In Kharkiv, one person was killed."
    assert [e.text[:8] for e in split_events(line, "2024-01-02")] == ["In Kyiv,", "In Khark"]
    # counter-example: a sentence led by the same city goes on the same event
    line = "Missiles hit Kharkiv, killing two. In Kharkiv, one more person was killed later."
    assert len(split_events(line, "2024-01-02")) == 1


def test_a_state_that_acts_names_no_place_for_linking() -> None:
    text = (
        " date 2024-01-02 Hamas official killed in Beirut drone strike\n"
        "A drone hit an office in a southern suburb, killing him and six other people, "
        "officials said. Israel did not claim the attack."
    )
    headline, strike = events(text)
    assert strike.incident_id == headline.incident_id and strike.city == "Beirut"
    assert strike.killed == 7
    # counter-example: a state named as where it happened is a place of its own
    text = (
        " date 2024-01-02 Hamas official killed in Beirut drone strike\n"
        "Rockets hit northern Israel, killing two."
    )
    headline, rockets = events(text)
    assert rockets.incident_id != headline.incident_id and rockets.country == "Israel"


def test_an_interception_count_follows_only_an_incident_in_its_state() -> None:
    text = (
        " date 2024-01-02 Drone strike kills seven in Beirut\n"
        "Ukraine's air force said it had shot down 30 drones."
    )
    headline, downed = events(text)
    assert downed.incident_id != headline.incident_id and downed.city is None
    # counter-example: the attacked state counting the drones of that attack
    text = (
        " date 2023-05-30 Drones hit Moscow apartment blocks\n"
        "Russia's defence ministry said eight drones had been shot down."
    )
    headline, downed = events(text)
    assert downed.incident_id == headline.incident_id and downed.city == "Moscow"


def test_sites_hit_in_several_regions_are_no_one_citys_strike() -> None:
    text = (
        " date 2022-10-31 Strikes\n"
        "Missiles hit Kyiv, killing two.\n"
        "The prime minister said 18 sites had been hit in 10 regions."
    )
    _, kyiv, sites = events(text)
    assert sites.incident_id != kyiv.incident_id and sites.city is None
    # counter-example: a toll update with no place still follows the strike
    text = " date 2022-10-31 Strikes\nMissiles hit Kyiv, killing two.\nThe toll later rose to four."
    _, kyiv, toll = events(text)
    assert toll.incident_id == kyiv.incident_id


def test_a_regional_disaster_dates_the_deaths_of_its_towns() -> None:
    text = (
        " date 2024-10-30 Floods kill 95 in Spain's Valencia region\n"
        "Torrential rain on Tuesday turned streets into rivers in towns south of Valencia.\n"
        "In Paiporta, the mayor said at least 40 people had died."
    )
    headline, rain, town = events(text)
    assert rain.incident_id == headline.incident_id
    assert headline.event_date == rain.event_date == town.event_date == "2024-10-29"
    assert town.city == "Paiporta" and town.incident_id != headline.incident_id
    # counter-example: a death with a cause of its own keeps the report's day
    text = (
        " date 2024-10-30 Floods kill 95 in Spain's Valencia region\n"
        "Torrential rain on Tuesday turned streets into rivers in towns south of Valencia.\n"
        "In Paiporta, a bridge collapsed, killing two."
    )
    assert events(text)[2].event_date == "2024-10-30"


def test_a_tally_of_a_whole_launch_is_its_own_incident() -> None:
    text = (
        " date 2024-02-10 Drones hit Kharkiv\n"
        "Drones hit a petrol station in Kharkiv, killing seven.\n"
        "Ukraine's military said it had destroyed 23 of the 31 drones launched overnight."
    )
    _, strike, tally = events(text)
    assert tally.incident_id != strike.incident_id and tally.city is None


def test_a_toll_headline_over_a_cumulative_total_has_no_day() -> None:
    text = (
        " date 2022-08-29 Pakistan flood toll passes 1,100\n"
        "Officials said 1,136 people had been killed since mid-June."
    )
    assert events(text)[0].event_date is None
    # counter-example: a headline that is no toll keeps its day
    text = (
        " date 2022-08-29 Floods hit Pakistan\n"
        "Officials said 1,136 people had been killed since mid-June."
    )
    assert events(text)[0].event_date == "2022-08-29"


def test_a_report_placed_only_where_the_headline_is_follows_it() -> None:
    text = (
        " date 2024-05-10 Troops cross the border near Vovchansk\n"
        "Russian forces attacked near Vovchansk early on Friday, Ukraine's defence ministry said."
    )
    headline, attack = events(text)
    assert attack.incident_id == headline.incident_id
    # counter-example: a place the headline does not name is a place of its own
    text = (
        " date 2024-05-10 Troops cross the border near Vovchansk\n"
        "Russian forces attacked near Kupiansk early on Friday, Ukraine's defence ministry said."
    )
    headline, attack = events(text)
    assert attack.incident_id != headline.incident_id


def test_a_region_the_gazetteer_lacks_is_still_a_place_of_its_own() -> None:
    text = (
        " date 2024-10-10 Hurricane hits Florida\n"
        "The hurricane tore the roof off a stadium in St. Petersburg late on Wednesday.\n"
        "Tornadoes on Wednesday killed at least five people in St. Lucie County, officials said."
    )
    _, stadium, tornadoes = events(text)
    assert tornadoes.incident_id != stadium.incident_id
    assert tornadoes.city is None and tornadoes.country == "United States"


def test_a_clause_placing_a_second_blast_elsewhere_is_another_event() -> None:
    line = (
        "A bomb exploded in Pishin, killing 18 people, and a second blast hit an office "
        "in Qila Saifullah, killing 10."
    )
    assert len(split_events(line, "2024-02-07")) == 2
    # counter-example: both in one town stay one event here
    line = (
        "A bomb exploded in Pishin, killing 18 people, and a second blast hit an office "
        "in Pishin, killing 10."
    )
    assert len(split_events(line, "2024-02-07")) == 1


def test_a_place_after_as_is_the_backdrop_when_the_main_clause_has_one() -> None:
    text = (
        " date 2024-05-07 Israeli tanks seize Rafah crossing as truce talks resume in Cairo\n"
        "Israel's military said its forces had taken operational control of the crossing."
    )
    headline, control = events(text)
    assert headline.city == "Rafah" and control.incident_id == headline.incident_id
    # counter-example: the only place, after "as", is the place
    text = " date 2024-05-07 Two killed as missiles hit Kyiv\nThe toll later rose to four."
    assert events(text)[0].city == "Kyiv"


def test_a_quake_described_with_its_magnitude_refers_back() -> None:
    text = (
        " date 2024-04-03 Earthquake hits Taiwan, killing nine\n"
        "The magnitude 7.4 quake struck off the east coast on Wednesday."
    )
    headline, quake = events(text)
    assert quake.incident_id == headline.incident_id


def test_a_possessive_state_places_nothing() -> None:
    text = (
        " date 2023-07-20 Russia pounds Odesa\n"
        "Missiles struck the centre of Odesa overnight, killing two people.\n"
        "The strikes damaged the building of China's consulate, the mayor said."
    )
    _, strike, consulate = events(text)
    assert consulate.incident_id == strike.incident_id and consulate.city == "Odesa"


def test_the_fire_with_its_day_gives_the_headline_its_day_and_place() -> None:
    text = (
        " date 2021-06-15 Fire at warehouse in Lyon kills 5\n"
        "The fire broke out late on Sunday in a storage hall near the road to Geneva, "
        "Switzerland.\n"
        "Firefighters said five workers, most of them from Portugal and Spain, were killed."
    )
    headline, report, toll = events(text)
    assert headline.event_date == report.event_date == toll.event_date == "2021-06-13"
    assert report.city == toll.city == "Lyon" and toll.country == "France"
    assert headline.incident_id == report.incident_id == toll.incident_id
    # counter-example: a toll placed in another country is its own incident
    text = (
        " date 2021-06-15 Fire at warehouse in Lyon kills 5\n"
        "In Spain, five workers were killed on Sunday."
    )
    headline, other = events(text)
    assert other.country == "Spain" and other.incident_id != headline.incident_id


def test_earlier_in_the_day_is_the_day_of_the_incident_told_before() -> None:
    text = (
        " date 2023-12-22 Gunman kills 3 in Ostrava\n"
        "A man opened fire at a clinic in Ostrava on Thursday, killing three.\n"
        "His mother was found dead in the village of Hlucin earlier in the day."
    )
    _, shooting, mother = events(text)
    assert shooting.event_date == mother.event_date == "2023-12-21"
    assert mother.killed == 1 and mother.incident_id != shooting.incident_id
    # counter-example: without it, a report naming no day is the dispatch's
    text = (
        " date 2023-12-22 Gunman kills 3 in Ostrava\n"
        "A man opened fire at a clinic in Ostrava on Thursday, killing three.\n"
        "His mother was found dead in the village of Hlucin."
    )
    assert events(text)[2].event_date == "2023-12-22"


def test_damage_in_a_town_with_no_cause_of_its_own_takes_the_headlines_day() -> None:
    text = (
        " date 2023-10-08 Earthquake kills 1,000 in western Afghanistan\n"
        "The quake struck on Saturday morning.\n"
        "In Herat, several buildings were damaged, officials said."
    )
    _, _, herat = events(text)
    assert herat.city == "Herat" and herat.event_date == "2023-10-07"
    # counter-example: a strike of its own keeps the dispatch's day
    text = (
        " date 2023-10-08 Earthquake kills 1,000 in western Afghanistan\n"
        "The quake struck on Saturday morning.\n"
        "In Herat, a bomb damaged several buildings, officials said."
    )
    assert events(text)[2].event_date == "2023-10-08"


def test_a_headline_toll_equal_to_the_bodys_total_has_no_day() -> None:
    text = (
        " date 2024-09-09 Typhoon kills 59 in Vietnam\n"
        "The storm has killed 59 people since it made landfall on Saturday, officials said."
    )
    assert events(text)[0].event_date is None
    # counter-example: a body toll of its own day gives the headline that day
    text = (
        " date 2024-09-09 Typhoon kills 59 in Vietnam\n"
        "The storm killed 59 people on Saturday, officials said."
    )
    assert events(text)[0].event_date == "2024-09-07"


def test_a_separate_strike_is_its_own_incident_and_a_launch_site_names_no_place() -> None:
    text = (
        " date 2024-05-26 Strike on Kharkiv store kills 12\n"
        "Two bombs hit the store in Kharkiv on Saturday, killing 12.\n"
        "In a separate strike on Saturday evening, a missile hit central Kharkiv, wounding 25.\n"
        "The air force said aircraft had launched the bombs from Belgorod region."
    )
    _, store, separate, launch = events(text)
    assert separate.incident_id != store.incident_id and separate.injured == 25
    assert launch.incident_id == store.incident_id and launch.city == "Kharkiv"
    # counter-example: without "separate", a second report of the day's strike is the same
    text = text.replace("In a separate strike", "In the strike")
    assert events(text)[2].incident_id == events(text)[1].incident_id


def test_an_attributed_the_dead_refers_back() -> None:
    text = (
        " date 2024-01-20 Strike on Damascus building kills five officers\n"
        "Missiles destroyed a building in Damascus on Saturday.\n"
        "The Revolutionary Guards said the dead included a general in Syria."
    )
    headline, _, dead = events(text)
    assert dead.incident_id == headline.incident_id and dead.city == "Damascus"
    # counter-example: a report of its own in another country is another incident
    text = text.replace(
        "The Revolutionary Guards said the dead included a general in Syria.",
        "In Iraq, a rocket attack on an air base wounded several soldiers.",
    )
    assert events(text)[2].incident_id != events(text)[0].incident_id


def test_a_states_health_ministry_gives_its_own_countrys_toll() -> None:
    text = (
        " date 2024-08-25 Israel and Hezbollah trade fire\n"
        "Israeli jets struck southern Lebanon before dawn on Sunday.\n"
        "A sailor was killed off the coast of northern Israel by missile fragments.\n"
        "Lebanon's health ministry said three people were killed in the strikes."
    )
    _, strikes, sailor, toll = events(text)
    assert toll.incident_id == strikes.incident_id and toll.country == "Lebanon"
    # counter-example: the other state's ministry counts the other incident's wounded
    text = text.replace(
        "Lebanon's health ministry said three people were killed in the strikes.",
        "Israel's health ministry said three people were wounded by the fragments.",
    )
    _, _, sailor, wounded = events(text)
    assert wounded.incident_id == sailor.incident_id and wounded.country == "Israel"


def test_an_interception_follows_the_state_whose_air_defences_fired() -> None:
    text = (
        " date 2022-12-29 Missiles hit Ukraine\n"
        "Explosions were heard in Lviv and Odesa on Thursday.\n"
        "Belarus said its air defences had shot down a Ukrainian S-300 missile over its "
        "territory."
    )
    _, ukraine, belarus = events(text)
    assert belarus.country == "Belarus" and belarus.incident_id != ukraine.incident_id
    # counter-example: Ukraine's own air force tally follows the strikes in Ukraine
    text = text.replace(
        "Belarus said its air defences had shot down a Ukrainian S-300 missile over its territory.",
        "Ukraine's air force said it had shot down 54 of the 69 Russian missiles.",
    )
    assert events(text)[2].country == "Ukraine"


def test_a_state_accused_of_striking_is_no_place_and_a_launch_tally_follows_its_target() -> None:
    text = (
        " date 2022-07-29 Dozens of prisoners killed in blast at Olenivka camp\n"
        "Russia's defence ministry said Ukraine had struck the barracks overnight, "
        "killing 40 prisoners."
    )
    headline, report = events(text)
    assert report.incident_id == headline.incident_id and report.city == "Olenivka"
    text = (
        " date 2024-12-25 Plane crashes near Aktau in Kazakhstan, killing 38\n"
        "Ukraine's air force said Russia had launched 78 missiles and 106 drones on Christmas."
    )
    crash, launch = events(text)
    assert launch.incident_id != crash.incident_id and launch.country == "Ukraine"
    # counter-example: a launch tally under a headline on that barrage follows it
    text = (
        " date 2023-02-10 Russian missiles knock out power across Ukraine\n"
        "Russia launched 71 missiles at energy facilities on Friday, Ukraine's military said."
    )
    barrage, tally = events(text)
    assert tally.incident_id == barrage.incident_id and tally.country == "Ukraine"


def test_a_count_this_year_has_no_day() -> None:
    text = (
        " date 2023-02-14 Gunman kills three at university in East Lansing\n"
        "It was the 67th mass shooting in the United States this year."
    )
    assert events(text)[1].event_date is None


def test_a_territorys_war_toll_and_the_small_town() -> None:
    text = (
        " date 2024-06-29 Russian strike on Vilniansk kills seven\n"
        "Guided bombs hit the small town in Zaporizhzhia region on Saturday afternoon.\n"
        "The health ministry said the death toll in the territory had risen to 18,787."
    )
    headline, town, war = events(text)
    assert town.incident_id == headline.incident_id and town.city == "Vilniansk"
    assert war.incident_id != headline.incident_id and war.city is None
    # counter-example: a toll update of the strike itself follows it
    text = text.replace("in the territory had risen to 18,787", "had risen to 9")
    assert events(text)[2].incident_id == events(text)[0].incident_id


def test_the_strikes_after_any_attribution_refer_back() -> None:
    text = (
        " date 2023-03-24 Drone attack kills contractor\n"
        "US jets struck facilities in eastern Syria on Thursday night.\n"
        "Syrian activists said the US strikes killed 11 militants near Deir ez-Zor."
    )
    _, strikes, toll = events(text)
    assert toll.incident_id == strikes.incident_id and toll.event_date == "2023-03-23"
    # counter-example: a report of its own, with no anaphor, near another town stays apart
    text = text.replace("said the US strikes killed", "said shelling killed")
    assert events(text)[2].incident_id != events(text)[1].incident_id


def test_a_headline_toll_equal_to_a_placed_total_has_no_day() -> None:
    text = (
        " date 2024-09-28 Hurricane kills at least 44 across five states\n"
        "The storm has killed at least 44 people since it made landfall in Florida's Big Bend "
        "on Thursday night."
    )
    assert events(text)[0].event_date is None
    # counter-example: a different total leaves the headline its day
    text = text.replace("has killed at least 44 people", "has killed at least 30 people")
    assert events(text)[0].event_date == "2024-09-28"


def test_that_attack_is_the_one_just_told() -> None:
    text = (
        " date 2024-10-14 Israeli strike on village of Aitou kills 21\n"
        "In central Israel, a drone hit an army base near Binyamina on Sunday, killing four.\n"
        "More than 60 people were wounded in that attack, the military said."
    )
    headline, base, wounded = events(text)
    assert wounded.incident_id == base.incident_id and wounded.country == "Israel"
    # counter-example: without "that", the wounded follow by their words
    text = text.replace("in that attack", "in the strike on the village")
    assert events(text)[2].incident_id == headline.incident_id


def test_an_uncued_line_that_refers_back_reports_the_happening() -> None:
    text = (
        " date 2024-08-10 Passenger plane crashes in Vinhedo, killing all 62 on board\n"
        "The plane was flying from Cascavel to Sao Paulo's Guarulhos airport."
    )
    crash, route = events(text)
    assert route.event_class == "incident" and route.incident_id == crash.incident_id
    # counter-example: an uncued line that refers back to nothing stays unclassified
    text = text.replace("The plane was flying", "Flights were running")
    assert events(text)[1].event_class == "unclassified"


def test_reports_follow_the_town_that_tells_a_country_wide_headline_again() -> None:
    text = (
        " date 2022-10-06 Gunman kills 20 in attack on nursery in northeast Thailand\n"
        "He opened fire in a day-care centre in Uthai Sawan at lunchtime on Thursday.\n"
        "Twenty people were killed, district officials said.\n"
        "At least ten people were wounded."
    )
    headline, town, toll, wounded = extract_events(parse_dispatch(text.encode()))
    assert headline.city is None and town.city == "Uthai Sawan"
    assert toll.incident_id == wounded.incident_id == town.incident_id
    assert toll.city == wounded.city == "Uthai Sawan"
    # counter-example: a nationwide toll still follows the country-wide headline
    text = (
        " date 2022-10-06 Storms kill 20 across Thailand\n"
        "A roof collapsed on a market in Uthai Sawan on Thursday, killing two.\n"
        "Across the country, 20 people were killed."
    )
    headline, town, nationwide = extract_events(parse_dispatch(text.encode()))
    assert nationwide.incident_id == headline.incident_id and nationwide.city is None


def test_a_convoy_told_before_refers_back_with_its_day() -> None:
    text = (
        " date 2024-11-22 Gunmen kill 42 in attack on passenger convoy in northwest Pakistan\n"
        "Attackers fired on the vehicles in the Kurram district on Thursday, police said.\n"
        "The convoy was travelling from Parachinar to Peshawar under police escort."
    )
    headline, _, convoy = extract_events(parse_dispatch(text.encode()))
    assert convoy.event_class == "incident"
    assert convoy.incident_id == headline.incident_id and convoy.event_date == "2024-11-21"
    assert convoy.city is None  # (where it came from and went to are no venue)
    # counter-example: a convoy with no happening before it names none
    (alone,) = extract_events(parse_dispatch(b" date 2024-11-22 The convoy left at dawn."))
    assert alone.event_class == "unclassified"


def test_another_strike_is_a_new_incident_without_the_last_ones_place() -> None:
    text = (
        " date 2024-06-22 Israeli strike on Gaza's Shati camp kills 24\n"
        "Another strike on homes in the city's Tuffah district killed 18 people.\n"
        "The strike on the camp hit a house, medics said."
    )
    camp, other, again = extract_events(parse_dispatch(text.encode()))
    assert other.incident_id != camp.incident_id and other.city is None
    # counter-example: "the strike" refers back
    assert again.incident_id == camp.incident_id


def test_a_vague_time_in_the_background_does_not_date_the_happening_told_again() -> None:
    text = (
        " date 2022-08-18 Blast at Kabul mosque kills 21\n"
        "The explosion tore through the mosque on Wednesday evening, police said.\n"
        "No group claimed the bombing. Islamic State has carried out attacks on mosques this year."
    )
    _, blast, claim = extract_events(parse_dispatch(text.encode()))
    assert claim.event_date == "2022-08-17" and claim.incident_id == blast.incident_id
    # counter-example: an item that opens on a tally of its own stays undated
    text = text.replace("No group claimed the bombing.", "Attacks on mosques are common.")
    tally = extract_events(parse_dispatch(text.encode()))[2]
    assert tally.event_date is None
