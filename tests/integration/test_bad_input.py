"""Hostile and broken input, in one batch, between good dispatches: every raw offset accounted for.

For each raw (partition, offset): either all of its events are on the event
topics, or exactly one dead letter names that source partition/offset, with the
reason the pure parser gives (and the one a reader would expect, pinned below).
The worker must never stop: health is OK at the end and good dispatches sent
after the batch are processed.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from aiokafka.errors import MessageSizeTooLargeError

from streams import codec
from streams.bench import corpus
from streams.broker import EmbeddedBroker
from streams.publish import PRODUCER_MAX_REQUEST_BYTES, publish_messages
from streams.topics import DEADLETTER, RAW
from tests.integration.kafka_helpers import WorkerProcess, prepare, read_topic, unique_settings
from tests.integration.reliability_helpers import (
    check_alive,
    read_records,
    record_figures,
    table_diff,
    verify_run,
    wait_until,
)
from tests.schema_check import validate

pytestmark = [pytest.mark.broker, pytest.mark.slow]

TEN_MB = 10 * 1024 * 1024


def bad_batch() -> list[tuple[str, bytes, str | None]]:
    """(key, value, expected dead-letter reason or None for events), good ones in between."""
    good = [value for _, value in corpus.build(6, prefix="good")]
    noise = random.Random(20240404)
    return [
        ("good-0", good[0], None),
        ("empty", b"", "empty"),
        ("whitespace", b"  \n\t \r\n   \n", "empty"),
        ("invalid-utf8", b" date 2024-04-04 Broken \xc3\x28 bytes \xff\xfe", "invalid_utf8"),
        ("binary-random", noise.randbytes(4096), "invalid_utf8"),
        ("binary-controls", bytes(range(1, 32)) * 64, "binary"),
        ("good-1", good[1], None),
        ("ten-mb", b" date 2024-04-04 Huge\n" + b"word " * (TEN_MB // 5), "too_large"),
        ("envelope-no-text", b'{"id": "env-1", "source": "wire"}', "bad_envelope"),
        ("envelope-wrong-types", b'{"id": 7, "text": "A strike hit Kharkiv."}', "bad_envelope"),
        ("envelope-text-list", b'{"text": ["A strike hit Kharkiv."]}', "bad_envelope"),
        ("good-2", good[2], None),
        (
            "no-date-header",
            b"A missile strike hit Kharkiv overnight, killing two people.\n"
            b"The mayor said rescuers were still at the site.",
            None,  # dated by the record timestamp
        ),
        ("future-date", b" date 2999-01-01 News from the future\nIt has not happened.", "bad_date"),
        ("impossible-date", b" date 2024-02-30 A day that does not exist\nText.", "bad_date"),
        (
            "control-chars",
            b" date 2024-04-04 Bell\x07 and escape\x1b[31m in a headline\n"
            b"A shell hit Kharkiv\x00, injuring three people.\x7f",
            None,
        ),
        (
            "html-script",
            b" date 2024-04-04 <b>Breaking</b>: <script>alert('x')</script>\n"
            b'<p onclick="steal()">A drone strike hit Odesa, killing one person.</p>',
            None,
        ),
        ("hundred-thousand-lines", b" date 2024-04-04 Many lines\n" + b"a\n" * 100_000, None),
        ("good-3", good[3], None),
    ]


async def test_every_raw_offset_is_accounted_for(broker: EmbeddedBroker, tmp_path: Path) -> None:
    settings = unique_settings(broker.url)
    await prepare(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    cases = bad_batch()
    try:
        sent = await publish_messages(settings, [(k.encode(), v) for k, v, _ in cases])
        assert sent == len(cases), "the raw topic accepts every message, 10 MB included"
        verdict = await verify_run(settings, [worker])
        check_alive(worker)

        raw = await read_records(settings, RAW)
        where = {r.key.decode(): (r.partition, r.offset) for r in raw if r.key is not None}
        assert len(raw) == len(cases) and set(where) == {k for k, _, _ in cases}
        letters = {(x["partition"], x["offset"]): x for x in verdict.seen.letters}
        counts = verdict.seen.letter_counts
        for key, _, reason in cases:
            spot = where[key]
            if reason is None:
                ids = verdict.expected.events_of.get(spot)
                assert ids, f"{key}: the pure pipeline gives no events"
                missing = [i for i in ids if i not in verdict.seen.event_counts]
                assert not missing, f"{key}: {len(missing)} of {len(ids)} events missing"
                assert spot not in counts, f"{key}: has events and a dead letter"
            else:
                assert verdict.expected.letters.get(spot) == reason, f"{key}: pure reason"
                assert counts[spot] == 1, f"{key}: {counts[spot]} dead letters for {spot}"
                letter = letters[spot]
                assert letter["reason"] == reason, f"{key}: {letter['reason']} != {reason}"
                assert letter["key"] == key
                assert letter["source_topic"] == f"{settings.topic_prefix}{RAW}"
        assert sum(counts.values()) == sum(1 for *_, r in cases if r), "no stray dead letters"
        for letter in verdict.seen.letters:
            validate("deadletter", letter)
        huge = letters[where["ten-mb"]]
        assert huge["original_size"] > TEN_MB and huge["original_truncated"] is True

        # the worker is still healthy and takes new work
        after = corpus.build(3, prefix="after")
        await publish_messages(settings, after)
        verdict_after = await verify_run(settings, [worker])
        for key, _ in after:
            spot = next(
                (r.partition, r.offset) for r in await read_records(settings, RAW) if r.key == key
            )
            ids = verdict_after.expected.events_of[spot]
            assert all(i in verdict_after.seen.event_counts for i in ids), key
        health = worker.get("/api/health")
        assert health["status"] == "ok"
        assert health["deadletters"] == sum(counts.values())
    finally:
        worker.stop()
    record_figures("bad_input", verdict_after.figures())
    assert verdict_after.accounting.lost == 0
    assert verdict_after.http_table == verdict_after.clean_table, table_diff(
        verdict_after.http_table, verdict_after.clean_table
    )


async def test_the_size_limits_that_apply(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """NEWSWIRE_MAX_DISPATCH_BYTES is a setting; beyond 16 MiB our producer refuses to send."""
    settings = unique_settings(broker.url, max_dispatch_bytes=4096)
    await prepare(settings)
    mid_size = b" date 2024-04-04 A long dispatch\n" + b"A shell hit Kharkiv. " * 1000
    assert 4096 < len(mid_size) < 1 << 20  # fine under the default limit, too large here
    small = corpus.build(1, prefix="small")[0][1]
    assert len(small) < 4096
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        assert worker.get("/api/health")["status"] == "ok"
        await publish_messages(settings, [(b"mid-size", mid_size), (b"small", small)])
        verdict = await verify_run(settings, [worker])
        [letter] = verdict.seen.letters
        validate("deadletter", letter)
        assert letter["reason"] == "too_large" and letter["key"] == "mid-size"
        assert "4096" in letter["detail"]
        assert verdict.accounting.lost == 0 and verdict.accounting.distinct_events > 0

        # the limit past the worker's: the project's producer (16 MiB requests)
        with pytest.raises(MessageSizeTooLargeError):
            await publish_messages(
                settings, [(b"too-big", b"x" * (PRODUCER_MAX_REQUEST_BYTES + 1))]
            )
        check_alive(worker)
    finally:
        worker.stop()


async def test_a_dispatch_whose_event_exceeds_the_broker_limit(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    settings = unique_settings(broker.url)
    await prepare(settings)
    # one line, just under the default 1 MiB dispatch limit: one event carrying it all
    line = b" date 2024-04-04 " + b"word " * ((settings.max_dispatch_bytes - 200) // 5)
    assert len(line) <= settings.max_dispatch_bytes
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        await publish_messages(settings, [(b"one-long-line", line)])
        await publish_messages(settings, corpus.build(2, prefix="next"))
        verdict = await verify_run(settings, [worker])  # fails if the worker exits
        assert verdict.accounting.lost == 0
        check_alive(worker)
        letters = [v for _, v, _, _ in await read_topic(settings, DEADLETTER)]
        assert [(d["key"], d["reason"]) for d in letters] == [("one-long-line", "too_large")]
        assert "event limit" in letters[0]["detail"]
    finally:
        worker.stop()


async def test_dead_letters_carry_the_original(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """A dead letter keeps the original bytes (base64) so an operator can replay them."""
    settings = unique_settings(broker.url)
    await prepare(settings)
    original = b"\xff\xfe not utf-8 \xc3\x28"
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        await publish_messages(settings, [(b"bad", original)])

        async def lettered() -> list:  # type: ignore[type-arg]
            return await read_records(settings, DEADLETTER)

        [record] = await wait_until(lettered, "one dead letter", alive=[worker])
    finally:
        worker.stop()
    letter = codec.loads(record.value)
    validate("deadletter", letter)
    assert base64.b64decode(letter["original_base64"]) == original
    assert record.key == b"bad"
