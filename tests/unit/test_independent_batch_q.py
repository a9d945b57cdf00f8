"""Rules from the ninth and tenth independent batches (own-561..598), each with a
counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2024-02-26") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_one_person_told_by_role_or_by_name() -> None:
    cases = {
        "Kirill Stremousov, the deputy head of the regional administration, was killed in a "
        "car crash.": (1, None),
        "Nahel M., 17, was shot dead by a police officer at a traffic stop.": (1, None),
        "A man stabbed a 69-year-old Portuguese man to death at a market.": (1, None),
        "A man who had been at the protest died after inhaling tear gas.": (1, None),
        "A Spanish tourist was stabbed and seriously wounded at the memorial.": (None, 1),
        "He said a member of the aircraft's crew was injured.": (None, 1),
        "The only survivor, a British national, was being treated in hospital.": (None, 1),
    }
    for text, figures in cases.items():
        assert extract_casualties(text)[:2] == figures, text
    # counter-examples: a group beside the one, a speaker, and a place's name in a list
    assert (
        extract_casualties(
            "A woman who saw the crash told reporters that people died in the fire."
        ).killed
        is None
    )
    assert extract_casualties("A doctor said three patients died of their wounds.").killed == 3
    assert extract_casualties("Kyiv, Kharkiv and Odesa were shelled.")[:2] == (None, None)


def test_places_that_qualify_or_open_a_sentence() -> None:
    buffalo, nanterre, beirut, crash, port = events(
        "A gunman opened fire at a supermarket in Buffalo, New York, on Saturday, killing 10.",
        "A teenager was shot dead by a police officer in the Paris suburb of Nanterre.",
        "In Beirut, Israel struck a building in the southern suburbs.",
        "A jet with 242 on board crashed into buildings after take-off from Ahmedabad.",
        "A US strike on the Ras Isa fuel port killed 74 people.",
        date="2024-05-16",
    )
    assert (buffalo.city, buffalo.country) == ("Buffalo", "United States")
    assert nanterre.city == "Nanterre"
    assert (beirut.city, beirut.country) == ("Beirut", "Lebanon")
    assert crash.city == "Ahmedabad"
    assert port.city is None  # a name the gazetteer lacks, made of two names it has
    # counter-examples: a list of cities, a city and a foreign country, a flight's origin
    listed, abroad, origin = events(
        "Missiles hit Kyiv, Lviv and Odesa overnight.",
        "Blackouts plunged Kyiv and Moldova into darkness.",
        "A plane flying from Moscow crashed in the Tver region.",
        date="2024-05-16",
    )
    assert listed.city is None and abroad.city is None
    assert origin.city is None


def test_a_visit_that_opens_the_sentence_is_the_venue() -> None:
    (visit,) = events(
        "On a visit to Warsaw, Prime Minister Rishi Sunak held talks with Donald Tusk.",
        date="2024-04-23",
    )
    assert (visit.city, visit.country) == ("Warsaw", "Poland")
    # counter-example: a tour of several towns has no one venue
    (tour,) = events("Guterres visited Bucha, Borodianka and Irpin.", date="2022-04-28")
    assert tour.city is None
