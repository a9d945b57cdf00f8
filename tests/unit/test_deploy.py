"""Deployment files agree with the code: docker-compose.yml, deploy/Dockerfile, deploy/k8s/.

Offline checks only: ``docker-compose config -q`` (Debian's docker-compose; it
needs no Docker daemon for this) validates the compose file; the Kubernetes
manifests are validated against the official OpenAPI-derived JSON schemas
bundled in the ``kubernetes-validate`` package (strict: unknown fields fail);
the rest compares names, ports and tags with streams/settings.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from streams.settings import ENV_NAMES, Settings
from tests.conftest import REPO

COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
K8S = REPO / "deploy" / "k8s"
K8S_VERSION = "1.30.0"  # oldest Kubernetes the manifests promise to work on
WORKER_SERVICES = ("dashboard", "worker")
TOPIC_CREATION = "from streams.admin import ensure_topics"
# set on each pod, not in the ConfigMap: the secret, and the pod's own name
PER_POD = {"NEWSWIRE_SASL_PASSWORD", "NEWSWIRE_INSTANCE_ID"}
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


@pytest.fixture(scope="module")
def defaults(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The settings' built-in defaults, whatever this shell's environment holds."""
    with pytest.MonkeyPatch.context() as mp:
        for name in ENV_NAMES.values():
            mp.delenv(name, raising=False)
        return Settings()


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """The compose file as docker-compose resolves it (anchors, merges, ${VAR:-x})."""
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.fail(
            "docker-compose is not installed: apt-get install -y docker-compose "
            "(CI: .ci/run installs it)"
        )
    done = subprocess.run(
        [binary, "-f", str(COMPOSE), "config"],
        capture_output=True,
        timeout=60,
        check=False,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin"},  # no NEWSWIRE_* from this shell leaks into ${...}
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    resolved = yaml.safe_load(done.stdout)
    assert isinstance(resolved, dict)
    return resolved


def k8s_documents() -> list[tuple[Path, dict[str, Any]]]:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    out = []
    for name in kustomization["resources"]:
        path = K8S / name
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                out.append((path, doc))
    return out


def by_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in k8s_documents() if doc["kind"] == kind]


def env_of(container: dict[str, Any], configmap: dict[str, Any]) -> dict[str, str]:
    env = dict(configmap["data"]) if container.get("envFrom") else {}
    for item in container.get("env", []):
        env[item["name"]] = item.get("value", "<from secret>")
    return env


# --- docker-compose -------------------------------------------------------------


