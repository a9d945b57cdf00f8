"""The patterns of day expressions that ``dates.resolve_date`` reads.

Weekday and month names, reporting times and plans (masked first), vague
times, same-day words, explicit dates: compiled once, shared by the resolver.
"""

from __future__ import annotations

import re

from streams.text.numbers import NUMBER_SOURCE
from streams.text.word_starts import compile_at_words

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
MONTH_ALT = "|".join([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep"])
MONTH_ALT += "|oct|nov|dec"
WEEKDAY_ALT = "|".join(WEEKDAYS)

# Reporting times and plans: masked before anything else is looked at.
REPORTING_RE = compile_at_words(
    # ("declared a day of mourning for Wednesday": a day to come)
    rf"\b(?:by|until|till|from|for|starting|starting\s+on|beginning|as\s+of|ahead\s+of|before|"
    # "the grain deal, due to expire on Saturday": a day to come, not the act's
    rf"due\s+to\s+(?:expire|end|run\s+out|start|begin|resume)\s+on|expires\s+on|expiring\s+on|"
    # ("the signing, which had been due on Wednesday": a day that was to come)
    rf"due\s+on|"
    # "called the committee to meet on Thursday": a day to come
    rf"to\s+(?:meet|convene|vote|decide|travel|resume|reconvene)\s+on|scheduled\s+for|"
    # "Trump, who takes office on Monday": a day to come
    rf"takes\s+office\s+on|take\s+office\s+on)\s+"
    # "from noon on Friday until midnight on Saturday": an hour of a day to come (not
    # "shortly before midnight on Monday", the hour of what happened)
    r"(?:(?:(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=starting\s)|(?<=as\sof\s))"
    r"(?:noon|midday|midnight|dawn|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)"
    r"\s+(?:local\s+time\s+)?on\s+)?"
    rf"(?:(?:late|early)\s+)?(?:(?:{WEEKDAY_ALT})(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s)|(?:the\s+)?(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})"
    rf"|evening|morning|the\s+end\s+of\s+\w+)\b(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# "Thursday's bombing", "Saturday night's strikes": a happening named by its day
POSSESSIVE_DAY_RE = re.compile(r"[A-Za-z]+day(?:\s+(?:night|morning|evening|afternoon))?['’]s\b")
SAID_ON_DAY_RE = re.compile(
    r"^(?:On|Late\s+on|Early\s+on)\s+[A-Z][a-z]+day\b[^.;]{0,80}?\b(?:said|reported|announced)\b"
    # ("The health ministry's latest count, issued on Friday, put the number killed ...")
    r"|\b(?:said|reported|announced|issued|released|published)\s+(?:late\s+|early\s+)?on\s+"
    r"[A-Z][a-z]+day\b"
    # ("Navi Pillay told the Security Council on Monday that more than 5,000 had been killed")
    r"|\btold\s+(?:[\w'’-]+\s+){1,4}?on\s+[A-Z][a-z]+day\b"
)
WHO_ASIDE_RE = re.compile(
    r", who\s[^,;]*,"
    # "Damiba, toppled in Friday's coup, agreed on Sunday to step down": a participle's aside
    r"|,\s+[a-z]+(?:ed|en)\s+(?:in|on|at|during|after|since)\s[^,;]*,"
)
# "Deby, visiting the base at Bohoma on Tuesday, said 92 soldiers had died ... on Monday":
# the day of the speaker's visit, not of the happening told (read for incidents only: a
# visit is what a diplomacy line tells)
VISIT_ASIDE_RE = re.compile(r",\s+(?:visiting|touring|speaking|addressing|arriving)\s[^,;]*,")
SAID_BEFORE_RE = re.compile(r"\b(?:said|says|announced|reported|confirmed)\s+$")
VAGUE_RE = compile_at_words(
    r"\b(?:earlier|later)\s+(?:this|last|in\s+the)\s+(?:month|week|year)\b"
    r"|\blast\s+(?:month|week|year|summer|winter|spring|autumn)(?:['’]s)?\b"
    r"|\b(?<!earlier\s)(?<!later\s)this\s+(?:year|week)\b(?!['’]s)"
    # "over the past week" is vague; "over the past 24 hours" is the day of the report
    r"|\b(?:over|during)\s+the\s+(?:weekend|(?:past|last)\s+(?!24\s+hours|twenty-four\s+hours|night\b|day\b)\w+)\b"
    # ("killed four people at a tavern at the weekend", "last weekend")
    r"|\bat\s+the\s+weekend\b|\blast\s+weekend\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:war|fighting|conflict|invasion|offensive|clashes)\s+"
    r"(?:began|begun|started|broke\s+out|erupted)\b"
    # "have been killed since the coup": a total since a happening with no day told
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:coup|war|invasion|conflict|uprising|revolution|takeover|"
    r"insurgency)\b(?!\s+(?:began|begun|started|broke\s+out|erupted)\s+on\b)"
    r"|\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:seized|took|came\s+to)\s+power\b"
    # "The clashes between the two communities, which began on May 3, have killed more
    # than 100": a total since a happening's start
    r"|\b(?:clashes|fighting|violence|war|unrest|conflict)\b[^.;]{0,60}?,\s+which\s+(?:began|started|"
    r"erupted|broke\s+out)\b[^.;]{0,30}?,\s+(?:have|has|had)\s+(?:killed|left)\b"
    # "had been killed in the territory since the Hamas attack of October 7"
    r"|\bsince\s+the\s+(?:[\w-]+\s+){0,2}(?:attack|attacks|assault|massacre)\s+(?:of|on)\s+\w+(?:\s+\d{1,2})?\b"
    # "had been killed since the start of what it calls its special military operation"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\b"
    # "killed in unrest across the country since the ruling", "killed in 1991"
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:ruling|election|elections|vote|verdict|weekend)\b"
    # "killed in clashes since his arrest", "since the ceasefire deal was announced"
    r"|\bsince\s+(?:his|her|their|its)\s+(?:arrest|death|killing|ouster|release|election)\b"
    r"|\bsince\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were)\s+(?:announced|signed|agreed)\b"
    # "killed in the 12 days of the Russian blockade": a total over days
    # ("killed 1,500 people in the three days after its capture")
    r"|\b(?:in|over|during)\s+the\s+(?:first\s+)?(?:\d+|[a-z]+)\s+(?:days|weeks|months)\s+"
    r"(?:of|since|after|following)\b"
    # "killed in two days of unrest", "the toll from four days of communal violence"
    # ("in over a year of fighting")
    r"|\b(?:in|over|during|from)\s+(?:(?:over|more\s+than|nearly|almost|about)\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days|weeks|months|years?)\s+of\b"
    # ("a teenager born in 2008" dates a birth, not the happening)
    r"|(?<!born\s)\bin\s+(?:19|20)\d\d\b(?!\s*[-–]\d)"
    r"|\bsince\s+(?:it|they|the\s+\w+|fighting|clashes|violence)\s+(?:made\s+landfall|hit|struck|"
    r"began|started|arrived|resumed|erupted|escalated|flared|reached|spread"
    r"|broke\s+out|turned\s+on|launched|attacked)\b"
    rf"|\bsince\s+(?:the\s+)?(?:{WEEKDAY_ALT}|(?:(?:early|mid|late)[- ])?(?:{MONTH_ALT})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{MONTH_ALT})|\d{{4}}|the\s+start|the\s+beginning|then)\b"
    rf"|\bin\s+(?:(?:early|mid|late)[- ])?(?:{MONTH_ALT})\b(?!\s+\d)"
    # "Last June a release of sarin in Matsumoto killed seven people": a month, no day
    rf"|\blast\s+(?:{MONTH_ALT})\b(?!\s+\d)"
    # "The quake came days after Typhoon Tokage killed more than 70 people"
    r"|\b(?:came|come|comes|just|only|mere)\s+days\s+(?:after|before)\b"
    r"|\b(?:weeks|months|years)\s+ago\b|\bin\s+recent\s+(?:days|weeks|months)\b"
    # "had died during the four-day siege", "killed hundreds during a days-long assault": a
    # span (not "for months", a backdrop as often as a toll's span)
    r"|\bduring\s+(?:a|the)\s+(?:days-long|weeks-long|week-long|month-long|[a-z]+-day)\s+"
    r"(?:siege|assault|offensive|battle|standoff|operation|clashes|fighting|rampage)\b"
    # "a year earlier", "months before": no day ("four days earlier" has one)
    r"|\b(?:a|one|two|three|several|some)\s+(?:months?|years?)\s+(?:earlier|before|ago)\b"
    r"|\b(?:weeks|months|years)\s+(?:earlier|before)\b"
    r"|\bearlier\s+in\s+the\s+war\b"
    # "33,091 people had been killed in the war so far": a total with no day
    r"|\bin\s+the\s+(?:war|conflict|fighting)\s+so\s+far\b|\bso\s+far\s+in\s+the\s+(?:war|conflict)\b"
    # "the number of Palestinians killed in the war had passed 43,300"
    r"|\bkilled\s+in\s+the\s+(?:war|conflict)\s+(?:had|has|have)\b"
    # "killed since Israel began its attacks on June 13": a total since a start
    r"|\bsince\s+(?:\w+\s+){1,2}(?:began|launched|started|opened|resumed|renewed)\s+(?:its|their|the)\b"
    r"|\bsince\s+(?:[\w-]+\s+){1,8}?(?:began|started)\s+(?:fighting|clashing)\b"
    # "killed since protests over the cost of living began in Nigeria on August 1": a toll's
    # (not "pulled back ..., from where 5,700 have been evacuated since the offensive began")
    r"|(?<!evacuated\s)(?<!displaced\s)(?<!arrested\s)(?<!detained\s)(?<!fled\s)\bsince\s+"
    r"(?:[\w'’-]+\s+){1,8}?(?:began|started|erupted|broke\s+out)\b"
    # "since Israel began striking the territory on Friday", "since fighting between the
    # army and the RSF broke out on April 15": a total since a start
    r"|\bsince\s+(?:\w+\s+){1,2}(?:began|started)\s+[a-z]+ing\b"
    r"|\bsince\s+(?:the\s+)?(?:fighting|clashes|war|violence|conflict)\s+between\s+[^,.;]{1,80}?"
    r"\s+(?:broke\s+out|began|erupted|started)\b"
    # "found in the Kherson region since Ukrainian forces returned": since a retaking
    r"|\bsince\s+(?:\w+\s+){1,2}(?:returned|withdrew|retreated|pulled\s+out|retook|recaptured|"
    r"liberated)\b(?!\s+on\b)"
    # "410 bodies had so far been recovered": a running total
    r"|\b(?:have|has|had)\s+so\s+far\s+been\b"
    # "the offensive ... had so far killed 255 people"
    r"|\b(?:have|has|had)\s+so\s+far\s+(?:killed|left)\b"
    r"|\b(?:have|has|had)\s+been\s+(?:found|recovered|killed)\s+so\s+far\b"
    # "says 39,100 Palestinians have been killed in the war", "in the Gaza ground offensive":
    # a running total (present perfect; "had been killed in the strike" is one happening's)
    r"|\b(?:have|has)\s+been\s+killed\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:war|offensive|campaign|conflict)\b"
    # "had been killed in the West Bank ... as of June 15": a count up to a day
    rf"|\bas\s+of\s+(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT})\b"
    # the dead of an occupation, or of a mass grave, died on no day that is told
    r"|\bduring\s+the\s+(?:[\w-]+\s+){0,2}occupation\b"
    r"|\bexhum(?:ed|ing|ation)\b|\bmass\s+(?:grave|burial)|\bburial\s+site\b",
    re.IGNORECASE,
)
SAME_DAY_RE = compile_at_words(
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
    r"\b(?:the\s+same\s+(?:day|night)|that\s+(?:day|evening|night|morning|afternoon)|"
    r"(?:earlier|later)\s+in\s+the\s+day)\b"
    # "The same morning two aircraft were damaged": a line opening on the time of day of
    # the one before (inside a line, "signed it the same evening" is the line's own act's)
    r"|^(?:on\s+|in\s+)?the\s+same\s+(?:morning|evening|afternoon)\b"
    # "Hours later ...": a few hours after the event reported before, so on its day
    r"|^(?:(?:only|just|a\s+few|several|two|three)\s+)?(?:hours|minutes)\s+(?:later|earlier)\b"
    # "About two hours after the first blast, a second car bomb went off"
    r"|\b(?:hours|minutes|an\s+hour)\s+after\s+the\s+(?:first|initial|earlier)\b",
    re.I,
)
# (the same words, case-sensitive, for lower-cased text: no IGNORECASE scan)
THE_SAME_DAY_LOWER = re.compile(THE_SAME_DAY_RE.pattern)
WEEKDAY_RE = compile_at_words(
    rf"\b(?:(?:on|late\s+on|early\s+on|last|since|late|early|on\s+the\s+night\s+of)\s+)?({WEEKDAY_ALT})\b"
    r"(?:['’]s)?",
    re.IGNORECASE,
)
EXPLICIT_RE = re.compile(
    rf"\b(?:({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_ALT})\.?(?:,?\s+(\d{{4}}))?)\b",
    re.IGNORECASE,
)
SINCE_RE = re.compile(
    # ("as of June 15": the day a count runs to, not a happening's)
    rf"\b(?:since|as\s+of)\s+(?:(?:{MONTH_ALT})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT}"
    # "since the fighting began on April 15": the start of a total, not the event's day
    r"|the\s+(?:[\w-]+\s+)?(?:war|fighting|conflict|invasion|offensive|clashes)\s+"
    r"(?:began|begun|started|broke\s+out|erupted)"
    rf"(?:\s+on\s+(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT}))?"
    # "has killed 59 people since it made landfall near Haiphong on Saturday"
    # ("killed since the ELN turned on FARC dissidents and civilians on Thursday")
    rf"|(?:it|they|the\s+\w+|fighting|clashes|violence)\s+(?:made\s+landfall|hit|struck|began|started|arrived|broke\s+out|"
    rf"turned\s+on|launched|attacked|resumed|erupted|escalated|flared)"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+on\s+(?:{WEEKDAY_ALT})"
    rf"|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were)\s+(?:announced|signed|agreed)\s+on\s+(?:{WEEKDAY_ALT})"
    # "since the Hamas attack of October 7": a total since a dated happening
    r"|the\s+(?:[\w-]+\s+){0,2}(?:attack|attacks|assault|invasion|offensive|massacre)\s+(?:of|on)\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT}))"
    # "since Israel began its attacks on June 13"
    r"|(?:\w+\s+){1,2}(?:began|launched|started|opened|resumed|renewed)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?on\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT})"
    # "since the army and the paramilitary Rapid Support Forces began fighting on Saturday"
    r"|(?:\w+\s+){1,2}(?:began|started)\s+[a-z]+ing\s+(?:[\w'’-]+\s+){0,4}?on\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT})"
    r"|(?:the\s+)?(?:fighting|clashes|war|violence|conflict)\s+between\s+[^,.;]{1,80}?"
    r"\s+(?:broke\s+out|began|erupted|started)\s+on\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT})"
    # "since protests over the cost of living began in Nigeria on August 1"
    # (not "its heaviest rainfall since records began in 1949 on Tuesday")
    r"|(?:[\w'’-]+\s+){1,8}?(?:began|started|erupted|broke\s+out)(?:\s+(?!\d{4}\b)[\w'’-]+){0,4}?\s+on\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT})"
    r"|(?:[\w-]+\s+){1,8}?(?:began|started)\s+(?:fighting|clashing)\s+on\s+"
    rf"(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT})|{WEEKDAY_ALT}))\b"
    # "The clashes ..., which began on May 3, have killed more than 100": a total's start
    r"|\b(?:clashes|fighting|violence|war|unrest|conflict)\b[^.;]{0,60}?,\s+which\s+(?:began|started|"
    rf"erupted|broke\s+out)\s+on\s+(?:(?:{MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_ALT}))"
    r"(?=,\s+(?:have|has|had)\s+(?:killed|left)\b)",
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
ISO_HINT_RE = re.compile(r"-\d\d-\d\d")

# Days of the year named by their feast: "on New Year's Day", "on Christmas Eve"
HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
}
# (told as a day, "on New Year's Day", not as a name: "a New Year's Eve mass")
HOLIDAY_RE = re.compile(
    r"\b(?:on|early\s+on|late\s+on)\s+(new\s+year['’]s\s+(?:day|eve)|christmas\s+(?:day|eve)|"
    r"boxing\s+day)\b"
)
