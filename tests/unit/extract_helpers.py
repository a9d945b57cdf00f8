"""Helpers the rule tests share: run the pure extraction on a few lines."""

from __future__ import annotations

from streams.text.dates import resolve_date
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events
from streams.text.places import scan


def events(*lines: str, date: str = "2022-09-19") -> list[Event]:
    """The events of a dispatch dated ``date`` whose lines are ``lines``."""
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def country(event: Event) -> str | None:
    """The event's country: its place's, or the one given without a place."""
    return event.place.country if event.place is not None else event.country_hint


def day(text: str, dispatch_date: str = "2024-07-26") -> str | None:
    """The day ``resolve_date`` gives ``text`` in a dispatch of ``dispatch_date``."""
    return resolve_date(text, dispatch_date).day


def cities(text: str) -> list[str]:
    """The city names ``scan`` reads in ``text``, in order."""
    return [m.surface for m in scan(text) if m.kind == "city"]
