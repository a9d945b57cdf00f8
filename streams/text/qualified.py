"""A city qualified by the state or country written after it ("Alexandria, Virginia")."""

from __future__ import annotations

from streams.text.gazetteer import Gazetteer
from streams.text.places import Mention

QUALIFIER_KINDS = ("territory", "country", "region")


def qualify_cities(text: str, mentions: list[Mention], g: Gazetteer) -> list[Mention]:
    """Keep, of a city's namesakes, those in the state or country named right after it
    after a comma: "In Alexandria, Virginia" is no Egyptian city, "Paris, Texas" no French
    one. A qualifier that names none of them changes nothing."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, after = out[i], out[i + 1]
        if (
            m.kind != "city"
            or len(m.city_ids) < 2
            or after.kind not in QUALIFIER_KINDS
            or after.code is None
            or text[m.end : after.start] != ", "
        ):
            continue
        kept = tuple(gid for gid in m.city_ids if g.cities[gid].country_code == after.code)
        if kept and kept != m.city_ids:
            out[i] = m._replace(city_ids=kept, code=after.code)
    return out
