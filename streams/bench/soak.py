"""``newswire bench --soak MINUTES``: one worker at half its measured maximum, for a while.

1. Find the maximum: a short pipeline run (``runs.pipeline_run``) over a burst
   of distinct dispatches gives dispatches/s for one worker; the same worker is
   kept for the soak (it is warmed up by then).
2. Publish at half that rate for MINUTES, cycling a fixed corpus under fresh
   keys (new dispatch ids, the same cities and days: the table stays bounded,
   so growing memory would be a leak, not data).
3. Every ~10 s sample the worker's RSS (``VmRSS`` of /proc/<pid>/status) and
   the consumer lag of the raw topic (end offsets minus the group's committed
   offsets), print progress to stderr.
4. Report RSS at start and end, the maximum lag, how long the worker took to
   catch up once publishing stopped, and a verdict: memory is flat when the end
   RSS is at most ``FLAT_FACTOR`` times the start RSS, where start is the first
   sample after a warm-up of a third of the soak (at most ``WARM_UP_MAX_S``);
   the RSS before warm-up is reported too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from streams import codec
from streams.admin import group_lag
from streams.bench import corpus as corpus_mod
from streams.bench import runs
from streams.broker import EmbeddedBroker
from streams.publish import new_producer
from streams.settings import Settings, load
from streams.topics import INCIDENT, RAW

SAMPLE_EVERY_S = 10.0
FLAT_FACTOR = 1.2
WARM_UP_MAX_S = 120.0  # caches fill first (e.g. the key -> partition map): not a leak
DRAIN_TIMEOUT_S = 300.0


def rss_mb(pid: int) -> float:
    """Resident set size of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


@dataclass
class Sample:
    t_s: float
    rss_mb: float
    lag: int  # raw dispatches not committed by the dispatch stage
    incident_lag: int  # incident events not committed by the table stage
    published: int

    def to_json(self) -> dict[str, Any]:
        return {
            "t_s": round(self.t_s, 1),
            "rss_mb": round(self.rss_mb, 1),
            "lag": self.lag,
            "incident_lag": self.incident_lag,
            "published": self.published,
        }


@dataclass
class Publisher:
    """Publishes at a fixed rate for a fixed time, cycling ``corpus`` under fresh keys."""

    settings: Settings
    corpus: list[tuple[bytes, bytes]]
    rate_per_s: float
    seconds: float
    sent: int = 0
    errors: list[str] = field(default_factory=list)

    async def run(self) -> int:
        producer = new_producer(self.settings)
        await producer.start()
        topic = self.settings.topic_prefix + RAW
        pending: deque[asyncio.Future[Any]] = deque()
        start = time.monotonic()
        try:
            while True:
                elapsed = time.monotonic() - start
                if elapsed >= self.seconds:
                    break
                due = int(elapsed * self.rate_per_s)
                while self.sent < due:
                    _, value = self.corpus[self.sent % len(self.corpus)]
                    key = f"soak-{self.sent}".encode()
                    pending.append(await producer.send(topic, value, key=key))
                    self.sent += 1
                while pending and pending[0].done():
                    pending.popleft().result()  # raises if the broker refused it
                await asyncio.sleep(0.01)
            for fut in pending:
                await fut
        finally:
            await producer.stop()
        return self.sent


