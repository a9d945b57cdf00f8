"""Prometheus metrics of one worker (served at GET /metrics)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

registry = CollectorRegistry(auto_describe=True)

dispatches_total = Counter(
    "newswire_dispatches_total", "Raw dispatches consumed", registry=registry
)
events_total = Counter(
    "newswire_events_total", "Events published, by class", ["event_class"], registry=registry
)
deadletters_total = Counter(
    "newswire_deadletters_total", "Dead-letter records, by reason", ["reason"], registry=registry
)
processing_seconds = Histogram(
    "newswire_processing_seconds",
    "Time from a raw record's timestamp to its events being handed to the producer",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=registry,
)
table_windows = Gauge(
    "newswire_table_windows", "City-day windows held by this worker's table", registry=registry
)
consumer_lag = Gauge(
    "newswire_consumer_lag",
    "Messages between the end of an input partition and this worker's position",
    ["topic", "partition"],
    registry=registry,
)
stage_restarts_total = Counter(
    "newswire_stage_restarts_total",
    "Times a stage (dispatch, table) restarted its Kafka clients after an error",
    ["stage"],
    registry=registry,
)
