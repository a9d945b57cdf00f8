"""Shared machinery of the reliability tests (crash, bad input, exactly-once, security).

The yardstick everywhere is the pure pipeline: for every raw record actually on
the raw topic (its bytes, key and broker timestamp), ``route_raw`` says which
events or which one dead letter a worker must produce. What the workers really
published is read back from the topics and compared with that, by ``event_id``
(deterministic) for events and by source (partition, offset) for dead letters.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.group import LeaveGroupRequest
from aiokafka.structs import ConsumerRecord

from streams import codec
from streams.admin import group_of, names, topic_partitions
from streams.records import event_from_wire
from streams.routing import route_raw
from streams.settings import Settings
from streams.text.counting import aggregate
from streams.text.model import Event
from streams.topics import (
    AGGREGATES,
    DEADLETTER,
    DIPLOMACY,
    INCIDENT,
    POLICY,
    RAW,
    UNCLASSIFIED,
)
from tests.integration.kafka_helpers import WorkerProcess

EVENT_TOPICS = (INCIDENT, DIPLOMACY, POLICY, UNCLASSIFIED)
# Generous: two cores are shared with other engineers' test runs.
SLOW_S = 180.0


async def wait_until(
    check: Callable[[], Awaitable[Any]],
    what: str,
    timeout_s: float = SLOW_S,
    poll_s: float = 0.2,
    alive: list[WorkerProcess] | None = None,
) -> Any:
    """Poll ``check`` until it returns something truthy; fail with ``what`` on timeout.

    ``alive``: workers that must not exit meanwhile (their log tail is shown if one does).
    """
    deadline = time.monotonic() + timeout_s
    last: Any = None
    while True:
        for worker in alive or ():
            if worker.proc is not None and worker.proc.poll() is not None:
                raise AssertionError(
                    f"worker exited with {worker.proc.returncode} while waiting for {what}\n"
                    f"--- worker log ---\n{worker.log_tail()}"
                )
        last = await check()
        if last:
            return last
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what} ({last!r})")
        await asyncio.sleep(poll_s)


async def read_records(
    settings: Settings,
    base: str,
    *,
    isolation_level: str = "read_uncommitted",
    timeout_s: float = SLOW_S,
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of a topic (all partitions) up to its end offsets (LSO when read_committed)."""
    name = names(settings)(base)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        isolation_level=isolation_level,
        max_partition_fetch_bytes=16 << 20,
        fetch_max_bytes=64 << 20,
    )
    await consumer.start()
    try:
        tps = await topic_partitions(consumer, name)
        assert tps, f"topic {name} does not exist"
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[ConsumerRecord[bytes, bytes]] = []
        deadline = time.monotonic() + timeout_s
        while True:
            left = [tp for tp in tps if await consumer.position(tp) < ends[tp]]
            if not left:
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"could not read {name} to its end offsets {ends}")
            batch = await consumer.getmany(*left, timeout_ms=500, max_records=20_000)
            for tp, records in batch.items():
                out.extend(r for r in records if r.offset < ends[tp])
        return out
    finally:
        await consumer.stop()


async def committed_total(
    settings: Settings, base: str = RAW, admin: AIOKafkaAdminClient | None = None
) -> int:
    """Sum over partitions of the offsets committed by the group that consumes ``base``.

    ``admin``: a started client to ask with (a poll loop keeps one: starting a client
    per poll costs a bootstrap round, which a loaded machine stretches to a second)."""
    if admin is None:
        admin = AIOKafkaAdminClient(
            bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
        )
        await admin.start()
        try:
            offsets = await admin.list_consumer_group_offsets(group_of(settings, base))
        finally:
            await admin.close()
    else:
        offsets = await admin.list_consumer_group_offsets(group_of(settings, base))
    topic = names(settings)(base)
    return sum(max(0, meta.offset) for tp, meta in offsets.items() if tp.topic == topic)


# --- what the pure pipeline says -----------------------------------------------------


