"""Security properties of a running worker: loopback bind, JSON-escaped text, no secret in logs.

``Settings.public()`` and ``repr`` masking the SASL password are unit-tested in
tests/unit/test_settings_and_query.py (test_secrets_are_masked); here a real
worker runs with the password in its environment and its log, health and
metrics are searched for it.
"""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest

from streams import codec
from streams.broker import EmbeddedBroker
from streams.publish import publish_messages
from tests.integration.kafka_helpers import WorkerProcess, prepare, unique_settings
from tests.integration.reliability_helpers import wait_drained, wait_until

pytestmark = [pytest.mark.broker, pytest.mark.slow]

SECRET = "s3cr3t-Pa55word-7f9c2e"
SCRIPT = "<script>alert('pwned')</script>"


def non_loopback_ipv4() -> str | None:
    """An IPv4 address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for UDP connect
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def listening_addresses(port: int) -> set[str]:
    """Local IPv4/IPv6 addresses with a socket LISTENing on ``port`` (from /proc/net/tcp*)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


@pytest.fixture
async def worker(broker: EmbeddedBroker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    # the password is in the worker's environment (no SASL mechanism: noida-db has no SASL)
    monkeypatch.setenv("NEWSWIRE_SASL_PASSWORD", SECRET)
    monkeypatch.setenv("NEWSWIRE_SASL_USERNAME", "newswire")
    monkeypatch.delenv("NEWSWIRE_WEB_HOST", raising=False)
    settings = unique_settings(broker.url, log_level="info")
    assert settings.sasl_password == SECRET and settings.web_host == "127.0.0.1"
    await prepare(settings)
    running = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        yield running
    finally:
        running.stop()


async def test_http_binds_loopback_only(worker: WorkerProcess) -> None:
    addresses = listening_addresses(worker.web_port)
    # 0100007F = 127.0.0.1 in /proc's little-endian hex; 00000000 would be 0.0.0.0
    assert addresses == {"0100007F"}, f"listening on {addresses}"
    other = non_loopback_ipv4()
    if other is not None:
        with pytest.raises(OSError):
            socket.create_connection((other, worker.web_port), timeout=3).close()
    socket.create_connection(("127.0.0.1", worker.web_port), timeout=3).close()


async def test_dispatch_text_comes_back_as_json(worker: WorkerProcess) -> None:
    text = f" date 2024-04-04 Breaking {SCRIPT}\nA strike hit Kharkiv {SCRIPT}, killing two."
    await publish_messages(worker.settings, [(b"xss-1", text.encode())])
    await wait_drained(worker.settings, [worker])

    async def served() -> bytes | None:
        with urllib.request.urlopen(f"{worker.url}/api/events", timeout=5) as response:
            assert response.headers.get_content_type() == "application/json"
            body: bytes = response.read()
        return body if SCRIPT.encode() in body or b"\\u003c" in body else None

    body = await wait_until(served, "the event text on /api/events", alive=[worker])
    payload = codec.loads(body)
    texts = [e["text"] for events in payload["events"].values() for e in events]
    assert any(SCRIPT in t for t in texts), "the text is returned as data, unchanged"
    # it is inside JSON strings: nothing of it reaches the top level of the document
    assert body.lstrip()[:1] in (b"{", b"[")


async def test_the_password_never_reaches_logs_health_or_metrics(worker: WorkerProcess) -> None:
    await publish_messages(worker.settings, [(b"seed", b" date 2024-04-04 Hello\nA line.")])
    await wait_drained(worker.settings, [worker])
    health = urllib.request.urlopen(f"{worker.url}/api/health", timeout=5).read()
    metrics = urllib.request.urlopen(f"{worker.url}/metrics", timeout=5).read()
    worker.stop()  # flush and close the log
    log = worker.log_path.read_text(errors="replace")
    assert log, "the worker wrote a log at info level"
    for name, text in (("log", log), ("health", health.decode()), ("metrics", metrics.decode())):
        assert SECRET not in text, f"the SASL password appears in the worker {name}"
