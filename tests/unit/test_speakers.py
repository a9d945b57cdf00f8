"""Who speaks and what their words are: rules added from held-out dispatches own-304..307."""

from __future__ import annotations

from streams.text.dispatch import parse_dispatch
from streams.text.model import Event
from streams.text.pipeline import extract_events


def events(*lines: str, date: str = "2025-04-24") -> list[Event]:
    text = f" date {date} Headline\n" + "\n".join(lines)
    return extract_events(parse_dispatch(text.encode()))[1:]


def test_written_words_are_a_statement_not_the_strike_they_mention() -> None:
    post, report = events(
        "US President Donald Trump wrote on social media that he was not happy with the "
        "Russian strikes on Kyiv and urged Vladimir Putin to stop.",
        "Russian drones struck Kyiv overnight.",
    )
    assert (post.event_class, post.city, post.country) == ("diplomacy", None, "United States")
    # counter-example: the strike itself stays an incident in Kyiv
    assert (report.event_class, report.city) == ("incident", "Kyiv")


def test_posting_a_video_is_not_speech() -> None:
    (posted,) = events(
        "Russian troops withdrew from Lyman after Ukrainian forces encircled the town.",
        "Zelensky's office posted a video of Ukrainian soldiers raising the national flag "
        "at the entrance to the town.",
        date="2022-10-01",
    )[1:]
    assert (posted.event_class, posted.city) == ("incident", "Lyman")


def test_an_adviser_speaks_for_the_state_of_the_leader_he_serves() -> None:
    adviser, spokesman, plain = events(
        "Mykhailo Podolyak, an adviser to Zelensky, called Moscow's account a provocation.",
        "Dmitry Peskov, a spokesman for the Kremlin, said Kyiv was to blame.",
        "Lavrov said Moscow's position had not changed and accused Ukraine of lying.",
        date="2023-03-02",
    )
    assert adviser.country == "Ukraine"
    assert spokesman.country == "Russia"
    # counter-example: with no appositive the first state named still acts
    assert plain.country == "Russia"


def test_a_leader_ordering_her_own_government_decides() -> None:
    order, demand = events(
        "Mexican President Claudia Sheinbaum said she had told her economy minister to "
        "prepare tariff and non-tariff measures in response.",
        "Lavrov told the French foreign minister to stop arming Kyiv.",
        date="2025-02-01",
    )
    assert (order.event_class, order.country) == ("policy", "Mexico")
    # counter-example: telling another state's minister what to do is diplomacy
    assert demand.event_class == "diplomacy"


def test_sanctions_held_over_a_state_are_pressure_not_a_decision() -> None:
    threat, adopted = events(
        "US President Donald Trump said on Friday he was strongly considering large-scale "
        "sanctions and tariffs on Russia until a ceasefire was reached.",
        "The European Union adopted new sanctions on Russia on Friday.",
        date="2025-03-08",
    )
    assert (threat.event_class, threat.country) == ("diplomacy", "United States")
    # counter-example: sanctions adopted are a decision
    assert adopted.event_class == "policy"


def test_a_motion_to_impeach_is_a_decision_in_the_making() -> None:
    motion, remark = events(
        "Opposition parties submitted a motion to impeach Yoon on Wednesday.",
        "Yoon said the opposition was paralysing the state.",
        date="2024-12-04",
    )
    assert (motion.event_class, motion.country) == ("policy", "South Korea")
    # counter-example: the president speaking is a statement
    assert remark.event_class == "diplomacy"


def test_a_threat_to_cut_supplies_is_pressure_not_the_cut() -> None:
    threat, cut = events(
        "Slovak Prime Minister Robert Fico repeated his threat to cut electricity supplies to "
        "Ukraine in a dispute over the end of Russian gas transit.",
        "Slovakia cut electricity supplies to Ukraine.",
        date="2025-01-08",
    )
    assert (threat.event_class, threat.country) == ("diplomacy", "Slovakia")
    # counter-example: the cut itself is a decision
    assert cut.event_class == "policy"


def test_doubt_about_a_killing_is_a_word_on_it_not_its_toll() -> None:
    strike, doubt, toll = events(
        "Israeli jets struck the al-Mawasi area of Khan Younis on Saturday, killing 90.",
        "Prime Minister Benjamin Netanyahu said in a televised news conference that there "
        "was no absolute certainty yet that Deif had been killed.",
        "Zelensky said 12 people had been killed, with no confirmation of the number of wounded.",
        date="2024-07-13",
    )
    assert strike.event_class == "incident"
    assert (doubt.event_class, doubt.country, doubt.killed) == ("diplomacy", "Israel", None)
    # counter-example: a state giving a toll still reports the attack
    assert (toll.event_class, toll.killed) == ("incident", 12)


