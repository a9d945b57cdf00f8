from __future__ import annotations

import pytest

from streams.settings import Settings
from streams.text.counting import CasualtyReducer
from streams.web.query import QueryError, select_rows


def test_defaults_are_safe(monkeypatch):  # type: ignore[no-untyped-def]
    for name in ("NEWSWIRE_WEB_HOST", "NEWSWIRE_PARTITIONS", "NEWSWIRE_PROCESSING_GUARANTEE"):
        monkeypatch.delenv(name, raising=False)
    s = Settings()
    assert s.web_host == "127.0.0.1", "servers bind to loopback unless configured"
    assert s.partitions == 4 and s.processing_guarantee == "at_least_once"


def test_bad_settings_give_clear_errors(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSWIRE_PARTITIONS", "four")
    with pytest.raises(ValueError, match="NEWSWIRE_PARTITIONS"):
        Settings()
    monkeypatch.setenv("NEWSWIRE_PARTITIONS", "4")
    monkeypatch.setenv("NEWSWIRE_PROCESSING_GUARANTEE", "maybe")
    with pytest.raises(ValueError, match="at_least_once"):
        Settings()


def test_secrets_are_masked(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSWIRE_SASL_PASSWORD", "hunter2")
    s = Settings()
    assert "hunter2" not in repr(s)
    assert s.public()["sasl_password"] == "***"
    assert s.to_env()["NEWSWIRE_SASL_PASSWORD"] == "hunter2"


def test_bootstrap_from_url():
    s = Settings(broker="kafka://a:9092;kafka://b:9093")
    assert s.bootstrap_servers == "a:9092,b:9093"


def _state(city: str, day: str, killed: int) -> dict:
    return {"city": city, "country": "X", "date": day, "incidents": {"i": [killed, None]}}


def test_query_filters_by_city_and_range():
    states = [
        _state("Kharkiv", "2024-04-04", 4),
        _state("Odesa", "2024-04-05", 1),
        _state("Kharkiv", "2024-04-06", 2),
    ]
    assert [r["date"] for r in select_rows(states, {"city": "KHARKIV"})] == [
        "2024-04-04",
        "2024-04-06",
    ]
    assert [r["city"] for r in select_rows(states, {"from": "2024-04-05"})] == ["Odesa", "Kharkiv"]
    assert select_rows(states, {"to": "2024-04-04"})[0]["killed"] == 4
    assert CasualtyReducer.result(states[0]).injured == 0


@pytest.mark.parametrize(
    "params", [{"from": "yesterday"}, {"from": "2024-05-01", "to": "2024-04-01"}]
)
def test_query_errors(params):  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError):
        select_rows([], params)
