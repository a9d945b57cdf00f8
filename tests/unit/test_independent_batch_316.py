"""Rules from the three-hundred-and-sixteenth independent batch and after (own-4767..:
mixed world digests of 1980-2015, some leaning to one region), each with a
counter-example."""

from __future__ import annotations

from tests.unit.extract_helpers import country, events


def test_leaders_of_earlier_decades_act_for_their_states() -> None:
    (dismissal,) = events(
        "President Reagan on Monday dismissed Rita Lavelle, the official in charge of the "
        "toxic waste clean-up programme."
    )
    assert country(dismissal) == "United States"
    (talks,) = events("Mikhail Gorbachev told the party congress that reform would go on.")
    assert country(talks) == "Russia"
    (decree,) = events("Ayatollah Khomeini ordered the hostages moved out of the compound.")
    assert country(decree) == "Iran"
    # counter-examples: a name two leaders share, or a first name of one, stays unread
    (honduras,) = events("Honduran President Xiomara Castro ordered a state of emergency.")
    assert country(honduras) == "Honduras"
    (nigeria,) = events(
        "Nigeria's defence minister, Bashir Magashi, announced a new recruitment drive."
    )
    assert country(nigeria) == "Nigeria"
    (jordan,) = events("Jordan's King Abdullah II swore in a new cabinet on Sunday.")
    assert country(jordan) == "Jordan"


def test_a_leader_who_speaks_and_then_decides_decides() -> None:
    (mourning,) = events(
        "President Felipe Calderón called the attackers true terrorists and declared three "
        "days of national mourning."
    )
    assert mourning.event_class == "policy"
    # counter-example: the word alone, with no decision after it
    (word,) = events(
        "President Felipe Calderón called the attackers true terrorists and vowed to find them."
    )
    assert word.event_class == "diplomacy"
