"""Monkey-patch for the faust-streaming "resume gap": messages skipped on resume.

What: a worker with a table that resumes from committed offsets (restart or
rebalance) skips input messages just after the committed offset, and the
commit moves past them, so they are never processed. Two races, both needed:

1. ``faust.tables.recovery.Recovery.on_recovery_completed`` resumes the stream
   partitions *before* ``await consumer.perform_seek()``. During that await the
   fetcher drains the already-fetched backlog into the agent queues, then
   ``app.flow_control.resume()`` clears those queues, and the seek back to the
   committed offset makes the consumer treat the dropped range as an acked gap.
   Fix: seek first, then resume partitions, flow control and consumer flow with
   no ``await`` in between (the order faust had before its PR #241).
2. ``faust.transport.consumer.Consumer._wait_next_records`` hands the *live*
   active-partitions set to aiokafka's ``getmany``; recovery pauses (empties) it
   during the up-to-1 s wait, an empty set switches aiokafka's partition filter
   off, records of paused partitions come back, faust drops them and aiokafka
   has moved past them. Fix: hand over a copy (``getmany``'s caller filters with
   the returned set, i.e. that same copy).

Upstream: faust-streaming issue #596 (open, this bug); #216 / PR #217 is the
same race without tables. Written for faust-streaming 0.15.3 (pinned
``>=0.15.2,<0.16``): ``apply()`` patches only 0.15.x and only when the source
of both original functions hashes to what this patch was written against;
otherwise it logs a warning and changes nothing. ``NEWSWIRE_FAUST_FIX=0``
disables it (the regression test uses that to show the bug). See
docs/FAUST_FIX.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

ENV_SWITCH = "NEWSWIRE_FAUST_FIX"
MARKER = "__newswire_faust_fix__"
# sha256 of inspect.getsource() of the originals in faust-streaming 0.15.3.
KNOWN_SOURCES = {
    "Recovery.on_recovery_completed": (
        "6ef567acf072e46da3fccbccc6d662371f634f622c3d510972d5df81f70ae3ac"
    ),
    "Consumer._wait_next_records": (
        "6218e1969a636b3ff504ad1b8e7ad58a113572e43d746cc96d684ed5153032c6"
    ),
    "Consumer._commit_offsets": (
        "1a6979904118844111259d182ca1c6e92ccc16364ccbe55c58e59d6e254a7adb"
    ),
}
REFUSED_COMMIT_TIMEOUT_S = 5.0
BUFFER_DRAIN_TIMEOUT_S = 10.0
ORIGINALS: dict[str, Any] = {}  # the replaced faust functions, by name (for tests)


async def on_recovery_completed(self: Any, generation_id: int = 0) -> None:
    """Call when active table recovery is completed (patched: seek, then resume)."""
    consumer = self.app.consumer
    self.log.info("Restore complete!")
    await self.app.on_rebalance_complete.send()
    self._set_recovery_ended()
    # This needs to happen if all goes well
    callback_coros = [
        asyncio.ensure_future(
            table.on_recovery_completed(
                self.actives_for_table[table],
                self.standbys_for_table[table],
            )
        )
        for table in self.tables.values()
    ]
    if callback_coros:
        await asyncio.wait(callback_coros)
    assignment = consumer.assignment()
    if self.app.consumer_generation_id != generation_id:
        self.log.warning(
            f"Recovery rebalancing again app id "
            f"{self.app.consumer_generation_id} param {generation_id}"
        )
        return
    # NEWSWIRE CHANGE: seek *before* resuming the stream partitions (faust
    # resumed them first, then awaited the seek).
    if assignment:
        self.log.info("Seek stream partitions to committed offsets.")
        await self._wait(consumer.perform_seek(), timeout=self.app.conf.broker_request_timeout)
    # NEWSWIRE CHANGE: the seek awaited, so re-check the generation; a new
    # rebalance runs its own recovery and completes it.
    if self.app.consumer_generation_id != generation_id:
        self.log.warning(
            f"Recovery rebalancing again app id "
            f"{self.app.consumer_generation_id} param {generation_id}"
        )
        return
    # NEWSWIRE CHANGE: commit what a refused commit (during the rebalance) left;
    # bounded, so a commit stuck in yet another rebalance cannot hold recovery
    try:
        await asyncio.wait_for(_commit_refused(consumer), REFUSED_COMMIT_TIMEOUT_S)
    except Exception as exc:  # best effort: the next commit round covers it
        self.log.warning("re-commit of refused offsets skipped: %r", exc)
    # NEWSWIRE CHANGE: resume partitions, flow control and consumer flow with
    # no await in between, so nothing is fetched into queues about to be cleared.
    consumer.resume_partitions({tp for tp in assignment if not self._is_changelog_tp(tp)})
    self.completed.set()
    self.log.dev("Resume stream partitions")
    self.app.flow_control.resume()
    consumer.resume_flow()
    # finally make sure the fetcher is running.
    await self.app._fetcher.maybe_start()
    self.tables.on_actives_ready()
    if not self.app.assignor.assigned_standbys():
        self.tables.on_standbys_ready()
    self.app.on_rebalance_end()
    self.log.info("Worker ready")


async def _commit_refused(consumer: Any) -> None:
    """Re-commit offsets refused during a rebalance, for partitions still ours.

    Only where this worker's position is at or past the refused offset (the
    messages below it were processed here and will not be fetched again) and
    the broker's committed offset is lower (nobody else went further).
    """
    refused: dict[Any, int] = consumer.__dict__.get("_newswire_refused") or {}
    if not refused:
        return
    assignment = consumer.assignment()
    redo = {}
    for tp, offset in list(refused.items()):
        position = await consumer.position(tp) if tp in assignment else None
        committed = consumer._committed_offset.get(tp)
        if position is not None and position >= offset and (committed or 0) < offset:
            redo[tp] = offset
    refused.clear()
    if redo:
        await consumer._commit_offsets(redo)


async def _wait_next_records(self: Any, timeout: float) -> tuple[Any, Any]:
    """Fetch the next records (patched: aiokafka gets a snapshot of the active set)."""
    if not self.flow_active:
        await self.wait(self.can_resume_flow)

    try:
        # Set signal that _wait_next_records is waiting on the fetcher service.
        self.not_waiting_next_records.set()
        # Implementation for the Fetcher service.
        is_client_only = self.app.client_only

        active_partitions: set[Any] | None
        if is_client_only:  # noqa: SIM108 - kept as in faust
            active_partitions = None
        else:
            # NEWSWIRE CHANGE: a copy, not the live set that pause_partitions()
            # empties during the wait; the caller filters with this same copy.
            active_partitions = set(self._get_active_partitions())

        records: Any = {}
        if is_client_only or active_partitions:
            # Fetch records only if active partitions to avoid the risk of
            # fetching all partitions in the beginning when none of the
            # partitions is paused/resumed.
            records = await self._getmany(
                active_partitions=active_partitions,
                timeout=timeout,
            )
        else:
            # We should still release to the event loop
            await self.sleep(1)
        return records, active_partitions
    finally:
        self.not_waiting_next_records.set()


async def _commit_offsets(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
    """Commit offsets (patched: a failed commit is not remembered as done).

    faust 0.15.3 updates ``_committed_offset`` even when the broker refused
    the commit (a rebalance in progress). A partition the worker keeps after
    that rebalance then looks committed in memory, so faust never commits it
    again until newer messages arrive; measured here with two workers: 55 of
    132 incident offsets stayed uncommitted forever although processed.
    """
    if not self.in_transaction and not await _drain_buffer(
        self.app.producer.buffer, BUFFER_DRAIN_TIMEOUT_S
    ):
        # NEWSWIRE CHANGE: table changelog writes queued in faust's producer
        # buffer before this commit are not delivered yet (faust's own flush
        # gives up after 0.1 s per message); committing now would let a crash
        # lose them. The next round retries.
        self.log.warning("commit postponed: producer buffer not drained (broker away?)")
        return False
    before = {tp: self._committed_offset.get(tp) for tp in offsets}
    did_commit: bool = await ORIGINALS["Consumer._commit_offsets"](
        self, offsets, start_new_transaction=start_new_transaction
    )
    if not did_commit:
        # NEWSWIRE CHANGE: forget what faust recorded for a refused commit, and
        # keep the offsets: faust clears its acks on rebalance, so they are
        # committed again once recovery completes (see _commit_refused)
        refused = self.__dict__.setdefault("_newswire_refused", {})
        refused.update(offsets)
        for tp, value in before.items():
            if value is None:
                self._committed_offset.pop(tp, None)
            else:
                self._committed_offset[tp] = value
    return did_commit


async def _drain_buffer(buffer: Any, timeout_s: float) -> bool:
    """Wait until the messages queued in faust's producer buffer right now are delivered.

    Only those: under steady load the buffer is never empty, and waiting for
    that would postpone every commit (a soak run showed 380,000 incident
    offsets left uncommitted and the worker's memory growing). A buffered
    message is a faust FutureMessage, done once the broker acknowledged it
    (or the send failed). faust's ``_commit_offsets`` then flushes aiokafka for
    what had already left the buffer.
    """
    queued = [fut for fut in getattr(buffer.pending, "_queue", ()) if not fut.done()]
    if not queued:
        return True
    _, pending = await asyncio.wait(queued, timeout=timeout_s)
    return not pending


def _source_hash(func: Any) -> str:
    return hashlib.sha256(inspect.getsource(func).encode()).hexdigest()


def is_applied() -> bool:
    """True when both faust functions are the patched ones."""
    from faust.tables.recovery import Recovery
    from faust.transport.consumer import Consumer

    return all(
        getattr(f, MARKER, False)
        for f in (
            Recovery.on_recovery_completed,
            Consumer._wait_next_records,
            Consumer._commit_offsets,
        )
    )


def apply() -> bool:
    """Install both fixes; True when they are in place (idempotent)."""
    if os.environ.get(ENV_SWITCH, "1").strip().lower() in ("0", "false", "no", "off"):
        log.warning("%s=0: faust resume-gap fix NOT applied", ENV_SWITCH)
        return False
    import faust
    from faust.tables.recovery import Recovery
    from faust.transport.consumer import Consumer

    if is_applied():
        return True
    version = str(getattr(faust, "__version__", "?"))
    if not version.startswith("0.15."):
        log.warning("faust %s: resume-gap fix written for 0.15.x, not applied", version)
        return False
    targets = {
        "Recovery.on_recovery_completed": (
            Recovery,
            "on_recovery_completed",
            on_recovery_completed,
        ),
        "Consumer._wait_next_records": (Consumer, "_wait_next_records", _wait_next_records),
        "Consumer._commit_offsets": (Consumer, "_commit_offsets", _commit_offsets),
    }
    for name, (cls, attr, _) in targets.items():
        try:
            digest = _source_hash(getattr(cls, attr))
        except (OSError, TypeError):
            digest = "<no source>"
        if digest != KNOWN_SOURCES[name]:
            log.warning(
                "faust %s: %s differs from the 0.15.3 code this fix was written for; "
                "resume-gap fix not applied (check upstream faust-streaming #596)",
                version,
                name,
            )
            return False
    for name, (cls, attr, replacement) in targets.items():
        ORIGINALS[name] = getattr(cls, attr)
        setattr(replacement, MARKER, True)
        setattr(cls, attr, replacement)
    log.info("faust %s: resume-gap fix applied (faust-streaming #596)", version)
    return True
