"""incident / diplomacy / policy cues, with counter-examples."""

from __future__ import annotations

import pytest

from streams.text.classify import APPOINT_RE, classify, score
from streams.text.dispatch import parse_dispatch
from streams.text.pipeline import extract_events


@pytest.mark.parametrize(
    "text",
    [
        "Artillery shelled the outskirts of the town, wounding four.",
        "A blast ripped through a fuel depot and set it ablaze.",
        "Air defences shot down two cruise missiles over the port.",
        "Gunmen opened fire on a bus, killing three passengers.",
    ],
)
def test_incidents(text: str) -> None:
    assert classify(text).event_class == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers held talks on a ceasefire.",
        "The ministry summoned the ambassador over the remarks.",
        "The army denied that its troops had attacked the village.",
        "The president condemned the attack on the hospital.",
        "Qatar offered mediation between the two sides.",
        "Both countries signed a bilateral security agreement worth 3 billion euros.",
    ],
)
def test_diplomacy(text: str) -> None:
    assert classify(text).event_class == "diplomacy"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passed a bill raising the conscription age.",
        "The president signed a decree on a curfew in the capital.",
        "The government declared two days of mourning.",
        "The cabinet approved a $2bn aid package.",
        "The bloc adopted a new round of sanctions.",
        "The minister named Jane Roe as the new army chief.",
        "Ukraine stopped the transit of Russian gas after the agreement expired.",
    ],
)
def test_policy(text: str) -> None:
    assert classify(text).event_class == "policy"


def test_text_without_cues_is_unclassified() -> None:
    result = classify("The weather was mild and the river was calm.")
    assert result.event_class == "unclassified"
    assert result.confidence == 0.0


def test_confidence_and_cues_explain_the_decision() -> None:
    result = classify("Shelling killed two people and damaged a school.")
    assert 0.0 < result.confidence <= 1.0
    assert "killed" in result.cues


@pytest.mark.parametrize(
    "text",
    [
        "The WFP said it was temporarily halting all operations in the country.",
        "The prime minister said flags would fly at half-mast on Monday.",
        "Flags at the state Capitol were lowered to half-staff.",
        "Flags on public buildings flew at half staff for three days.",
    ],
)
def test_suspensions_and_mourning_measures_are_policy(text: str) -> None:
    assert classify(text).event_class == "policy"


def test_a_motive_of_an_attack_is_about_the_incident() -> None:
    result = classify("Police said there was no sign the attacker had an ideological motive.")
    assert result.event_class == "incident"
    assert "motive" in result.cues


def test_joining_a_summit_by_video_link_is_diplomacy() -> None:
    result = classify("Putin took part by video link because of an arrest warrant.")
    assert result.event_class == "diplomacy"
    assert "video link" in result.cues


def test_speaking_by_phone_is_diplomacy() -> None:
    result = classify("The president spoke by phone with his counterpart to offer support.")
    assert result.event_class == "diplomacy"


def test_the_cause_after_after_weighs_less_than_the_main_act() -> None:
    assert classify("Ecuador declares armed conflict after gunmen storm TV studio").event_class == (
        "policy"
    )
    # counter-example: a main clause that is itself the incident stays one
    assert classify("Gunmen killed three after storming a TV studio").event_class == "incident"


def test_a_state_judging_an_attack_is_diplomacy() -> None:
    text = (
        " date 2024-09-28 Strike in Beirut\n"
        "US President Joe Biden called the killing a measure of justice for his many victims.\n"
        "Israel says it killed the group's leader in the strike."
    )
    judged, claimed = extract_events(parse_dispatch(text.encode()))[1:]
    assert judged.event_class == "diplomacy"
    # counter-example: a state claiming its own attack reports the incident
    assert claimed.event_class == "incident"


@pytest.mark.parametrize(
    "text",
    [
        "Jets dropped dozens of bombs on the headquarters on Friday evening.",
        "The dam was breached early on Tuesday, and water flooded the streets.",
        "Troops entered the hospital complex early on Wednesday.",
    ],
)
def test_bombs_breaches_and_troops_are_incidents(text: str) -> None:
    assert classify(text).event_class == "incident"


def test_a_halt_beside_violence_stays_an_incident() -> None:
    # counter-example for the halt cues: a stopped train that was shelled is an incident
    assert classify("Shelling killed two people after the train stopped.").event_class == "incident"


def test_a_court_sentence_is_policy_even_for_a_killing() -> None:
    text = (
        "A court on Monday sentenced a Russian soldier to life in prison for shooting dead "
        "an unarmed civilian."
    )
    assert classify(text).event_class == "policy"
    # counter-example: the shooting itself is an incident
    assert classify("A soldier shot dead an unarmed civilian on Monday.").event_class == "incident"


