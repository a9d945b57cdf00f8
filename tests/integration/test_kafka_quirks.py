"""Why the table stage reads read_uncommitted: a fenced producer's successor on noida-db.

A transactional producer is killed with a transaction open; its successor (same
transactional id, so the same producer id with a new epoch) aborts it and then
commits new records. A consumer that starts *after* the abort marker must still
get those new records. With read_uncommitted it does; with read_committed on
noida-db 0.2.3 it got nothing (the broker lists the old aborted transaction in
the fetch response, aiokafka then skips every record of that producer id), which
is how the exactly_once table stage lost incident reports (bug 10).
"""

from __future__ import annotations

import contextlib
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition

from streams.broker import EmbeddedBroker

pytestmark = pytest.mark.broker


async def _read_from(broker: EmbeddedBroker, tp: TopicPartition, offset: int, iso: str) -> list:  # type: ignore[type-arg]
    consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, isolation_level=iso)
    await consumer.start()
    try:
        consumer.assign([tp])
        consumer.seek(tp, offset)
        values = []
        while await consumer.position(tp) < (await consumer.end_offsets([tp]))[tp]:
            batch = await consumer.getmany(tp, timeout_ms=1000)
            if not batch:
                break
            values += [r.value for records in batch.values() for r in records]
        return values
    finally:
        await consumer.stop()


async def test_a_fenced_producers_successor_is_read_from_after_the_abort(
    broker: EmbeddedBroker,
) -> None:
    topic, txn = f"quirk-{uuid.uuid4().hex[:8]}", f"txn-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 1, 1)])
    finally:
        await admin.close()
    tp = TopicPartition(topic, 0)
    killed = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, transactional_id=txn)
    await killed.start()
    async with killed.transaction():
        for i in range(3):
            await killed.send(topic, b"before-%d" % i)
    await killed.begin_transaction()  # left open: the process "dies" here
    for i in range(3):
        await killed.send(topic, b"aborted-%d" % i)
    await killed.flush()
    successor = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, transactional_id=txn)
    await successor.start()  # fences the old epoch: its open transaction is aborted
    try:
        # where the successor starts writing: after the abort marker
        after_abort = await _end_offset(broker, tp)
        async with successor.transaction():
            for i in range(3):
                await successor.send(topic, b"after-%d" % i)
    finally:
        await successor.stop()
        with contextlib.suppress(KafkaError):  # fenced: it cannot end its transaction
            await killed.stop()
    new = [b"after-0", b"after-1", b"after-2"]
    uncommitted = await _read_from(broker, tp, after_abort, "read_uncommitted")
    assert uncommitted == new
    committed = await _read_from(broker, tp, after_abort, "read_committed")
    # not asserted (a broker fix would change it), shown for the record
    print(f"read_committed from offset {after_abort}: {committed!r} (want {new!r})")


async def _end_offset(broker: EmbeddedBroker, tp: TopicPartition) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap)
    await consumer.start()
    try:
        return int((await consumer.end_offsets([tp]))[tp])
    finally:
        await consumer.stop()
