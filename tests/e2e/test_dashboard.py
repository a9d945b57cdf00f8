"""The operator dashboard in a real browser against a real broker and worker.

The page is loaded first, then a dispatch is published: its casualty row, its
events and the dead-letter count must appear without a reload, and dispatch
text must be shown as text (never run as markup).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import expect

from streams.publish import publish_messages
from tests.conftest import REPO
from tests.integration.kafka_helpers import wait_processed

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OUT = REPO / "test-output"
LIVE_TIMEOUT_MS = 30_000
# what DESIGN.md states for the seed: one Kharkiv window on 2024-04-04
SEED_CITY, SEED_DAY = "Kharkiv", "2024-04-04"

HOSTILE = (
    " date 2024-04-06 Harbour talks <script>window.__pwned=1</script> resume\n"
    'Officials said <img src=x onerror="window.__pwned=2"> nothing else.\n'
)


async def screenshot(page: Any, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    await page.screenshot(path=str(OUT / name), full_page=True)


async def test_a_published_dispatch_appears_live(dashboard: Any, pipeline: Any, seed_bytes: bytes):
    page, log = dashboard
    await page.evaluate("window.__sameDocument = true")  # gone if the page reloads
    rows = page.locator("#casualty-rows tr")
    await expect(rows).to_have_count(0)

    await publish_messages(pipeline.settings, [(b"seed-000", seed_bytes)])

    row = page.locator(f'#casualty-rows tr[data-city="{SEED_CITY}"][data-date="{SEED_DAY}"]')
    await expect(row).to_have_count(1, timeout=LIVE_TIMEOUT_MS)
    await wait_processed(pipeline.settings)
    # once the worker is idle, the row on screen is the row the API holds
    [api_row] = pipeline.get(f"/api/casualties?city={SEED_CITY}&from={SEED_DAY}&to={SEED_DAY}")
    for field in ("killed", "injured", "incidents"):
        await expect(row.locator(f"td.{field}")).to_have_text(str(api_row[field]))
    await expect(row.locator("td.country")).to_have_text(api_row["country"] or "—")
    assert await page.evaluate("window.__sameDocument") is True, "the page reloaded"

    # the trend chart is drawn for that city by the page itself (inline SVG)
    await expect(page.locator("#trend-city")).to_have_value(SEED_CITY)
    await expect(page.locator("#trend polyline")).to_have_count(2)
    await expect(page.locator("#trend circle")).not_to_have_count(0)

    # the incident events arrived over the stream with confidence and cues
    incidents = page.locator("#list-incident li")
    await expect(incidents).not_to_have_count(0)
    await expect(incidents.first.locator(".conf")).to_have_text(re.compile(r"^\d\.\d\d$"))
    await expect(page.locator("#list-incident .cue")).not_to_have_count(0)
    await expect(page.locator("#count-incident")).not_to_have_text("0")

    # health is polled: partitions and a lag figure once the consumer has its assignment
    await expect(page.locator("#h-partitions")).to_have_text(
        re.compile(r"^\d+ partitions$"), timeout=15_000
    )
    await expect(page.locator("#kpi-lag")).to_have_text(re.compile(r"^\d[\d,]*$"))
    await expect(page.locator("#h-status")).to_have_text("ok")

    # filters go through /api/casualties: a city with no windows empties the table
    await page.fill("#f-city", "Nowhere-on-earth")
    await page.click("#filters button[type=submit]")
    await expect(rows).to_have_count(0)
    await page.fill("#f-city", SEED_CITY.lower())  # case-insensitive, like the API
    await page.fill("#f-from", SEED_DAY)
    await page.fill("#f-to", SEED_DAY)
    await page.click("#filters button[type=submit]")
    await expect(rows).to_have_count(1)
    await page.click("#f-reset")

    await screenshot(page, "dashboard.png")
    assert not log.errors, log.errors
    assert not log.foreign_requests, f"the page fetched from elsewhere: {log.foreign_requests}"


async def test_dispatch_markup_is_shown_as_text(dashboard: Any, pipeline: Any):
    page, log = dashboard
    await page.evaluate("window.__sameDocument = true")
    await publish_messages(
        pipeline.settings,
        [(b"hostile-1", HOSTILE.encode()), (b"empty-1", b"")],  # the empty one is dead-lettered
    )

    events = page.locator("#events")
    await expect(events).to_contain_text(
        "<script>window.__pwned=1</script>", timeout=LIVE_TIMEOUT_MS
    )
    await expect(events).to_contain_text('<img src=x onerror="window.__pwned=2">')
    await expect(page.locator("#kpi-deadletters")).to_have_text("1", timeout=LIVE_TIMEOUT_MS)
    await expect(page.locator("#dl-list")).to_contain_text("empty")

    assert await page.evaluate("window.__pwned") is None, "dispatch text was executed"
    assert await page.locator("#events script, #events img, body img").count() == 0
    assert await page.evaluate("window.__sameDocument") is True, "the page reloaded"
    await screenshot(page, "dashboard-escaping.png")
    assert not log.errors, log.errors
    assert not log.foreign_requests, log.foreign_requests