@dataclass
class Expected:
    """What a worker must publish for the raw records on the topic."""

    events: dict[str, Event] = field(default_factory=dict)  # event_id -> event
    events_of: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # raw -> ids
    letters: dict[tuple[int, int], str] = field(default_factory=dict)  # raw -> reason

    @property
    def table(self) -> list[dict[str, Any]]:
        """The casualty table of a clean run: the pure counting rule over every event."""
        return [row.to_json() for row in aggregate(self.events.values())]


def expected_outputs(raw: list[ConsumerRecord[bytes, bytes]], max_bytes: int) -> Expected:
    out = Expected()
    for record in raw:
        where = (record.partition, record.offset)
        routed = route_raw(
            record.value,
            key=record.key,
            timestamp_ms=record.timestamp if record.timestamp and record.timestamp > 0 else None,
            source_topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            max_bytes=max_bytes,
        )
        ids = []
        for message in routed:
            if message.event is not None:
                assert message.event.event_id not in out.events, "event ids must be unique"
                out.events[message.event.event_id] = message.event
                ids.append(message.event.event_id)
            else:
                assert message.reason is not None
                out.letters[where] = message.reason
        if ids:
            out.events_of[where] = ids
    return out


# --- what the workers published --------------------------------------------------------


@dataclass
class Seen:
    """Outputs read back from the topics."""

    event_counts: Counter[str]  # event_id -> copies
    event_json: dict[str, dict[str, Any]]  # event_id -> one copy
    letters: list[dict[str, Any]]
    aggregates: list[ConsumerRecord[bytes, bytes]]

    @property
    def duplicate_events(self) -> int:
        return sum(n - 1 for n in self.event_counts.values())

    @property
    def letter_counts(self) -> Counter[tuple[int, int]]:
        return Counter((letter["partition"], letter["offset"]) for letter in self.letters)

    def aggregates_last(self) -> list[dict[str, Any]]:
        """The last value per (city key, day) on aggregates.casualties, sorted like the table.

        The topic is keyed by city id, so all updates of a window are in one
        partition, in order: the highest offset holds the current row.
        """
        last: dict[tuple[bytes | None, str], tuple[int, dict[str, Any]]] = {}
        for record in self.aggregates:
            row = codec.loads(record.value)
            slot = (record.key, row["date"])
            if slot not in last or last[slot][0] < record.offset:
                last[slot] = (record.offset, row)
        return sort_rows([row for _, row in last.values()])


async def read_outputs(settings: Settings, isolation_level: str = "read_uncommitted") -> Seen:
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for base in EVENT_TOPICS:
        for record in await read_records(settings, base, isolation_level=isolation_level):
            event = codec.loads(record.value)
            counts[event["event_id"]] += 1
            first.setdefault(event["event_id"], event)
    letters = [
        codec.loads(r.value)
        for r in await read_records(settings, DEADLETTER, isolation_level=isolation_level)
    ]
    aggregates = await read_records(settings, AGGREGATES, isolation_level=isolation_level)
    return Seen(counts, first, letters, aggregates)


def sort_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["date"], r["city"], r.get("country") or ""))


@dataclass
class Accounting:
    raw_records: int
    expected_events: int
    expected_letters: int
    events_seen: int  # copies, duplicates included
    distinct_events: int
    duplicates: int
    missing_events: list[str]
    unexpected_events: list[str]
    missing_letters: list[tuple[int, int]]
    doubled_letters: list[tuple[int, int]]
    wrong_reasons: dict[tuple[int, int], tuple[str, str]]

    @property
    def lost(self) -> int:
        return len(self.missing_events) + len(self.missing_letters)

    def summary(self) -> str:
        return (
            f"raw={self.raw_records} expected_events={self.expected_events} "
            f"expected_deadletters={self.expected_letters} events_seen={self.events_seen} "
            f"distinct={self.distinct_events} duplicates={self.duplicates} "
            f"missing_events={len(self.missing_events)} "
            f"unexpected_events={len(self.unexpected_events)} "
            f"missing_deadletters={len(self.missing_letters)} "
            f"doubled_deadletters={len(self.doubled_letters)} "
            f"wrong_reasons={len(self.wrong_reasons)}"
        )


