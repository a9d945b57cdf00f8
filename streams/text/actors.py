"""Who acts: states (by name, demonym, capital used as a stand-in, institution or
leader) and international organisations (which have no country).

The tables are general world knowledge of 2015-2025 news, not fitted to any
labeled text: country aliases and demonyms, governmental institutions, and the
heads of state / government and ministers who act for their states (leaders.py).
"""

from __future__ import annotations

import re

from streams.text.leaders import LEADERS
from streams.text.word_starts import compile_at_words

# ISO code of every alias a dispatch may use for a state or its government.
STATE_ALIASES: dict[str, str] = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "america": "US",
    "united states": "US",
    "white house": "US",
    "pentagon": "US",
    "secret service": "US",
    "fbi": "US",
    "state department": "US",
    "congress": "US",
    "senate": "US",
    "house speaker": "US",
    "speaker of the house": "US",
    "britain": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "united kingdom": "GB",
    "downing street": "GB",
    "england": "GB",
    "kremlin": "RU",
    "russian federation": "RU",
    "duma": "RU",
    "state duma": "RU",
    "federal assembly": "RU",
    "verkhovna rada": "UA",
    "rada": "UA",
    "knesset": "IL",
    "bundestag": "DE",
    "elysee": "FR",
    "élysée": "FR",
    "north korea": "KP",
    # (alone, "Korea" is no Ivorian village: "Korea's liberation from Japanese rule")
    "korea": "KR",
    "south korea": "KR",
    "gaza": "PS",
    "palestine": "PS",
    "west bank": "PS",
    "hamas": "PS",
    "hezbollah": "LB",
    "houthis": "YE",
    "houthi": "YE",
    "taliban": "AF",  # Afghanistan's rulers since 2021
    "revolutionary guards": "IR",
    "irgc": "IR",
    # state agencies and state companies that speak and act for their states
    "sbu": "UA",
    "energoatom": "UA",
    "ukrenergo": "UA",
    "naftogaz": "UA",
    "idf": "IL",
    "shin bet": "IL",
    "mossad": "IL",
    "cia": "US",
    "turkiye": "TR",
    "türkiye": "TR",
    "czech republic": "CZ",
    "holland": "NL",
    "the netherlands": "NL",
    "vatican": "VA",
    "holy see": "VA",
    "taiwan": "TW",
    "crimea": "UA",
    "donbas": "UA",
    "donbass": "UA",
    "tatarstan": "RU",
    "chechnya": "RU",
}
DEMONYMS: dict[str, str] = {
    "american": "US",
    "british": "GB",
    "russian": "RU",
    "ukrainian": "UA",
    "french": "FR",
    "german": "DE",
    "italian": "IT",
    "spanish": "ES",
    "polish": "PL",
    "israeli": "IL",
    "palestinian": "PS",
    "iranian": "IR",
    "iraqi": "IQ",
    "syrian": "SY",
    "lebanese": "LB",
    "egyptian": "EG",
    "jordanian": "JO",
    "saudi": "SA",
    "qatari": "QA",
    "emirati": "AE",
    "turkish": "TR",
    "chinese": "CN",
    "japanese": "JP",
    "indian": "IN",
    "pakistani": "PK",
    "afghan": "AF",
    "belarusian": "BY",
    "moldovan": "MD",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "kazakh": "KZ",
    "hungarian": "HU",
    "slovak": "SK",
    "czech": "CZ",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "croatian": "HR",
    "greek": "GR",
    "dutch": "NL",
    "belgian": "BE",
    "danish": "DK",
    "swedish": "SE",
    "norwegian": "NO",
    "finnish": "FI",
    "estonian": "EE",
    "latvian": "LV",
    "lithuanian": "LT",
    "austrian": "AT",
    "swiss": "CH",
    "portuguese": "PT",
    "irish": "IE",
    "canadian": "CA",
    "australian": "AU",
    "brazilian": "BR",
    "mexican": "MX",
    "sudanese": "SD",
    "yemeni": "YE",
    "libyan": "LY",
    "nigerian": "NG",
    "ethiopian": "ET",
    "somali": "SO",
    "kenyan": "KE",
    "south african": "ZA",
    "north korean": "KP",
    "south korean": "KR",
    "korean": "KR",
    "venezuelan": "VE",
    "colombian": "CO",
    "argentine": "AR",
    "argentinian": "AR",
    "namibian": "NA",
    "guinean": "GN",
    "malian": "ML",
    "tunisian": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "kuwaiti": "KW",
    "omani": "OM",
    "bahraini": "BH",
    "slovenian": "SI",
    "slovene": "SI",
    "montenegrin": "ME",
    "albanian": "AL",
    "bosnian": "BA",
    "cypriot": "CY",
    "icelandic": "IS",
    "luxembourgish": "LU",
    "maltese": "MT",
    "new zealand": "NZ",
    "vietnamese": "VN",
    "thai": "TH",
    "filipino": "PH",
    "philippine": "PH",
    "indonesian": "ID",
    "burmese": "MM",
}
# More peoples, "demonym:CODE" (multi-word ones joined with "_")
_MORE_PEOPLES = (
    "haitian:HT cuban:CU chilean:CL peruvian:PE ecuadorian:EC bolivian:BO uruguayan:UY "
    "paraguayan:PY guatemalan:GT honduran:HN salvadoran:SV nicaraguan:NI panamanian:PA "
    "costa_rican:CR dominican:DO jamaican:JM nepalese:NP nepali:NP sri_lankan:LK "
    "bangladeshi:BD malaysian:MY singaporean:SG cambodian:KH laotian:LA taiwanese:TW "
    "mongolian:MN uzbek:UZ tajik:TJ kyrgyz:KG turkmen:TM burkinabe:BF nigerien:NE "
    "chadian:TD congolese:CD rwandan:RW ugandan:UG tanzanian:TZ zimbabwean:ZW "
    "mozambican:MZ cameroonian:CM ghanaian:GH senegalese:SN ivorian:CI eritrean:ER "
    "djiboutian:DJ angolan:AO zambian:ZM malawian:MW gabonese:GA togolese:TG "
    "beninese:BJ liberian:LR mauritanian:MR south_sudanese:SS macedonian:MK "
    "kosovar:XK papua_new_guinean:PG"
)
for _item in _MORE_PEOPLES.split():
    _name, _, _code = _item.partition(":")
    DEMONYMS[_name.replace("_", " ")] = _code
