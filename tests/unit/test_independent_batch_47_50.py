"""Rules from the forty-seventh to fiftieth independent batches (own-1253..1316: the world
and Ukraine and Israel's wars 2019-2025), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from tests.unit.extract_helpers import country, day, events


def test_the_line_s_own_country_picks_among_namesakes() -> None:
    _, brazil = events(
        "Russia says troops pull back; Putin meets Scholz in Moscow",
        "In Brazil, torrential rain set off mudslides in Petropolis, and the fire service said "
        "at least 18 people had been killed.",
        date="2022-02-15",
    )
    assert (brazil.city, country(brazil)) == ("Petropolis", "Brazil")
    # counter-example: with no country of its own the dispatch's context decides
    _, russia = events(
        "Russia says troops pull back; Putin meets Scholz in Moscow",
        "A fire in St Petersburg killed two people.",
        date="2022-02-15",
    )
    assert country(russia) == "Russia"


def test_a_hamlet_known_only_by_another_name_places_nothing_near_it() -> None:
    _, train = events(
        "Pakistan train derailment kills 30",
        "About ten coaches left the track near Sahara railway station on Sunday afternoon, "
        "and officials said at least 15 bodies had been recovered.",
        date="2023-08-06",
    )
    assert country(train) != "Yemen"


def test_a_camp_or_post_at_a_town_and_the_day_of_a_speaker_s_visit() -> None:
    (camp,) = events(
        "Jihadists killed at least 23 soldiers in an attack on an army camp at Dioura.",
        date="2019-03-18",
    )
    assert camp.city == "Dioura"
    assert (
        day(
            "President Idriss Deby, visiting the base on Tuesday, said 92 soldiers had died in an "
            "assault on Monday.",
            "2020-03-24",
        )
        == "2020-03-23"
    )
    # counter-examples: a camp in a known town; one day told, the visit's
    (ramstein,) = events("A fire broke out at the air base at Ramstein.", date="2019-03-18")
    assert ramstein.city == "Ramstein"
    assert (
        day("Deby, visiting the base on Tuesday, said the army would respond.", "2020-03-24")
        == "2020-03-24"
    )
    # and a visit a diplomacy line tells is its day, whatever else it names
    (visit,) = events(
        "Ursula von der Leyen, visiting Larnaca on Friday, said a sea corridor to Gaza could "
        "open as early as Sunday.",
        date="2024-03-08",
    )
    assert (visit.event_class, visit.event_date) == ("diplomacy", "2024-03-08")


def test_a_state_s_own_chamber_voting_is_a_decision() -> None:
    senate, assembly, un = events(
        "In Bogota, Colombia's Senate voted 75 to 0 to endorse the revised peace agreement with "
        "the FARC rebels.",
        "France's National Assembly voted to approve the security agreement Macron signed with "
        "Zelensky.",
        "The UN General Assembly voted 158 to 9 to demand an immediate ceasefire in Gaza.",
        date="2024-03-12",
    )
    assert (senate.event_class, assembly.event_class) == ("policy", "policy")
    # counter-example: the UN's vote is relations between states
    assert un.event_class == "diplomacy"


def test_removing_an_official_is_a_decision() -> None:
    (removal,) = events(
        "Zelensky removes security service chief and prosecutor general over treason cases",
        date="2022-07-17",
    )
    assert removal.event_class == "policy"
    # counter-example: troops removed from a place
    (troops,) = events(
        "Russia said it had removed its troops from the island after a Ukrainian strike.",
        date="2022-06-30",
    )
    assert troops.event_class != "policy"


def test_promised_attack_drones_and_a_repatriation_are_decisions() -> None:
    drones, repatriation = events(
        "Britain promises long-range attack drones as Zelensky visits Sunak",
        "The UK government launched the biggest peacetime repatriation in British history.",
        date="2023-05-15",
    )
    assert (drones.event_class, country(drones)) == ("policy", "United Kingdom")
    assert repatriation.event_class == "policy"
    # counter-example: attack drones that struck are an attack
    (strike,) = events(
        "Russian attack drones struck an energy facility in Odesa overnight, injuring two.",
        date="2023-05-15",
    )
    assert strike.event_class == "incident"


def test_one_person_killed_told_with_an_aside() -> None:
    soldier = extract_casualties(
        "A French soldier of the Barkhane force, Brigadier Ronan Pointeau, was killed on "
        "Saturday when his armoured vehicle struck a roadside bomb."
    )
    man = extract_casualties(
        "In occupied Crimea, a man who had gone to look at the waves was killed in Morske."
    )
    assert (soldier.killed, man.killed) == (1, 1)
    # counter-examples: a man and others; one who only spoke of the dead
    assert extract_casualties("A man who fled and two children were killed.").killed != 1
    assert extract_casualties("A man who said he saw it was hurt.").killed is None


def test_a_part_of_a_state_and_georgia_the_american_state() -> None:
    (quake,) = events(
        "A magnitude 6.8 earthquake centred in Taitung County shook south-eastern Taiwan on "
        "Sunday afternoon, buckling bridges.",
        date="2022-09-18",
    )
    assert country(quake) == "Taiwan"
    (newnan,) = events(
        "In Georgia, a tornado killed two people in Newnan on Thursday.", date="2023-01-13"
    )
    assert (newnan.city, country(newnan)) == ("Newnan", "United States")
    # counter-example: a town of the country Georgia
    (gori,) = events(
        "In Georgia, a tornado killed two people in Gori on Thursday.", date="2023-01-13"
    )
    assert (gori.city, country(gori)) == ("Gori", "Georgia")


def test_the_weekend_and_a_total_so_far_have_no_day() -> None:
    assert day("Two gunmen killed four people at a tavern at the weekend, police said.") is None
    assert day("Saudi Arabia hosted talks on Ukraine in Jeddah last weekend.") is None
    assert day("The monitor said the offensive had so far killed 255 people.") is None
    assert day("Thirteen officers had been killed since the unrest reached the city.") is None
    # counter-examples: a day of its own; a weekend day named
    assert day("Two gunmen killed four people at a tavern on Saturday.") == "2024-07-20"
    assert day("The offensive killed 25 people on Friday.") == "2024-07-26"


def test_single_victims_and_pairs_told_without_a_number() -> None:
    def figures(text: str) -> tuple[int | None, int | None]:
        got = extract_casualties(text)
        return got.killed, got.injured

    assert figures("A Sikh worshipper and a Taliban fighter were killed and seven wounded.") == (
        2,
        7,
    )
    assert figures("In the supermarket he killed a butcher and a customer.") == (2, None)
    assert figures("The car caught fire and the driver died; no one else was hurt.")[0] == 1
    assert figures("A nine-year-old boy died after a tree fell on him.") == (1, None)
    assert figures("A man attacked a guard with a knife, slightly wounding him.") == (None, 1)
    assert figures("Israeli troops kill Islamic Jihad commander in Tulkarm") == (1, None)
    assert figures("The crash killed six air force personnel and a civilian.") == (7, None)
    # counter-examples: a man among others; the dead told by number; wounding many
    assert figures("A man and two children died in the fire.")[0] != 1  # not one alone
    assert figures("The attack killed 12 people and wounded 30.") == (12, 30)
    assert figures("Troops kill two commanders in Jenin") == (2, None)


def test_a_toll_told_as_two_groups_is_their_sum() -> None:
    assert (
        extract_casualties("The spokesman put the toll at 53 soldiers and one civilian.").killed
        == 54
    )
    assert extract_casualties("The toll rose to 12 soldiers and 3 civilians.").killed == 15
    # counter-example: the dead and the wounded of one toll are not summed
    got = extract_casualties("Officials gave a toll of 5 dead and 12 wounded.")
    assert (got.killed, got.injured) == (5, 12)


def test_the_dead_of_one_place_told_as_a_part() -> None:
    assert (
        extract_casualties("Fifteen of the dead were in Kolkata, where streets flooded.").killed
        == 15
    )
    # counter-examples: a part of a toll told beside it; who the dead were
    assert (
        extract_casualties("The storm killed 72; fifteen of the dead were in Kolkata.").killed == 72
    )
    assert extract_casualties("Fifteen of the dead were children.").killed is None


def test_whom_a_leading_clause_meets_does_not_act() -> None:
    meeting, introducing = events(
        "After meeting Zelensky on the sidelines, Harris said the war remained an utter failure "
        "for Vladimir Putin.",
        "Introducing Zelensky at an event on the sidelines of the summit, President Joe Biden "
        "called him 'President Putin' before correcting himself.",
        date="2024-07-11",
    )
    assert (country(meeting), country(introducing)) == ("United States", "United States")
    (speaking,) = events(
        "Speaking in Kyrgyzstan on Thursday, Vladimir Putin said the US draft could become "
        "the basis of future agreements.",
        date="2025-11-28",
    )
    assert (speaking.city, country(speaking)) == (None, "Russia")
    # counter-example: the one who meets, as subject, acts
    (zelensky,) = events(
        "Zelensky met Harris on the sidelines and said Ukraine needed more air defence.",
        date="2024-06-15",
    )
    assert country(zelensky) == "Ukraine"


def test_a_war_s_name_places_no_incident() -> None:
    (radar,) = events(
        "US destroyer hits Houthi radar site in Yemen as Gaza war nears 100 days", date="2024-01-13"
    )
    assert country(radar) == "Yemen"
    # counter-example: a strike in Gaza itself
    (gaza,) = events("An Israeli strike in Gaza killed 12 people on Saturday.", date="2024-01-13")
    assert country(gaza) == "Palestine"


def test_a_bomb_s_weight_is_no_bombardment() -> None:
    (pause,) = events(
        "Washington paused a shipment of 1,800 2,000-pound bombs last week over concern about "
        "their use in densely populated areas.",
        date="2024-05-09",
    )
    assert (pause.event_class, country(pause)) == ("policy", "United States")
    # counter-example: artillery that pounds a town
    (shelling,) = events(
        "Russian artillery continued to pound Avdiivka on Monday.", date="2023-10-16"
    )
    assert shelling.event_class == "incident"


def test_an_article_that_takes_the_sound_of_the_letter_after_it() -> None:
    (market,) = events(
        "Russian air strike on market in Syria's Jisr al-Shughur kills nine", date="2023-06-25"
    )
    assert (market.city, country(market), market.killed) == ("Jisr al-Shughur", "Syria", 9)
    # counter-example: the article's other spelling still finds the town
    (deir,) = events("A strike in Deir al-Balah killed two people.", date="2024-01-10")
    assert deir.city is not None and country(deir) == "Palestine"


def test_totals_since_a_start_a_clause_tells_and_a_father_and_son() -> None:
    assert (
        day("24 people had been killed since Israel began striking the territory on Friday.")
        is None
    )
    assert (
        day(
            "459 people had been killed since fighting between the army and the paramilitary "
            "Rapid Support Forces broke out on April 15."
        )
        is None
    )
    assert extract_casualties("The gunman shot dead a father and son from Ashdod.").killed == 2
    # counter-examples: a strike's own day; a man killed and others wounded
    assert day("Israel began striking the territory on Friday, killing 10.") == "2024-07-26"
    got = extract_casualties("The gunman killed a man and wounded two.")
    assert (got.killed, got.injured) == (1, 2)


def test_a_running_count_updates_the_total_told_before() -> None:
    _, total, strike, update = events(
        "Gaza truce takes hold",
        "Gaza's health ministry said 24 people had been killed since Israel began striking the "
        "territory on Friday.",
        "An Israeli strike in Jabalia killed seven people on Saturday.",
        "By evening the ministry's count had risen to 41 dead.",
        date="2022-08-07",
    )
    assert (update.killed, update.event_date, update.city) == (41, None, None)
    assert update.incident_id == total.incident_id != strike.incident_id
    # counter-example: a strike's own toll update follows the strike
    _, first, later = events(
        "Strike on Jabalia",
        "An Israeli strike in Jabalia killed seven people on Saturday.",
        "By evening the toll had risen to 12.",
        date="2022-08-07",
    )
    assert later.incident_id == first.incident_id and later.event_date == "2022-08-06"


def test_a_village_in_another_state_s_region_named_by_a_leader() -> None:
    (kursk,) = events(
        "Zelensky said Russian and North Korean troops had lost up to a battalion in fighting in "
        "the village of Makhnovka, in Russia's Kursk region.",
        date="2025-01-04",
    )
    assert (kursk.city, country(kursk)) == ("Makhnovka", "Russia")
    # counter-example: a Ukrainian village named with Ukraine
    (ukraine,) = events(
        "Zelensky said Russian troops had shelled the village of Makhnivka in Ukraine's "
        "Zhytomyr region.",
        date="2025-01-04",
    )
    assert country(ukraine) == "Ukraine"


def test_a_governor_s_title_city_is_no_venue_for_an_attack_on_the_region() -> None:
    (region,) = events(
        "In Russia, Belgorod governor Vyacheslav Gladkov said a Ukrainian attack on the border "
        "region killed one man and wounded seven.",
        date="2024-07-11",
    )
    assert (region.city, country(region), region.killed) == (None, "Russia", 1)
    # counter-example: the city itself hit
    (city,) = events(
        "Belgorod governor Vyacheslav Gladkov said a Ukrainian drone hit a flat in Belgorod, "
        "killing one man.",
        date="2024-07-11",
    )
    assert city.city == "Belgorod"


def test_a_city_and_its_suburbs_is_no_one_city() -> None:
    (haifa,) = events(
        "Hezbollah said it launched a large rocket salvo at Haifa and its northern suburbs on "
        "Tuesday morning.",
        date="2024-10-08",
    )
    assert (haifa.city, country(haifa)) == (None, "Israel")
    # counter-example: a strike in one suburb of a city named as its own place
    (kyiv,) = events(
        "A missile hit a block of flats in Kyiv's Sviatoshynskyi district, killing two.",
        date="2024-10-08",
    )
    assert kyiv.city == "Kyiv"


def test_the_pope_speaks_for_the_vatican_and_st_peter_s_is_a_church() -> None:
    audience, address = events(
        "Pope Francis received Zelensky for a private audience in Vatican City.",
        "Pope Leo XIV, in his first Sunday address from St Peter's, called for peace in Ukraine.",
        date="2025-05-11",
    )
    assert (audience.city, country(audience)) == ("Vatican City", "Vatican")
    assert (address.city, country(address)) == (None, "Vatican")
    # counter-example: a city with a saint's name, its district after the possessive
    (petersburg,) = events(
        "A drone hit a block of flats in St Petersburg's Kalininsky district, injuring two.",
        date="2025-05-11",
    )
    assert (petersburg.city, country(petersburg)) == ("St Petersburg", "Russia")


def test_a_people_voting_is_its_state_s_act() -> None:
    burundi, ecuador = events(
        "Burundians voted on Wednesday to choose a successor to President Pierre Nkurunziza.",
        "Ecuadoreans voted on Sunday in a presidential election.",
        date="2020-05-24",
    )
    assert (country(burundi), country(ecuador)) == ("Burundi", "Ecuador")
    # counter-example: people of one state killed in another's town keep the town's country
    (kabul,) = events("Two Americans were killed in a bombing in Kabul.", date="2020-05-24")
    assert country(kabul) == "Afghanistan"


def test_a_capital_that_had_earlier_announced() -> None:
    (beijing,) = events(
        "Beijing had earlier announced that its tariffs on US imports would rise to 84%.",
        date="2025-04-09",
    )
    assert (beijing.city, country(beijing)) == (None, "China")
    # counter-example: a measure the capital's city itself takes
    (curfew,) = events("Beijing declared a curfew in two districts.", date="2025-04-09")
    assert country(curfew) == "China"


def test_a_place_in_the_cause_s_clause_is_no_venue() -> None:
    (summons,) = events(
        "India had summoned Pakistan's charge d'affaires on Monday after two staff members of "
        "its high commission in Islamabad were detained by Pakistani police.",
        date="2020-06-16",
    )
    assert (summons.city, country(summons)) == (None, "India")
    # counter-example: a meeting the speaker comes from is the venue
    (borrell,) = events(
        "Speaking after a meeting of EU foreign ministers in Brussels, Josep Borrell said he "
        "hoped the vaccination drive would not come too late.",
        date="2024-08-29",
    )
    assert borrell.city == "Brussels"


def test_a_proposed_meeting_s_place_and_day_are_the_meeting_s() -> None:
    (proposal,) = events(
        "Putin proposes direct talks with Ukraine in Istanbul on Thursday", date="2025-05-11"
    )
    assert (proposal.city, country(proposal), proposal.event_date) == (None, "Russia", "2025-05-11")
    # counter-example: talks held in a city on a day
    (held,) = events(
        "Russian and Ukrainian delegations held talks in Istanbul on Friday.", date="2025-05-17"
    )
    assert (held.city, held.event_date) == ("Istanbul", "2025-05-16")
