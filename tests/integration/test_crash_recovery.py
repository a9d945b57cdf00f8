"""Nothing lost, nothing counted twice: kill -9 of workers and of the broker, mid-stream.

Each test publishes a few hundred distinct dispatches (``streams.bench.corpus``)
into real worker processes on the embedded broker, crashes something part way
through, lets the system recover on its own, and then checks the outputs
against the pure pipeline run over the same raw records (see
``reliability_helpers``):

- every expected event (by its deterministic ``event_id``) is on the event
  topics; copies beyond the first are counted and printed (at-least-once may
  duplicate; consumers drop them by ``event_id``);
- the casualty table equals the table of a clean run (``aggregate`` over the
  pure events of all inputs), both over HTTP and as the last value per window
  on ``aggregates.casualties``.

A worker is "mid-stream" when killed: it has committed part of the raw topic
while more is being published or still queued.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from streams.bench import corpus
from streams.broker import EmbeddedBroker
from streams.publish import publish_messages
from streams.settings import Settings
from streams.topics import INCIDENT, RAW
from tests.integration.kafka_helpers import WorkerProcess, prepare, unique_settings
from tests.integration.reliability_helpers import (
    assert_complete,
    assert_complete_after_broker_loss,
    check_alive,
    committed_total,
    kill_mid_stream,
    owns_everything,
    pid_of,
    reap_members,
    record_figures,
    verify_run,
    wait_owned,
    wait_until,
)

pytestmark = [pytest.mark.broker, pytest.mark.slow]

DISPATCHES = 400
# publishing pace: the worker is busy, not idle, when it is killed, and a quarter of a
# part leaves ~1.9 s of publishing after the kill point even on a loaded machine
RATE_PER_S = 80.0


async def test_worker_killed_mid_stream_recovers_everything(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    """(a) kill -9 the only worker twice while dispatches stream in; restart it each time."""
    # small batches: commits advance in steps, so a kill lands mid-stream
    settings = unique_settings(broker.url, batch_size=20)
    await prepare(settings)
    messages = corpus.build(DISPATCHES, prefix="crash")
    half = DISPATCHES // 2
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    kills = []
    try:
        for start, end in ((0, half), (half, DISPATCHES)):
            await wait_owned(settings, [worker])
            publisher = asyncio.ensure_future(
                publish_messages(settings, messages[start:end], rate_per_s=RATE_PER_S)
            )
            # a quarter of this part in: the worker is busy with the rest
            done, members = await kill_mid_stream(settings, worker, start + (end - start) // 4)
            await reap_members(settings, members, live=0)  # as Kafka's session expiry would
            kills.append(done)
            assert done < end, "killed after the part was fully committed: not mid-stream"
            await publisher  # the producer does not care that the worker died
            worker.start()  # same group, same HTTP port: resumes from the committed offsets
        verdict = await verify_run(settings, [worker])
    finally:
        worker.stop()
    record_figures(
        "crash_a_single_worker_kill9", {"kills_at_committed": kills, **verdict.figures()}
    )
    assert_complete(verdict)


async def test_two_workers_one_killed_the_other_takes_over(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    """(b) two workers in one group on 4 partitions; kill -9 one mid-stream."""
    # small batches: commits advance in steps, so a kill lands mid-stream
    settings = unique_settings(broker.url, batch_size=20)
    assert settings.partitions == 4
    await prepare(settings)
    victim = WorkerProcess(settings, tmp_path / "victim.log").start()
    workers = [victim]
    try:
        await wait_owned(settings, [victim])
        survivor = WorkerProcess(settings, tmp_path / "survivor.log").start()
        workers.append(survivor)
        await wait_owned(settings, workers)
        before = [sorted(p for p in w.get("/api/health")["assigned_partitions"]) for w in workers]

        messages = corpus.build(DISPATCHES, prefix="pair")
        publisher = asyncio.ensure_future(
            publish_messages(settings, messages, rate_per_s=RATE_PER_S)
        )
        killed_at, members = await kill_mid_stream(settings, victim, DISPATCHES // 4)
        assert killed_at < DISPATCHES
        await publisher

        async def survivor_owns_all() -> bool:
            await reap_members(settings, members, live=1)  # Kafka's session expiry, emulated
            return await owns_everything(settings, [survivor])

        await wait_until(
            survivor_owns_all, "the survivor to take over", poll_s=2.0, alive=[survivor]
        )
        # The survivor now owns every partition, so its /api/casualties alone is the
        # whole table (verify_run takes the union of the live workers' tables); the
        # last values per window on aggregates.casualties are compared as well.
        verdict = await verify_run(settings, [survivor])
    finally:
        for worker in workers:
            worker.stop()
    record_figures(
        "crash_b_two_workers_kill9_one",
        {"killed_at_committed": killed_at, "assigned_before": before, **verdict.figures()},
    )
    assert_complete(verdict)


BROKER_KILL_LOSS = (
    "noida-db persists its log periodically: a kill -9 of the broker loses writes it had "
    "acknowledged, on every topic and in its group offsets (docs/RELIABILITY.md, "
    "Broker limits). The worker's table stage, whose fetch positions were past the new "
    "ends, then misses events written again below them (seen: a window missing, a "
    "figure lower than the events on the topics), or stalls"
)


BROKER_STOP_LOSS = (
    "BUG 9 of docs/RELIABILITY.md (open): noida-db came back from a clean stop with "
    "events.incident shorter than the table stage had already fetched (it lost "
    "acknowledged records written during its shutdown); faust reset its fetch positions "
    "and its table stage stopped committing"
)


def shortened_log_evidence(log: str, settings: Settings) -> str:
    """aiokafka's note that a fetch position lay past the end of events.incident."""
    topic = f"{settings.topic_prefix}{INCIDENT}"
    lines = [
        line
        for line in log.splitlines()
        if "is out of range for partition" in line and topic in line
    ]
    return "\n".join(lines[:4])


