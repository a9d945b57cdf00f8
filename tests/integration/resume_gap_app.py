"""A minimal faust worker with a table, for the resume-gap regression test.

Run in its own process (``python -m tests.integration.resume_gap_app worker``);
configured by environment variables set by ``test_resume_gap.py``:

RG_BROKER (kafka://host:port), RG_APP_ID, RG_IN, RG_OUT, RG_TABLE,
RG_MAX_POLL (consumer_max_poll_records), RG_GUARANTEE (at_least_once).
NEWSWIRE_FAUST_FIX=0 leaves faust unpatched (RG_ONLY_FIX=recovery|consumer then
installs one of the two fixes alone, to measure that neither is enough).

Every input value is ``{"id": n}`` keyed by ``str(n)``; the agent counts the id
in the table and forwards ``{"id": n, "seen": count}`` to the output topic.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile

import faust
from faust.tables.recovery import Recovery
from faust.transport.consumer import Consumer

from streams import faust_fix

FIXED = faust_fix.apply()
# Measurement only (docs/FAUST_FIX.md): with NEWSWIRE_FAUST_FIX=0, install one fix alone.
ONLY = os.environ.get("RG_ONLY_FIX", "")
if not FIXED and ONLY == "recovery":
    Recovery.on_recovery_completed = faust_fix.on_recovery_completed
elif not FIXED and ONLY == "consumer":
    Consumer._wait_next_records = faust_fix._wait_next_records

# faust makes "<app id>-data" in the working directory unless told otherwise
DATA_DIR = os.path.join(tempfile.gettempdir(), f"newswire-{os.environ['RG_APP_ID']}-data")
os.makedirs(DATA_DIR, exist_ok=True)

app = faust.App(
    os.environ["RG_APP_ID"],
    datadir=DATA_DIR,
    broker=os.environ["RG_BROKER"],
    autodiscover=False,
    store="memory://",
    topic_partitions=4,
    topic_allow_declare=False,
    processing_guarantee=os.environ.get("RG_GUARANTEE", "at_least_once"),
    broker_commit_interval=0.2,
    consumer_auto_offset_reset="earliest",
    consumer_max_poll_records=int(os.environ.get("RG_MAX_POLL", "500")),
    web_enabled=False,
    table_cleanup_interval=3600.0,
    key_serializer="raw",
    value_serializer="raw",
)
source = app.topic(os.environ["RG_IN"], partitions=4)
sink = app.topic(os.environ["RG_OUT"], partitions=4)
seen = app.Table(os.environ["RG_TABLE"], default=int, partitions=4)


@app.agent(source)
async def count(stream: faust.StreamT) -> None:
    async for event in stream.events():
        ident = json.loads(event.value)["id"]
        key = str(ident)
        seen[key] += 1
        await sink.send(
            key=key.encode(), value=json.dumps({"id": ident, "seen": seen[key]}).encode()
        )


@app.task
async def announce() -> None:
    logging.getLogger("resume_gap_app").warning(
        "resume-gap worker up, faust_fix=%s only=%s", FIXED, ONLY
    )


if __name__ == "__main__":
    sys.argv = [sys.argv[0], "worker", "-l", "info", *sys.argv[1:]]
    app.main()
