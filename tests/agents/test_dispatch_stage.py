"""The dispatch stage's sending machinery against the real broker."""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.partitioner import DefaultPartitioner

from streams.batching import BatchSender, PartitionMap
from streams.broker import EmbeddedBroker

pytestmark = pytest.mark.broker


async def _topic(broker: EmbeddedBroker, partitions: int = 4) -> str:
    name = f"agents-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1)])
    finally:
        await admin.close()
    return name


async def _read_all(broker: EmbeddedBroker, topic: str, count: int) -> list:  # type: ignore[type-arg]
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=broker.bootstrap, auto_offset_reset="earliest", group_id=None
    )
    await consumer.start()
    try:
        records = []
        while len(records) < count:
            batch = await consumer.getmany(timeout_ms=2000)
            assert batch, f"only {len(records)} of {count} records arrived"
            for items in batch.values():
                records.extend(items)
        return records
    finally:
        await consumer.stop()


async def test_batches_land_where_kafkas_default_partitioner_puts_keys(broker: EmbeddedBroker):
    topic = await _topic(broker)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, max_batch_size=1 << 20)
    await producer.start()
    try:
        partitions = PartitionMap()
        await partitions.learn(producer, [topic])
        sender = BatchSender(producer, partitions)
        keys = [f"gn:{700000 + i}".encode() for i in range(40)] + [None, None]
        for i, key in enumerate(keys):
            sender.add(topic, key, f"value-{i}".encode())
        futures = await sender.submit()
        for fut in futures:
            await fut
        # the same keys through the ordinary per-message path, for comparison
        plain = {
            key: (await (await producer.send(topic, b"x", key=key))).partition
            for key in keys
            if key
        }
    finally:
        await producer.stop()

    records = await _read_all(broker, topic, len(keys) + len(plain))
    by_value = {r.value: r for r in records}
    for i, key in enumerate(keys):
        record = by_value[f"value-{i}".encode()]
        assert record.key == key
        if key is not None:
            assert record.partition == DefaultPartitioner()(key, [0, 1, 2, 3], [0, 1, 2, 3])
            assert record.partition == plain[key], "co-partitioned with any Kafka client"
    assert len({by_value[f"value-{i}".encode()].partition for i in range(40)}) > 1


async def test_full_batches_roll_over_without_losing_messages(broker: EmbeddedBroker):
    topic = await _topic(broker, partitions=1)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, max_batch_size=16 * 1024)
    await producer.start()
    try:
        partitions = PartitionMap()
        await partitions.learn(producer, [topic])
        sender = BatchSender(producer, partitions)
        values = [f"{i:05d}".encode() * 200 for i in range(100)]  # ~1 KB each, ~7 batches
        for value in values:
            sender.add(topic, b"same-key", value)
        futures = await sender.submit()
        assert len(futures) > 1
        for fut in futures:
            await fut
    finally:
        await producer.stop()
    records = await _read_all(broker, topic, len(values))
    assert [r.value for r in records] == values, "order within a partition is kept"