async def soak(broker_url: str, minutes: float, say: runs.Progress, quick: bool) -> dict[str, Any]:
    base = replace(load(), broker=broker_url)
    settings = runs.fresh_settings(base, "soak")
    burst = corpus_mod.build(300 if quick else 1500, prefix="max")
    cycle = corpus_mod.build(1000, prefix="soak")

    say(f"maximum: one worker, {len(burst)} dispatches at once")
    figures, running = await runs.pipeline_run(settings, burst, keep=True)
    assert running is not None
    try:
        max_rate = figures["dispatches_per_s"]
        rate = max_rate / 2
        pid = running.procs[0].pid
        seconds = minutes * 60
        say(f"max {max_rate:.0f} dispatches/s; soak at {rate:.0f}/s for {minutes:g} min")
        publisher = Publisher(settings, cycle, rate, seconds)
        task = asyncio.ensure_future(publisher.run())
        samples: list[Sample] = []
        started = time.monotonic()
        while True:
            if running.procs[0].poll() is not None:
                raise RuntimeError(f"worker exited with {running.procs[0].returncode}")
            lags = await group_lag(settings, (RAW, INCIDENT))
            sample = Sample(
                time.monotonic() - started, rss_mb(pid), lags[RAW], lags[INCIDENT], publisher.sent
            )
            samples.append(sample)
            say(
                f"t={sample.t_s:5.0f}s rss={sample.rss_mb:6.1f} MB lag={lags[RAW]:5d} "
                f"incident_lag={lags[INCIDENT]:6d} published={publisher.sent}"
            )
            if task.done():
                break
            await asyncio.wait({task}, timeout=SAMPLE_EVERY_S)
        published = await task
        say("publishing done; waiting for the worker to catch up")
        drained_after_s = await _drain(settings, running, DRAIN_TIMEOUT_S)
        end = Sample(time.monotonic() - started, rss_mb(pid), 0, 0, published)
        samples.append(end)
    finally:
        running.stop()
    warm_up_s = min(WARM_UP_MAX_S, seconds / 3)
    start_rss = next(s.rss_mb for s in samples if s.t_s >= warm_up_s)
    end_rss = end.rss_mb
    return {
        "broker": broker_url,
        "minutes": minutes,
        "max_dispatches_per_s": round(max_rate, 1),
        "rate_per_s": round(rate, 1),
        "published": published,
        "achieved_rate_per_s": round(published / seconds, 1) if seconds else 0.0,
        "rss_before_warm_up_mb": round(samples[0].rss_mb, 1),
        "warm_up_s": round(warm_up_s, 1),
        "rss_start_mb": round(start_rss, 1),
        "rss_end_mb": round(end_rss, 1),
        "rss_max_mb": round(max(s.rss_mb for s in samples), 1),
        "rss_ratio": round(end_rss / start_rss, 3),
        "max_lag": max(s.lag for s in samples),
        "max_incident_lag": max(s.incident_lag for s in samples),
        "drained_after_s": None if drained_after_s is None else round(drained_after_s, 1),
        "memory_flat": end_rss <= start_rss * FLAT_FACTOR,
        "flat_rule": f"end RSS <= {FLAT_FACTOR} x RSS at the end of warm-up",
        "samples": [s.to_json() for s in samples],
    }


async def _drain(settings: Settings, running: runs.Workers, timeout_s: float) -> float | None:
    """Seconds until both stages committed everything after publishing stopped (None: never)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if running.procs[0].poll() is not None:
            raise RuntimeError(f"worker exited with {running.procs[0].returncode}")
        if not any((await group_lag(settings, (RAW, INCIDENT))).values()):
            return time.monotonic() - start
        await asyncio.sleep(0.5)
    return None


def _print_summary(result: dict[str, Any]) -> None:
    verdict = "FLAT" if result["memory_flat"] else "GREW"
    print(
        f"soak {result['minutes']:g} min at {result['rate_per_s']:.0f} dispatches/s "
        f"(max {result['max_dispatches_per_s']:.0f}/s), {result['published']} published\n"
        f"RSS {result['rss_start_mb']:.1f} MB -> {result['rss_end_mb']:.1f} MB "
        f"(x{result['rss_ratio']:.2f}, max {result['rss_max_mb']:.1f} MB): memory {verdict}\n"
        f"max lag {result['max_lag']} dispatches, {result['max_incident_lag']} incidents; caught up {result['drained_after_s']} s after publishing"
    )


def main(args: argparse.Namespace) -> int:
    minutes = float(args.soak)
    if minutes <= 0:
        print("--soak MINUTES must be > 0", file=sys.stderr)
        return 2
    url = getattr(args, "broker", None) or os.environ.get("NEWSWIRE_BROKER", "")
    broker = None
    if not url:
        broker = EmbeddedBroker().start()
        url = broker.url

    def say(message: str) -> None:
        print(f"[soak] {message}", file=sys.stderr, flush=True)

    try:
        result = asyncio.run(soak(url, minutes, say, bool(getattr(args, "quick", False))))
    finally:
        if broker is not None:
            broker.cleanup()
    if getattr(args, "json", False):
        sys.stdout.buffer.write(codec.dumps_pretty(result) + b"\n")
        sys.stdout.flush()
    else:
        _print_summary(result)
    return 0 if result["memory_flat"] else 1