def test_a_state_announcing_a_deployment_is_policy() -> None:
    text = (
        " date 2024-09-24 Troops\nThe Pentagon said on Monday it was sending a small number "
        "of additional troops to the Middle East."
    )
    line = extract_events(parse_dispatch(text.encode()))[1]
    assert line.event_class == "policy"
    text = " date 2023-04-16 Aid\nThe WFP said it was temporarily halting all operations."
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "policy"
    # counter-example: the same speaker judging another state is diplomacy
    text = " date 2024-09-24 Talks\nThe Pentagon said Iran was arming the Houthis."
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "diplomacy"


def test_the_seizure_of_a_building_is_an_incident() -> None:
    text = "Mercenaries took control of the military headquarters in the city on Saturday."
    assert classify(text).event_class == "incident"
    assert classify("Wagner fighters seize Rostov-on-Don").event_class == "incident"
    # counter-example: a postponed political announcement is policy
    text = "Gantz postponed an announcement on whether he would quit the war cabinet."
    assert classify(text).event_class == "policy"


def test_a_relative_clause_or_a_visit_weighs_less_than_the_main_act() -> None:
    text = "The agency strongly condemned the attack, which hit several sites in the old town."
    assert classify(text).event_class == "diplomacy"
    text = "Massive explosions in the capital right now, during the visit of the UN chief."
    assert classify(text).event_class == "incident"
    # counter-example: a main clause that reports the attack stays an incident
    text = "A missile hit the old town, which the agency had listed as a heritage site."
    assert classify(text).event_class == "incident"


def test_an_invasion_is_an_incident() -> None:
    assert classify("Russia launches full-scale invasion of Ukraine").event_class == "incident"
    # counter-example: condemning the invasion is diplomacy
    assert classify("The G7 condemned the invasion of Ukraine.").event_class == "diplomacy"


def test_shutting_down_or_closing_is_policy() -> None:
    assert classify("Germany shut down its last three nuclear power plants.").event_class == (
        "policy"
    )
    assert classify("The ministry closed all schools in the region.").event_class == "policy"
    # counter-example: closing an embassy is a step between states
    assert classify("Canada closed its embassy in Moscow.").event_class == "diplomacy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO leaders meet in Vilnius as Zelensky presses for membership", "diplomacy"),
        ("The G7 announced a joint declaration pledging security commitments.", "diplomacy"),
        ("France said it would supply Ukraine with long-range cruise missiles.", "policy"),
        # counter-example: a missile strike stays an incident beside a supply word
        ("Cruise missiles hit the power supply of the city overnight.", "incident"),
    ],
)
def test_summits_declarations_and_supplies(text: str, expected: str) -> None:
    text = " date 2023-07-12 Items\n" + text
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == expected


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up among worshippers at a mosque on Monday.",
        "Mob storms Dagestan airport in search of Israeli passengers",
        "Hundreds of men broke into the airport and rushed onto the runway.",
        "Opposition fighters entered Damascus on Sunday without meeting resistance.",
    ],
)
def test_bombers_mobs_and_fighters_are_incidents(text: str) -> None:
    assert classify(text).event_class == "incident"


def test_a_meeting_is_still_diplomacy_beside_the_word_resistance() -> None:
    # counter-example for "meeting resistance"
    text = "The foreign ministers held a meeting on the resistance in occupied towns."
    assert classify(text).event_class == "diplomacy"


def test_a_state_giving_a_toll_at_the_un_reports_the_attack() -> None:
    text = (
        " date 2022-08-25 Strike\nZelensky told the UN Security Council by video link that "
        "22 people had been killed."
    )
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "incident"
    # counter-example: the same forum without a toll is diplomacy
    text = " date 2022-08-25 UN\nZelensky told the UN Security Council by video link to act."
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "diplomacy"


def test_security_accords_are_diplomacy_and_entry_bans_policy() -> None:
    text = "Kishida signed a security accord with Zelensky on Thursday, pledging $4.5bn this year."
    assert classify(text).event_class == "diplomacy"
    text = "Russia barred 500 Americans, among them Barack Obama, from entering the country."
    assert classify(text).event_class == "policy"
    # counter-example: pledging money without an accord is policy
    assert classify("Japan pledged $4.5bn for Ukraine this year.").event_class == "policy"


def test_un_votes_are_diplomacy_and_missions_set_up_are_policy() -> None:
    text = "The UN General Assembly voted 141 to 5 to demand that Russia withdraw from Ukraine."
    assert classify(text).event_class == "diplomacy"
    text = "EU foreign ministers agreed to set up a training mission for 15,000 soldiers."
    assert classify(text).event_class == "policy"
    # counter-example: soldiers under fire are an incident
    assert classify("Shelling killed 15 soldiers at a training ground.").event_class == "incident"


def test_a_threat_is_a_statement_and_own_ground_raids_an_incident() -> None:
    text = " date 2024-10-02 Iran\nBenjamin Netanyahu said Iran had made a big mistake and would pay for it."
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "diplomacy"
    text = (
        " date 2024-10-02 Lebanon\nIsrael's military said its troops had begun limited ground "
        "raids into southern Lebanon early on Tuesday."
    )
    raids = extract_events(parse_dispatch(text.encode()))[1]
    assert raids.event_class == "incident" and raids.country == "Lebanon"
    # counter-example: a state saying it would send troops announces a decision
    text = " date 2024-10-02 Troops\nGermany said it would send more troops to Lithuania."
    assert extract_events(parse_dispatch(text.encode()))[1].event_class == "policy"


