"""What a dispatch's headline takes from its body: a place the gazetteer lacks, a day.

A headline rarely dates or fully places its happening; the first body report of it
does (linking.link_incidents calls these before linking the body).
"""

from __future__ import annotations

import datetime as dt

from streams.text.dates import resolve_date
from streams.text.draft import Draft
from streams.text.gazetteer import fold
from streams.text.identity import is_anaphoric, is_update
from streams.text.linking_patterns import DAYS_AFTER_RE, NATIONWIDE_RE
from streams.text.model import Place
from streams.text.numbers import parse_number


def headline_place(headline: Draft, body: list[Draft]) -> None:
    """A headline naming a place the gazetteer lacks ("Hroza mourns...") takes it from the
    first body report that names it ("the village of Hroza"), with the country the body
    gives it ("in Tudun Biri, in Kaduna state"). So does a headline naming a small town
    with no cue the scan trusts ("as Lahaina lies in ashes"), but not one whose name the
    scan read otherwise (a region, a place "near" which, one of a list)."""
    for d in body:
        if d.place is None:
            continue
        at = headline.text.find(d.place.name)
        if at < 0:
            continue
        if d.place.geonames_id is None or not any(m.start <= at < m.end for m in headline.mentions):
            headline.place, headline.country = d.place, d.country
            return


def same_place(a: Place, b: Place) -> bool:
    """One city, though a village the gazetteer lacks may not know its country yet."""
    if a.geonames_id is not None and b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    if fold(a.name) != fold(b.name):
        return False
    # (one named without the gazetteer, as "Lebanese village of Almat" is, is the other
    # told again, whatever country the gazetteer gives its namesake)
    return a.geonames_id is None or b.geonames_id is None or a.country == b.country


def _told_before_its_update(d: Draft, dispatch_day: str | None) -> bool:
    """A report whose first sentence tells the happening with its own day and a later
    one the update ("struck a convoy late on Sunday, the minister said. The Baloch
    Liberation Army claimed responsibility."): the happening's day is the first's."""
    first, dot, _ = d.text.partition(". ")
    if not dot or not d.explicit_day or is_update(first):
        return False
    return resolve_date(first, dispatch_day).day == d.day


def headline_day(headline: Draft, body: list[Draft]) -> None:
    elsewhere_told = False
    for d in body:
        if (
            d.index == 0
            and d.vague_day
            and (
                (d.place is None and is_update(headline.text) and not d.names_a_place)
                # (the same total, wherever the body says the storm came ashore)
                or (headline.killed is not None and d.killed == headline.killed)
            )
        ):
            # "Flood toll passes 1,100" over "1,136 killed since mid-June", "Typhoon kills
            # 59" over "has killed 59 since it made landfall": the headline's toll is the
            # body's total, which has no one day
            headline.day = None
            return
        if d.place is None and not d.names_a_place and d.index == 0 and not d.vague_day:
            # a report naming no place follows the headline ("A gunman opened fire at
            # an elementary school on Tuesday"); a toll update's day is the update's, and
            # after a happening elsewhere a report follows that one, not the headline
            if (
                (is_update(d.text) and not _told_before_its_update(d, headline.day))
                or NATIONWIDE_RE.search(d.text)
                or elsewhere_told
            ):
                continue
            if d.explicit_day:
                headline.day = d.day
            return
        if (
            headline.place is not None
            and d.place is None
            and d.index == 0
            and d.explicit_day
            and is_anaphoric(d.text)
            and not is_update(d.text)
        ):
            # "The fire broke out late on Monday at a facility near the border crossing to
            # El Paso": the headline's happening, told with its day
            headline.day = d.day
            return
        if headline.place is not None and (
            d.place is None or not same_place(d.place, headline.place)
        ):
            elsewhere_told = elsewhere_told or d.place is not None
            continue
        if d.explicit_day:
            headline.day = d.day
        return


def days_before_the_headline(drafts: list[Draft]) -> None:
    """ "The attack came six days after a suicide bomber killed 31 people in Sialkot", with
    no day of its own: the happening told is six days before the one the headline reports
    (whose day the caller has settled)."""
    anchor = drafts[0].day if drafts and drafts[0].line == 0 else None
    if anchor is None:
        return
    for d in drafts:
        if d.line == 0 or d.explicit_day or d.vague_day or not d.text.startswith("T"):
            continue
        told = DAYS_AFTER_RE.match(d.text)
        if told is None:
            continue
        n = 1 if told.group("n") == "a" else parse_number(told.group("n"))
        if n:
            d.day = (dt.date.fromisoformat(anchor) - dt.timedelta(days=n)).isoformat()
            d.explicit_day = True
