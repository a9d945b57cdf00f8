"""The nouns one casualty is told by, with no number ("a 43-year-old woman was killed",
"killing the driver", "shot dead a police marshal"), for ``casualty_singles``."""

from __future__ import annotations

import re

from streams.text.lexicon import trie_alternation

# One person, no number: "a 43-year-old woman was killed", "killing a civilian".
PERSON = trie_alternation(
    "man|woman|person|civilian|child|girl|boy|soldier|resident|driver|teenager|journalist|chief|"
    "paramedic|policeman|police officer|officer|worker|volunteer|pensioner|farmer|guard|student|"
    "medic|doctor|nurse|rescuer|firefighter|mother|father|daughter|son|wife|husband|brother|"
    "sister|baby|infant|grandmother|grandfather|bystander|passer-by|employee|reporter|"
    "photographer|cameraman|videographer|camerawoman|paramedic|teacher|priest|pilot|sailor|fisherman|shepherd|passenger|"
    "adviser|advisor|aide|official|diplomat|contractor|staffer|interpreter|engineer|lawyer|"
    "tourist|gunman|attacker|assailant|shooter|bomber|suspect|president|spectator|assistant|general|commander|"
    "author|writer|novelist|activist|politician|candidate|mayor|lawmaker|judge|magnate|tycoon|"
    "businessman|businesswoman|founder|oligarch|airman|serviceman|servicewoman|marine|sergeant|"
    "cleaner|sweeper|caretaker|janitor|porter|waiter|waitress|mechanic|technician|attache|"
    "member|crew member|survivor|citizen|protester|demonstrator|worshipper|pilgrim|migrant|"
    "hostage|patient|pedestrian|shopkeeper|vendor|attendant|flight attendant|steward|stewardess|"
    "reservist|conscript|policewoman|minister|prime minister|ambassador|envoy|consul|neighbour|"
    "neighbor|colleague|friend|relative|passer-by|bystander|uncle|aunt|cousin|nephew|niece|"
    "grandson|granddaughter|stepfather|stepmother|"
    # (trades, callings and ranks a report names one victim by)
    "butcher|customer|shopper|guest|villager|cyclist|motorist|commuter|labourer|laborer|miner|"
    "herder|trader|merchant|player|athlete|footballer|singer|rapper|musician|hiker|climber|"
    "fighter|militant|rebel|insurgent|gendarme|ranger|trooper|captain|lieutenant|colonel|corporal|"
    # ("its head of security", "killing a sacristan")
    "bodyguard|prosecutor|head of security|security chief|sacristan|monk|nun|imam|rabbi|pastor|bishop|archbishop|cardinal|"
    "deacon|cleric|preacher|pupil|schoolboy|schoolgirl|toddler|sixth-grader|first-grader|"
    # (offices a targeted killing names: "ETA killed a police inspector")
    "councillor|councilor|councilman|councilwoman|inspector|constable|detective|sheriff|"
    "deputy|senator|governor|professor|editor|presenter|broadcaster|surgeon|scientist|marshal|"
    # ("a second opposition legislator, David Too, was shot dead")
    "legislator|filmmaker|columnist|blogger|mp|widow|widower"
)

# "Schoolgirl, 15, stabbed to death": an age told after the person, between commas
PERSON_AGE_RE = re.compile(rf"\b({PERSON}),\s+\d{{1,2}},(?=\s)")
# (its cheap test: a literal comma lets the engine skip ahead)
AGE_BETWEEN_COMMAS_RE = re.compile(r",\s+\d{1,2},(?=\s)")
