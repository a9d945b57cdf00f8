"""Bodies whose names hold a lower-case "of" ("Council of Europe", "House of Commons"),
which ends a run of capitals: found by their own patterns, after the scan of runs.
"""

from __future__ import annotations

import re

from streams.text.mention import Mention

# International bodies whose names hold a lower-case "of", which ends a run of capitals
_OF_ORGANISATIONS_RE = re.compile(
    r"\b(?:Council\s+of\s+Europe|League\s+of\s+Arab\s+States"
    r"|Organi[sz]ation\s+of\s+(?:American\s+States|Islamic\s+Cooperation|the\s+Islamic\s+Cooperation))\b"
)


# Chambers of a state's parliament named with "of"
_OF_INSTITUTIONS = {
    "House of Representatives": "US",
    "House of Commons": "GB",
    "House of Lords": "GB",
}
_OF_INSTITUTIONS_RE = re.compile(r"\bHouse\s+of\s+(?:Representatives|Commons|Lords)\b")


def with_of_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add "Council of Europe", "House of Representatives" and the like, dropping any
    mention inside them ("Europe")."""
    found = [
        Mention(m.start(), m.end(), m.group(), "org", None)
        for m in _OF_ORGANISATIONS_RE.finditer(text)
    ]
    if "House of" in text:
        for m in _OF_INSTITUTIONS_RE.finditer(text):
            code = _OF_INSTITUTIONS[" ".join(m.group().split())]
            found.append(Mention(m.start(), m.end(), m.group(), "state", code))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(o.start <= m.start < o.end for o in found)]
    return sorted(kept + found, key=lambda m: m.start)
