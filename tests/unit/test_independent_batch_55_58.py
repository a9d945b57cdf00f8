"""Rules from the fifty-fifth to fifty-eighth independent batches (own-1381..1456: the world
2005-2021), each with a counter-example."""

from __future__ import annotations

from streams.text.places import scan
from tests.unit.extract_helpers import country, events


def _cities(text: str) -> list[str]:
    return [m.surface for m in scan(text) if m.kind == "city"]


def test_storm_as_a_verb_is_no_storm_s_title() -> None:
    (mall,) = events(
        "Dozens killed as Islamist gunmen storm Nairobi shopping mall", date="2013-09-22"
    )
    assert (mall.city, country(mall)) == ("Nairobi", "Kenya")
    # counter-example: a storm's capitalised title still names the storm, not the town
    assert "Florence" not in _cities("Storm Florence flooded the Carolinas on Friday.")


def test_a_place_noun_after_a_city_names_what_the_city_holds() -> None:
    (race,) = events(
        "Twin bombs at Boston Marathon finish line kill three, wound more than 140",
        date="2013-04-16",
    )
    assert (race.city, country(race)) == ("Boston", "United States")
    # counter-example: two towns written side by side are still one unknown name
    assert _cities("Houthi fighters seized the Ras Isa port.") == []
