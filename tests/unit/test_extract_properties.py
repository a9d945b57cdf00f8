"""Property tests: no text makes extraction raise or return impossible values."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.text.casualties import extract_casualties
from streams.text.counting import aggregate
from streams.text.dates import resolve_date
from streams.text.dispatch import parse_dispatch
from streams.text.model import Dispatch
from streams.text.pipeline import extract_events

WORDS = st.sampled_from(
    [
        "killed",
        "injured",
        "wounded",
        "dead",
        "toll",
        "strike",
        "missile",
        "drone",
        "on",
        "Monday",
        "yesterday",
        "last",
        "night",
        "earlier",
        "this",
        "month",
        "at",
        "least",
        "more",
        "than",
        "dozens",
        "a",
        "dozen",
        "no",
        "one",
        "was",
        "hurt",
        "including",
        "of",
        "them",
        "Kyiv",
        "Kharkiv",
        "Gaza",
        "City",
        "region",
        "near",
        "the",
        "village",
        "of",
        "Moscow",
        "said",
        "talks",
        "sanctions",
        "decree",
        "in",
        "48-year-old",
        "3",
        "17",
        "1,200",
        "two",
        "eleven",
        ".",
        ",",
        ";",
        ":",
        "and",
        "But",
        "The",
        "A",
        "In",
    ]
)
SENTENCES = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=40).map(" ".join)
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


def check(dispatch: Dispatch) -> None:
    events = extract_events(dispatch)
    non_blank = {i for i, line in enumerate(dispatch.lines) if line.strip()}
    assert {e.line for e in events} == non_blank
    for e in events:
        assert 0 <= e.line < len(dispatch.lines)
        assert 0.0 <= e.confidence <= 1.0
        assert e.event_class in ("incident", "diplomacy", "policy", "unclassified")
        for figure in (e.killed, e.injured):
            assert figure is None or figure >= 0
        if e.event_class != "incident":
            assert e.killed is None and e.injured is None and e.incident_id is None
        if e.event_date is not None and dispatch.date is not None:
            assert e.event_date <= dispatch.date
    for row in aggregate(events):
        assert row.killed >= 0 and row.injured >= 0 and row.incidents >= 1
    assert [e.event_id for e in extract_events(dispatch)] == [e.event_id for e in events]


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(SENTENCES, min_size=1, max_size=6), day=DAYS)
def test_word_salad_never_breaks_extraction(lines: list[str], day: dt.date) -> None:
    check(Dispatch("prop", day.isoformat(), tuple(lines)))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_unicode_text_never_breaks_extraction(text: str) -> None:
    check(Dispatch("prop", "2024-01-15", tuple(text.split("\n"))))


@settings(max_examples=100, deadline=None)
@given(body=st.text(min_size=1, max_size=200))
def test_parsed_dispatches_never_break_extraction(body: str) -> None:
    try:
        dispatch = parse_dispatch(f" date 2023-06-01 {body}".encode())
    except ValueError:
        return
    check(dispatch)


@settings(max_examples=200, deadline=None)
@given(text=SENTENCES)
def test_casualty_figures_are_never_negative(text: str) -> None:
    figures = extract_casualties(text)
    assert figures.killed is None or figures.killed >= 0
    assert figures.injured is None or figures.injured >= 0


@settings(max_examples=200, deadline=None)
@given(text=SENTENCES, day=DAYS)
def test_event_day_is_never_after_the_dispatch(text: str, day: dt.date) -> None:
    result = resolve_date(text, day.isoformat())
    assert result.day is None or result.day <= day.isoformat()


def test_dispatch_without_a_date_gives_no_days_and_no_windows() -> None:
    dispatch = Dispatch("nodate", None, ("Missile kills 3 in Kharkiv", "", "Talks in Vienna."))
    events = extract_events(dispatch)
    assert [e.line for e in events] == [0, 2]
    assert all(e.event_date is None for e in events)
    assert aggregate(events) == []
