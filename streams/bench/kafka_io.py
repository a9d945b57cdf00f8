"""Broker-side measuring helpers: counts, first/last timestamps, reading a range."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from streams.admin import topic_partitions


class TopicProbe:
    """A consumer with no group, used to look at topics without disturbing them."""

    first_seen = 0.0
    done_at = 0.0

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, enable_auto_commit=False, max_partition_fetch_bytes=4 << 20
        )

    async def __aenter__(self) -> TopicProbe:
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()

    async def partitions(self, topics: Iterable[str]) -> list[TopicPartition]:
        out: list[TopicPartition] = []
        for topic in topics:
            out.extend(await topic_partitions(self.consumer, topic))
        return out

    async def end_offsets(self, topics: Iterable[str]) -> dict[TopicPartition, int]:
        tps = await self.partitions(topics)
        return dict(await self.consumer.end_offsets(tps))

    async def wait_count(
        self,
        topics: list[str],
        base: dict[TopicPartition, int],
        expected: int,
        timeout_s: float,
        poll_s: float = 0.05,
    ) -> dict[TopicPartition, int]:
        """Until ``expected`` messages were appended after ``base``; returns the end offsets.

        Also records, on this machine's monotonic clock, when the first new
        message was seen (``first_seen``) and when the count was reached
        (``done_at``). Producers' record timestamps are not used for timing:
        some clients (Quix Streams) copy the input's timestamp to the output.
        """
        deadline = time.monotonic() + timeout_s
        self.first_seen = 0.0
        tps = await self.partitions(topics)
        while True:
            ends = dict(await self.consumer.end_offsets(tps))
            got = sum(end - base.get(tp, 0) for tp, end in ends.items())
            now = time.monotonic()
            if got and not self.first_seen:
                self.first_seen = now
            if got >= expected:
                self.done_at = now
                return ends
            if now > deadline:
                raise TimeoutError(
                    f"{got} of {expected} messages on {topics} after {timeout_s:.0f}s"
                )
            await asyncio.sleep(poll_s)

    async def wait_committed(
        self, group: str, topic: str, timeout_s: float, poll_s: float = 0.02
    ) -> None:
        """Until ``group`` has committed ``topic`` to its end offsets; ``done_at`` moves on.

        Used for the table stage: a pipeline run is over when every incident
        event has been folded into the table (its offset committed), not only
        when the events are on their topics.
        """
        tps = await self.partitions([topic])
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                ends = await self.consumer.end_offsets(tps)
                committed = await admin.list_consumer_group_offsets(group)
                behind = sum(
                    ends[tp] - (committed[tp].offset if tp in committed else 0) for tp in tps
                )
                if behind <= 0:
                    self.done_at = max(self.done_at, time.monotonic())
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{group} still {behind} behind on {topic}")
                await asyncio.sleep(poll_s)
        finally:
            await admin.close()

    async def read(
        self, start: dict[TopicPartition, int], end: dict[TopicPartition, int]
    ) -> list[Any]:
        """Every record in [start, end) of each partition."""
        tps = [tp for tp in end if end[tp] > start.get(tp, 0)]
        if not tps:
            return []
        self.consumer.assign(tps)
        for tp in tps:
            self.consumer.seek(tp, start.get(tp, 0))
        records: list[Any] = []
        remaining = set(tps)
        while remaining:
            batch = await self.consumer.getmany(timeout_ms=500, max_records=10_000)
            for tp, items in batch.items():
                records.extend(r for r in items if r.offset < end[tp])
                if items and items[-1].offset >= end[tp] - 1:
                    remaining.discard(tp)
        return records


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
