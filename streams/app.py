"""The one faust App of newswire.

Created here and only here, with autodiscovery off: the agent, table and web
modules are imported explicitly at the bottom, so the import graph is a tree
(app -> agents/tables/web, never back).
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

import faust
from faust.app.base import BootStrategy

from streams import kafka_compat
from streams.admin import names
from streams.settings import load

settings = load()
topic_names = names(settings)
kafka_compat.apply()
# The resume-gap fix for faust streams: no stage is one now, but an agent or table
# added to this app would need it (docs/FAUST_FIX.md).
try:
    importlib.import_module("streams.faust_fix").apply()
except ModuleNotFoundError:  # pragma: no cover - until the fix module lands
    logging.getLogger(__name__).warning("streams.faust_fix missing: resume-gap fix not applied")


def _credentials() -> Any:
    if settings.sasl_mechanism:
        ssl_context = None
        if settings.security_protocol == "SASL_SSL":
            from aiokafka.helpers import create_ssl_context

            ssl_context = create_ssl_context(cafile=settings.ssl_cafile or None)
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context,
        )
    if settings.security_protocol == "SSL":
        from aiokafka.helpers import create_ssl_context

        return faust.SSLCredentials(create_ssl_context(cafile=settings.ssl_cafile or None))
    return None


class StagesOnly(BootStrategy):
    """faust hosts the two stages (app tasks), the web server and timers; nothing else.

    Both stages run their own aiokafka consumer groups (see streams/agents).
    faust's own consumer, left on, joined the group ``<app id>`` with nothing to
    read, and faust starts app tasks only after that consumer's first
    rebalance: a worker restarted after kill -9 waited for its dead
    predecessor's session to expire (60 s) before processing anything.
    """

    enable_kafka_consumer = False
    enable_kafka_producer = False

    def tables(self) -> list[Any]:
        return []


# faust makes its table directory even for memory stores, by default as
# "<app id>-data" in the working directory: keep it under the data directory
faust_dir = Path(settings.data_dir) / "faust" / settings.app_id
faust_dir.mkdir(parents=True, exist_ok=True)

app = faust.App(
    settings.app_id,
    broker=settings.broker or "kafka://127.0.0.1:9092",
    broker_credentials=_credentials(),
    autodiscover=False,
    store="memory://",  # no faust tables: the table stage keeps its own (streams/tables.py)
    datadir=str(faust_dir),
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    topic_allow_declare=True,
    processing_guarantee=settings.processing_guarantee,
    broker_commit_interval=settings.commit_interval_s,
    producer_linger_ms=settings.producer_linger_ms,
    consumer_auto_offset_reset="earliest",
    web_enabled=True,
    web_host=settings.web_host,
    web_bind=settings.web_host,
    web_port=settings.web_port,
    web_in_thread=False,
    key_serializer="raw",
    value_serializer="raw",
)
app.boot_strategy = StagesOnly(app)
logging.getLogger("faust").setLevel(settings.log_level.upper())

# Explicit registration of everything that hangs off the app (no autodiscover).
from streams.agents import casualties, dispatches  # noqa: E402, F401
from streams.web import api  # noqa: E402, F401
