"""Rules from the hundred-and-ninetieth independent batch and after (own-3255..: mixed
world digests of 2016-2025 in dev's manner), each with a counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from tests.unit.extract_helpers import events


def test_a_group_of_one_first_or_second_adds_to_the_other_group() -> None:
    killed = extract_casualties(
        "Two US Army soldiers and a US civilian interpreter were killed when a gunman "
        "attacked a patrol in Palmyra."
    ).killed
    assert killed == 3
    assert extract_casualties("A soldier and two civilians were killed in the strike.").killed == 3
    # counter-example: one group alone is its own count
    assert extract_casualties("Two civilians were killed in the strike.").killed == 2


def test_a_count_of_the_stabbed_is_the_injured_when_none_died() -> None:
    stabbing = "A man stabbed four people on a busy street on Tuesday night, police said."
    assert extract_casualties(stabbing).injured == 4
    # counter-examples: stabbed to death, and a stabbing in which one died (the text then
    # tells the dead and the hurt apart)
    assert extract_casualties("A man stabbed two women to death.").injured is None
    split = extract_casualties(
        "A man stabbed two students at a restaurant. A 15-year-old girl died and a boy, "
        "also 15, was injured, police said."
    )
    assert (split.killed, split.injured) == (1, 1)


def test_an_age_set_off_by_also_is_no_count() -> None:
    figures = extract_casualties("A girl died and a boy, also 15, was injured, police said.")
    assert figures.injured == 1
    # counter-example: "also" with a count not set off by commas is a count
    also_hurt = extract_casualties("Three soldiers died, and 15 civilians were also injured.")
    assert also_hurt.injured == 15


def test_thrown_firebombs_are_an_attack() -> None:
    (headline,) = events("Man throws firebombs at ruling party headquarters in Tokyo")
    assert headline.event_class == "incident"
    # counter-example: without the weapon the line tells no happening
    (headline,) = events("Man visits ruling party headquarters in Tokyo")
    assert headline.event_class != "incident"


def test_export_controls_are_a_decision() -> None:
    _, controls = events(
        "China answers US tariffs",
        "Beijing also placed export controls on seven rare earth elements.",
        date="2025-04-04",
    )
    assert controls.event_class == "policy"
    # counter-example: the elements alone decide nothing
    _, elements = events(
        "China answers US tariffs",
        "Beijing also mines seven rare earth elements.",
        date="2025-04-04",
    )
    assert elements.event_class != "policy"


def test_becoming_prime_minister_is_taking_office() -> None:
    (headline,) = events(
        "Sanae Takaichi becomes Japan's first woman prime minister", date="2025-10-21"
    )
    assert headline.event_class == "policy"
    # counter-example: the first prime minister to visit a country makes a visit
    (visit,) = events(
        "Modi became the first Indian prime minister to visit Ukraine since its independence.",
        date="2024-08-23",
    )
    assert visit.event_class == "diplomacy"
