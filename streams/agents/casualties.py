"""events.incident (keyed by city) -> casualties_by_city table -> aggregates.casualties."""

from __future__ import annotations

import logging
from collections.abc import Iterator, MutableMapping
from typing import Any

from streams import codec, faust_fix, metrics
from streams.app import app, settings, topic_names
from streams.records import event_from_wire
from streams.tables import casualties_by_city, window_partition
from streams.text.counting import CasualtyReducer, CasualtyRow, fold_into
from streams.topics import AGGREGATES, INCIDENT
from streams.web import live

incident_events = app.topic(
    topic_names(INCIDENT),
    key_type=bytes,
    value_type=bytes,
    value_serializer="raw",
    key_serializer="raw",
)
aggregates = app.topic(topic_names(AGGREGATES), value_serializer="raw", key_serializer="raw")
log = logging.getLogger(__name__)
BATCH_WITHIN_S = 0.05  # longest a partial batch waits for more events
# next offset per incident partition after the events this worker's agent has
# processed: faust prefetches, so its consumer position runs ahead of the work
processed: dict[Any, int] = {}


def table_backlog() -> int | None:
    """Incident events on this worker's partitions not processed yet (None: unknown)."""
    consumer = app.consumer
    source = incident_events.get_topic_name()
    # faust's own record of committed offsets: covers partitions this worker has
    # not processed anything on yet (or not since it got them back)
    committed: dict[Any, int | None] = getattr(consumer, "_committed_offset", {})
    behind = 0
    try:
        for tp in consumer.assignment():
            if tp.topic != source:
                continue
            done = max(processed.get(tp, -1), committed.get(tp) or -1)
            highwater = consumer.highwater(tp)
            if done >= 0 and highwater is not None:
                behind += max(0, highwater - done)
    except Exception:  # faust's consumer not started, or rebalancing
        return None
    return behind


_before_recovery: dict[str, Any] = {}  # the table as it was when a rebalance began
_recovering = False  # between a revocation and the end of faust's recovery


@app.on_partitions_revoked.connect
def remember_windows(sender: Any, /, *args: Any, signal: Any = None, **kwargs: Any) -> None:
    """Copy the table before faust's recovery replaces windows with changelog records."""
    global _recovering
    _recovering = True
    for key, state in casualties_by_city.data.items():
        _before_recovery[key] = CasualtyReducer.merge(state, state)  # a deep copy


def _remember_fold(key: str, state: Any) -> None:
    # A batch can still be folding after the copy was taken: faust's recovery
    # would overwrite those folds too, and their input offsets get committed.
    old = _before_recovery.get(key)
    copy = CasualtyReducer.merge(state, state)
    _before_recovery[key] = copy if old is None else CasualtyReducer.merge(old, copy)


@casualties_by_city.on_recover
async def rewrite_owned_windows() -> None:
    """After every recovery, write each owned window again: changelog and aggregates.

    The table in memory is the truth for the partitions this worker owns; the
    changelog can hold less. Measured on noida-db: after a broker restart the
    changelog came back without 99 of 521 windows that the worker held (records
    the broker had acknowledged, or that sat in faust's producer buffer during
    the outage), so the HTTP view and any later recovery missed them. A broker
    restart always ends in a rebalance and a recovery, so rewriting here
    repairs that. It is idempotent (same key, same state, compacted topic; the
    same last value per window on aggregates.casualties); after a clean start
    memory equals the changelog and the rewrite is redundant. Its cost is one
    pass over the owned windows per rebalance.
    """
    global _recovering
    source = incident_events.get_topic_name()
    owned = {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == source}
    before = dict(_before_recovery)
    _before_recovery.clear()
    _recovering = False
    if not owned:
        return
    partitions = list(range(casualties_by_city.partitions or 1))
    data = casualties_by_city.data
    # faust's recovery overwrote memory with the changelog's last records; where
    # the broker lost newer ones, the copy taken before the rebalance has them
    for key, state in before.items():
        current = data.get(key)
        data[key] = state if current is None else CasualtyReducer.merge(current, state)
    rewritten = 0
    for key, state in list(data.items()):
        partition = window_partition(key, partitions)
        if partition in owned:
            casualties_by_city.send_changelog(partition, key, state)
            row = CasualtyReducer.result(state)
            city_key = key.rsplit("@", 1)[0].encode()
            await aggregates.send(key=city_key, value=codec.dumps(row.to_json()))
            rewritten += 1
    metrics.table_windows.set(len(casualties_by_city))
    log.info("rewrote %d owned windows (changelog, aggregates) after recovery", rewritten)


class _PartitionWindows(MutableMapping[str, Any]):
    """The table as ``fold_into`` sees it, writing changes to a given changelog partition.

    faust's ``Table.__setitem__`` takes the changelog partition from the
    current event; in a batch that is the batch's last event, which may be of
    another partition. So the batch loop sets the partition per event and
    writes the store and the changelog itself.
    """

    partition = 0

    def __getitem__(self, key: str) -> Any:
        return casualties_by_city.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return casualties_by_city.data.get(key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        casualties_by_city.data[key] = value
        casualties_by_city.send_changelog(self.partition, key, value)
        if _recovering:
            _remember_fold(key, value)

    def __delitem__(self, key: str) -> None:
        raise NotImplementedError("windows are never deleted")

    def __iter__(self) -> Iterator[str]:
        return iter(casualties_by_city.data)

    def __len__(self) -> int:
        return len(casualties_by_city.data)


_windows = _PartitionWindows()


@app.agent(incident_events)
async def count_casualties(stream: Any) -> None:
    # events.incident is keyed by city id, so this stream is already partitioned
    # by city: the table's changelog partition is the event's partition, and one
    # worker owns all windows of a city (no group_by/repartition topic needed).
    # Events come in batches: faust's per-event path (stream step, ack, send)
    # cost several times the fold itself.
    async for batch in stream.take_events(settings.batch_size, within=BATCH_WITHIN_S):
        rows: dict[tuple[bytes, str], CasualtyRow] = {}  # (city key, day) -> latest row
        for event in batch:
            message = event.message
            processed[message.tp] = message.offset + 1
            _windows.partition = message.partition
            row = fold_into(_windows, event_from_wire(codec.loads(event.value)))
            if row is not None:
                rows[event.key, row.date] = row  # a window's later reports replace earlier
        # every counted report re-sends its window's row (idempotent for readers
        # of last values), so a row lost in a crash is repaired by the replay
        for (key, _), row in rows.items():
            live.on_row(row)
            await aggregates.send(key=key, value=codec.dumps(row.to_json()))
        metrics.table_windows.set(len(casualties_by_city))


_head_gaps = faust_fix.HeadGapHealer()


@app.timer(interval=faust_fix.HEAD_GAP_CHECK_S)
async def heal_stuck_commits() -> None:
    # a commit stuck behind offsets faust never saw acked (after a broker
    # restart) would leave the table stage's inputs uncommitted for ever
    if not faust_fix.is_applied():
        return
    try:
        await _head_gaps.check(app.consumer, topic_names(INCIDENT))
    except Exception:  # a failed seek is retried on the next tick, never fatal
        log.exception("could not re-read a partition with a stuck commit")
