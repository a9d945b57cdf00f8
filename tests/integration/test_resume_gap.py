"""Regression test for faust's resume gap (streams/faust_fix.py), on the real broker.

A worker with a table (tests/integration/resume_gap_app.py, its own process)
consumes a 4-partition input topic, is stopped part way through, more input is
produced, and a new worker resumes from the committed offsets with a backlog
already waiting. Every input id must reach the output topic. The same scenario
without the fix (NEWSWIRE_FAUST_FIX=0) must lose some: that proves the test
catches the bug.

Ad hoc measurement (docs/FAUST_FIX.md), both modes per round:
``.venv/bin/python -m tests.integration.test_resume_gap [rounds]``; knobs:
RG_MODES=fixed,unfixed  RG_RESUMES=3  RG_BATCH=1500  RG_STALL_S=5
RG_GUARANTEE=exactly_once (then RG_STALL_S=20: recovery waits ~10 s per restart)
RG_ONLY_FIX=recovery|consumer (with the "unfixed" mode: one fix alone)
RG_LOG_DIR=/tmp (worker logs).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import TopicPartition

from streams.broker import EmbeddedBroker

REPO = Path(__file__).resolve().parents[2]
PARTITIONS = 4
FIRST = 3000  # produced before the first worker starts
BATCH = int(os.environ.get("RG_BATCH", "1500"))  # produced while no worker runs, per resume
RESUMES = int(os.environ.get("RG_RESUMES", "3"))  # worker restarts (each resumes with a backlog)
STOP_AFTER = 1000  # a worker that is not the last is stopped once it committed this many more
# no commit progress for this long (input left): the worker is stuck
STALL_S = float(os.environ.get("RG_STALL_S", "5"))
STARTUP_S = 20.0  # ... or for this long before the worker's first commit


@dataclass
class Outcome:
    produced: int
    output: int
    distinct: int
    lost: int
    doubled: int
    lost_per_partition: dict[int, int]
    stalled: bool
    resumes: int
    seconds: float


async def create_topics(bootstrap: str, names: list[str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, PARTITIONS, 1) for n in names])
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, ids: range) -> dict[int, int]:
    """Send ids keyed by str(id); returns id -> partition."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    try:
        futures = [
            (i, await producer.send(topic, json.dumps({"id": i}).encode(), key=str(i).encode()))
            for i in ids
        ]
        return {i: (await fut).partition for i, fut in futures}
    finally:
        await producer.stop()


async def committed_and_end(bootstrap: str, group: str, topic: str) -> tuple[list[int], list[int]]:
    """Per partition: the group's committed offset, the end offset."""
    tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group, partitions=tps)
        ends = await consumer.end_offsets(tps)
        return (
            [max(offsets[tp].offset, 0) if tp in offsets else 0 for tp in tps],
            [ends[tp] for tp in tps],
        )
    finally:
        await consumer.stop()
        await admin.close()


async def read_all(bootstrap: str, topic: str) -> list[dict[str, int]]:
    tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, isolation_level="read_committed"
    )
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[dict[str, int]] = []
        deadline = time.monotonic() + 20
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            assert time.monotonic() < deadline, f"could not read {topic} to its end"
            for records in (await consumer.getmany(timeout_ms=200)).values():
                out.extend(json.loads(r.value) for r in records)
        return out
    finally:
        await consumer.stop()


class Worker:
    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.integration.resume_gap_app"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            tail = self.log_path.read_text(errors="replace")[-3000:]
            raise AssertionError(f"worker exited with {self.proc.returncode}:\n{tail}")


