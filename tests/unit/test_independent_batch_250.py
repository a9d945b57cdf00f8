"""Rules from the two-hundred-and-fiftieth independent batch and after (own-3975..: mixed
world digests of 2008-2023 in dev's manner), each with a counter-example."""

from __future__ import annotations

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
    # counter-example: a state after a locative cue places a line, it acts in nothing
    (weather,) = events("Last month it was colder than usual in South Korea.")
    assert weather.event_class == "unclassified"


def test_a_state_named_for_a_country_is_a_region() -> None:
    niger = [m for m in scan("guests headed home to neighbouring Niger state.") if m.code]
    assert all(m.code != "NE" for m in niger)
    # counter-example: the country itself
    (state,) = [m for m in scan("guests headed home to neighbouring Niger.") if m.code]
    assert state.code == "NE"
