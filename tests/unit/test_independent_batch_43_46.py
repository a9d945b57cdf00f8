"""Rules from the forty-third to forty-sixth independent batches (own-1189..1252:
Ukraine 2022-2025, Asia, Africa and Latin America 2016-2021, Israel and its region
2023-2025, Europe, North America and Oceania 2017-2021), each with a counter-example."""

from __future__ import annotations

from tests.unit.extract_helpers import country, day, events


def test_running_totals_have_no_day() -> None:
    # a total since a start that a clause tells, with or without a day in it
    assert (
        day("The ministry said 193 people had been killed since the fighting resumed on Friday.")
        is None
    )
    assert (
        day("A rights group said 76 protesters had been killed since the unrest erupted.") is None
    )
    assert (
        day("The UN said eight civilians had been killed since Russia opened its new offensive.")
        is None
    )
    # a count up to a day, found so far, in the war, over a year of fighting
    assert (
        day("The office said 528 Palestinians had been killed in the West Bank as of June 15.")
        is None
    )
    assert day("Prosecutors said the bodies of 1,200 civilians had been found so far.") is None
    assert (
        day("The ministry says more than 39,100 Palestinians have been killed in the war.") is None
    )
    assert (
        day("The army says 167 of its soldiers have been killed in the Gaza ground offensive.")
        is None
    )
    assert (
        day("The government says 2,100 people have been killed in over a year of fighting.") is None
    )
    # counter-examples: one happening's toll, a day told beside a since-clause, a day of
    # the offensive, a count given on a day about a strike
    assert day("The ministry said 12 people had been killed in the strike.") == "2024-07-26"
    assert day("On Friday the fighting resumed in the north.") == "2024-07-26"
    assert day("Seven people were killed on Tuesday in the offensive on Jenin.") == "2024-07-23"
    assert day("Officials said on Friday that 11 people had been killed in the offensive.") == (
        "2024-07-26"
    )


def test_a_capital_that_denounces_declares_or_dismisses_stands_for_its_state() -> None:
    denounced, declared, dismissed, regime = events(
        "Moscow denounced the US strike as an act of aggression against a sovereign state.",
        "Moscow declared 40 German diplomats persona non grata.",
        "Moscow on Tuesday dismissed as undiplomatic US criticism of its bombers' flight.",
        "Moscow declared a counter-terrorism regime in the Kursk and Belgorod regions.",
        date="2018-12-11",
    )
    assert [country(e) for e in (denounced, declared, dismissed)] == ["Russia"] * 3
    assert all(e.city is None for e in (denounced, declared, dismissed))
    assert (regime.event_class, country(regime)) == ("policy", "Russia")
    # counter-examples: a day of mourning for the capital itself, a summit held there
    (mourning,) = events("Kyiv declared Tuesday a day of mourning.", date="2024-07-09")
    assert (mourning.city, country(mourning)) == ("Kyiv", "Ukraine")
    (summit,) = events(
        "In Moscow, Putin hosted Xi Jinping for talks on Tuesday.", date="2023-03-21"
    )
    assert summit.city == "Moscow"


def test_what_a_quake_did_in_a_town_is_on_the_quake_s_day() -> None:
    lines = (
        "Ecuador counts its dead as rescuers dig through flattened coastal towns",
        "The magnitude 7.8 earthquake struck off the coast on Saturday evening, killing 350.",
        "In Pedernales, the mayor said the whole town had been flattened.",
        "In Guayaquil, an overpass collapsed onto a car during the tremor, killing a motorist.",
        "Later on Monday the Security Ministry raised the national toll to 413 dead.",
    )
    _, quake, pedernales, guayaquil, toll = events(*lines, date="2016-04-18")
    assert quake.event_date == "2016-04-16"
    assert (pedernales.city, pedernales.event_date) == ("Pedernales", "2016-04-16")
    assert (guayaquil.city, guayaquil.event_date) == ("Guayaquil", "2016-04-16")
    # the national toll updates the quake, not the last town told
    assert (toll.city, toll.killed, toll.event_date) == (None, 413, "2016-04-16")
    assert toll.incident_id == quake.incident_id
    # counter-examples: a war's next strike in a town is on its own day; so is a report
    # from another country in a disaster's dispatch
    cases = (
        (
            "2022-07-02",
            "Russian missiles hit Odesa region",
            "A missile struck a block of flats in Serhiivka on Friday, killing 21.",
            "In Mykolaiv, Russian shelling killed one person, the mayor said.",
            "2022-07-01",
        ),
        (
            "2023-03-15",
            "Cyclone Freddy kills more than 200 in Malawi",
            "Freddy brought torrential rain to southern Malawi on Monday, setting off floods.",
            "In Pakistan, police pulled back from Imran Khan's residence in Lahore after clashes.",
            "2023-03-13",
        ),
    )
    for dispatch_day, headline, first, other, first_day in cases:
        _, told, report = events(headline, first, other, date=dispatch_day)
        assert (told.event_date, report.event_date) == (first_day, dispatch_day)


