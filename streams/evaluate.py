"""Score the pure extraction path against a labeled set (eval/README.md format).

``evaluate(records)`` parses every record's text with ``parse_dispatch``, runs
``extract_events`` and ``counting.aggregate`` — the same code the agents use —
and compares with the labels. Matching and every metric are defined in
docs/EVALUATION.md. No Kafka, no faust.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from streams.text.counting import aggregate
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events

CLASSES = ("incident", "diplomacy", "policy")
PREDICTED_CLASSES = (*CLASSES, "unclassified")
WORST_LINES = 15
MISSING = "(missing)"
EXTRA = "(extra)"


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a labeled set, one JSON object per non-blank line."""
    records = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            records.append(json.loads(raw))
    return records


def match_line(
    labels: list[dict[str, Any]], predicted: list[Event]
) -> list[tuple[int, int | None]]:
    """Pairs (label index, predicted index or None) within one line.

    Greedy: each label, in order, takes the first free prediction of the same
    class; labels left over then take the remaining predictions in order.
    """
    free = list(range(len(predicted)))
    pairs: dict[int, int | None] = {}
    for li, label in enumerate(labels):
        for pi in free:
            if predicted[pi].event_class == label["class"]:
                pairs[li] = pi
                free.remove(pi)
                break
    for li in range(len(labels)):
        if li not in pairs:
            pairs[li] = free.pop(0) if free else None
    return sorted(pairs.items())


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 1.0


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["city"], row["date"], row["killed"], row["injured"])


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    """All metrics for a labeled set (keys documented in docs/EVALUATION.md)."""
    confusion: dict[str, Counter[str]] = {c: Counter() for c in (*CLASSES, EXTRA)}
    n_events = n_pred = 0
    class_hits = date_hits = country_hits = 0
    n_incidents = city_hits = killed_hits = injured_hits = 0
    rows_pred = rows_gold = rows_hit = 0
    predicted_by_class: Counter[str] = Counter()
    lines_report: list[dict[str, Any]] = []
    for record in records:
        dispatch = parse_dispatch(record["text"].encode("utf-8"), key=str(record["id"]).encode())
        events = extract_events(dispatch)
        n_pred += len(events)
        predicted_by_class.update(e.event_class for e in events)
        by_line: dict[int, list[Event]] = {}
        for predicted_event in events:
            by_line.setdefault(predicted_event.line, []).append(predicted_event)
        labels_by_line: dict[int, list[dict[str, Any]]] = {}
        for label in record["events"]:
            labels_by_line.setdefault(label["line"], []).append(label)
        lines = record["text"].split("\n")
        for line_no in sorted(set(labels_by_line) | set(by_line)):
            labels = labels_by_line.get(line_no, [])
            predicted = by_line.get(line_no, [])
            pairs = match_line(labels, predicted)
            used = {pi for _, pi in pairs if pi is not None}
            for k, extra_event in enumerate(predicted):
                if k not in used:
                    confusion[EXTRA][extra_event.event_class] += 1
            checks = 0
            good = 0
            problems: list[str] = []
            for li, match in pairs:
                label = labels[li]
                event = predicted[match] if match is not None else None
                n_events += 1
                got_class = event.event_class if event else MISSING
                confusion[label["class"]][got_class] += 1
                fields: dict[str, tuple[Any, Any]] = {
                    "class": (got_class, label["class"]),
                    "event_date": (event.event_date if event else MISSING, label["event_date"]),
                    "country": (event.country if event else MISSING, label["country"]),
                }
                if label["class"] == "incident":
                    n_incidents += 1
                    fields["city"] = (event.city if event else MISSING, label["city"])
                    fields["killed"] = (event.killed if event else MISSING, label["killed"])
                    fields["injured"] = (event.injured if event else MISSING, label["injured"])
                for name, (got, want) in fields.items():
                    ok = got == want
                    checks += 1
                    good += ok
                    if not ok:
                        problems.append(f"{name}: got {got!r}, want {want!r}")
                class_hits += fields["class"][0] == fields["class"][1]
                date_hits += fields["event_date"][0] == fields["event_date"][1]
                country_hits += fields["country"][0] == fields["country"][1]
                if label["class"] == "incident":
                    city_hits += fields["city"][0] == fields["city"][1]
                    killed_hits += fields["killed"][0] == fields["killed"][1]
                    injured_hits += fields["injured"][0] == fields["injured"][1]
            extra = len(predicted) - len(used)
            if extra:
                checks += extra
                problems.append(f"{extra} extra event(s)")
            if checks:
                lines_report.append(
                    {
                        "id": record["id"],
                        "line": line_no,
                        "score": round(good / checks, 3),
                        "problems": problems,
                        "text": lines[line_no] if line_no < len(lines) else "",
                    }
                )
        gold_rows = {_row_key(r) for r in record["aggregate"]}
        pred_rows = {_row_key(r.to_json()) for r in aggregate(events)}
        rows_gold += len(gold_rows)
        rows_pred += len(pred_rows)
        rows_hit += len(gold_rows & pred_rows)
    per_class: dict[str, dict[str, float]] = {}
    for cls in CLASSES:
        tp = confusion[cls][cls]
        labeled = sum(confusion[cls].values())
        predicted_n = predicted_by_class[cls]
        precision = _ratio(tp, predicted_n)
        recall = _ratio(tp, labeled)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        per_class[cls] = {"precision": precision, "recall": recall, "f1": f1}
    worst = sorted(lines_report, key=lambda r: (r["score"], r["id"], r["line"]))
    return {
        "dispatches": len(records),
        "events": n_events,
        "predicted_events": n_pred,
        "class_accuracy": _ratio(class_hits, n_events),
        "class_macro_f1": round(sum(per_class[c]["f1"] for c in CLASSES) / len(CLASSES), 4),
        "city_accuracy": _ratio(city_hits, n_incidents),
        "country_accuracy": _ratio(country_hits, n_events),
        "killed_exact": _ratio(killed_hits, n_incidents),
        "injured_exact": _ratio(injured_hits, n_incidents),
        "event_date_exact": _ratio(date_hits, n_events),
        "aggregate_row_precision": _ratio(rows_hit, rows_pred),
        "aggregate_row_recall": _ratio(rows_hit, rows_gold),
        "per_class": per_class,
        "confusion": {row: dict(counts) for row, counts in confusion.items()},
        "worst_lines": [r for r in worst if r["score"] < 1.0][:WORST_LINES],
    }