def test_granting_a_status_is_policy() -> None:
    text = "Leaders meeting in Brussels agreed to grant candidate status to Ukraine and Moldova."
    assert classify(text).event_class == "policy"
    # counter-example: a meeting that only talks is diplomacy
    assert classify("Leaders meeting in Brussels discussed Ukraine.").event_class == "diplomacy"


def test_fighting_resuming_is_an_incident() -> None:
    text = "Fighting resumes in Gaza as week-long truce collapses"
    assert classify(text).event_class == "incident"
    # counter-example: a truce agreed is diplomacy
    assert classify("Qatar said the truce would be extended by two days.").event_class == (
        "diplomacy"
    )


def test_an_arrest_warrant_is_policy_unless_it_is_only_the_cause() -> None:
    text = "ICC issues arrest warrant for Putin over deported Ukrainian children"
    assert classify(text).event_class == "policy"
    # counter-example: a warrant given as the reason for taking part by video link
    text = (
        "Putin took part by video link because of an International Criminal Court arrest warrant."
    )
    assert classify(text).event_class == "diplomacy"


def test_a_vote_with_abstentions_is_a_un_style_vote() -> None:
    text = "The resolution passed by 143 votes to 5, with 35 abstentions, including China."
    assert classify(text).event_class == "diplomacy"
    # counter-example: a parliament's vote on a law is policy
    assert classify("Parliament passed the law by 143 votes to 5.").event_class == "policy"


def test_the_post_of_an_appointment_is_not_a_cue() -> None:
    text = "The president named Jane Doe, his chief of staff, acting foreign minister."
    assert classify(text).event_class == "policy"
    # counter-example: a foreign minister who acts is diplomacy
    assert classify("The foreign minister met his counterpart.").event_class == "diplomacy"


def test_an_investigation_ordered_is_policy_and_one_called_for_is_diplomacy() -> None:
    assert classify("The governor ordered an investigation into the blast.").event_class == (
        "policy"
    )
    assert classify(
        "The prosecutor applied for arrest warrants for two commanders."
    ).event_class == ("policy")
    # counter-example: asking another party for an inquiry is diplomacy
    text = "Romania called for an investigation into the incident."
    assert classify(text).event_class == "diplomacy"


def test_a_burst_dam_and_an_arrest_at_the_scene_are_incidents() -> None:
    assert classify("Two dams above the town burst before dawn.").event_class == "incident"
    assert classify("Police detained a man at the scene.").event_class == "incident"
    # counter-example: an arrest elsewhere is no report of an attack
    assert classify("Police detained a man at the border.").event_class == "unclassified"


def test_an_appointee_may_follow_a_descriptor() -> None:
    assert APPOINT_RE.search("The junta named economist Jane Roe as prime minister.")
    assert classify("The junta named economist Jane Roe as prime minister.").event_class == (
        "policy"
    )
    # counter-example: no person is named, so no appointment
    assert APPOINT_RE.search("The rebels named the town as their capital.") is None


def test_an_inquiry_ordered_and_a_craft_coming_down_are_read() -> None:
    assert classify("The president ordered police to investigate the blast.").event_class == (
        "policy"
    )
    assert classify("The plane came down in a field.").event_class == "incident"
    # counter-example: a ruling that "came down" is no crash
    assert classify("The ruling came down on Tuesday.").event_class == "unclassified"


def test_phasing_out_imports_is_a_decision() -> None:
    text = "Britain said it would phase out imports of Russian oil by the end of the year."
    assert classify(text).event_class == "policy"
    # counter-example: imports named in an attack's report do not outweigh it
    text = "A missile hit the port as imports of grain arrived, killing two."
    assert classify(text).event_class == "incident"


def test_judging_a_measure_is_diplomacy() -> None:
    assert classify(
        "Moscow called the measures illegal and said it would respond."
    ).event_class == ("diplomacy")
    assert classify("Li Qiang held consultations with Olaf Scholz.").event_class == "diplomacy"
    # counter-example: a law that makes something illegal is policy
    assert classify("Parliament passed a law making such protests illegal.").event_class == (
        "policy"
    )


def test_a_fight_reported_by_residents_is_not_the_states_statement() -> None:
    text = " date 2024-01-26 Gaza\nIn Khan Younis, Israeli forces fought Hamas near a hospital, residents said."
    (_, fight) = extract_events(parse_dispatch(text.encode()))
    assert fight.event_class == "incident" and fight.city == "Khan Younis"
    # counter-example: the state itself speaking is a statement
    text = (
        " date 2024-01-26 Gaza\nIsraeli officials said on Friday that Hamas had rejected the offer."
    )
    (_, statement) = extract_events(parse_dispatch(text.encode()))
    assert statement.event_class == "diplomacy"


