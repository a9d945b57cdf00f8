"""Outgoing messages packed into per-partition producer batches.

Publishing through aiokafka's ``send()`` costs a partitioner call, a future and
a debug-log check per message; a dispatch fans out into ~10 events, so that
per-message cost was most of a worker's time. Here each (topic, partition)
gets one ``BatchBuilder`` per round and is handed to the producer whole with
``send_batch``. Keys are partitioned with Kafka's own default partitioner
(murmur2), cached per key, so keyed messages land exactly where any other
Kafka client would put them (co-partitioning of incidents and the table).
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner

# dispatch-id keys repeat only within a dispatch; city ids repeat for ever: a small cache serves both
PARTITION_CACHE_LIMIT = 4_096


class PartitionMap:
    """topic -> partition ids, and key -> partition, as Kafka's default partitioner does."""

    def __init__(self) -> None:
        self._partitions: dict[str, list[int]] = {}
        self._by_key: dict[tuple[str, bytes], int] = {}
        self._round_robin = itertools.count()
        self._partitioner = DefaultPartitioner()

    async def learn(self, producer: AIOKafkaProducer, topics: list[str]) -> None:
        for topic in topics:
            self._partitions[topic] = sorted(await producer.partitions_for(topic))

    def partition(self, topic: str, key: bytes | None) -> int:
        parts = self._partitions[topic]
        if key is None:
            return parts[next(self._round_robin) % len(parts)]
        cached = self._by_key.get((topic, key))
        if cached is None:
            if len(self._by_key) > PARTITION_CACHE_LIMIT:
                self._by_key.clear()
            cached = self._partitioner(key, parts, parts)
            self._by_key[(topic, key)] = cached
        return cached


class BatchSender:
    """Collects (topic, key, value) and submits them as one batch per partition."""

    def __init__(self, producer: AIOKafkaProducer, partitions: PartitionMap) -> None:
        self._producer = producer
        self._partitions = partitions
        self._open: dict[tuple[str, int], Any] = {}
        self._full: list[tuple[Any, str, int]] = []
        self.count = 0

    def add(self, topic: str, key: bytes | None, value: bytes) -> None:
        self.add_to(topic, self._partitions.partition(topic, key), key, value)

    def add_to(self, topic: str, partition: int, key: bytes | None, value: bytes) -> None:
        """Add to a given partition (a changelog record goes where its window lives)."""
        slot = (topic, partition)
        batch = self._open.get(slot)
        if batch is None:
            batch = self._open[slot] = self._producer.create_batch()
        if batch.append(key=key, value=value, timestamp=None) is None:
            # full: close it and start the next one for this partition
            self._full.append((batch, topic, partition))
            batch = self._open[slot] = self._producer.create_batch()
            if batch.append(key=key, value=value, timestamp=None) is None:
                raise ValueError(f"message of {len(value)} bytes exceeds the producer batch size")
        self.count += 1

    async def submit(self) -> list[asyncio.Future[Any]]:
        """Hand every batch to the producer; returns the delivery futures."""
        batches = self._full + [(b, t, p) for (t, p), b in self._open.items()]
        self._full, self._open = [], {}
        futures = []
        for batch, topic, partition in batches:
            batch.close()
            futures.append(await self._producer.send_batch(batch, topic, partition=partition))
        return futures
