"""The casualty table's store and changelog records (no broker)."""

from __future__ import annotations

from streams.tables import CasualtyTable, decode_window, encode_window, window_partition


def _state(incidents: dict[str, list[int | None]]) -> dict:  # type: ignore[type-arg]
    return {"city": "Kharkiv", "country": "Ukraine", "date": "2024-04-04", "incidents": incidents}


def test_changelog_records_round_trip_and_tombstones_decode_to_none() -> None:
    key, value = encode_window("gn:706483@2024-04-04", _state({"i1": [4, 5]}))
    assert key == b'"gn:706483@2024-04-04"'  # a JSON string, as the HTTP view reads it
    assert decode_window(key, value) == ("gn:706483@2024-04-04", _state({"i1": [4, 5]}))
    assert decode_window(key, None) == ("gn:706483@2024-04-04", None)


def test_merge_keeps_the_larger_figure_of_each_incident_from_either_side() -> None:
    table = CasualtyTable()
    table.merge(1, "k", _state({"a": [3, None], "b": [1, 1]}))
    merged = table.merge(1, "k", _state({"a": [2, 5], "c": [0, 0]}))
    assert merged["incidents"] == {"a": [3, 5], "b": [1, 1], "c": [0, 0]}
    assert len(table) == 1


def test_keep_only_drops_the_partitions_given_away() -> None:
    table = CasualtyTable()
    table.merge(0, "x@2024-01-01", _state({}))
    table.merge(2, "y@2024-01-01", _state({}))
    table.merge(2, "z@2024-01-01", _state({}))
    table.keep_only({2, 3})
    assert sorted(key for _, key, _ in table.items()) == ["y@2024-01-01", "z@2024-01-01"]
    assert len(table) == 2


def test_snapshot_is_a_copy() -> None:
    table = CasualtyTable()
    table.merge(0, "k", _state({"a": [1, 1]}))
    snapshot = table.snapshot()
    snapshot["k"]["incidents"]["a"][0] = 99
    assert table.windows(0)["k"]["incidents"]["a"] == [1, 1]


def test_a_window_lives_in_its_citys_partition() -> None:
    parts = [0, 1, 2, 3]
    # every day of one city in the same partition: the city's incident events' partition
    days = {window_partition(f"gn:706483@2024-04-{d:02d}", parts) for d in range(1, 29)}
    assert len(days) == 1
    spread = {window_partition(f"gn:{700000 + i}@2024-04-04", parts) for i in range(50)}
    assert spread == set(parts)
