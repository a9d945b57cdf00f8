"""Does ``processing_guarantee="exactly_once"`` give exactly-once outputs across kill -9?

The same scenario runs under both guarantees: one worker, dispatches streaming
in, the worker killed with SIGKILL mid-stream and restarted (twice). Outputs are
read with ``isolation_level="read_committed"``, as a downstream consumer that
wants exactly-once would read them. What must hold in both: nothing lost, the
casualty table equal to a clean run. The number of duplicate events is
printed (``RELIABILITY {...}`` lines) and recorded in docs/RELIABILITY.md;
exactly_once must show none.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer

from streams.admin import group_lag, names, topic_partitions
from streams.bench import corpus
from streams.broker import EmbeddedBroker
from streams.publish import publish_messages
from streams.runner import wait_idle
from streams.settings import Settings
from streams.topics import INCIDENT, RAW
from tests.integration.kafka_helpers import WorkerProcess, prepare, unique_settings
from tests.integration.reliability_helpers import (
    assert_complete,
    committed_total,
    kill_mid_stream,
    reap_members,
    record_figures,
    verify_run,
    wait_owned,
)

pytestmark = [pytest.mark.broker, pytest.mark.slow]

DISPATCHES = 400
RATE_PER_S = 120.0


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_kill9_under_each_guarantee(
    broker: EmbeddedBroker, tmp_path: Path, guarantee: str
) -> None:
    settings = unique_settings(broker.url, processing_guarantee=guarantee)
    await prepare(settings)
    messages = corpus.build(DISPATCHES, prefix=f"eos-{guarantee}")
    half = DISPATCHES // 2
    # the same HTTP port on restart: the same instance id, so the same transactional
    # id, which fences the killed producer and aborts its open transaction
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    assert worker.get("/api/health")["processing_guarantee"] == guarantee
    kills = []
    try:
        for start, end in ((0, half), (half, DISPATCHES)):
            await wait_owned(settings, [worker])
            publisher = asyncio.ensure_future(
                publish_messages(settings, messages[start:end], rate_per_s=RATE_PER_S)
            )
            done, members = await kill_mid_stream(settings, worker, start + (end - start) // 4)
            kills.append(done)
            await reap_members(settings, members, live=0)  # Kafka's session expiry, emulated
            await publisher
            worker.start()
        committed = await verify_run(settings, [worker], isolation_level="read_committed")
        uncommitted = await verify_run(settings, [worker], isolation_level="read_uncommitted")
    finally:
        worker.stop()
    figures = committed.figures()
    figures["duplicate_events_read_uncommitted"] = uncommitted.accounting.duplicates
    record_figures(f"kill9_{guarantee}", {"kills_at_committed": kills, **figures})
    if guarantee == "exactly_once":
        assert committed.accounting.duplicates == 0, "read_committed consumers saw duplicates"
        assert not committed.accounting.doubled_letters
        # bugs 5 (faust's table recovery) and 10 (noida-db's aborted-transaction
        # lists, see test_kafka_quirks) made the table wrong here
        assert_complete(committed)
    else:
        assert_complete(committed)


async def test_idle_detection_ends_under_exactly_once(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    """`newswire run --until-idle` must end with exactly_once too.

    Transactions leave a commit marker at the end of each partition that no
    consumer receives, so end minus committed offset never reaches 0; group_lag
    reads such small gaps and counts records, not offsets.
    """
    settings = unique_settings(broker.url, processing_guarantee="exactly_once")
    await prepare(settings)
    messages = corpus.build(40, prefix="eos-idle")
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        await wait_owned(settings, [worker])
        await publish_messages(settings, messages)
        await wait_idle(settings, len(messages), timeout_s=120.0)
        lag = await group_lag(settings, (RAW, INCIDENT))
        ends = await end_offsets(settings, INCIDENT)
        committed = await committed_total(settings, INCIDENT)
    finally:
        worker.stop()
    assert lag == {RAW: 0, INCIDENT: 0}
    # the case this is about: offsets left that hold no record (commit markers)
    assert sum(ends.values()) > committed, "no transaction marker after the last commit"


async def end_offsets(settings: Settings, base: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers)
    await consumer.start()
    try:
        tps = await topic_partitions(consumer, names(settings)(base))
        return {tp.partition: offset for tp, offset in (await consumer.end_offsets(tps)).items()}
    finally:
        await consumer.stop()