@pytest.mark.parametrize(
    "how", ["stop", pytest.param("kill", marks=pytest.mark.xfail(reason=BROKER_KILL_LOSS))]
)
async def test_broker_restart_under_a_running_worker(tmp_path: Path, how: str) -> None:
    """(c) the broker goes away and comes back (same port, same data); the worker carries on.

    ``stop``: a clean broker restart loses nothing, so the checks are the strict
    ones. ``kill``: noida-db loses the writes it acknowledged since it last
    persisted its log (measured: ~5% of the inputs of this test), on every topic;
    the checks are those that still hold (``assert_complete_after_broker_loss``).
    """
    own = EmbeddedBroker(data_dir=tmp_path / "broker")  # not the session broker: we crash it
    own.start()
    worker = None
    try:
        settings = unique_settings(own.url, log_level="info")  # aiokafka notes resets at INFO
        await prepare(settings)
        worker = WorkerProcess(settings, tmp_path / "worker.log").start()
        pid = pid_of(worker)
        messages = corpus.build(DISPATCHES, prefix=f"broker-{how}")
        # paced: the broker goes away while dispatches are still arriving and the
        # worker is part way through them (producer and worker both ride it out)
        publisher = asyncio.ensure_future(
            publish_messages(settings, messages, rate_per_s=RATE_PER_S)
        )

        async def progressed() -> bool:
            return await committed_total(settings, RAW) >= DISPATCHES // 4

        await wait_until(progressed, "some committed raw records", alive=[worker])
        committed_before = await committed_total(settings, RAW)
        if how == "kill":
            own.kill()
        else:
            own.stop()
        own.start()  # same port and data dir (EmbeddedBroker keeps both)
        await publisher
        assert committed_before < DISPATCHES, "restarted after everything was done"
        try:
            verdict = await verify_run(settings, [worker])
        except AssertionError as exc:
            evidence = shortened_log_evidence(worker.log_tail(200_000), settings)
            if how == "stop" and evidence:
                # only with proof that the broker lost acknowledged records
                pytest.xfail(f"{BROKER_STOP_LOSS}\n{evidence}\n{exc}")
            raise
        health = worker.get("/api/health")
        assert pid_of(worker) == pid, "the worker process was not replaced"
        check_alive(worker)
    finally:
        if worker is not None:
            worker.stop()
        own.cleanup()
    assert health["status"] == "ok"
    loss: dict[str, int] = {}
    if how == "kill":
        loss = assert_complete_after_broker_loss(verdict, messages, settings.max_dispatch_bytes)
    record_figures(
        f"crash_c_broker_{how}",
        {"committed_before_restart": committed_before, **loss, **verdict.figures()},
    )
    if how == "stop":
        assert_complete(verdict)
