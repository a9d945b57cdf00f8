"""Raw message -> the messages to publish: events per class, or one dead letter.

No faust here: the dispatch agent hands each raw record to ``route_raw`` and
sends what comes back, so the whole decision (which topic, which key, which
bytes) is testable without a broker. Every raw record yields at least one
outgoing message, which is how "every message is accounted for" holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from streams import codec, topics
from streams.records import DeadLetter, encode_event
from streams.text.dispatch import parse_dispatch
from streams.text.model import Dispatch, DispatchError, Event
from streams.text.pipeline import extract_events

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outgoing:
    topic: str  # base topic name (prefix applied by the caller)
    key: bytes | None
    value: bytes
    event: Event | None = None  # kept for metrics and the dashboard
    reason: str | None = None  # dead-letter reason


def event_key(event: Event) -> bytes:
    """Incidents are keyed by city so one partition holds all of a city's windows."""
    if event.event_class == "incident" and event.place is not None:
        return event.place.city_id.encode()
    return event.dispatch_id.encode()


def route_raw(
    raw: bytes | None,
    *,
    key: bytes | None,
    timestamp_ms: int | None,
    source_topic: str,
    partition: int,
    offset: int,
    max_bytes: int,
    max_event_bytes: int = 512 * 1024,
    extract: Callable[[Dispatch], list[Event]] = extract_events,
) -> list[Outgoing]:
    data = raw or b""
    try:
        dispatch = parse_dispatch(data, key=key, timestamp_ms=timestamp_ms, max_bytes=max_bytes)
        events = extract(dispatch)
        if not events:
            raise DispatchError("no_events", "the dispatch has no text to turn into events")
    except DispatchError as exc:
        return [_dead_letter(exc.reason, exc.detail, data, key, source_topic, partition, offset)]
    except Exception as exc:  # a bug in extraction must not stop the stream
        log.exception("extraction failed at %s[%d]@%d", source_topic, partition, offset)
        detail = f"{type(exc).__name__}: {exc}"
        return [_dead_letter("extract_failed", detail, data, key, source_topic, partition, offset)]
    outgoing = [
        Outgoing(
            topic=topics.EVENT_TOPIC_BY_CLASS[e.event_class],
            key=event_key(e),
            value=encode_event(e),
            event=e,
        )
        for e in events
    ]
    biggest = max(len(o.value) for o in outgoing)
    if biggest > max_event_bytes:
        # an event the broker would refuse would fail the send and, uncommitted,
        # be retried forever (a poison pill): the dispatch is dead-lettered instead
        detail = f"an event of {biggest} bytes exceeds the {max_event_bytes}-byte event limit"
        return [_dead_letter("too_large", detail, data, key, source_topic, partition, offset)]
    return outgoing


def _dead_letter(
    reason: str,
    detail: str,
    data: bytes,
    key: bytes | None,
    source_topic: str,
    partition: int,
    offset: int,
) -> Outgoing:
    letter = DeadLetter(reason, detail, source_topic, partition, offset, key, data)
    return Outgoing(
        topic=topics.DEADLETTER, key=key, value=codec.dumps(letter.to_wire()), reason=reason
    )
