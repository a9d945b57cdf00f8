"""route_raw: every raw record yields events or exactly one dead letter."""

from __future__ import annotations

import orjson

from streams.routing import route_raw
from streams.topics import DEADLETTER, EVENT_TOPIC_BY_CLASS


def route(raw: bytes | None, key: bytes | None = b"k"):  # type: ignore[no-untyped-def]
    return route_raw(
        raw,
        key=key,
        timestamp_ms=None,
        source_topic="dispatches.raw",
        partition=2,
        offset=41,
        max_bytes=1000,
    )


def test_good_dispatch_becomes_events_on_class_topics():
    out = route(b" date 2024-04-04 Headline\nSecond line")
    assert out and all(o.topic in EVENT_TOPIC_BY_CLASS.values() for o in out)
    lines = [orjson.loads(o.value)["line"] for o in out]
    assert set(lines) == {0, 1}
    ids = [orjson.loads(o.value)["event_id"] for o in out]
    assert len(set(ids)) == len(ids)
    again = [
        orjson.loads(o.value)["event_id"] for o in route(b" date 2024-04-04 Headline\nSecond line")
    ]
    assert again == ids, "event ids are deterministic, so consumers can drop replays"


def test_bad_dispatch_becomes_one_dead_letter_with_its_origin():
    (out,) = route(b"\xff\xff", key=b"bad")
    assert out.topic == DEADLETTER and out.key == b"bad"
    letter = orjson.loads(out.value)
    assert letter["reason"] == "invalid_utf8"
    assert (letter["source_topic"], letter["partition"], letter["offset"]) == (
        "dispatches.raw",
        2,
        41,
    )


def test_none_value_is_dead_lettered_not_crashed():
    (out,) = route(None)
    assert orjson.loads(out.value)["reason"] == "empty"


def test_oversized_original_is_cut_in_the_dead_letter():
    big = b"x" * 600_000
    (out,) = route_raw(
        big, key=None, timestamp_ms=None, source_topic="r", partition=0, offset=0, max_bytes=1000
    )
    letter = orjson.loads(out.value)
    assert letter["reason"] == "too_large"
    assert letter["original_size"] == 600_000 and letter["original_truncated"] is True
    assert len(out.value) < 400_000


def test_a_bug_in_extraction_is_dead_lettered():
    def boom(_dispatch):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug")

    (out,) = route_raw(
        b"fine text",
        key=None,
        timestamp_ms=None,
        source_topic="r",
        partition=0,
        offset=7,
        max_bytes=1000,
        extract=boom,
    )
    letter = orjson.loads(out.value)
    assert letter["reason"] == "extract_failed" and "bug" in letter["detail"]
    assert letter["offset"] == 7