def account(raw_count: int, expected: Expected, seen: Seen) -> Accounting:
    expected_ids = set(expected.events)
    seen_ids = set(seen.event_counts)
    letter_counts = seen.letter_counts
    reasons = {(x["partition"], x["offset"]): x["reason"] for x in seen.letters}
    return Accounting(
        raw_records=raw_count,
        expected_events=len(expected_ids),
        expected_letters=len(expected.letters),
        events_seen=sum(seen.event_counts.values()),
        distinct_events=len(seen_ids),
        duplicates=seen.duplicate_events,
        missing_events=sorted(expected_ids - seen_ids),
        unexpected_events=sorted(seen_ids - expected_ids),
        missing_letters=sorted(set(expected.letters) - set(letter_counts)),
        doubled_letters=sorted(k for k, n in letter_counts.items() if n > 1),
        wrong_reasons={
            k: (reason, reasons[k])
            for k, reason in expected.letters.items()
            if k in reasons and reasons[k] != reason
        },
    )


def union_of_tables(workers: list[WorkerProcess]) -> list[dict[str, Any]]:
    """The casualty table over HTTP, as the union of the live workers' partitions."""
    rows: list[dict[str, Any]] = []
    for worker in workers:
        if worker.proc is not None and worker.proc.poll() is None:
            rows.extend(worker.get("/api/casualties"))
    return sort_rows(rows)


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def worker_alive(worker: WorkerProcess) -> bool:
    return worker.proc is not None and worker.proc.poll() is None


def check_alive(worker: WorkerProcess) -> None:
    assert worker_alive(worker), (
        f"worker exited with {worker.proc.returncode if worker.proc else None}\n"
        f"--- worker log ---\n{worker.log_tail()}"
    )


def pid_of(worker: WorkerProcess) -> int:
    assert isinstance(worker.proc, subprocess.Popen)
    return worker.proc.pid


async def wait_drained(
    settings: Settings, workers: list[WorkerProcess], timeout_s: float = SLOW_S
) -> None:
    """Until the groups committed every raw record and every incident event."""

    lag: dict[str, int] = {}

    async def drained() -> bool:
        for base in (RAW, INCIDENT):
            lag[base] = await unconsumed(settings, base)
        return lag[RAW] == 0 and lag[INCIDENT] == 0

    try:
        await wait_until(drained, "the workers to commit every input", timeout_s, alive=workers)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; records after the committed offsets: {lag}") from None


async def unconsumed(settings: Settings, base: str) -> int:
    """Records a read_committed consumer would still get after the group's committed offsets.

    Not end offset minus committed offset: on a topic written in transactions
    the last offset of a partition is a commit marker, which no consumer ever
    sees as a record, so that difference stays at 1 per partition for good.
    """
    name = names(settings)(base)
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
    )
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group_of(settings, base))
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        enable_auto_commit=False,
        isolation_level="read_committed",
        max_partition_fetch_bytes=16 << 20,
    )
    await consumer.start()
    try:
        tps = await topic_partitions(consumer, name)
        ends = await consumer.end_offsets(tps)
        starts = {tp: max(0, committed[tp].offset) if tp in committed else 0 for tp in tps}
        left = [tp for tp in tps if starts[tp] < ends[tp]]
        if not left:
            return 0
        consumer.assign(left)
        for tp in left:
            consumer.seek(tp, starts[tp])
        count = 0
        deadline = time.monotonic() + 30
        while left and time.monotonic() < deadline:
            batch = await consumer.getmany(*left, timeout_ms=200)
            for tp, records in batch.items():
                count += sum(1 for r in records if r.offset < ends[tp])
            left = [tp for tp in left if await consumer.position(tp) < ends[tp]]
        return count + len(left)  # a partition not read to its end counts as behind
    finally:
        await consumer.stop()


