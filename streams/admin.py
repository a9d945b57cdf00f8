"""Explicit topic creation.

noida-db (like a Kafka with auto-create on) would create an unknown topic with
ONE partition on first use, which would silently break co-partitioning of the
incident topic and the table changelog; so every topic is created here, with
its partition count, before any producer or worker touches it.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError
from aiokafka.structs import TopicPartition

from streams.publish import PRODUCER_MAX_REQUEST_BYTES
from streams.settings import Settings
from streams.topics import ALL_TOPICS, RAW, TopicNames


def group_of(settings: Settings, base: str) -> str:
    """The consumer group that reads an input topic."""
    return settings.dispatch_group_id if base == RAW else settings.table_group_id


log = logging.getLogger(__name__)
RAW_MAX_MESSAGE_BYTES = PRODUCER_MAX_REQUEST_BYTES
# Gaps up to this size between committed and end offset are read to tell
# transaction markers (no records) from real backlog; larger gaps are backlog.
MARKER_GAP = 16


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Partitions of a topic, refreshing the consumer's metadata once if it has none."""
    parts = consumer.partitions_for_topic(topic)
    if not parts:
        await consumer._client.force_metadata_update()
        parts = consumer.partitions_for_topic(topic) or set()
    return [TopicPartition(topic, p) for p in sorted(parts)]


def names(settings: Settings) -> TopicNames:
    return TopicNames(prefix=settings.topic_prefix, app_id=settings.app_id)


def topic_specs(settings: Settings) -> list[NewTopic]:
    n = names(settings)
    rf = settings.replication_factor
    specs = [
        NewTopic(
            n(t),
            settings.partitions,
            rf,
            # Kafka's default max.message.bytes (1 MiB) would make the broker refuse
            # an oversized dispatch at publish time; the raw topic takes what the
            # producer sends, so the worker dead-letters it (too_large) instead.
            topic_configs={"max.message.bytes": str(RAW_MAX_MESSAGE_BYTES)} if t == RAW else {},
        )
        for t in ALL_TOPICS
    ]
    specs.append(
        NewTopic(n.changelog, settings.partitions, rf, topic_configs={"cleanup.policy": "compact"})
    )
    return specs


async def _admin(settings: Settings, timeout_s: float) -> AIOKafkaAdminClient:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        admin = AIOKafkaAdminClient(
            bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
        )
        try:
            await admin.start()
            return admin
        except KafkaConnectionError:
            await admin.close()
            if loop.time() > deadline:
                raise
            await asyncio.sleep(0.5)


async def ensure_topics(settings: Settings, timeout_s: float = 30.0) -> list[str]:
    """Create every topic that does not exist yet; returns the names created."""
    admin = await _admin(settings, timeout_s)
    try:
        existing = set(await admin.list_topics())
        created: list[str] = []
        for spec in topic_specs(settings):
            if spec.name in existing:
                continue
            try:
                await admin.create_topics([spec])
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass  # another worker won the race
        if created:
            log.info("created topics %s", ", ".join(created))
        return created
    finally:
        await admin.close()


async def group_lag(settings: Settings, bases: tuple[str, ...] = (RAW,)) -> dict[str, int]:
    """Records not yet committed by the worker groups, per topic.

    End offset minus committed offset, except where that gap is small: there
    the records are read (read_committed) and counted. On a topic written in
    transactions (exactly_once) a partition's last offset is a commit marker
    that no consumer ever receives, so the plain difference stays at 1 per
    partition for good and idle detection would never end.
    """
    n = names(settings)
    admin = await _admin(settings, 10.0)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        isolation_level="read_committed",
        **settings.kafka_client_kwargs(),
    )
    await consumer.start()
    try:
        lag: dict[str, int] = {}
        for base in bases:
            committed = await admin.list_consumer_group_offsets(group_of(settings, base))
            tps = await topic_partitions(consumer, n(base))
            ends = await consumer.end_offsets(tps)
            total = 0
            for tp in tps:
                meta = committed.get(tp)
                done = meta.offset if meta is not None and meta.offset >= 0 else 0
                gap = max(0, ends[tp] - done)
                if 0 < gap <= MARKER_GAP:
                    gap = await _records_between(consumer, tp, done, ends[tp])
                total += gap
            lag[base] = total
        return lag
    finally:
        await consumer.stop()
        await admin.close()


async def _records_between(
    consumer: AIOKafkaConsumer, tp: TopicPartition, start: int, end: int, timeout_s: float = 2.0
) -> int:
    """Records a read_committed consumer receives in [start, end) (markers are skipped)."""
    consumer.assign([tp])
    consumer.seek(tp, start)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    count = 0
    while await consumer.position(tp) < end:
        if loop.time() > deadline:
            return max(count, 1)  # could not read to the end: not idle
        batch = await consumer.getmany(tp, timeout_ms=200)
        count += sum(1 for r in batch.get(tp, []) if r.offset < end)
    return count
