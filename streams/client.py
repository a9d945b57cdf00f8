"""Operator-side commands: ``newswire table`` (HTTP) and ``newswire tail`` (Kafka)."""

from __future__ import annotations

import sys
import urllib.parse
from typing import Any

from aiokafka import AIOKafkaConsumer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from streams import codec
from streams.runner import http_json
from streams.settings import Settings


def fetch_rows(base_url: str, *, city: str | None, start: str | None, end: str | None) -> Any:
    params = {k: v for k, v in (("city", city), ("from", start), ("to", end)) if v}
    query = urllib.parse.urlencode(params)
    return http_json(f"{base_url.rstrip('/')}/api/casualties" + (f"?{query}" if query else ""))


def print_rows(rows: list[dict[str, Any]]) -> None:
    table = Table(title="Casualties per city per day")
    for column in ("date", "city", "country", "killed", "injured", "incidents"):
        table.add_column(
            column, justify="right" if column in ("killed", "injured", "incidents") else "left"
        )
    for row in rows:
        table.add_row(
            *(
                str(row[c]) if row[c] is not None else "-"
                for c in ("date", "city", "country", "killed", "injured", "incidents")
            )
        )
    Console().print(table)


def _describe(topic: str, key: bytes | None, value: bytes) -> str:
    """One message as rich markup; everything taken from the message is escaped."""
    try:
        data = codec.loads(value)
    except codec.JSONDecodeError:
        return f"[dim]{escape(topic)}[/] key={escape(repr(key))} {escape(repr(value[:200]))}"
    if not isinstance(data, dict):
        return f"[dim]{escape(topic)}[/] {escape(repr(data))}"
    if "class" in data:
        where = f"{data.get('city')}, {data.get('country')}" if data.get("city") else "-"
        figures = ""
        if data["class"] == "incident":
            figures = f" killed={data.get('killed')} injured={data.get('injured')}"
        cues = ", ".join(str(c) for c in data.get("cues", []))
        head = f"{data['class']:<12} {data.get('event_date') or '?':<10} {where}{figures}"
        return (
            f"[bold]{escape(head)}[/] [dim]({data.get('confidence')} {escape(cues)})[/]\n"
            f"    {escape(str(data.get('text', ''))[:160])}"
        )
    if "reason" in data:
        origin = f"{data.get('source_topic')}[{data.get('partition')}]@{data.get('offset')}"
        said = f"{data['reason']}: {data.get('detail')} ({origin})"
        return f"[red]dead letter[/] {escape(said)}"
    return escape(f"{topic} {data}")


async def tail(settings: Settings, topic: str, *, from_beginning: bool, limit: int | None) -> int:
    name = topic if topic.startswith(settings.topic_prefix) else f"{settings.topic_prefix}{topic}"
    consumer = AIOKafkaConsumer(
        name,
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        **settings.kafka_client_kwargs(),
    )
    console = Console(markup=True, highlight=False)
    await consumer.start()
    seen = 0
    try:
        print(f"tailing {name} (Ctrl-C stops)", file=sys.stderr)
        async for record in consumer:
            # dispatch text is data, never markup
            console.print(_describe(name, record.key, record.value))
            seen += 1
            if limit is not None and seen >= limit:
                break
    finally:
        await consumer.stop()
    return 0