# "Burundians voted", "Ecuadoreans voted": a people voting is its state's act (plural
# forms of the one-word adjectives that take an -s)
for _name, _code in list(DEMONYMS.items()):
    if " " not in _name and _name.endswith(("an", "i")):
        DEMONYMS.setdefault(_name + "s", _code)
DEMONYMS.setdefault("ecuadoreans", "EC")
DEMONYMS.setdefault("burundians", "BI")


# International actors: a line led by them has no country.
# Movements that fight on their own land: where they speak or are struck is their country
HOME_MOVEMENTS = frozenset(("hamas", "hezbollah", "houthis", "houthi", "taliban"))
ORGANISATIONS = frozenset(
    {
        "eu",
        "european union",
        "european commission",
        "european council",
        "european parliament",
        "nato",
        "un",
        "united nations",
        "security council",
        "un security council",
        "general assembly",
        "g7",
        "g20",
        "who",
        "iaea",
        "international atomic energy agency",
        "icc",
        "osce",
        "african union",
        "arab league",
        "imf",
        "world bank",
        "unicef",
        "unhcr",
        "red cross",
        "icrc",
        "amnesty international",
        "human rights watch",
        "brics",
        "opec",
        "asean",
        "council of europe",
        "world health organization",
        "unesco",
        "unrwa",
        "wfp",
        "world food programme",
        "ocha",
        "ohchr",
        "undp",
        "iom",
        "icj",
        "ecowas",
        "economic community of west african states",
        "igad",
        "csto",
        "collective security treaty organization",
        "shanghai cooperation organisation",
        "shanghai cooperation organization",
        "sco",
        "fatf",
        "financial action task force",
        "interpol",
        "european central bank",
        "ecb",
        "gulf cooperation council",
        "organisation of islamic cooperation",
        "organization of islamic cooperation",
        "world court",
        "international court of justice",
        "international criminal court",
        # heads of international bodies speak for them, not for their home states
        "guterres",
        "antonio guterres",
        "stoltenberg",
        "jens stoltenberg",
        "borrell",
        "josep borrell",
        "von der leyen",
        "leyen",  # the capitalised word a run finds in "Ursula von der Leyen"
        "ursula von der leyen",
        "grossi",
        "rafael grossi",
        "tedros",
        "charles michel",
        "volker turk",
        "volker türk",
        "lazzarini",
        "philippe lazzarini",
    }
)
# "Moldovans narrowly back EU membership": a people acting as its state
_PEOPLES = {d + "s": c for d, c in DEMONYMS.items() if d.endswith(("an", "i")) and " " not in d}
_ALL_KEYS = {**STATE_ALIASES, **DEMONYMS, **_PEOPLES, **LEADERS}
ACTOR_KEYS = frozenset(_ALL_KEYS) | ORGANISATIONS
_WORD = r"[A-Za-zÀ-ÿ][\w.'’-]*"
ACTOR_RE = compile_at_words(
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
_CAPS_ONLY = frozenset(
    {"us", "un", "eu", "who", "uk", "icc", "imf", "ecb", "xi", "rada", "austin", "johnson", "begin"}
)
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
