"""Topic names (no Kafka import: the pure routing code uses them too)."""

from __future__ import annotations

from dataclasses import dataclass

RAW = "dispatches.raw"
DEADLETTER = "dispatches.deadletter"
INCIDENT = "events.incident"
DIPLOMACY = "events.diplomacy"
POLICY = "events.policy"
UNCLASSIFIED = "events.unclassified"
AGGREGATES = "aggregates.casualties"
CASUALTY_TABLE = "casualties_by_city"

EVENT_TOPIC_BY_CLASS = {
    "incident": INCIDENT,
    "diplomacy": DIPLOMACY,
    "policy": POLICY,
    "unclassified": UNCLASSIFIED,
}
ALL_TOPICS = (RAW, INCIDENT, DIPLOMACY, POLICY, UNCLASSIFIED, DEADLETTER, AGGREGATES)


@dataclass(frozen=True)
class TopicNames:
    """Concrete topic names for one deployment (prefix applied)."""

    prefix: str
    app_id: str

    def __call__(self, base: str) -> str:
        return f"{self.prefix}{base}"

    @property
    def changelog(self) -> str:
        # faust's naming: <app id>-<table name>-changelog
        return f"{self.app_id}-{CASUALTY_TABLE}-changelog"

    def all(self) -> list[str]:
        return [self(t) for t in ALL_TOPICS] + [self.changelog]