def test_accusing_leans_to_diplomacy_and_a_surrender_is_fighting() -> None:
    text = (
        "Erdogan said Ankara would not approve the bids, accusing the two of harbouring militants."
    )
    assert classify(text).event_class == "diplomacy"
    assert classify("More than 250 fighters surrendered at the steelworks.").event_class == (
        "incident"
    )
    # counter-example: a parliament's approval is policy
    assert classify("Parliament voted to approve the bids.").event_class == "policy"


def _line_class(line: str) -> str:
    events = extract_events(parse_dispatch(f" date 2022-04-14 Sea\n{line}".encode()))
    return events[1].event_class


def test_a_state_reporting_a_happening_reports_the_incident() -> None:
    assert _line_class("Ukrainian officials said two missiles had struck the ship.") == "incident"
    # counter-examples: a state's word on its own strike, and a judgement on an attack
    text = "Russia's defence ministry said it had struck sites where attacks were prepared."
    assert _line_class(text) == "diplomacy"
    text = "Polish President Andrzej Duda said the blast was most likely an accident."
    assert _line_class(text) == "diplomacy"


def test_membership_talks_opened_are_policy_and_a_notice_is_diplomacy() -> None:
    text = "EU leaders agree to open membership talks with Ukraine and Moldova"
    assert classify(text).event_class == "policy"
    assert classify("Russia had been notified of the trip, the White House said.").event_class == (
        "diplomacy"
    )
    # counter-example: talks held are diplomacy
    assert classify("Zelensky held talks with Macron.").event_class == "diplomacy"


def test_a_count_of_the_dead_reported_by_a_state_is_the_incident() -> None:
    text = "Lebanon's health minister said three children and seven women were among the dead."
    assert _line_class(text) == "incident"
    assert classify("Torrential rain turned streets into rivers.").event_class == "incident"
    assert classify("Dozens of people were still missing.").event_class == "incident"
    # counter-example: a reaction to the dead is a statement
    assert _line_class("Kamala Harris said far too many civilians had been killed.") == (
        "diplomacy"
    )


def test_a_state_reporting_missiles_fired_reports_the_attack() -> None:
    text = "On Tuesday Yemen's Houthis said they had fired ballistic missiles at Israel."
    assert _line_class(text) == "incident"


def test_hostages_handed_over_are_diplomacy_and_a_hospital_count_is_an_incident() -> None:
    assert classify("Three hostages were handed to the Red Cross.").event_class == "diplomacy"
    assert classify("At least 49 people were taken to hospital.").event_class == "incident"
    # counter-example: a hospital that is only a place of a visit
    assert classify("The minister visited the hospital.").event_class == "diplomacy"


def test_a_partnership_is_diplomacy() -> None:
    text = "In Moscow, the two leaders signed statements on deepening their strategic partnership."
    assert classify(text).event_class == "diplomacy"
    # counter-example: a law signed is policy
    assert classify("Putin signed a law on mobilisation.").event_class == "policy"


def test_a_strike_only_feared_does_not_make_an_incident() -> None:
    text = "Parliament cancelled a session over the risk of a missile strike."
    assert classify(text).event_class == "policy"
    # counter-example: a strike that hit
    assert classify("A missile strike hit the parliament building.").event_class == "incident"


def test_thanks_trips_votes_and_outages() -> None:
    assert classify(
        "Zelensky thanked Scholz, saying the decision would save lives."
    ).event_class == ("diplomacy")
    assert classify("Scholz left for a three-day trip to China.").event_class == "diplomacy"
    assert classify("Voting begins in referendums in occupied regions").event_class == "policy"
    assert classify("About 3 million homes were without power.").event_class == "incident"
    # counter-example: a sum of money is money
    assert classify("Germany pledged 3 million euros.").event_class == "policy"


def test_a_military_destroying_equipment_reports_the_fighting() -> None:
    text = "Ukraine's military said it had destroyed a Russian S-400 air defence system in Crimea."
    assert _line_class(text) == "incident"


def test_a_claim_of_responsibility_is_about_the_attack() -> None:
    assert classify("The JNIM group claimed responsibility.").event_class == "incident"
    # counter-example: a denial of responsibility is diplomacy
    assert classify("The Kremlin denied responsibility.").event_class == "diplomacy"


def test_an_intention_with_no_decision_is_a_statement() -> None:
    text = "In Davos, the European Commission president said the EU would keep supporting Ukraine."
    assert _line_class(text) == "diplomacy"
    # counter-example: an intention that is a decision is policy
    assert _line_class("Germany said it would send more tanks to Ukraine.") == "policy"


def test_a_leader_named_with_no_cue_leans_to_diplomacy() -> None:
    assert _line_class("Zelensky in Hiroshima as the war enters its second year.") == "diplomacy"
    assert _line_class("India, Saudi Arabia and South Africa did not sign.") == "diplomacy"
    # counter-example: no actor, no cue, no class
    assert _line_class("The junta said the situation was under control.") == "unclassified"


