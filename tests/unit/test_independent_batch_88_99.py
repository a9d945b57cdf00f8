"""Rules from the eighty-eighth to ninety-ninth independent batches (own-2031..2174: the
wars, disasters and politics of 2022-2025 across the world), each with a counter-example."""

from __future__ import annotations

from tests.unit.extract_helpers import events


def test_a_claim_after_the_happening_told_with_its_day_dates_the_headline() -> None:
    headline, report = events(
        "Two Chinese nationals killed in blast near Karachi airport",
        "A vehicle packed with explosives struck a convoy outside Jinnah International "
        "Airport late on Sunday, the interior minister said. The Baloch Liberation Army "
        "claimed responsibility.",
        date="2024-10-07",
    )
    assert headline.event_date == report.event_date == "2024-10-06"
    # counter-example: a toll raised on a day of its own does not date the happening
    headline, update = events(
        "Two killed in blast near Karachi airport",
        "The toll rose to five on Sunday, officials said. The Baloch Liberation Army "
        "claimed responsibility.",
        date="2024-10-07",
    )
    assert (headline.event_date, update.event_date) == ("2024-10-07", "2024-10-06")
