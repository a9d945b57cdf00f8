"""What a state's statement reports: a happening on the ground (its verb, a count of
casualties, a military's own interceptions or moves) or only words (for statements.py)."""

from __future__ import annotations

import re

from streams.text.dates import letter_words
from streams.text.numbers import parse_number
from streams.text.statement_patterns import (
    CASUALTY_VERBS,
    DESTROYED_TARGETS,
    FIGHTERS,
    GROUND_MOVES,
    HAPPENING_VERBS,
    TOLL_SUBJECTS,
    VAGUE_COUNTS,
)


def interceptions(text: str) -> bool:
    """A military's count of what its air defences brought down, or of its own ground
    raids or captures, reports the fighting ("said it had shot down a Russian A-50", "had
    destroyed 50 Ukrainian drones", "its troops had begun ground raids into southern
    Lebanon", "its forces had taken full control of the town")."""
    if "shot down" in text or "intercepted" in text or "downed" in text:
        return True
    if (
        "raids into" in text
        or "ground raid" in text
        or "ground operation" in text
        or "ground forces" in text
    ):
        return True
    if "control of" in text and ("taken" in text or "took" in text or "seized" in text):
        return True  # "said its forces had taken full control of the town"
    if ("forces" in text or "troops" in text) and (
        # "Ukrainian forces retook the Boyko Towers platforms", "troops had entered
        # Kreminna", "its troops had broken the siege"
        "retook" in text
        or "recaptured" in text
        or "entered" in text
        or ("siege" in text and ("broken" in text or "broke " in text))
        or "captured the town" in text
        or "captured the village" in text
        or "captured the city" in text
        or "pulled" in text
        or "withdr" in text
        or " left " in text
        or "surrounded" in text
        or "encircle" in text
        or "regroup" in text
    ):
        # "said it had pulled its forces off the island", "its troops have left Lyman",
        # "5,000 Russian troops had been surrounded"
        return True
    if (
        "repelled" in text
        or "repulsed" in text
        or "beaten back" in text
        or "beat back" in text
        # "said special forces had landed near Cape Tarkhankut and clashed with Russian troops"
        or ("clashed with" in text and ("troops" in text or "forces" in text))
    ):
        return True  # "said its troops had beaten back repeated Russian assaults on the town"
    if "driven" in text and " out" in text:
        return True  # "said it had driven them out after heavy artillery strikes"
    if "destroyed" not in text:
        return False
    return any(target in text for target in DESTROYED_TARGETS)


def reports_happening(reported: str, scores: dict[str, float]) -> bool:
    """What a state said is a physical happening, with no word of diplomacy in the line:
    a verb of one ("had struck the ship"), or a count of casualties ("three children
    were among the dead", "29 of the 67 on board survived")."""
    if scores["diplomacy"] >= 1.0:  # (a weak word such as "warning", 0.5, is no sign)
        return False
    if reported.lower().startswith(TOLL_SUBJECTS):
        return True  # "said the dead included the head of its intelligence unit in Syria"
    if " come down " in reported or " came down " in reported:
        return True  # "reported that two fighter jets ... had come down in the Bryansk region"
    reported_words = letter_words(reported.lower())
    if not GROUND_MOVES.isdisjoint(reported_words) and not FIGHTERS.isdisjoint(reported_words):
        # "said Russian troops had entered Kreminna overnight", "said its troops were pushing
        # forward near Robotyne", "were holding their lines west of Avdiivka"
        return True
    return not HAPPENING_VERBS.isdisjoint(reported_words) or (
        not CASUALTY_VERBS.isdisjoint(reported_words) and starts_with_count(reported)
    )


_MODAL_RE = re.compile(r"\b(?:would|will|shall)\b")
_WORD_RUN_RE = re.compile(r"[a-z]+")


def future_before_happening(reported: str) -> bool:
    """Does a modal ("would", "will") come before the first verb of a happening?"""
    modal = _MODAL_RE.search(reported)
    if modal is None:
        return False
    for word in _WORD_RUN_RE.finditer(reported, 0, modal.start()):
        if word.group() in HAPPENING_VERBS:
            return False
    return True


def starts_with_count(reported: str) -> bool:
    first = reported.split(None, 1)[0].lower() if reported.strip() else ""
    if first == "that":
        rest = reported.split(None, 2)
        first = rest[1].lower() if len(rest) > 1 else ""
    # (a vague count is a count of casualties too: "dozens of its soldiers had been killed")
    return first[:1].isdigit() or parse_number(first) is not None or first in VAGUE_COUNTS
