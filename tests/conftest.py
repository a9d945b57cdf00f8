"""Shared paths for every test tier."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "streams" / "samples" / "000_149e375c67e9860f.txt"


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()
