"""The counting rule: per-incident max over reports, sum over incidents."""

from __future__ import annotations

import itertools

from streams.text.counting import CasualtyReducer, aggregate, counts_in_window
from streams.text.model import Event, Place

KHARKIV = Place("Kharkiv", "Ukraine", 49.98, 36.25, 706483)
ODESA = Place("Odesa", "Ukraine", 46.48, 30.72, 698740)


def report(
    incident: str,
    killed: int | None,
    injured: int | None,
    *,
    place: Place = KHARKIV,
    day: str | None = "2024-04-04",
    cls: str = "incident",
) -> Event:
    return Event(
        event_id=f"e-{incident}-{killed}-{injured}",
        dispatch_id="d",
        line=0,
        event_class=cls,
        confidence=1.0,
        cues=(),
        text="",
        place=place,  # type: ignore[arg-type]
        killed=killed,
        injured=injured,
        event_date=day,
        incident_id=incident,
    )


def test_reports_of_one_incident_take_the_largest_figure_not_the_sum():
    rows = aggregate([report("a", 3, None), report("a", 4, 5), report("a", None, 2)])
    assert [r.to_json() for r in rows] == [
        {
            "city": "Kharkiv",
            "country": "Ukraine",
            "date": "2024-04-04",
            "killed": 4,
            "injured": 5,
            "incidents": 1,
        }
    ]


def test_distinct_incidents_are_summed():
    (row,) = aggregate([report("a", 2, 1), report("b", 3, None)])
    assert (row.killed, row.injured, row.incidents) == (5, 1, 2)


def test_order_and_replay_do_not_change_the_result():
    reports = [report("a", 3, 1), report("a", 4, 5), report("b", 1, 0)]
    expected = aggregate(reports)
    for perm in itertools.permutations(reports + reports[:2]):
        assert aggregate(perm) == expected


def test_windows_are_per_city_and_day():
    rows = aggregate(
        [report("a", 1, 0), report("c", 2, 0, place=ODESA), report("d", 5, 0, day="2024-04-05")]
    )
    assert [(r.city, r.date, r.killed) for r in rows] == [
        ("Kharkiv", "2024-04-04", 1),
        ("Odesa", "2024-04-04", 2),
        ("Kharkiv", "2024-04-05", 5),
    ]


def test_events_without_day_city_or_incident_class_are_not_counted():
    assert not counts_in_window(report("a", 5, 0, day=None))
    assert not counts_in_window(report("a", 5, 0, place=None))  # type: ignore[arg-type]
    assert not counts_in_window(report("a", 5, 0, cls="policy"))
    assert aggregate([report("a", 5, 0, day=None)]) == []


def test_an_incident_with_no_figures_still_makes_a_row():
    (row,) = aggregate([report("a", None, None)])
    assert (row.killed, row.injured, row.incidents) == (0, 0, 1)


def test_reducer_state_is_plain_json():
    state = CasualtyReducer.initial(report("a", 1, 2))
    CasualtyReducer.add(state, report("a", 1, 2))
    import orjson

    assert CasualtyReducer.result(orjson.loads(orjson.dumps(state))).killed == 1


def _fold(*reports: Event) -> dict:  # type: ignore[type-arg]
    state = CasualtyReducer.initial(reports[0])
    for r in reports:
        CasualtyReducer.add(state, r)
    return state


def test_merge_of_an_older_and_a_newer_copy_is_the_newer_one():
    """After a broker restart the changelog may hold an older copy of a window."""
    older = _fold(report("a", None, 6))
    newer = _fold(report("a", None, 6), report("a", 3, 6), report("b", 1, None))
    for merged in (CasualtyReducer.merge(older, newer), CasualtyReducer.merge(newer, older)):
        assert CasualtyReducer.result(merged) == CasualtyReducer.result(newer)
    assert CasualtyReducer.result(older).killed == 0, "the arguments are not changed"


def test_merge_keeps_the_larger_figure_of_each_copy():
    left = _fold(report("a", 5, None))
    right = _fold(report("a", 2, 9))
    row = CasualtyReducer.result(CasualtyReducer.merge(left, right))
    assert (row.killed, row.injured, row.incidents) == (5, 9, 1)
