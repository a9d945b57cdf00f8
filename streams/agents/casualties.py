"""events.incident (keyed by city) -> casualties_by_city table -> aggregates.casualties."""

from __future__ import annotations

from typing import Any

from streams import codec, metrics
from streams.app import app, settings, topic_names
from streams.records import event_from_wire
from streams.tables import casualties_by_city
from streams.text.counting import CasualtyReducer, counts_in_window, window_key
from streams.topics import AGGREGATES, INCIDENT
from streams.web import live

incident_events = app.topic(
    topic_names(INCIDENT),
    key_type=bytes,
    value_type=bytes,
    value_serializer="raw",
    key_serializer="raw",
)


@app.agent(incident_events)
async def count_casualties(stream: Any) -> None:
    # events.incident is keyed by city id, so this stream is already partitioned
    # by city: the table's changelog partition is the event's partition, and one
    # worker owns all windows of a city (no group_by/repartition topic needed).
    async for batch in stream.take_events(settings.batch_size, within=settings.batch_within_s):
        producer = await app.maybe_start_producer()
        pending = []
        for record in batch:
            event = event_from_wire(codec.loads(record.message.value))
            if not counts_in_window(event):
                continue
            key = window_key(event)
            state = casualties_by_city.get(key)
            if state is None:
                state = CasualtyReducer.initial(event)
            before = CasualtyReducer.result(state)
            state = CasualtyReducer.add(state, event)
            row = CasualtyReducer.result(state)
            if row == before and key in casualties_by_city:
                continue  # a replayed or smaller report changes nothing
            casualties_by_city[key] = state
            live.on_row(row)
            pending.append(
                await producer.send(
                    topic_names(AGGREGATES),
                    record.message.key,
                    codec.dumps(row.to_json()),
                    None,
                    None,
                    None,
                )
            )
        metrics.table_windows.set(len(casualties_by_city))
        for fut in pending:
            await fut
