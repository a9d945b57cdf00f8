"""Rules from the forty-first and forty-second independent batches (own-1157..1188:
Ukraine 2024-2025 and Israel and its region 2023-2025, in dev's style), each with a
counter-example."""

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


def figures(text: str) -> tuple[int | None, int | None]:
    got = extract_casualties(text)
    return got.killed, got.injured


def test_counts_of_batch_41() -> None:
    assert figures("Russian strike on Poltava recruitment office kills two and wounds dozens") == (
        2,
        None,
    )
    assert figures("Rescuers pulled a man out alive, but medics could not save him.") == (1, None)
    assert figures("The energy ministry said a shift supervisor suffered concussion.") == (None, 1)
    assert figures("The governor said a 59-year-old woman had also been injured in Dnipro.") == (
        None,
        1,
    )
    # counter-examples: wounds of a number, a saved man
    assert figures("A strike killed two and wounded 12 in Poltava.") == (2, 12)
    assert figures("Medics saved a man pulled from the rubble.") == (None, None)


def test_a_city_qualified_by_its_region_and_a_post_in_a_city() -> None:
    (town,) = events(
        "In Novomoskovsk, in the Dnipropetrovsk region, a missile overturned a minibus; 20 "
        "people were hurt.",
        date="2024-01-08",
    )
    assert (town.city, country(town), town.injured) == ("Novomoskovsk", "Ukraine", 20)
    (envoy,) = events(
        "Moscow's envoy to the UN in Geneva, Gennady Gatilov, said Russia was open to talks.",
        date="2024-11-15",
    )
    assert envoy.city is None and country(envoy) == "Russia"
    # counter-examples: a Russian town named with a Russian region; talks held in Geneva
    (russian,) = events(
        "In Novomoskovsk, in the Tula region, a blast at a chemical plant injured three.",
        date="2024-01-08",
    )
    assert country(russian) == "Russia"
    (talks,) = events("Russian and US envoys held talks in Geneva on Monday.", date="2024-11-15")
    assert talks.city == "Geneva"
