"""Event days resolved against the dispatch date (2023-03-15 is a Wednesday)."""

from __future__ import annotations

import pytest

from streams.text.dates import mentions_same_day, resolve_date

WEDNESDAY = "2023-03-15"


def day(text: str, dispatch: str = WEDNESDAY) -> str | None:
    return resolve_date(text, dispatch).day


def test_no_time_expression_is_the_dispatch_day() -> None:
    assert day("Shelling hit the market.") == WEDNESDAY


def test_yesterday_is_the_day_before() -> None:
    assert day("The depot burned yesterday.") == "2023-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones attacked the port on Monday.", "2023-03-13"),
        ("The bridge was hit late on Sunday.", "2023-03-12"),
        ("It happened on Wednesday.", WEDNESDAY),
        ("Friday's raid destroyed a school.", "2023-03-10"),
        ("Missiles fell on Tuesday evening.", "2023-03-14"),
    ],
)
def test_weekday_is_the_latest_such_day_on_or_before_the_dispatch(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize("text", ["Explosions were heard last night.", "Drones struck overnight."])
def test_last_night_and_overnight_are_the_dispatch_day(text: str) -> None:
    assert day(text) == WEDNESDAY


def test_explicit_dates_both_orders() -> None:
    assert day("A convoy was hit on March 2.") == "2023-03-02"
    assert day("A convoy was hit on 9 February.") == "2023-02-09"


def test_explicit_date_of_last_year_near_new_year() -> None:
    assert day("The strike of December 31 killed two.", "2024-01-02") == "2023-12-31"


def test_future_dates_are_plans_not_events() -> None:
    assert day("The council will meet on March 20.") == WEDNESDAY


def test_reporting_times_are_not_event_days() -> None:
    assert day("By Tuesday evening the toll had reached nine.") == WEDNESDAY


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit the refinery earlier this month.",
        "Looting spread over the weekend.",
        "Fighting killed hundreds last month.",
        "Some 9,000 people have died since February 24.",
        "Floods destroyed the bridge in January.",
    ],
)
def test_vague_references_give_no_day(text: str) -> None:
    result = resolve_date(text, WEDNESDAY)
    assert result.day is None and result.vague


def test_vague_can_be_ignored_for_non_incidents() -> None:
    assert resolve_date("Aid promised last month arrived.", WEDNESDAY, allow_vague=False).day == (
        WEDNESDAY
    )


def test_no_dispatch_date_gives_no_day() -> None:
    assert resolve_date("yesterday", None).day is None


def test_days_ago() -> None:
    assert day("A convoy was ambushed three days ago.") == "2023-03-12"
    assert day("The dam was breached the day before yesterday.") == "2023-03-13"


def test_future_weekday_is_a_plan() -> None:
    assert day("The envoys will meet on Friday.") == WEDNESDAY


def test_a_weekday_a_decision_names_is_not_the_event_day() -> None:
    # the decree was issued today; Sunday is the day it names
    assert day("The president declared Sunday a national day of mourning.") == WEDNESDAY
    assert day("The mayor proclaimed Friday a day of remembrance.") == WEDNESDAY
    # counter-examples: "on Sunday" dates the declaration itself
    assert day("The president declared on Sunday a national day of mourning.") == "2023-03-12"
    assert day("Protesters marched on Sunday.") == "2023-03-12"


def test_future_in_the_past_is_a_plan() -> None:
    assert day("He said flags would fly at half-mast on Monday.") == WEDNESDAY
    # counter-example: the same day, reported as done
    assert day("Flags flew at half-mast on Monday.") == "2023-03-13"


def test_a_ranking_since_a_time_is_not_a_vague_day() -> None:
    text = "Four were killed, the largest attack on the city since the start of the invasion."
    assert day(text) == WEDNESDAY
    assert day("It was the deadliest day since October 7, officials said.") == WEDNESDAY
    # counter-example: a total since a time has no day
    assert day("More than 30,000 people have been killed in Gaza since October 7.") is None


def test_hours_later_is_the_day_of_the_event_before() -> None:

    assert mentions_same_day("Hours later President Joe Biden announced new aid.")
    assert mentions_same_day("A few hours later the toll rose.")
    # counter-examples: days later is another day; "hours later" inside a quote is not a lead
    assert not mentions_same_day("Two days later he resigned.")
    assert not mentions_same_day("He said the sirens sounded hours later.")


def test_a_possessive_weekday_of_a_plan_is_not_the_event_day() -> None:
    assert day("The minister said Sunday's vote would go ahead.") == WEDNESDAY
    # counter-example: a possessive weekday of what happened dates it
    assert day("The toll from Sunday's blast rose to nine.") == "2023-03-12"


def test_a_date_that_names_an_event_does_not_date_a_decision() -> None:
    text = "The agency fired staff accused of taking part in the October 7 attack."
    assert resolve_date(text, "2024-01-26", allow_vague=False).day == "2024-01-26"
    # counter-example: an incident's report may be that event's
    assert resolve_date(text, "2024-01-26").day == "2023-10-07"


def test_the_past_24_hours_is_the_report_day_and_since_a_weekday_is_a_total() -> None:
    assert day("Officials said 265 fighters had surrendered over the past 24 hours.") == WEDNESDAY
    assert day("At least 1,799 people have been killed in strikes since Saturday.") is None
    # counter-examples: the past week is vague, and "on Saturday" is a day
    assert day("Dozens were killed over the past week.") is None
    assert day("Nine people were killed on Saturday.") == "2023-03-11"