async def wait_committed(
    bootstrap: str, group: str, topic: str, worker: Worker, at_least: int | None, timeout: float
) -> bool:
    """Until the group committed `at_least` inputs (None: all); False if it stalled.

    Stalled: no commit progress for STALL_S while input is left (seen without
    the fix: a partition paused by recovery and never fetched again).
    """
    deadline = time.monotonic() + timeout
    last, last_change = -1, time.monotonic()
    first = None  # the committed total when the worker was started
    while True:
        worker.check_alive()
        committed, end = await committed_and_end(bootstrap, group, topic)
        if sum(committed) >= (sum(end) if at_least is None else at_least):
            return True
        now = time.monotonic()
        if first is None:
            first = sum(committed)
        # until its first commit the worker is still starting (process, faust, recovery:
        # over 5 s on a slow host), so the stall window is then STARTUP_S
        window = STALL_S if sum(committed) != first else max(STALL_S, STARTUP_S)
        if sum(committed) != last:
            last, last_change = sum(committed), now
        elif now - last_change > window:
            print(f"stalled: committed {committed} of {end}", file=sys.stderr)
            return False
        if now > deadline:
            raise AssertionError(f"worker committed {committed} of {end} in {timeout}s")
        await asyncio.sleep(0.1)


async def run_scenario(bootstrap: str, log_dir: Path, *, fixed: bool) -> Outcome:
    started = time.monotonic()
    tag = uuid.uuid4().hex[:8]
    app_id, table = f"rg-{tag}", "seen"
    topic_in, topic_out = f"rg-{tag}-in", f"rg-{tag}-out"
    await create_topics(bootstrap, [topic_in, topic_out, f"{app_id}-{table}-changelog"])
    env = dict(os.environ)
    env.update(
        RG_BROKER=f"kafka://{bootstrap}",
        RG_APP_ID=app_id,
        RG_IN=topic_in,
        RG_OUT=topic_out,
        RG_TABLE=table,
        NEWSWIRE_FAUST_FIX="1" if fixed else "0",
    )
    log_path = log_dir / f"worker-{'fixed' if fixed else 'unfixed'}-{tag}.log"
    where = await produce(bootstrap, topic_in, range(FIRST))
    stalled = False
    for cycle in range(RESUMES + 1):
        if cycle:  # no worker runs: the next one resumes from committed offsets with a backlog
            start = FIRST + (cycle - 1) * BATCH
            where |= await produce(bootstrap, topic_in, range(start, start + BATCH))
        done = sum((await committed_and_end(bootstrap, app_id, topic_in))[0])
        target = done + STOP_AFTER if cycle < RESUMES else None
        worker = Worker(env, log_path)
        try:
            stalled |= not await wait_committed(bootstrap, app_id, topic_in, worker, target, 40)
        finally:
            worker.stop()
    out = await read_all(bootstrap, topic_out)
    counts = Counter(o["id"] for o in out)
    missing = [i for i in where if i not in counts]
    return Outcome(
        produced=len(where),
        output=len(out),
        distinct=len(counts),
        lost=len(missing),
        doubled=sum(c - 1 for c in counts.values()),
        lost_per_partition=dict(sorted(Counter(where[i] for i in missing).items())),
        stalled=stalled,
        resumes=RESUMES,
        seconds=round(time.monotonic() - started, 1),
    )


@pytest.fixture(scope="module")
def kafka() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as b:
        yield b


@pytest.mark.slow
@pytest.mark.broker
async def test_resume_with_fix_loses_nothing(kafka: EmbeddedBroker, tmp_path: Path) -> None:
    outcome = await run_scenario(kafka.bootstrap, tmp_path, fixed=True)
    print(f"with fix: {outcome}")
    assert outcome.lost == 0 and not outcome.stalled, outcome


@pytest.mark.slow
@pytest.mark.broker
async def test_resume_without_fix_loses_messages(kafka: EmbeddedBroker, tmp_path: Path) -> None:
    """The proof that the scenario catches the bug faust_fix removes."""
    outcome = await run_scenario(kafka.bootstrap, tmp_path, fixed=False)
    print(f"without fix: {outcome}")
    assert outcome.lost > 0, outcome


async def _measure(rounds: int) -> None:
    log_dir = Path(os.environ.get("RG_LOG_DIR", "/tmp"))
    with EmbeddedBroker() as b:
        for n in range(rounds):
            for fixed in [
                m == "fixed" for m in os.environ.get("RG_MODES", "fixed,unfixed").split(",")
            ]:
                outcome = await run_scenario(b.bootstrap, log_dir, fixed=fixed)
                print(f"round {n} fixed={fixed}: {outcome}", flush=True)


if __name__ == "__main__":
    asyncio.run(_measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
