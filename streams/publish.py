"""Publishing dispatches to ``dispatches.raw`` (the producer side of users)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from aiokafka import AIOKafkaProducer

from streams.settings import Settings
from streams.topics import RAW

# Large enough for the biggest dispatch the worker accepts, so an oversized one
# reaches the worker and is dead-lettered with a reason instead of failing here.
PRODUCER_MAX_REQUEST_BYTES = 16 * 1024 * 1024


def dispatch_files(paths: list[str]) -> Iterator[Path]:
    """Every file named, directories walked in sorted order (hidden files skipped)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    if not file.startswith("."):
                        yield Path(root) / file
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or directory: {name}")


def new_producer(settings: Settings) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        max_request_size=PRODUCER_MAX_REQUEST_BYTES,
        linger_ms=5,
        acks="all",
        **settings.kafka_client_kwargs(),
    )


async def publish_messages(
    settings: Settings,
    messages: Sequence[tuple[bytes | None, bytes]],
    *,
    rate_per_s: float | None = None,
    on_sent: Callable[[int], None] | None = None,
) -> int:
    """Send (key, value) pairs to the raw topic; returns how many were acknowledged."""
    producer = new_producer(settings)
    await producer.start()
    topic = f"{settings.topic_prefix}{RAW}"
    try:
        start = time.monotonic()
        pending = []
        for i, (key, value) in enumerate(messages):
            if rate_per_s:
                delay = start + i / rate_per_s - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            pending.append(await producer.send(topic, value, key=key))
            if on_sent is not None:
                on_sent(1)
        for fut in pending:
            await fut
        return len(pending)
    finally:
        await producer.stop()
