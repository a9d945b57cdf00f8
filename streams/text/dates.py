"""The day an event happened, resolved against the dispatch date.

- "yesterday" -> the day before; "today", "this morning", "last night",
  "overnight", "during the night", "tonight" -> the dispatch day;
- "on Saturday", "late on Monday", "Friday's attack", "Tuesday evening" -> the
  latest such weekday on or before the dispatch date;
- explicit "April 1", "1 April", "March 14" -> that day in the year that puts it
  nearest the dispatch date; a day after the dispatch date is a plan, not an
  event, and is ignored;
- "by Sunday morning", "by evening" is when a figure was reported, not when the
  event happened, and is ignored;
- vague references ("earlier this month", "last month", "over the weekend",
  "since October 7", "in July") give ``None`` (``DateResult.vague``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from streams.text.date_patterns import (
    DAYS_AGO_RE,
    EXPLICIT_RE,
    HOLIDAY_RE,
    HOLIDAYS,
    ISO_HINT_RE,
    ISO_RE,
    MONTH_ALT,
    MONTHS,
    POSSESSIVE_DAY_RE,
    REPORTING_RE,
    SAID_BEFORE_RE,
    SAID_ON_DAY_RE,
    SAME_DAY_RE,
    SINCE_RE,
    THE_SAME_DAY_LOWER,
    VAGUE_RE,
    VISIT_ASIDE_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    WHO_ASIDE_RE,
    YESTERDAY_RE,
)
from streams.text.date_scope import (
    FUTURE_AFTER_POSSESSIVE_RE,
    FUTURE_BEFORE_RE,
    NAMED_EVENT_AFTER_RE,
    OBJECT_DAY_BEFORE_RE,
    dates_an_object_event,
    dates_the_act,
    names_an_event,
    ranks_against,
    retaliates_for,
)
from streams.text.lexicon import words
from streams.text.numbers import parse_number

# Words without which none of the expressions above can match: a cheap first test.
TRIGGERS = frozenset([*WEEKDAYS, *MONTHS, *MONTH_ALT.split("|")]) | words(
    "yesterday today tonight night overnight morning afternoon evening hours earlier later"
    " last weekend past since ago recent previous same before days weeks months far war"
    " offensive campaign conflict fighting"
    " occupation exhumed exhuming exhumation burial grave"
)
_WORDS_RE = re.compile(r"[a-z]+")
# Every byte but a-z -> space: ``letter_words`` is ``set(_WORDS_RE.findall(lower))``, faster.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def letter_words(lower: str) -> set[str]:
    """The runs of a-z of a lower-cased text (characters beyond Latin-1 become '?',
    Latin-1 letters beyond a-z separate words, as in ``[a-z]+``)."""
    data = lower.encode("latin-1", "replace").translate(_LETTERS_ONLY)
    return set(data.decode("latin-1").split())


class DateResult(NamedTuple):
    """(a named tuple: one or more per event, cheaper to build than a frozen dataclass)"""

    day: str | None  # ISO day, or None
    explicit: bool  # the text named the day itself (weekday, date, yesterday...)
    vague: bool  # the text gave only a vague time
    cue: str = ""


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    for index, month in enumerate(MONTHS, 1):
        if month.startswith(key):
            return index
    raise ValueError(name)


def _nearest_year(month: int, day: int, year: int | None, anchor: dt.date) -> dt.date | None:
    years = [year] if year else [anchor.year - 1, anchor.year, anchor.year + 1]
    best: dt.date | None = None
    for y in years:
        try:
            candidate = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    return best


_WEEKDAY_SET = frozenset(WEEKDAYS)
_MONTH_SET = frozenset(MONTH_ALT.split("|"))
_REPORTING_SET = words(
    "by until till from for takes take starting beginning as ahead before due expires expiring meet convene "
    "vote decide travel resume reconvene scheduled"
)
_YESTERDAY_SET = frozenset(("yesterday", "previous", "earlier", "before"))
# Words of the vague times a statement or decision is dated by (besides a month's name;
# "this year" is left to incidents; "over the weekend" dates an act it governs)
_VAGUE_SET = words("earlier later last during since days weeks months years recent weekend far")
_SAME_DAY_SET = words("today tonight night overnight morning afternoon evening hours")


class _Patterns(NamedTuple):
    reporting: re.Pattern[str]
    since: re.Pattern[str]
    explicit: re.Pattern[str]
    weekday: re.Pattern[str]
    days_ago: re.Pattern[str]
    yesterday: re.Pattern[str]
    same_day: re.Pattern[str]
    vague: re.Pattern[str]


_CASELESS = _Patterns(
    REPORTING_RE,
    SINCE_RE,
    EXPLICIT_RE,
    WEEKDAY_RE,
    DAYS_AGO_RE,
    YESTERDAY_RE,
    SAME_DAY_RE,
    VAGUE_RE,
)
# The same patterns, case-sensitive, for lower-cased text: two to three times faster.
# Exact when lower-casing keeps every offset and no character folds to ASCII letters
# in an IGNORECASE match (İ, ı, ſ, Kelvin sign), which ``resolve_date`` checks.
_LOWER = _Patterns(*(re.compile(p.pattern, p.flags & ~re.IGNORECASE) for p in _CASELESS))
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _blank(pattern: re.Pattern[str], body: str, original: str) -> tuple[str, str]:
    """``pattern.sub(" ", ...)`` found on ``body`` and applied to both texts alike."""
    spans = [m.span() for m in pattern.finditer(body)]
    if not spans:
        return body, original
    body_parts: list[str] = []
    original_parts: list[str] = []
    last = 0
    for a, b in spans:
        body_parts.append(body[last:a])
        original_parts.append(original[last:a])
        last = b
    body_parts.append(body[last:])
    original_parts.append(original[last:])
    return " ".join(body_parts), " ".join(original_parts)


def resolve_date(
    text: str,
    dispatch_date: str | None,
    *,
    allow_vague: bool = True,
    words: set[str] | None = None,
) -> DateResult:
    """Resolve the event day named in ``text`` against ``dispatch_date``; ``words`` is
    ``letter_words(text.lower())`` when the caller already has it."""
    if dispatch_date is None:
        return DateResult(None, False, False)
    if words is None:
        words = letter_words(text.lower())
    has_iso = ISO_HINT_RE.search(text) is not None and ISO_RE.search(text) is not None
    if (
        TRIGGERS.isdisjoint(words)
        and "christmas" not in words
        and "ew Year" not in text
        and not has_iso
        and not ("this" in words and ("year" in words or "week" in words))
        and not (" in 19" in text or " in 20" in text)  # "was killed in 1991"
    ):
        return DateResult(dispatch_date, False, False)  # most texts: no time words at all
    lower = text.lower()
    anchor = dt.date.fromisoformat(dispatch_date)
    weekdays = not _WEEKDAY_SET.isdisjoint(words)
    months = not _MONTH_SET.isdisjoint(words)
    # ``body`` is what the patterns search, ``original`` the same text as written (cues,
    # and the case-sensitive FUTURE_BEFORE_RE); offsets are the same in both.
    if len(lower) == len(text) and _FOLDS_TO_ASCII.search(text) is None:
        patterns, body, whole = _LOWER, lower, lower
    else:
        patterns, body, whole = _CASELESS, text, text
    original = text
    if (weekdays or months or "evening" in words or "morning" in words or "end" in words) and not (
        _REPORTING_SET.isdisjoint(words)
    ):
        body, original = _blank(patterns.reporting, body, original)
    if "since" in words or "as of" in lower or "which" in words:
        body, original = _blank(patterns.since, body, original)
    candidates: list[tuple[int, dt.date, str]] = []
    if months:
        for match in patterns.explicit.finditer(body):
            if match.group(1):
                month, day_of_month, year = match.group(1), int(match.group(2)), match.group(3)
            else:
                month, day_of_month, year = match.group(5), int(match.group(4)), match.group(6)
            found = _nearest_year(
                _month_number(month), day_of_month, int(year) if year else None, anchor
            )
            if found is not None and found <= anchor and (anchor - found).days < 370:
                if not allow_vague and names_an_event(original, match.start(), match.end()):
                    continue  # "staff accused of taking part in the October 7 attack"
                if retaliates_for(original, match.start()):
                    continue  # "strikes in retaliation for October 1 missile attack"
                candidates.append((match.start(), found, original[match.start() : match.end()]))
    if has_iso:
        for match in ISO_RE.finditer(body):
            try:
                found = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            if found <= anchor:
                candidates.append((match.start(), found, original[match.start() : match.end()]))
    if "christmas" in words or "new year" in lower or "boxing day" in lower:
        for match in HOLIDAY_RE.finditer(body.lower()):
            month, day_of_month = HOLIDAYS[" ".join(match.group(1).replace("’", "'").split())]
            found = _nearest_year(month, day_of_month, None, anchor)
            if found is not None and found <= anchor and (anchor - found).days < 30:
                candidates.append((match.start(), found, original[match.start() : match.end()]))
    if weekdays:
        for match in patterns.weekday.finditer(body):
            if match.group(0).lower().startswith("since"):
                continue
            if FUTURE_BEFORE_RE.search(original, max(0, match.start() - 100), match.start()):
                continue  # "will meet on Tuesday": a plan
            if match.group(0)[-2:] in ("'s", "’s") and FUTURE_AFTER_POSSESSIVE_RE.match(
                original, match.end()
            ):
                continue  # "Sunday's election would go ahead": a plan
            if (
                not allow_vague
                and match.group(0)[-2:] in ("'s", "’s")
                and NAMED_EVENT_AFTER_RE.match(original, match.end())
            ):
                continue  # "charged four men over Friday's attack": the attack's day
            if match.start(1) == match.start() and OBJECT_DAY_BEFORE_RE.search(
                original, max(0, match.start() - 30), match.start()
            ):
                continue  # "declared Sunday a day of mourning": the day it names
            name = match.group(1).lower()
            if name not in _WEEKDAY_SET:
                continue  # matched case-insensitively through a look-alike ("ſunday")
            target = WEEKDAYS.index(name)
            back = (anchor.weekday() - target) % 7
            if match.group(0).lower().startswith("last") and back == 0:
                back = 7
            candidates.append(
                (
                    match.start(),
                    anchor - dt.timedelta(days=back),
                    original[match.start() : match.end()],
                )
            )
    if ("days" in words and ("ago" in words or "earlier" in words)) or (
        "before" in words and "yesterday" in words
    ):
        for match in patterns.days_ago.finditer(body):
            ago = 2 if match.group(1) is None else parse_number(match.group(1).lower())
            if ago is not None and 0 < ago < 32:
                candidates.append(
                    (
                        match.start(),
                        anchor - dt.timedelta(days=ago),
                        original[match.start() : match.end()],
                    )
                )
    if not _YESTERDAY_SET.isdisjoint(words):
        for match in patterns.yesterday.finditer(body):
            candidates.append(
                (
                    match.start(),
                    anchor - dt.timedelta(days=1),
                    original[match.start() : match.end()],
                )
            )
    if candidates and not allow_vague:
        candidates = [c for c in candidates if not dates_an_object_event(original, c[0])]
    if len(candidates) > 1 and (", who " in original or "ed " in original or "ing " in original):
        # "Alejandro Arcos, who was sworn in on September 30, was killed on Sunday": the
        # day in an aside about someone is not the day of what the sentence tells
        asides = [a.span() for a in WHO_ASIDE_RE.finditer(original)]
        if allow_vague:
            asides += [a.span() for a in VISIT_ASIDE_RE.finditer(original)]
        kept = [c for c in candidates if not any(a <= c[0] < b for a, b in asides)]
        candidates = kept or candidates
    if len(candidates) > 1:
        candidates.sort(key=lambda c: c[0])
        if (
            SAID_BEFORE_RE.search(original, max(0, candidates[0][0] - 12), candidates[0][0])
            and POSSESSIVE_DAY_RE.match(original, candidates[1][0]) is not None
        ):
            # "said on Friday that Thursday's bombing had killed 47": the day it was said
            # gives way to the day of the happening told
            candidates = candidates[1:]
        elif (
            allow_vague
            and candidates[1][1] < candidates[0][1]
            and SAID_BEFORE_RE.search(original, max(0, candidates[0][0] - 12), candidates[0][0])
        ):
            # "the ministry said on Monday that 213 people had died in the truck bomb ...
            # in the early hours of Sunday": an incident's report is dated by the happening
            # it tells, not by the day it was told
            candidates = candidates[1:]
    if candidates:
        _, day, cue = min(candidates, key=lambda c: c[0])
        if (
            allow_vague
            and len(candidates) == 1
            and "since" in words
            and SAID_ON_DAY_RE.search(original) is not None
        ):
            # "On Friday UN monitors said more than 9,000 civilians had been killed since
            # the invasion began": a total told on a day, which is not when it happened
            for vague in patterns.vague.finditer(whole):
                if whole.startswith("since", vague.start()) and not ranks_against(
                    whole, vague.start()
                ):
                    return DateResult(None, False, True, text[vague.start() : vague.end()])
        return DateResult(day.isoformat(), True, False, cue)
    if not _SAME_DAY_SET.isdisjoint(words):
        same = patterns.same_day.search(body)
        if same:
            return DateResult(anchor.isoformat(), True, False, original[same.start() : same.end()])
    if allow_vague:
        for vague in patterns.vague.finditer(whole):
            if ranks_against(whole, vague.start()):
                continue  # "the largest attack since the start of the invasion"
            return DateResult(None, False, True, text[vague.start() : vague.end()])
    elif not _VAGUE_SET.isdisjoint(words) or months:
        first = patterns.vague.search(whole)
        if first is not None and dates_the_act(whole, first.start(), first.group(0)):
            return DateResult(None, False, True, text[first.start() : first.end()])
    return DateResult(anchor.isoformat(), False, False)


# "a day after Taliban gunmen killed 141 people": split off the act it dates (split.py),
# the happening is that many days before the act's day
_DAYS_BEFORE_ACT_RE = re.compile(
    r"(?:(?P<n>a|one|two|three|four)\s+days?|(?P<hours>hours)|(?P<vague>(?:several\s+|some\s+)?"
    r"days|(?:a|one|two|three|four|several|some)?\s*weeks?))\s+after\s"
)


def day_before_act(text: str, act_day: str | None, own_vague: bool = False) -> DateResult | None:
    """The day of a happening told as "a day after ..." / "hours after ..." / "after ..." of
    an act on ``act_day`` (None when ``text`` does not open so); ``own_vague``: the text
    gives a vague time of its own ("after three staff were killed at the weekend")."""
    if text.startswith("after ") and act_day is not None and not own_vague:
        # ("declared a state of emergency on Friday after gunmen fired on protesters"): no
        # later than the act, and told with it, so on its day
        return DateResult(act_day, True, False, "after")
    match = _DAYS_BEFORE_ACT_RE.match(text)
    if match is None:
        return None
    cue = match.group(0).strip()
    if match.group("vague") is not None or act_day is None:
        return DateResult(None, False, True, cue)
    days = 0 if match.group("hours") else parse_number(match.group("n").replace("a", "one"))
    if days is None:
        return None
    return DateResult(
        (dt.date.fromisoformat(act_day) - dt.timedelta(days=days)).isoformat(), True, False, cue
    )


def mentions_same_day(text: str) -> bool:
    """ "the same day" / "that day": the day of the event reported before."""
    lower = text.lower()
    if (
        "same" not in lower
        and "that day" not in lower
        and "that evening" not in lower
        and "that night" not in lower
        and "that morning" not in lower
        and "that afternoon" not in lower
        and " later" not in lower
        and " earlier" not in lower
        and "in the day" not in lower
        and " after the " not in lower
    ):
        return False
    return THE_SAME_DAY_LOWER.search(lower) is not None
