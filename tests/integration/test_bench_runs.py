"""The benchmark's measuring runs on a small corpus, against the session broker.

The figures themselves are machine-dependent and never asserted; what is
checked is that each run completes, counts every output, and reports the CPU
accounting that the README's Performance section quotes.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from streams.bench import corpus as corpus_mod
from streams.bench import runs
from streams.broker import EmbeddedBroker
from streams.settings import load

pytestmark = [pytest.mark.slow, pytest.mark.broker]


async def test_pipeline_run_reports_rates_and_cpu_per_dispatch(broker: EmbeddedBroker) -> None:
    # large enough that the broker spends several 10 ms clock ticks of CPU on it
    corpus = corpus_mod.build(300, prefix="benchtest")
    base = replace(load(), broker=broker.url)
    figures, running = await runs.pipeline_run(
        runs.fresh_settings(base, "benchtest"), corpus, broker_pid=broker.pid
    )
    assert running is None  # stopped unless asked to keep it
    assert figures["dispatches_per_s"] > 0
    # every event of every dispatch was seen on its topic
    expected = runs.expected_outputs(corpus, "full")
    assert figures["events_per_s"] == pytest.approx(
        figures["dispatches_per_s"] * expected / len(corpus)
    )
    # the worker did the extraction: at least some CPU per dispatch, and the
    # broker's pid was known, so its share is reported too
    assert figures["worker_cpu_ms_per_dispatch"] > 0
    assert figures["broker_cpu_ms_per_dispatch"] > 0
    assert figures["peak_rss_mb"] > 50


def test_cpu_seconds_grows_with_work() -> None:
    before = runs.cpu_seconds(os.getpid())
    total = 0
    for i in range(3_000_000):
        total += i * i
    assert total > 0
    assert runs.cpu_seconds(os.getpid()) > before


def test_pure_rate_counts_events() -> None:
    corpus = corpus_mod.build(30, prefix="benchtest")
    figures = runs.pure_rate(corpus, seconds=0.2)
    assert figures["dispatches_per_s"] > 0
    assert 5 < figures["events_per_dispatch"] < 20
