"""Two client-side fixes for the embedded broker (noida-db 0.2.3), harmless on Kafka.

1. Long-poll for a broker that answers empty fetches at once.

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

2. A member joining a live group hung the group for good. noida-db answers an
OffsetCommit made during a rebalance with ILLEGAL_GENERATION (Kafka answers
REBALANCE_IN_PROGRESS). aiokafka reacts to ILLEGAL_GENERATION by dropping its
member id and joining as a new member, while noida-db keeps waiting for the
old member id, which it had made the leader; measured here, a second consumer
never received partitions (400 s) and the first never finished its rejoin.
``apply()`` reads ILLEGAL_GENERATION on an offset commit as
REBALANCE_IN_PROGRESS: rejoin with the same member id. On Kafka, a member
that really was removed gets UNKNOWN_MEMBER_ID on that rejoin, and aiokafka
then resets its id as before, so the cost there is one round trip.
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

from aiokafka.consumer.fetcher import Fetcher
from aiokafka.consumer.group_coordinator import GroupCoordinator

EMPTY_FETCH_BACKOFF_S = 0.005
_MARK = "_newswire_long_poll"
OFFSET_COMMIT_API_KEY = 8
ILLEGAL_GENERATION = 22
REBALANCE_IN_PROGRESS = 27


def apply(backoff_s: float = EMPTY_FETCH_BACKOFF_S) -> bool:
    """Patch aiokafka once; returns False if it was already patched."""
    _patch_commit_errors()
    return _patch_fetcher(backoff_s)


def commit_errors_as_rebalance(response: Any) -> Any:
    """OffsetCommit response with ILLEGAL_GENERATION read as REBALANCE_IN_PROGRESS."""
    response.topics = [
        (
            topic,
            [
                (partition, REBALANCE_IN_PROGRESS if code == ILLEGAL_GENERATION else code, *rest)
                for partition, code, *rest in partitions
            ],
        )
        for topic, partitions in response.topics
    ]
    return response


def _patch_commit_errors() -> None:
    original = GroupCoordinator._send_req
    if getattr(original, _MARK, False):
        return

    @functools.wraps(original)
    async def send_req(self: GroupCoordinator, request: Any) -> Any:
        response = await original(self, request)
        if getattr(request, "API_KEY", None) == OFFSET_COMMIT_API_KEY:
            return commit_errors_as_rebalance(response)
        return response

    setattr(send_req, _MARK, True)
    GroupCoordinator._send_req = send_req


def _patch_fetcher(backoff_s: float) -> bool:
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
