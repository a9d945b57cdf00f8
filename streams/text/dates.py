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
from streams.text.numbers import NUMBER_SOURCE, parse_number

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ALT = "|".join([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep"])
_MONTH_ALT += "|oct|nov|dec"
_WD = "|".join(WEEKDAYS)

# Reporting times and plans: masked before anything else is looked at.
REPORTING_RE = re.compile(
    # ("declared a day of mourning for Wednesday": a day to come)
    rf"\b(?:by|until|till|from|for|starting|starting\s+on|beginning|as\s+of|ahead\s+of|before|"
    # "the grain deal, due to expire on Saturday": a day to come, not the act's
    rf"due\s+to\s+(?:expire|end|run\s+out|start|begin|resume)\s+on|expires\s+on|expiring\s+on|"
    # "called the committee to meet on Thursday": a day to come
    rf"to\s+(?:meet|convene|vote|decide|travel|resume|reconvene)\s+on|scheduled\s+for|"
    # "Trump, who takes office on Monday": a day to come
    rf"takes\s+office\s+on|take\s+office\s+on)\s+"
    # "from noon on Friday until midnight on Saturday": an hour of a day to come (not
    # "shortly before midnight on Monday", the hour of what happened)
    r"(?:(?:(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=starting\s)|(?<=as\sof\s))"
    r"(?:noon|midday|midnight|dawn|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)"
    r"\s+(?:local\s+time\s+)?on\s+)?"
    rf"(?:(?:late|early)\s+)?(?:(?:{_WD})(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s)|(?:the\s+)?(?:{_MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_ALT})"
    rf"|evening|morning|the\s+end\s+of\s+\w+)\b(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# "Thursday's bombing", "Saturday night's strikes": a happening named by its day
POSSESSIVE_DAY_RE = re.compile(r"[A-Za-z]+day(?:\s+(?:night|morning|evening|afternoon))?['’]s\b")
SAID_ON_DAY_RE = re.compile(
    r"^(?:On|Late\s+on|Early\s+on)\s+[A-Z][a-z]+day\b[^.;]{0,80}?\b(?:said|reported|announced)\b"
    r"|\b(?:said|reported|announced)\s+(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\b"
)
WHO_ASIDE_RE = re.compile(r", who\s[^,;]*,")
SAID_BEFORE_RE = re.compile(r"\b(?:said|says|announced|reported|confirmed)\s+$")
VAGUE_RE = re.compile(
    r"\b(?:earlier|later)\s+(?:this|last|in\s+the)\s+(?:month|week|year)\b"
    r"|\blast\s+(?:month|week|year|summer|winter|spring|autumn)(?:['’]s)?\b"
    r"|\b(?<!earlier\s)(?<!later\s)this\s+(?:year|week)\b(?!['’]s)"
    # "over the past week" is vague; "over the past 24 hours" is the day of the report
    r"|\b(?:over|during)\s+the\s+(?:weekend|(?:past|last)\s+(?!24\s+hours|twenty-four\s+hours|night\b|day\b)\w+)\b"
    r"|\bsince\s+the\s+(?:\w+\s+)?(?:war|fighting|conflict|invasion|offensive|clashes)\s+"
    r"(?:began|begun|started|broke\s+out|erupted)\b"
    # "have been killed since the coup": a total since a happening with no day told
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:coup|war|invasion|conflict|uprising|revolution|takeover|"
    r"insurgency)\b(?!\s+(?:began|begun|started|broke\s+out|erupted)\s+on\b)"
    r"|\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:seized|took|came\s+to)\s+power\b"
    # "killed in unrest across the country since the ruling", "killed in 1991"
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:ruling|election|elections|vote|verdict|weekend)\b"
    # "killed in clashes since his arrest", "since the ceasefire deal was announced"
    r"|\bsince\s+(?:his|her|their|its)\s+(?:arrest|death|killing|ouster|release|election)\b"
    r"|\bsince\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were)\s+(?:announced|signed|agreed)\b"
    # "killed in the 12 days of the Russian blockade": a total over days
    r"|\b(?:in|over|during)\s+the\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months)\s+(?:of|since)\b"
    r"|\bin\s+(?:19|20)\d\d\b(?!\s*[-–]\d)"
    r"|\bsince\s+(?:it|they|the\s+\w+|fighting|clashes|violence)\s+(?:made\s+landfall|hit|struck|"
    r"began|started|arrived"
    r"|broke\s+out|turned\s+on|launched|attacked)\b"
    rf"|\bsince\s+(?:the\s+)?(?:{_WD}|(?:(?:early|mid|late)[- ])?(?:{_MONTH_ALT})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{_MONTH_ALT})|\d{{4}}|the\s+start|the\s+beginning|then)\b"
    rf"|\bin\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH_ALT})\b(?!\s+\d)"
    r"|\b(?:weeks|months|years)\s+ago\b|\bin\s+recent\s+(?:days|weeks|months)\b"
    # "a year earlier", "months before": no day ("four days earlier" has one)
    r"|\b(?:a|one|two|three|several|some)\s+(?:months?|years?)\s+(?:earlier|before|ago)\b"
    r"|\b(?:weeks|months|years)\s+(?:earlier|before)\b"
    r"|\bearlier\s+in\s+the\s+war\b",
    re.IGNORECASE,
)
SAME_DAY_RE = re.compile(
    r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|last\s+night|overnight"
    r"|during\s+the\s+night|early\s+hours|in\s+the\s+early\s+hours|earlier\s+today)\b",
    re.IGNORECASE,
)
YESTERDAY_RE = re.compile(
    r"\byesterday\b|\bthe\s+previous\s+day\b|\ba\s+day\s+earlier\b"
    # "The day before, the SBU had charged him": only leading a sentence (in "who had
    # made a visit the day before" it dates the visit, not what the line reports)
    r"|^the\s+day\s+before\b(?!\s+yesterday)",
    re.I,
)
THE_SAME_DAY_RE = re.compile(
    r"\b(?:the\s+same\s+day|that\s+(?:day|evening|night|morning|afternoon)|the\s+same\s+night|"
    r"(?:earlier|later)\s+in\s+the\s+day)\b"
    # "Hours later ...": a few hours after the event reported before, so on its day
    r"|^(?:(?:only|just|a\s+few|several|two|three)\s+)?(?:hours|minutes)\s+(?:later|earlier)\b",
    re.I,
)
# (the same words, case-sensitive, for lower-cased text: no IGNORECASE scan)
_THE_SAME_DAY_LOWER = re.compile(THE_SAME_DAY_RE.pattern)
WEEKDAY_RE = re.compile(
    rf"\b(?:(?:on|late\s+on|early\s+on|last|since|late|early|on\s+the\s+night\s+of)\s+)?({_WD})\b"
    r"(?:['’]s)?",
    re.IGNORECASE,
)
EXPLICIT_RE = re.compile(
    rf"\b(?:({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?(?:,?\s+(\d{{4}}))?)\b",
    re.IGNORECASE,
)
SINCE_RE = re.compile(
    rf"\bsince\s+(?:(?:{_MONTH_ALT})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{_MONTH_ALT})|{_WD}"
    # "since the fighting began on April 15": the start of a total, not the event's day
    r"|the\s+(?:\w+\s+)?(?:war|fighting|conflict|invasion|offensive|clashes)\s+"
    r"(?:began|begun|started|broke\s+out|erupted)"
    rf"(?:\s+on\s+(?:(?:{_MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_ALT})|{_WD}))?"
    # "has killed 59 people since it made landfall near Haiphong on Saturday"
    # ("killed since the ELN turned on FARC dissidents and civilians on Thursday")
    rf"|(?:it|they|the\s+\w+|fighting|clashes|violence)\s+(?:made\s+landfall|hit|struck|began|started|arrived|broke\s+out|"
    rf"turned\s+on|launched|attacked)"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+on\s+(?:{_WD})"
    rf"|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were)\s+(?:announced|signed|agreed)\s+on\s+(?:{_WD}))\b",
    re.IGNORECASE,
)
DAYS_AGO_RE = re.compile(
    # ("Four days earlier, a drone had hit ...": counted back from the dispatch's day)
    rf"\b(?:({NUMBER_SOURCE})\s+days\s+(?:ago|earlier)|the\s+day\s+before\s+yesterday)\b",
    re.IGNORECASE,
)
ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Found wherever ISO_RE matches; its literal first character lets the regex engine jump
# from one "-" to the next, a cheap first test on the many texts with a hyphen.
_ISO_HINT_RE = re.compile(r"-\d\d-\d\d")


# Words without which none of the expressions above can match: a cheap first test.
TRIGGERS = frozenset([*WEEKDAYS, *MONTHS, *_MONTH_ALT.split("|")]) | words(
    "yesterday today tonight night overnight morning afternoon evening hours earlier later"
    " last weekend past since ago recent previous same before"
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
_MONTH_SET = frozenset(_MONTH_ALT.split("|"))
_REPORTING_SET = words(
    "by until till from for takes take starting beginning as ahead before due expires expiring meet convene "
    "vote decide travel resume reconvene scheduled"
)
_YESTERDAY_SET = frozenset(("yesterday", "previous", "earlier", "before"))
# Words of the vague times a statement or decision is dated by (besides a month's name;
# "this year" is left to incidents; "over the weekend" dates an act it governs)
_VAGUE_SET = words("earlier later last during since weeks months years recent weekend")
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
    has_iso = _ISO_HINT_RE.search(text) is not None and ISO_RE.search(text) is not None
    if (
        TRIGGERS.isdisjoint(words)
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
    if "since" in words:
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
    if len(candidates) > 1 and ", who " in original:
        # "Alejandro Arcos, who was sworn in on September 30, was killed on Sunday": the
        # day in an aside about someone is not the day of what the sentence tells
        asides = [a.span() for a in WHO_ASIDE_RE.finditer(original)]
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
    ):
        return False
    return _THE_SAME_DAY_LOWER.search(lower) is not None
