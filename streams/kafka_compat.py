"""Client-side long-poll for brokers that answer empty fetches at once.

A Kafka broker holds a Fetch request until ``fetch_min_bytes`` arrive or
``fetch_max_wait_ms`` passes. The embedded broker (noida-db 0.2.3) answers an
empty Fetch immediately, so aiokafka's fetcher loops: measured here, an idle
consumer on 4 empty partitions sent 37,724 fetches in 5 s and used 4.3 s of
CPU — a whole core on a 2-core machine, taken from the agents and the broker.

``apply()`` makes aiokafka's fetch task wait ``EMPTY_FETCH_BACKOFF_S`` after a
fetch that brought nothing, which is what the broker's wait would have done.
On a real Kafka an empty answer already waited ``fetch_max_wait_ms``, so the
extra pause is noise there; on noida-db it bounds an idle consumer to ~200
fetches/s and adds at most that pause to latency.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from aiokafka.consumer.fetcher import Fetcher

EMPTY_FETCH_BACKOFF_S = 0.005
_MARK = "_newswire_long_poll"


def apply(backoff_s: float = EMPTY_FETCH_BACKOFF_S) -> bool:
    """Patch aiokafka's fetcher once; returns False if it was already patched."""
    original = Fetcher._proc_fetch_request
    if getattr(original, _MARK, False):
        return False

    @functools.wraps(original)
    async def proc_fetch_request(self: Fetcher, *args: Any, **kwargs: Any) -> bool:
        needs_wakeup: bool = await original(self, *args, **kwargs)
        if not needs_wakeup:
            # nothing arrived: wait as a long-polling broker would have
            try:
                await asyncio.sleep(backoff_s)
            except asyncio.CancelledError:
                # the original swallows cancellation too: close() cancels and
                # then awaits these tasks, expecting them to end quietly
                return False
        return needs_wakeup

    setattr(proc_fetch_request, _MARK, True)
    Fetcher._proc_fetch_request = proc_fetch_request
    return True