def test_compose_file_is_valid():
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is not installed: apt-get install -y docker-compose"
    done = subprocess.run(
        [binary, "-f", str(COMPOSE), "config", "-q"],
        capture_output=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")


def test_compose_env_names_are_the_settings_names(compose: dict[str, Any], defaults: Settings):
    known = set(ENV_NAMES.values())
    assert set(ENV_NAMES) == {f.name for f in fields(Settings)}, "ENV_NAMES covers every field"
    for name, service in compose["services"].items():
        env = service.get("environment", {})
        unknown = {k for k in env if k.startswith("NEWSWIRE_")} - known
        assert not unknown, f"{name}: no such setting {unknown}"
    for name in (*WORKER_SERVICES, "topics"):
        env = compose["services"][name]["environment"]
        assert env["NEWSWIRE_BROKER"] == "kafka://kafka:9092", name
        assert env["NEWSWIRE_WEB_HOST"] == "0.0.0.0", name
        assert int(env["NEWSWIRE_WEB_PORT"]) == defaults.web_port, name
        assert env["NEWSWIRE_APP_ID"] == defaults.app_id, "one consumer group for every worker"
        Settings(**{f: env[ENV_NAMES[f]] for f in ("processing_guarantee",)})  # a valid value
    # the topic job and the workers agree on what the topics look like
    for setting in ("NEWSWIRE_PARTITIONS", "NEWSWIRE_REPLICATION", "NEWSWIRE_TOPIC_PREFIX"):
        values = {
            compose["services"][s]["environment"][setting] for s in (*WORKER_SERVICES, "topics")
        }
        assert len(values) == 1, f"{setting} differs between services: {values}"


def test_compose_workers_scale_and_one_publishes_the_dashboard(
    compose: dict[str, Any], defaults: Settings
):
    services = compose["services"]
    worker = services["worker"]
    assert "container_name" not in worker and "ports" not in worker, "worker must be scalable"
    assert worker["image"] == services["dashboard"]["image"] == f"newswire:{VERSION}"
    assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
    [port] = services["dashboard"]["ports"]
    assert int(port["target"]) == defaults.web_port
    for name in WORKER_SERVICES:
        assert services[name]["depends_on"]["topics"]["condition"] == (
            "service_completed_successfully"
        )
        assert str(defaults.web_port) in " ".join(services[name]["healthcheck"]["test"])


def test_compose_runs_kafka_in_kraft_mode_and_creates_topics(compose: dict[str, Any]):
    kafka = compose["services"]["kafka"]
    image, _, tag = kafka["image"].partition(":")
    assert image == "apache/kafka" and re.fullmatch(r"\d+\.\d+\.\d+", tag), "a pinned version"
    env = kafka["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "zookeeper" not in " ".join(map(str, env.values())).lower()
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false", "topics are created explicitly"
    topics = compose["services"]["topics"]
    assert TOPIC_CREATION in " ".join(topics["command"])
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_dockerfile_builds_the_worker_image(defaults: Settings):
    text = DOCKERFILE.read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert re.search(r"^RUN pip install \.", text, re.M)
    assert re.search(r'^CMD \["newswire", ?"worker"\]$', text, re.M)
    assert re.search(rf"^EXPOSE {defaults.web_port}$", text, re.M)
    assert "NEWSWIRE_WEB_HOST=0.0.0.0" in text
    for name in re.findall(r"\bNEWSWIRE_[A-Z_]+", text):
        assert name in ENV_NAMES.values(), name


# --- Kubernetes -------------------------------------------------------------------


def test_kustomization_lists_existing_manifests():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert kustomization["kind"] == "Kustomization"
    listed = set(kustomization["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk, "every manifest is listed, every listed file exists"
    [image] = kustomization["images"]
    assert (image["newName"], image["newTag"]) == ("newswire", VERSION)
    kinds = sorted(doc["kind"] for _, doc in k8s_documents())
    assert kinds == ["ConfigMap", "Deployment", "Job", "Service"]


@pytest.mark.parametrize("path", sorted(K8S.glob("*.yaml")), ids=lambda p: p.name)
def test_manifests_validate_against_the_kubernetes_schemas(path: Path):
    for doc in yaml.safe_load_all(path.read_text()):
        if not doc or doc.get("kind") == "Kustomization":
            continue  # no schema for kustomize's own file; checked above
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_k8s_config_names_and_ports_match_the_settings(defaults: Settings):
    [configmap] = by_kind("ConfigMap")
    data = configmap["data"]
    assert set(data) <= set(ENV_NAMES.values()), set(data) - set(ENV_NAMES.values())
    missing = set(ENV_NAMES.values()) - set(data)
    assert missing == PER_POD, "every setting but the per-pod ones is spelled out"
    assert data["NEWSWIRE_WEB_HOST"] == "0.0.0.0"
    assert int(data["NEWSWIRE_WEB_PORT"]) == defaults.web_port
    assert data["NEWSWIRE_BROKER"].startswith("kafka://")
    assert all(isinstance(v, str) for v in data.values()), "ConfigMap values are strings"

    [deployment] = by_kind("Deployment")
    spec = deployment["spec"]
    assert spec["replicas"] >= 1
    assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items()
    [container] = spec["template"]["spec"]["containers"]
    assert container["image"] == "newswire"  # tag set once, by kustomization images
    assert container.get("args", ["newswire", "worker"]) == ["newswire", "worker"]
    [port] = container["ports"]
    assert port["containerPort"] == defaults.web_port
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/api/health"
        assert container[probe]["httpGet"]["port"] in (port["name"], defaults.web_port)
    env = env_of(container, configmap)
    assert set(env) == set(ENV_NAMES.values())
    per_pod = {e["name"]: e["valueFrom"] for e in container["env"]}
    assert per_pod["NEWSWIRE_SASL_PASSWORD"]["secretKeyRef"]["optional"] is True
    assert per_pod["NEWSWIRE_INSTANCE_ID"]["fieldRef"]["fieldPath"] == "metadata.name"

    [service] = by_kind("Service")
    [service_port] = service["spec"]["ports"]
    assert service_port["port"] == defaults.web_port
    assert service_port["targetPort"] in (port["name"], defaults.web_port)
    assert service["spec"]["selector"].items() <= spec["template"]["metadata"]["labels"].items()

    [job] = by_kind("Job")
    [job_container] = job["spec"]["template"]["spec"]["containers"]
    assert job_container["image"] == container["image"]
    assert TOPIC_CREATION in " ".join(job_container["command"])
    job_env = env_of(job_container, configmap)
    assert job_env.items() >= {k: v for k, v in env.items() if k not in PER_POD}.items(), (
        "the job creates the topics the workers use"
    )


# --- docs/OPERATIONS.md -----------------------------------------------------------


def test_operations_doc_lists_every_setting_with_its_default(defaults: Settings):
    text = (REPO / "docs" / "OPERATIONS.md").read_text()
    documented = dict(re.findall(r"^\| `(NEWSWIRE_[A-Z_]+)` \| ([^|]+) \|", text, re.M))
    assert set(documented) == set(ENV_NAMES.values())
    for field_name, env_name in ENV_NAMES.items():
        if field_name == "instance_id":
            continue  # derived from the host name
        value = str(getattr(defaults, field_name))
        shown = documented[env_name].strip()
        assert shown == (f"`{value}`" if value else "*(empty)*"), env_name


def test_operations_doc_names_every_metric():
    text = (REPO / "docs" / "OPERATIONS.md").read_text()
    source = (REPO / "streams" / "metrics.py").read_text()
    names = set(re.findall(r'"(newswire_[a-z_]+)"', source))
    assert names
    for name in names:
        assert f"`{name}`" in text, name
