"""Scoring against a labeled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.evaluate import evaluate, format_report, load_jsonl, match_line
from streams.text.model import Event

REPO = Path(__file__).parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"
OWN = REPO / "tests" / "data" / "own.jsonl"
KEYS = (
    "class_accuracy",
    "class_macro_f1",
    "city_accuracy",
    "killed_exact",
    "injured_exact",
    "event_date_exact",
    "aggregate_row_precision",
    "aggregate_row_recall",
)


@pytest.mark.parametrize("path", [DEV, OWN], ids=["dev", "own"])
def test_evaluate_returns_every_metric_in_range(path: Path) -> None:
    assert path.exists(), f"{path} missing: clone beside ../shared"
    metrics = evaluate(load_jsonl(path))
    assert metrics["dispatches"] > 0
    assert metrics["events"] > 0
    assert metrics["predicted_events"] > 0
    for key in KEYS:
        assert 0.0 <= metrics[key] <= 1.0, key
    for figures in metrics["per_class"].values():
        assert all(0.0 <= v <= 1.0 for v in figures.values())
    assert "confusion" in metrics
    report = format_report(metrics)
    assert "class_macro_f1" in report and "confusion" in report


def _event(cls: str, line: int = 0) -> Event:
    return Event("e", "d", line, cls, 1.0, (), "")  # type: ignore[arg-type]


def test_matching_prefers_same_class_then_order() -> None:
    labels = [{"class": "diplomacy"}, {"class": "incident"}]
    predicted = [_event("incident"), _event("diplomacy")]
    assert match_line(labels, predicted) == [(0, 1), (1, 0)]


def test_unmatched_labels_get_none() -> None:
    labels = [{"class": "incident"}, {"class": "incident"}]
    assert match_line(labels, [_event("policy")]) == [(0, 0), (1, None)]


def test_a_tiny_labeled_record_scores_perfectly() -> None:
    record = {
        "id": "t-1",
        "text": " date 2023-05-02 Parliament passes budget law",
        "date": "2023-05-02",
        "events": [
            {
                "line": 0,
                "class": "policy",
                "city": None,
                "country": None,
                "killed": None,
                "injured": None,
                "event_date": "2023-05-02",
                "same_as": None,
            }
        ],
        "aggregate": [],
    }
    metrics = evaluate([record])
    assert metrics["class_accuracy"] == 1.0
    assert metrics["event_date_exact"] == 1.0
    assert metrics["aggregate_row_precision"] == 1.0
