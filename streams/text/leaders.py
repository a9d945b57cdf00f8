"""Who leads which state: heads of state and government, foreign and defence ministers.

General world knowledge of 1960-2025 news, not fitted to any labeled text. A name that is
also a common word or first name ("may", "petro") is listed only in full ("theresa may").
"""

from __future__ import annotations


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
IR: raisi | khamenei | amirabdollahian | pezeshkian | araghchi | abbas araghchi
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
US: bill clinton | george w. bush | condoleezza rice | colin powell | rumsfeld | madeleine albright
GB: tony blair | gordon brown | jack straw | john major
FR: chirac | sarkozy | de villepin | jospin
DE: schroeder | schröder
RU: yeltsin
IL: sharon | olmert | ehud barak | rabin | peres | livni
PS: arafat | mahmoud abbas
PK: musharraf | gilani | zardari
IN: vajpayee | manmohan singh
EG: mubarak
CN: hu jintao | jiang zemin | wen jiabao
IQ: maliki | al-maliki
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
BF: kabore | kaboré | damiba
ML: keita | keïta | goita | goïta
NE: issoufou | bazoum | tchiani
GN: alpha conde | alpha condé | doumbouya
MZ: nyusi
CD: tshisekedi | kabila
RW: kagame
UG: museveni
ZW: mnangagwa
SO: farmajo | hassan sheikh mohamud
SL: koroma | maada bio
HT: jovenel moise | jovenel moïse | ariel henry
CO: duque | ivan duque | iván duque
EC: guillermo lasso | noboa
SV: bukele
BO: evo morales | luis arce
CL: pinera | piñera | boric
PE: pedro castillo
IQ: al-abadi | abadi | al-kadhimi | kadhimi | abdul mahdi
YE: mansour hadi
LB: hariri
AE: bin zayed
VA: pope | parolin
US: reagan | nixon | eisenhower | president kennedy | jimmy carter | president carter | gerald ford
US: president ford | lyndon johnson | president johnson | george bush | president bush
US: george h.w. bush | shultz | haig | kissinger | cyrus vance | weinberger | james baker
US: dean rusk | mcnamara | cheney | hillary clinton | al gore | panetta | hagel | ash carter
GB: thatcher | callaghan | harold wilson | edward heath | ted heath | harold macmillan | kinnock
GB: douglas-hurd | geoffrey howe | malcolm rifkind | robin cook | david miliband
FR: de gaulle | pompidou | giscard | mitterrand | juppé | juppe | balladur | kouchner
DE: kohl | genscher | willy brandt | helmut schmidt | adenauer | joschka fischer | steinbrueck
RU: gorbachev | brezhnev | andropov | chernenko | khrushchev | kosygin | gromyko
RU: chernomyrdin | primakov | kozyrev
IL: begin | menachem begin | yitzhak shamir | golda meir | moshe dayan | eshkol | ben-gurion
EG: sadat | nasser | morsi | mursi
LY: gaddafi | qaddafi | gadhafi | kadhafi
IR: khomeini | rafsanjani | khatami | ahmadinejad | bani-sadr | mottaki
IQ: saddam | saddam hussein | tariq aziz | talabani | allawi
JO: king hussein
SA: king fahd | king salman | saud al-faisal
CN: deng xiaoping | mao zedong | mao tse-tung | zhou enlai | li peng | zhao ziyang
IN: nehru | indira gandhi | rajiv gandhi | narasimha rao | deve gowda
PK: bhutto | benazir bhutto | zia ul-haq | ayub khan | yahya khan
BD: khaleda zia | ershad
ID: suharto | sukarno | megawati | yudhoyono | habibie | abdurrahman wahid
PH: corazon aquino | cory aquino | benigno aquino | gloria arroyo | macapagal-arroyo | fidel ramos
CL: pinochet | allende | bachelet
AR: galtieri | alfonsin | alfonsín | menem | kirchner | videla | peron | perón
CU: fidel castro | raul castro | raúl castro
NI: somoza | daniel ortega
PA: noriega
PE: fujimori | alan garcia | alan garcía
VE: chavez | chávez
CO: uribe | juan manuel santos
MX: carlos salinas | zedillo | vicente fox | felipe calderon | felipe calderón
ZA: mandela | de klerk | p.w. botha | pik botha | vorster | mbeki
ZW: mugabe
TZ: nyerere
ZM: kaunda
CD: mobutu
UG: idi amin
NG: obasanjo | abacha | babangida | goodluck jonathan | yar'adua
KE: arap moi | kibaki
LR: sirleaf | charles taylor
SD: omar al-bashir | omar hassan al-bashir
ET: mengistu | meles zenawi | haile selassie
DZ: bouteflika
TN: ben ali | bourguiba
RS: milosevic | milošević
HR: tudjman | tuđman
BA: izetbegovic | izetbegović
RO: ceausescu | ceașescu | ceaşescu
PL: jaruzelski | walesa | wałęsa
CZ: havel
JP: nakasone | koizumi | hatoyama | obuchi | takeshita | kaifu
KR: chun doo-hwan | roh tae-woo | kim dae-jung | kim young-sam | roh moo-hyun
KR: lee myung-bak | park geun-hye | park chung-hee
KP: kim il sung | kim il-sung | kim jong il | kim jong-il
KH: hun sen | pol pot
TH: thaksin | yingluck | abhisit | prayuth | prayut
MY: mahathir
SG: lee kuan yew
MM: ne win | than shwe | suu kyi | aung san suu kyi
CA: mulroney | chretien | chrétien | stephen harper
AU: bob hawke | paul keating | john howard | kevin rudd | gillard | tony abbott
GR: papandreou | karamanlis
IT: andreotti | craxi | berlusconi | prodi
ES: felipe gonzalez | felipe gonzález | aznar | zapatero | adolfo suarez
TR: ozal | özal | demirel | ecevit | abdullah gul | abdullah gül
LB: gemayel | siniora
AF: najibullah
SY: hafez al-assad
"""
)
