"""The whole pipeline on the embedded broker with a real worker process."""

from __future__ import annotations

import pytest

from streams.publish import publish_messages
from streams.topics import AGGREGATES, DEADLETTER, DIPLOMACY, INCIDENT, POLICY, UNCLASSIFIED
from tests.integration.kafka_helpers import WorkerProcess, read_topic, wait_processed
from tests.schema_check import validate

pytestmark = [pytest.mark.broker, pytest.mark.slow]

SEED_ROW = {
    "city": "Kharkiv",
    "country": "Ukraine",
    "date": "2024-04-04",
    "killed": 4,
    "injured": 5,
    "incidents": 1,
}


async def events_by_topic(settings) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    out = {}
    for topic in (INCIDENT, DIPLOMACY, POLICY, UNCLASSIFIED):
        out[topic] = [value for _, value, _, _ in await read_topic(settings, topic)]
    return out


async def test_seed_events_land_on_their_class_topics(pipeline: WorkerProcess, seed_bytes: bytes):
    settings = pipeline.settings
    await publish_messages(settings, [(b"seed-000", seed_bytes)])
    await wait_processed(settings)

    by_topic = await events_by_topic(settings)
    lines = {topic: {e["line"] for e in events} for topic, events in by_topic.items()}
    assert {0, 1, 5, 6, 7, 8} <= lines[DIPLOMACY]
    assert {2, 3, 4} <= lines[INCIDENT]
    assert {10, 12} <= lines[POLICY]
    every_line = set().union(*lines.values())
    assert every_line == set(range(13)), "every line of the dispatch yields an event"
    for topic, events in by_topic.items():
        for event in events:
            validate("event", event)
            assert event["class"] == topic.split(".")[1]
            assert event["dispatch_id"] == "seed-000"
    # incident events are keyed by city so the table is partitioned by city
    incident_keys = {k for k, v, _, _ in await read_topic(settings, INCIDENT) if v["city"]}
    assert all(k.startswith(b"gn:") or b"|" in k for k in incident_keys)


async def test_seed_gives_the_kharkiv_row(pipeline: WorkerProcess, seed_bytes: bytes):
    settings = pipeline.settings
    await publish_messages(settings, [(b"seed-000", seed_bytes)])
    await wait_processed(settings)

    rows = pipeline.get("/api/casualties?from=2024-04-04&to=2024-04-04")
    assert rows == [SEED_ROW]
    assert pipeline.get("/api/casualties?city=kharkiv") == rows
    aggregates = await read_topic(settings, AGGREGATES)
    assert aggregates, "every window change is published"
    for _, value, _, _ in aggregates:
        validate("aggregate", value)
    assert aggregates[-1][1] == SEED_ROW


async def test_restarted_worker_recovers_the_table(pipeline: WorkerProcess, seed_bytes: bytes):
    settings = pipeline.settings
    await publish_messages(settings, [(b"seed-000", seed_bytes)])
    await wait_processed(settings)
    before = pipeline.get("/api/casualties")
    assert SEED_ROW in before

    pipeline.stop()
    pipeline.start()  # a new process: the table comes back from its changelog
    assert pipeline.get("/api/casualties") == before

    # the same dispatch again (a producer retry): per-incident max, no inflation
    await publish_messages(settings, [(b"seed-000", seed_bytes)])
    await wait_processed(settings)
    assert pipeline.get("/api/casualties") == before


async def test_malformed_input_is_dead_lettered_and_the_stream_goes_on(
    pipeline: WorkerProcess, seed_bytes: bytes
):
    settings = pipeline.settings
    bad = b"\xff\xfe not utf-8 \xc3\x28"
    await publish_messages(settings, [(b"bad-1", bad), (b"seed-000", seed_bytes)])
    await wait_processed(settings)

    letters = await read_topic(settings, DEADLETTER)
    assert len(letters) == 1
    key, letter, _, _ = letters[0]
    validate("deadletter", letter)
    assert key == b"bad-1"
    assert letter["reason"] == "invalid_utf8"
    assert letter["source_topic"] == f"{settings.topic_prefix}dispatches.raw"
    assert letter["offset"] == 0
    assert letter["original_size"] == len(bad)
    assert pipeline.get("/api/casualties?from=2024-04-04&to=2024-04-04") == [SEED_ROW]
    health = pipeline.get("/api/health")
    assert health["deadletters"] == 1


async def test_two_workers_each_answer_for_the_whole_table(pipeline: WorkerProcess, tmp_path):  # type: ignore[no-untyped-def]
    from streams.bench.corpus import build
    from streams.text.counting import aggregate
    from streams.text.dispatch import parse_dispatch
    from streams.text.pipeline import extract_events
    from tests.integration.reliability_helpers import wait_owned

    second = WorkerProcess(pipeline.settings, tmp_path / "second.log").start()
    try:
        # a joining member gets partitions at the group's next rebalance (seconds)
        await wait_owned(pipeline.settings, [pipeline, second])
        corpus = build(28)  # the seed and the labeled set, twice, on shifted days
        await publish_messages(pipeline.settings, corpus)
        await wait_processed(pipeline.settings)
        expected = [
            row.to_json()
            for row in aggregate(
                e for key, value in corpus for e in extract_events(parse_dispatch(value, key=key))
            )
        ]
        assert len({(r["city"], r["date"]) for r in expected}) > 4
        owned = [
            {p for p in w.get("/api/health")["assigned_partitions"] if "events.incident" in p}
            for w in (pipeline, second)
        ]
        assert all(owned), "both workers own incident partitions"
        assert pipeline.get("/api/casualties") == expected
        assert second.get("/api/casualties") == expected
    finally:
        second.stop()
