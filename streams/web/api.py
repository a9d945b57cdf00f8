"""HTTP endpoints of a worker: dashboard, casualty query, health, metrics, live feed."""

from __future__ import annotations

import asyncio
import contextlib
from importlib.resources import files
from typing import Any

from aiohttp import web as aioweb
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams import codec, metrics
from streams.agents.casualties import stage as table_stage
from streams.agents.dispatches import stage as dispatch_stage
from streams.app import app, settings, topic_names
from streams.web import live
from streams.web.query import QueryError, select_rows
from streams.web.view import CasualtyView

JSON = "application/json"
SSE_KEEPALIVE_S = 15.0
SSE_POLL_S = 0.5


def _json(web: Any, value: Any, status: int = 200) -> Any:
    return web.bytes(codec.dumps(value), content_type=JSON, status=status)


@app.page("/")
async def dashboard(web: Any, request: Any) -> Any:
    page = files("streams.web").joinpath("static/dashboard.html").read_bytes()
    return web.bytes(
        page,
        content_type="text/html",
        headers={
            # everything the page needs is served by this worker: nothing external
            "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; img-src 'self' data:",
            "X-Content-Type-Options": "nosniff",
        },
    )


casualty_view = CasualtyView(settings, topic_names.changelog)


@app.task
async def follow_changelog() -> None:
    await casualty_view.run()


@app.page("/api/casualties")
async def casualties(web: Any, request: Any) -> Any:
    """The whole table (all partitions, whichever worker answers), as of this request."""
    complete = await casualty_view.caught_up()
    try:
        rows = select_rows(list(casualty_view.states.values()), request.query)
    except QueryError as exc:
        return _json(web, {"error": str(exc)}, status=400)
    headers = {} if complete else {"Warning": '199 newswire "view still catching up"'}
    return web.bytes(codec.dumps(rows), content_type=JSON, headers=headers)


async def input_lag() -> dict[str, int]:
    """Per input topic: end offset - position summed over this worker's partitions."""
    return {**await dispatch_stage.lag(), **table_stage.lag()}


@app.page("/api/health")
async def health(web: Any, request: Any) -> Any:
    try:
        lag = await input_lag()
    except Exception as exc:  # consumer not started yet
        lag = {"error": str(exc)}  # type: ignore[dict-item]
    body = {
        "status": "ok",
        "app_id": settings.app_id,
        "processing_guarantee": settings.processing_guarantee,
        "assigned_partitions": sorted(table_stage.assigned() + dispatch_stage.assigned()),
        "table_windows": len(table_stage.table),
        "lag": lag,
        "deadletters": live.deadletter_total(),
        "events_by_class": dict(live.events_by_class),
    }
    return _json(web, body)


@app.page("/api/events")
async def latest_events(web: Any, request: Any) -> Any:
    return _json(web, live.snapshot())


@app.page("/metrics")
async def prometheus(web: Any, request: Any) -> Any:
    with contextlib.suppress(Exception):
        await input_lag()
    metrics.table_windows.set(len(table_stage.table))
    return web.bytes(
        generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0]
    )


@app.page("/api/stream")
async def stream(web: Any, request: Any) -> Any:
    """Server-sent events: every table row change, event and dead letter, as it happens."""
    response = aioweb.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    queue = live.subscribe()
    try:
        await response.write(b"event: hello\ndata: {}\n\n")
        idle_s = 0.0
        # poll the transport so a closed browser is noticed within SSE_POLL_S,
        # not at the next keepalive (an open handler holds up worker shutdown)
        while request.transport is not None and not request.transport.is_closing():
            try:
                message = await asyncio.wait_for(queue.get(), SSE_POLL_S)
            except TimeoutError:
                idle_s += SSE_POLL_S
                if idle_s >= SSE_KEEPALIVE_S:
                    await response.write(b": keepalive\n\n")
                    idle_s = 0.0
                continue
            idle_s = 0.0
            await response.write(b"data: " + codec.dumps(message) + b"\n\n")
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        live.unsubscribe(queue)
    return response