def test_ground_forces_reported_by_their_state_are_fighting() -> None:
    text = "Israel's military said ground forces were expanding their operations in Gaza."
    assert _line_class(text) == "incident"
    assert classify("Twin bombings kill 28 in Balochistan on eve of election").event_class == (
        "incident"
    )
    # counter-example: the election itself is policy
    assert classify("The election commission said the vote would go ahead.").event_class == (
        "policy"
    )


def test_urging_states_to_ratify_is_an_appeal() -> None:
    text = "Stoltenberg said Sweden would also become a member, urging Turkey and Hungary to ratify its bid."
    assert _line_class(text) == "diplomacy"
    assert classify("Finland becomes NATO's 31st member").event_class == "policy"
    # counter-example: a parliament ratifying is policy
    assert _line_class("Hungary's parliament voted to ratify Sweden's bid.") == "policy"


def test_ambassadors_recalled_are_diplomacy() -> None:
    assert classify("Israel recalled its ambassadors from the three countries.").event_class == (
        "diplomacy"
    )
    # counter-example: a product recalled is no class at all
    assert classify("The company recalled its cars.").event_class != "incident"


def test_an_air_raid_alert_is_not_a_raid() -> None:
    assert classify("Biden walked through Kyiv as air raid sirens sounded.").event_class != (
        "incident"
    )
    # counter-example: a raid that hit
    assert classify("An air raid destroyed the school.").event_class == "incident"
    assert classify("The European Central Bank cut interest rates.").event_class == "policy"
    assert classify("The US military airdrops food into Gaza").event_class == "policy"


def test_what_a_state_called_something_is_no_speech() -> None:
    text = "On Monday Iran fired missiles at what it called an Israeli spy headquarters in Erbil."
    assert _line_class(text) == "incident"
    assert classify("Teachers will hold a minute's silence on Monday.").event_class == "policy"
    # counter-example: a state calling an attack a crime is a statement
    assert _line_class("Iran called the strike a crime.") == "diplomacy"


def test_present_tense_headlines_weigh_as_their_past_forms() -> None:
    assert classify("Biden meets Xi in San Francisco").event_class == "diplomacy"
    assert classify("Hungary ratifies Sweden's bid").event_class == "policy"
    assert classify("Bridge collapses after blast").event_class == "incident"
    assert classify("Russia vetoes UN resolution").event_class == "diplomacy"
    # counter-example: the forms carry their base's class, not a new one
    assert classify("Parliament dismisses the defence minister").event_class == "policy"


def test_a_state_saying_another_launched_an_attack_reports_it() -> None:
    text = "Ukraine's air force said Russia had launched 78 missiles and 106 drones at the grid."
    assert _line_class(text) == "incident"
    text = "Twenty-nine of the 67 people on board survived, Kazakhstan's emergencies ministry said."
    assert _line_class(text) == "incident"
    assert classify("Israeli troops raided the hospital.").event_class == "incident"
    # counter-example: a state saying something of another state is a statement
    assert _line_class("Poland said Russia was responsible for the tension.") == "diplomacy"


def test_officials_dismissed_are_policy_and_claims_dismissed_a_statement() -> None:
    assert _line_class("On Tuesday, Ukraine dismissed several senior officials.") == "policy"
    # counter-example: a state dismissing claims rebuts them
    assert _line_class("Russia dismissed the claims as lies.") == "diplomacy"


def test_the_main_clause_leads_a_headline_with_as() -> None:
    text = "Israeli tanks seize Rafah crossing as Gaza truce talks resume in Cairo"
    assert classify(text).event_class == "incident"
    assert classify(
        "The US paused a shipment of bombs over concerns about an assault."
    ).event_class == ("policy")
    assert classify("Japan issued a tsunami warning.").event_class == "policy"
    # counter-example: the casualty clause before "as" still leads
    assert classify("Two killed as missiles hit Kyiv").event_class == "incident"


def test_what_a_register_records_is_not_an_attack() -> None:
    text = (
        "The Council of Europe agreed to set up a register of damage caused by Russia's invasion."
    )
    assert classify(text).event_class == "policy"
    assert classify("China said it would hold live-fire drills around the island.").event_class == (
        "policy"
    )
    assert classify("Rajapaksa would step down on Wednesday.").event_class == "policy"
    assert classify("The prime minister said he would resign.").event_class == "policy"
    # counter-example: damage done is an incident
    assert classify("The blast caused damage to homes.").event_class == "incident"


def test_a_vague_count_of_dead_soldiers_reported_by_a_state_is_the_incident() -> None:
    assert _line_class("Syria's army said dozens of its soldiers had been killed.") == "incident"
    # counter-example: a vague count of something else is a statement
    assert _line_class("Syria's army said dozens of reports were false.") == "diplomacy"


def test_declaring_is_a_decision() -> None:
    text = (
        "Ukraine responded by declaring ships heading to Russian ports potential military targets."
    )
    assert classify(text).event_class == "policy"


