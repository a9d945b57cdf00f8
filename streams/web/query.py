"""Filtering casualty rows for the HTTP API (pure: no faust, no aiohttp)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from streams.text.counting import CasualtyReducer, CasualtyRow


class QueryError(ValueError):
    """A bad query parameter; the API answers 400 with this message."""


def _day(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name) or None
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise QueryError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from exc


def select_rows(states: Iterable[Any], params: Mapping[str, str]) -> list[dict[str, Any]]:
    """Rows of the table whose city matches ``city`` (case-insensitive) within [from, to]."""
    city = (params.get("city") or "").strip().casefold()
    start, end = _day(params, "from"), _day(params, "to")
    if start and end and start > end:
        raise QueryError(f"from={start} is after to={end}")
    rows: list[CasualtyRow] = []
    for state in states:
        if not state:
            continue
        row = CasualtyReducer.result(state)
        if city and row.city.casefold() != city:
            continue
        if (start and row.date < start) or (end and row.date > end):
            continue
        rows.append(row)
    rows.sort(key=lambda r: (r.date, r.city))
    return [r.to_json() for r in rows]