@dataclass
class Verdict:
    accounting: Accounting
    expected: Expected
    seen: Seen
    http_table: list[dict[str, Any]] | None
    aggregates_table: list[dict[str, Any]]

    @property
    def clean_table(self) -> list[dict[str, Any]]:
        return self.expected.table

    def figures(self) -> dict[str, Any]:
        acc = self.accounting
        return {
            "raw_records": acc.raw_records,
            "expected_events": acc.expected_events,
            "events_seen": acc.events_seen,
            "distinct_events": acc.distinct_events,
            "duplicate_events": acc.duplicates,
            "missing_events": len(acc.missing_events),
            "unexpected_events": len(acc.unexpected_events),
            "expected_deadletters": acc.expected_letters,
            "deadletters_seen": len(self.seen.letters),
            "missing_deadletters": len(acc.missing_letters),
            "doubled_deadletters": len(acc.doubled_letters),
            "table_rows": len(self.clean_table),
            "http_table_equal": None
            if self.http_table is None
            else self.http_table == self.clean_table,
            "aggregates_table_equal": self.aggregates_table == self.clean_table,
            "aggregates_records": len(self.seen.aggregates),
        }


async def verify_run(
    settings: Settings,
    workers: list[WorkerProcess],
    *,
    isolation_level: str = "read_uncommitted",
    table_timeout_s: float = 60.0,
) -> Verdict:
    """Once drained: read everything back and compare it with the pure pipeline.

    The HTTP table is the union of the live workers' /api/casualties (each holds
    only the windows of the partitions it owns). It is polled until it equals the
    clean table or ``table_timeout_s`` passes (the table agent may trail the
    commit of the raw offsets by a moment); the caller asserts equality.
    """
    await wait_drained(settings, workers)
    raw = await read_records(settings, RAW)
    expected = expected_outputs(raw, settings.max_dispatch_bytes)
    clean = expected.table
    http_table: list[dict[str, Any]] | None = None
    live = [w for w in workers if worker_alive(w)]
    deadline = time.monotonic() + table_timeout_s
    while live:
        for worker in live:
            check_alive(worker)
        http_table = union_of_tables(live)
        if http_table == clean or time.monotonic() > deadline:
            break  # on timeout the caller's assertion shows the difference
        await asyncio.sleep(0.5)
    seen = await read_outputs(settings, isolation_level)
    return Verdict(
        account(len(raw), expected, seen), expected, seen, http_table, seen.aggregates_last()
    )


def record_figures(test: str, figures: dict[str, Any]) -> None:
    """Print the figures; also append them as a JSON line to $NEWSWIRE_RELIABILITY_LOG if set."""
    line = codec.dumps({"test": test, **figures}).decode()
    print(f"RELIABILITY {line}")
    target = os.environ.get("NEWSWIRE_RELIABILITY_LOG")
    if target:
        with open(target, "a") as out:
            out.write(line + "\n")


# --- consumer group membership (noida-db never expires a dead member) -----------------


def worker_groups(settings: Settings) -> tuple[str, str]:
    """The two consumer groups of a worker: the table stage's and the dispatch stage's."""
    return settings.table_group_id, settings.dispatch_group_id


