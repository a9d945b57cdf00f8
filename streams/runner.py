"""``newswire run``: broker, topics, one worker, publish, then watch or wait.

The worker runs as a child process (``python -m streams worker``) exactly as
it would in production; this process only orchestrates and talks to it over
Kafka and HTTP, so ``run`` exercises the same paths users deploy.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

from streams import codec
from streams.admin import ensure_topics, group_lag
from streams.broker import EmbeddedBroker, free_port
from streams.publish import publish_messages
from streams.settings import Settings
from streams.topics import INCIDENT, RAW


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def http_json(url: str, timeout_s: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout_s) as response:
        return codec.loads(response.read())


def wait_http(url: str, proc: subprocess.Popen[bytes] | None, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"worker exited with status {proc.returncode} before serving HTTP")
        try:
            http_json(url, timeout_s=2.0)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise TimeoutError(f"worker did not answer {url} within {timeout_s:.0f}s")


def start_worker(
    settings: Settings, web_port: int, log_path: Path | None = None
) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(settings.to_env())
    env["NEWSWIRE_WEB_PORT"] = str(web_port)
    out = open(log_path, "ab") if log_path else None  # noqa: SIM115 - owned by the child
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"],
            env=env,
            stdout=out if out else sys.stderr,
            stderr=subprocess.STDOUT if out else sys.stderr,
            stdin=subprocess.DEVNULL,
        )
    finally:
        if out:
            out.close()


def stop_worker(proc: subprocess.Popen[bytes], timeout_s: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


async def wait_idle(settings: Settings, expected_raw: int, timeout_s: float) -> None:
    """Until the worker group has committed every raw dispatch and every incident."""
    deadline = time.monotonic() + timeout_s
    while True:
        # raw first: its commit follows the flush of its events, so once raw is
        # done the incident topic's end offsets already include all of them
        lag = await group_lag(settings, (RAW, INCIDENT))
        if lag[RAW] == 0 and lag[INCIDENT] == 0:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"still not idle after {timeout_s:.0f}s: lag {lag}")
        await asyncio.sleep(0.25)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(
    settings: Settings,
    paths: list[Path],
    *,
    until_idle: bool,
    as_json: bool,
    timeout_s: float = 300.0,
) -> int:
    broker: EmbeddedBroker | None = None
    started = time.monotonic()
    # SIGTERM (docker stop, kill, CI) stops as cleanly as Ctrl-C: worker, then broker
    signal.signal(signal.SIGTERM, _interrupt)
    if not settings.broker:
        # a one-shot run starts from an empty broker; an interactive one keeps
        # its data in the data dir, so a restart shows the same table
        data_dir = tempfile.mkdtemp(prefix="newswire-run-") if until_idle else None
        broker = EmbeddedBroker(data_dir=data_dir or Path(settings.data_dir) / "broker")
        broker.start()
        settings = replace(settings, broker=broker.url)
        _say(f"embedded broker: {broker.url} (data in {broker.data_dir})")
    web_port = settings.web_port if not until_idle else free_port()
    if not port_is_free(settings.web_host, web_port):
        busy, web_port = web_port, free_port(settings.web_host)
        _say(f"port {busy} is in use; the worker's HTTP API uses {web_port} instead")
    worker = None
    try:
        created = asyncio.run(ensure_topics(settings))
        _say(f"topics ready ({len(created)} created, {settings.partitions} partitions each)")
        worker = start_worker(settings, web_port)
        base = f"http://{settings.web_host}:{web_port}"
        wait_http(f"{base}/api/health", worker, timeout_s=120)
        messages: list[tuple[bytes | None, bytes]] = [
            (p.stem.encode(), p.read_bytes()) for p in paths
        ]
        sent = asyncio.run(publish_messages(settings, messages))
        _say(f"published {sent} dispatch(es) in {time.monotonic() - started:.1f}s from start")
        if until_idle:
            asyncio.run(wait_idle(settings, sent, timeout_s))
            rows = http_json(f"{base}/api/casualties")
            _say(f"idle after {time.monotonic() - started:.1f}s")
            if as_json:
                sys.stdout.buffer.write(codec.dumps_pretty(rows) + b"\n")
                sys.stdout.flush()
            else:
                for row in rows:
                    print(row)
            return 0
        _say(f"dashboard: {base}/   table: {base}/api/casualties   (Ctrl-C stops)")
        while worker.poll() is None:
            time.sleep(0.5)
        _say(f"worker exited with status {worker.returncode}")
        return worker.returncode or 0
    except KeyboardInterrupt:
        return 0
    finally:
        if worker is not None:
            stop_worker(worker)
        if broker is not None:
            broker.stop()
            if until_idle:
                broker.cleanup()
                import shutil

                shutil.rmtree(broker.data_dir, ignore_errors=True)