def test_a_military_pulling_out_or_driving_out_reports_the_fighting() -> None:
    assert _line_class(
        "Russia's defence ministry said it had pulled its forces off the island."
    ) == ("incident")
    assert _line_class("Ukraine's military said it had driven them out after heavy shelling.") == (
        "incident"
    )


def test_a_terrorism_case_opened_is_policy() -> None:
    assert classify("Russia's Investigative Committee opened a terrorism case.").event_class == (
        "policy"
    )


def test_no_longer_transferring_is_a_decision_and_persona_non_grata_diplomacy() -> None:
    text = "Morawiecki said Warsaw was no longer transferring weapons to Ukraine."
    assert _line_class(text) == "policy"
    assert classify("Israel declared him persona non grata.").event_class == "diplomacy"


def test_what_a_happening_sent_flying_is_no_shipment() -> None:
    text = "A barge hit the pier at dawn, sending debris into the harbour."
    assert classify(text).event_class == "incident"
    # counter-example: a state sending arms decides
    assert classify("Norway is sending air defence systems to its ally.").event_class == ("policy")


def test_the_object_of_an_investigation_weighs_half() -> None:
    text = "The city council ordered an investigation into the stampede."
    assert classify(text).event_class == "policy"
    # counter-example: the stampede itself
    assert classify("A stampede at the stadium killed 12.").event_class == "incident"


def test_fires_set_smoke_and_searches_for_survivors_are_incidents() -> None:
    assert classify("Inmates set mattresses alight in their cells.").event_class == "incident"
    assert classify("Divers found no survivors in the wreck.").event_class == "incident"
    # counter-example: a government formed is a decision
    assert classify("The army said an interim government would be formed.").event_class == (
        "policy"
    )


def test_an_institution_a_happening_hits_is_no_decision_maker() -> None:
    text = "Rioters storm parliament and the supreme court in the capital"
    assert classify(text).event_class == "incident"
    # counter-example: an institution far from the happening's words still decides
    text = "Parliament passed the budget a day after a storm flooded the capital"
    assert classify(text).event_class == "policy"


def test_an_aside_about_the_subject_weighs_half() -> None:
    text = "The president, who was visiting the north, ordered a curfew in the capital."
    assert classify(text).event_class == "policy"
    scores = score("The president, who was visiting the north, ordered troops home.")[0]
    assert scores["diplomacy"] == 0.75
    # counter-example: the visit as the main verb keeps its weight
    assert score("The president was visiting the north.")[0]["diplomacy"] == 1.5


def test_landslides_are_incidents() -> None:
    assert classify("A landslide buried a bus carrying 20 people.").event_class == "incident"
    # counter-example: a landslide victory is an election's
    assert classify("The party won a landslide in the election.").event_class == "policy"


def test_naming_a_suspect_is_no_appointment() -> None:
    text = "Police named John Smith, a 40-year-old reservist, as the suspect; he is at large."
    assert classify(text).event_class == "incident"
    # counter-example: naming a minister is one
    assert classify("Zelensky named Rustem Umerov as the new defence minister.").event_class == (
        "policy"
    )


def test_sworn_in_and_kept_closed_are_decisions() -> None:
    assert classify("The vice president was sworn in as president.").event_class == "policy"
    assert classify("The embassy said it would remain closed.").event_class == "policy"


def test_what_an_order_is_to_bring_about_weighs_half() -> None:
    text = "The president ordered the army to attack the rebels' positions."
    assert classify(text).event_class == "policy"
    # counter-example: the attack itself
    assert classify("The army attacked the rebels' positions.").event_class == "incident"


def test_shooting_down_and_investigating() -> None:
    assert classify("US shoots down a balloon off the coast").event_class == "incident"
    text = "Police were investigating whether the fires had been set deliberately."
    assert classify(text).event_class == "policy"


def test_troops_leaving_or_surrounded_are_the_fighting() -> None:
    assert _line_class(
        "Russia says its troops have left Lyman as Ukrainian forces encircle it"
    ) == ("incident")
    text = "Ukraine's military said 5,000 Russian troops had been surrounded in the town."
    assert _line_class(text) == "incident"
    # counter-example: a state that left a treaty is diplomacy
    assert _line_class("Russia said it had withdrawn from the grain deal.") == "diplomacy"


def test_what_a_state_acknowledges_or_will_not_allow() -> None:
    text = "Zelensky acknowledged that Ukraine was conducting an offensive in Russia."
    assert _line_class(text) == "diplomacy"
    text = "Defence Minister Gallant said no fuel would be allowed into the Gaza Strip."
    assert _line_class(text) == "policy"
    text = "Ukraine proposed a neutral status in exchange for security guarantees."
    assert _line_class(text) == "diplomacy"
    # counter-example: the offensive itself
    assert _line_class("Ukrainian troops pushed their offensive deeper into Russia.") == (
        "incident"
    )


