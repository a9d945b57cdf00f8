"""The measured runs of ``newswire bench``; each returns plain figures."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.admin import ensure_topics, group_of
from streams.bench.kafka_io import TopicProbe, percentile
from streams.broker import free_port
from streams.publish import publish_messages
from streams.routing import route_raw
from streams.runner import http_json, start_worker, stop_worker, wait_http
from streams.settings import Settings
from streams.text.dispatch import parse_dispatch
from streams.text.pipeline import extract_events
from streams.text.trivial import trivial_extract
from streams.topics import (
    DEADLETTER,
    DIPLOMACY,
    INCIDENT,
    POLICY,
    RAW,
    UNCLASSIFIED,
)

Corpus = list[tuple[bytes, bytes]]
OUTPUT_TOPICS = (INCIDENT, DIPLOMACY, POLICY, UNCLASSIFIED, DEADLETTER)
Progress = Callable[[str], None]


def fresh_settings(base: Settings, tag: str, **changes: Any) -> Settings:
    run = uuid.uuid4().hex[:6]
    return replace(base, app_id=f"bench-{tag}-{run}", topic_prefix=f"b{tag}{run}.", **changes)


def expected_outputs(corpus: Corpus, extractor: str) -> int:
    extract = trivial_extract if extractor == "trivial" else extract_events
    return sum(
        len(
            route_raw(
                v,
                key=k,
                timestamp_ms=None,
                source_topic="",
                partition=0,
                offset=0,
                max_bytes=1 << 30,
                extract=extract,
            )
        )
        for k, v in corpus
    )


# --- (b) the CPU ceiling ------------------------------------------------------


WARM_UP_DISPATCHES = 200


def pure_rate(corpus: Corpus, seconds: float) -> dict[str, float]:
    """Parse + extract in this process (one core), for ``seconds``.

    The clock starts after a warm-up pass over the first dispatches: the
    one-time gazetteer load (seconds) is start-up, not throughput.
    """
    for key, value in corpus[:WARM_UP_DISPATCHES]:
        extract_events(parse_dispatch(value, key=key))
    done = events = 0
    start = time.perf_counter()
    while True:
        for key, value in corpus:
            events += len(extract_events(parse_dispatch(value, key=key)))
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    return {"dispatches_per_s": done / elapsed, "events_per_dispatch": events / done}


# --- (a) the broker ceiling ---------------------------------------------------


async def passthrough_rate(settings: Settings, corpus: Corpus) -> float:
    """Plain aiokafka consume -> produce of the same messages, one process."""
    await ensure_topics(settings)
    raw, out = settings.topic_prefix + RAW, settings.topic_prefix + UNCLASSIFIED
    await publish_messages(settings, list(corpus))
    consumer = AIOKafkaConsumer(
        raw,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=settings.app_id,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=4 << 20,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        linger_ms=settings.producer_linger_ms,
        max_batch_size=256 * 1024,
        max_request_size=16 << 20,
    )
    await consumer.start()
    await producer.start()
    try:
        seen = 0
        started = 0.0
        while seen < len(corpus):
            batch = await consumer.getmany(timeout_ms=500, max_records=1000)
            if batch and not started:
                started = time.perf_counter()
            futures = []
            for records in batch.values():
                for r in records:
                    futures.append(await producer.send(out, r.value, key=r.key))
                    seen += 1
            for fut in futures:
                await fut
        await consumer.commit()
        return len(corpus) / (time.perf_counter() - started)
    finally:
        await consumer.stop()
        await producer.stop()


# --- (c), (d), (e): workers ---------------------------------------------------


@dataclass
class Workers:
    settings: Settings
    procs: list[subprocess.Popen[bytes]]
    ports: list[int]
    log_dir: Path

    def peak_rss_mb(self) -> list[float]:
        out = []
        for proc in self.procs:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            kb = next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")
            )
            out.append(kb / 1024)
        return out

    def stop(self) -> None:
        for proc in self.procs:
            stop_worker(proc)


async def start_workers(settings: Settings, count: int) -> Workers:
    await ensure_topics(settings)
    log_dir = Path(tempfile.mkdtemp(prefix="newswire-bench-"))
    ports = [free_port() for _ in range(count)]
    procs = [
        start_worker(settings, port, log_dir / f"worker-{i}.log") for i, port in enumerate(ports)
    ]
    workers = Workers(settings, procs, ports, log_dir)
    raw = settings.topic_prefix + RAW
    deadline = time.monotonic() + 120
    for proc, port in zip(procs, ports, strict=True):
        wait_http(f"http://127.0.0.1:{port}/api/health", proc, 120)
    # wait until the group is stable: every raw partition owned, every worker busy
    while True:
        owned = [
            {
                p
                for p in http_json(f"http://127.0.0.1:{port}/api/health")["assigned_partitions"]
                if p.startswith(raw + ":")
            }
            for port in ports
        ]
        if all(owned) and len(set().union(*owned)) == settings.partitions:
            break
        if time.monotonic() > deadline:
            workers.stop()
            raise TimeoutError(f"workers never shared the partitions: {owned}")
        await asyncio.sleep(0.5)
    return workers


async def warm_up(
    settings: Settings, probe: TopicProbe, outputs: list[str], extractor: str
) -> None:
    warm = [(b"warm-up", b" date 2024-01-01 Warm-up dispatch\nA second line.")]
    base = await probe.end_offsets(outputs)
    await publish_messages(settings, warm)
    await probe.wait_count(outputs, base, expected_outputs(warm, extractor), 120)


async def timed_fanout(
    settings: Settings,
    corpus: Corpus,
    outputs: list[str],
    expected: int,
    timeout_s: float = 600,
    table_group: str | None = None,
) -> dict[str, float]:
    """Publish the corpus; time from the first output seen to the last one (10 ms polls).

    The whole corpus is published first (publishing is several times faster
    than any consumer here), so the span measures the consumer alone. With
    ``table_group`` the run ends only when that group (newswire's table stage)
    has also committed every incident event: the table is updated.
    """
    async with TopicProbe(settings.bootstrap_servers) as probe:
        base = await probe.end_offsets(outputs)
        publisher = asyncio.ensure_future(publish_messages(settings, list(corpus)))
        await probe.wait_count(outputs, base, expected, timeout_s, poll_s=0.01)
        if table_group is not None:
            await probe.wait_committed(table_group, settings.topic_prefix + INCIDENT, timeout_s)
        await publisher
    seconds = max(1e-3, probe.done_at - probe.first_seen)
    return {"dispatches_per_s": len(corpus) / seconds, "events_per_s": expected / seconds}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    # fields after the ")" that closes the command name start at field 3 (state);
    # utime and stime are fields 14 and 15
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def pipeline_run(
    settings: Settings,
    corpus: Corpus,
    *,
    workers: int = 1,
    keep: bool = False,
    broker_pid: int | None = None,
) -> tuple[dict[str, float], Workers | None]:
    """(c): the corpus through ``workers`` worker processes. Besides the rates, the
    CPU time each side spent per dispatch over the run: the workers' and, when
    its pid is known (the embedded one), the broker's."""
    outputs = [settings.topic_prefix + t for t in OUTPUT_TOPICS]
    running = await start_workers(settings, workers)
    try:
        async with TopicProbe(settings.bootstrap_servers) as probe:
            await warm_up(settings, probe, outputs, settings.extractor)
        pids = [proc.pid for proc in running.procs]
        worker_cpu = sum(cpu_seconds(pid) for pid in pids)
        broker_cpu = cpu_seconds(broker_pid) if broker_pid else 0.0
        figures = await timed_fanout(
            settings,
            corpus,
            outputs,
            expected_outputs(corpus, settings.extractor),
            table_group=group_of(settings, INCIDENT),
        )
        worker_cpu = sum(cpu_seconds(pid) for pid in pids) - worker_cpu
        figures["worker_cpu_ms_per_dispatch"] = 1000 * worker_cpu / len(corpus)
        if broker_pid:
            broker_cpu = cpu_seconds(broker_pid) - broker_cpu
            figures["broker_cpu_ms_per_dispatch"] = 1000 * broker_cpu / len(corpus)
        figures["peak_rss_mb"] = max(running.peak_rss_mb())
    except BaseException:
        running.stop()
        raise
    if not keep:
        running.stop()
        return figures, None
    return figures, running


async def latency_run(
    running: Workers, corpus: Corpus, rate_per_s: float, seconds: float
) -> dict[str, float]:
    """Publish at ``rate_per_s``; per dispatch: last event's timestamp - raw record's."""
    settings = running.settings
    count = max(20, int(rate_per_s * seconds))
    batch = [(f"lat-{i}".encode(), corpus[i % len(corpus)][1]) for i in range(count)]
    outputs = [settings.topic_prefix + t for t in OUTPUT_TOPICS]
    raw = [settings.topic_prefix + RAW]
    async with TopicProbe(settings.bootstrap_servers) as probe:
        out_base = await probe.end_offsets(outputs)
        raw_base = await probe.end_offsets(raw)
        await publish_messages(settings, batch, rate_per_s=rate_per_s)
        out_end = await probe.wait_count(outputs, out_base, expected_outputs(batch, "full"), 300)
        raw_end = await probe.end_offsets(raw)
        sent_ms = {r.key: r.timestamp for r in await probe.read(raw_base, raw_end)}
        done_ms: dict[bytes, int] = {}
        for r in await probe.read(out_base, out_end):
            dispatch_id = _dispatch_id(r.value)
            if dispatch_id is not None:
                key = dispatch_id.encode()
                done_ms[key] = max(done_ms.get(key, 0), r.timestamp)
    latencies = [done_ms[k] - sent_ms[k] for k in sent_ms if k in done_ms]
    return {
        "rate_per_s": rate_per_s,
        "dispatches": len(latencies),
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
    }


def _dispatch_id(value: bytes) -> str | None:
    from streams import codec

    data = codec.loads(value)
    return data.get("dispatch_id") or data.get("key")


# --- (f) the peer -------------------------------------------------------------


async def quix_run(settings: Settings, corpus: Corpus) -> dict[str, float]:
    await ensure_topics(settings)
    raw, out = settings.topic_prefix + RAW, settings.topic_prefix + UNCLASSIFIED
    log = tempfile.NamedTemporaryFile(prefix="newswire-quix-", suffix=".log", delete=False)  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streams.bench.quix_peer",
            settings.bootstrap_servers,
            raw,
            out,
            settings.app_id,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        async with TopicProbe(settings.bootstrap_servers) as probe:
            await warm_up(settings, probe, [out], "trivial")
        return await timed_fanout(settings, corpus, [out], expected_outputs(corpus, "trivial"))
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
