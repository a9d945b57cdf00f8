"""events.incident (keyed by city) -> casualties_by_city table -> aggregates.casualties."""

from __future__ import annotations

from typing import Any

from streams import codec, metrics
from streams.app import app, topic_names
from streams.records import event_from_wire
from streams.tables import casualties_by_city
from streams.text.counting import fold_into
from streams.topics import AGGREGATES, INCIDENT
from streams.web import live

incident_events = app.topic(
    topic_names(INCIDENT),
    key_type=bytes,
    value_type=bytes,
    value_serializer="raw",
    key_serializer="raw",
)
aggregates = app.topic(topic_names(AGGREGATES), value_serializer="raw", key_serializer="raw")


@app.agent(incident_events)
async def count_casualties(stream: Any) -> None:
    # events.incident is keyed by city id, so this stream is already partitioned
    # by city: the table's changelog partition is the event's partition, and one
    # worker owns all windows of a city (no group_by/repartition topic needed).
    async for key, value in stream.items():
        # every counted report re-sends its window's row (idempotent for readers
        # of last values), so a row lost in a crash is repaired by the replay
        row = fold_into(casualties_by_city, event_from_wire(codec.loads(value)))
        if row is not None:
            live.on_row(row)
            metrics.table_windows.set(len(casualties_by_city))
            await aggregates.send(key=key, value=codec.dumps(row.to_json()))
