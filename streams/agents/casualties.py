"""events.incident (keyed by city) -> casualty table + changelog -> aggregates.casualties.

Like the dispatch stage, a batch loop on aiokafka inside the faust app rather
than a faust agent over a faust Table. Measured in the pipeline benchmark
(4,000 dispatches, ~4.5 incident events each): the faust table agent cost the
worker ~0.9 ms of CPU per dispatch, more than the extraction itself (~0.8 ms),
and the broker another ~0.4 ms, for its per-event stream, acks and changelog
sends. Here each round folds a fetched batch into the windows in memory, then
sends each changed window once to the changelog and each touched row once to
aggregates.casualties, and commits the input offsets only after both are
acknowledged (at-least-once) or with them in one transaction (exactly-once).

Recovery is Kafka Streams' for a changelogged store: on assignment, each new
partition's windows are read back from its changelog partition before any of
its input is processed. The windows held in memory across a rebalance are
merged with what the changelog gives (a window only grows, so the merge is the
union): measured on noida-db, a broker restart could bring the changelog back
without records it had acknowledged; then every owned window is written again.
A batch in hand finishes (outputs and commit) before partitions are given up.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator, MutableMapping
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError
from aiokafka.structs import OffsetAndMetadata, TopicPartition

from streams import codec, metrics
from streams.agents.supervise import keep_running
from streams.app import app, settings, topic_names
from streams.batching import BatchSender, PartitionMap
from streams.publish import PRODUCER_MAX_REQUEST_BYTES
from streams.records import event_from_wire
from streams.tables import CasualtyTable, decode_window, encode_window
from streams.text.counting import CasualtyReducer, CasualtyRow, WindowState, fold_into
from streams.topics import AGGREGATES, INCIDENT
from streams.web import live

log = logging.getLogger(__name__)
exactly_once = settings.processing_guarantee == "exactly_once"
BATCH_BYTES = 1 << 20
FETCH_PARTITION_BYTES = 1 << 20
SESSION_TIMEOUT_MS = 30_000
RESTORE_PROGRESS_S = 5.0  # how often a long changelog read logs its progress
# The table reads its input and its changelog read_uncommitted, in both guarantees.
# Safe because a window only grows by folding real reports with a max: a report
# in an aborted transaction is produced again, identical, when its dispatch is
# redone (the dispatch stage is deterministic), so folding the aborted copy
# early changes no total; an aborted changelog state is such a fold too.
# Needed because noida-db 0.2.3 lists an aborted transaction in every later
# fetch of the partition, also one that starts after its abort marker, and
# aiokafka then skips every record of that producer id in the response: the
# records its fenced successor (same producer id) committed were silently
# skipped (bug 10 in docs/RELIABILITY.md; tests/integration/test_kafka_quirks.py).
TABLE_ISOLATION = "read_uncommitted"


class _Changes(MutableMapping[str, WindowState]):
    """One partition's windows as ``fold_into`` sees them, noting what it changes."""

    def __init__(self, windows: dict[str, WindowState], changed: dict[str, WindowState]) -> None:
        self.windows = windows
        self.changed = changed

    def __getitem__(self, key: str) -> WindowState:
        return self.windows[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.windows.get(key, default)

    def __setitem__(self, key: str, value: WindowState) -> None:
        self.windows[key] = value
        self.changed[key] = value

    def __delitem__(self, key: str) -> None:
        raise NotImplementedError("windows are never deleted")

    def __iter__(self) -> Iterator[str]:
        return iter(self.windows)

    def __len__(self) -> int:
        return len(self.windows)


class TableStage:
    """The table stage's clients and its table; read by /api/health and the dispatch stage."""

    def __init__(self) -> None:
        self.table = CasualtyTable()
        self.consumer: AIOKafkaConsumer | None = None
        self.producer: AIOKafkaProducer | None = None
        self.restorer: AIOKafkaConsumer | None = None
        # next offset per partition after the events folded (or committed, at assignment)
        self.positions: dict[TopicPartition, int] = {}
        # held while a batch is folded, sent and committed, and while a rebalance
        # restores: a rebalance waits for the batch in hand, a batch for a restore
        self.busy = asyncio.Lock()
        self.partitions = PartitionMap()
        self.restores = 0

    @property
    def source(self) -> str:
        return topic_names(INCIDENT)

    def backlog(self) -> int | None:
        """Incident events on this worker's partitions not folded yet (None: unknown)."""
        consumer = self.consumer
        if consumer is None:
            return None
        behind = 0
        for tp in consumer.assignment():
            done = self.positions.get(tp)
            highwater = consumer.highwater(tp)
            if done is not None and highwater is not None:
                behind += max(0, highwater - done)
        return behind

    def lag(self) -> dict[str, int]:
        consumer = self.consumer
        if consumer is None:
            return {}
        behind = 0
        for tp in consumer.assignment():
            end = consumer.highwater(tp)  # read_uncommitted: no stable offset to wait for
            gap = max(0, (end or 0) - self.positions.get(tp, end or 0))
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(gap)
            behind += gap
        return {self.source: behind}

    def assigned(self) -> list[str]:
        if self.consumer is None:
            return []
        return sorted(f"{tp.topic}:{tp.partition}" for tp in self.consumer.assignment())

    # --- one batch ------------------------------------------------------------

    async def process(self, records: dict[TopicPartition, list[Any]]) -> None:
        consumer, producer = self.consumer, self.producer
        assert consumer is not None and producer is not None
        owned = consumer.assignment()
        sender = BatchSender(producer, self.partitions)
        changelog = topic_names.changelog
        rows: dict[tuple[bytes, str], CasualtyRow] = {}  # (city key, day) -> latest row
        offsets: dict[TopicPartition, OffsetAndMetadata] = {}
        for tp, batch in records.items():
            if tp not in owned:
                continue  # given away since the fetch: its new owner reads these
            changed: dict[str, WindowState] = {}
            windows = _Changes(self.table.windows(tp.partition), changed)
            for record in batch:
                row = fold_into(windows, event_from_wire(codec.loads(record.value)))
                if row is not None:
                    rows[record.key, row.date] = row  # a window's later reports replace earlier
            # a window changed by several reports of the batch goes out once, as it is now
            for key, state in changed.items():
                sender.add_to(changelog, tp.partition, *encode_window(key, state))
            offsets[tp] = OffsetAndMetadata(batch[-1].offset + 1, "")
        # every counted report re-sends its window's row (idempotent for readers of
        # last values), so a row lost in a crash is repaired by the replay
        aggregates = topic_names(AGGREGATES)
        for (city_key, _), row in rows.items():
            sender.add(aggregates, city_key, codec.dumps(row.to_json()))
        if offsets:
            await self._deliver(sender, offsets)
        for row in rows.values():
            live.on_row(row)
        for tp, offset in offsets.items():
            self.positions[tp] = offset.offset
        metrics.table_windows.set(len(self.table))

    async def _deliver(
        self, sender: BatchSender, offsets: dict[TopicPartition, OffsetAndMetadata]
    ) -> None:
        consumer, producer = self.consumer, self.producer
        assert consumer is not None and producer is not None
        if exactly_once:
            async with producer.transaction():
                await sender.submit()
                if offsets:
                    await producer.send_offsets_to_transaction(offsets, settings.table_group_id)
            return
        await asyncio.gather(*await sender.submit())
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError) as exc:
            # a rebalance took these partitions: their new owner folds the batch
            # again from the last commit (a max, so it cannot count twice)
            log.warning("table offset commit failed, the new owner redoes the batch: %s", exc)

    # --- rebalance ------------------------------------------------------------

    async def restore(self, assigned: set[TopicPartition]) -> None:
        """Windows of the assigned partitions: memory merged with the changelog, rewritten."""
        consumer, restorer, producer = self.consumer, self.restorer, self.producer
        assert consumer is not None and restorer is not None and producer is not None
        partitions = {tp.partition for tp in assigned if tp.topic == self.source}
        self.table.keep_only(partitions)
        for tp in assigned:
            committed = await consumer.committed(tp)
            if committed is not None:
                self.positions[tp] = committed
        self.positions = {tp: o for tp, o in self.positions.items() if tp in assigned}
        if not partitions:
            return
        started = time.monotonic()
        read = await self._read_changelog(restorer, partitions)
        merged = rewritten = 0
        sender = BatchSender(producer, self.partitions)
        changelog, aggregates = topic_names.changelog, topic_names(AGGREGATES)
        for partition, key, state in read:
            self.table.merge(partition, key, state)
            merged += 1
        # the changelog can hold less than memory (a broker that lost acknowledged
        # records): every owned window goes out again, changelog and row alike
        for partition, key, state in self.table.items():
            sender.add_to(changelog, partition, *encode_window(key, state))
            row = CasualtyReducer.result(state)
            sender.add(aggregates, key.rsplit("@", 1)[0].encode(), codec.dumps(row.to_json()))
            rewritten += 1
        await self._deliver(sender, {})
        self.restores += 1
        metrics.table_windows.set(len(self.table))
        log.info(
            "table restored partitions %s: %d changelog records, %d windows rewritten in %.2fs",
            sorted(partitions),
            merged,
            rewritten,
            time.monotonic() - started,
        )

    async def _read_changelog(
        self, restorer: AIOKafkaConsumer, partitions: set[int]
    ) -> list[tuple[int, str, WindowState]]:
        changelog = topic_names.changelog
        tps = [TopicPartition(changelog, p) for p in sorted(partitions)]
        restorer.assign(tps)
        await restorer.seek_to_beginning(*tps)
        ends = await restorer.end_offsets(tps)
        latest: dict[tuple[int, str], WindowState] = {}
        noted = time.monotonic()
        while True:
            behind = [tp for tp in tps if await restorer.position(tp) < ends[tp]]
            if not behind:
                break
            batch = await restorer.getmany(*behind, timeout_ms=500, max_records=5000)
            for tp, records in batch.items():
                for record in records:
                    if record.key is None:
                        continue
                    key, state = decode_window(record.key, record.value)
                    if state is None:
                        latest.pop((tp.partition, key), None)
                    else:
                        latest[tp.partition, key] = state
            if time.monotonic() - noted > RESTORE_PROGRESS_S:
                noted = time.monotonic()
                log.info("table restore: %d windows read, still behind on %s", len(latest), behind)
        restorer.unsubscribe()  # an assigned consumer keeps fetching: stop it until the next restore
        return [(p, key, state) for (p, key), state in latest.items()]


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, stage: TableStage) -> None:
        self.stage = stage

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        # the batch in hand finishes first: its outputs and commit go out while
        # this worker still owns its partitions
        async with self.stage.busy:
            pass

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        async with self.stage.busy:
            await self.stage.restore(assigned)


