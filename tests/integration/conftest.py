"""A pipeline under test: fresh topics and a real worker process on the session broker."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from tests.integration.kafka_helpers import WorkerProcess, prepare, unique_settings


@pytest.fixture
async def pipeline(broker: EmbeddedBroker, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Fresh topics + one worker process of its own; yields the WorkerProcess."""
    settings = unique_settings(broker.url)
    await prepare(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        yield worker
    finally:
        worker.stop()
