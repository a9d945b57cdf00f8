"""Turn the raw bytes of a ``dispatches.raw`` message into a ``Dispatch``.

Accepted inputs: UTF-8 text whose first line may be `` date YYYY-MM-DD <headline>``,
or a JSON envelope ``{"id", "source", "published_at", "text"}``. The dispatch
date is, in order: the envelope's ``published_at``, the header date, the record
timestamp. Anything that cannot be a dispatch raises ``DispatchError`` with a
stable reason code, which the agent turns into a dead-letter record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from streams import codec
from streams.text.model import Dispatch, DispatchError

HEADER_RE = re.compile(r"^\s*date\s+(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*(.*)$", re.IGNORECASE)
# C0 controls except tab and newline, DEL and C1 controls: noise from copy/paste
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Dates outside this range are typos or garbage, not news.
MIN_YEAR = 1900
MAX_DAYS_AHEAD = 366

REASONS = (
    "too_large",
    "empty",
    "invalid_utf8",
    "binary",
    "bad_envelope",
    "bad_date",
    "extract_failed",
)


def _content_id(raw: bytes) -> str:
    return "sha1:" + hashlib.sha1(raw).hexdigest()[:20]


def _check_day(text: str, origin: str, today: dt.date) -> str:
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise DispatchError(
            "bad_date", f"{origin} date {text[:40]!r} is not a calendar day"
        ) from exc
    if day.year < MIN_YEAR or day > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise DispatchError("bad_date", f"{origin} date {day.isoformat()} is out of range")
    return day.isoformat()


def _normalise_day(text: str) -> str:
    # "2024-4-4" -> "2024-04-04" so fromisoformat accepts what writers type
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
    return text


def _decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DispatchError("invalid_utf8", f"not UTF-8 at byte {exc.start}") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(CONTROL_RE.findall(text[:4096]))
    if controls > max(8, len(text[:4096]) // 10):
        raise DispatchError("binary", f"{controls} control characters in the first 4 KiB")
    return text


def _envelope(text: str) -> dict[str, Any] | None:
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        return None
    try:
        value = codec.loads(stripped)
    except codec.JSONDecodeError as exc:
        raise DispatchError("bad_envelope", f"starts with '{{' but is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise DispatchError("bad_envelope", "JSON envelope must be an object")
    body = value.get("text")
    if not isinstance(body, str):
        raise DispatchError("bad_envelope", "envelope field 'text' must be a string")
    for name in ("id", "source", "published_at"):
        if value.get(name) is not None and not isinstance(value[name], str):
            raise DispatchError("bad_envelope", f"envelope field {name!r} must be a string")
    return value


def parse_dispatch(
    raw: bytes,
    *,
    key: bytes | None = None,
    timestamp_ms: int | None = None,
    max_bytes: int = 1_048_576,
    today: dt.date | None = None,
) -> Dispatch:
    """Parse one raw message; raises ``DispatchError`` for input that is not a dispatch."""
    if len(raw) > max_bytes:
        raise DispatchError("too_large", f"{len(raw)} bytes > limit {max_bytes}")
    today = today or dt.date.today()
    text = _decode(raw)
    envelope = _envelope(text)
    source = None
    dispatch_id = None
    date: str | None = None
    origin = "none"
    if envelope is not None:
        text = envelope["text"]
        source = envelope.get("source")
        dispatch_id = envelope.get("id")
        if envelope.get("published_at"):
            date = _check_day(_normalise_day(envelope["published_at"][:10]), "envelope", today)
            origin = "envelope"
    text = CONTROL_RE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DispatchError("empty", "no text")
    lines = text.split("\n")
    # Leading blank lines carry nothing; dropping them keeps line 0 the header.
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    header = HEADER_RE.match(lines[0])
    if header is not None:
        header_day = _check_day(_normalise_day(header.group(1)), "header", today)
        lines[0] = header.group(2).strip()
        if date is None:
            date, origin = header_day, "header"
    if date is None and timestamp_ms is not None and timestamp_ms > 0:
        stamp = dt.datetime.fromtimestamp(timestamp_ms / 1000, tz=dt.UTC).date()
        date, origin = stamp.isoformat(), "timestamp"
    if dispatch_id is None and key:
        dispatch_id = key.decode("utf-8", errors="replace")
    return Dispatch(
        dispatch_id=dispatch_id or _content_id(raw),
        date=date,
        lines=tuple(lines),
        source=source,
        date_origin=origin,
    )