def test_the_place_of_an_attack_condemned_is_not_the_venue_of_the_condemnation() -> None:
    condemned, conference = events(
        "Egypt's foreign ministry condemned the attack on the displaced in Khan Younis and "
        "said it undermined efforts to reach a truce.",
        "Egypt's foreign minister, speaking at a news conference in Cairo, condemned the attack.",
        date="2024-07-13",
    )
    assert (condemned.city, condemned.country) == (None, "Egypt")
    # counter-example: where the condemnation was spoken is its venue
    assert (conference.city, conference.country) == ("Cairo", "Egypt")


def test_an_organisations_leaders_judging_an_attack_make_a_statement() -> None:
    strike, judged, toll = events(
        "A Russian missile hit a shopping mall in Kremenchuk on Monday, killing 18.",
        "Leaders of the G7, gathered at Schloss Elmau in the Bavarian Alps, said on Monday "
        "that the attack on the mall was a war crime.",
        "Zelensky said the attack had killed 18 people.",
        date="2022-06-28",
    )
    assert (judged.event_class, judged.city, judged.country) == ("diplomacy", None, None)
    # counter-example: a state giving the toll reports the attack
    assert (toll.event_class, toll.city, toll.killed) == ("incident", "Kremenchuk", 18)
    assert strike.event_class == "incident"


def test_a_measure_agreed_is_a_decision_and_its_target_no_actor() -> None:
    measure, meeting, sanctions = events(
        "They also agreed to restrict the Russian central bank's ability to use its reserves.",
        "The two leaders agreed to meet again in June.",
        "Russian officials agreed to cut gas supplies to Moldova.",
        date="2022-02-26",
    )
    assert (measure.event_class, measure.country) == ("policy", None)
    # counter-examples: agreeing to meet is relations; a people's adjective as the
    # subject still names the actor
    assert meeting.event_class == "diplomacy"
    assert sanctions.country == "Russia"


def test_over_the_weekend_leaves_an_act_undated() -> None:
    quit_, hosts = events(
        "Over the weekend, Ben-Gvir's Jewish Power party quit Netanyahu's coalition.",
        "Switzerland said more than 90 countries would attend the summit it hosts at the weekend.",
        date="2025-01-21",
    )
    assert quit_.event_date is None
    # counter-example: a weekend to come does not date the statement made today
    assert hosts.event_date == "2025-01-21"


def test_a_venue_followed_by_a_comma_and_a_speaker_is_still_the_venue() -> None:
    grossi, officials = events(
        "At a news conference in Vienna, IAEA chief Rafael Grossi said a projectile had hit "
        "the training centre, not a reactor, and that he was ready to travel to Chernobyl.",
        "Officials in Luhansk, Donetsk and Kherson announced the votes.",
        date="2022-03-04",
    )
    assert (grossi.city, grossi.country) == ("Vienna", "Austria")
    # counter-example: a list of cities gives no one venue
    assert officials.city is None


def test_leaving_a_government_is_a_decision_at_home() -> None:
    exit_, deal = events(
        "Ben-Gvir's Jewish Power party quit Netanyahu's coalition in protest at the "
        "ceasefire deal.",
        "Russia quit the Black Sea grain deal.",
        date="2025-01-19",
    )
    assert (exit_.event_class, exit_.country) == ("policy", "Israel")
    # counter-example: quitting a deal between states is relations
    assert deal.event_class == "diplomacy"


def test_measures_named_by_their_verbs_are_decisions() -> None:
    blocking, sanctioned, title, zone = events(
        "Russia's communications regulator said it was blocking access to Facebook.",
        "Earlier this month Washington sanctioned RSF leader Mohamed Hamdan Dagalo.",
        "Putin gave the honorary title of 'Guards' to the 64th Motor Rifle Brigade.",
        "Thai Prime Minister Paetongtarn Shinawatra declared Bangkok an emergency zone.",
        date="2025-03-28",
    )
    assert (blocking.event_class, blocking.country) == ("policy", "Russia")
    assert (sanctioned.event_class, sanctioned.country) == ("policy", "United States")
    assert title.event_class == "policy"
    assert (zone.event_class, zone.city, zone.country) == ("policy", "Bangkok", "Thailand")
    # counter-example: a capital named as the target of a strike is a place, not a state
    (strike,) = events("Russian missiles struck Kyiv on Friday.", date="2025-03-28")
    assert strike.city == "Kyiv"


