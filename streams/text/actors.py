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


def _by_state(table: str) -> dict[str, str]:
    """ "UA: zelensky | kuleba\nRU: putin" -> {"zelensky": "UA", "kuleba": "UA", ...}."""
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        code, _, names = line.partition(":")
        for name in names.split("|"):
            out[name.strip()] = code.strip()
    return out


# Heads of state / government, foreign and defence ministers, 2015-2025.
LEADERS: dict[str, str] = _by_state(
    """
UA: zelensky | zelenskyy | zelenskiy | kuleba | shmyhal | reznikov | umerov | sybiha
UA: yermak | lubinets
RU: putin | lavrov | peskov | shoigu | zakharova | medvedev | mishustin | belousov
RU: nebenzia
US: biden | blinken | austin | harris | sullivan | kirby | trump | thomas-greenfield
US: pelosi | rubio | hegseth | vance | witkoff | kellogg | leavitt
GB: sunak | truss | johnson | cameron | cleverly | starmer | lammy | shapps | wallace
FR: macron | borne | attal | colonna | sejourne | séjourné
DE: scholz | baerbock | pistorius | steinmeier
IT: meloni | draghi | tajani
ES: sanchez | sánchez
PL: duda | morawiecki | tusk | sikorski | rau
IL: netanyahu | gallant | herzog | katz | hagari | lapid | bennett
IR: raisi | khamenei | amirabdollahian | pezeshkian | araghchi
TR: erdogan | erdoğan | fidan | cavusoglu | çavuşoğlu
CN: xi | wang yi | li qiang
IN: modi | jaishankar
HU: orban | orbán | szijjarto | szijjártó
BY: lukashenko
SK: fico | heger
MD: sandu
DK: frederiksen
SE: kristersson
NO: stoere | støre
FI: marin | niinisto | niinistö | stubb
EE: kallas
LT: nauseda | nausėda
RO: iohannis
CA: trudeau | carney
AU: albanese
JP: kishida
BR: lula
EG: sisi
JO: abdullah
SY: assad
LB: mikati | nasrallah
PS: abbas
SD: burhan | al-burhan | dagalo | hemedti
KP: kim jong un
KR: yoon
AZ: aliyev
AM: pashinyan
KZ: tokayev
NL: rutte | schoof | willem-alexander
BE: de croo
AT: nehammer
GR: mitsotakis
RS: vucic | vučić
QA: al thani
SA: bin salman
TW: tsai ing-wen | lai ching-te
MX: lopez obrador | lópez obrador | sheinbaum
MM: min aung hlaing
TH: paetongtarn | srettha
PK: shehbaz sharif | dar
BD: hasina | yunus
IQ: al-sudani | sudani
VE: maduro
AR: milei
ZA: ramaphosa
NG: tinubu
KE: ruto
ET: abiy
UA: syrskyi | budanov
RU: gerasimov
IL: ben-gvir | smotrich
LB: aoun
SY: al-sharaa | sharaa
DE: merz | wadephul
JP: ishiba | takaichi
XK: kurti | osmani
CZ: fiala
GE: kobakhidze | zourabichvili | garibashvili
ID: widodo | jokowi | prabowo
PH: marcos
KR: lee jae-myung
UA: svyrydenko
US: bessent
AF: akhundzada
US: obama | kerry | tillerson | pompeo | mattis | esper | mnuchin | nikki haley
DE: merkel | maas
FR: hollande | valls | cazeneuve | fabius | le drian | edouard philippe | castex | darmanin
GB: theresa may | raab
IT: renzi | gentiloni | salvini | di maio
ES: rajoy | puigdemont
TR: davutoglu | davutoğlu
UA: poroshenko | klimkin | groysman | yatsenyuk
IR: rouhani | zarif
JP: shinzo abe | suga
CN: li keqiang
IN: swaraj
PK: nawaz sharif | imran khan
AF: ghani | karzai
NG: buhari
ZA: zuma
PH: duterte
KR: moon jae-in
LK: sirisena | rajapaksa | wickremesinghe
BR: bolsonaro | temer | rousseff
MX: pena nieto | peña nieto
AU: turnbull
KE: kenyatta
NZ: ardern
GR: tsipras
AT: kurz
"""
)
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
_CAPS_ONLY = frozenset(
    {"us", "un", "eu", "who", "uk", "icc", "imf", "ecb", "xi", "rada", "austin", "johnson"}
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
