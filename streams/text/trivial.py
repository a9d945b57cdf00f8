"""A deliberately trivial extractor, for measuring the streaming layer alone.

``newswire bench`` runs the worker with ``NEWSWIRE_EXTRACTOR=trivial`` to see
what the framework costs without the text work: one event per non-blank line,
no classification. Quix Streams gets the same job in the same run.
"""

from __future__ import annotations

from streams.text.model import Dispatch, Event
from streams.text.pipeline import event_id

TEXT_CHARS = 280


def trivial_extract(dispatch: Dispatch) -> list[Event]:
    return [
        Event(
            event_id=event_id(dispatch.dispatch_id, line_no, 0),
            dispatch_id=dispatch.dispatch_id,
            line=line_no,
            event_class="unclassified",
            confidence=0.0,
            cues=(),
            text=line[:TEXT_CHARS],
            dispatch_date=dispatch.date,
        )
        for line_no, line in enumerate(dispatch.lines)
        if line.strip()
    ]
