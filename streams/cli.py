"""The ``newswire`` command.

Every command takes ``--broker URL`` (default ``$NEWSWIRE_BROKER``, else the
embedded broker). Logs and progress go to stderr; stdout carries only results,
so ``--json`` output can be piped.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

from streams import codec
from streams.settings import Settings, load

log = logging.getLogger("newswire")


def _settings_for(args: argparse.Namespace) -> Settings:
    """Settings with the command-line flags applied through the environment.

    The worker's faust App reads its settings at import time, so flags are put
    into the environment (inherited by child processes too) before anything
    imports ``streams.app``.
    """
    if getattr(args, "broker", None):
        os.environ["NEWSWIRE_BROKER"] = args.broker
    if getattr(args, "web_port", None):
        os.environ["NEWSWIRE_WEB_PORT"] = str(args.web_port)
    return load()


def _write_json(value: Any) -> None:
    sys.stdout.buffer.write(codec.dumps_pretty(value) + b"\n")
    sys.stdout.flush()


def _bundled_samples() -> list[Path]:
    folder = files("streams").joinpath("samples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


# --- commands ---------------------------------------------------------------


def cmd_broker(args: argparse.Namespace) -> int:
    from streams.broker import main_foreground

    return main_foreground(args.port, args.data_dir)


def cmd_worker(args: argparse.Namespace) -> int:
    from streams.broker import EmbeddedBroker

    settings = _settings_for(args)
    broker = None
    if not settings.broker:
        broker = EmbeddedBroker(data_dir=Path(settings.data_dir) / "broker").start()
        os.environ["NEWSWIRE_BROKER"] = broker.url
        print(f"embedded broker at {broker.url}", file=sys.stderr, flush=True)
        settings = load()
    try:
        from streams.admin import ensure_topics

        asyncio.run(ensure_topics(settings))
        from faust.worker import Worker

        from streams.app import app

        worker = Worker(app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False)
        # faust's terminal spinner sets the root logger to DEBUG so it can spin on
        # every record: every aiokafka send then builds a debug LogRecord (~10% of
        # worker CPU in a profile). No spinner, and the log level means what it says.
        worker.spinner = None
        worker.execute_from_commandline()
        return 0
    finally:
        if broker is not None:
            broker.stop()


def cmd_publish(args: argparse.Namespace) -> int:
    from streams.publish import dispatch_files, publish_messages

    settings = _settings_for(args)
    if not settings.broker:
        print(
            "publish needs a running broker: pass --broker or set NEWSWIRE_BROKER", file=sys.stderr
        )
        return 2
    messages: list[tuple[bytes | None, bytes]] = []
    if args.paths == ["-"]:
        messages.append((None, sys.stdin.buffer.read()))
    else:
        for path in dispatch_files(args.paths):
            messages.append((path.stem.encode(), path.read_bytes()))
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True, disable=len(messages) < 20) as bar:
        task = bar.add_task("publishing", total=len(messages))
        sent = asyncio.run(
            publish_messages(
                settings, messages, rate_per_s=args.rate, on_sent=lambda n: bar.advance(task, n)
            )
        )
    print(
        f"published {sent} dispatch(es) to {settings.topic_prefix}dispatches.raw", file=sys.stderr
    )
    return 0


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from streams.text.counting import aggregate
    from streams.text.dispatch import parse_dispatch
    from streams.text.model import DispatchError
    from streams.text.pipeline import extract_events

    results: list[dict[str, Any]] = []
    status = 0
    for path in _expand(args.paths):
        try:
            dispatch = parse_dispatch(path.read_bytes(), key=path.stem.encode())
        except DispatchError as exc:
            results.append({"source": str(path), "error": exc.reason, "detail": exc.detail})
            status = 1
            continue
        events = extract_events(dispatch)
        results.append(
            {
                "source": str(path),
                "events": [
                    {
                        "line": e.line,
                        "class": e.event_class,
                        "city": e.city,
                        "country": e.country,
                        "killed": e.killed,
                        "injured": e.injured,
                        "event_date": e.event_date,
                        "incident_id": e.incident_id,
                        "confidence": round(e.confidence, 3),
                        "cues": list(e.cues),
                        "text": e.text,
                    }
                    for e in events
                ],
                "aggregate": [row.to_json() for row in aggregate(events)],
            }
        )
    if args.json:
        _write_json(results[0] if len(results) == 1 else results)
    else:
        for result in results:
            print(f"== {result['source']}")
            for e in result.get("events", []):
                where = f"{e['city']}, {e['country']}" if e["city"] else "-"
                print(
                    f"  line {e['line']:>2} {e['class']:<12} {where:<28} "
                    f"k={e['killed']} i={e['injured']} {e['event_date']}"
                )
            for row in result.get("aggregate", []):
                print(f"  TABLE {row}")
            if "error" in result:
                print(f"  ERROR {result['error']}: {result['detail']}")
    return status


def _expand(paths: list[str]) -> list[Path]:
    from streams.publish import dispatch_files

    return list(dispatch_files(paths))


def cmd_eval(args: argparse.Namespace) -> int:
    from streams.evaluate import evaluate, format_report, load_jsonl

    metrics = evaluate(load_jsonl(args.data))
    if args.json:
        _write_json(metrics)
    else:
        print(format_report(metrics))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from streams.runner import run

    settings = _settings_for(args)
    paths = list(_expand(args.replay)) if args.replay else _bundled_samples()
    return run(
        settings, paths, until_idle=args.until_idle, as_json=args.json, timeout_s=args.timeout
    )


def cmd_table(args: argparse.Namespace) -> int:
    from streams.client import fetch_rows, print_rows

    rows = fetch_rows(args.url, city=args.city, start=args.start, end=args.end)
    if args.json:
        _write_json(rows)
    else:
        print_rows(rows)
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    from streams.client import tail

    settings = _settings_for(args)
    if not settings.broker:
        print("tail needs a running broker: pass --broker or set NEWSWIRE_BROKER", file=sys.stderr)
        return 2
    return asyncio.run(
        tail(settings, args.topic, from_beginning=args.from_beginning, limit=args.limit)
    )


def cmd_bench(args: argparse.Namespace) -> int:
    from streams.bench import main as bench_main

    return bench_main(args)


# --- parser -----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newswire", description=__doc__.splitlines()[0])
    parser.add_argument("--log-level", default=None, help="log level (default: warning)")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_broker(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument(
            "--broker",
            default=None,
            help="Kafka URL, e.g. kafka://host:9092 (default: $NEWSWIRE_BROKER, else embedded)",
        )
        return p

    p = with_broker(sub.add_parser("run", help="broker + topics + worker + publish samples"))
    p.add_argument("--replay", nargs="+", metavar="PATH", help="publish these files instead")
    p.add_argument("--until-idle", action="store_true", help="exit once everything is processed")
    p.add_argument("--json", action="store_true", help="print the casualty table as JSON")
    p.add_argument("--web-port", type=int, default=None, help="worker HTTP port (default 6066)")
    p.add_argument("--timeout", type=float, default=300.0, help="--until-idle limit in seconds")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("broker", help="run the embedded broker in the foreground")
    p.add_argument("--port", type=int, default=None, help="Kafka port (default: a free one)")
    p.add_argument("--data-dir", default=None, help="data directory (default .newswire/broker)")
    p.set_defaults(func=cmd_broker)

    p = with_broker(sub.add_parser("worker", help="run one stream worker"))
    p.add_argument("--web-port", type=int, default=None, help="HTTP port (default 6066)")
    p.set_defaults(func=cmd_worker)

    p = with_broker(sub.add_parser("publish", help="publish dispatch files (or - for stdin)"))
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--rate", type=float, default=None, help="at most this many per second")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("extract", help="run the pure pipeline on files, no broker")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against a labeled JSONL set")
    p.add_argument("data", metavar="DATA.jsonl")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("table", help="print the casualty table from a worker's HTTP API")
    p.add_argument("--url", default="http://127.0.0.1:6066", help="worker URL")
    p.add_argument("--city", default=None)
    p.add_argument("--from", dest="start", default=None)
    p.add_argument("--to", dest="end", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_table)

    p = with_broker(sub.add_parser("tail", help="pretty-print live messages of a topic"))
    p.add_argument("topic", help="e.g. events.incident")
    p.add_argument("--from-beginning", action="store_true")
    p.add_argument("--limit", type=int, default=None, help="stop after N messages")
    p.set_defaults(func=cmd_tail)

    p = with_broker(sub.add_parser("bench", help="measure throughput, latency and memory"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--quick", action="store_true", help="smaller corpus, for a smoke run")
    p.add_argument("--soak", type=float, default=None, metavar="MINUTES", help="soak mode")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.log_level:
        os.environ["NEWSWIRE_LOG_LEVEL"] = args.log_level
    try:
        level = load().log_level.upper()
    except ValueError as exc:
        print(f"newswire: configuration error: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except (FileNotFoundError, ValueError) as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return 2
