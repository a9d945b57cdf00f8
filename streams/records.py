"""Typed messages on the wire, and their conversion to and from JSON bytes.

Every value is JSON encoded by ``streams.codec`` (orjson). faust Records are
not used on the wire on purpose: they would add a ``__faust`` metadata key
that the JSON Schemas in ``schemas/`` do not allow.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from streams import codec
from streams.text.model import Event, Place

MAX_DEADLETTER_PREVIEW = 2_000
# A dead letter must itself fit in a Kafka message: larger originals are cut.
MAX_DEADLETTER_ORIGINAL = 256 * 1024


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Why one raw message produced no events (schemas/deadletter.schema.json)."""

    reason: str
    detail: str
    source_topic: str
    partition: int
    offset: int
    key: bytes | None
    original: bytes

    def to_wire(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "detail": self.detail,
            "source_topic": self.source_topic,
            "partition": self.partition,
            "offset": self.offset,
            "key": self.key.decode("utf-8", "replace") if self.key is not None else None,
            "original_size": len(self.original),
            "original_base64": base64.b64encode(self.original[:MAX_DEADLETTER_ORIGINAL]).decode(),
            "original_truncated": len(self.original) > MAX_DEADLETTER_ORIGINAL,
            "preview": self.original[:MAX_DEADLETTER_PREVIEW].decode("utf-8", "replace"),
        }


def encode_event(event: Event) -> bytes:
    return codec.dumps(event.to_wire())


def event_from_wire(data: dict[str, Any]) -> Event:
    """Rebuild an ``Event`` from its wire JSON (the table stage's input)."""
    place = None
    if data.get("city") is not None:
        place = Place(
            name=data["city"],
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonames_id=data.get("geonames_id"),
        )
    return Event(
        event_id=data["event_id"],
        dispatch_id=data["dispatch_id"],
        line=data["line"],
        event_class=data["class"],
        confidence=data.get("confidence", 0.0),
        cues=tuple(data.get("cues") or ()),
        text=data.get("text", ""),
        place=place,
        killed=data.get("killed"),
        injured=data.get("injured"),
        event_date=data.get("event_date"),
        dispatch_date=data.get("dispatch_date"),
        incident_id=data.get("incident_id"),
        actors=tuple(data.get("actors") or ()),
    )
