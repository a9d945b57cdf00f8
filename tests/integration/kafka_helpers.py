"""Small helpers for integration tests: a pipeline under test, topic reading."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer

from streams import codec
from streams.admin import ensure_topics, group_lag, topic_partitions
from streams.broker import free_port
from streams.runner import http_json, start_worker, stop_worker, wait_http
from streams.settings import Settings
from streams.topics import INCIDENT, RAW


def unique_settings(broker_url: str, **overrides: Any) -> Settings:
    """Settings of a pipeline with its own topics and consumer group."""
    tag = uuid.uuid4().hex[:8]
    base = Settings()
    return replace(
        base,
        broker=broker_url,
        app_id=f"nw-test-{tag}",
        topic_prefix=f"t{tag}.",
        commit_interval_s=0.2,
        **overrides,
    )


async def read_topic(settings: Settings, base: str, timeout_s: float = 10.0) -> list[Any]:
    """Every message currently in a topic (all partitions), as (key, decoded JSON) pairs."""
    name = f"{settings.topic_prefix}{base}"
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers, enable_auto_commit=False
    )
    await consumer.start()
    try:
        tps = await topic_partitions(consumer, name)
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[Any] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            positions = [await consumer.position(tp) for tp in tps]
            if all(pos >= ends[tp] for pos, tp in zip(positions, tps, strict=True)):
                break
            if loop.time() > deadline:
                raise TimeoutError(f"could not read {name} to its end")
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for r in records:
                    out.append((r.key, codec.loads(r.value), r.partition, r.offset))
        return out
    finally:
        await consumer.stop()


async def wait_processed(settings: Settings, timeout_s: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        lag = await group_lag(settings, (RAW, INCIDENT))
        if lag[RAW] == 0 and lag[INCIDENT] == 0:
            return
        if loop.time() > deadline:
            raise TimeoutError(f"worker still behind: {lag}")
        await asyncio.sleep(0.2)


@dataclass
class WorkerProcess:
    settings: Settings
    log_path: Path
    web_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def start(self, timeout_s: float = 60.0) -> WorkerProcess:
        self.proc = start_worker(self.settings, self.web_port, self.log_path)
        try:
            wait_http(f"{self.url}/api/health", self.proc, timeout_s)
        except Exception as exc:
            raise RuntimeError(f"{exc}\n--- worker log ---\n{self.log_tail()}") from exc
        return self

    def stop(self) -> None:
        if self.proc is not None:
            stop_worker(self.proc)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def get(self, path: str) -> Any:
        return http_json(f"{self.url}{path}")

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


async def prepare(settings: Settings) -> None:
    await ensure_topics(settings)
