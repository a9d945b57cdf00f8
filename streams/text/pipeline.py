"""Dispatch -> events: the whole pure extraction path.

PLACEHOLDER (to be replaced by the real splitter/classifier/extractor).
"""

from __future__ import annotations

import hashlib

from streams.text.model import Dispatch, Event


def event_id(dispatch_id: str, line: int, index: int) -> str:
    return hashlib.sha1(f"{dispatch_id}\x1f{line}\x1f{index}".encode()).hexdigest()[:24]


def extract_events(dispatch: Dispatch) -> list[Event]:
    events: list[Event] = []
    for line_no, line in enumerate(dispatch.lines):
        if not line.strip():
            continue
        events.append(
            Event(
                event_id=event_id(dispatch.dispatch_id, line_no, 0),
                dispatch_id=dispatch.dispatch_id,
                line=line_no,
                event_class="unclassified",
                confidence=0.0,
                cues=(),
                text=line,
                dispatch_date=dispatch.date,
            )
        )
    return events