def test_a_rescue_is_part_of_the_happening() -> None:
    assert classify("Divers rescued 21 crew members from the burning ship.").event_class == (
        "incident"
    )


def test_regrouping_and_liberating_are_the_fighting_and_a_visit_aside_weighs_half() -> None:
    text = "Russia's defence ministry said it was regrouping forces from the Izium area."
    assert _line_class(text) == "incident"
    text = "Zelensky said Ukrainian forces had liberated 2,000 square kilometres."
    assert _line_class(text) == "incident"
    text = "Blinken, on a visit to Kyiv, announced $2.2 billion in military aid."
    assert _line_class(text) == "policy"
    # counter-example: the visit as the main act
    assert _line_class("Blinken arrived in Kyiv on a visit to discuss military aid.") == (
        "diplomacy"
    )


def test_a_weak_diplomacy_word_does_not_keep_a_report_of_a_hit_a_statement() -> None:
    text = "UNRWA chief Philippe Lazzarini said the school had been hit without prior warning."
    assert _line_class(text) == "incident"
    # counter-example: a condemnation stays one
    text = "UNRWA chief Philippe Lazzarini condemned the strike on the school."
    assert _line_class(text) == "diplomacy"


def test_ramming_is_a_happening_and_what_would_be_destroyed_is_none() -> None:
    assert classify("Two suspects stole cars and rammed pedestrians in the city.").event_class == (
        "incident"
    )
    assert _line_class("Netanyahu said the war would continue until Hamas was destroyed.") == (
        "diplomacy"
    )
    # counter-example: what was destroyed is told as a happening
    assert _line_class("Officials said the strike had destroyed a school.") == "incident"


def test_eruptions_denials_of_fire_and_orders_to_stay_away() -> None:
    assert classify("The volcano erupted on Sunday afternoon.").event_class == "incident"
    text = "The Israeli military said its troops had returned fire and had not fired shells at it."
    assert _line_class(text) == "diplomacy"
    text = "Residents were told to stay at least three kilometres from the crater."
    assert classify(text).event_class == "policy"
    # counter-example: firing told as a happening
    assert classify("Troops fired shells at the hospital.").event_class == "incident"


def test_allowing_is_a_decision_unless_it_is_a_condition() -> None:
    text = "The United States had allowed Ukraine to use long-range missiles inside Russia."
    assert classify(text).event_class == "policy"
    # counter-example: what a state would do if another allowed it is a statement
    text = "Putin said Russia would respond if the West allowed Ukraine to use long-range missiles."
    assert _line_class(text) == "diplomacy"


def test_a_states_word_on_its_own_strike_outweighs_the_strikes_words() -> None:
    text = "The Israeli military said it had struck an ambulance, killing several militants."
    assert _line_class(text) == "diplomacy"
    # counter-example: a state reporting another's strike reports the incident
    text = "Ukrainian officials said a Russian missile had struck the port, killing three."
    assert _line_class(text) == "incident"


def test_a_trailing_speaker_is_no_evidence_of_what_was_said() -> None:
    text = "The embassies of Albania and Portugal were damaged, Ukraine's foreign ministry said."
    assert classify(text).event_class == "incident"
    # counter-example: the ministry as the subject of a diplomatic act
    text = "Ukraine's foreign ministry summoned the ambassador after the embassy was damaged."
    assert classify(text).event_class == "diplomacy"


def test_blasts_and_openings() -> None:
    assert classify("Seismologists recorded two powerful blasts near the island.").event_class == (
        "incident"
    )
    assert classify("Officials opened the new gas pipeline on Tuesday.").event_class == "policy"
    # counter-example: opening fire
    assert classify("Gunmen opened fire on the crowd.").event_class == "incident"


def test_backing_a_plan_is_a_decision() -> None:
    text = "EU leaders meeting in Brussels backed a plan to use profits from frozen assets."
    assert classify(text).event_class == "policy"
    # counter-example: the meeting alone
    assert classify("EU leaders met in Brussels to discuss frozen assets.").event_class == (
        "diplomacy"
    )


def test_joining_an_alliance_is_a_decision() -> None:
    assert classify("Finland had joined the alliance in April last year.").event_class == ("policy")
    # counter-example: leaders joining veterans at a ceremony
    text = "Zelensky and Joe Biden joined veterans at ceremonies in Normandy."
    assert _line_class(text) == "diplomacy"


def test_falling_on_people_and_reopening() -> None:
    assert classify("The canopy fell on people waiting outside.").event_class == "incident"
    assert classify("The station had reopened after renovation.").event_class == "policy"
    # counter-example: a city that fell is no canopy on people
    assert classify("The town fell to Russian troops after heavy shelling.").event_class == (
        "incident"
    )


def test_an_extradition_request_is_diplomacy_and_a_leaders_told_happening_an_incident() -> None:
    text = "The United States had sought his extradition on drug trafficking charges."
    assert classify(text).event_class == "diplomacy"
    text = (
        "President Andres Manuel Lopez Obrador said migrants had set mattresses alight "
        "after learning they would be deported."
    )
    assert _line_class(text) == "incident"
    # counter-example: what a leader says would happen
    assert _line_class("Netanyahu said the war would go on until Hamas was destroyed.") == (
        "diplomacy"
    )