def test_a_storm_s_name_is_no_town() -> None:
    headline, landfall = events(
        "Hurricane Harvey slams into Texas coast as a category four storm",
        "Harvey came ashore near Port Aransas late on Friday with winds of 130mph.",
        date="2017-08-26",
    )
    assert headline.city is None and country(headline) == "United States"
    assert landfall.city != "Harvey"
    # counter-example: the town named in a dispatch with no storm of its name
    (town,) = events(
        "A gunman killed two people in Harvey, Illinois, on Friday.", date="2017-08-26"
    )
    assert town.city == "Harvey"


def test_the_town_of_residents_hit_is_where_they_were_hit() -> None:
    avdiivka, kherson = events(
        "Russian shelling killed four residents of Avdiivka on Monday, Donetsk governor "
        "Pavlo Kyrylenko said.",
        "A resident of Kherson was killed when a drone exploded, local officials said.",
        date="2023-05-15",
    )
    assert (avdiivka.city, avdiivka.killed) == ("Avdiivka", 4)
    assert kherson.city == "Kherson"
    # counter-example: where a suspect lives is no venue
    (stabbing,) = events(
        "Hadi Matar, a resident of Fairview, stabbed the author on stage in Chautauqua.",
        date="2022-08-12",
    )
    assert stabbing.city != "Fairview"


def test_a_people_s_airspace_or_territory_places_an_incident() -> None:
    (drones,) = events(
        "Warsaw says nearly 20 Russian drones crossed into Polish airspace, several of which "
        "were shot down.",
        date="2025-09-13",
    )
    assert drones.city is None and country(drones) == "Poland"
    # counter-example: the drones' makers alone place nothing
    (launch,) = events("Nearly 20 Russian drones were shot down overnight.", date="2025-09-13")
    assert country(launch) != "Poland"


def test_a_small_town_the_line_places_in_a_country_is_in_that_country() -> None:
    (lebanon,) = events(
        "On Monday an Israeli drone strike on a car in the village of Shehabieh in southern "
        "Lebanon killed a Hezbollah member, and an air strike on a house in Shaqra wounded three.",
        date="2024-06-18",
    )
    assert country(lebanon) == "Lebanon"
    (haiti,) = events(
        "In Haiti, gang members killed six police officers in an attack on the police station "
        "in Liancourt, in the Artibonite department, on Thursday.",
        date="2023-01-27",
    )
    assert (haiti.city, country(haiti)) == ("Liancourt", "Haiti")
    # counter-examples: where a missile came from, and a big city under its own name
    (jaffa,) = events(
        "A missile fired from Yemen slammed into a playground in Jaffa; sixteen were hurt.",
        date="2024-12-21",
    )
    assert country(jaffa) == "Israel"
    (stockholm,) = events(
        "In Sweden, police put the toll in Stockholm at four dead; a man from Uzbekistan was held.",
        date="2017-04-08",
    )
    assert (stockholm.city, country(stockholm)) == ("Stockholm", "Sweden")


def test_an_arabic_village_named_with_its_article_after_its_region() -> None:
    (mosque,) = events(
        "Gunmen massacre worshippers at Sufi mosque in Sinai village of al-Rawda", date="2017-11-25"
    )
    assert (mosque.city, country(mosque)) == ("al-Rawda", "Egypt")
    (maiske,) = events(
        "Blasts rip through Russian ammunition depot in Crimean village of Maiske",
        date="2022-08-16",
    )
    assert (maiske.city, country(maiske)) == ("Maiske", "Ukraine")
    # counter-example: a village named before the word
    (village,) = events(
        "Soldiers killed six people in Tudun Biri village on Sunday.", date="2023-12-04"
    )
    assert village.city == "Tudun Biri"
