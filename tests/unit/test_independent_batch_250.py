"""Rules from the two-hundred-and-fiftieth independent batch and after (own-3975..: mixed
world digests of 2008-2023 in dev's manner), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.places import scan
from tests.unit.extract_helpers import country, events


def test_stabbings_and_a_lost_aircraft_are_happenings() -> None:
    (stabbings,) = events("British police treat Reading park stabbings as terrorism")
    assert stabbings.event_class == "incident"
    (lost,) = events(
        "A Chilean air force transport with 38 people aboard lost contact on Monday evening "
        "over the Drake Passage."
    )
    assert lost.event_class == "incident"
    # counter-example: the same police with no happening named
    (inquiry,) = events("British police treat Reading park protest as peaceful")
    assert inquiry.event_class != "incident"


def test_an_emergency_authorisation_is_a_decision() -> None:
    (vaccine,) = events(
        "The US Food and Drug Administration late on Friday gave emergency authorisation "
        "to the coronavirus vaccine developed by Pfizer and BioNTech."
    )
    assert vaccine.event_class == "policy"
    # counter-example: the vaccine alone is no decision
    (trial,) = events("The coronavirus vaccine developed by Pfizer and BioNTech arrived.")
    assert trial.event_class != "policy"


def test_the_name_after_an_aircraft_model_code_is_the_aircraft() -> None:
    (crash,) = events("A Chilean air force C-130 Hercules with 38 people aboard crashed.")
    assert crash.place is None and country(crash) != "United States"
    # counter-example: the town of that name where the text places the happening
    (storm,) = events("A tornado killed two people in Hercules, California.")
    assert storm.place is not None and storm.place.name == "Hercules"


def test_a_state_of_two_words_after_in_places_a_toll() -> None:
    _, _, toll = events(
        "Six dead after gunmen attack kosher market in Jersey City",
        "Two attackers shot dead a police detective in Jersey City, New Jersey, on Tuesday.",
        "Police said the death toll from Monday's eruption in New Zealand had risen to six.",
        date="2019-12-10",
    )
    assert country(toll) == "New Zealand"
    (zealand,) = [m for m in scan("The toll in New Zealand rose.") if m.surface == "New Zealand"]
    assert (zealand.kind, zealand.locative) == ("country", True)
    # counter-example: a toll naming no other state stays with the happening told before
    _, _, update = events(
        "Six dead after gunmen attack kosher market in Jersey City",
        "Two attackers shot dead a police detective in Jersey City, New Jersey, on Tuesday.",
        "Police said the death toll had risen to six.",
        date="2019-12-10",
    )
    assert country(update) == "United States"


def test_a_state_named_with_no_locative_cue_is_a_party() -> None:
    (signing,) = events(
        "Last month South Korea put off the signing of a military intelligence-sharing pact "
        "with Japan less than an hour before the ceremony."
    )
    assert signing.event_class == "diplomacy"
    # one state alone acts on itself
    (independence,) = events("South Sudan proclaims independence in Juba")
    assert independence.event_class == "policy"
    # counter-example: a state after a locative cue places a line, it acts in nothing
    (weather,) = events("Last month it was colder than usual in South Korea.")
    assert weather.event_class == "unclassified"


def test_a_state_named_for_a_country_is_a_region() -> None:
    niger = [m for m in scan("guests headed home to neighbouring Niger state.") if m.code]
    assert all(m.code != "NE" for m in niger)
    # counter-example: the country itself
    (state,) = [m for m in scan("guests headed home to neighbouring Niger.") if m.code]
    assert state.code == "NE"


def test_a_capital_in_a_headline_present_tense_is_its_government() -> None:
    (expels,) = events("Washington expels 10 Russian diplomats over hacking")
    assert country(expels) == "United States"
    assert scan("Washington expels 10 Russian diplomats")[0].kind == "state"
    # counter-example: the city a happening hit is no actor
    assert [m.kind for m in scan("Floods hit Washington")] == ["city"]


def test_a_visit_flown_unannounced_is_held_where_it_landed() -> None:
    (visit,) = events(
        "Secretary of State Antony Blinken flew unannounced into Kabul on Thursday for talks "
        "with President Ashraf Ghani."
    )
    assert visit.place is not None and visit.place.name == "Kabul"
    # counter-example: an adverb of manner that is no journey's
    (call,) = events(
        "Secretary of State Antony Blinken spoke briefly to reporters in Washington about "
        "talks with President Ashraf Ghani."
    )
    assert call.place is not None and call.place.name == "Washington"


def test_a_province_after_a_city_and_a_comma_qualifies_it() -> None:
    (ramming,) = events(
        "In London, Ontario, a man drove a pickup truck into a Muslim family, killing four."
    )
    assert ramming.place is not None
    assert (ramming.place.name, ramming.place.country) == ("London", "Canada")
    # counter-example: the city of that name where no city stands before it
    (storm,) = events("A storm killed two people in Ontario, California.")
    assert storm.place is not None and storm.place.country == "United States"


def test_a_report_follows_the_happening_of_its_own_kind() -> None:
    _, derailment, ramming, toll = events(
        "Dozens killed as two express trains collide in Pakistan's Sindh province",
        "Coaches of the Millat Express derailed before dawn on Monday near Daharki and were "
        "hit by the Sir Syed Express; at least 30 people were killed.",
        "In London, Ontario, a man drove a pickup truck into a Muslim family on Sunday "
        "evening, killing four of them.",
        "By evening, rescuers had cut through the wreckage to recover more bodies, and "
        "officials put the toll at more than 50 dead.",
        date="2021-06-07",
    )
    assert toll.incident_id == derailment.incident_id != ramming.incident_id
    # counter-example: a toll with no word of a crash follows the report told last
    *_, last, other = events(
        "Dozens killed as two express trains collide in Pakistan's Sindh province",
        "Coaches of the Millat Express derailed before dawn on Monday near Daharki; at "
        "least 30 people were killed.",
        "In London, Ontario, a man drove a pickup truck into a Muslim family on Sunday "
        "evening, killing four of them.",
        "Police later said a fifth person had died.",
        date="2021-06-07",
    )
    assert other.incident_id == last.incident_id


def test_lockdowns_obligations_and_successions_are_decisions() -> None:
    (lockdown,) = events(
        "Chief Minister Arvind Kejriwal extended the lockdown in Delhi by another week as "
        "hospitals in the capital ran short of oxygen."
    )
    assert lockdown.event_class == "policy"
    (succession,) = events("Olaf Scholz succeeds Angela Merkel as German chancellor")
    assert succession.event_class == "policy"
    (passes,) = events("Boris Johnson made Covid passes compulsory at large venues.")
    assert passes.event_class == "policy"
    # counter-example: the hospitals alone tell no decision
    (shortage,) = events("Hospitals in the capital ran short of oxygen.")
    assert shortage.event_class != "policy"


def test_a_craft_that_vanished_is_a_happening() -> None:
    (jet,) = events("Malaysia Airlines jet with 239 aboard vanishes on flight to Beijing")
    assert jet.event_class == "incident"
    # counter-example: the flight alone is none
    (flight,) = events("Malaysia Airlines jet with 239 aboard lands after flight to Beijing")
    assert flight.event_class != "incident"


def test_a_court_named_for_a_large_city_is_in_it() -> None:
    (bombing,) = events(
        "A suicide bomber blew himself up among riot police deployed outside the Lahore High "
        "Court on Thursday, killing at least 20 people."
    )
    assert bombing.place is not None and bombing.place.name == "Lahore"
    # counter-example: a club named like a city elsewhere ("Sari", a city of Iran)
    (club,) = events(
        "A second device exploded outside the Sari Club on Saturday, killing dozens of people."
    )
    assert club.place is None or club.place.name != "Sari"


def test_one_named_person_whose_surname_ends_in_s_is_one_dead() -> None:
    shot = extract_casualties(
        "Fifteen-year-old Alexandros Grigoropoulos was shot dead by a police officer."
    )
    assert shot.killed == 1
    # counter-examples: a people, and a quantity, before the verb
    assert extract_casualties("Many Afghans were killed in the blast.").killed is None
    assert extract_casualties("Israeli Palestinians killed in clash.").killed is None


def test_a_charred_body_found_is_one_dead() -> None:
    assert extract_casualties("Firefighters later found a charred body inside.").killed == 1
    # counter-example: a body count still to be told
    assert extract_casualties("Firefighters later searched the building inside.").killed is None


def test_outlawing_freezing_and_removing_from_a_list_are_decisions() -> None:
    (ban,) = events(
        "Pakistan's government outlawed the Tehrik-i-Taliban Pakistan and froze its bank accounts."
    )
    assert ban.event_class == "policy"
    (listing,) = events(
        "Washington removed North Korea from its list of state sponsors of terrorism."
    )
    assert (listing.event_class, country(listing)) == ("policy", "United States")
    # counter-example: the group named with no act on it
    (group,) = events("The Tehrik-i-Taliban Pakistan is the umbrella group of militants.")
    assert group.event_class != "policy"


def test_gunned_down_and_shoot_dead_count_the_dead() -> None:
    shooting = extract_casualties(
        "On Monday evening he had gunned down two Swedish men and wounded a third."
    )
    assert (shooting.killed, shooting.injured) == (2, 1)
    assert extract_casualties("Brussels police shoot dead suspect in killing").killed == 1
    # counter-example: a suspect arrested is no casualty
    assert extract_casualties("Police arrested a suspect on Tuesday.").killed is None


def test_an_aircraft_model_number_is_no_count() -> None:
    crash = extract_casualties(
        "Rescuers said all 45 people on board the Sukhoi Superjet 100 had been killed."
    )
    assert crash.killed == 45
    # counter-example: the same number told as a count
    assert extract_casualties("The crash killed 100 people on board.").killed == 100


def test_a_total_of_the_dead_after_their_parts_is_the_count() -> None:
    van = extract_casualties(
        "An explosive device hit a van, killing ten policemen and their civilian driver, "
        "11 people in all."
    )
    assert van.killed == 11
    # counter-example: a total of the dead and the hurt together is no count of the dead
    both = extract_casualties(
        "The blast killed three soldiers and wounded eight civilians, 11 people in all."
    )
    assert (both.killed, both.injured) == (3, 8)


def test_pounds_of_money_are_no_bombardment() -> None:
    (budget,) = events("Rishi Sunak announced an extra 5 billion pounds for British defence.")
    assert budget.event_class == "policy"
    # counter-example: a city pounded
    (shelling,) = events("Russia pounds Kharkiv with missiles.")
    assert shelling.event_class == "incident"


def test_an_airport_a_flight_left_is_no_venue() -> None:
    (crash,) = events(
        "The airliner came down in snow-covered fields minutes after taking off from "
        "Domodedovo airport on Sunday; all 71 people on board died."
    )
    assert crash.place is None or crash.place.name != "Domodedovo"
    # counter-examples: a site near which it happened, and a city's own part
    (playground,) = events("A missile struck near Kryvyi Rih playground, killing two.")
    assert playground.place is not None and playground.place.name == "Kryvyi Rih"
    (mosul,) = events("Iraqi troops fought to clear the last militants from Mosul's Old City.")
    assert mosul.place is not None and mosul.place.name == "Mosul"


def test_a_province_after_a_city_and_a_comma_even_named_like_a_city() -> None:
    (train,) = events(
        "In Lac-Megantic, Quebec, police said at least 13 bodies had been recovered from the "
        "wreckage of Saturday's oil train explosion."
    )
    assert train.place is not None and train.place.name == "Lac-Megantic"
    # counter-example: a list of places is no city and its province
    assert [m.kind for m in scan("citing the fighting in Afrin, Idlib and eastern Ghouta")][:2] == [
        "city",
        "city",
    ]


def test_heavy_fighting_a_wrecking_and_taking_over_as() -> None:
    (fighting,) = events(
        "Heavy fighting was reported around Juba, Kiir's spokesman told reporters."
    )
    assert fighting.event_class == "incident"
    (xi,) = events("Xi Jinping takes over as China's president")
    assert xi.event_class == "policy"
    # counter-example: a ruin named, not a wrecking told
    (water,) = events(
        "Japan began releasing treated radioactive water from the wrecked Fukushima nuclear "
        "plant into the Pacific on Thursday."
    )
    assert water.event_class != "incident"


def test_craft_counted_between_a_toll_and_its_verb_are_no_second_count() -> None:
    crash = extract_casualties("All 89 people on board the two planes were killed.")
    assert crash.killed == 89
    # counter-example: a second count of people is no craft
    assert extract_casualties("Five soldiers and two civilians were killed.").killed != 5


def test_a_zone_a_city_owns_is_in_it_and_checks_tightened_are_a_decision() -> None:
    (bomb,) = events("Car bomb kills at least 10 at checkpoint outside Baghdad's Green Zone")
    assert bomb.place is not None and bomb.place.name == "Baghdad"
    (checks,) = events("Security checks were tightened at Moscow's airports on Wednesday.")
    assert checks.event_class == "policy"
    # counter-examples: a town outside which it happened, and checks only made
    (outside,) = events("Car bomb kills at least 10 at checkpoint outside Baqubah")
    assert outside.place is None
    (made,) = events("Security checks were made at Moscow's airports on Wednesday.")
    assert made.event_class != "policy"


def test_the_names_the_press_gave_states_before_geonames_did() -> None:
    (fire,) = events("In Macedonia, rebels and government forces exchanged fire in Tetovo.")
    assert fire.place is not None and fire.place.name == "Tetovo"
    (czech,) = scan("Floods hit towns in the Czech Republic on Sunday.")
    assert (czech.kind, czech.code, czech.locative) == ("country", "CZ", True)
    # counter-example: a republic not named
    assert scan("Floods hit towns in the republic on Sunday.") == []


def test_grenades_are_an_attack_and_a_museum_a_site_of_its_city() -> None:
    (grenades,) = events("Grenades tear into opposition rally in Phnom Penh")
    assert grenades.event_class == "incident"
    (museum,) = events("Nine German tourists killed in attack on bus outside Cairo museum")
    assert museum.place is not None and museum.place.name == "Cairo"
    # counter-examples: a rally alone, and a town outside which it happened
    (rally,) = events("Opposition rally in Phnom Penh")
    assert rally.event_class != "incident"
    (outside,) = events("Nine German tourists killed in attack on bus outside Baqubah")
    assert outside.place is None


def test_a_town_the_gazetteer_lacks_takes_the_state_its_report_names() -> None:
    tanker, _, strike = events(
        "Fuel tanker explosion in Majiya kills at least 94 in northern Nigeria",
        "The tanker overturned late on Tuesday in the town of Majiya and blew up.",
        "An Israeli air strike on the municipal headquarters in Nabatieh, in southern Lebanon, "
        "killed 16 people.",
        date="2024-10-16",
    )
    assert tanker.place is not None and tanker.place.country == "Nigeria"
    # counter-example: a report naming no state of its own takes the dispatch's
    assert country(strike) == "Lebanon"


def test_a_group_set_off_by_included_is_no_second_count() -> None:
    hurt = extract_casualties("595 people, fighters included, had been wounded.")
    assert hurt.injured == 595
    # counter-example: a count told inside the aside is another's
    assert extract_casualties("595 people, 20 included, had been wounded.").injured != 20


def test_a_british_county_after_a_town_qualifies_it() -> None:
    (lorry,) = events("Thirty-nine bodies found in refrigerated lorry trailer in Grays, Essex")
    assert lorry.place is not None
    assert (lorry.place.name, lorry.place.country) == ("Grays", "United Kingdom")
    # counter-example: the county's name alone is an American town's, as before
    assert [m.code for m in scan("a storm in Essex on Sunday")] == ["US"]


def test_two_groups_that_had_died_add_up() -> None:
    assert extract_casualties("Police said 38 adults and one teenager had died.").killed == 39
    # counter-example: one group alone
    assert extract_casualties("Police said one teenager had died.").killed == 1


def test_an_airline_and_a_boat_are_named_like_towns() -> None:
    (crash,) = events(
        "Families give DNA samples as Ahmedabad counts the dead of the Air India crash"
    )
    assert crash.place is not None and crash.place.name == "Ahmedabad"
    assert scan("the supply boat Unaizah May 4 on Tuesday") == []
    # counter-example: the town itself where the text places something
    assert [m.surface for m in scan("a car bomb in Unaizah on Tuesday")] == ["Unaizah"]


def test_resignations_accepted_and_a_government_commission_are_decisions() -> None:
    (resignations,) = events(
        "Boris Yeltsin accepted the resignations of Interior Minister Viktor Yerin and two "
        "other ministers over the handling of the hospital siege in Budyonnovsk."
    )
    assert resignations.event_class == "policy"
    (commission,) = events(
        "President Heydar Aliyev set up a government commission to establish whether the "
        "blaze was caused by sabotage."
    )
    assert commission.event_class == "policy"
    # counter-example: the siege itself
    (siege,) = events("The hospital siege in Budyonnovsk ended with dozens dead.")
    assert siege.event_class == "incident"


def test_in_a_city_named_like_a_person_opening_a_sentence() -> None:
    (bomb,) = events(
        "In Austin, Texas, a parcel bomb left on a doorstep exploded on Monday morning, "
        "killing a 17-year-old boy."
    )
    assert bomb.place is not None and bomb.place.name == "Austin"
    # counter-example: the person of that name
    assert scan("Austin said the troops would stay.")[0].kind == "state"


def test_one_dead_told_by_a_shooting_an_age_or_a_president() -> None:
    assert extract_casualties("A man shot during the protests died in hospital.").killed == 1
    assert extract_casualties("Police shot dead Keith Lamont Scott, 43, on Tuesday.").killed == 1
    assert extract_casualties("Chad's President Idriss Deby dies of wounds").killed == 1
    # counter-example: a president killed with an untold few
    sadat = "Soldiers fired on the stand, killing President Anwar Sadat and several others."
    assert extract_casualties(sadat).killed is None


def test_a_beating_is_a_happening() -> None:
    (funeral,) = events("Israeli police beat pallbearers at Shireen Abu Akleh's funeral")
    assert funeral.event_class == "incident"
    # counter-example: the funeral alone
    (mourning,) = events("Israeli police lined the route of Shireen Abu Akleh's funeral")
    assert mourning.event_class != "incident"


def test_agents_are_a_counted_group() -> None:
    crash = extract_casualties(
        "A helicopter crashed, killing seven American soldiers and three agents of the Drug "
        "Enforcement Administration."
    )
    assert crash.killed == 10
    # counter-example: agents named, none counted
    assert extract_casualties("A helicopter crashed, killing seven soldiers.").killed == 7


def test_a_two_word_town_spelled_otherwise_than_geonames_is_that_town() -> None:
    (ambush,) = events("Five Israeli soldiers were killed in Beit Hanoun on Monday night.")
    assert ambush.place is not None
    assert (ambush.place.name, ambush.place.country) == ("Beit Hanoun", "Palestine")
    # counter-example: short names are not matched on their consonants alone
    from streams.text.spellings import same_transliteration

    assert not same_transliteration("Bayt Ur", "Beit Or")
    assert same_transliteration("Bayt Hanun", "Beit Hanoun")


def test_a_share_of_a_whole_between_commas_is_no_count() -> None:
    wake = extract_casualties(
        "Officials said at least 51 people, about a sixth of the village's population, died."
    )
    assert wake.killed == 51
    # counter-example: the share alone gives no count
    assert extract_casualties("About a sixth of the village's population died.").killed is None


def test_the_seat_of_a_ministry_that_speaks_is_no_venue() -> None:
    _, sorties = events(
        "Russia begins air strikes in Syria",
        "By the afternoon the defence ministry in Moscow said its aircraft had flown some 20 "
        "sorties against eight Islamic State targets, destroying arms depots.",
        date="2015-09-30",
    )
    assert sorties.place is None or sorties.place.name != "Moscow"
    # counter-example: local officials speak of their own city
    _, local = events(
        "Shooting at parade",
        "Police in Kansas City said a gunman had opened fire at the parade, killing one woman.",
        date="2024-02-15",
    )
    assert local.place is not None and local.place.name == "Kansas City"


def test_hacked_to_death_with_the_dead_listed_by_group() -> None:
    killings = extract_casualties(
        "At least 131 people, 102 men, 17 women and 12 children, were shot or hacked to "
        "death in reprisal killings."
    )
    assert (killings.killed, killings.injured) == (131, None)
    # counter-example: shot, and nothing more, is hurt
    assert extract_casualties("Seven people were shot late on Thursday.").injured == 7


def test_one_found_dead_and_a_number_found_dead() -> None:
    assert extract_casualties("Radio Liberty journalist found dead in Kyiv building").killed == 1
    assert extract_casualties("Vira Hyrych's body was recovered from the rubble.").killed == 1
    migrants = "The number of migrants found dead in the trailer on Monday rose to 50."
    assert extract_casualties(migrants).killed == 50
    # counter-example: found alive
    assert (
        extract_casualties("Radio Liberty journalist found alive in Kyiv building").killed is None
    )


def test_who_the_counted_were_by_nationality_between_commas() -> None:
    clashes = extract_casualties(
        "NATO said 30 of its peacekeepers, Italian and Hungarian soldiers, were injured."
    )
    assert clashes.injured == 30
    # counter-example: the aside gives no count of its own
    aside = extract_casualties("The peacekeepers, Italian and Hungarian soldiers, were injured.")
    assert aside.injured is None


def test_one_named_to_take_over_from_another_and_the_dead_known() -> None:
    (reset,) = events(
        "Zelensky named Syrskyi, commander of the ground forces, to take over from Valerii "
        "Zaluzhnyi after weeks of reports of a rift."
    )
    assert reset.event_class == "policy"
    quake = "The number of people known to have died in the earthquake rose to more than 70."
    assert extract_casualties(quake).killed == 70
    # counter-examples: troops that take over a town, people known to be missing
    (town,) = events("Russian troops took over the town after weeks of fighting.")
    assert town.event_class != "policy"
    missing = "The number of people known to be missing rose to more than 70."
    assert extract_casualties(missing).killed is None
