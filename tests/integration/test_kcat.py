"""A non-Python client: Debian's kcat (librdkafka) publishes and consumes.

What an integrator does without our code: produce a dispatch with kcat, then
read the event topics with ``kcat -C -e`` and check every message against the
published JSON Schema. kcat missing is a failure (CI installs it), not a skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from streams.settings import Settings
from streams.topics import DEADLETTER, EVENT_TOPIC_BY_CLASS, RAW
from tests.integration.kafka_helpers import WorkerProcess, wait_processed
from tests.schema_check import validate

pytestmark = [pytest.mark.broker, pytest.mark.slow]

KCAT_TIMEOUT_S = 30


def kcat_binary() -> str:
    found = shutil.which("kcat")
    if found is None:
        pytest.fail("kcat is not installed: apt-get install -y kcat (CI: .ci/run installs it)")
    return found


def kcat(settings: Settings, *args: str) -> str:
    command = [kcat_binary(), "-b", settings.bootstrap_servers, "-q", *args]
    done = subprocess.run(command, capture_output=True, timeout=KCAT_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"{command}: {done.stderr.decode(errors='replace')}"
    return done.stdout.decode()


def consume_all(settings: Settings, base: str) -> list[dict[str, Any]]:
    """Every record of a topic, all partitions, as kcat's JSON envelopes; exits at the end."""
    out = kcat(settings, "-C", "-t", settings.topic_prefix + base, "-o", "beginning", "-e", "-J")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


async def test_kcat_publishes_a_dispatch_and_reads_schema_valid_events(
    pipeline: WorkerProcess, tmp_path: Path, seed_bytes: bytes
):
    settings = pipeline.settings
    seed = tmp_path / "seed.txt"
    seed.write_bytes(seed_bytes)
    envelope = tmp_path / "envelope.json"
    envelope.write_text(
        json.dumps(
            {
                "id": "kcat-envelope",
                "source": "kcat",
                "published_at": "2024-04-05T08:00:00Z",
                "text": "Kharkiv was attacked by drones last night.\nParliament adopted the budget.",
            }
        )
    )
    raw = settings.topic_prefix + RAW
    # file arguments: each file is one message (no splitting on newlines)
    kcat(settings, "-P", "-t", raw, "-k", "kcat-seed", str(seed))
    kcat(settings, "-P", "-t", raw, "-k", "kcat-envelope", str(envelope))
    await wait_processed(settings)

    events: dict[str, list[dict[str, Any]]] = {}
    for event_class, topic in EVENT_TOPIC_BY_CLASS.items():
        for record in consume_all(settings, topic):
            event = json.loads(record["payload"])
            validate("event", event)
            assert event["class"] == event_class, record
            # incidents are keyed by city (else dispatch); the rest by dispatch id
            expected_keys = {event["dispatch_id"]}
            if event_class == "incident" and event["city_id"]:
                expected_keys = {event["city_id"]}
            assert record["key"] in expected_keys, record
            events.setdefault(event["dispatch_id"], []).append(event)

    assert set(events) == {"kcat-seed", "kcat-envelope"}
    # nothing is dropped: every non-empty line of the dispatch is in some event
    seed_lines = [i for i, line in enumerate(seed_bytes.decode().splitlines()) if line.strip()]
    assert {e["line"] for e in events["kcat-seed"]} == set(seed_lines)
    assert {e["dispatch_date"] for e in events["kcat-seed"]} == {"2024-04-04"}
    # the envelope's published_at wins over everything else
    assert {e["dispatch_date"] for e in events["kcat-envelope"]} == {"2024-04-05"}
    ids = [e["event_id"] for es in events.values() for e in es]
    assert len(ids) == len(set(ids)), "event ids are unique"
    assert consume_all(settings, DEADLETTER) == [], "both dispatches were accepted"
