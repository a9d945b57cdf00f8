"""The cue lexicon of ``classify``: every cue is a lower-case word or a two / three word
phrase with a class and a weight (eval/README.md's definitions of the classes).

A table is written "cue:weight, cue:weight, ..."; ``_FORMS_OF`` gives other forms of
a cue the same weight (headlines say "imposes", bodies "imposed").
"""

from __future__ import annotations

INC, DIP, POL = "incident", "diplomacy", "policy"


def _table(text: str) -> list[tuple[str, float]]:
    """ "word:weight, two words:weight, ..." -> [(cue, weight)]."""
    pairs = []
    for item in text.split(","):
        if item.strip():
            cue, _, weight = item.strip().rpartition(":")
            pairs.append((cue, float(weight)))
    return pairs


INCIDENT_CUES = _table(
    "leak:1.5, leaked:1.5, gas leak:2, plunged:1.5, plunges:1.5, "
    "clash with protesters:2, clash with police:2, water cannon:2, water cannons:2, "
    "collided:2, collision:2, derailing:2, derailment:2, brought down:2, caved in:2, "
    "blew up:2, blows up:2, blown up:2, "
    "drowned:2, retook:2, retaken:2, striking:1.5, siege:2, besieged:1.5, smashed:1.5, smashed through:2, "
    "broke into:2, burst into:2, "
    "killed:2, killing:2, kills:2, kill:1, dead:1.5, died:1.5, deaths:1, death:1, wounded:2, "
    "wounding:2, injured:2, injuring:2, hurt:1, injuries:1.5, casualties:1, toll:2, strike:1.5, "
    "strikes:1.5, struck:1.5, airstrike:2, airstrikes:2, shelling:2, shelled:2, bombardment:2, "
    "bombing:2, bombed:2, bomb:1, explosion:2, explosions:2, blast:2, exploded:2, attack:1.5, "
    "attacks:1.2, attacked:2, assault:1.5, missile:0.5, missiles:0.7, rocket:0.7, rockets:0.7, "
    "drone:0.5, drones:0.7, hit:1, hits:1, fire:1, fires:1, ablaze:2, blaze:1.5, burning:1, "
    "destroyed:1.5, destroys:1.5, damaged:1.5, damaging:1.5, damage:1, rubble:2, ruins:1.5, "
    "collapsed:1.5, bodies:1.5, grave:1, exhuming:2, exhumed:2, shot:1, fired:1, gunfire:2, "
    "gunmen:2, raid:1.5, clashes:1.5, fighting:0.5, barrage:1.5, pound:1, pounded:1.5, slams:1.5, "
    "slammed:1.5, tore:1.5, flattened:2, crash:1.5, crashed:1.5, derailed:2, earthquake:2, "
    "flood:1.5, floods:1.5, victims:1.5, rescuers:1.5, trapped:1, seized:1.5, stormed:1.5, "
    "assassinated:2, assassination:1.5, sniper:1.5, intercepted:1, downed:1.5, tragedy:1, "
    "destruction:1, wreckage:1.5, hitting:1, shell:1, shells:1, artillery:0.5, landmine:1.5, "
    "mine:0.5, ambush:2, hostage:0.5, stabbing:2, stabbings:2, lost contact:2, beat:1.5, batons:1.5, grenade:1.5, grenades:1.5, heavy fighting:2, wrecked:1.5, vanished:1.5, vanishes:1.5, went missing:1.5, stabbed:2, gunman:2, shooting:2, explosive:1, "
    "detonated:2, arson:2, wildfire:2, blown:1, sank:1.5, sunk:1.5, burned:1.5, burnt:1.5, "
    "aground:2, shot dead:1, offensive:1.5, evacuated:0.5, detonation:1.5, gunfire:2, shot down:3, came under:2, under "
    "fire:1.5, death toll:2, air strike:2, air strikes:2, opened fire:2, mass grave:2, set "
    "ablaze:2, air raid:2, were killed:1, was killed:1, motive:1, attacker:1.5, attackers:1.5, "
    "bombs:1.5, breached:1.5, flooded:1.5, flooding:1.5, troops:0.7, soldiers:0.7, seize:1.5, "
    "seizes:1.5, seizing:1.5, took control:1.5, mutiny:1.5, mercenaries:0.5, invasion:1.5, "
    "invades:2, invaded:1.5, blew himself up:3, blew herself up:3, suicide bomber:3, bomber:1.5, "
    "broke into:1.5, storms:1.5, storming:1.5, mob:1.5, rushed:0.5, fighters:1, rebels:1, "
    "militants:1, meeting resistance:1.5, raids:1.5, incursion:1.5, fighting resumes:1.5, "
    "gave way:2, give way:2, gives way:2, giving way:2, flared:1.5, "
    "murdered:2, murders:1.5, "
    "drown:2, capsized:2, capsizes:2, "
    "fighting resumed:1.5, burst:1.5, came down in:2, helicopter carrying:1, plane carrying:1, pulled:1, driven out:1.5, new front:1.5, operational control:1.5, raided:1.5, bombings:2, ground forces:1.5, claimed responsibility:2.5, blew apart:2, broke apart:2, burying:1.5, landslip:2, landslips:2, landfall:1.5, hurricane:1.5, typhoon:1.5, cyclone:1.5, tornado:1.5, tornadoes:1.5, without power:1, power outages:1, blackout:1, blackouts:1,  taken to hospital:1.5, in hospital:1, hospitalised:1.5, hospitalized:1.5,  torrential rain:1.5, swept away:1.5, sweeping away:1.5, missing:1,  surrendered:1.5, surrender:1, full control:1.5, taken control:1.5, captured:1.5, "
    "recaptured:1.5, fought:1.5, battled:1.5, clashed:1.5, on board:1, at the scene:1.5, "
    "lost power:1.5, operation in:1.5, fled:1, fell on:1.5, blasts:2, erupted:2, eruption:2, erupts:2, volcano:1.5, rammed:2, ramming:2, car-ramming:2, regrouping:1.5, regrouped:1.5, liberated:1.5, rescued:1, encircle:1.5, encircled:1.5, encirclement:1.5, surrounded:1, shoots down:3, shooting down:3, at large:1.5, suspect:0.5, surgery:1.5, landslide:2, landslides:2, mudslide:2, avalanche:2, buried:1.5, storm:1.5, stampede:2, crush:1, alight:1.5, set fire:2, smoke:1, survivors:1.5, found alive:1.5, "
    # crowds that storm or riot, damage done, fire traded
    "broke through:2, forced their way:2, tear gas:1.5, rioters:2, riots:1.5, rioting:2, "
    "looted:2, looting:2, caused damage:2, minor damage:1.5, heavy damage:1.5, extensive "
    "damage:1.5, exchange of fire:3, exchanges of fire:3, exchanged fire:3, gave way:2, break through:1.5, bombarding:2, "
    "bombard:1.5, bombarded:2, graves:1.5, pushed into:2, advanced into:2, tanks reached:2, "
    "troops reached:2, caught fire:2, wounds:1.5, wildfires:2, swept through:2, "
    # what hit is a weapon: "Israeli jets hit several buildings"
    "jets hit:2, warplanes hit:2, missiles hit:2, missile hit:2, drones hit:2, drone hit:2, "
    "rockets hit:2, rocket hit:2, shells hit:2, jets struck:2, warplanes struck:2, "
    "set fire:2, set fires:2, torched:2, overrun:2, overran:2, blazes:1.5, putting out:1.5, "
    # a killer's run, a quake's after-tremors, a crowd's crush
    "rampage:2, rampaged:2, gunfight:2, aftershock:2, aftershocks:2, quake:2, quakes:2, "
    "tremor:1.5, crushed to death:2, trampled:1.5, ploughed into:2, ploughing into:2, "
    "plowed into:2, plowing into:2, battle for:2, came ashore:2, retakes:2, retake:1.5, "
    "retaking:1.5, "
    # bombs thrown by hand ("Man throws firebombs at Japan's ruling party headquarters")
    "firebomb:2, firebombs:2, firebombed:2, petrol bomb:2, petrol bombs:2, molotov:2, "
    "electrocuting:2, electrocution:2"
)
DIPLOMACY_CUES = _table(
    "flew to:1, "
    "hotline:2, apologises:2.5, apologised:2.5, apologizes:2.5, apologized:2.5, apology:2, "
    "arrived in:1.5, "
    "condolences:2, condolence:2, message of condolence:3, messages of condolence:3, took part:1, accepted:1, accusing:2, persona non grata:3, ambassadors:2, recalled:1.5, urging:1.5, partnership:1.5, handed over:1.5, handed to:1.5, prisoners:1, notified:1.5, communique:1.5, consultations:2, illegal:1, unacceptable:1.5, "
    "outrageous:1.5, baseless:1.5, unfounded:1.5, absurd:1.5, "
    "talks:2, negotiations:2, negotiation:2, negotiate:2, negotiator:2, negotiators:2, "
    "dialogue:2, diplomatic:2, diplomacy:2, diplomat:2, diplomats:2, relations:1.5, tensions:1.5, "
    "tension:1.5, confrontation:1.5, met:1.5, meeting:1.5, meet:1.5, visit:2, visited:1.5, "
    "visiting:1.5, arrived:1, landed:0.5, summit:2, counterpart:2, counterparts:2, ambassador:2, "
    "envoy:2, embassy:2, consulate:1, summoned:3, summons:3, expelled:2, expel:2, condemned:2.5, "
    "condemning:1, condemn:2, condemns:2.5, condemnation:2, denied:3, denial:3, denies:4, denying:3, denied "
    "that:2, denies that:2, rejected any:1, described:1.5, describing:1.5, rejected:2, rejects:2, "
    "reject:2, accused:2.5, accuses:2.5, accusations:2, provocation:1.5, warned:1.5, warns:1.5, "
    "urged:1.5, urges:1.5, appealed:2, appeal:1.5, demanded:2, demands:1.5, demand:1.5, demanding:1.5, general assembly:2, abstentions:2, abstained:2, vowed:1.5, vows:1.5, "
    "insisted:1.5, mediation:3, mediator:2, mediate:2, mediating:2, ceasefire:1, truce:1, veto:3, "
    "vetoed:3, recognised:1.5, recognized:1.5, recognise:1, recognize:1, statement:1, "
    "spokesman:1, spokeswoman:1, spokesperson:1, kremlin:1, delegations:2, delegation:2, "
    "conference:1.5, message:1, invited:2, inviting:1.5, discuss:1.5, discussions:1.5, "
    "discussed:1.5, avenge:1.5, punishment:1, retaliation:1, retaliate:1, escalation:1, "
    "resolution:1, sovereignty:1, ties:1, explanations:1.5, addressed:1.5, address:1, allies:1, "
    "partners:1, bilateral:1.5, agreement:1.5, treaty:2, readiness:1, responded:1, response:0.5, "
    "responsible:0.5, negotiating:2, hostages:0.5, accession:1, foreign:0.5, criticised:1.5, "
    "criticized:1.5, protested:1, blamed:1.5, blames:1.5, insists:1.5, praised:1, welcomed:1, defends:2, defended:2, welcomed the:2, welcomes the:2, answered:1.5, replied:1, "
    "thanked:2, trip:1.5, video link:1.5, by phone:2, pressed:1, presses:1, press:0.3, secretary-general:1, peace:1, claimed:1, deal:1.5, quits:1, "
    "quit:1, withdrew:1, regretted:1.5, warning:0.5, call with:2, video call:2, called on:2, "
    "calling for:2, called for:2, calls for:2, security council:2, foreign minister:2, foreign "
    "ministry:2, foreign affairs:2, joint statement:3, joint declaration:3, security agreement:4, security agreements:4, security commitments:4, security pact:4, security accord:4, agreements:1.5, denounced:2.5, denounces:2.5, "
    "prisoner exchange:2.5, prisoner swap:2.5, swap:1.5, swaps:1.5, phone call:2, spoke with:2, speaking with:2, spoke "
    "to:1.5, secretary of state:1.5, secretary general:1, charge d'affaires:2, peace plan:2, un "
    "general:1, called the:1.5, contacts:1.5, extradition:2, security guarantees:2.5, leaders:0.5, not fired:3, "
    # prisoners traded, grief and solidarity shown, leaders travelling to one another
    "exchange:1.5, come home:1.5, grieving:2, grieves:2, solidarity:2, sympathy:1.5, "
    "sympathies:2, travel:1, travels:1.5, travelled:1.5, traveled:1.5, expressed:1.5, "
    "sorrow:2, voiced:1.5, voices:1, alarm:1, sent home:2, congratulations:2, "
    "congratulated:2, congratulate:2, complaints:1.5, complaint:2, deals:1.5, for help:2, "
    # a leader received, allies coordinating ("hosted German Chancellor Friedrich Merz")
    "hosted:2, hosting:1.5, coordinate:1.5, coordinating:1.5, loggerheads:2.5, "
    "memorandum of understanding:3, letter of intent:3, not carried out:3, dined with:2, "
    "threatened to attack:3, threatens to attack:3, threatened to strike:3, "
    "no involvement:3, "
    # states binding themselves to one another, leaders at a foreign head's rites
    "signed a protocol:3, state funeral:1.5"
)
POLICY_CUES = _table(
    "hands power:2.5, handed power:2.5, handing power:2.5, hands over power:2.5, handed over power:2.5, "
    "dissolves:2.5, dissolved:2, dissolving:2, amnesty:2.5, prosecute:2, resolved to:2, "
    "presented a:1, presented its:1, presented the:1, presented to:1, "
    "ordered the police:1.5, ordered the army:1.5, ordered the military:1.5, "
    "ordered the security:1.5, ordered the armed:1.5, ordered security forces:1.5, "
    "evacuate its:2, bring home:1.5, its citizens:1.5, its nationals:1.5, "
    "nominate:2, executive order:2.5, indictment:2, indicted:2, arraignment:1.5, "
    "reshuffle:1.5, reshuffled:2.5, inquiries:1.5, from his post:2.5, from her post:2.5, national holiday:2, reinforced:1.5, reinforcing:1.5, "
    "authorised:2, authorized:2, ordered siege:2.5, ordered to move:2, standing in as:2, stand in as:2, stood in as:2, stands in as:2, not to return:1.5, "
    "grounded:2, to ground:2, payments:1.5, detention order:2.5, arms sales:2, refused permission:2, cabinet voted:2.5, strips:2, stripped:2, revoked:2, revoke:1.5, revoking:1.5, border crossings:1.5, alert:1.5, threat level:1.5, military exercises:2, exercises:1, compensation:2, arrest warrant:2.5, arrest warrants:2.5, warrants:1.5, applied for:1.5, "
    "investigation:1, investigate:1, inquiry:1.5, set up:1.5, court ruled:2, ruled that:1.5, re-elected:2, third term:2, second term:1.5, fourth term:2, training mission:2, grant:1.5, granted:1.5, "
    "candidate status:2, member:1, paused:1.5, shipment:1, applications:1.5, tsunami warning:2, minute's silence:2, interest rates:2, airdrops:1.5, airdrop:1.5, airdropped:1.5, membership talks:2, accession talks:2, barred:2, bars:2, barring:2, "
    "criminal case:2, charges:1.5, dropped:1, contribute:1.5, training:0.5, "
    "sentenced:3, sentences:2, convicted:2.5, verdict:2.5, acquitted:2.5, jailed:2.5, court:1, "
    "life in prison:2, war-crimes trial:2, "
    "law:2, laws:2, bill:2, bills:2, legislation:2.5, decree:3, decrees:3, ratified:3, ratify:3, "
    "ratification:3, sanctions:2.5, sanction:2, ban:2, bans:2, banned:2, budget:2.5, curfew:3, "
    "mourning:3, half-mast:3, half-staff:3, half mast:3, half staff:3, declares:2, declared:1, appointed:3, appoints:3, appointment:3, dismissed:2.5, dismiss:2.5, sacked:2.5, "
    "resigned:2.5, resign:2.5, declaring:1.5, terrorism case:2, step down:2, steps down:2, stepped down:2, stepping down:2, drills:1.5, resignation:2.5, resigns:2.5, approved:2, approves:2, approve:1.5, adopted:2, "
    "adopts:2, passed:1, vote:1, voted:1.5, votes:1, aid:1, assistance:1.5, package:1, funding:2, "
    "fund:1.5, funds:1.5, donated:2, donate:2, provide:1, pledged:2, pledges:2, pledge:2, "
    "allocate:2, allocated:2, mobilization:2, mobilisation:2, conscription:2, membership:1.5, "
    "application:1.5, blacklist:2, register:1, registry:1, parliament:0.5, knesset:1, rada:1, "
    "senate:1, congress:1, duma:1, decision:1.5, decided:1.5, regulation:2, regulations:2, "
    "measure:1, measures:1, restrictions:1.5, tariffs:2, impeach:2.5, impeached:2.5, impeachment:2.5, no-confidence:2, motion:1, exports:1, imposed:1.5, imposing:1.5, "
    "impose:1.5, announced:0.5, unveiled:1.5, introduced:1.5, planning:1.5, plans:1, "
    "proposal:1.5, proposed:1.5, projects:1.5, programme:1, program:1, annexing:2.5, annexed:2, "
    "annexes:2.5, celebrations:2.5, festivities:2, cancelled:1.5, canceled:1.5, nationalised:2, commander:1, "
    "ordered:1.5, evacuation:1, emergency:0.3, weapons:0.5, tanks:0.5, supply:1.5, signs:0.5, "
    "signed:0.5, elected:2, election:1.5, elections:1.5, nominated:2, minister:0.2, "
    "referendum:1.5, referendums:1.5, voting:1, reform:1.5, tax:1.5, subsidies:1.5, nationalise:2, conscripts:1.5, draft:1, "
    "fast-track:1, deliver:1.5, delivered:1.5, deliveries:1.5, deploy:1.5, deployed:1, visas:2, "
    "visa:1.5, offered:1.5, replaces:1.5, replaced:1.5, replacing:1, postponed:1.5, postpones:1.5, cabinet:1, assets:1, "
    "windfall:1, phase out:2, phasing out:2, imports:1, sending:1.5, deploying:1.5, deployment:1.5, suspends:1.5, suspended:1.5, suspending:1.5, halting:1.5, halts:1.5, pausing:1.5, "
    "shut down:1.5, shuts down:1.5, closed:1.5, closes:1.5, closure:1.5, "
    "pauses:1.5, halted:1.5, stopped:1, stops:1, transit:1, send:1, into law:3, entry ban:2, "
    "promises:2, repatriation:2, state of emergency:3, martial law:3, counter-terrorism regime:3.5, counter-terror regime:3.5, counterterrorism regime:3.5, aid package:1.5, military aid:1, security aid:1, "
    "off its register:2, national projects:2, will provide:1.5, to provide:1, signed a "
    "law:3, signed a bill:3, signed legislation:3, signed a decree:3, signs a law:3, signs a "
    "decree:3, signed the law:3, signed the bill:3, to join:1.5, day of mourning:1, days of "
    "mourning:1, interim government:2.5, transitional government:2.5, "
    "cut gas:2, declares war:3, declared war:3, restriction:1.5, investigate:1.5, committee:1, decided to:2, would send:2, will send:2, would give:2, will give:2, "
    "would provide:2, would deliver:2, would deploy:2, will deploy:2, had ordered:2, give:1, "
    "agreed to deploy:2, agreed to revive:3, agreed to open:3, agreed to impose:3, agreed to adopt:3, agreed to provide:3, agreed to extend:3, agreed to lift:3, agreed to establish:3, agreed to create:3, agreed to raise:3, agreed to set:3, agreed to step:2, general strike:3.5, designated:2, designation:2, terrorist organisations:1.5, "
    "terrorist organizations:1.5, pause:1.5, suspend:1.5, export licences:2, export licenses:2, "
    "blocking access:2.5, blocked access:2.5, restricting access:2, sanctioned:2, "
    "honorary:2, awarded:2, run-off:1.5, runoff:1.5, reopened:1.5, joined the alliance:2, joined nato:2, joined the bloc:2, backed a plan:2.5, backed the plan:2.5, opened:1, allowed:1.5, were told to:1.5, be allowed:1.5, investigating:1.5, fatwa:2.5, propose:1.5, supplies:1, sworn in:3, remain closed:1.5, remained closed:1.5, "
    # orders and what a government says it will set up or do
    "call-up:2.5, reservists:1.5, interest rate:2, halt:1, instructed:1.5, signed "
    "decrees:3, signs decrees:3, would form:2, will form:2, would open:2, will open:2, would "
    "train:2, will train:2, would build:2, will build:2, would "
    "establish:2, would create:2, export controls:2, export control list:2, travel ban:3, travel bans:3, asset freeze:2.5, asset freezes:2.5, "
    "crisis meeting:2, deportations:2, resignations:2.5, sealed off:1.5, government commission:2, takes over as:2.5, took over as:2.5, take over as:2, take over from:2.5, took over from:2, takes over from:2, tightened:1.5, tightening:1, outlawed:2.5, outlaws:2.5, removed:1, lockdown:2.5, lockdowns:2.5, compulsory:2, succeeds:1.5, succeeded:1, emergency authorisation:3, emergency authorization:3, emergency use:2,  terror alert:2.5, authorise:1.5, authorize:1.5, "
    "legalise:2, legalize:2, legalised:2, legalized:2, decriminalise:2, decriminalize:2, "
    "embargo:2.5, embargoes:2.5, "
    "deportation:2, deport:2, deported:1.5, relieved of:2, sent:1, formed:1, form:1, "
    "forms:1, emergency government:2, unity government:2, evacuating:1.5, caretaker:2, would "
    "withdraw:2, will withdraw:2, would be withdrawn:2.5, troops would leave:2.5, would come home:2.5, be brought home:2, would pull out:2, would reduce:2, would consolidate:2, state of calamity:3, "
    "told residents:2, ordered residents:2, urged residents:1.5, would prosecute:2, "
    "licence:1.5, license:1.5, allowing:1, advised:1, nomination:2, "
    # reserves called up, security raised at home
    "calling up:2, called up:2, stepped up security:3, tightened security:3, tighter security:3, "
    "heightened security:2, beefed up security:3, withdrawal:1, delayed the release:3, "
    "temporarily blocked:2.5, general election:2, nuclear doctrine:3, "
    # what a state lifts, reverses or warns its own people of
    "moratorium:2.5, reclassify:2, reclassified:2, reinstate:2, reinstated:2, unsealed:2, "
    "hurricane warning:3, storm warning:2.5, flood warning:2.5, emergency shelters:2, "
    "national emergency:2, "
    # a state putting a convict to death
    "hanged:2, hangs:2, executes:2, execution:1.5, executions:1.5, "
    "put to death:2, "
    "lending rate:2, fuel prices:2, petrol prices:2, diesel prices:2, compensate:2, "
    "came into force:3, comes into force:3, "
    # a state's head made, a state made, a sentence undone
    "crowned:2.5, enthroned:2.5, abdicates:2.5, abdicated:2.5, took the throne:2.5, "
    "inherited the throne:2.5, became independent:2.5, becomes independent:2.5, "
    "took office:2, takes office:2, swore her in:2.5, swore him in:2.5, pardoned:2.5, "
    "pardons:2.5, promulgated:2.5, "
    "restricted:1.5, freezes:2, internet access:1.5, from their posts:2.5, "
    # what a state does to its own economy and networks
    "scrapped:2, scraps:2, subsidy:1.5, pump price:2, pump prices:2, exchange rate:2, "
    "deposit rate:2, central bank:1, cut internet:2.5, internet services:1.5, "
    "phone services:1.5, would ship:2, will ship:2, "
    # a central bank's rate, a state's own output, curbs and troops it sends, a cabinet's
    # approval, a warning to its own travellers
    "benchmark rate:2, key rate:2, export curbs:2, curbs:1.5, its oil output:2, output cut:2, "
    "production cuts:2, would be deployed:2, will be deployed:2, cabinet approved:3, "
    "government approved:3, not to travel:2, "
    # lists, votes, posts and parliaments a state decides on at home
    "wanted list:2, grey list:2, gray list:2, advisory:1.5, opt-out:1.5, scrap:1.5, "
    "form a government:3, elect:1.5, shake-up:2, mobilising:2, mobilizing:2, would name:2, "
    "will name:2, prorogued:2.5, prorogue:2.5, "
    # a court undoing a law, a state's mourning and its disaster declarations
    "struck down:3, national mourning:3, disaster declaration:3, presidential vote:2, "
    "quits as:2, quit as:2, authorises:2, authorizes:2"
)
_RAW: dict[str, list[tuple[str, float]]] = {
    INC: INCIDENT_CUES,
    DIP: DIPLOMACY_CUES,
    POL: POLICY_CUES,
}
CUES: dict[str, tuple[str, float]] = {}
for _cls, _items in _RAW.items():
    for _phrase, _weight in _items:
        CUES[_phrase] = (_cls, float(_weight))
