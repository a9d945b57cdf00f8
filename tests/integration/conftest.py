"""The embedded broker (always available: it ships in the noida-db wheel)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from tests.integration.kafka_helpers import WorkerProcess, prepare, unique_settings


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker(data_dir=tmp_path_factory.mktemp("broker")) as running:
        yield running


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
