"""Killed / injured figures of one incident event.

Rules (eval/README.md): digits and number words count; "at least / more than /
over N" give N; vague quantities ("dozens") give nothing; subsets ("including
3 rescuers", "five of them children") are never added — every figure found for a
kind is a candidate and the largest wins, which is exactly "the total, not the
subset"; ages ("a 48-year-old") are masked; missing / trapped / evacuated /
rescued people are not casualties because only death and injury words attach a
number; "no one was hurt" / "no casualties" give 0 and 0, "no deaths" gives
killed 0. A person wounded who later died counts once, as killed.
"""

from __future__ import annotations

from typing import NamedTuple

from streams.text.casualty_groups import (
    GROUPS_INJURED,
    GROUPS_KILLED,
    KILLED_IN_ALL,
    STABBED_COUNT,
    TAKEN_THEN_KILLED,
)
from streams.text.casualty_masks import (
    NO_INJURIES,
    NO_ONE,
    NOBODY_HURT,
    NOBODY_KILLED,
    SWAPPED_WOUNDED_RE,
    mask_non_counts,
)
from streams.text.casualty_named import (
    NAMED_HEADLINE_KILLED,
    ONE_KILLED_OTHER_HURT,
    PAIR_INJURED,
    SURVIVED_HURT,
    TO_DEATH_COUNT,
    add_named_groups,
    named_killed,
)
from streams.text.casualty_parts import (
    NAMED_NUMBER_RE,
    NAMED_NUMBER_WORDS,
    add_counted_wholes,
    add_group_sums,
    casualty_windows,
    group_after_and,
    one_named,
    take_parts,
    whole_after_of,
)
from streams.text.casualty_patterns import (
    INJ_PATTERNS,
    INJURING_OTHERS,
    KILL_PATTERNS,
    KILLED_ONE_AND_OTHERS,
    NUMBER_IN_RE,
    PARTITIVE_INJURED,
    PARTITIVE_KILLED,
    REVISED_DOWN,
    WOUNDING_NAMED,
)
from streams.text.casualty_singles import (
    BARE_ROLE_KILLED,
    BOTH_HURT,
    FOUND_DEAD_LATER,
    HEADLINE_ONE_KILLED,
    KILLED_ONE_AND_AIDE,
    KILLED_WITH_FAMILY,
    KILLED_WITH_ONE,
    KILLED_WITH_RELATIVE,
    MORE_UNCOUNTED,
    NAMED_INJURED,
    NONE_SURVIVED,
    ONE_AND_N_OTHERS,
    ORDINAL_DEATH,
    ORDINAL_HURT,
    ORDINALS,
    PAIR_KILLED,
    SENT_TO_HOSPITAL,
    SINGLE_INJURED,
    SINGLE_KILLED,
    TOLL_AGAIN,
    UNCERTAIN_DEAD,
    WOUNDED_THEN_DIED,
)
from streams.text.casualty_starts import (
    INJ_GUARDS,
    INJ_START_IDS,
    INJ_WORDS,
    KILL_GUARDS,
    KILL_START_IDS,
    KILL_WORDS,
    all_starts,
    matches_at,
)
from streams.text.lexicon import contains_any
from streams.text.numbers import parse_number


class Casualties(NamedTuple):
    """(a named tuple: one per incident, cheaper to build than a frozen dataclass)"""

    killed: int | None
    injured: int | None
    cues: tuple[str, ...] = ()


# Any of these told, a count of the stabbed may hold the dead
DEATH_WORDS = ("died", "dead", "death", "kill", "fatal", "succumbed")


def _best(values: list[int]) -> int | None:
    return max(values) if values else None