stage = TableStage()


@app.task
async def count_casualties() -> None:
    await keep_running("table", _run_stage)


async def _run_stage() -> None:
    group = settings.table_group_id
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=FETCH_PARTITION_BYTES,
        fetch_max_bytes=4 * FETCH_PARTITION_BYTES,
        isolation_level=TABLE_ISOLATION,
        session_timeout_ms=SESSION_TIMEOUT_MS,
        heartbeat_interval_ms=3_000,
        **settings.kafka_client_kwargs(),
    )
    restorer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level=TABLE_ISOLATION,
        **settings.kafka_client_kwargs(),
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        enable_idempotence=exactly_once,
        linger_ms=settings.producer_linger_ms,
        max_batch_size=BATCH_BYTES,
        max_request_size=PRODUCER_MAX_REQUEST_BYTES,
        transactional_id=f"{group}-{settings.instance_id}" if exactly_once else None,
        **settings.kafka_client_kwargs(),
    )
    try:
        await producer.start()
        await restorer.start()
        await consumer.start()
        stage.consumer, stage.producer, stage.restorer = consumer, producer, restorer
        await stage.partitions.learn(producer, [topic_names(AGGREGATES)])
        consumer.subscribe([stage.source], listener=_Rebalance(stage))
        while True:
            records = await consumer.getmany(timeout_ms=1000, max_records=settings.batch_size)
            if records:
                async with stage.busy:
                    await stage.process(records)
    finally:
        stage.consumer = stage.producer = stage.restorer = None
        for client in (consumer, restorer, producer):
            try:
                await client.stop()
            except KafkaError as exc:  # a broker gone away: nothing left to close cleanly
                log.warning("closing a table stage client: %r", exc)
