"""Cue words a phrase gives another sense ("dead and buried", "the carrier strike group",
"a grave mistake"): ``discard_words_not_meant`` takes them out of a text's hits before
``classify.score`` weighs them."""

from __future__ import annotations

import re

from streams.text.classify_patterns import (
    ATTACK_CRAFT_RE,
    BILL_NAMED_RE,
    BLEW_UP,
    DEMAND_ELECTIONS_RE,
    DEMAND_RESIGNATION_RE,
    ELECTIVE_SURGERY_RE,
    ENVOY_SENT_RE,
    ENVOY_TITLES,
    FIRING_NOT_DONE_RE,
    GRAVE_ADJECTIVE_RE,
    LANDSLIDE_WIN_RE,
    MOVE_ORDER_RE,
    OWN_PEOPLE_HIT_RE,
    QUARREL_BLEW_UP_RE,
    RESIGNING,
    SIEGE_ORDERED_RE,
    STRIKE_SOUGHT_RE,
)

# "averts a nationwide rail strike": a stoppage of work, not an attack
LABOUR_STRIKE_RE = re.compile(
    r"\b(?:rail|railway|dock|port|transport|labou?r|teachers['’]?|doctors['’]?|nurses['’]?|"
    r"workers['’]?|nationwide|general|national|hunger)\s+strikes?\b"
)
STRUCK_DEAL_RE = re.compile(
    r"\bstrikes?\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}(?:deal|agreement|accord)\b"
)
CONDEMNED_THEN_ACTED_RE = re.compile(
    r"\bcondemned\b[^.;]{0,80}?\band\s+(?:ordered|announced|declared|set\s+up|imposed)\b"
)
# a bill written in lower case somewhere, beside a man named Bill
BILL_NAMED_PERSON_RE = re.compile(r"(?<!\A)(?<![.!?]\s)\bbills?\b|\bBill(?!\s+[A-Z][a-z])")
DEATH_HITS = frozenset(("died", "dies", "die", "death", "dead", "deaths"))
NATURAL_DEATH_RE = re.compile(
    r"\bdied\s+(?:[a-z]+\s+){0,3}?(?:of|from)\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:heart\s+attack|"
    r"cancer|(?:long\s+)?illness|natural\s+causes|stroke|pneumonia|old\s+age)\b"
    r"|\bdied\b[^.;]{0,60}?\bat\s+the\s+age\s+of\b|\bafter\s+a\s+long\s+illness\b"
)
SUCCESSION_RE = re.compile(
    r"\b(?:became|becomes|become|proclaimed|proclaims)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:king|queen|emperor|empress|monarch)\b|\bcrown\s+prince\b|\bthe\s+throne\b|"
    r"\b(?:takes|took|take)\s+(?:over\s+as\s+head\s+of\s+state|the\s+helm|charge)\b|"
    r"\bregency\b|\bsuccessor\b"
)
DIE_NOT_DONE_RE = re.compile(r"\b(?:to|could|would|will|may|might|not|or)\s+die\b")
SIREN_ALERT_RE = re.compile(r"\b(?:missile|air|air-raid|air\s+raid|rocket|drone)\s+alerts?\b")
GIVING_WAY = ("gave way", "give way", "gives way", "giving way")
IN_FORCE = ("came into force", "comes into force")
PAID_TO_BEREAVED_RE = re.compile(
    r"\b(?:rupees|dollars|euros|pounds|shillings|naira|pesos|yuan|compensation|payment|payments)"
    r"\b[^.;]{0,30}?\b(?:for|to)\s+the\s+(?:family|families|next\s+of\s+kin|relatives)\s+of\s+"
    r"(?:each|every|the|those)\b[^.;]{0,60}?\b(?:killed|dead|died|victims?)\b"
)
MONEY_POUNDS_RE = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|ten|five|two|three|four|six|seven|eight|nine))"
    r"\s+(?:million\s+|billion\s+)?pounds\b"
)
DEMANDED_REINSTATEMENT_RE = re.compile(
    r"\b(?:deadline|demand\w*|urg\w+|call\w*\s+on|press\w*|ultimatum)\b[^.;]{0,80}?\bto\s+reinstate\b"
)


