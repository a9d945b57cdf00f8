"""A stage's client restarts after Kafka errors (no broker: the stage is a stand-in)."""

from __future__ import annotations

import pytest
from aiokafka.errors import KafkaConnectionError

from streams import metrics
from streams.agents import supervise


async def test_a_stage_is_restarted_after_kafka_errors_until_it_returns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(supervise, "RESTART_BACKOFF_S", (0.0,))
    runs = []

    async def stage() -> None:
        runs.append(len(runs))
        if len(runs) < 3:
            raise KafkaConnectionError("broker away")

    before = metrics.stage_restarts_total.labels("test")._value.get()
    await supervise.keep_running("test", stage)
    assert runs == [0, 1, 2]
    assert metrics.stage_restarts_total.labels("test")._value.get() - before == 2


async def test_other_errors_are_not_swallowed() -> None:
    async def broken() -> None:
        raise ValueError("a bug, not a broker")

    with pytest.raises(ValueError):
        await supervise.keep_running("test", broken)