async def group_members(settings: Settings) -> dict[str, set[str]]:
    """group id -> member ids, for both worker groups."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
    )
    await admin.start()
    try:
        out: dict[str, set[str]] = {}
        for group in worker_groups(settings):
            responses = await admin.describe_consumer_groups([group])
            members: set[str] = set()
            for response in responses:
                for described in response.groups:
                    if described[1] == group:
                        members.update(m[0] for m in described[5])
            out[group] = members
        return out
    finally:
        await admin.close()


async def expire_members(settings: Settings, members: dict[str, set[str]]) -> None:
    """Remove members of a killed worker from its groups: what Kafka's session expiry does.

    noida-db 0.2.3 never expires a member whose process died (no heartbeats):
    the group stays stuck with it, a restarted worker is never assigned anything,
    and the other worker of a pair never takes over its partitions
    (``test_noida_db_keeps_a_killed_member`` pins this down). On Apache Kafka the
    coordinator drops such a member after ``session.timeout.ms``; the crash
    tests do the same here, with a LeaveGroup on the dead member's behalf, so
    that they measure newswire's recovery rather than this broker gap.

    A second gap makes one pass not enough: during the rebalance that follows,
    noida-db answers a live member's offset commit with ILLEGAL_GENERATION
    (Kafka says REBALANCE_IN_PROGRESS), aiokafka then drops its member id and
    rejoins under a new one, and the old id, now dead, sticks too. So
    ``reap_members`` repeats this while a group has more members than live
    workers.
    """
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
    )
    await admin.start()
    try:
        for group, ids in members.items():
            node = await admin.find_coordinator(group)
            for member_id in sorted(ids):
                await admin._send_request(LeaveGroupRequest(group, member_id), node)
    finally:
        await admin.close()


async def reap_members(settings: Settings, known: dict[str, set[str]], live: int) -> int:
    """One pass: in each group with more than ``live`` members, expire those among ``known``.

    ``known``: the member ids present when a worker was killed. Any of them
    still there while the group is over-full is dead or about to be replaced
    (a live worker that loses its id rejoins under a new one). Returns how many
    were expired.
    """
    current = await group_members(settings)
    doomed = {
        group: ids & known.get(group, set()) for group, ids in current.items() if len(ids) > live
    }
    doomed = {group: ids for group, ids in doomed.items() if ids}
    if doomed:
        await expire_members(settings, doomed)
    return sum(len(ids) for ids in doomed.values())


def table_diff(got: list[dict[str, Any]] | None, want: list[dict[str, Any]]) -> str:
    """A short account of how a casualty table differs from the clean one."""
    if got is None:
        return "no table (no live worker)"

    def keyed(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], dict[str, Any]]:
        return {(r["city"], r.get("country") or "", r["date"]): r for r in rows}

    have, should = keyed(got), keyed(want)
    missing = sorted(set(should) - set(have))
    extra = sorted(set(have) - set(should))
    changed = sorted(k for k in set(have) & set(should) if have[k] != should[k])
    lines = [
        f"{len(got)} rows vs {len(want)} clean: {len(missing)} missing, {len(extra)} extra, "
        f"{len(changed)} different"
    ]
    lines += [f"  missing {k}: {should[k]}" for k in missing[:5]]
    lines += [f"  extra {k}: {have[k]}" for k in extra[:5]]
    lines += [f"  {k}: got {have[k]} want {should[k]}" for k in changed[:5]]
    return "\n".join(lines)


# --- shared steps of the crash tests ---------------------------------------------------


def assert_complete(verdict: Verdict) -> None:
    """Strict: nothing lost, nothing unexplained. Tables: equal to a clean run."""
    acc = verdict.accounting
    assert acc.raw_records > 0
    assert not acc.missing_events, f"lost events: {acc.summary()}"
    assert not acc.unexpected_events, f"events no input explains: {acc.summary()}"
    assert not acc.missing_letters and not acc.wrong_reasons, acc.summary()
    assert verdict.clean_table, "the corpus has incidents: the table must not be empty"
    # both tables judged before failing: which of them differs tells where a loss is
    problems = [
        f"{name} differs from a clean run:\n" + table_diff(got, verdict.clean_table)
        for name, got in (
            ("HTTP table", verdict.http_table),
            ("last values on aggregates.casualties", verdict.aggregates_table),
        )
        if got != verdict.clean_table
    ]
    assert not problems, "\n".join(problems)


def assert_complete_after_broker_loss(
    verdict: Verdict, published: list[tuple[bytes, bytes]], max_bytes: int
) -> dict[str, int]:
    """The checks that still hold when the broker itself lost acknowledged records.

    noida-db persists its log periodically, so a kill -9 of the broker drops the
    last writes it had acknowledged, on every topic: inputs, events, changelog.
    No client can bring those back. What must hold: every event of every input
    the broker kept is there; every other event belongs to an input the producer
    published (and the broker then lost); the table and the last values on
    aggregates.casualties both hold at least a clean count of the events on the
    topics (more where the worker counted events the broker lost afterwards).
    Returns the figures of the loss.
    """
    acc = verdict.accounting
    on_topic = {e.dispatch_id for e in verdict.expected.events.values()}
    lost_inputs = [(k, v) for k, v in published if k.decode() not in on_topic]
    explained: set[str] = set()
    for key, value in lost_inputs:
        for message in route_raw(
            value,
            key=key,
            timestamp_ms=None,
            source_topic="",
            partition=0,
            offset=0,
            max_bytes=max_bytes,
        ):
            if message.event is not None:
                explained.add(message.event.event_id)
    assert not acc.missing_events, f"lost events of inputs the broker kept: {acc.summary()}"
    unexplained = set(acc.unexpected_events) - explained
    assert not unexplained, f"{len(unexplained)} events no published input explains"
    assert not acc.missing_letters and not acc.wrong_reasons, acc.summary()
    seen_table = [
        row.to_json()
        for row in aggregate(event_from_wire(e) for e in verdict.seen.event_json.values())
    ]
    assert seen_table, "the corpus has incidents: the table must not be empty"
    # The worker counted some events before the kill that the broker then lost
    # from the topics (with their inputs), so its table may hold more than the
    # events left on the topics explain; it must never hold less.
    beyond = 0
    for name, got in (
        ("HTTP table", verdict.http_table),
        ("last values on aggregates.casualties", verdict.aggregates_table),
    ):
        assert got is not None, f"no {name}"
        have = {(r["city"], r.get("country") or "", r["date"]): r for r in got}
        for row in seen_table:
            slot = (row["city"], row.get("country") or "", row["date"])
            kept = have.get(slot)
            assert kept is not None, f"{name} lacks a window of the events on the topics: {row}"
            for figure in ("killed", "injured", "incidents"):
                assert (kept[figure] or 0) >= (row[figure] or 0), (
                    f"{name} counts less than the events on the topics: {kept} < {row}"
                )
        beyond = max(beyond, sum(1 for r in got if r not in seen_table))
    return {
        "inputs_lost_by_broker": len(lost_inputs),
        "events_of_lost_inputs_seen": len(set(acc.unexpected_events) & explained),
        "table_rows_beyond_the_events_seen": beyond,
    }


def owned(worker: WorkerProcess, settings: Settings) -> tuple[set[str], set[str]]:
    """The raw and incident partitions a worker owns, from its /api/health."""
    raw = f"{settings.topic_prefix}{RAW}:"
    incident = f"{settings.topic_prefix}{INCIDENT}:"
    assigned = worker.get("/api/health")["assigned_partitions"]
    return {p for p in assigned if p.startswith(raw)}, {
        p for p in assigned if p.startswith(incident)
    }


async def wait_owned(settings: Settings, workers: list[WorkerProcess]) -> None:
    """Until every raw and incident partition has an owner among ``workers``, each owning some.

    HTTP answers before the consumers have joined their groups; publishing before
    that would queue the whole part for one big first batch.
    """

    async def assigned() -> bool:
        return await owns_everything(settings, workers)

    await wait_until(assigned, "the workers to own every raw and incident partition", alive=workers)


async def owns_everything(settings: Settings, workers: list[WorkerProcess]) -> bool:
    """Every raw and incident partition is owned by one of ``workers``, and each owns some."""
    every_raw = {f"{settings.topic_prefix}{RAW}:{p}" for p in range(settings.partitions)}
    every_incident = {f"{settings.topic_prefix}{INCIDENT}:{p}" for p in range(settings.partitions)}
    held = [owned(w, settings) for w in workers]
    return (
        all(raw and incident for raw, incident in held)
        and set().union(*(raw for raw, _ in held)) == every_raw
        and set().union(*(incident for _, incident in held)) == every_incident
    )


async def kill_mid_stream(
    settings: Settings, worker: WorkerProcess, at_least: int
) -> tuple[int, dict[str, set[str]]]:
    """kill -9 ``worker`` once the groups committed ``at_least`` raw records.

    Returns that count and the group members at the time of the kill (see
    ``reap_members``: noida-db never expires the dead ones by itself).
    """

    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, **settings.kafka_client_kwargs()
    )
    await admin.start()

    async def progressed() -> int:
        done = await committed_total(settings, RAW, admin)
        return done if done >= at_least else 0

    try:
        done = await wait_until(
            progressed, f"{at_least} committed raw records", poll_s=0.05, alive=[worker]
        )
    finally:
        await admin.close()
    members = await group_members(settings)
    worker.kill()
    return int(done), members