def test_a_military_telling_its_troops_advance_reports_the_fighting() -> None:
    entered, retook, in_force = events(
        "Luhansk governor Serhiy Haidai said Russian troops had entered Kreminna overnight "
        "and street fighting was under way.",
        "Earlier this month Ukrainian forces retook the Boyko Towers gas platforms in the "
        "Black Sea, Ukraine's military intelligence said.",
        "Zelensky said the law had entered into force.",
        date="2022-04-18",
    )
    assert (entered.event_class, entered.city) == ("incident", "Kreminna")
    assert (retook.event_class, retook.event_date) == ("incident", None)
    # counter-example: a law entering into force is no advance
    assert in_force.event_class == "diplomacy"


def test_a_capital_that_had_been_preparing_is_the_state() -> None:
    (offensive,) = events(
        "Russian forces have launched their offensive in the Donbas, Zelensky said, calling it "
        "the battle for which Moscow had been preparing.",
        date="2022-04-18",
    )
    assert (offensive.event_class, offensive.city, offensive.country) == (
        "incident",
        None,
        "Ukraine",
    )


def test_un_votes_and_reports_are_relations() -> None:
    vote, report, clashes = events(
        "On Monday the UN Security Council endorsed the ceasefire proposal set out by "
        "President Joe Biden, adopting the US draft by 14 votes to none.",
        "A UN commission of inquiry chaired by Navi Pillay reported that both Israel and "
        "Hamas had committed war crimes.",
        "Ukraine's General Staff reported 101 combat clashes along the front over the past day.",
        date="2024-06-12",
    )
    assert (vote.event_class, vote.country, vote.event_date) == ("diplomacy", None, "2024-06-10")
    assert (report.event_class, report.country) == ("diplomacy", None)
    # counter-example: a military reporting the fighting tells the fighting
    assert (clashes.event_class, clashes.country) == ("incident", "Ukraine")


def test_decisions_not_to_act_and_pauses_are_decisions_and_pleas_for_help_relations() -> None:
    licences, pause, plea = events(
        "On Tuesday British Foreign Secretary David Cameron said the government would not "
        "suspend arms export licences to Israel.",
        "The opposition National Unity Government announced a two-week pause in offensive "
        "operations in quake-hit areas.",
        "Military leader Min Aung Hlaing made a rare appeal for international help, saying "
        "any country was welcome to send aid.",
        date="2025-03-29",
    )
    assert (licences.event_class, licences.country) == ("policy", "United Kingdom")
    assert pause.event_class == "policy"
    assert (plea.event_class, plea.country) == ("diplomacy", "Myanmar")
    # counter-example: a state sending aid decides
    (sent,) = events("China pledged 100 million yuan in emergency aid.", date="2025-03-29")
    assert sent.event_class == "policy"


def test_troops_breaking_a_siege_report_the_fighting() -> None:
    (siege,) = events(
        "Sudan's army said on Friday that its troops had broken the RSF siege of its "
        "general command headquarters in central Khartoum.",
        date="2025-01-25",
    )
    assert (siege.event_class, siege.city, siege.event_date) == (
        "incident",
        "Khartoum",
        "2025-01-24",
    )


def test_the_speaker_after_a_quote_acts_not_the_state_the_quote_names() -> None:
    quoted, plain = events(
        "\"I've always had a very good relationship with Vladimir Putin of Russia, but "
        'something has happened to him. He has gone absolutely CRAZY!" US President Donald '
        "Trump wrote on social media.",
        "Trump said Putin had gone crazy.",
        date="2025-05-25",
    )
    assert (quoted.event_class, quoted.country) == ("diplomacy", "United States")
    assert plain.country == "United States"


def test_when_a_statement_was_made_and_where_a_later_act_will_be() -> None:
    aide, delegation, conference, seat = events(
        "A Kremlin aide said earlier this week that talks with Kyiv were out of the question.",
        "Zelensky confirmed that a delegation would attend a second round of talks with Russia "
        "in Istanbul on Monday.",
        "Scholz said Ukraine would need a Marshall Plan at a conference in Berlin.",
        "Earlier this week the government in Kyiv decided to let men aged 18 to 22 leave the "
        "country despite martial law.",
        date="2025-08-28",
    )
    assert aide.event_date is None
    assert (delegation.city, delegation.country) == (None, "Ukraine")
    # counter-example: where it was said is the venue, whatever it says will be
    assert (conference.city, conference.country) == ("Berlin", "Germany")
    assert (seat.event_class, seat.city, seat.country) == ("policy", None, "Ukraine")
