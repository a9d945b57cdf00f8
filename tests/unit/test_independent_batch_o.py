"""Rules from the eighth independent batch (own-541..558), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2024-02-26") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_no_injuries_means_no_one_hurt_and_members_of_a_group_are_a_subset() -> None:
    assert extract_casualties("The missile fell in an open area and there were no injuries.")[
        :2
    ] == (0, 0)
    members = extract_casualties("Three civilians, two men and a woman, were killed.")
    assert members.killed == 3
    # counter-example: a death told beside "no injuries" stands
    assert extract_casualties("One man was killed; there were no injuries.").killed == 1


def test_places_named_inside_a_country_or_a_territory() -> None:
    inside, tibet = events(
        "Pakistan strikes militants inside Iran two days after Iranian attack",
        "A powerful earthquake struck Tibet near the Nepal border, killing dozens.",
        date="2024-01-18",
    )
    assert inside.country == "Iran"
    assert tibet.country == "China"
    # counter-example: a country named as the actor of a strike at home stays
    (home,) = events("Pakistan strikes militants in Balochistan.", date="2024-01-18")
    assert home.country == "Pakistan"


def test_class_words_that_mean_otherwise() -> None:
    war, carrier, resignation, sermon = events(
        "Israel formally declares war on Hamas as death toll keeps rising",
        "The Pentagon ordered the USS Gerald R. Ford carrier strike group to the eastern "
        "Mediterranean.",
        "Israel demands UN chief's resignation over remarks on Hamas attack",
        "Khamenei said Tuesday's missile strike on Israel was legitimate and legal.",
        date="2024-10-04",
    )
    assert war.event_class == "policy"
    assert carrier.event_class == "policy"
    assert resignation.event_class == "diplomacy"
    assert sermon.event_class == "diplomacy"
    # counter-examples: a resignation announced and a strike told are what they say
    quit_, strike = events(
        "The defence minister announced his resignation.",
        "An Israeli air strike on Beirut killed three people.",
        date="2024-10-04",
    )
    assert quit_.event_class == "policy" and strike.event_class == "incident"