SCALARS = (
    "class_accuracy",
    "class_macro_f1",
    "city_accuracy",
    "country_accuracy",
    "killed_exact",
    "injured_exact",
    "event_date_exact",
    "aggregate_row_precision",
    "aggregate_row_recall",
)


def format_report(metrics: dict[str, Any]) -> str:
    """Human-readable report: figures, confusion matrix, worst lines with their text."""
    out = [
        f"dispatches {metrics['dispatches']}  labeled events {metrics['events']}  "
        f"predicted events {metrics['predicted_events']}",
        "",
    ]
    out += [f"  {name:<26}{metrics[name]:.3f}" for name in SCALARS]
    out += ["", "per class            precision  recall  f1"]
    for cls, figures in metrics["per_class"].items():
        out.append(
            f"  {cls:<20}{figures['precision']:>8.3f}{figures['recall']:>8.3f}{figures['f1']:>7.3f}"
        )
    columns = [*PREDICTED_CLASSES, MISSING]
    out += ["", "confusion (rows: labeled, columns: predicted)"]
    out.append(" " * 14 + "".join(f"{c[:12]:>13}" for c in columns))
    for row, counts in metrics["confusion"].items():
        out.append(f"  {row:<12}" + "".join(f"{counts.get(c, 0):>13}" for c in columns))
    if metrics["worst_lines"]:
        out += ["", "worst lines"]
        for item in metrics["worst_lines"]:
            out.append(f"  {item['id']} line {item['line']}  score {item['score']:.2f}")
            out.append(f"    {item['text'][:160]}")
            for problem in item["problems"]:
                out.append(f"    - {problem}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="score extraction against a labeled set")
    parser.add_argument("path")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    metrics = evaluate(load_jsonl(args.path))
    print(json.dumps(metrics) if args.json else format_report(metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