def extract_casualties(text: str) -> Casualties:
    """Killed and injured figures stated in the text of one incident event."""
    window = casualty_windows(text)
    if not window:
        return Casualties(None, None)
    lower = window.lower()
    # (a substring test per word is cheaper than the alternation's scan, and most texts
    # hold none of the words)
    if contains_any(window, NAMED_NUMBER_WORDS) and NAMED_NUMBER_RE.search(window) is not None:
        # "the Tower 22 base", "Flight 370": a site's or a craft's number is no count
        lower = NAMED_NUMBER_RE.sub("sitemask", window).lower()
    cues: list[str] = []
    killed: list[int] = []
    injured: list[int] = []
    masked = mask_non_counts(lower)
    if "died" in masked:
        for match in WOUNDED_THEN_DIED.finditer(masked):
            killed.append(1)
            cues.append(match.group(0))
        if killed:  # nothing to blank otherwise
            masked = WOUNDED_THEN_DIED.sub(" ", masked)
    add_named_groups(window, lower, killed, cues)
    if "died" in masked or "succumbed" in masked or " body" in masked:
        for match in ORDINAL_DEATH.finditer(masked):
            killed.append(ORDINALS[match.group("n") or match.group("b") or match.group("v")])
            cues.append(match.group(0))
    if " second " in masked or " third " in masked or "th " in masked:
        for match in ORDINAL_HURT.finditer(masked):
            injured.append(ORDINALS[match.group("n")])
            cues.append(match.group(0))
    if " other" in masked:
        for match in ONE_AND_N_OTHERS.finditer(masked):
            value = parse_number(match.group("n") or match.group("m") or match.group("k"))
            if value is not None:
                killed.append(1 + value)
                cues.append(match.group(0))
    if "killing h" in masked or "killed h" in masked:
        for match in KILLED_WITH_FAMILY.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(2 + value)
                cues.append(match.group(0))
    if "none of" in masked and "survived" in masked:
        for match in NONE_SURVIVED.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
    has_none = (
        "no " in masked
        or "nobody" in masked
        or "no-one" in masked
        or "without" in masked
        or "none of" in masked
    )
    zero_all = NOBODY_HURT.search(masked) if has_none else None
    zero_killed = NOBODY_KILLED.search(masked) if has_none else None
    zero_injured = NO_INJURIES.search(masked) if has_none else None
    if has_none:
        # "no one" must not read as the number one
        masked = NO_ONE.sub(" nobody ", masked)
        if zero_all is None and "none of" in lower:
            zero_all = NOBODY_HURT.search(masked)  # ("None of the six ... was hurt")
    if ("prisoner" in masked or "swap" in masked or "exchange" in masked) and (
        SWAPPED_WOUNDED_RE.search(masked) is not None
    ):
        masked = SWAPPED_WOUNDED_RE.sub(" swapped ", masked)  # prisoners traded, not hit
    if "feared" in masked or "presumed" in masked or "believed" in masked:
        # "up to 60 people were feared dead": the missing, not a count of the dead
        masked = UNCERTAIN_DEAD.sub(" uncertain ", masked)
    starts: list[list[int]] | None = None
    if contains_any(masked, KILL_WORDS) or "toll" in masked:
        starts = all_starts(masked)
        for pattern, guard, first in zip(KILL_PATTERNS, KILL_GUARDS, KILL_START_IDS, strict=True):
            positions = starts[first]
            if not positions or (guard and not contains_any(masked, guard)):
                continue  # nowhere to start: no need for the guard's substring tests
            for match in matches_at(pattern, masked, positions):
                value = parse_number(match.group("n"))
                if value is not None:
                    killed.append(value)
                    cues.append(match.group(0).strip())
    if killed and "toll" in masked and (" risen to " in masked or " rose to " in masked):
        for match in TOLL_AGAIN.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
    if contains_any(masked, INJ_WORDS):
        if starts is None:
            starts = all_starts(masked)
        for pattern, guard, first in zip(INJ_PATTERNS, INJ_GUARDS, INJ_START_IDS, strict=True):
            positions = starts[first]
            if not positions or (guard and not contains_any(masked, guard)):
                continue  # nowhere to start: no need for the guard's substring tests
            for match in matches_at(pattern, masked, positions):
                value = parse_number(match.group("n"))
                if value is not None:
                    injured.append(value)
                    cues.append(match.group(0).strip())
    if " and " in masked and group_after_and(masked):
        worded = "kill" in masked or "died" in masked or "toll" in masked
        add_group_sums(masked, GROUPS_KILLED, worded, killed, cues)
        add_group_sums(
            masked,
            GROUPS_INJURED,
            "wound" in masked or "injur" in masked or "stabb" in masked,
            injured,
            cues,
        )
    if " in all" in masked or " in total" in masked or " altogether" in masked:
        for match in KILLED_IN_ALL.finditer(masked):
            if (value := parse_number(match.group("n"))) is not None:
                killed.append(value)
                cues.append(match.group(0))
    if not killed and " other" in masked:
        for match in KILLED_ONE_AND_OTHERS.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None and not NUMBER_IN_RE.search(match.group("who")):
                killed.append(1 + value)
                cues.append(match.group(0))
    if not killed and ("kill" in masked or "shot dead" in masked):
        pair = PAIR_KILLED.search(masked)
        if pair:
            killed.append(2)
            cues.append(pair.group(0))
    if not killed and (
        "kill" in masked
        or "gunned" in masked
        or "died" in masked
        or "dead" in masked
        or "body" in masked
        or "to death" in masked
        or "fatally" in masked
        or "could not" in masked
    ):
        for pattern in SINGLE_KILLED:
            single = pattern.search(masked)
            if single:
                if " as well as " in masked and MORE_UNCOUNTED.match(masked, single.end()):
                    break  # one and an untold number: no figure
                killed.append(1)
                cues.append(single.group(0))
                break
        if not killed and "found dead" in masked:
            later = FOUND_DEAD_LATER.search(masked)
            if later:
                killed.append(1)
                cues.append(later.group(0))
    if not killed and "to death" in masked:
        for match in TO_DEATH_COUNT.finditer(masked):
            value = parse_number(match.group("n") or match.group("m"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
    if " the other" in masked and (one_other := ONE_KILLED_OTHER_HURT.search(masked)):
        killed.append(1)
        injured.append(1)
        cues.append(one_other.group(0))
    if "survived with" in masked:
        for match in SURVIVED_HURT.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                injured.append(value)
                cues.append(match.group(0))
    if not killed and " them" in masked:
        for match in TAKEN_THEN_KILLED.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                killed.append(value)
                cues.append(match.group(0))
    if not killed and (" and his " in masked or " and her " in masked):
        relative = KILLED_WITH_RELATIVE.search(masked)
        if relative:
            killed.append(2)
            cues.append(relative.group(0))
    if not killed and ("killed with" in masked or "killed along with" in masked):
        with_one = KILLED_WITH_ONE.search(masked)
        if with_one:
            killed.append(2)
            cues.append(with_one.group(0))
    if (
        not killed
        and window is text
        and (HEADLINE_ONE_KILLED.match(masked) or NAMED_HEADLINE_KILLED.match(window))
    ):
        killed.append(1)  # (only at the start of the text: a headline's subject)
        cues.append("one named by role")
    if not killed and (named := named_killed(window, lower)) is not None:
        killed.append(named[0])
        cues.append(named[1])
    if not killed and "kill" in masked:
        bare = BARE_ROLE_KILLED.search(masked)
        if bare:
            killed.append(1)
            cues.append(bare.group(0))
    if " the other " in masked and (both := BOTH_HURT.search(masked)):
        injured.append(2)
        cues.append(both.group(0))
    if not injured and "hospital" in masked and (" sending " in masked or " sent " in masked):
        for match in SENT_TO_HOSPITAL.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                injured.append(value)
                cues.append(match.group(0))
    if not injured and ("wounded" in lower or "injured" in lower or "stabbed" in lower):
        for match in NAMED_INJURED.finditer(window):
            if one_named(window, match, headline_start=True):
                injured.append(1)
                cues.append(match.group(0))
                break
    if (
        not injured
        and " and " in masked
        and ("wound" in masked or "injur" in masked or "hurt" in masked)
    ):
        pair_hurt = PAIR_INJURED.search(masked)
        if pair_hurt:
            injured.append(2)
            cues.append(pair_hurt.group(0))
    if not injured and (
        "wound" in masked
        or "injur" in masked
        or "hurt" in masked
        or "stabb" in masked
        or "treated" in masked
        or "suffered" in masked
    ):
        one = SINGLE_INJURED.search(masked)
        if one:
            injured.append(1)
            cues.append(one.group(0))
    if (" and his " in masked or " and her " in masked) and (
        one_and_aide := KILLED_ONE_AND_AIDE.search(masked)
    ):
        killed.append(2)
        cues.append(one_and_aide.group(0))
    add_counted_wholes(masked, killed, cues)
    if not killed and "stabbed " in masked and not contains_any(masked, DEATH_WORDS):
        # (the largest figure wins: "stabbed four people ... before a passer-by shot and
        # wounded him" is four hurt)
        for match in STABBED_COUNT.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                injured.append(value)
                cues.append(match.group(0))
    if " others" in masked and WOUNDING_NAMED.search(window):
        for match in INJURING_OTHERS.finditer(masked):
            value = parse_number(match.group("n"))
            if value is not None:
                injured.append(value + 1)
                cues.append(match.group(0))
    if whole_after_of(masked):
        take_parts(masked, PARTITIVE_KILLED, killed, cues)
        take_parts(masked, PARTITIVE_INJURED, injured, cues)
    k = _best(killed)
    i = _best(injured)
    if k is not None and ("down" in masked or "lowered" in masked or "reduced" in masked):
        revised = REVISED_DOWN.search(masked)
        if revised is not None:
            lower_figure = parse_number(revised.group("n"))
            if lower_figure is not None and lower_figure < k:
                k = lower_figure
                cues.append(revised.group(0))
    if zero_all:
        cues.append(zero_all.group(0))
        k = 0 if k is None else k
        i = 0 if i is None else i
    if zero_killed and k is None:
        cues.append(zero_killed.group(0))
        k = 0
    if zero_injured and i is None:
        # "there were no injuries", with no death told: no one was hurt, 0 and 0 (as every
        # labeler reads it)
        i = 0
        if k is None and not killed:
            k = 0
    return Casualties(k, i, tuple(cues))
