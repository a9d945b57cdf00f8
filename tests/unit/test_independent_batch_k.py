"""Rules from the sixth independent batch (own-501..508), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dates import resolve_date
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2024-03-27") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_none_of_a_number_and_the_drowned() -> None:
    assert extract_casualties("None of the six people on board was hurt.")[:2] == (0, 0)
    assert extract_casualties("Health officials said 12 people drowned on Monday.").killed == 12
    total = extract_casualties(
        "Monitors said more than 9,000 civilians, over 500 of them children, had been killed."
    )
    assert total.killed == 9000
    # counter-example: "none of" a group does not zero another group's dead
    mixed = extract_casualties("None of the 40 passengers was injured, but two crew were killed.")
    assert mixed.killed == 2


def test_a_total_told_on_a_day_has_no_day() -> None:
    total = resolve_date(
        "On Friday UN monitors said more than 9,000 civilians had been killed since the "
        "invasion began.",
        "2023-07-08",
    )
    assert total.vague and total.day is None
    # counter-example: a strike on Friday ranked against the war keeps its day
    ranked = resolve_date(
        "Shelling on Friday killed nine, the worst attack since the invasion began.", "2023-07-08"
    )
    assert ranked.day == "2023-07-07"


def test_venues_of_owned_sites_visits_called_off_and_evacuations() -> None:
    castle, called_off, evacuation = events(
        "In a speech at Warsaw's Royal Castle in the evening, Biden said Putin cannot remain in "
        "power.",
        "Netanyahu called off a visit to Washington by a senior Israeli delegation.",
        "The Israeli military ordered all residents of Gaza City to leave and head south.",
    )
    assert (castle.city, castle.country) == ("Warsaw", "Poland")
    assert called_off.city is None
    assert (evacuation.event_class, evacuation.city) == ("policy", "Gaza City")
    # counter-example: a visit made is there
    (visit,) = events("Blinken made a surprise visit to Kyiv on Wednesday.")
    assert visit.city == "Kyiv"


def test_a_village_a_states_possessive_vouches_for() -> None:
    headline, told = events(
        "Israeli strike on emergency centre in Lebanon's Hebbariyeh kills seven",
        "An Israeli air strike overnight hit a centre in the border village of Hebbariyeh, "
        "killing seven volunteers, Lebanese officials said.",
    )
    assert (headline.city, headline.country) == ("Hebbariyeh", "Lebanon")
    assert told.incident_id == headline.incident_id and told.country == "Lebanon"


def test_a_depot_town_named_again_in_its_toll_and_a_role_that_died() -> None:
    _, owo, depot, toll = events(
        "Gunmen attack Nigerian church as Bangladesh depot fire kills dozens",
        "Gunmen attacked a Catholic church in Owo on Sunday, killing at least 35 worshippers.",
        "In Bangladesh, a fire that broke out late on Saturday at a container depot in "
        "Sitakunda set off a chain of chemical explosions, killing five.",
        "By evening police said the Sitakunda toll had risen to 49.",
        date="2022-06-05",
    )
    assert (depot.city, depot.country) == ("Sitakunda", "Bangladesh")
    assert (toll.city, toll.killed) == ("Sitakunda", 49)
    assert toll.incident_id == depot.incident_id != owo.incident_id
    airman = extract_casualties(
        "A US airman who set himself on fire outside the Israeli embassy on Sunday has died of "
        "his injuries, police said."
    )
    assert airman.killed == 1
    # counter-example: a person who has not died is no death
    assert extract_casualties("A US airman was detained outside the embassy.").killed is None


def test_seventh_batch_counts() -> None:
    assert (
        extract_casualties("Eleven people aged between five and 65 had been killed.").killed == 11
    )
    assert extract_casualties("A police officer was burned to death in his car.").killed == 1
    assert extract_casualties("A drone dropped explosives on a man, killing him.").killed == 1
    assert extract_casualties("Officials said the number of injured had passed 80.").injured == 80
    # counter-example: a killing told of a group is no single death
    assert extract_casualties("The strike killed them all, 14 people.").killed != 1


def test_seventh_batch_dates_and_places() -> None:
    proclaimed = resolve_date(
        "The electoral council proclaimed Maduro the winner of Sunday's presidential election.",
        "2024-07-29",
        allow_vague=False,
    )
    assert proclaimed.day == "2024-07-29"
    _, drones, lebanon, letter = events(
        "Israel approves ceasefire with Hezbollah",
        "Russia launched a record 188 drones at Ukraine overnight.",
        "Lebanese authorities said at least 42 people were killed in Israeli strikes across "
        "the country during the day.",
        "In a letter to Kim Jong Un marking the anniversary of Korea's liberation, Putin "
        "praised North Korean soldiers.",
        date="2024-11-26",
    )
    assert (lebanon.country, lebanon.killed) == ("Lebanon", 42)
    assert lebanon.incident_id != drones.incident_id
    assert letter.city is None
    # counter-example: a strike's own day named by a possessive still dates the strike
    strike = resolve_date("Sunday's strike killed four people.", "2024-07-29")
    assert strike.day == "2024-07-28"
