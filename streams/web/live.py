"""What the dashboard shows live: latest events, dead-letter counts, row changes.

Plain Python (no faust): the agents call ``on_*`` after they send; the SSE
endpoint drains a bounded queue per connected browser, so a slow browser can
never hold the stream up (its oldest notifications are dropped, and the page
re-reads the table on reconnect).
"""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from typing import Any

from streams.text.counting import CasualtyRow
from streams.text.model import Event

LATEST_PER_CLASS = 20
SUBSCRIBER_QUEUE = 500

latest_events: dict[str, deque[Event]] = {}
deadletters_by_reason: Counter[str] = Counter()
events_by_class: Counter[str] = Counter()
_subscribers: set[asyncio.Queue[dict[str, Any]]] = set()


def _publish(message: dict[str, Any]) -> None:
    for queue in _subscribers:
        if queue.full():
            queue.get_nowait()
        queue.put_nowait(message)


def summarize(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "class": event.event_class,
        "confidence": round(event.confidence, 3),
        "cues": list(event.cues),
        "text": event.text[:400],
        "city": event.city,
        "country": event.country,
        "event_date": event.event_date,
        "killed": event.killed,
        "injured": event.injured,
    }


def on_event(event: Event) -> None:
    # on the hot path (every event): keep the Event, build its summary only when
    # somebody looks (a browser connected, or GET /api/events)
    events_by_class[event.event_class] += 1
    latest = latest_events.get(event.event_class)
    if latest is None:
        latest = latest_events[event.event_class] = deque(maxlen=LATEST_PER_CLASS)
    latest.appendleft(event)
    if _subscribers:
        _publish({"type": "event", "event": summarize(event)})


def on_deadletter(reason: str) -> None:
    deadletters_by_reason[reason] += 1
    if _subscribers:
        _publish({"type": "deadletter", "reason": reason, "total": deadletter_total()})


def on_row(row: CasualtyRow) -> None:
    if _subscribers:
        _publish({"type": "row", "row": row.to_json()})


def deadletter_total() -> int:
    return sum(deadletters_by_reason.values())


def subscribe() -> asyncio.Queue[dict[str, Any]]:
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=SUBSCRIBER_QUEUE)
    _subscribers.add(queue)
    return queue


def unsubscribe(queue: asyncio.Queue[dict[str, Any]]) -> None:
    _subscribers.discard(queue)


def snapshot() -> dict[str, Any]:
    return {
        "events": {cls: [summarize(e) for e in items] for cls, items in latest_events.items()},
        "events_by_class": dict(events_by_class),
        "deadletters": dict(deadletters_by_reason),
        "deadletters_total": deadletter_total(),
    }
