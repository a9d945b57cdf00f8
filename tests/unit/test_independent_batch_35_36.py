"""Rules from the thirty-fifth and thirty-sixth independent batches (own-1061..1092:
Europe and the Americas 2016-2023; Ukraine 2023-2024), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2022-09-19") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def country(event: Event) -> str | None:
    return event.place.country if event.place is not None else event.country_hint


def test_counts_of_a_part_a_whole_and_one_shot_dead() -> None:
    def figures(text: str) -> tuple[int | None, int | None]:
        got = extract_casualties(text)
        return got.killed, got.injured

    assert figures("Police said 15 of the 29 people on board had died.") == (15, None)
    assert figures("Of those hurt, 18 were still in a serious condition, police said.") == (
        None,
        None,
    )
    assert figures(
        "Five men drove into people in Cambrils, killing one woman and injuring six people "
        "before police shot the attackers dead."
    ) == (1, 6)
    assert figures(
        "In Ankara, an off-duty police officer shot dead Russia's ambassador, Andrei Karlov, "
        "as he spoke at an exhibition; three other people were wounded."
    ) == (1, 3)
    # counter-examples: a whole told first, a part told after it
    assert figures("The crash killed 29 people, 15 of them children.") == (29, None)
    assert figures("Of the 80 passengers, none was hurt.")[0] is None


def test_places_of_batch_35() -> None:
    bridge, mati, vienna = events(
        "Seven killed in van and knife attack at London Bridge",
        "A wildfire killed at least 74 in the Greek seaside resort of Mati on Monday.",
        "Police shot the attacker dead in Vienna; he had been jailed in 2019 for trying to "
        "travel to Syria.",
        date="2017-06-04",
    )
    assert (bridge.city, country(bridge)) == ("London", "United Kingdom")
    assert (mati.city, country(mati)) == ("Mati", "Greece")
    assert (vienna.city, country(vienna)) == ("Vienna", "Austria")
    # counter-examples: a town named with no people's word keeps the gazetteer's; a trip
    # planned is no destination of a happening
    (mati_ph,) = events("A storm flooded Mati on Monday, killing three.", date="2017-06-04")
    assert country(mati_ph) == "Philippines"


def test_whose_official_and_whose_ombudsman_speaks() -> None:
    _, _, abbott = events(
        "Children among dead as gunman storms elementary school in Uvalde, Texas",
        "A gunman opened fire in a fourth-grade classroom on Tuesday, authorities said.",
        "Texas Governor Greg Abbott said 15 people had been killed.",
        date="2022-05-24",
    )
    assert (abbott.city, abbott.killed) == ("Uvalde", 15)
    _, _, ombudsman = events(
        "Metro overpass collapses in Mexico City",
        "A section of track gave way in Mexico City on Monday night, killing 23.",
        "Colombia's ombudsman said 24 people had died in the protests since they began.",
        date="2021-05-04",
    )
    assert (ombudsman.city, country(ombudsman)) == (None, "Colombia")
    # counter-example: a state that owns a site is no counter of tolls
    _, _, consulate = events(
        "Strike hits Damascus",
        "An air strike hit a building in Damascus on Monday, killing seven.",
        "The building of Iran's consulate was destroyed, officials said.",
        date="2024-04-02",
    )
    assert consulate.city == "Damascus"


def test_words_that_are_no_towns() -> None:
    (address,) = events(
        "Joe Biden asked in a televised address 'when in God's name' the country would stand "
        "up to the gun lobby, and ordered flags flown at half-staff.",
        date="2022-05-24",
    )
    assert address.city is None and country(address) == "United States"
    # counter-example: the town written with its accent is no English word
    (town,) = events("A fire broke out at a factory in Göd, north of Budapest, injuring two.")
    assert (town.city, country(town)) == ("Göd", "Hungary")


def test_more_counts_of_batches_35_and_36() -> None:
    def figures(text: str) -> tuple[int | None, int | None]:
        got = extract_casualties(text)
        return got.killed, got.injured

    assert figures("Officials put the number of people hurt in the capital at four.") == (
        None,
        4,
    )
    assert figures(
        "The number of people injured when a glide bomb hit apartment blocks in Kharkiv late "
        "on Saturday rose to 21."
    ) == (None, 21)
    assert figures("About 200 people had been arrested and no deaths were reported.") == (0, None)
    assert figures("Seven people had died, and 64 had sought medical help.") == (7, 64)
    assert figures("An explosive killed one civilian and wounded another in Beryslav.") == (1, 1)
    assert figures("Nahel, the 17-year-old shot dead by a police officer, was buried.") == (
        1,
        None,
    )
    # counter-examples: arrests alone are no casualties; a teenager's age is no count
    assert figures("About 200 people had been arrested by Sunday night.") == (None, None)
    assert figures("The 17-year-old was arrested by police on Tuesday.") == (None, None)


def test_a_birth_year_is_no_vague_time() -> None:
    _, _, later = events(
        "Missile strike on Kramatorsk restaurant",
        "A missile hit a pizza restaurant in Kramatorsk on Tuesday evening.",
        "The Interior Ministry later said three people were killed, one of them a teenager "
        "born in 2008, and 42 were injured.",
        date="2023-06-27",
    )
    assert (later.city, later.event_date, later.killed) == ("Kramatorsk", "2023-06-27", 3)
    # counter-example: a toll of a past year has no day
    (old,) = events("Officials said 40 people were killed in 2008 in the same town.")
    assert old.event_date is None


def test_security_agreements_in_the_plural_and_denunciations_are_relations() -> None:
    pacts, denounced = events(
        "Estonia and Lithuania signed their own ten-year security agreements with Ukraine in "
        "Brussels on Thursday.",
        "EU foreign policy chief Josep Borrell denounced the attack as Russian terror against "
        "Ukrainian civilians.",
        date="2024-06-27",
    )
    assert [e.event_class for e in (pacts, denounced)] == ["diplomacy", "diplomacy"]
    # counter-example: a law signed is a decision
    (law,) = events("Zelensky signed a law lowering the mobilisation age to 25.")
    assert law.event_class == "policy"


def test_a_state_on_its_people_hurt_abroad_speaks() -> None:
    _, _, trudeau = events(
        "Gunmen kill 28 in attack on Ouagadougou hotel",
        "Gunmen stormed a hotel in Ouagadougou on Friday night, killing 28 people.",
        "Canadian Prime Minister Justin Trudeau said six Canadians, all from Quebec, were "
        "among those killed.",
        date="2016-01-16",
    )
    assert (trudeau.event_class, country(trudeau)) == ("diplomacy", "Canada")
    # counter-example: a state giving the toll of an attack at home reports it
    _, _, toll = events(
        "Gunmen kill 28 in attack on Ouagadougou hotel",
        "Gunmen stormed a hotel in Ouagadougou on Friday night, killing 28 people.",
        "Burkina Faso's government said 29 people were killed and 30 wounded.",
        date="2016-01-16",
    )
    assert (toll.event_class, toll.killed) == ("incident", 29)


def test_a_meeting_that_agreed_to_act_decided() -> None:
    mission, accession = events(
        "EU foreign ministers meeting in Brussels agreed to revive a civilian border mission "
        "at the Rafah crossing.",
        "EU leaders meeting in Brussels agreed to open accession negotiations with Bosnia.",
        date="2024-05-27",
    )
    assert [e.event_class for e in (mission, accession)] == ["policy", "policy"]
    # counter-example: agreeing to talk, or to send negotiators, is relations
    (delegation,) = events(
        "The war cabinet agreed to send a delegation to Paris for new talks on a hostage deal."
    )
    assert delegation.event_class == "diplomacy"


def test_ukraine_s_own_spellings_are_the_town_s_own_name() -> None:
    _, pair = events(
        "Missiles hit Sloviansk",
        "Kramatorsk and Kostiantynivka also came under fire, but no casualties were reported.",
        date="2023-04-14",
    )
    assert (pair.city, country(pair)) == (None, "Ukraine")
    # counter-example: the town alone is the place, as GeoNames' Kostyantynivka
    (town,) = events("A Russian missile hit a market in Kostiantynivka, killing 16.")
    assert town.city == "Kostiantynivka" and town.place is not None
    assert town.place.geonames_id is not None


def test_a_visit_broken_off_is_no_venue() -> None:
    (renzi,) = events(
        "Prime Minister Matteo Renzi, who broke off a visit to Milan to go to the scene, said "
        "the victims' families would be helped.",
        date="2016-07-12",
    )
    assert renzi.city is None and country(renzi) == "Italy"
    # counter-example: a visit made is the venue
    (visit,) = events("On a visit to Milan, Renzi promised help for the families.")
    assert visit.city == "Milan"
