"""The casualty table: one row per (city, event day), changelogged.

A tumbling one-day window by event time is, concretely, a key that holds the
day the incident happened: ``<city id>@<YYYY-MM-DD>``. It is kept as an
explicit key rather than a wall-clock-expiring windowed table so that a toll
update that arrives weeks after the event (late data is the normal case for
news) still lands in its day instead of being dropped after a grace period.
The value is the reducer state of ``streams.text.counting``.

The table is partitioned like its input, events.incident (keyed by city id):
window ``<city id>@<day>`` lives in the partition Kafka's default partitioner
gives the city id, in memory on the worker that owns that partition and in
the same partition of the compacted changelog topic. Changelog records are
orjson: the key a JSON string, the value the reducer state (the format faust
tables used, so a changelog written before the table stage left faust reads
the same).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aiokafka.partitioner import DefaultPartitioner

from streams import codec
from streams.text.counting import CasualtyReducer, WindowState

_partitioner = DefaultPartitioner()


def window_partition(key: str, partitions: list[int]) -> int:
    """The partition of a window: that of its city's incident events."""
    city_id = key.rsplit("@", 1)[0]
    return int(_partitioner(city_id.encode(), partitions, partitions))


def encode_window(key: str, state: WindowState) -> tuple[bytes, bytes]:
    """A window as a changelog record (key, value)."""
    return codec.dumps(key), codec.dumps(state)


def decode_window(key: bytes, value: bytes | None) -> tuple[str, WindowState | None]:
    """A changelog record as (window key, state); state None for a tombstone."""
    return codec.loads(key), (codec.loads(value) if value is not None else None)


class CasualtyTable:
    """The windows of the partitions this worker owns, by partition.

    Kept per partition so a rebalance can drop exactly the partitions that
    went elsewhere and restore exactly those that arrived.
    """

    def __init__(self) -> None:
        self.partitions: dict[int, dict[str, WindowState]] = {}

    def windows(self, partition: int) -> dict[str, WindowState]:
        found = self.partitions.get(partition)
        if found is None:
            found = self.partitions[partition] = {}
        return found

    def merge(self, partition: int, key: str, state: WindowState) -> WindowState:
        """Merge a state into a window (states only grow, so the merge is the union)."""
        windows = self.windows(partition)
        current = windows.get(key)
        merged = state if current is None else CasualtyReducer.merge(current, state)
        windows[key] = merged
        return merged

    def keep_only(self, partitions: set[int]) -> None:
        for partition in list(self.partitions):
            if partition not in partitions:
                del self.partitions[partition]

    def items(self) -> Iterator[tuple[int, str, WindowState]]:
        for partition, windows in self.partitions.items():
            for key, state in windows.items():
                yield partition, key, state

    def __len__(self) -> int:
        return sum(len(w) for w in self.partitions.values())

    def snapshot(self) -> dict[str, Any]:
        """Every window as a plain dict (a copy), for tests and debugging."""
        return {key: CasualtyReducer.merge(state, state) for _, key, state in self.items()}
