"""Deterministic checks of streams/faust_fix.py (no broker).

Each fixed function is driven with stand-in objects and compared with the
faust original it replaces, so the tests also show what the bug was.
"""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace
from typing import Any
from unittest import mock

import faust
import pytest
from faust.tables.recovery import Recovery
from faust.transport.consumer import Consumer

from streams import faust_fix

FIXED_WAIT = faust_fix._wait_next_records
FIXED_RECOVERY = faust_fix.on_recovery_completed


@pytest.fixture(autouse=True)
def applied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faust_fix.ENV_SWITCH, raising=False)
    assert faust_fix.apply()


def original(name: str) -> Any:
    return faust_fix.ORIGINALS[name]


def test_apply_is_idempotent_and_patches_both() -> None:
    assert faust_fix.apply() and faust_fix.apply()
    assert Recovery.on_recovery_completed is FIXED_RECOVERY
    assert Consumer._wait_next_records is FIXED_WAIT
    assert faust_fix.is_applied()


def test_originals_are_the_code_the_fix_was_written_for() -> None:
    assert faust.__version__.startswith("0.15.")
    for name, digest in faust_fix.KNOWN_SOURCES.items():
        assert faust_fix._source_hash(original(name)) == digest


def _unpatched(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, (cls, attr) in {
        "Recovery.on_recovery_completed": (Recovery, "on_recovery_completed"),
        "Consumer._wait_next_records": (Consumer, "_wait_next_records"),
        "Consumer._commit_offsets": (Consumer, "_commit_offsets"),
    }.items():
        monkeypatch.setattr(cls, attr, original(name))


def test_env_switch_disables(monkeypatch: pytest.MonkeyPatch) -> None:
    _unpatched(monkeypatch)
    monkeypatch.setenv(faust_fix.ENV_SWITCH, "0")
    assert not faust_fix.apply()
    assert not faust_fix.is_applied()


def test_other_faust_version_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _unpatched(monkeypatch)
    monkeypatch.setattr(faust, "__version__", "0.16.0")
    assert not faust_fix.apply()
    assert Recovery.on_recovery_completed is original("Recovery.on_recovery_completed")


def test_changed_source_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _unpatched(monkeypatch)

    async def upstream_changed(self: Any, timeout: float) -> Any:  # pragma: no cover
        return {}, None

    monkeypatch.setattr(Consumer, "_wait_next_records", upstream_changed)
    assert not faust_fix.apply()
    assert Consumer._wait_next_records is upstream_changed
    assert Recovery.on_recovery_completed is original("Recovery.on_recovery_completed")


def test_unpatched_then_apply_patches(monkeypatch: pytest.MonkeyPatch) -> None:
    _unpatched(monkeypatch)
    assert not faust_fix.is_applied()
    assert faust_fix.apply()
    assert faust_fix.is_applied()


# -- fix 2: _wait_next_records hands aiokafka a copy ---------------------------


def _consumer_during_recovery() -> tuple[Any, set[str], list[Any]]:
    """A consumer whose active set is emptied (paused) while getmany waits."""
    live = {"in-0", "in-1"}
    seen: list[Any] = []
    consumer = mock.Mock()
    consumer.flow_active = True
    consumer.app.client_only = False
    consumer._get_active_partitions.return_value = live

    async def getmany(active_partitions: Any, timeout: float) -> dict[str, list[int]]:
        seen.append(active_partitions)
        live.clear()  # recovery: pause_partitions() during the wait
        await asyncio.sleep(0)
        seen.append(set(active_partitions))  # what aiokafka filters with now
        return {"in-0": [1], "in-1": [2]}

    consumer._getmany = getmany
    return consumer, live, seen


async def test_wait_next_records_passes_a_copy() -> None:
    consumer, live, seen = _consumer_during_recovery()
    records, active = await FIXED_WAIT(consumer, 1.0)
    assert records == {"in-0": [1], "in-1": [2]}
    assert seen[0] is not live
    assert seen[1] == {"in-0", "in-1"}  # aiokafka's filter stayed on
    assert active is seen[0]  # the caller filters with the same copy


async def test_original_wait_next_records_passed_the_live_set() -> None:
    consumer, live, seen = _consumer_during_recovery()
    _, active = await original("Consumer._wait_next_records")(consumer, 1.0)
    assert seen[0] is live and active is live
    assert seen[1] == set()  # empty set: aiokafka's partition filter is off


# -- fix 1: on_recovery_completed seeks before it resumes ----------------------


def _recovery(calls: list[str], generation_after_seek: int = 7) -> Any:
    rec = mock.Mock()
    app = rec.app
    app.consumer_generation_id = 7
    app.on_rebalance_complete.send = mock.AsyncMock()
    app._fetcher.maybe_start = mock.AsyncMock()
    app.assignor.assigned_standbys.return_value = []
    rec.tables.values.return_value = []
    rec._is_changelog_tp.side_effect = lambda tp: "changelog" in tp
    consumer = app.consumer
    consumer.assignment.return_value = {"in-0", "t-changelog-0"}

    async def perform_seek() -> None:
        calls.append("seek")
        await asyncio.sleep(0)  # the fetcher may run here
        app.consumer_generation_id = generation_after_seek

    async def wait(coro: Any, timeout: float) -> None:
        await coro

    consumer.perform_seek = perform_seek
    rec._wait = wait
    consumer.resume_partitions.side_effect = lambda tps: calls.append(f"resume {sorted(tps)}")
    app.flow_control.resume.side_effect = lambda: calls.append("flow_control.resume")
    consumer.resume_flow.side_effect = lambda: calls.append("resume_flow")
    rec.completed.set.side_effect = lambda: calls.append("completed")
    return rec


async def test_recovery_completed_seeks_then_resumes() -> None:
    calls: list[str] = []
    await FIXED_RECOVERY(_recovery(calls), generation_id=7)
    assert calls == [
        "seek",
        "resume ['in-0']",
        "completed",
        "flow_control.resume",
        "resume_flow",
    ]


async def test_original_recovery_completed_resumed_before_seek() -> None:
    calls: list[str] = []
    await original("Recovery.on_recovery_completed")(_recovery(calls), generation_id=7)
    assert calls.index("resume ['in-0']") < calls.index("seek")


async def test_recovery_completed_rebalanced_during_seek_resumes_nothing() -> None:
    calls: list[str] = []
    rec = _recovery(calls, generation_after_seek=8)
    await FIXED_RECOVERY(rec, generation_id=7)
    assert calls == ["seek"]
    rec.app.on_rebalance_end.assert_not_called()


# -- fix 3: a refused commit is neither remembered as done nor lost -----------


class _Buffer:
    """faust's ProducerBuffer as the commit path sees it: a queue of FutureMessages."""

    def __init__(self, queued: int = 0) -> None:
        self.pending = asyncio.Queue()  # type: asyncio.Queue[asyncio.Future[None]]
        for _ in range(queued):
            self.pending.put_nowait(asyncio.get_event_loop().create_future())

    def deliver_one(self) -> None:
        self.pending.get_nowait().set_result(None)


class _Consumer:
    """Just the state faust's commit path touches."""

    in_transaction = False

    def __init__(self, refuse: bool, buffered: int = 0) -> None:
        self.refuse = refuse
        self.app = SimpleNamespace(producer=SimpleNamespace(buffer=_Buffer(buffered)))
        self.log = logging.getLogger("test")
        self._committed_offset: dict[str, int | None] = {"in-0": 5}
        self.commits: list[dict[str, int]] = []
        self.positions = {"in-0": 10, "in-1": 3}

    def assignment(self) -> set[str]:
        return {"in-0", "in-1"}

    async def position(self, tp: str) -> int:
        return self.positions[tp]

    async def _commit_offsets(self, offsets: dict[str, int]) -> bool:
        return await faust_fix._commit_offsets(self, offsets)


async def _faust_like_commit(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
    self._committed_offset.update(offsets)  # what faust 0.15.3 does, refused or not
    if not self.refuse:
        self.commits.append(dict(offsets))
    return not self.refuse


async def test_refused_commit_is_forgotten_then_redone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(faust_fix.ORIGINALS, "Consumer._commit_offsets", _faust_like_commit)
    consumer = _Consumer(refuse=True)
    assert not await faust_fix._commit_offsets(consumer, {"in-0": 10, "in-1": 7})
    assert consumer._committed_offset == {"in-0": 5}, "a refused commit is not recorded"

    consumer.refuse = False  # the rebalance is over; in-1's position went back to 3
    await faust_fix._commit_refused(consumer)
    assert consumer.commits == [{"in-0": 10}], "only where nothing will be fetched again"
    await faust_fix._commit_refused(consumer)
    assert consumer.commits == [{"in-0": 10}], "redone once"


async def test_commit_waits_for_the_producer_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changelog writes queued in faust's buffer before a commit hold that commit back."""
    monkeypatch.setitem(faust_fix.ORIGINALS, "Consumer._commit_offsets", _faust_like_commit)
    monkeypatch.setattr(faust_fix, "BUFFER_DRAIN_TIMEOUT_S", 0.05)
    stuck = _Consumer(refuse=False, buffered=3)
    assert not await faust_fix._commit_offsets(stuck, {"in-0": 10})
    assert stuck.commits == [] and stuck._committed_offset == {"in-0": 5}

    monkeypatch.setattr(faust_fix, "BUFFER_DRAIN_TIMEOUT_S", 5.0)
    busy = _Consumer(refuse=False, buffered=2)
    buffer = busy.app.producer.buffer

    async def deliver_and_keep_busy() -> None:
        # the two queued at commit time are delivered; newer writes keep arriving,
        # as under steady load, and must not hold the commit back
        for _ in range(2):
            await asyncio.sleep(0.01)
            buffer.deliver_one()
            buffer.pending.put_nowait(asyncio.get_running_loop().create_future())

    task = asyncio.ensure_future(deliver_and_keep_busy())
    assert await faust_fix._commit_offsets(busy, {"in-0": 10})
    await task
    assert busy.commits == [{"in-0": 10}], "committed once the earlier writes were delivered"
    assert buffer.pending.qsize() == 2, "newer writes were still queued"
