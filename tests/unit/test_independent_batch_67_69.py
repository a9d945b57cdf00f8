"""Rules from the sixty-sixth to sixty-ninth independent batches (own-1601..1662: the wars
and the world of 2022-2025, in dev's style), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.classify import classify
from streams.text.dates import resolve_date
from streams.text.identity import is_update
from streams.text.places import scan
from tests.unit.extract_helpers import cities, country, events


def test_an_operation_for_an_illness_is_no_harm_and_a_stand_in_an_appointment() -> None:
    (stand_in,) = events(
        "Benjamin Netanyahu underwent prostate surgery on Sunday, with Justice Minister "
        "Yariv Levin standing in as acting prime minister.",
        date="2024-12-30",
    )
    assert stand_in.event_class == "policy"
    # counter-example: surgery after a shooting tells of the wound
    (wound,) = events(
        "Fico was flown by helicopter to a hospital in Banska Bystrica, where he underwent "
        "surgery for several hours.",
        date="2024-05-15",
    )
    assert wound.event_class == "incident"


def test_what_another_state_will_suffer_in_a_leader_s_words_is_a_statement() -> None:
    (threat,) = events(
        "President Ebrahim Raisi said Israel would certainly pay for the killing.",
        date="2023-12-26",
    )
    assert (threat.event_class, country(threat)) == ("diplomacy", "Iran")
    # counter-example: what the speaker's own state will do is its decision
    (pledge,) = events("Scholz said Germany would send more air defence systems.")
    assert pledge.event_class == "policy"


def test_the_question_a_leader_answers_is_no_happening() -> None:
    (answer,) = events(
        "Asked whether he would support Israeli strikes on Iran's oil facilities, US "
        'President Joe Biden told reporters: "We\'re discussing that."',
        date="2024-10-04",
    )
    assert (answer.event_class, country(answer)) == ("diplomacy", "United States")
    # counter-example: strikes told in the main clause are still the happening
    (strike,) = events("Israeli strikes on Iran's oil facilities killed two on Saturday.")
    assert strike.event_class == "incident"


def test_telling_the_displaced_not_to_return_is_an_order() -> None:
    (order,) = events(
        "The Israeli army told people who had fled villages in southern Lebanon not to "
        "return to their homes until further notice.",
        date="2024-10-03",
    )
    assert (order.event_class, country(order)) == ("policy", "Israel")
    # counter-example: people who fled a strike that killed are the strike's
    (strike,) = events("Thousands fled after a strike killed nine people in Nabatieh.")
    assert strike.event_class == "incident"


def test_a_toll_told_earlier_in_another_town_is_another_event() -> None:
    line = (
        "The Lebanese army said one of its soldiers was killed when Israeli forces targeted "
        "an army post in Bint Jbeil. Earlier, another soldier was killed and a second "
        "wounded in Taybeh during a rescue mission."
    )
    _, post, rescue = events("Israeli strikes hit southern Lebanon", line, date="2024-10-03")
    assert (post.city, post.killed) == ("Bint Jbeil", 1)
    assert (rescue.city, rescue.killed, rescue.injured) == ("Taybeh", 1, 1)
    # counter-example: told earlier in the same town, it is the same happening
    _, one = events(
        "Israeli strikes hit southern Lebanon",
        "A drone hit a car in Bint Jbeil, killing two. Earlier, a third man was killed in "
        "Bint Jbeil when the drone struck again.",
        date="2024-10-03",
    )
    assert one.city == "Bint Jbeil"
    # counter-example: one killed and another arrested is no wounded
    assert extract_casualties("A man was killed and another was arrested.").injured is None


def test_called_off_festivities_are_a_measure() -> None:
    (measure,) = events(
        "Bethlehem marked a subdued Christmas after the municipality called off the public "
        "festivities this year.",
        date="2023-12-26",
    )
    assert measure.event_class == "policy"
    # counter-example: a trip called off is a word between states
    (trip,) = events("Prime Minister Nawaz Sharif called off a planned visit to Britain.")
    assert trip.event_class == "diplomacy"


def test_a_happening_named_by_its_town_is_the_one_told_before() -> None:
    strike, _, toll = events(
        "Russian missiles slammed into a residential area of Kryvyi Rih on Wednesday, killing nine.",
        "In the Dnipropetrovsk region, a drone attack on Novomoskovsk on Thursday injured a girl.",
        "Vilkul later said 32 people had been wounded in the Kryvyi Rih strike.",
        date="2024-06-13",
    )
    assert (toll.incident_id, toll.event_date) == (strike.incident_id, "2024-06-12")
    # counter-example: the town struck again on another day is another happening
    first, _, again = events(
        "Russian missiles slammed into a residential area of Kryvyi Rih on Wednesday, killing nine.",
        "In the Dnipropetrovsk region, a drone attack on Novomoskovsk on Thursday injured a girl.",
        "On Thursday a drone hit Kryvyi Rih, wounding two.",
        date="2024-06-13",
    )
    assert again.incident_id != first.incident_id


def test_counts_by_gunfire_electrocution_and_people_named() -> None:
    hit = "Two police officers were hit by gunfire during the fireworks late on Monday."
    assert extract_casualties(hit).injured == 2
    assert extract_casualties("Two people were electrocuted by a downed power line.").killed == 2
    named = "Gunmen shot dead Yolanda Sánchez Figueroa, the mayor of Cotija, on Monday."
    assert extract_casualties(named).killed == 1
    appositive = "The mayor of Uruapan, Carlos Manzo, was shot dead at a festival."
    assert extract_casualties(appositive).killed == 1
    pair = "A two-year-old boy and a 41-year-old man who tried to protect the children were killed."
    assert extract_casualties(pair).killed == 2
    # counter-examples: a building hit by gunfire hurts no one, and the one who said who
    # was killed is not among them
    assert extract_casualties("The embassy was hit by gunfire overnight.").injured is None
    said = "A man and a woman who said they saw it were questioned; one was killed later."
    assert extract_casualties(said).killed != 2


def test_a_later_day_after_a_semicolon_does_not_split_off_the_harm() -> None:
    _, shooting = events(
        "Gunman kills eight in villages near Mladenovac",
        "The suspect opened fire from a moving car late on Thursday in the village of Dubona. "
        "Eight people were killed and 13 wounded; he was arrested on Friday morning.",
        date="2023-05-05",
    )
    assert (shooting.killed, shooting.injured) == (8, 13)
    # counter-example: harm told on a day of its own is still another happening
    _, first, second = events(
        "Strikes hit Kharkiv",
        "A missile hit Kharkiv late on Thursday. On Tuesday, a strike had killed two and "
        "wounded five in Kupiansk; rescuers worked all night.",
        date="2023-05-05",
    )
    assert (second.killed, second.event_date) == (2, "2023-05-02")
    assert first.incident_id != second.incident_id


def test_dissolving_amnesties_prosecutions_and_resolutions_are_decisions() -> None:
    lines = [
        "Mali's junta dissolves all political parties",
        "Myanmar's military government released 7,012 prisoners in an amnesty on Wednesday.",
        "The prosecutor general moved to prosecute the former minister for treason.",
        "Pakistan's National Security Committee resolved on Monday to deal with militant "
        "groups with the full force of the state.",
        "President Ferdinand Marcos Jr ordered the police and the armed forces to track down "
        "the attackers and protect local officials in the province.",
    ]
    assert [e.event_class for e in events(*lines, date="2025-05-13")] == ["policy"] * 5
    # counter-examples: a deal scrapped is still a deal, the rights group is no pardon, and
    # leaders on a hotline talk
    scrapped, group, hotline = events(
        "Sudan's military council scraps deal with protest leaders",
        "Amnesty International condemned the executions and urged Iran to halt them.",
        "The army chiefs of India and Pakistan spoke by hotline on Monday and agreed that "
        "neither side would fire a single shot.",
        date="2025-05-13",
    )
    assert "deal" in scrapped.cues
    assert group.event_class == "diplomacy"
    assert hotline.event_class == "diplomacy"
    # counter-example: firing done is a happening
    (fired,) = events(
        "Troops fired on the crowd on Monday, and officers said they would fire again."
    )
    assert fired.event_class == "incident"


def test_a_state_telling_of_its_own_decision_is_the_decision() -> None:
    (refusal,) = events(
        "Spain said it had refused permission for a ship carrying arms to Israel to dock."
    )
    assert refusal.event_class == "policy"
    (held_back,) = events("The White House said it was holding back about $800m in military aid.")
    assert held_back.event_class == "policy"
    # counter-example: an organisation's word on what it is ready to do is relations
    (offer,) = events(
        "The United Nations said it was ready to send experts to investigate if both sides agreed."
    )
    assert offer.event_class == "diplomacy"


def test_a_line_opening_on_the_same_morning_is_on_the_day_before_it() -> None:
    _, ryazan, engels = events(
        "Drone attack sets fuel tank ablaze at Kursk airfield",
        "On Monday a fuel truck exploded at the Dyagilevo air base near Ryazan, killing three.",
        "The same morning two aircraft were slightly damaged at the bomber base in Engels.",
        date="2022-12-06",
    )
    assert (ryazan.event_date, engels.event_date) == ("2022-12-05", "2022-12-05")
    # counter-example: inside a line, the same evening is that line's own act's
    _, _, signed = events(
        "Russian glide bomb hits Kramatorsk",
        "Late on Monday, Russian drones struck the town of Putyvl, injuring 13.",
        "The Verkhovna Rada voted to curb the anti-corruption bureau, and Zelensky signed "
        "the bill into law the same evening.",
        date="2025-07-22",
    )
    assert signed.event_date == "2025-07-22"


def test_one_known_town_in_a_list_of_unknown_ones_is_several_places() -> None:
    (fire,) = events(
        "Fanned by strong winds, the fire that started in Uiseong county jumped into Andong, "
        "Cheongsong, Yeongyang and Yeongdeok late on Tuesday, killing at least 18 people.",
        date="2025-03-26",
    )
    assert (fire.city, country(fire), fire.killed) == (None, "South Korea", 18)
    # counter-example: a town the fire is in, before other towns it threatens, is the place
    (threat,) = events(
        "The fire killed two people in Andong, and Cheongsong, Yeongyang and Yeongdeok were "
        "evacuated on Tuesday.",
        date="2025-03-26",
    )
    assert threat.city == "Andong"


def test_one_swept_away_and_later_found_dead_is_one_dead() -> None:
    text = "In Ulsan, a man in his 20s was swept away by a swollen stream and was later found dead."
    assert extract_casualties(text).killed == 1
    # counter-example: one who was found alive is no dead
    found = "A man in his 20s was swept away by a swollen stream and was later found alive."
    assert extract_casualties(found).killed is None


def test_what_came_down_is_a_happening_and_what_came_hours_before_it_a_backdrop() -> None:
    _, crash, meeting = events(
        "Iran's President Raisi killed in helicopter crash",
        "The helicopter carrying Ebrahim Raisi, Foreign Minister Hossein Amirabdollahian and "
        "six others came down in thick fog on Sunday in East Azerbaijan province.",
        "Hours before the crash, Raisi had met President Ilham Aliyev of Azerbaijan on Sunday "
        "to open a dam on the Aras river.",
        date="2024-05-20",
    )
    assert (crash.event_class, crash.event_date) == ("incident", "2024-05-19")
    assert (meeting.event_class, country(meeting)) == ("diplomacy", "Iran")
    # counter-example: a happening told after such an opening is still the happening
    _, strike = events(
        "Russia strikes Kyiv before call",
        "Hours before the call, a Russian missile attack on Kyiv killed one person.",
        date="2024-05-20",
    )
    assert (strike.event_class, strike.killed) == ("incident", 1)


def test_him_his_wife_and_their_children_are_counted_together() -> None:
    text = "The strike hit his home early on Monday, killing him, his wife and their six children."
    assert extract_casualties(text).killed == 8
    # counter-example: him and one relative named are two
    assert extract_casualties("The bomb exploded, killing him and his wife.").killed != 8


def test_power_handed_over_an_envoy_sent_and_a_move_dismissed() -> None:
    handover, envoy, rebuttal = events(
        "Yemen's Hadi hands power to new presidential council",
        "Kallas said the EU would send a senior envoy to Damascus to make contact with the "
        "new authorities.",
        "The Houthis dismissed the move as illegitimate, and their chief negotiator said the "
        "future of Yemen would not be decided outside the country.",
        date="2022-04-07",
    )
    assert handover.event_class == "policy"
    assert envoy.event_class == "diplomacy"
    assert rebuttal.event_class == "diplomacy"
    # counter-examples: troops sent are a measure, and ministers dismissed an act
    troops, sacked = events(
        "Germany said it would send a brigade to Lithuania.",
        "Zelensky dismissed the defence minister on Monday.",
        date="2022-04-07",
    )
    assert (troops.event_class, sacked.event_class) == ("policy", "policy")


def test_a_toll_placed_in_another_state_s_region_is_not_a_city_s_update() -> None:
    _, pohang, quake = events(
        "Seven found dead in flooded Pohang car park after Typhoon Hinnamnor",
        "In Pohang, rescuers pulled seven bodies from a flooded car park on Tuesday.",
        "In China's Sichuan province, the death toll from Monday's earthquake centred on "
        "Luding county rose to 74, state media said.",
        date="2022-09-07",
    )
    assert (quake.city, country(quake), quake.event_date) == (None, "China", "2022-09-05")
    assert quake.incident_id != pohang.incident_id
    # counter-example: a possessive naming a state's service places nothing
    _, depot, source = events(
        "Ukrainian drones set off huge blasts at arms depot in Russia's Toropets",
        "Drones hit a military arsenal on the edge of Toropets, a town in the Tver region.",
        "A source in Ukraine's security service said the depot had stored missiles and shells.",
        date="2024-09-18",
    )
    assert source.incident_id == depot.incident_id


def test_the_tremor_felt_across_a_border_is_on_the_quake_s_day() -> None:
    _, _, felt = events(
        "Rescuers in Tibet search ruins after quake kills 126",
        "The magnitude 6.8 earthquake struck Tingri county at 9:05 am on Tuesday; officials "
        "said 126 people were killed.",
        "The tremor was also felt strongly in Kathmandu; no casualties were reported there.",
        date="2025-01-08",
    )
    assert (felt.city, felt.event_date) == ("Kathmandu", "2025-01-07")
    # counter-example: a quake of its own in another town, undated, is on the dispatch's day
    _, _, other = events(
        "Rescuers in Tibet search ruins after quake kills 126",
        "The magnitude 6.8 earthquake struck Tingri county at 9:05 am on Tuesday; officials "
        "said 126 people were killed.",
        "Police in Kathmandu said a gas blast killed two people in a market.",
        date="2025-01-08",
    )
    assert other.event_date == "2025-01-08"


def test_a_report_led_by_an_unknown_town_and_a_neighbourhood_of_a_city() -> None:
    (touline,) = events("In Touline, a strike on a house killed five people.", date="2025-03-22")
    assert (touline.city, touline.killed) == ("Touline", 5)
    (ramot,) = events(
        "A driver slammed his car into a bus stop in the Ramot neighbourhood of Jerusalem on "
        "Friday, killing two people.",
        date="2023-02-11",
    )
    assert ramot.city == "Jerusalem"
    # counter-examples: a leading name the text calls a region is no town, and a city's
    # own neighbourhood keeps the city
    (region,) = events("In Sindh province, floods killed five people.", date="2022-08-30")
    assert region.city is None
    (shejaiya,) = events(
        "Israeli artillery shelled the eastern Gaza City neighbourhood of Shejaiya, killing 60.",
        date="2014-07-20",
    )
    assert shejaiya.city == "Gaza City"


def test_a_village_named_with_its_article_and_a_videographer_killed() -> None:
    (shelling,) = events(
        "Shells hit journalists as they filmed in Alma al-Shaab, a village in south Lebanon "
        "close to the Israeli border, killing one of them.",
        date="2023-10-13",
    )
    assert (shelling.city, country(shelling)) == ("Alma al-Shaab", "Lebanon")
    headline = "Reuters videographer killed, six journalists hurt by shelling in south Lebanon"
    assert extract_casualties(headline).killed == 1
    # counter-example: a village apposed without an article keeps its one name
    (raid,) = events("Troops raided Jaba, a village near Jenin, killing three.", date="2023-03-09")
    assert raid.city == "Jaba"


def test_a_name_that_rose_is_no_toll_and_near_a_city_s_old_city_is_in_it() -> None:
    headline, stabbing = events(
        "Border police officer stabbed to death near Jerusalem's Old City",
        "A Palestinian attacker stabbed two border police officers near Herod's Gate on "
        "Monday. Elisheva Rose Ida Lubin, 20, died of her wounds and the other officer was "
        "lightly hurt, police said.",
        "In south Lebanon, an Israeli strike on a car near the village of Ainata on Sunday "
        "killed four civilians.",
        date="2023-11-06",
    )[:2]
    assert (headline.city, headline.event_date) == ("Jerusalem", "2023-11-06")
    assert (stabbing.killed, stabbing.injured, stabbing.event_date) == (1, 1, "2023-11-06")
    # counter-examples: a toll that rose is an update, and near a town's outskirts is near
    assert is_update("By Tuesday the toll rose to 12.")
    (outside,) = events("A drone hit a field near Kharkiv's outskirts on Monday.")
    assert outside.city is None


def test_apologies_arrivals_water_cannon_and_a_death_late_on_a_day() -> None:
    apology, arrival, cannon = events(
        "Putin apologises to Aliyev over 'tragic incident' after Azerbaijani airliner crash",
        "Portuguese Prime Minister Antonio Costa arrived in Kyiv to join Ukraine's "
        "Independence Day events.",
        "Police had also dispersed protesters in Tbilisi with water cannon on Thursday night.",
        date="2024-12-28",
    )
    assert (apology.event_class, country(apology)) == ("diplomacy", "Russia")
    assert arrival.event_class == "diplomacy"
    assert cannon.event_class == "incident"
    died = "Darya Dugina, 29, died late on Saturday when the car she was driving blew up."
    assert extract_casualties(died).killed == 1
    # counter-example: leaders who clash at the White House trade words, no blows
    (row,) = events("Trump and Zelensky clash at the White House in Washington", date="2025-02-28")
    assert row.event_class == "diplomacy"


def test_the_attackers_in_a_town_named_before_are_on_that_attack_s_day() -> None:
    _, _, derbent = events(
        "Gunmen attack churches, synagogues and police in Dagestan",
        "Militants opened fire on Sunday evening in Derbent and Makhachkala.",
        "In Derbent, the attackers set fire to a synagogue and a church, killing two people.",
        date="2024-06-24",
    )
    assert (derbent.city, derbent.event_date) == ("Derbent", "2024-06-23")
    # counter-example: a town the dated report did not name keeps the dispatch's day
    _, _, other = events(
        "Gunmen attack churches, synagogues and police in Dagestan",
        "Militants opened fire on Sunday evening in Derbent and Makhachkala.",
        "In Kaspiysk, the attackers set fire to a police car, killing two people.",
        date="2024-06-24",
    )
    assert other.event_date == "2024-06-24"


def test_one_named_then_described_by_a_bare_title_is_one_dead() -> None:
    text = (
        "Kirill Stremousov, deputy head of the Moscow-installed administration of the Kherson "
        "region, was killed in a car crash, occupation officials said."
    )
    assert extract_casualties(text).killed == 1
    # counter-example: a speaker so described tells of no death of his own
    said = "Kirill Stremousov, deputy head of the administration, said the bridge was hit."
    assert extract_casualties(said).killed is None


def test_appointments_resignations_removals_and_holidays_are_decisions() -> None:
    lines = [
        "Johnson moved quickly to appoint Nadhim Zahawi as chancellor.",
        "Zelensky had also named Umerov to head the Ukrainian delegation on Thursday.",
        "Several Georgian ambassadors, among them the envoy to Washington, resigned in protest.",
        "Ben-Gvir announced that the Tel Aviv police commander would be removed from his post.",
        "President Alberto Fernández declared Friday a national holiday.",
        "The Lebanese army said it was reinforcing its deployment south of the Litani river.",
    ]
    assert [e.event_class for e in events(*lines)] == ["policy"] * 6
    # counter-examples: an envoy sent is relations, and a delegation heading for talks too
    envoy, talks = events(
        "The EU would send a senior envoy to Damascus.",
        "Umerov will head to Istanbul for talks with the Russian delegation.",
    )
    assert (envoy.event_class, talks.event_class) == ("diplomacy", "diplomacy")


def test_a_grave_mistake_is_no_burial_and_a_meeting_over_a_crash_no_crash() -> None:
    (judgment,) = events(
        "Kremlin calls US delivery of ATACMS missiles to Ukraine a 'grave mistake'",
        date="2023-10-18",
    )
    assert (judgment.event_class, country(judgment)) == ("diplomacy", "Russia")
    assert classify("Security Council meets over Russian plane crash").event_class == "diplomacy"
    # counter-example: a mass grave found is a happening's trace
    (found,) = events("Investigators found a mass grave with 440 bodies near Izium.")
    assert found.event_class == "incident"


def test_telling_people_to_move_is_an_evacuation_order() -> None:
    headline, order = events(
        "Israel tells 1.1 million people in northern Gaza to move south",
        "The military told about 100,000 people in the east of Rafah to move to an expanded "
        "humanitarian zone, ahead of an operation in the city.",
        date="2023-10-13",
    )
    assert (headline.event_class, order.event_class) == ("policy", "policy")
    # counter-examples: telling people not to leave their shelters after a strike, and an
    # advance told after such an order, are the happenings
    _, strike, advance = events(
        "Strikes hit Sievierodonetsk",
        "In Sievierodonetsk, a Russian air strike hit a tank of nitric acid; the governor "
        "told residents not to leave their shelters.",
        "Israeli tanks pushed into Deir el-Balah for the first time, a day after the army "
        "told residents to leave.",
        date="2022-05-31",
    )
    assert (strike.event_class, advance.event_class) == ("incident", "incident")


def test_the_second_thing_a_leader_said_about_another_state_is_a_word_about_it() -> None:
    (word,) = events(
        "Presidential adviser Mykhailo Podolyak said actions speak louder than words and that "
        "Ukraine saw no sign Russia was leaving Kherson without a fight.",
        date="2022-11-10",
    )
    assert word.event_class == "diplomacy"


def test_a_camp_named_with_al_a_staging_area_at_a_crossing_and_a_wounded_count() -> None:
    _, camp, crossing = events(
        "Israeli strike on tent camp kills at least 40",
        "Bombs hit tents sheltering displaced families in al-Mawasi, the coastal zone west of "
        "Khan Younis, shortly after midnight; at least 40 people were killed.",
        "On Sunday, rockets fired by Hamas hit an army staging area at Kerem Shalom, killing "
        "three soldiers.",
        date="2024-09-10",
    )
    assert (camp.city, crossing.city) == ("al-Mawasi", "Kerem Shalom")
    raised = "The Pentagon later raised the number of service members wounded to more than 40."
    assert extract_casualties(raised).injured == 40
    # counter-example: a group named with al- is no town
    (claim,) = events("Al-Shabaab fighters hit a base in Somalia, killing ten.", date="2024-09-10")
    assert claim.city is None


def test_a_toll_of_an_earlier_day_is_not_a_placed_headline_s() -> None:
    headline, _, toll = events(
        "Hamas rockets pound Ashkelon after warning residents to leave",
        "Rockets hit several buildings in Ashkelon on Tuesday evening, and three people were hurt.",
        "Israeli officials said the number of people killed in the Hamas assault on southern "
        "Israel on Saturday had passed 900.",
        date="2023-10-10",
    )
    assert (toll.city, toll.event_date, toll.killed) == (None, "2023-10-07", 900)
    assert toll.incident_id != headline.incident_id
    # counter-example: an unplaced headline still takes the toll the body dates before it
    headline, toll = events(
        "Dozens killed in Russian strike",
        "A Russian missile strike on Saturday killed 30 people, officials said on Sunday.",
        date="2023-10-10",
    )
    assert toll.incident_id == headline.incident_id


def test_wishing_the_injured_well_is_sympathy_and_its_sender_acts_for_no_one_after() -> None:
    _, _, condolence, compensation = events(
        "Hundreds killed in Odisha train crash",
        "The Coromandel Express ran into a goods train in Balasore, in India's Odisha state, "
        "on Friday evening, killing 288 people.",
        "Russian President Vladimir Putin sent condolences to Modi and wished the injured a "
        "speedy recovery.",
        "The railway ministry also announced compensation of one million rupees.",
        date="2023-06-03",
    )
    assert (condolence.event_class, country(condolence)) == ("diplomacy", "Russia")
    assert country(compensation) == "India"
    # counter-example: the injured a strike left are still counted
    (strike,) = events("A strike hit a market in Kherson, and the injured were in hospital.")
    assert strike.event_class == "incident"


def test_leaks_plunges_flights_abroad_and_inquiries() -> None:
    leak, bus, flight, inquiry = events(
        "Deadly chlorine leak at Jordan's Aqaba port",
        "A tourist bus plunged off an overpass in Mestre on Tuesday evening.",
        "Iraq's foreign minister flew to Beirut on Monday to meet his Lebanese counterpart.",
        "Investigators and the judicial police opened separate inquiries into the cause.",
        date="2023-10-04",
    )
    assert (leak.event_class, leak.city) == ("incident", "Aqaba")
    assert bus.event_class == "incident"
    assert flight.event_class == "diplomacy"
    assert inquiry.event_class == "policy"
    # counter-example: a leader flying to a town to order the relief takes a decision
    (relief,) = events(
        "President Yudhoyono flew to the area on Saturday and ordered soldiers to help search "
        "for survivors and clear roads.",
        date="2006-05-28",
    )
    assert relief.event_class == "policy"


def test_a_village_of_several_words_apposed_is_named_whole() -> None:
    (slide,) = events(
        "The mudslide struck Kencho Shacha Gozdi, a remote village in southern Ethiopia, on "
        "Monday morning, killing 55 people.",
        date="2024-07-23",
    )
    assert slide.city == "Kencho Shacha Gozdi"
    # counter-example: a one-word village keeps its one word
    (raid,) = events("Gunmen attacked Seytenga, a commune in Seno province, killing 40.")
    assert raid.city == "Seytenga"


def test_one_killed_with_the_deputy_beside_him_is_two() -> None:
    text = (
        "An explosion killed the prosecutor general of the Luhansk People's Republic, Sergei "
        "Gorenko, and his deputy Ekaterina Steglenko, separatist officials said."
    )
    assert extract_casualties(text).killed == 2
    # counter-example: a deputy who speaks is no second dead
    said = "The blast killed the prosecutor general, and his deputy said the office was hit."
    assert extract_casualties(said).killed == 1


def test_saying_there_had_been_no_attack_is_a_denial() -> None:
    _, denial = events(
        "Blasts rock Russian air base in Crimea",
        "Russia's defence ministry said there had been no attack, and that aviation munitions "
        "stored at the base had detonated.",
        date="2022-08-09",
    )
    assert (denial.event_class, country(denial)) == ("diplomacy", "Russia")
    # counter-example: a base that says there were no casualties reports the blast
    _, report = events(
        "Blasts rock Russian air base in Crimea",
        "Officials said a blast hit the Saky air base in Novofedorivka and there were no "
        "casualties.",
        date="2022-08-09",
    )
    assert report.event_class == "incident"


def test_a_total_since_the_start_of_a_war_has_no_day() -> None:
    text = (
        "Russia's defence ministry acknowledged for the first time that 498 of its soldiers had "
        "been killed and 1,597 wounded since the start of its special military operation."
    )
    when = resolve_date(text, "2022-03-02")
    assert (when.day, when.vague) == (None, True)
    # counter-example: a happening ranked "for the first time since" keeps its day
    ranked = "Russian jets struck rebel positions in Aleppo province for the first time since 2016."
    assert resolve_date(ranked, "2024-11-30").day == "2024-11-30"


def test_a_total_since_a_dated_attack_has_no_day_and_named_areas_are_regions() -> None:
    text = (
        "Gaza's health ministry said on Friday that 1,900 people had been killed in the "
        "territory since the Hamas attack of October 7."
    )
    assert resolve_date(text, "2023-10-13").day is None
    assert cities("The raids on the Akashat and al-Qaim areas killed 16 people.") == []
    # counter-examples: an attack on a day told is dated, and a town's own districts name it
    assert resolve_date("The attack on October 7 killed 1,200.", "2023-10-13").day == "2023-10-07"
    assert cities("Drones struck the Kyivskyi and Shevchenkivskyi districts of Kharkiv.") == [
        "Kharkiv"
    ]


def test_the_kyiv_regime_is_a_government_not_a_place() -> None:
    (accusation,) = [
        m
        for m in scan("It called the crash a terrorist act by the Kyiv regime.")
        if m.surface == "Kyiv"
    ]
    assert accusation.standin
    # counter-example: the city where the regime sits is still a place after "in"
    (venue,) = [m for m in scan("Talks were held in Kyiv on Monday.") if m.surface == "Kyiv"]
    assert not venue.standin


def test_a_capital_threatened_is_its_government() -> None:
    (threatened,) = [
        m for m in scan("Putin threatens Kyiv with new missile") if m.surface == "Kyiv"
    ]
    assert threatened.standin
    # counter-example: a capital hit is a place
    (hit,) = [m for m in scan("A missile hit Kyiv on Monday.") if m.surface == "Kyiv"]
    assert not hit.standin


def test_a_strike_sought_a_plan_presented_and_a_day_marked() -> None:
    sought, plan = events(
        "Biden and Starmer discuss Ukraine's request to strike deep into Russia",
        "Marking the 1,000th day of the full-scale invasion, Zelensky presented to parliament "
        "a plan to strengthen the country's resilience.",
        date="2024-11-19",
    )
    assert sought.event_class == "diplomacy"
    assert plan.event_class == "policy"
    # counter-example: a strike told besides one sought is still a strike
    (struck,) = events("A strike hit Sumy on Monday, days after Kyiv asked to strike deeper.")
    assert struck.event_class == "incident"


def test_a_city_aimed_at_is_no_venue() -> None:
    (barrage,) = events(
        "Russia launched 29 missiles and 28 drones at Ukraine early on Sunday, aiming at Kyiv "
        "and the west of the country; 18 missiles were shot down.",
        date="2024-03-24",
    )
    assert (barrage.city, country(barrage)) == (None, "Ukraine")
    # counter-example: a city hit is the venue
    (hit,) = events("Russian missiles hit Kyiv early on Sunday, wounding two.", date="2024-03-24")
    assert hit.city == "Kyiv"


def test_a_city_in_a_list_of_places_something_happened_across_is_no_venue() -> None:
    (pagers,) = events(
        "Hand-held radios exploded across southern Lebanon, the Bekaa valley and Beirut's "
        "southern suburbs on Wednesday, killing at least 20 people.",
        date="2024-09-18",
    )
    assert (pagers.city, pagers.killed) == (None, 20)
    # counter-example: strikes across one city are in it
    (tehran,) = events(
        "Israeli jets struck targets across Tehran overnight, including the defence ministry, "
        "and killed two people.",
        date="2025-06-15",
    )
    assert tehran.city == "Tehran"


def test_where_the_accused_did_what_he_is_accused_of_is_not_the_line_s_venue() -> None:
    (raid,) = events(
        "On Tuesday six Palestinians were killed in a raid on the Jenin refugee camp, among "
        "them the gunman accused of shooting dead two Israeli brothers in Huwara last month.",
        date="2023-03-07",
    )
    assert (raid.city, raid.killed) == ("Jenin", 6)
    # counter-example: the bomb he is suspected of planting, told with its own place, is
    # the happening
    (bomb,) = events(
        "He is suspected of planting the bomb that exploded in New York's Chelsea district on "
        "Saturday night, injuring 29 people.",
        date="2016-09-19",
    )
    assert bomb.city == "New York"


def test_a_town_placed_in_a_province_or_off_a_city_is_a_town() -> None:
    (macomia,) = events(
        "More than 100 fighters entered Anefis, in the Kidal region, at dawn on Friday, "
        "killing three soldiers.",
        date="2023-10-10",
    )
    assert macomia.city == "Anefis"
    (sireha,) = events(
        "Fighters of the Rapid Support Forces attacked Al-Sireha, north of Wad Madani, on "
        "Friday, killing at least 124 people.",
        date="2024-10-26",
    )
    assert (sireha.city, sireha.killed) == ("Al-Sireha", 124)
    # counter-examples: near a village so placed is near it, and a weekday is no town
    (near,) = events(
        "Assailants attacked soldiers near the village of Tabatol, in the Tillaberi region, "
        "on Monday, killing 29.",
        date="2023-10-03",
    )
    assert near.city is None
    (said,) = events("Officials said on Sunday, in the Borno state capital, that 30 were killed.")
    assert said.city is None


def test_a_lawmaker_and_her_husband_killed_are_two() -> None:
    headline = "Gunman kills Minnesota lawmaker and her husband in Brooklyn Park"
    assert extract_casualties(headline).killed == 2
    body = "Melissa Hortman and her husband Mark were both shot dead at their home on Saturday."
    assert extract_casualties(body).killed == 2
    # counter-example: a husband who spoke after the killing is no second dead
    said = "A gunman killed the lawmaker, and her husband said he heard two shots."
    assert extract_casualties(said).killed == 1


def test_a_chief_shot_dead_is_one_dead() -> None:
    headline = "Health insurance chief shot dead outside New York hotel"
    assert extract_casualties(headline).killed == 1
    # counter-example: a chief who speaks of the dead counts none himself
    said = "The police chief said the gunman fled."
    assert extract_casualties(said).killed is None


def test_a_minister_replaced_and_a_reshuffle_are_decisions() -> None:
    replaced, reshuffle = events(
        "Putin moves to replace Shoigu with economist Andrei Belousov as defence minister",
        "In a reshuffle announced late on Sunday, the Kremlin said Sergei Shoigu, defence "
        "minister since 2012, would become secretary of the Security Council, replacing "
        "Nikolai Patrushev.",
        date="2024-05-12",
    )
    assert (replaced.event_class, reshuffle.event_class) == ("policy", "policy")
    # counter-example: a spokesman's word on what a reshuffle will not change is his word
    (word,) = events(
        "Kremlin spokesman Dmitry Peskov said the reshuffle would not change the course of "
        "what Moscow calls its special military operation.",
        date="2024-05-13",
    )
    assert word.event_class == "diplomacy"


def test_nominations_executive_orders_and_indictments_are_decisions() -> None:
    lines = [
        "Trump said he would nominate Jared Isaacman to head NASA and Paul Atkins to lead the "
        "Securities and Exchange Commission.",
        "Trump also signed an executive order placing federal regulators under closer control.",
        "Manhattan prosecutors unsealed a 34-count indictment charging Donald Trump.",
    ]
    assert [e.event_class for e in events(*lines, date="2025-02-18")] == ["policy"] * 3
    # counter-example: a prisoner exchange is still an exchange between states
    (swap,) = events("Russia and Ukraine carried out a prisoner exchange on Monday.")
    assert swap.event_class == "diplomacy"


def test_those_being_treated_are_hurt_and_a_toll_confirmed_later_is_no_other_happening() -> None:
    text = (
        "Officials said 20 bodies had been recovered and more than 290 people were being treated."
    )
    assert extract_casualties(text).injured == 290
    _, fire = events(
        "Fire guts Valencia apartment block",
        "In Valencia, firefighters searched the burnt-out shell of an apartment block where a "
        "fire on Thursday evening spread across the facade. Officials confirmed on Friday that "
        "four people had died and 15 were injured.",
        date="2024-02-24",
    )
    assert (fire.killed, fire.injured) == (4, 15)
    # counter-example: someone being treated unkindly is no casualty
    assert extract_casualties("Migrants said they were being treated badly.").injured is None


def test_bringing_citizens_home_is_a_decision_and_one_killed_along_with_others() -> None:
    (operation,) = events(
        "India launched Operation Kaveri on Monday to evacuate about 3,000 of its citizens "
        "stranded by the fighting in Sudan.",
        date="2023-04-25",
    )
    assert (operation.event_class, country(operation)) == ("policy", "India")
    text = (
        "The Taliban governor of Balkh province was killed by a suicide bomber at his office "
        "on Thursday along with two other people."
    )
    assert extract_casualties(text).killed == 3
    # counter-example: a state's word on its citizens among the dead is relations
    (word,) = events(
        "South Korea's foreign ministry said two of its citizens were among the dead and "
        "that it was sending consular staff.",
        date="2025-09-04",
    )
    assert word.event_class == "diplomacy"


def test_a_total_since_clashes_which_began_on_a_day_has_no_day() -> None:
    text = (
        "The clashes between the two communities, which began on May 3, have killed more than "
        "100 people, according to officials."
    )
    assert resolve_date(text, "2023-06-16").day is None
    # counter-example: a strike which began on a day is on that day
    assert resolve_date("The strike, which began on May 3, killed five.", "2023-06-16").day == (
        "2023-05-03"
    )


def test_a_name_before_communities_is_a_people() -> None:
    text = "Clashes between the Meitei and Kuki communities have killed more than 100 people."
    assert cities(text) == []
    # counter-example: a Ukrainian town's territorial community is the town
    assert cities("In the Storozhynets community, a drone damaged a house.") == ["Storozhynets"]


def test_a_village_named_before_the_word_village_after_an_attack() -> None:
    (raid,) = events(
        "Late on Tuesday, gunmen attacked Khamenlok village, on the edge of Imphal East "
        "district, killing nine people.",
        date="2023-06-16",
    )
    assert raid.city == "Khamenlok"
    # counter-example: the village of a district named after it is not the district's
    (other,) = events("Gunmen attacked the district headquarters in Imphal, killing two.")
    assert other.city == "Imphal"


def test_what_tehran_called_hedges_and_a_town_inside_a_named_province_is_not_elsewhere() -> None:
    _, raid = events(
        "Pakistan strikes militant hideouts in Iran",
        "The raid came two days after Iranian missiles and drones hit what Tehran called "
        "bases of the Jaish al-Adl militant group in Pakistan's Balochistan province.",
        date="2024-01-18",
    )
    assert raid.event_class == "incident"
    _, strike = events(
        "Pakistan strikes militant hideouts in Iran",
        "The exchange followed an Iranian missile and drone strike on Tuesday on what Tehran "
        "called bases in Pakistan's Balochistan province; Islamabad said two children were "
        "killed and three girls injured in Panjgur.",
        date="2024-01-18",
    )
    assert (strike.city, strike.killed, strike.event_date) == ("Panjgur", 2, "2024-01-16")
    # counter-example: a strike in one town and another in a second town are two
    _, first, second = events(
        "Blasts hit Balochistan",
        "A bomb exploded in Pishin, killing five; a second blast hit an office in Quetta, "
        "killing three.",
        date="2024-02-07",
    )
    assert (first.killed, second.killed) == (5, 3)


def test_a_second_city_after_comma_in_places_the_first() -> None:
    (crash,) = events(
        "The plane slammed into a furniture shop in the centre of Gramado, in Rio Grande do "
        "Sul, killing ten.",
        date="2024-12-22",
    )
    assert crash.city == "Gramado"
    # counter-example: two cities joined by "and" are two places, neither the venue
    (both,) = events("Strikes hit Kharkiv and Odesa on Monday, killing ten.")
    assert both.city is None


def test_an_eighth_death_and_the_pilot_and_a_mechanic() -> None:
    eighth = "The health directorate said that an eighth person had died of gunshot wounds."
    assert extract_casualties(eighth).killed == 8
    crew = "A helicopter crashed in Galvarino, killing the pilot and a mechanic."
    assert extract_casualties(crew).killed == 2
    # counter-example: an eighth person rescued is no death
    rescued = "Rescuers said an eighth person had been pulled out alive."
    assert extract_casualties(rescued).killed is None


def test_a_leader_ordering_his_own_forces_or_a_review_decides() -> None:
    rescue, review = events(
        "Nigerian President Muhammadu Buhari condemned the train attack and ordered the "
        "security services to rescue those who were abducted.",
        "President Bola Tinubu said he was deeply saddened and ordered a review of safety "
        "rules for the transport of fuel by road.",
        date="2025-01-19",
    )
    assert (rescue.event_class, review.event_class) == ("policy", "policy")
    # counter-example: a leader who condemns and urges another state speaks to it
    (appeal,) = events("Buhari condemned the attack and urged Niger to secure the border.")
    assert appeal.event_class == "diplomacy"


def test_a_city_at_the_head_of_a_longer_spanish_name_is_not_that_city() -> None:
    (riot,) = events(
        "Dozens killed in gang fight at prison in Ecuador's Santo Domingo de los Tsachilas",
        date="2022-05-09",
    )
    assert riot.city != "Santo Domingo"
    # counter-example: the city named alone is the city
    (other,) = events("A fire in Santo Domingo killed three people.", date="2022-05-09")
    assert other.city == "Santo Domingo"


def test_a_military_s_word_on_assaults_it_repelled_reports_the_fighting() -> None:
    _, fighting = events(
        "Second Russian missile hits Zaporizhzhia as rescuers reach scene of first strike",
        "Ukraine's military said its troops had repelled Russian assaults near Chasiv Yar, west "
        "of Bakhmut, where Moscow has been massing forces.",
        date="2024-04-05",
    )
    assert fighting.event_class == "incident"
    # counter-example: a ministry's word on another state's aims is relations
    (word,) = events("Russia's defence ministry said Kyiv was preparing a provocation.")
    assert word.event_class == "diplomacy"


def test_congress_in_a_dispatch_naming_no_american_actor_is_its_own_state_s() -> None:
    _, vote = events(
        "Peru protest toll rises after soldiers and demonstrators clash at Ayacucho airport",
        "Congress voted down a constitutional amendment that would have brought elections "
        "forward to December 2023.",
        date="2022-12-16",
    )
    assert country(vote) == "Peru"
    # counter-example: with Washington in the dispatch, Congress is the US Congress
    _, bill = events(
        "Biden urges Congress to pass Ukraine aid",
        "Congress voted down the aid bill on Thursday.",
        date="2024-02-02",
    )
    assert country(bill) == "United States"


def test_one_also_killed_is_one_dead() -> None:
    text = "A seven-year-old girl was also killed in neighbouring Ubatuba when a landslide hit."
    assert extract_casualties(text).killed == 1
    # counter-example: one also rescued is no death
    assert extract_casualties("A seven-year-old girl was also rescued.").killed is None


def test_a_siege_ordered_is_a_decision_and_a_un_complaint_relations() -> None:
    siege, _ = events(
        "Israel orders complete siege of Gaza as toll from Hamas attack passes 900",
        "Gallant said there would be no electricity, no food and no fuel for the Gaza Strip.",
        date="2023-10-09",
    )
    assert siege.event_class == "policy"
    complaint, _ = events(
        "Lebanon to file UN complaint after Israeli strike kills three girls and their grandmother",
        "An Israeli strike on Sunday evening hit a car in the village of Ainata, killing four.",
        date="2023-11-06",
    )
    assert complaint.event_class == "diplomacy"
    # counter-example: a siege laid is a happening
    (besieged,) = events("Russian forces laid siege to Mariupol on Monday, shelling it.")
    assert besieged.event_class == "incident"


def test_a_leader_saying_his_state_would_supply_arms_decides() -> None:
    (supply,) = events("Store said Norway would supply F-16 fighter jets to Ukraine.")
    assert supply.event_class == "policy"
    # counter-example: what another state will suffer is still a word about it
    (threat,) = events("President Ebrahim Raisi said Israel would certainly pay for the killing.")
    assert threat.event_class == "diplomacy"


def test_ages_between_commas_nobody_hurt_and_their_daughter_injured() -> None:
    assert extract_casualties("Two women, aged 47 and 59, were wounded by shelling.").injured == 2
    text = "Air defences shot one down and no one was hurt by falling debris, officials said."
    assert extract_casualties(text).injured == 0
    daughter = "Two people were killed and their teenage daughter was injured."
    assert extract_casualties(daughter).injured == 1
    # counter-example: their house damaged hurts no one
    assert extract_casualties("Their house was damaged by the blast.").injured is None


def test_forces_that_clashed_with_troops_report_the_fighting() -> None:
    _, raid = events(
        "Ukrainian special forces raid Crimea",
        "Ukraine's military intelligence said special forces had landed near Cape Tarkhankut "
        "early on Thursday and clashed with Russian troops.",
        date="2023-08-24",
    )
    assert raid.event_class == "incident"
    # counter-example: a timing that clashed with a holiday is no fighting
    _, timing = events(
        "Leaders meet in Washington",
        "Netanyahu did not attend; his office said the timing clashed with a Jewish holiday.",
        date="2023-08-24",
    )
    assert timing.event_class != "incident"


def test_a_sum_agreed_is_a_decision() -> None:
    (aid,) = events("EU leaders agree €50bn for Ukraine after Orbán drops veto", date="2024-02-01")
    assert aid.event_class == "policy"
    # counter-example: leaders who agree to meet keep talking
    (meeting,) = events("EU and Chinese leaders agreed to meet again in Beijing.")
    assert meeting.event_class == "diplomacy"


def test_a_meeting_the_line_opens_on_is_relations() -> None:
    (meeting,) = events(
        "US Defense Secretary Lloyd Austin met Israeli leaders in Tel Aviv on Friday and "
        "pledged that more American weapons were on the way.",
        date="2023-10-13",
    )
    assert meeting.event_class == "diplomacy"
    # counter-examples: a state's own cabinet meeting decides, and a visit that dates a
    # toll does not outweigh it
    (cabinet,) = events("Israel's war cabinet met on Sunday and approved the offensive.")
    assert cabinet.event_class == "policy"
    _, collapse = events(
        "Genoa bridge collapses",
        "The viaduct gave way at midday on Tuesday. When Prime Minister Giuseppe Conte visited "
        "the site on Tuesday evening, at least 22 deaths had been confirmed.",
        date="2018-08-15",
    )
    assert collapse.event_class == "incident"


def test_compensation_for_the_families_of_those_killed_is_a_decision() -> None:
    _, payment = events(
        "Hundreds killed in Odisha train crash",
        "Prime Minister Narendra Modi, who visited the crash site and met the injured in "
        "hospital, announced 200,000 rupees for the family of each person killed from his "
        "relief fund.",
        date="2023-06-03",
    )
    assert payment.event_class == "policy"
    # counter-example: the families of those killed, told as hit, are the happening's
    (strike,) = events("A strike killed a family of five in Kherson on Monday.")
    assert strike.event_class == "incident"


def test_an_order_that_a_craft_be_shot_down_is_a_decision() -> None:
    (order,) = events(
        "Joe Biden said he had ordered on Wednesday that the balloon be shot down as soon as "
        "it could be done without risk to people on the ground.",
        date="2023-02-04",
    )
    assert (order.event_class, country(order)) == ("policy", "United States")
    # counter-example: a balloon shot down is the happening
    (downed,) = events("A US fighter jet shot down the balloon off South Carolina on Saturday.")
    assert downed.event_class == "incident"


def test_authorising_another_state_to_strike_is_a_decision() -> None:
    (authorised,) = events(
        "On Sunday US officials said Biden had authorised Ukraine to use the missiles for "
        "strikes inside Russia.",
        date="2024-11-19",
    )
    assert (authorised.event_class, country(authorised)) == ("policy", "United States")
    # counter-example: the strikes made with them are the happening
    (used,) = events("Ukraine used the missiles for strikes inside Russia on Tuesday.")
    assert used.event_class == "incident"


def test_a_name_at_the_head_of_a_hyphenated_province_is_no_town() -> None:
    _, strike = events(
        "Pakistan strikes militants in Iran",
        "Pakistan said its forces hit 'terrorist hideouts' in Iran's Sistan-Baluchestan "
        "province early on Thursday; an Iranian provincial official said nine people were "
        "killed, four of them children.",
        date="2024-01-18",
    )
    assert (strike.city, strike.killed) == (None, 9)
    # counter-example: a town the gazetteer knows whole, hyphen and all, is still read
    assert cities("Shelling hit Rostov-on-Don on Monday.") == ["Rostov-on-Don"]
