"""``newswire bench``: throughput, latency and memory, each against a baseline
measured in the same run on the same broker and messages.

(a) broker ceiling: plain aiokafka consume -> produce; (b) CPU ceiling: the pure
extraction path, one core, no Kafka; (c) the pipeline end to end; (d) latency at
half of (c)'s rate; (e) the worker's peak RSS; (f) the streaming layer alone
(trivial extraction) against Quix Streams doing the same fan-out; and two
workers in one group against one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
from dataclasses import replace
from typing import Any

from streams import codec
from streams.bench import corpus as corpus_mod
from streams.bench import runs
from streams.broker import EmbeddedBroker
from streams.settings import load
from streams.text import compiled_modules

PEER_CORPUS_FACTOR = 5


def _machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


async def measure(
    broker_url: str,
    size: int,
    say: runs.Progress,
    latency_s: float,
    broker_pid: int | None = None,
) -> dict[str, Any]:
    base = replace(load(), broker=broker_url)
    corpus = corpus_mod.build(size)
    result: dict[str, Any] = {
        "corpus_dispatches": size,
        "broker": broker_url,
        "machine": _machine(),
        # "mypyc" after `make compile` (the workers import the same build), else "python"
        "pure_core": "mypyc" if compiled_modules() else "python",
        **corpus_mod.describe(),
    }
    if result["corpus_dev_set"] is None:
        say(
            f"warning: no labeled set at {corpus_mod.DEFAULT_DEV_SET}: the corpus is the seed "
            "alone, and its figures do not compare with runs on the seed and the labeled set"
        )

    say("(b) pure extraction, one core")
    pure = runs.pure_rate(corpus, seconds=3.0)
    result["pure_dispatches_per_s"] = pure["dispatches_per_s"]
    result["events_per_dispatch"] = pure["events_per_dispatch"]

    say("(a) broker ceiling: aiokafka pass-through")
    result["passthrough_dispatches_per_s"] = await runs.passthrough_rate(
        runs.fresh_settings(base, "pass"), corpus
    )

    say("(c) pipeline, one worker")
    pipeline, running = await runs.pipeline_run(
        runs.fresh_settings(base, "pipe"), corpus, keep=True, broker_pid=broker_pid
    )
    assert running is not None
    try:
        result["pipeline_dispatches_per_s"] = pipeline["dispatches_per_s"]
        result["pipeline_events_per_s"] = pipeline["events_per_s"]
        # where the CPU of (c) goes: extraction alone costs 1000 / pure rate ms
        result["pure_cpu_ms_per_dispatch"] = 1000 / result["pure_dispatches_per_s"]
        result["pipeline_worker_cpu_ms_per_dispatch"] = pipeline["worker_cpu_ms_per_dispatch"]
        if "broker_cpu_ms_per_dispatch" in pipeline:
            result["pipeline_broker_cpu_ms_per_dispatch"] = pipeline["broker_cpu_ms_per_dispatch"]
        say("(d) latency at half load")
        latency = await runs.latency_run(
            running, corpus, pipeline["dispatches_per_s"] / 2, seconds=latency_s
        )
        result["latency_rate_per_s"] = latency["rate_per_s"]
        result["p50_latency_ms"] = latency["p50_ms"]
        result["p99_latency_ms"] = latency["p99_ms"]
        result["worker_peak_rss_mb"] = max(running.peak_rss_mb())
    finally:
        running.stop()

    say("(c2) pipeline, two workers in one group")
    two, _ = await runs.pipeline_run(runs.fresh_settings(base, "two"), corpus, workers=2)
    result["two_workers_dispatches_per_s"] = two["dispatches_per_s"]

    # both peers run at ~10x the pipeline's rate: on the pipeline's corpus a run
    # lasted under half a second and the ratio swung from 0.7 to 1.4 between runs
    peer_corpus = corpus_mod.build(size * PEER_CORPUS_FACTOR, prefix="peer")
    result["peer_corpus_dispatches"] = len(peer_corpus)
    say("(f) streaming layer alone (trivial extraction)")
    streaming, _ = await runs.pipeline_run(
        runs.fresh_settings(base, "triv", extractor="trivial"), peer_corpus
    )
    result["streaming_dispatches_per_s"] = streaming["dispatches_per_s"]
    say("(f) Quix Streams, same fan-out")
    quix = await runs.quix_run(runs.fresh_settings(base, "quix"), peer_corpus)
    result["quix_dispatches_per_s"] = quix["dispatches_per_s"]

    result["ratio_pipeline_to_pure"] = (
        result["pipeline_dispatches_per_s"] / result["pure_dispatches_per_s"]
    )
    result["ratio_pipeline_to_passthrough"] = (
        result["pipeline_dispatches_per_s"] / result["passthrough_dispatches_per_s"]
    )
    result["ratio_streaming_to_quix"] = (
        result["streaming_dispatches_per_s"] / result["quix_dispatches_per_s"]
    )
    result["ratio_two_workers_to_one"] = (
        result["two_workers_dispatches_per_s"] / result["pipeline_dispatches_per_s"]
    )
    return result


def _print_table(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"newswire bench ({result['corpus_dispatches']} dispatches)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        if isinstance(value, float):
            table.add_row(key, f"{value:,.3f}" if key.startswith("ratio") else f"{value:,.1f}")
        elif isinstance(value, int | str):
            table.add_row(key, str(value))
    Console().print(table)


def main(args: argparse.Namespace) -> int:
    if getattr(args, "soak", None):
        from streams.bench.soak import main as soak_main

        return soak_main(args)
    size = 600 if args.quick else 4000
    latency_s = 3.0 if args.quick else 8.0
    broker = None
    url = args.broker or os.environ.get("NEWSWIRE_BROKER", "")
    if not url:
        broker = EmbeddedBroker().start()
        url = broker.url

    from rich.console import Console

    console = Console(stderr=True)
    try:
        with console.status("starting") as status:

            def say(step: str) -> None:
                status.update(step)
                console.log(step)

            result = asyncio.run(
                measure(url, size, say, latency_s, broker.pid if broker is not None else None)
            )
    finally:
        if broker is not None:
            broker.cleanup()
    if args.json:
        sys.stdout.buffer.write(codec.dumps_pretty(result) + b"\n")
    else:
        _print_table(result)
    return 0