# Other forms of a cue, weighed as it is: headlines are in the present tense ("Russia
# imposes", "Biden meets") and bodies in the past ("imposed", "met")
_FORMS_OF = {
    "attacked": "attacking",
    "collapsed": "collapses collapsing",
    "crashed": "crashes crashing",
    "collided": "collides colliding collide",
    "sank": "sinks",
    "derailed": "derails",
    "damaged": "damages",
    "destroyed": "destroying",
    "detonated": "detonates detonating",
    "exploded": "explodes exploding",
    "flattened": "flattens flattening flatten",
    "intercepted": "intercepts intercepting",
    "invaded": "invading",
    "pounded": "pounds pounding",
    "captured": "captures capturing",
    "recaptured": "recaptures recapturing",
    "reopened": "reopen reopens reopening",
    "injured": "injures",
    "died": "dies die",
    "assassinated": "assassinates",
    "surrendered": "surrenders",
    "accepted": "accepts",
    "arrived": "arrives arriving",
    "criticised": "criticises criticising",
    "criticized": "criticizes criticizing",
    "discussed": "discusses discussing",
    "expelled": "expels expelling",
    "invited": "invites",
    "met": "meets",
    "visited": "visits",
    "praised": "praises praising",
    "recognised": "recognises recognising",
    "recognized": "recognizes recognizing",
    "responded": "responds responding",
    "vetoed": "vetoes vetoing",
    "vowed": "vowing",
    "welcomed": "welcomes welcoming",
    "allocated": "allocates allocating",
    "approved": "approving",
    "cancelled": "cancels cancelling",
    "canceled": "canceling",
    "convicted": "convicts",
    "decided": "decides",
    "delivered": "delivers delivering",
    "deployed": "deploys",
    "dismissed": "dismisses dismissing",
    "ordered": "orders ordering",
    "rammed": "rams",
    "stabbed": "stabs",
    "instructed": "instructs instructing",
    "donated": "donates donating",
    "elected": "elects",
    "granted": "grants granting",
    "imposed": "imposes",
    "introduced": "introduces introducing",
    "jailed": "jails jailing",
    "nominated": "nominates nominating",
    "pledged": "pledging",
    "proposed": "proposes proposing",
    "ratified": "ratifies ratifying",
    "sacked": "sacks sacking",
    "unveiled": "unveils unveiling",
}
for _base, _forms in _FORMS_OF.items():
    for _form in _forms.split():
        CUES.setdefault(_form, CUES[_base])