def test_a_plan_with_a_decimal_figure_is_still_a_plan() -> None:
    text = "The House is due to vote on a $14.3 billion package on Thursday."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    # counter-example: a vote that took place
    assert day("The House voted on a $14.3 billion package on Thursday.") == "2023-03-09"


def test_since_mid_month_is_a_total() -> None:
    assert day("Officials said 1,136 people had been killed since mid-June.") is None
    # counter-example: a day
    assert day("Two people were killed on Monday.") == "2023-03-13"


def test_the_day_of_an_attack_a_statement_is_about_is_not_its_day() -> None:
    text = "Russia blamed Ukraine for the explosion on the bridge a day earlier."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    # counter-example: an incident's report gives the attack's day
    assert resolve_date(text, WEDNESDAY).day == "2023-03-14"


def test_planned_for_a_weekday_is_a_plan_and_since_the_war_began_a_total() -> None:
    text = "Parliament cancelled a session planned for Friday."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    text = "More than 600 people have been killed since the fighting began on April 15."
    assert day(text, "2023-05-07") is None
    # counter-examples: "a planned exchange" called off on a day, and the day it began
    text = "Russia called off a planned prisoner exchange on Saturday."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == "2023-03-11"
    assert day("The fighting began on April 15.", "2023-05-07") == "2023-04-15"


def test_over_the_past_day_is_the_report_day() -> None:
    assert day("Officials said 55 people had been killed over the past day.") == WEDNESDAY


def test_a_decision_over_an_attack_is_not_dated_by_the_attack() -> None:
    text = "A court charged four men over Friday's attack on the concert hall."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    # counter-example: an incident's report of Friday's attack is Friday's
    assert resolve_date(text, WEDNESDAY).day == "2023-03-10"


def test_the_day_before_leading_a_sentence_is_yesterday() -> None:
    assert day("The day before, the agency had charged him in absentia.") == "2023-03-14"
    # counter-example: inside a clause it dates something else
    assert day("Biden, who had visited Kyiv the day before, spoke in Warsaw.") == WEDNESDAY


def test_a_statement_is_dated_by_a_vague_time_only_when_nothing_reports_it() -> None:
    text = "A Swiss delegation ended talks with rebel leaders in Geneva last week."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day is None
    # counter-examples: a time inside what someone said, a comparison, a ranking
    text = "The ministry said it had warned the rebels last week."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    text = "Officials expect more power cuts, like last year."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    text = "The central bank cut rates for the first time since 2019."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY


def test_a_total_since_a_storm_made_landfall_is_vague() -> None:
    assert day("The storm has killed 59 people since it made landfall on Saturday.") is None
    # counter-example: the landfall itself has its day
    assert day("The storm made landfall on Saturday.") == "2023-03-11"


def test_a_total_since_the_fires_broke_out_is_vague() -> None:
    assert day("The toll has risen to 99 since the fires broke out on Friday.") is None
    # counter-example: the day they broke out
    assert day("The fires broke out on Friday.") == "2023-03-10"


def test_earlier_in_the_week_is_vague() -> None:
    assert day("Officials said five people had been killed earlier in the week.") is None
    # counter-example: earlier in the day is the day of the event told before (linking)
    assert day("Officials said a man was killed on Monday.") == "2023-03-13"


def test_n_days_earlier_counts_back_from_the_dispatch() -> None:
    assert day("Four days earlier, a drone had hit an apartment block.") == "2023-03-11"
    # counter-example: earlier in a sentence with no count is no day
    assert day("Earlier, a drone had hit an apartment block.") == WEDNESDAY


def test_money_this_year_does_not_date_a_signing() -> None:
    text = "Zelensky and Frederiksen signed an agreement, with €1.8bn in support this year."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day == WEDNESDAY
    # counter-example: an incident's count this year is a total
    assert day("It was the 67th shooting this year.") is None


def test_the_day_a_strike_avenges_is_not_its_own() -> None:
    text = "Israel strikes Iran in retaliation for October 1 missile attack"
    assert resolve_date(text, "2024-10-26").day == "2024-10-26"
    # counter-example: an attack on that day is on that day
    assert resolve_date("Iran fired missiles at Israel on October 1.", "2024-10-26").day == (
        "2024-10-01"
    )


def test_a_main_verb_with_its_auxiliary_is_dated_by_a_vague_time() -> None:
    text = "The station had reopened in July after three years of renovation."
    assert resolve_date(text, WEDNESDAY, allow_vague=False).day is None
    # counter-example: a participle's own time ("aid promised last month arrived")
    assert resolve_date("Aid promised last month arrived.", WEDNESDAY, allow_vague=False).day == (
        WEDNESDAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "The same beach was attacked a year earlier, when six people were killed.",
        "A similar raid had killed four people months before.",
        "Two years earlier, a bomb went off at the same market.",
    ],
)
def test_months_or_years_earlier_give_no_day(text: str) -> None:
    assert day(text) is None


def test_days_earlier_still_give_a_day() -> None:
    # counter-example: a count of days back is a day
    assert day("Four days earlier, a drone had hit the same street.") == "2023-03-11"
