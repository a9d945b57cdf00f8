"""The casualty counting rule, apart from any storage.

A window is one (city, event day). Within it, each distinct incident keeps the
largest credible figure among its reports (never the sum of its reports); the
window total is the sum over its incidents. Because ``max`` is idempotent and
commutative, replaying a report after a crash, or receiving reports out of
order, cannot change a total. The table stage and ``newswire eval`` both use
this object, so the figures an operator sees are the figures that are scored.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from streams.text.model import Event

# incident_id -> [killed, injured]; None = no report gave a figure yet
WindowState = dict[str, Any]


@dataclass(frozen=True, slots=True)
class CasualtyRow:
    city: str
    country: str | None
    date: str
    killed: int
    injured: int
    incidents: int

    def to_json(self) -> dict[str, Any]:
        return {
            "city": self.city,
            "country": self.country,
            "date": self.date,
            "killed": self.killed,
            "injured": self.injured,
            "incidents": self.incidents,
        }


def counts_in_window(event: Event) -> bool:
    """Only incidents with a city and a day go into a daily window."""
    return (
        event.event_class == "incident"
        and event.place is not None
        and event.event_date is not None
        and event.incident_id is not None
    )


def window_key(event: Event) -> str:
    """Key of the one-day tumbling window (event time) an incident falls into."""
    assert event.place is not None and event.event_date is not None
    return f"{event.place.city_id}@{event.event_date}"


def _max_figure(old: int | None, new: int | None) -> int | None:
    if old is None:
        return new
    if new is None:
        return old
    return max(old, new)


class CasualtyReducer:
    """initial / add / result over a window's state (a plain JSON-able dict)."""

    @staticmethod
    def initial(event: Event) -> WindowState:
        assert event.place is not None
        return {
            "city": event.place.name,
            "country": event.place.country,
            "date": event.event_date,
            "incidents": {},
        }

    @staticmethod
    def add(state: WindowState, event: Event) -> WindowState:
        """Fold one incident report into the window; returns the same dict."""
        assert event.incident_id is not None
        incidents: dict[str, list[int | None]] = state["incidents"]
        old = incidents.get(event.incident_id)
        if old is None:
            incidents[event.incident_id] = [event.killed, event.injured]
        else:
            incidents[event.incident_id] = [
                _max_figure(old[0], event.killed),
                _max_figure(old[1], event.injured),
            ]
        return state

    @staticmethod
    def merge(a: WindowState, b: WindowState) -> WindowState:
        """Two states of one window as one: per incident the larger figure of each.

        A state only ever grows (incidents are added, figures only rise), so the
        merge of an older and a newer copy is the newer one, whichever is which.
        Returns a new dict; neither argument is changed.
        """
        incidents = {k: list(v) for k, v in a["incidents"].items()}
        for incident_id, (killed, injured) in b["incidents"].items():
            old = incidents.get(incident_id)
            incidents[incident_id] = (
                [killed, injured]
                if old is None
                else [_max_figure(old[0], killed), _max_figure(old[1], injured)]
            )
        return {**a, "incidents": incidents}

    @staticmethod
    def result(state: WindowState) -> CasualtyRow:
        figures = state["incidents"].values()
        return CasualtyRow(
            city=state["city"],
            country=state["country"],
            date=state["date"],
            killed=sum(k or 0 for k, _ in figures),
            injured=sum(i or 0 for _, i in figures),
            incidents=len(state["incidents"]),
        )


def fold_into(windows: MutableMapping[str, WindowState], event: Event) -> CasualtyRow | None:
    """Fold one report into a table of windows; the window's row after it (None: not counted).

    ``windows`` is any mapping: a dict here and in ``aggregate``, the table
    stage's view of one partition (which notes the windows to write to the
    changelog). The row is returned even when the report changed nothing: after a crash the
    changelog may hold a change whose downstream update was never sent, and
    re-sending the (identical) row on replay is what repairs that.
    """
    if not counts_in_window(event):
        return None
    key = window_key(event)
    state = windows.get(key)
    before = None
    if state is None:
        state = CasualtyReducer.initial(event)
    else:
        before = CasualtyReducer.result(state)
    CasualtyReducer.add(state, event)
    row = CasualtyReducer.result(state)
    if row != before:
        windows[key] = state  # only real changes go to the changelog
    return row


def aggregate(events: Iterable[Event]) -> list[CasualtyRow]:
    """The whole casualty table of a batch of events, sorted by (date, city)."""
    windows: dict[str, WindowState] = {}
    for event in events:
        fold_into(windows, event)
    rows = [CasualtyReducer.result(s) for s in windows.values()]
    return sorted(rows, key=lambda r: (r.date, r.city))
