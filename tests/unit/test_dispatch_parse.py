"""parse_dispatch: what is a dispatch, and the reason given when it is not."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest

from streams.text.dispatch import parse_dispatch
from streams.text.model import DispatchError

TODAY = dt.date(2026, 11, 25)


def parse(raw: bytes, **kw):  # type: ignore[no-untyped-def]
    return parse_dispatch(raw, today=TODAY, **kw)


def test_header_gives_date_and_headline():
    d = parse(b" date 2024-04-04 Big news today\nSecond line")
    assert d.date == "2024-04-04"
    assert d.date_origin == "header"
    assert d.lines == ("Big news today", "Second line")


def test_envelope_published_at_wins_over_header():
    raw = orjson.dumps(
        {
            "id": "d-1",
            "source": "wire",
            "published_at": "2024-05-01T10:00:00Z",
            "text": " date 2024-04-04 Headline\nBody",
        }
    )
    d = parse(raw)
    assert (d.dispatch_id, d.source, d.date, d.date_origin) == (
        "d-1",
        "wire",
        "2024-05-01",
        "envelope",
    )
    assert d.lines[0] == "Headline"


def test_record_timestamp_is_the_last_resort():
    ts = int(dt.datetime(2024, 3, 2, 12, tzinfo=dt.UTC).timestamp() * 1000)
    d = parse(b"No header here\nBody", timestamp_ms=ts)
    assert (d.date, d.date_origin) == ("2024-03-02", "timestamp")
    assert d.lines[0] == "No header here"


def test_no_date_anywhere_is_still_a_dispatch():
    d = parse(b"Headline only")
    assert d.date is None and d.date_origin == "none"


def test_ids_are_deterministic_and_key_is_used():
    assert parse(b"same text").dispatch_id == parse(b"same text").dispatch_id
    assert parse(b"same text").dispatch_id != parse(b"other text").dispatch_id
    assert parse(b"x", key=b"k-7").dispatch_id == "k-7"


def test_crlf_and_control_characters_are_normalised():
    d = parse(b" date 2024-01-02 A\x07 head\r\nline\x00two\r\n")
    assert d.lines == ("A  head", "line two")


def test_line_numbers_are_kept_for_blank_inner_lines():
    d = parse(b" date 2024-01-02 Head\n\nThird")
    assert d.lines == ("Head", "", "Third")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\xff\xfe\xfa", "invalid_utf8"),
        (bytes(range(0, 32)) * 20, "binary"),
        (b'{"text": 5}', "bad_envelope"),
        (b'{"id": 3, "text": "x"}', "bad_envelope"),
        (b"{not json", "bad_envelope"),
        (b"[1, 2]", "empty"),
        (b" date 2024-02-30 Impossible day\nx", "bad_date"),
        (b" date 9999-01-01 Far future\nx", "bad_date"),
        (b'{"text": "x", "published_at": "yesterday"}', "bad_date"),
    ],
)
def test_bad_input_has_a_reason(raw: bytes, reason: str):
    if raw == b"[1, 2]":
        # a JSON array is not an envelope: it is (odd) text, and still a dispatch
        assert parse(raw).lines == ("[1, 2]",)
        return
    with pytest.raises(DispatchError) as info:
        parse(raw)
    assert info.value.reason == reason
    assert info.value.detail


def test_size_limit_is_a_parameter():
    with pytest.raises(DispatchError) as info:
        parse(b"x" * 101, max_bytes=100)
    assert info.value.reason == "too_large"
    assert parse(b"x" * 100, max_bytes=100).lines == ("x" * 100,)
