"""The whole casualty table, on every worker, for the HTTP API and dashboard.

Each worker's table stage holds only the windows of the partitions it owns. So
that any worker can answer for all of them, the API reads a view: a consumer
outside any group that follows every partition of the table's compacted
changelog (the source of truth the table itself is recovered from) and keeps
the latest state of each window. A query first notes the changelog's end
offsets and waits (briefly) until the view has read up to them, so an answer
includes every window change committed before the request was made.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from streams import codec
from streams.settings import Settings

log = logging.getLogger(__name__)
CATCH_UP_TIMEOUT_S = 5.0


class CasualtyView:
    def __init__(self, settings: Settings, changelog: str) -> None:
        self.settings = settings
        self.changelog = changelog
        self.states: dict[str, Any] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._partitions: list[TopicPartition] = []
        self._progress = asyncio.Event()
        self._ready = asyncio.Event()

    async def run(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers,
            enable_auto_commit=False,
            # read_uncommitted, like the table stage itself: see TABLE_ISOLATION in
            # streams/agents/casualties.py (noida-db's aborted-transaction lists)
            isolation_level="read_uncommitted",
            # A broker that comes back with a shorter changelog (noida-db after a
            # restart) puts our position past the end; "latest" would then skip
            # every record written at the offsets below it. Re-reading the
            # partition is harmless: later records overwrite earlier ones.
            auto_offset_reset="earliest",
            **self.settings.kafka_client_kwargs(),
        )
        await consumer.start()
        self._consumer = consumer
        try:
            parts = await self._wait_partitions(consumer)
            self._partitions = [TopicPartition(self.changelog, p) for p in sorted(parts)]
            consumer.assign(self._partitions)
            await consumer.seek_to_beginning(*self._partitions)
            self._ready.set()
            while True:
                batch = await consumer.getmany(timeout_ms=500, max_records=5000)
                for records in batch.values():
                    for record in records:
                        self._apply(record.key, record.value)
                self._progress.set()
                self._progress = asyncio.Event()
        finally:
            self._ready.clear()
            self._consumer = None
            await consumer.stop()

    async def _wait_partitions(self, consumer: AIOKafkaConsumer) -> set[int]:
        while True:
            parts = consumer.partitions_for_topic(self.changelog)
            if parts:
                return set(parts)
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.5)

    def _apply(self, key: bytes | None, value: bytes | None) -> None:
        if key is None:
            return
        window = codec.loads(key)
        if value is None:
            self.states.pop(window, None)  # tombstone
        else:
            self.states[window] = codec.loads(value)

    async def caught_up(self, timeout_s: float = CATCH_UP_TIMEOUT_S) -> bool:
        """Wait until the view has read everything in the changelog as of now."""
        deadline = time.monotonic() + timeout_s
        try:
            await asyncio.wait_for(self._ready.wait(), timeout_s)
        except TimeoutError:
            return False
        consumer = self._consumer
        if consumer is None:
            return False
        ends = await consumer.end_offsets(self._partitions)
        while True:
            positions = [await consumer.position(tp) for tp in self._partitions]
            if all(pos >= ends[tp] for pos, tp in zip(positions, self._partitions, strict=True)):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                log.warning("casualty view still behind the changelog after %.1fs", timeout_s)
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._progress.wait(), remaining)
