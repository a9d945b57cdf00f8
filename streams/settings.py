"""All configuration, from environment variables, in one object.

Every setting has a documented default (README "Configuration"); nothing else
in the code reads the environment.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field, fields
from typing import Any


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name}={raw!r} is not an integer") from exc


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ValueError(f"{name}={raw!r} is not a number") from exc


GUARANTEES = ("at_least_once", "exactly_once")
EXTRACTORS = ("full", "trivial")


@dataclass(frozen=True)
class Settings:
    # Kafka URL (kafka://host:port[;host2:port]); empty = the embedded broker
    broker: str = field(default_factory=lambda: _env("NEWSWIRE_BROKER", ""))
    app_id: str = field(default_factory=lambda: _env("NEWSWIRE_APP_ID", "newswire"))
    # Prefix for every topic name: lets several pipelines (or tests) share a broker
    topic_prefix: str = field(default_factory=lambda: _env("NEWSWIRE_TOPIC_PREFIX", ""))
    partitions: int = field(default_factory=lambda: _env_int("NEWSWIRE_PARTITIONS", 4))
    replication_factor: int = field(default_factory=lambda: _env_int("NEWSWIRE_REPLICATION", 1))
    processing_guarantee: str = field(
        default_factory=lambda: _env("NEWSWIRE_PROCESSING_GUARANTEE", "at_least_once")
    )
    max_dispatch_bytes: int = field(
        default_factory=lambda: _env_int("NEWSWIRE_MAX_DISPATCH_BYTES", 1_048_576)
    )
    # largest event message (the broker default max.message.bytes is 1 MiB)
    max_event_bytes: int = field(
        default_factory=lambda: _env_int("NEWSWIRE_MAX_EVENT_BYTES", 524_288)
    )
    commit_interval_s: float = field(
        default_factory=lambda: _env_float("NEWSWIRE_COMMIT_INTERVAL_S", 0.5)
    )
    batch_size: int = field(default_factory=lambda: _env_int("NEWSWIRE_BATCH_SIZE", 200))
    # Incident events this worker's table stage may trail by before the dispatch
    # stage (same process, same core) pauses to let it catch up.
    table_backlog_limit: int = field(
        default_factory=lambda: _env_int("NEWSWIRE_TABLE_BACKLOG_LIMIT", 2000)
    )
    batch_within_s: float = field(
        default_factory=lambda: _env_float("NEWSWIRE_BATCH_WITHIN_S", 0.01)
    )
    producer_linger_ms: int = field(
        default_factory=lambda: _env_int("NEWSWIRE_PRODUCER_LINGER_MS", 5)
    )
    # Stable name of this worker: the dispatch stage's transactional id (exactly-once)
    instance_id: str = field(
        default_factory=lambda: (
            _env("NEWSWIRE_INSTANCE_ID", "")
            or f"{socket.gethostname()}-{_env('NEWSWIRE_WEB_PORT', '6066')}"
        )
    )
    # "full" extraction, or "trivial" (one event per line): a benchmark knob
    extractor: str = field(default_factory=lambda: _env("NEWSWIRE_EXTRACTOR", "full"))
    web_host: str = field(default_factory=lambda: _env("NEWSWIRE_WEB_HOST", "127.0.0.1"))
    web_port: int = field(default_factory=lambda: _env_int("NEWSWIRE_WEB_PORT", 6066))
    data_dir: str = field(default_factory=lambda: _env("NEWSWIRE_DATA_DIR", ".newswire"))
    log_level: str = field(default_factory=lambda: _env("NEWSWIRE_LOG_LEVEL", "warning"))
    # Kafka security, passed straight to aiokafka (see README "Real Kafka")
    security_protocol: str = field(
        default_factory=lambda: _env("NEWSWIRE_SECURITY_PROTOCOL", "PLAINTEXT")
    )
    sasl_mechanism: str = field(default_factory=lambda: _env("NEWSWIRE_SASL_MECHANISM", ""))
    sasl_username: str = field(default_factory=lambda: _env("NEWSWIRE_SASL_USERNAME", ""))
    sasl_password: str = field(
        default_factory=lambda: _env("NEWSWIRE_SASL_PASSWORD", ""), repr=False
    )
    ssl_cafile: str = field(default_factory=lambda: _env("NEWSWIRE_SSL_CAFILE", ""))

    def __post_init__(self) -> None:
        if self.processing_guarantee not in GUARANTEES:
            raise ValueError(
                f"NEWSWIRE_PROCESSING_GUARANTEE={self.processing_guarantee!r}: "
                f"expected one of {', '.join(GUARANTEES)}"
            )
        if self.extractor not in EXTRACTORS:
            raise ValueError(f"NEWSWIRE_EXTRACTOR={self.extractor!r}: expected full or trivial")
        if self.partitions < 1:
            raise ValueError("NEWSWIRE_PARTITIONS must be >= 1")
        if self.max_dispatch_bytes < 1:
            raise ValueError("NEWSWIRE_MAX_DISPATCH_BYTES must be >= 1")
        if not 1 <= self.web_port <= 65535:
            raise ValueError("NEWSWIRE_WEB_PORT must be a TCP port")

    @property
    def dispatch_group_id(self) -> str:
        """Consumer group of the dispatch stage."""
        return f"{self.app_id}.dispatches"

    @property
    def table_group_id(self) -> str:
        """Consumer group of the table stage (events.incident -> casualty table)."""
        return f"{self.app_id}.casualties"

    @property
    def bootstrap_servers(self) -> str:
        """aiokafka's bootstrap string from the kafka:// URL."""
        return ",".join(
            part.split("://", 1)[-1] for part in self.broker.replace(";", ",").split(",") if part
        )

    def kafka_client_kwargs(self) -> dict[str, Any]:
        """Security options for plain aiokafka clients (admin, producer, consumer)."""
        kwargs: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            kwargs.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        if self.security_protocol in ("SSL", "SASL_SSL"):
            from aiokafka.helpers import create_ssl_context

            kwargs["ssl_context"] = create_ssl_context(cafile=self.ssl_cafile or None)
        return kwargs

    def to_env(self) -> dict[str, str]:
        """These settings as environment variables, for child worker processes."""
        # instance_id is per process: a child derives its own unless one was set
        return {
            ENV_NAMES[f.name]: str(getattr(self, f.name))
            for f in fields(self)
            if f.name != "instance_id" or "NEWSWIRE_INSTANCE_ID" in os.environ
        }

    def public(self) -> dict[str, Any]:
        """Settings safe to log or show: secrets masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        if out["sasl_password"]:
            out["sasl_password"] = "***"
        return out


ENV_NAMES = {
    "broker": "NEWSWIRE_BROKER",
    "app_id": "NEWSWIRE_APP_ID",
    "topic_prefix": "NEWSWIRE_TOPIC_PREFIX",
    "partitions": "NEWSWIRE_PARTITIONS",
    "replication_factor": "NEWSWIRE_REPLICATION",
    "processing_guarantee": "NEWSWIRE_PROCESSING_GUARANTEE",
    "max_dispatch_bytes": "NEWSWIRE_MAX_DISPATCH_BYTES",
    "max_event_bytes": "NEWSWIRE_MAX_EVENT_BYTES",
    "commit_interval_s": "NEWSWIRE_COMMIT_INTERVAL_S",
    "batch_size": "NEWSWIRE_BATCH_SIZE",
    "table_backlog_limit": "NEWSWIRE_TABLE_BACKLOG_LIMIT",
    "batch_within_s": "NEWSWIRE_BATCH_WITHIN_S",
    "producer_linger_ms": "NEWSWIRE_PRODUCER_LINGER_MS",
    "instance_id": "NEWSWIRE_INSTANCE_ID",
    "extractor": "NEWSWIRE_EXTRACTOR",
    "web_host": "NEWSWIRE_WEB_HOST",
    "web_port": "NEWSWIRE_WEB_PORT",
    "data_dir": "NEWSWIRE_DATA_DIR",
    "log_level": "NEWSWIRE_LOG_LEVEL",
    "security_protocol": "NEWSWIRE_SECURITY_PROTOCOL",
    "sasl_mechanism": "NEWSWIRE_SASL_MECHANISM",
    "sasl_username": "NEWSWIRE_SASL_USERNAME",
    "sasl_password": "NEWSWIRE_SASL_PASSWORD",
    "ssl_cafile": "NEWSWIRE_SSL_CAFILE",
}


def load() -> Settings:
    return Settings()
