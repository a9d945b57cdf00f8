"""Rules from the eleventh and twelfth independent batches (own-601..638), each with a
counter-example."""

from __future__ import annotations

from streams.text.casualties import extract_casualties
from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2024-10-07") -> list[Event]:
    text = f" date {date} " + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))


def test_counts_in_headline_shapes_and_of_one_person() -> None:
    cases = {
        "More than 1,500 inmates escape Maputo prison as 33 die in clashes": (33, None),
        "Bridge collapse toll in India's Morbi reaches 135": (135, None),
        "Presidential hopeful Miguel Uribe critically wounded in Bogota shooting": (None, 1),
        "The plane was struck by gunfire, wounding a flight attendant.": (None, 1),
        "Mayor of Mexico's Chilpancingo killed less than a week after taking office": (1, None),
        "Alejandro Arcos, who was sworn in as mayor on September 30, was killed on Sunday.": (
            1,
            None,
        ),
        "Three members of one family, including a baby, were shot dead in their car.": (3, None),
    }
    for text, figures in cases.items():
        assert extract_casualties(text)[:2] == figures, text
    # counter-examples: a day of a month is no count, and what may come is no death
    assert (
        extract_casualties(
            "Fighting that erupted on September 9 has left scores dead in Culiacan."
        ).killed
        is None
    )
    assert extract_casualties("Officials warned that many more could die.").killed is None


def test_rebuttals_grief_deportations_and_crowds_sent() -> None:
    texts = {
        "Kigali dismissed the accusation as ridiculous.": "diplomacy",
        "Prime Minister Sheikh Hasina expressed deep shock and sorrow over the deaths.": (
            "diplomacy"
        ),
        "The Dominican Republic began mass deportations of Haitians.": "policy",
        "The two soldiers who fired had been relieved of duty.": "policy",
        "The defence minister said about 5,000 troops had been sent to the region.": "policy",
        "The fire service formed a committee to investigate the cause of the blaze.": "policy",
        "On Thursday Francisco Tapia, the newly appointed secretary of the city government, "
        "was shot dead in Chilpancingo.": "incident",
        "The suspension bridge gave way on Sunday evening as hundreds of people were on it.": (
            "incident"
        ),
    }
    got = events(*texts, date="2024-10-07")
    assert [e.event_class for e in got] == list(texts.values())
    # counter-examples: an official dismissed, and an appointment made, are decisions
    sacked, named = events(
        "The president dismissed the defence minister.",
        "The president appointed a new defence minister.",
        date="2024-10-07",
    )
    assert sacked.event_class == "policy" and named.event_class == "policy"


def test_places_of_qualified_names_states_and_causes() -> None:
    manta, chiapas, decree, camp = events(
        "Gunmen killed two people in the Pacific port city of Manta on Sunday.",
        "Soldiers opened fire on a truck near Huixtla, in the southern state of Chiapas.",
        "Lasso decreed a state of emergency across the country's prisons after fighting "
        "between rival gangs at the Litoral penitentiary in Guayaquil.",
        "The toll from Friday night's drone strike on a camp for displaced people in Dedebit "
        "reached 56.",
        date="2023-07-25",
    )
    assert (manta.city, manta.country) == ("Manta", "Ecuador")
    assert chiapas.city is None
    assert decree.city is None
    assert (camp.city, camp.event_date) == ("Dedebit", "2023-07-21")
    # counter-examples: talks a statement follows name its venue; a curfew's one city
    talks, curfew = events(
        "Ukraine backs US plan for a 30-day ceasefire after talks in Jeddah",
        "The authorities imposed a curfew in Guayaquil.",
        date="2023-07-25",
    )
    assert talks.city == "Jeddah" and curfew.city == "Guayaquil"


def test_days_in_asides_totals_since_and_days_to_come() -> None:
    arcos, since, old, mourning = events(
        "Alejandro Arcos, who was sworn in as mayor on September 30, was killed on Sunday.",
        "At least 80 people had been killed since the ELN turned on FARC dissidents on Thursday.",
        "Her mother was killed in 1991 during a failed rescue attempt.",
        "The state government declared a day of mourning for Wednesday.",
        date="2024-10-08",
    )
    assert arcos.event_date == "2024-10-06"
    assert since.event_date is None and old.event_date is None
    assert mourning.event_date == "2024-10-08"
    # counter-example: a day told with no aside or total dates what happened
    (strike,) = events("Gunmen killed the mayor on Thursday.", date="2024-10-08")
    assert strike.event_date == "2024-10-03"


def test_speakers_sites_islands_and_pairs_named() -> None:
    jenin, hospital, capri = events(
        "In the occupied West Bank, a police officer was killed during a raid in Jenin, "
        "Israel's military said.",
        "Toll climbs after Israeli strike near Beirut's main public hospital",
        "Meeting on the Italian island of Capri, G7 foreign ministers pledged more air defences.",
        date="2024-04-19",
    )
    assert (jenin.city, jenin.country) == ("Jenin", "Palestine")
    assert hospital.city == "Beirut"
    assert (capri.city, capri.country) == ("Capri", "Italy")
    assert (
        extract_casualties(
            "Hamza Dahdouh, the eldest son of the bureau chief, and freelance journalist "
            "Mustafa Thuraya were killed when a missile struck their car."
        ).killed
        == 2
    )
    # counter-examples: a city listed with another state, a place a leader came from, and a
    # strike near a city (no site of it)
    listed, flight, near = events(
        "The blackout plunged Kyiv and Moldova into darkness.",
        "Speaking on Air Force One on his way back from Scotland, Trump said Russia had 10 days.",
        "A drone struck a field near Beirut, Lebanon's army said.",
        date="2024-04-19",
    )
    assert listed.city is None and flight.city is None and near.city is None


def test_two_leaders_act_jointly_and_names_of_unknown_first_words() -> None:
    leaders, speaker, cyclone, airport = events(
        "On Monday Russian President Vladimir Putin and US President Joe Biden had also sent "
        "their condolences.",
        "Belarusian leader Alexander Lukashenko said Belarus and Russia would deploy a joint "
        "regional group of troops.",
        "Cyclone Chido, which struck the northern province of Cabo Delgado, destroyed homes.",
        "On Saturday gunmen stormed Kaduna International Airport and killed a guard.",
        date="2022-11-01",
    )
    assert leaders.country is None
    assert speaker.country == "Belarus"
    assert cyclone.city is None
    assert (airport.city, airport.country) == ("Kaduna", "Nigeria")
    # counter-example: a charity named for a city is no place
    (charity,) = events("Amnesty International condemned the killings.", date="2022-11-01")
    assert charity.city is None
