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
