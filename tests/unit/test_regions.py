"""The first-level regions joined to the place names (streams/text/regions.py)."""

from __future__ import annotations

from collections.abc import Iterable

from streams.text.gazetteer import fold
from streams.text.regions import region_names


def _no_cities(name: str) -> Iterable[tuple[str, int]]:
    return ()


def test_regions_map_to_their_country() -> None:
    regions = region_names(fold, _no_cities, lambda name: False)
    assert regions["tasmania"] == "AU"
    assert regions["west bengal"] == "IN"
    assert regions["scotland"] == "GB"
    assert regions["khyber pakhtunkhwa"] == "PK"


def test_names_that_mean_something_else_stay_out() -> None:
    regions = region_names(fold, _no_cities, lambda name: name == "somali")
    assert "punjab" not in regions  # India's and Pakistan's
    assert "somali" not in regions  # a people, as the caller says
    assert "delta" not in regions  # a word
    assert "north east" not in regions  # somewhere in any country
    assert "red sea" not in regions  # the sea


def test_a_city_of_the_name_keeps_it() -> None:
    def cities(name: str) -> Iterable[tuple[str, int]]:
        return {"kaduna": [("NG", 1_850_000)], "scotland": [("US", 1_395)]}.get(name, [])

    regions = region_names(fold, cities, lambda name: False)
    assert "kaduna" not in regions  # the state's own capital
    assert regions["scotland"] == "GB"  # a village abroad gives way
