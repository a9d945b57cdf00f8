"""dispatches.raw -> events.<class> | dispatches.deadletter."""

from __future__ import annotations

import time
from typing import Any

from streams import metrics
from streams.app import app, settings, topic_names
from streams.routing import route_raw
from streams.text.pipeline import extract_events
from streams.text.trivial import trivial_extract
from streams.topics import RAW
from streams.web import live

raw_dispatches = app.topic(
    topic_names(RAW), key_type=bytes, value_type=bytes, value_serializer="raw", key_serializer="raw"
)


extract = trivial_extract if settings.extractor == "trivial" else extract_events


@app.agent(raw_dispatches)
async def split_dispatches(stream: Any) -> None:
    # Sends are pipelined: a batch's producer futures are awaited only after the
    # next batch has been handed to the producer, so extraction overlaps the
    # broker round trip, and at most two batches are in flight (backpressure).
    # faust flushes the producer before every offset commit, so an offset is
    # never committed ahead of the events it produced (at-least-once).
    in_flight: list[Any] = []
    async for batch in stream.take_events(settings.batch_size, within=settings.batch_within_s):
        producer = await app.maybe_start_producer()
        pending = []
        for record in batch:
            message = record.message
            metrics.dispatches_total.inc()
            outgoing = route_raw(
                message.value,
                key=message.key,
                timestamp_ms=int(message.timestamp * 1000) if message.timestamp else None,
                source_topic=message.topic,
                partition=message.partition,
                offset=message.offset,
                max_bytes=settings.max_dispatch_bytes,
                extract=extract,
            )
            for out in outgoing:
                pending.append(
                    await producer.send(
                        topic_names(out.topic), out.key, out.value, None, None, None
                    )
                )
                if out.event is not None:
                    metrics.events_total.labels(out.event.event_class).inc()
                    live.on_event(out.event)
                elif out.reason is not None:
                    metrics.deadletters_total.labels(out.reason).inc()
                    live.on_deadletter(out.reason)
            if message.timestamp:
                metrics.processing_seconds.observe(max(0.0, time.time() - message.timestamp))
        for fut in in_flight:
            await fut
        in_flight = pending
