"""dispatches.raw -> events.<class> | dispatches.deadletter.

The hottest stage runs as a batch loop on aiokafka inside the faust app
(started and stopped with it) rather than as a faust Stream: faust's
per-message stream and send path cost ~3x the extraction itself in a profile
(see README, Performance). Each round: fetch up to ``batch_size`` raw records,
route every one through the pure core, pack the outputs into per-partition
batches, then commit the input offsets only after the outputs are
acknowledged (at-least-once), or atomically with them in one Kafka
transaction (exactly-once).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError, KafkaError
from aiokafka.structs import OffsetAndMetadata, TopicPartition

from streams import metrics
from streams.agents.casualties import stage as table_stage
from streams.agents.supervise import keep_running
from streams.app import app, settings, topic_names
from streams.batching import BatchSender, PartitionMap
from streams.publish import PRODUCER_MAX_REQUEST_BYTES
from streams.routing import route_raw
from streams.text.pipeline import extract_events
from streams.text.trivial import trivial_extract
from streams.topics import ALL_TOPICS, RAW
from streams.web import live

log = logging.getLogger(__name__)
extract = trivial_extract if settings.extractor == "trivial" else extract_events
exactly_once = settings.processing_guarantee == "exactly_once"
BATCH_BYTES = 1 << 20


class DispatchStage:
    """The consumer/producer pair of the dispatch stage; read by /api/health."""

    consumer: AIOKafkaConsumer | None = None

    async def lag(self) -> dict[str, int]:
        consumer = self.consumer
        if consumer is None:
            return {}
        behind = 0
        for tp in consumer.assignment():
            end = consumer.last_stable_offset(tp) if exactly_once else consumer.highwater(tp)
            gap = max(0, (end or 0) - await consumer.position(tp))
            metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(gap)
            behind += gap
        return {topic_names(RAW): behind}

    def assigned(self) -> list[str]:
        if self.consumer is None:
            return []
        return sorted(f"{tp.topic}:{tp.partition}" for tp in self.consumer.assignment())


stage = DispatchStage()


_topic_name = {base: topic_names(base) for base in ALL_TOPICS}  # once, not per event


def _route(record: Any, sender: BatchSender) -> None:
    metrics.dispatches_total.inc()
    outgoing = route_raw(
        record.value,
        key=record.key,
        timestamp_ms=record.timestamp if record.timestamp and record.timestamp > 0 else None,
        source_topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        max_bytes=settings.max_dispatch_bytes,
        max_event_bytes=settings.max_event_bytes,
        extract=extract,
    )
    for out in outgoing:
        sender.add(_topic_name[out.topic], out.key, out.value)
        if out.event is not None:
            live.on_event(out.event)
        elif out.reason is not None:
            metrics.deadletters_total.labels(out.reason).inc()
            live.on_deadletter(out.reason)


YIELD_EVERY_S = 0.05
# a single 1 MiB dispatch can take seconds of CPU on a loaded machine
SESSION_TIMEOUT_MS = 30_000
FETCH_PARTITION_BYTES = 1 << 20


@app.task
async def split_dispatches() -> None:
    await keep_running("dispatch", _run_stage)


async def _run_stage() -> None:
    raw = topic_names(RAW)
    group = settings.dispatch_group_id
    consumer = AIOKafkaConsumer(
        raw,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        # small fetches (a record larger than the limit is still served whole,
        # KIP-74): 16 MiB per partition made every backlog a huge resident buffer
        max_partition_fetch_bytes=FETCH_PARTITION_BYTES,
        fetch_max_bytes=4 * FETCH_PARTITION_BYTES,
        isolation_level="read_committed",
        session_timeout_ms=SESSION_TIMEOUT_MS,
        heartbeat_interval_ms=3_000,
        **settings.kafka_client_kwargs(),
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        # idempotence only where transactions need it: duplicates are handled by
        # event ids, and an idempotent producer cannot survive a broker that lost
        # its sequence state (OutOfOrderSequenceNumber after a broker kill -9)
        enable_idempotence=exactly_once,
        linger_ms=settings.producer_linger_ms,
        max_batch_size=BATCH_BYTES,
        max_request_size=PRODUCER_MAX_REQUEST_BYTES,
        transactional_id=f"{group}-{settings.instance_id}" if exactly_once else None,
        **settings.kafka_client_kwargs(),
    )
    try:
        await producer.start()
        await consumer.start()
        stage.consumer = consumer
        partitions = PartitionMap()
        await partitions.learn(producer, [topic_names(t) for t in ALL_TOPICS if t != RAW])
        # at-least-once: batch N's acknowledgements and commit run in the
        # background while batch N+1 is routed (the broker works on the other
        # core meanwhile); commits still happen one after another, in order
        in_flight: asyncio.Future[None] | None = None
        try:
            while True:
                await _let_table_stage_catch_up()
                records = await consumer.getmany(timeout_ms=1000, max_records=settings.batch_size)
                if not records:
                    if in_flight is not None:
                        await in_flight
                        in_flight = None
                    continue
                sender, offsets = await _route_batch(records, producer, partitions)
                if exactly_once:
                    await _commit_in_transaction(producer, sender, offsets, group)
                    continue
                futures = await sender.submit()
                if in_flight is not None:
                    await in_flight  # its commit goes first
                in_flight = asyncio.ensure_future(_ack_and_commit(consumer, futures, offsets))
        finally:
            if in_flight is not None and not in_flight.done():
                in_flight.cancel()
    finally:
        stage.consumer = None
        await consumer.stop()
        await producer.stop()


BACKPRESSURE_POLL_S = 0.02
BACKPRESSURE_MAX_WAIT_S = 2.0


async def _let_table_stage_catch_up() -> None:
    """Backpressure: pause while this worker's table stage trails too far behind.

    Both stages share one process and one core. Under sustained load the
    dispatch stage, which always has work, starved the table stage (then a faust agent): a
    soak measured the table stage at ~500 incident events/s against ~2,600/s
    arriving, its backlog growing to 500,000. The wait is bounded so a table
    stage that is stuck (not merely slow) cannot stop the dispatch stage.
    """
    limit = settings.table_backlog_limit
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BACKPRESSURE_MAX_WAIT_S
    while loop.time() < deadline:
        backlog = table_stage.backlog()
        if backlog is None or backlog <= limit:
            return
        await asyncio.sleep(BACKPRESSURE_POLL_S)


async def _route_batch(
    records: dict[TopicPartition, list[Any]], producer: AIOKafkaProducer, partitions: PartitionMap
) -> tuple[BatchSender, dict[TopicPartition, OffsetAndMetadata]]:
    """Every record of a fetch through the pure core, into per-partition producer batches."""
    sender = BatchSender(producer, partitions)
    offsets: dict[TopicPartition, OffsetAndMetadata] = {}
    now = time.time()
    yielded = time.monotonic()
    for tp, batch in records.items():
        for record in batch:
            _route(record, sender)
            if record.timestamp and record.timestamp > 0:
                metrics.processing_seconds.observe(max(0.0, now - record.timestamp / 1000))
            if time.monotonic() - yielded > YIELD_EVERY_S:
                # extraction is synchronous: let heartbeats and HTTP run,
                # or a batch of huge dispatches outlives the group session
                await asyncio.sleep(0)
                yielded = time.monotonic()
        offsets[tp] = OffsetAndMetadata(batch[-1].offset + 1, "")
    return sender, offsets


async def _commit_in_transaction(
    producer: AIOKafkaProducer,
    sender: BatchSender,
    offsets: dict[TopicPartition, OffsetAndMetadata],
    group: str,
) -> None:
    # outputs and input offsets in one transaction: read_committed
    # consumers see a batch's events exactly once, or not at all
    async with producer.transaction():
        await sender.submit()
        await producer.send_offsets_to_transaction(offsets, group)


async def _ack_and_commit(
    consumer: AIOKafkaConsumer,
    futures: list[asyncio.Future[Any]],
    offsets: dict[TopicPartition, OffsetAndMetadata],
) -> None:
    """Commit a batch's input offsets once the broker acknowledged all of its outputs."""
    await asyncio.gather(*futures)
    try:
        await consumer.commit(offsets)
    except (CommitFailedError, KafkaError) as exc:
        # a rebalance took these partitions: their new owner reprocesses the
        # batch from the last commit (at-least-once; event ids are stable)
        log.warning("offset commit failed, batch will be redone by the new owner: %s", exc)
