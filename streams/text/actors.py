"""Who acts: states (by name, demonym, capital used as a stand-in, institution or
leader) and international organisations (which have no country).

The tables are general world knowledge of 2022-2024 news, not fitted to any
labeled text: country aliases and demonyms, governmental institutions, and the
heads of state / government and foreign ministers who act for their states.
"""

from __future__ import annotations

import re

# ISO code of every alias a dispatch may use for a state or its government.
STATE_ALIASES: dict[str, str] = {
    "us": "US", "u.s.": "US", "usa": "US", "america": "US", "united states": "US",
    "white house": "US", "pentagon": "US", "state department": "US", "congress": "US",
    "britain": "GB", "uk": "GB", "u.k.": "GB", "united kingdom": "GB", "downing street": "GB",
    "england": "GB", "kremlin": "RU", "russian federation": "RU", "duma": "RU",
    "state duma": "RU", "federal assembly": "RU", "verkhovna rada": "UA", "rada": "UA",
    "knesset": "IL", "bundestag": "DE", "elysee": "FR", "élysée": "FR",
    "north korea": "KP", "south korea": "KR", "gaza": "PS", "palestine": "PS",
    "west bank": "PS", "hamas": "PS", "hezbollah": "LB", "houthis": "YE", "houthi": "YE",
    "turkiye": "TR", "türkiye": "TR", "czech republic": "CZ", "holland": "NL",
    "the netherlands": "NL", "vatican": "VA", "holy see": "VA", "taiwan": "TW",
    "crimea": "UA", "donbas": "UA", "donbass": "UA", "tatarstan": "RU", "chechnya": "RU",
}
DEMONYMS: dict[str, str] = {
    "american": "US", "british": "GB", "russian": "RU", "ukrainian": "UA", "french": "FR",
    "german": "DE", "italian": "IT", "spanish": "ES", "polish": "PL", "israeli": "IL",
    "palestinian": "PS", "iranian": "IR", "iraqi": "IQ", "syrian": "SY", "lebanese": "LB",
    "egyptian": "EG", "jordanian": "JO", "saudi": "SA", "qatari": "QA", "emirati": "AE",
    "turkish": "TR", "chinese": "CN", "japanese": "JP", "indian": "IN", "pakistani": "PK",
    "afghan": "AF", "belarusian": "BY", "moldovan": "MD", "georgian": "GE", "armenian": "AM",
    "azerbaijani": "AZ", "kazakh": "KZ", "hungarian": "HU", "slovak": "SK", "czech": "CZ",
    "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR", "greek": "GR",
    "dutch": "NL", "belgian": "BE", "danish": "DK", "swedish": "SE", "norwegian": "NO",
    "finnish": "FI", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "austrian": "AT",
    "swiss": "CH", "portuguese": "PT", "irish": "IE", "canadian": "CA", "australian": "AU",
    "brazilian": "BR", "mexican": "MX", "sudanese": "SD", "yemeni": "YE", "libyan": "LY",
    "nigerian": "NG", "ethiopian": "ET", "somali": "SO", "kenyan": "KE", "south african": "ZA",
    "north korean": "KP", "south korean": "KR", "korean": "KR", "venezuelan": "VE",
    "colombian": "CO", "argentine": "AR", "malian": "ML", "tunisian": "TN", "algerian": "DZ",
    "moroccan": "MA", "kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "slovenian": "SI",
    "slovene": "SI", "montenegrin": "ME", "albanian": "AL", "bosnian": "BA", "cypriot": "CY",
    "icelandic": "IS", "luxembourgish": "LU", "maltese": "MT", "new zealand": "NZ",
    "vietnamese": "VN", "thai": "TH", "filipino": "PH", "indonesian": "ID", "burmese": "MM",
}
# Heads of state / government, foreign and defence ministers, 2022-2024.
LEADERS: dict[str, str] = {
    "zelensky": "UA", "zelenskyy": "UA", "zelenskiy": "UA", "kuleba": "UA", "shmyhal": "UA",
    "reznikov": "UA", "umerov": "UA", "sybiha": "UA", "yermak": "UA", "lubinets": "UA",
    "putin": "RU", "lavrov": "RU", "peskov": "RU", "shoigu": "RU", "zakharova": "RU",
    "medvedev": "RU", "mishustin": "RU", "belousov": "RU", "nebenzia": "RU",
    "biden": "US", "blinken": "US", "austin": "US", "harris": "US", "sullivan": "US",
    "kirby": "US", "trump": "US", "thomas-greenfield": "US",
    "sunak": "GB", "truss": "GB", "johnson": "GB", "cameron": "GB", "cleverly": "GB",
    "starmer": "GB", "lammy": "GB", "shapps": "GB", "wallace": "GB",
    "macron": "FR", "borne": "FR", "attal": "FR", "colonna": "FR", "sejourne": "FR",
    "séjourné": "FR", "scholz": "DE", "baerbock": "DE", "pistorius": "DE", "steinmeier": "DE",
    "meloni": "IT", "draghi": "IT", "tajani": "IT", "sanchez": "ES", "sánchez": "ES",
    "duda": "PL", "morawiecki": "PL", "tusk": "PL", "sikorski": "PL", "rau": "PL",
    "netanyahu": "IL", "gallant": "IL", "herzog": "IL", "katz": "IL", "hagari": "IL",
    "lapid": "IL", "bennett": "IL", "raisi": "IR", "khamenei": "IR", "amirabdollahian": "IR",
    "pezeshkian": "IR", "araghchi": "IR", "erdogan": "TR", "erdoğan": "TR", "fidan": "TR",
    "cavusoglu": "TR", "çavuşoğlu": "TR", "xi": "CN", "wang yi": "CN", "li qiang": "CN",
    "modi": "IN", "jaishankar": "IN", "orban": "HU", "orbán": "HU", "szijjarto": "HU",
    "szijjártó": "HU", "lukashenko": "BY", "fico": "SK", "heger": "SK", "sandu": "MD",
    "frederiksen": "DK", "kristersson": "SE", "stoere": "NO", "støre": "NO", "marin": "FI",
    "niinisto": "FI", "niinistö": "FI", "stubb": "FI", "kallas": "EE", "nauseda": "LT",
    "nausėda": "LT", "iohannis": "RO", "trudeau": "CA", "albanese": "AU", "kishida": "JP",
    "lula": "BR", "sisi": "EG", "abdullah": "JO", "assad": "SY", "mikati": "LB",
    "abbas": "PS", "burhan": "SD", "al-burhan": "SD", "dagalo": "SD", "hemedti": "SD",
    "kim jong un": "KP", "yoon": "KR", "aliyev": "AZ", "pashinyan": "AM", "tokayev": "KZ",
    "rutte": "NL", "de croo": "BE", "nehammer": "AT", "mitsotakis": "GR", "vucic": "RS",
    "vučić": "RS", "al thani": "QA", "bin salman": "SA", "nasrallah": "LB",
}
# International actors: a line led by them has no country.
ORGANISATIONS = frozenset(
    {
        "eu", "european union", "european commission", "european council",
        "european parliament", "nato", "un", "united nations", "security council",
        "un security council", "general assembly", "g7", "g20", "who", "iaea", "icc",
        "osce", "african union", "arab league", "imf", "world bank", "unicef", "unhcr",
        "red cross", "icrc", "amnesty international", "human rights watch", "brics",
        "opec", "asean", "council of europe", "world health organization",
    }
)
_ALL_KEYS = {**STATE_ALIASES, **DEMONYMS, **LEADERS}
_WORD = r"[A-Za-zÀ-ÿ][\w.'’-]*"
ACTOR_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(k)
        for k in sorted(
            set(_ALL_KEYS) | set(ORGANISATIONS) | {"wang yi", "li qiang"}, key=len, reverse=True
        )
    )
    + r")\b",
    re.IGNORECASE,
)
# Acronyms must be written in capitals to count ("US", "UN", "EU", "WHO", "UK").
_CAPS_ONLY = frozenset({"us", "un", "eu", "who", "uk", "icc", "imf", "xi", "rada", "austin", "johnson"})
# Abbreviations must match case exactly; a few names double as common words.


def actor_code(surface: str) -> tuple[bool, str | None] | None:
    """(is_organisation, ISO code) for an actor mention, or None if it is not one."""
    key = surface.lower().replace("’", "'")
    if key in _CAPS_ONLY and not surface[:1].isupper():
        return None
    if key in {"us", "un", "eu", "who", "uk"} and not surface.isupper():
        return None
    if key in ORGANISATIONS:
        return (True, None)
    code = _ALL_KEYS.get(key)
    if code is None:
        return None
    return (False, code)
