"""The design card's acceptance example: the seed dispatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.text.counting import aggregate
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import event_id, extract_events

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_FILE = SEEDS / "000_149e375c67e9860f.txt"


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    # the shared seed is the acceptance example; CI always has ../shared
    assert SEED_FILE.exists(), f"{SEED_FILE} missing: clone beside ../shared"
    return extract_events(parse_dispatch(SEED_FILE.read_bytes()))


def classes_by_line(events: list[Event]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for e in events:
        out.setdefault(e.line, set()).add(e.event_class)
    return out


def test_seed_classes(seed_events: list[Event]) -> None:
    by_line = classes_by_line(seed_events)
    for line in (0, 1, 5, 6, 7, 8):
        assert by_line[line] == {"diplomacy"}, line
    for line in (2, 3, 4):
        assert by_line[line] == {"incident"}, line
    for line in (10, 12):
        assert by_line[line] == {"policy"}, line


def test_seed_every_line_has_an_event_and_line_three_has_two(seed_events: list[Event]) -> None:
    lines = [e.line for e in seed_events]
    assert sorted(set(lines)) == list(range(13))
    assert lines.count(3) == 2


def test_seed_aggregate_is_one_kharkiv_row(seed_events: list[Event]) -> None:
    rows = [r.to_json() for r in aggregate(seed_events)]
    assert rows == [
        {
            "city": "Kharkiv",
            "country": "Ukraine",
            "date": "2024-04-04",
            "killed": 4,
            "injured": 5,
            "incidents": 1,
        }
    ]


def test_seed_earlier_rocket_attack_has_no_day(seed_events: list[Event]) -> None:
    second = [e for e in seed_events if e.line == 3][1]
    assert second.event_class == "incident"
    assert second.killed == 5
    assert second.event_date is None


def test_seed_ids_are_deterministic(seed_events: list[Event]) -> None:
    again = extract_events(parse_dispatch(SEED_FILE.read_bytes()))
    assert [e.event_id for e in again] == [e.event_id for e in seed_events]
    assert [e.incident_id for e in again] == [e.incident_id for e in seed_events]
    assert len({e.event_id for e in seed_events}) == len(seed_events)
    assert event_id("d", 3, 1) == event_id("d", 3, 1) != event_id("d", 3, 0)


def test_only_incidents_carry_incident_ids_and_figures(seed_events: list[Event]) -> None:
    for e in seed_events:
        if e.event_class != "incident":
            assert e.incident_id is None
            assert e.killed is None and e.injured is None
        else:
            assert e.incident_id is not None
