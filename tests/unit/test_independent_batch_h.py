"""Rules from the fourth independent batch (own-471..478), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dates import resolve_date
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2022-09-29") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_a_day_to_come_and_a_role_do_not_date_an_act() -> None:
    due = resolve_date(
        "Erdogan announced that the grain deal, due to expire on Saturday, had been extended.",
        "2022-11-17",
        allow_vague=False,
    )
    assert due.day == "2022-11-17"
    role = resolve_date(
        "Tokayev dismissed Karim Masimov as head of the National Security Committee last week.",
        "2022-01-10",
        allow_vague=False,
    )
    assert role.vague and role.day is None
    # counter-example: "as" opening a clause still shields what it dates
    shielded = resolve_date(
        "The minister resigned on Monday as talks collapsed last week.",
        "2022-01-10",
        allow_vague=False,
    )
    assert shielded.day == "2022-01-10"


def test_counts_a_river_valley_and_a_subsets_town() -> None:
    headline = extract_casualties(
        "Toll from valley shooting rises to three as mother dies of her wounds"
    )
    assert (headline.killed, headline.injured) == (3, None)
    (valley,) = events("Toll from Jordan Valley shooting rises to three", date="2023-04-10")
    assert valley.country != "Jordan"
    (unrest,) = events(
        "The health ministry said 164 people had been killed in the unrest, 103 of them in "
        "Almaty, Kazakhstan.",
        date="2022-01-10",
    )
    assert (unrest.city, unrest.country, unrest.killed) == (None, "Kazakhstan", 164)
    # counter-example: the country itself is still a place
    (quake,) = events("An earthquake struck Jordan on Monday, killing two.", date="2023-04-10")
    assert quake.country == "Jordan"


def test_regions_abroad_envoys_summoned_and_background_tolls() -> None:
    _, envoy, strikes, koya, appalled = events(
        "Iran summons British envoy over protest coverage",
        "Norway's ambassador was summoned on Sunday over remarks by the Norwegian speaker.",
        "Iran's Revolutionary Guards fired missiles on Wednesday at bases of Kurdish groups in "
        "Iraq's Kurdistan region.",
        "The regional health ministry reported seven people killed, in the Koya area.",
        "UN rights chief Volker Turk said he was appalled by the violence, which has killed at "
        "least 19 people, and urged restraint.",
    )
    assert strikes.country == "Iraq"
    assert koya.country != "Japan"
    assert (envoy.event_class, envoy.country) == ("diplomacy", "Iran")
    assert (appalled.event_class, appalled.killed) == ("diplomacy", None)
    # counter-example: a state giving the toll reports the attack
    (toll,) = events("Zelensky said the strike had killed 19 people.")
    assert (toll.event_class, toll.killed) == ("incident", 19)


def test_a_nights_whole_barrage_counted_follows_no_citys_strike() -> None:
    clinic, barrage, moscow_hit, moscow_count = events(
        "Missile strike on Dnipro clinic kills two",
        "Ukraine's air force said it had shot down 17 missiles and 31 drones launched overnight.",
        "Drones hit apartment blocks in Moscow early on Friday.",
        "Russia's defence ministry said eight drones had been shot down or jammed.",
        date="2023-05-26",
    )
    assert clinic.city == "Dnipro" and barrage.city is None
    # counter-example: a small count over the city struck is that strike's
    assert moscow_count.incident_id == moscow_hit.incident_id


def test_fifth_batch_places() -> None:
    _, envoy_state, airport, followup, almat, almat_again = events(
        "Russia says 63 soldiers killed in Makiivka strike",
        "Serbian President Aleksandar Vucic said in Belgrade that Serbia had nothing to do "
        "with the attack.",
        "An Israeli missile strike on Damascus airport killed two soldiers, the army said.",
        "Later on Monday the Syrian Observatory said four people had been killed in the airport "
        "strike.",
        "An Israeli strike on the Lebanese village of Almat killed 20 people.",
        "The strike flattened a house in Almat, north of Beirut.",
        date="2023-01-02",
    )
    assert envoy_state.country == "Serbia"
    assert (followup.city, followup.killed) == ("Damascus", 4)
    assert followup.incident_id == airport.incident_id
    assert (almat.city, almat.country) == ("Almat", "Lebanon")
    assert almat_again.incident_id == almat.incident_id
    # counter-example: Armenian towns "around" which troops fired are no one venue
    (around,) = events(
        "Azerbaijani troops opened fire on Armenian positions around the towns of Goris, Sotk "
        "and Jermuk.",
        date="2022-09-13",
    )
    assert around.city is None


def test_fifth_batch_dates_and_actors() -> None:
    toll, meet, call, accused, guards = events(
        "The health ministry said early on Sunday that Saturday night's strikes on Sanaa, the "
        "northern Saada region and other areas had killed 31 people.",
        "Dar said Sharif had called the National Security Committee to meet on Thursday.",
        "In a phone call with Emmanuel Macron, Vladimir Putin said a settlement was possible.",
        "Peskov rejected accusations that Russian forces had killed civilians in Bucha.",
        "The Revolutionary Guards said the dead included the head of its intelligence unit.",
        date="2025-03-16",
    )
    assert (toll.city, toll.event_date) == (None, "2025-03-15")
    assert meet.event_date == "2025-03-16"
    assert call.country == "Russia"
    assert (accused.city, accused.country) == (None, "Russia")
    # counter-example: the Guards telling who died report the strike
    assert guards.event_class == "incident"


def test_arms_promised_and_orders_told_are_decisions() -> None:
    rifles, thaad, ordered, deploy, attack = events(
        "Finland said it would send Ukraine 2,500 assault rifles and 1,500 anti-tank weapons.",
        "The Pentagon said it would send a THAAD missile defence battery to Israel, along with "
        "about 100 US troops to operate it.",
        "Donald Trump said on Saturday that he had ordered decisive military action against the "
        "Houthis.",
        "At an emergency summit in Brussels, NATO leaders agreed to deploy four new battlegroups.",
        "Gunmen launched an assault on the police station in Kidal.",
        date="2024-07-10",
    )
    assert (rifles.event_class, rifles.country) == ("policy", "Finland")
    assert (thaad.event_class, thaad.country) == ("policy", "United States")
    assert ordered.event_class == "policy"
    assert (deploy.event_class, deploy.city) == ("policy", "Brussels")
    # counter-example: an assault that is no rifle is an attack
    assert attack.event_class == "incident"
