"""The casualty table: one row per (city, event day), changelogged.

A tumbling one-day window by event time is, concretely, a key that holds the
day the incident happened: ``<city id>@<YYYY-MM-DD>``. It is kept as an
explicit key rather than faust's wall-clock-expiring windowed table so that a
toll update that arrives weeks after the event (late data is the normal case
for news) still lands in its day instead of being dropped after a grace period.
The value is the reducer state of ``streams.text.counting``.
"""

from __future__ import annotations

import faust
from aiokafka.partitioner import DefaultPartitioner

from streams.app import app, settings
from streams.topics import CASUALTY_TABLE

casualties_by_city = app.Table(
    CASUALTY_TABLE,
    default=None,
    partitions=settings.partitions,
    schema=faust.Schema(
        key_type=str,
        value_type=None,  # a plain JSON object (the reducer state)
        key_serializer="orjson",
        value_serializer="orjson",
    ),
    help="Casualty windows: <city id>@<day> -> per-incident max figures",
)

_partitioner = DefaultPartitioner()


def window_partition(key: str, partitions: list[int]) -> int:
    """The changelog partition of a window: that of its city's incident events.

    events.incident is keyed by city id (``routing.event_key``) and the table
    writes each change to the partition its event came from, so a window
    ``<city id>@<day>`` lives where Kafka's default partitioner puts the city id.
    """
    city_id = key.rsplit("@", 1)[0]
    return int(_partitioner(city_id.encode(), partitions, partitions))