def test_a_people_acts_for_its_state_and_an_aside_does_not_hide_the_speaker() -> None:
    events_ = extract_events(
        parse_dispatch(b" date 2024-10-21 Moldovans narrowly back EU membership in referendum")
    )
    assert events_[0].country == "Moldova"
    text = (
        "President Maia Sandu, who won 42% in the election held the same day, said criminal "
        "groups had tried to buy 300,000 votes."
    )
    assert _line_class(text) == "diplomacy"
    assert classify("She will face the former prosecutor in a run-off.").event_class == "policy"
    # counter-example: the vote itself is a decision
    assert _line_class("Voters backed EU membership by 50.4%, the electoral commission said.") == (
        "policy"
    )


def test_an_operation_in_a_place_flight_and_suspended_contacts() -> None:
    assert classify(
        "Israel launches biggest West Bank operation in years in Jenin"
    ).event_class == ("incident")
    assert classify("Thousands of residents fled the camp.").event_class == "incident"
    text = "The Palestinian Authority said it was suspending contacts with Israel."
    assert classify(text).event_class == "diplomacy"
    # counter-example: an operation spoken of by the state that runs it
    assert _line_class("Israel's military said the operation targeted militants.") == ("diplomacy")


def test_a_trailing_speaker_after_the_reports_what_came_before() -> None:
    text = "Thousands of residents fled the camp, the Palestinian Red Crescent said."
    assert _line_class(text) == "incident"
    # counter-example: what came before is a judgement
    text = "The raid was a war crime, the Palestinian foreign ministry said."
    assert _line_class(text) == "diplomacy"


def test_homes_that_lost_power() -> None:
    assert classify("About 500,000 homes lost power, the commission said.").event_class == (
        "incident"
    )


def test_cutting_gas_is_a_decision() -> None:
    assert classify("Gazprom had cut gas flows through Nord Stream 1.").event_class == "policy"


def test_calling_the_attack_something_is_a_judgement() -> None:
    assert classify("Governor Jared Polis called the attack sickening.").event_class == (
        "diplomacy"
    )
    # counter-example: the attack told is the attack
    assert classify("The gunman opened fire in the club, killing five.").event_class == ("incident")


def test_a_happening_told_before_a_short_attribution_stays_the_happening() -> None:
    text = (
        " date 2024-01-24 Cargo plane crashes near the border, Moscow says Ukrainian "
        "prisoners were aboard\n"
        "Talks on the exchange stalled, Moscow says Ukrainian officials walked out."
    )
    crash, talks = extract_events(parse_dispatch(text.encode()))
    assert crash.event_class == "incident"
    # counter-example: with no happening before the comma, the statement about another
    # state is what the line tells
    assert talks.event_class == "diplomacy"


def test_a_law_sought_from_ones_own_legislature_is_policy() -> None:
    text = (
        " date 2023-03-27 Shooting at a school\n"
        "President Joe Biden called on Congress to pass a ban on assault weapons.\n"
        "Zelensky called on partners to send more air defence systems."
    )
    sought, appeal = extract_events(parse_dispatch(text.encode()))[1:]
    assert sought.event_class == "policy"
    # counter-example: an appeal to other states is diplomacy
    assert appeal.event_class == "diplomacy"


def test_a_swap_is_diplomacy() -> None:
    result = classify("Kyiv confirmed a swap had been planned for that day.")
    assert result.event_class == "diplomacy" and "swap" in result.cues


def test_reopening_schools_is_policy() -> None:
    result = classify("The government said it would reopen secondary schools for girls.")
    assert result.event_class == "policy" and "reopen" in result.cues


def test_military_exercises_announced_are_policy() -> None:
    result = classify("The three leaders also announced annual joint military exercises.")
    assert result.event_class == "policy"


def test_compensation_for_the_dead_is_a_decision() -> None:
    text = (
        " date 2024-07-31 Landslides kill at least 150 in India's Kerala\n"
        "Narendra Modi announced compensation of 200,000 rupees for the family of each of the dead."
    )
    compensation = extract_events(parse_dispatch(text.encode()))[1]
    assert compensation.event_class == "policy"
    assert compensation.event_date == "2024-07-31"  # the day it was announced


def test_a_head_of_state_the_tables_do_not_know_speaking_is_a_statement() -> None:
    text = (
        " date 2024-01-14 Lava reaches Grindavik\n"
        "President Gudni Johannesson said the country faced a daunting period.\n"
        "The weather was mild and the sea was calm."
    )
    statement, weather = extract_events(parse_dispatch(text.encode()))[1:]
    assert statement.event_class == "diplomacy"
    # counter-example: a line with no cue and no speaker stays unclassified
    assert weather.event_class == "unclassified"
