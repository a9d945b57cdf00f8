"""Typed values of the pure core (frozen dataclasses, no I/O).

These are the shapes every other layer speaks: the agents turn ``Event`` into
the wire JSON of ``schemas/event.schema.json`` via ``Event.to_wire``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EventClass = Literal["incident", "diplomacy", "policy", "unclassified"]
EVENT_CLASSES: tuple[EventClass, ...] = ("incident", "diplomacy", "policy", "unclassified")


class DispatchError(ValueError):
    """Input that cannot be turned into events; ``reason`` is a short stable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Dispatch:
    """One parsed dispatch. ``lines[0]`` is the headline (date prefix removed)."""

    dispatch_id: str
    date: str | None  # ISO day of the dispatch, None when nothing gave one
    lines: tuple[str, ...]
    source: str | None = None
    date_origin: str = "header"  # header | envelope | timestamp | none


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical English name
    country: str | None  # English country name ("Ukraine", "Palestine")
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    @property
    def city_id(self) -> str:
        """Stable key of a city: the GeoNames id when known, else name + country."""
        if self.geonames_id is not None:
            return f"gn:{self.geonames_id}"
        return f"{self.name}|{self.country or ''}".lower()


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str  # deterministic: same dispatch in -> same ids out
    dispatch_id: str
    line: int  # 0-based line of the dispatch the event came from
    event_class: EventClass
    confidence: float  # 0..1
    cues: tuple[str, ...]  # the words that decided the class
    text: str
    place: Place | None = None
    killed: int | None = None
    injured: int | None = None
    event_date: str | None = None  # ISO day; None when vague
    dispatch_date: str | None = None
    incident_id: str | None = None  # shared by reports of one happening
    actors: tuple[str, ...] = field(default_factory=tuple)
    # Country of an event without a city: the region / country an incident hit,
    # or the acting state of a diplomacy / policy event. Ignored when place is set.
    country_hint: str | None = None

    @property
    def city(self) -> str | None:
        return self.place.name if self.place else None

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else self.country_hint

    def to_wire(self) -> dict[str, Any]:
        """The JSON object published on the event topics."""
        place = self.place
        return {
            "event_id": self.event_id,
            "dispatch_id": self.dispatch_id,
            "line": self.line,
            "class": self.event_class,
            "confidence": round(self.confidence, 3),
            "cues": list(self.cues),
            "text": self.text,
            "city": place.name if place else None,
            "city_id": place.city_id if place else None,
            "country": self.country,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "geonames_id": place.geonames_id if place else None,
            "killed": self.killed,
            "injured": self.injured,
            "event_date": self.event_date,
            "dispatch_date": self.dispatch_date,
            "incident_id": self.incident_id,
            "actors": list(self.actors),
        }
