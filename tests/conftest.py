"""Shared paths for every test tier."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "streams" / "samples" / "000_149e375c67e9860f.txt"


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """The embedded broker, one per test session (always available: noida-db's wheel)."""
    with EmbeddedBroker(data_dir=tmp_path_factory.mktemp("broker")) as running:
        yield running
