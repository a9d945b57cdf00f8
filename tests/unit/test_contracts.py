"""The published contracts: schemas/asyncapi.yaml and the JSON Schemas it points at.

Checked offline: the AsyncAPI document is 3.0-shaped, names exactly the topics
the code declares, every $ref resolves (inside the document or to a schema
file next to it), and every schema file is a valid Draft 2020-12 schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from streams.settings import Settings
from streams.topics import AGGREGATES, ALL_TOPICS, DEADLETTER, EVENT_TOPIC_BY_CLASS, RAW
from tests.conftest import REPO

SCHEMAS = REPO / "schemas"
ASYNCAPI = SCHEMAS / "asyncapi.yaml"
SCHEMA_FILES = sorted(SCHEMAS.glob("*.schema.json"))
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# which schema file describes the JSON value of each topic
PAYLOAD_BY_TOPIC = {
    RAW: "dispatch-envelope.schema.json",
    DEADLETTER: "deadletter.schema.json",
    AGGREGATES: "aggregate.schema.json",
    **{topic: "event.schema.json" for topic in EVENT_TOPIC_BY_CLASS.values()},
}


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    loaded = yaml.safe_load(ASYNCAPI.read_text())
    assert isinstance(loaded, dict), "asyncapi.yaml is not a mapping"
    return loaded


def refs(node: Any, path: str = "#") -> Iterator[tuple[str, str]]:
    """Every $ref in a document, with where it sits."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield path, value
            else:
                yield from refs(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from refs(value, f"{path}/{i}")


def resolve_pointer(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"{ref}: no {part!r}"
        node = node[part]
    return node


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
        node = resolve_pointer(doc, node["$ref"])
    return node


def payload_file(message: dict[str, Any]) -> str | None:
    """The schema file a message's payload points at (None for inline payloads)."""
    payload = message["payload"]
    schema = payload.get("schema", payload) if "schemaFormat" in payload else payload
    ref = schema.get("$ref")
    return Path(ref).name if ref and not ref.startswith("#") else None


def channel_messages(doc: dict[str, Any], channel: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(doc, m) for m in channel["messages"].values()]


def test_the_document_is_asyncapi_3(doc: dict[str, Any]):
    assert doc["asyncapi"] == "3.0.0"
    assert doc["info"]["title"] and doc["info"]["version"]
    assert set(doc) <= {
        "asyncapi",
        "id",
        "info",
        "servers",
        "defaultContentType",
        "channels",
        "operations",
        "components",
    }, "unknown top-level keys"
    for server in doc["servers"].values():
        assert server["protocol"] == "kafka" and server["host"]
    # 3.0: channels carry an address and a map of messages; operations point at channels
    for name, channel in doc["channels"].items():
        assert isinstance(channel["address"], str), name
        assert channel["messages"], f"{name} has no messages"
    for name, operation in doc["operations"].items():
        assert operation["action"] in ("send", "receive"), name
        assert set(operation["channel"]) == {"$ref"}, name
    for name, message in doc["components"]["messages"].items():
        assert "payload" in message, name
        assert message["contentType"] in ("application/json", "text/plain"), name


def test_the_channels_are_exactly_the_declared_topics(doc: dict[str, Any]):
    addresses = [channel["address"] for channel in doc["channels"].values()]
    assert sorted(addresses) == sorted(ALL_TOPICS)
    assert len(set(addresses)) == len(addresses), "a topic is described twice"
    partitions = Settings().partitions
    for channel in doc["channels"].values():
        kafka = channel["bindings"]["kafka"]
        assert kafka["topic"] == channel["address"]
        assert kafka["partitions"] == partitions, "partition count differs from the default"


def test_every_channel_carries_the_schema_of_its_topic(doc: dict[str, Any]):
    for channel in doc["channels"].values():
        topic = channel["address"]
        messages = channel_messages(doc, channel)
        files = {payload_file(m) for m in messages} - {None}
        assert files == {PAYLOAD_BY_TOPIC[topic]}, topic
        for message in messages:
            key = message["bindings"]["kafka"]["key"]
            assert "string" in (key["type"] if isinstance(key["type"], list) else [key["type"]])
    # raw dispatches may also be plain text
    raw = next(c for c in doc["channels"].values() if c["address"] == RAW)
    text = [m for m in channel_messages(doc, raw) if m["contentType"] == "text/plain"]
    assert text and text[0]["payload"]["type"] == "string"


def test_every_operation_sends_or_receives_messages_of_its_channel(doc: dict[str, Any]):
    received = set()
    for name, operation in doc["operations"].items():
        channel_ref = operation["channel"]["$ref"]
        channel = resolve_pointer(doc, channel_ref)
        for message in operation["messages"]:
            assert message["$ref"].startswith(channel_ref + "/messages/"), name
            resolve_pointer(doc, message["$ref"])
        if operation["action"] == "receive":
            received.add(channel["address"])
    # every output topic has a documented consumer side
    assert received == set(ALL_TOPICS) - {RAW}


def test_every_ref_resolves(doc: dict[str, Any]):
    found = list(refs(doc))
    assert found
    external = set()
    for where, ref in found:
        if ref.startswith("#"):
            resolve_pointer(doc, ref)
            continue
        target = (ASYNCAPI.parent / ref).resolve()
        assert target.parent == SCHEMAS.resolve(), f"{where}: {ref} leaves schemas/"
        assert target.is_file(), f"{where}: {ref} does not exist"
        json.loads(target.read_text())
        external.add(target.name)
    assert external == {p.name for p in SCHEMA_FILES}, "every schema file is used, none missing"


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda p: p.name)
def test_every_schema_is_valid_draft_2020_12(path: Path):
    schema = json.loads(path.read_text())
    assert schema.get("$schema") == DRAFT_2020_12
    Draft202012Validator.check_schema(schema)
    assert schema.get("$id", "").endswith(path.name)
    assert schema["type"] == "object" and schema["required"]


def test_the_event_schema_names_every_class():
    schema = json.loads((SCHEMAS / "event.schema.json").read_text())
    assert set(schema["properties"]["class"]["enum"]) == set(EVENT_TOPIC_BY_CLASS)
