"""A real headless Chromium (Debian's) driven by Playwright, plus the pipeline fixtures.

No ``playwright install``: the browser is the system's ``/usr/bin/chromium``
(CI installs it, see ``.ci/run``). A missing browser or Playwright is a test
failure with a clear message, never a skip.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

# the worker fixture of the integration tier (real worker process; broker: tests/conftest.py)
from tests.integration.conftest import pipeline  # noqa: F401

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        pytest.fail(
            "Playwright for Python is missing: pip install -e '.[dev]' (or pip install playwright)"
        )
    if not CHROMIUM.exists():
        found = shutil.which("chromium")
        pytest.fail(
            f"Debian's chromium is missing at {CHROMIUM} (found: {found}): "
            "apt-get install -y chromium (CI: .ci/run installs it)"
        )
    async with async_playwright() as pw:
        running = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield running
        finally:
            await running.close()


class PageLog:
    """Console errors, page errors and requests leaving the worker, seen by a page."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.errors: list[str] = []
        self.foreign_requests: list[str] = []

    def attach(self, page: Any) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("request", self._request)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _request(self, request: Any) -> None:
        url = request.url
        if not (url.startswith(self.origin) or url.startswith("data:")):
            self.foreign_requests.append(url)


@pytest.fixture
async def dashboard(browser: Any, pipeline: Any) -> AsyncIterator[tuple[Any, PageLog]]:  # noqa: F811
    """The dashboard of the pipeline's worker, loaded and subscribed to the live stream."""
    context = await browser.new_context(viewport={"width": 1440, "height": 1000})
    page = await context.new_page()
    log = PageLog(pipeline.url)
    log.attach(page)
    try:
        await page.goto(f"{pipeline.url}/")
        # the page subscribes to /api/stream first, then loads the snapshots
        # (a selector, not a JavaScript string: the page's Content-Security-Policy forbids
        # eval, which Playwright's string predicates may need)
        await page.wait_for_selector("body[data-stream='live']", state="attached", timeout=15_000)
        yield page, log
    finally:
        await context.close()
