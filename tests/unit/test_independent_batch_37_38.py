"""Rules from the thirty-seventh and thirty-eighth independent batches (own-1093..1124:
Israel and its region 2023-2025; the world outside Ukraine and Gaza 2022-2025), each with
a counter-example."""

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


def figures(text: str) -> tuple[int | None, int | None]:
    got = extract_casualties(text)
    return got.killed, got.injured


def test_counts_of_batch_37() -> None:
    assert figures("The health ministry's count of people killed in Gaza reached 9,227.") == (
        9227,
        None,
    )
    assert figures("More than 400 people had been killed or wounded in the camp.") == (
        None,
        None,
    )
    assert figures("A police officer, Arnon Zmora, was fatally wounded during the raid.") == (
        1,
        None,
    )
    assert figures("Three soldiers were fatally wounded and two others were hurt.") == (3, 2)
    assert figures("An Israeli tank fired at a watchtower; no peacekeepers were hurt.") == (0, 0)
    assert figures("Israeli strikes hit Nabatieh town hall, killing mayor") == (1, None)
    assert figures(
        "A volunteer was shot in the head during a protest in Beita and died in hospital."
    ) == (1, None)
    # counter-examples: a plural after the verb, the killed and the wounded told apart
    assert figures("Gunmen killing civilians in the north") == (None, None)
    assert figures("Four people had been killed and 12 wounded in the camp.") == (4, 12)


def test_places_of_batch_37() -> None:
    _, _, holon = events(
        "Bombs explode on empty buses in Bat Yam",
        "Bombs exploded on three empty buses in Bat Yam on Thursday evening.",
        "Police found two more bombs on buses in neighbouring Holon and defused them.",
        date="2025-02-20",
    )
    assert (holon.city, country(holon)) == ("Holon", "Israel")
    _, _, pair = events(
        "Gunmen kill six at Jerusalem bus stop",
        "Two gunmen opened fire at a bus stop in Jerusalem on Monday morning.",
        "A security guard shot the gunmen dead, police said, adding that the pair came from "
        "villages near Ramallah.",
        date="2025-09-08",
    )
    assert (pair.city, country(pair)) == ("Jerusalem", "Israel")
    _, sea = events(
        "Houthis hit tanker",
        "A drone launched by the Houthis hit the tanker Saibaba in the southern Red Sea on "
        "Saturday; no one was hurt.",
        date="2023-12-24",
    )
    assert (sea.city, country(sea)) == (None, None)
    # counter-examples: a village near a town at home, a port on the sea
    (near,) = events("Shelling hit a village near Kupiansk on Monday, killing two.")
    assert country(near) == "Ukraine"
    (port,) = events("A missile hit the port of Odesa on the Black Sea on Monday, killing two.")
    assert port.city == "Odesa"


def test_a_territory_s_toll_is_no_update_of_another_country_s_strike() -> None:
    _, _, gaza = events(
        "Israeli strike on Beirut suburb",
        "An Israeli strike on a building in Beirut's southern suburbs killed 14 on Friday.",
        "In Gaza, the health ministry said the war's toll had risen to 41,391.",
        date="2024-09-20",
    )
    assert (gaza.city, country(gaza), gaza.killed) == (None, "Palestine", 41391)
    # counter-example: a toll update naming the city's country still follows its strike
    _, _, beirut = events(
        "Israeli strike on Beirut suburb",
        "An Israeli strike on a building in Beirut's southern suburbs killed 14 on Friday.",
        "In Lebanon, the health ministry said the toll had risen to 31.",
        date="2024-09-20",
    )
    assert (beirut.city, beirut.killed) == ("Beirut", 31)


def test_a_time_set_for_what_did_not_happen_is_no_day() -> None:
    _, _, defused = events(
        "Bombs explode on empty buses in Bat Yam",
        "Bombs exploded on three empty buses in Bat Yam on Thursday evening.",
        "Police found two more bombs in Holon, and said the devices had been set to explode "
        "on Friday morning.",
        date="2025-02-20",
    )
    assert defused.event_date == "2025-02-20"
    # counter-example: a blast told on a past weekday is dated by it
    (blast,) = events("A bomb exploded on a bus in Holon on Friday morning.", date="2025-02-20")
    assert blast.event_date == "2025-02-14"


def test_a_site_a_city_owns_and_a_village_with_a_particle() -> None:
    (shifa,) = events(
        "Strike on ambulance convoy outside Gaza City's al-Shifa hospital", date="2023-11-03"
    )
    assert (shifa.city, country(shifa)) == ("Gaza City", "Palestine")
    _, delb = events(
        "Strikes on Lebanon",
        "In Lebanon, an Israeli strike on a building in Ain el-Delb, east of Sidon, killed at "
        "least 32 people, the health ministry said.",
        date="2024-09-29",
    )
    assert (delb.city, country(delb), delb.killed) == ("Ain el-Delb", "Lebanon", 32)
    # counter-example: outside a city with no site of its own is outside it
    (outside,) = events("Shelling hit fields outside Kherson on Monday.", date="2024-09-29")
    assert outside.city is None


def test_totals_since_fighting_began_and_since_a_weekday_have_no_day() -> None:
    for text in (
        "At least 270 people had been killed since the army and the paramilitary Rapid "
        "Support Forces began fighting on Saturday.",
        "More than 1,000 civilians, most of them Alawites, had been killed since Thursday.",
    ):
        assert resolve_date(text, "2023-04-18", allow_vague=True).day is None, text
    # counter-examples: fighting that began on a day is that day's; a ranking keeps its day
    assert resolve_date("Fighting began on Saturday in Khartoum.", "2023-04-18").day == (
        "2023-04-15"
    )
    ranked = resolve_date(
        "It was the most intense bombardment since Thursday.", "2023-04-18", allow_vague=True
    )
    assert ranked.day == "2023-04-18"


def test_words_of_batch_38() -> None:
    assert figures(
        "A fire in a dormitory in Endarasha killed 17 boys and seriously injured 14."
    ) == (17, 14)
    broke, retakes, revoked, storm = events(
        "Kinshasa broke off diplomatic relations with Rwanda over the weekend.",
        "Sudan's army retakes Republican Palace in Khartoum",
        "Prabowo said lawmakers' perks, including a housing allowance, would be revoked.",
        "Hurricane Melissa came ashore near New Hope on Tuesday.",
        date="2025-03-21",
    )
    assert (broke.city, country(broke)) == (None, "Democratic Republic of the Congo")
    assert [e.event_class for e in (retakes, revoked, storm)] == ["incident", "policy", "incident"]
    # counter-example: a capital struck is no stand-in
    (struck,) = events("A drone struck Kinshasa's airport on Friday, wounding two.")
    assert struck.city == "Kinshasa"