def discard_words_not_meant(lower: str, hits: set[str], text: str = "") -> None:
    """Take out of ``hits`` the cue words a phrase gives another sense: "dead and buried",
    "the carrier strike group", "2,000-pound bombs", "attack drones" and the like."""
    if "condemned" in hits and " and " in lower and CONDEMNED_THEN_ACTED_RE.search(lower):
        # "Khaleda Zia condemned the attack and announced a judicial inquiry": a leader's
        # word before her own government's act; the act is what the line tells
        hits.discard("condemned")
    if (
        "opened" in hits
        and "opened fire" in hits
        and lower.count("opened") == lower.count("opened fire")
    ):
        hits.discard("opened")  # "opened fire on the women": shots, no inquiry opened
    if "alert" in hits and SIREN_ALERT_RE.search(lower) is not None:
        hits.discard("alert")  # "took cover in a shelter during a missile alert": no order
    if "dead" in hits and "dead and buried" in lower:
        hits.difference_update(("dead", "buried"))  # "the plan ... was dead and buried"
    if not hits.isdisjoint(BLEW_UP) and QUARREL_BLEW_UP_RE.search(lower) is not None:
        hits.difference_update(BLEW_UP)  # "a diplomatic row blew up": a quarrel, no blast
    if "bill" in hits and BILL_NAMED_RE.search(lower) is not None:
        hits.discard("bill")  # "President Bill Clinton", "CIA director Bill Burns": no law
    if " of each " in lower or " families of " in lower or " next of kin " in lower:
        paid = PAID_TO_BEREAVED_RE.search(lower)
        if paid is not None:
            # "announced 2 lakh rupees for the family of each person killed": a payment to
            # the bereaved, the dead told only as whose
            hits.difference_update(("killed", "dead", "died", "victims", "victim"))
            hits.add("compensation")
    if "state funeral" in hits and "attend" not in lower:
        hits.discard("state funeral")  # one a government announces is its own rite
    if "reinstate" in hits and DEMANDED_REINSTATEMENT_RE.search(lower) is not None:
        hits.discard("reinstate")  # "a deadline for the junta to reinstate Bazoum": a demand
    if not hits.isdisjoint(IN_FORCE) and not hits.isdisjoint(("truce", "ceasefire")):
        hits.difference_update(IN_FORCE)  # "the truce came into force": an accord's, no law's
    if " way to " in lower and not hits.isdisjoint(GIVING_WAY):
        hits.difference_update(GIVING_WAY)  # "the talks gave way to a deal": yielded
    if "caved in" in hits and "caved in to" in lower:
        hits.discard("caved in")  # "caved in to the strikers' demands": gave way, no collapse
    if "strike" in hits and "strike group" in lower:
        hits.discard("strike")  # "the carrier strike group": warships, not an attack
    if "resignation" in hits and DEMAND_RESIGNATION_RE.search(lower) is not None:
        hits.discard("resignation")  # "demands UN chief's resignation": a demand
    if "bill" in hits and "Bill " in text and BILL_NAMED_PERSON_RE.search(text) is None:
        hits.discard("bill")  # "Bill Stewart of ABC News was shot dead": a man, no law
    if not hits.isdisjoint(DEATH_HITS) and (
        NATURAL_DEATH_RE.search(lower) is not None or SUCCESSION_RE.search(lower) is not None
    ):
        # "Crown Prince Olav became King Olav V on the death of his father": a state's
        # succession, and a death of age or illness harms no one
        hits.difference_update(DEATH_HITS)
    if "die" in hits and DIE_NOT_DONE_RE.search(lower) is not None:
        hits.discard("die")  # "ready to die for the cause": no one dead
    if "election" in lower and DEMAND_ELECTIONS_RE.search(lower) is not None:
        hits.difference_update(("elections", "election"))  # "demanding early elections"
    if "assault" in hits and "assault rifle" in lower:
        hits.discard("assault")  # "2,500 assault rifles": arms, not an attack
    if "pound" in hits and "-pound" in lower and " pound" not in lower:
        hits.discard("pound")  # "2,000-pound bombs": a weight, not a bombardment
    if "wrecked" in hits and ("the wrecked " in lower or "a wrecked " in lower):
        hits.discard("wrecked")  # "from the wrecked Fukushima nuclear plant": a ruin named
    if "pounds" in hits and MONEY_POUNDS_RE.search(lower) is not None:
        hits.discard("pounds")  # "an extra 5 billion pounds for defence": money
    if "attack" in hits and ATTACK_CRAFT_RE.search(lower) and lower.count("attack") == 1:
        hits.discard("attack")  # "promises long-range attack drones": arms, not an attack
    if "sending" in hits and ", sending " in lower:
        # "was breached early on Tuesday, sending water surging down the river": what
        # a happening sent flying, not a state sending arms
        hits.discard("sending")
    if "landslide" in hits and LANDSLIDE_WIN_RE.search(lower):
        hits.discard("landslide")  # "won a landslide", "a landslide victory": a vote's
    if "surgery" in hits and ELECTIVE_SURGERY_RE.search(lower) is not None:
        hits.discard("surgery")  # "underwent prostate surgery": an illness, no harm done
    if "deal" in hits and " to deal with " in lower:
        hits.discard("deal")  # "resolved to deal with militant groups": handle, no accord
    if "amnesty" in hits and "amnesty international" in lower:
        hits.discard("amnesty")  # the rights group, not a pardon
    if "fire" in hits and FIRING_NOT_DONE_RE.search(lower) is not None:
        hits.discard("fire")
        if "a single shot" in lower:
            hits.discard("shot")
    if "envoy" in hits and "send" in hits and ENVOY_SENT_RE.search(lower) is not None:
        hits.difference_update(("send", "would send", "will send"))
    if not hits.isdisjoint(RESIGNING) and not hits.isdisjoint(ENVOY_TITLES):
        # "Several Georgian ambassadors ... resigned in protest": who resigned, not a mission
        hits.difference_update(ENVOY_TITLES)
    if "grave" in hits and GRAVE_ADJECTIVE_RE.search(lower) is not None:
        hits.discard("grave")  # "called it a 'grave mistake'"
    if "told" in lower or "tells" in lower:
        order = MOVE_ORDER_RE.search(lower)
        after = lower.find(" after ")
        # "told residents ... to head south": an order (not one told as what came before:
        # "tanks pushed into Deir el-Balah, a day after the army told residents to leave")
        if order is not None and not 0 <= after < order.start():
            hits.add("ordered to move")
    if "strike" in hits and lower.count("strike") == len(STRIKE_SOUGHT_RE.findall(lower)):
        hits.discard("strike")  # every strike only sought or feared: "a request to strike"
    if "exchange" in hits and ("exchange commission" in lower or "stock exchange" in lower):
        hits.discard("exchange")  # "the Securities and Exchange Commission": a name
    if ("its citizens" in hits or "its nationals" in hits) and OWN_PEOPLE_HIT_RE.search(lower):
        # "said two of its citizens were among the dead": a state's word on its people hit
        hits.difference_update(("its citizens", "its nationals"))
    if "strike" in hits and lower.count("strike") == len(LABOUR_STRIKE_RE.findall(lower)):
        hits.discard("strike")  # every strike told is a stoppage of work
    if "strike" in hits and STRUCK_DEAL_RE.search(lower) is not None and lower.count("strike") == 1:
        hits.discard("strike")  # "senators strike bipartisan deal": an accord struck
    if "struck" in hits and "struck down" in lower and lower.count("struck") == 1:
        # "the Supreme Court struck down Biden's plan": a ruling, no blow
        hits.discard("struck")
        hits.add("struck down")
    if "siege" in hits and SIEGE_ORDERED_RE.search(lower) is not None:
        hits.discard("siege")
        hits.add("ordered siege")
