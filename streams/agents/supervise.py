"""Restart a stage's Kafka clients after an error they do not recover from."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiokafka.errors import KafkaError

from streams import metrics

log = logging.getLogger(__name__)
RESTART_BACKOFF_S = (0.5, 1.0, 2.0, 5.0)


async def keep_running(stage: str, run: Callable[[], Awaitable[None]]) -> None:
    """Run ``run`` again after each KafkaError, backing off; return when it returns.

    A broker that was killed leaves an idempotent producer with
    OutOfOrderSequenceNumber, say. New clients resume from the last committed
    offsets, so the batch in flight is redone (at-least-once), never lost.
    """
    failures = 0
    while True:
        try:
            await run()
            return
        except KafkaError as exc:
            delay = RESTART_BACKOFF_S[min(failures, len(RESTART_BACKOFF_S) - 1)]
            failures += 1
            metrics.stage_restarts_total.labels(stage).inc()
            log.error("%s stage failed (%r); restarting in %.1fs", stage, exc, delay)
            await asyncio.sleep(delay)
