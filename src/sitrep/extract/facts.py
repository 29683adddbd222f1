"""What one sentence says: small, independent readers, each with one job.

Each function reads the folded (lower-case, same-length) sentence and returns what it found with
character offsets into the article, so every field can be traced back to its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.extract.numbers import NUMBER, QUALIFIER, parse
from sitrep.lexicon import Lexicon, Match
from sitrep.model import Weapon
from sitrep.when import MONTHS

# a count before a weapon, never the minutes of a time ("At 9:07 pm a suicide drone": one drone)
_COUNT_BEFORE = re.compile(
    rf"(?:(?P<qual>{QUALIFIER}) )?(?<![\w:])(?P<n>{NUMBER}|an?|several|multiple|a barrage of|a salvo of|a volley of)"
    r"(?: [a-z0-9.'-]+){0,3} $")
# between a number and a weapon: it counts something else, or is a day ("On 3 May an Israeli drone",
# "May 14 - An Israeli drone strike"), or the people hit ("over 100 injured when missile fragments scattered")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_NOT_COUNTED = re.compile(rf"\b(?:of|and|or|with|by|from|to|the|in|on|at|for|when|while|after|{_MONTHS}|"
                          r"killed|dead|died|injured|wounded|hurt|people)\b| [-\u2013\u2014] ")


@dataclass(frozen=True, slots=True)
class WeaponHit:
    weapon: Weapon
    start: int
    end: int


_DROPPED_BEFORE = re.compile(r"\b(?:dropp(?:ed|ing)|drops?|air-?dropped|aerial)\b(?:\s+[a-z0-9-]+){0,3}\s+$")
# "bomb" alone is a weapon only as a noun with its article or number ("another bomb targeted soldiers",
# "three bombs"), never what is named after one ("bomb shelter", "a bomb-laden drone")
_BOMB_BEFORE = re.compile(r"\b(?:a|an|the|another|one|two|three|four|five|six|several|\d+|powerful|homemade|improvised|"
                          r"crude|second|first|large|small)\s+$")
_NOT_A_BOMB_AFTER = re.compile(r"s?(?:-|\s+(?:shelters?|squads?|disposal|threats?|scares?|makers?|making|factor(?:y|ies))\b)")
_AIRCRAFT = re.compile(r"\b(?:air ?strikes?|air raids?|aerial|warplanes?|fighter jets?|jets|aircraft|bombers?|planes?|"
                       r"helicopters?|air force)\b")  # in a sentence, a bomb is dropped from one
# Before an aircraft: what was fired at ("they even shot at Army helicopters"): the target, not a weapon (not "opened
# fire on the market with helicopters").
_SHOT_AT_BEFORE = re.compile(r"\b(?:shot|shoot|shoots|shooting|fired|fires|firing|opened fire)\s+(?:at|on|upon|towards?)\s+"
                             r"(?:(?!(?:with|from|by|using)\b)[a-z0-9-]+\s+){0,3}$")
# Before a weapon: one a side defended with ("confronted it by shooting it with anti-aircraft missiles"),
# fired at the attack, not in it (not "homes hit by anti-aircraft missiles", fired at the ground).
_DEFENCE_BEFORE = re.compile(r"\bwith\s+(?:its\s+|their\s+|the\s+)?(?:anti-?aircraft|anti-?air|air[- ]defen[cs]e|"
                             r"surface-to-air|interceptor)\s+$")
# Before a weapon: a verb of striking whose object it is, alone or after others listed ("three airstrikes destroyed an
# ISIL mortar, an ISIL rocket system", "struck an ISIL mortar position"): what was struck, not what struck; not a weapon
# the attack came with or by ("hit Odesa with drones", "targeted by a drone", "targeted ships and fired missiles"),
# nor an adjective ("A targeted U.S. drone strike"), nor one downed in the air (`interception`: "destroyed two drones";
# `_IN_FLIGHT`: "struck two explosive-laden Houthi drones launched toward Abha").
_STRUCK_DET = r"(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous)\s+"
_STRUCK_WORD = (r"(?!(?:with|by|using|from|in|on|at|near|and|or|but|over|of|to|for|into|across|through|under|against|"
                r"towards?|after|before|during|amid|following|since|until|when|while|as|that|which|who|was|were|is|are|"
                r"fired|launched)\b)[a-z.'-]+\s+")
_STRUCK_ITEM = rf"(?:{_STRUCK_DET})?(?:{_STRUCK_WORD}){{0,2}}"
_STRUCK_BEFORE = re.compile(r"\b(?<!\ba )(?<!\ban )(?<!\bthe )(?:struck|striking|hit|hitting|targeted|targeting|bombed|(?P<ruined>destroy(?:s|ed|ing)|"
                            r"damag(?:es|ed|ing)))\s+"
                            rf"(?:{_STRUCK_ITEM}[a-z.'-]+(?:,\s+(?:and\s+)?|\s+and\s+(?=(?:an?|the|\d+|two|three|four|five)\s))){{0,4}}"
                            rf"(?:{_STRUCK_DET}(?:{_STRUCK_WORD}){{0,2}}|(?:{_STRUCK_WORD}){{1,2}})$")  # (not an adjective: "the
# second targeted airstrike")
# Before a weapon: the use of the place struck ("struck terrorist infrastructure ... from which rockets were being
# fired towards Israel", "sites used to launch drones"): the target's weapons, not the attack's.
_USED_THERE_BEFORE = re.compile(r"\b(?:from which|from where|used (?:to|for) (?:launch|fir)[a-z]*)\s+(?:[a-z-]+\s+){0,2}$")
_PLANNED_BEFORE = re.compile(r"\b(?:preparing|prepared|planning|planned|plotting|poised|about|attempting|trying|attempts?|bids?)"
                             r"\s+(?:for|to)\s+"
                             r"(?:launch|conduct|carry out|fire|stage|use)?\s*(?:an?\s+|more\s+|further\s+|new\s+)?(?:[a-z-]+\s+){0,2}$")
# After a weapon, the threat it was held to pose: weapons a strike forestalled, not its own ("drones that were deemed
# a threat", "the Central Command assessed the drones \"posed a threat to US and coalition forces\""); a threat only
# said to be posed is the attack's own ("Houthi rebels launched a drone that posed a threat to the USS Carney")
_THREAT_AFTER = re.compile(r"[\s\"'“”]+(?:that\s+|which\s+)?(?:(?:were|was|are|is)\s+)?(?P<held>(?:deemed|assessed|believed|judged|"
                           r"considered|seen)\s+)?(?:to\s+)?(?:pos(?:e|es|ed|ing)\s+)?an?\s+(?:imminent\s+|direct\s+)?threat\b")
# Before a weapon: what people held or what was found, not what attacked ("militants ... armed with numerous weapons,
# grenades, and explosive 'suicide' belts", "fighters were in possession of ...", "a cache of rockets was seized"); not
# "gunmen armed with rifles opened fire", where those arms are the attack's (`_ARMS_USED_AFTER`), nor what follows a
# clause of its own ("tablets are seized during a shootout")
_HELD_ARMS_BEFORE = re.compile(r"\b(?:(?:heavily |well |lightly )?armed with|in (?:the )?possession of|possess(?:ed|ing)|"
                               r"equipped with|wearing|wore|caches? of|stockpiles? of|(?:seized|recovered|confiscated|found)"
                               r"(?: a| an| the| several| numerous| large quantities of)?)"
                               r"(?:\s+(?!(?:to|by|from|when|as|in|during|after|before|while|amid|following|at|on)\b)[a-z0-9'\",-]+){0,6}?"
                               r"\s*[\"'“”‘’]?$")
_ARMS_USED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:open(?:ed)? fire|fir(?:ed|ing)|shot|shoot(?:ing)?|storm(?:ed|ing)|attack(?:ed|ing)|"
                              r"detonat(?:ed|ing)|blew|launch(?:ed|ing)|kill(?:ed|ing)|ambush(?:ed|ing)|shell(?:ed|ing)|"
                              r"hit|hitting|raid(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|overr?an|struck|striking)\b")
_HELD_BEFORE = re.compile(r"\b(?:deemed|assessed|believed|judged|considered)\s+(?:that\s+)?(?:the\s+)?$")
# Before "gun": a big gun, a ship's or an army's, not a firearm ("Russian artillery guns shelled", "Israeli tanks and
# heavy guns pounded", "A naval gun on the USS Gravely shot down", "the destroyer's guns")
_BIG_GUN_BEFORE = re.compile(r"\b(?:artillery|heavy|naval|tank|anti-?aircraft|deck|(?:ship|destroyer|warship)['’]s|"
                             r"howitzer|field|self-propelled)\s+$")
# After "shelling" or "shelled", the weapons it was done with: the word says bombardment, not artillery ("the
# shelling of Al-Shaddadi and Al-Omar field bases in Syria by drones")
_SHELLED_WITH = re.compile(r"(?:\s+[a-z0-9.'-]+){0,8}?\s+(?:by|with)\s+(?:(?:a|an|two|three|several|multiple|\d+)\s+)?"
                           r"(?:[a-z-]+\s+)?(?:drones?|rockets?|missiles?|mortars?|uavs?)\b")
_FACILITY_AFTER = re.compile(r"s?\s+(?:(?:staging|assembly|storage)\s+)?(?:facilit(?:y|ies)|sites?|depots?|"
                             r"factor(?:y|ies)|storage|warehouses?|launch(?:ing)? sites?|launchers?|production|"
                             r"workshops?|units?|operators?)\b")


# Between a weapon and the verb it is the subject of: a few words, no clause break ("jets have shelled").
_SUBJECT_GAP = re.compile(r"(?:\s+(?:have|has|had|also|reportedly|then|again))*\s+")
# Before a weapon, a year written as an adjective: an attack of that year, not the one told ("slain in a 2020
# U.S. drone strike")
_YEAR_BEFORE = re.compile(r"\b(?:a|an|the|its|his|their) (?:19|20)\d\d (?:[a-z.'-]+ ){0,2}$")


def weapons(lex: Lexicon, folded: str, original: str, start: int, end: int,
            skip: tuple[int, int] | None) -> list[WeaponHit]:
    """Weapons named in `[start, end)` with their counts and models, outside the `skip` span."""
    models = [(m.start(), m.end(), lex.weapon_model(m.group()))
              for m in lex.re["weapon_model"].finditer(folded, start, end)]
    hits: list[WeaponHit] = []
    used_models: set[int] = set()
    for m in lex.re["weapon_noun"].finditer(folded, start, end):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        if _FACILITY_AFTER.match(folded, m.end()):
            continue  # "drone facilities", "missile depots", "a drone staging site": what was struck, not what struck
        if _DEFENCE_BEFORE.search(folded, max(start, m.start() - 40), m.start()):
            continue  # "shooting it with anti-aircraft missiles": the defence's
        if _USED_THERE_BEFORE.search(folded, max(start, m.start() - 40), m.start()):
            continue  # "infrastructure ... from which rockets were being fired": what the place struck was used for
        if struck(lex, folded, start, m.start(), lex.weapon_kind(m.group())):
            continue  # "three airstrikes destroyed an ISIL mortar, an ISIL rocket system": what the strike hit
        if _PLANNED_BEFORE.search(folded, max(start, m.start() - 50), m.start()):
            continue  # "targets that officials believed were preparing for a drone attack": the attack the strike forestalled
        if m.group() in ("gun", "guns") and _BIG_GUN_BEFORE.search(folded, max(start, m.start() - 20), m.start()):
            continue  # a big gun is no firearm ("Russian artillery guns shelled the centre of Kherson")
        threat = _THREAT_AFTER.match(folded, m.end())
        if threat and (threat.group("held") or _HELD_BEFORE.search(folded, max(start, m.start() - 30), m.start())):
            continue  # "combatants attempting to launch drones that were deemed a threat": the threat forestalled
        if _HELD_ARMS_BEFORE.search(folded, max(start, m.start() - 70), m.start()) \
                and not _ARMS_USED_AFTER.match(folded, m.end(), end):
            continue  # "the militants were armed with ... grenades, and explosive 'suicide' belts": theirs, not the raid's
        if _YEAR_BEFORE.search(folded, max(start, m.start() - 30), m.start()):
            continue  # "an Iranian general slain in a 2020 U.S. drone strike": an attack of that year, another
        if m.group() in ("shelling", "shelled") and _SHELLED_WITH.match(folded, m.end(), end):
            continue  # the weapons after it are read on their own
        if m.group() == "shelled" and hits and hits[-1].weapon.kind != "artillery" \
                and _SUBJECT_GAP.fullmatch(folded, hits[-1].end, m.start()):
            continue  # "US and UK fighter jets shelled the building", "drones shelled two villages": the weapon
            # before the verb did it
        kind = lex.weapon_kind(m.group())
        if kind == "aircraft" and lex.cue["aircraft_not_striking_after"].match(folded, m.end()) \
                and not lex.re["trigger"].search(folded, m.end(), min(end, m.end() + 40)):
            continue  # "US helicopters intervened to evacuate the wounded": flown, not a weapon
        if kind == "aircraft" and _SHOT_AT_BEFORE.search(folded, max(start, m.start() - 40), m.start()):
            continue  # "where they even shot at Army helicopters": what was fired at
        if m.group() in ("bomb", "bombs"):
            bomb = _bomb(folded, m, start, end, kind)
            if bomb is None:
                continue  # "to bomb Yemen", "US bombs Iranian sites", "a bomb shelter": no bomb went off
            kind = bomb
        model = None
        span_start = m.start()
        for i, (ms, me, (name, model_kind)) in enumerate(models):
            if me <= m.start() and m.start() - me <= 1:
                model, kind, span_start = name, model_kind, ms
                used_models.add(i)
        if any(ms <= m.start() < me for ms, me, _ in models):
            continue  # "Grad" inside "BM-21 Grad rockets" is the model, already read
        # "a rocket salvo" is one salvo of an unknown number of rockets
        volley = re.match(r"s?\s*(?:salvo|barrage|volley)", folded[m.end():m.end() + 10]) or "salvo" in m.group()
        verb = m.group() == "shelled" or m.group().endswith(" fire")  # a verb, or fire, has no count: "2 Killed After
        # Ukraine Shelled Border Regions", "wounded at least two people after opening fire"
        count = None if volley or verb else _count(folded, span_start, start)
        hits.append(WeaponHit(Weapon(kind=kind, count=count, model=model), span_start, m.end()))
    for i, (ms, me, (name, kind)) in enumerate(models):
        if i in used_models or (skip and skip[0] <= ms < skip[1]):
            continue
        if any(h.start <= ms < h.end for h in hits):
            continue
        hits.append(WeaponHit(Weapon(kind=kind, count=_count(folded, ms, start), model=name), ms, me))
    hits.sort(key=lambda h: h.start)
    return hits


def struck(lex: Lexicon, folded: str, start: int, at: int, kind: str) -> bool:
    """Whether the weapon of `kind` named at `at` is the object of a verb of striking (`_STRUCK_BEFORE`); not one
    destroyed in the air ("The Arab coalition destroyed Houthi drones targeting ... Khamis Mushait", "it destroyed a
    Houthi aerial drone that was flying toward a U.S. Navy destroyer"), as what flies is unless it is told on the
    ground ("destroyed an ISIL rocket system")."""
    verb = _STRUCK_VERB.search(folded, max(start, at - _STRUCK_REACH), at)
    m = _STRUCK_BEFORE.search(folded, verb.start(), at) if verb is not None else None
    if m is None or lex.re["interception"].match(folded, m.start()):
        return False
    after = folded.find(" ", at)
    if kind in FLYING and _IN_FLIGHT.match(folded, after):
        return False  # "struck two explosive-laden Houthi drones launched toward Abha": downed, they were the attack
    return not (m.group("ruined") and kind in FLYING and not _ON_THE_GROUND.match(folded, after))


def weapons_struck(lex: Lexicon, folded: str, start: int, end: int) -> bool:
    """Whether `[start, end)` names weapons that were struck (`struck`): an attack, though not with them."""
    return any(struck(lex, folded, start, m.start(), lex.weapon_kind(m.group()))
               for m in lex.re["weapon_noun"].finditer(folded, start, end))


FLYING = ("drone", "missile", "ballistic missile", "cruise missile", "rocket")
_IN_FLIGHT = re.compile(r"(?:\s+[a-z-]+)?\s+(?:that\s+were\s+|which\s+were\s+)?(?:launched|fired|heading|flying|approaching|"
                        r"aimed|sent|targeting|bound|toward|towards|over|inbound)\b")
_ON_THE_GROUND = re.compile(r"(?:\s+[a-z-]+)?\s+(?:systems?|launchers?|positions?|teams?|crews?|caches?|emplacements?|"
                            r"stockpiles?|storage)\b")


_STRUCK_VERB = re.compile(r"\b(?:struck|striking|hit|hitting|targeted|targeting|bombed|destroy|damag)")
_STRUCK_REACH = 150  # characters back to the verb, over a list of what it struck


def _bomb(folded: str, m: re.Match[str], start: int, end: int, planted: str) -> str | None:
    """What "bomb" alone is in `[start, end)`: none but a noun with its article or number; an
    aircraft's where dropped or where the sentence names aircraft ("A military aircraft ... dropped
    three bombs on Nyaung Kone village"), else `planted`, the lexicon's kind ("another bomb targeted
    soldiers")."""
    if not _BOMB_BEFORE.search(folded, max(start, m.start() - 20), m.start()) or _NOT_A_BOMB_AFTER.match(folded, m.end()):
        return None
    if _DROPPED_BEFORE.search(folded, max(start, m.start() - 30), m.start()) or _AIRCRAFT.search(folded, start, end):
        return "aircraft"
    return planted


def _count(folded: str, at: int, floor: int) -> int | None:
    before = folded[max(floor, at - 45):at]
    m = _COUNT_BEFORE.search(before)
    while m and _NOT_COUNTED.search(before, m.end("n")):  # the figure counts something else: a nearer one may not
        m = _COUNT_BEFORE.search(before, m.end("n") + 1)
    if not m or _MONTH_BEFORE.search(before, 0, m.start("n")):
        return None  # "the July 14 and July 15 drone attacks": a day, not fifteen drones
    n = m.group("n")
    if n in ("a", "an"):
        return 1
    if _YEAR.fullmatch(n):
        return None  # "the 2020 shootings": a year, not how many
    return parse(n)


_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+$|\b(?:{_MONTHS})\s+$")


def merge_weapons(into: list[Weapon], new: list[Weapon]) -> bool:
    """Add `new` to `into` by kind: highest count, first model. True if anything changed.

    A bare "missile" adds nothing to a report that already names rockets or a missile type:
    outlets use the words loosely for the same salvo.
    """
    changed = False
    for w in new:
        if w.kind == "missile" and w.model is None and any(
                x.kind in ("rocket", "ballistic missile", "cruise missile", "missile") for x in into):
            continue
        same = next((x for x in into if x.kind == w.kind), None)
        if same is None:
            into.append(w.model_copy())
            changed = True
            continue
        if w.count is not None and (same.count is None or w.count > same.count):
            same.count = w.count
            changed = True
        if w.model and not same.model:
            same.model = w.model
            changed = True
    return changed


# --- casualties ---------------------------------------------------------------------------------

# Between "was" and what befell them, a day or an adverb: "A jawan of district reserve guard (DRG) was on Monday
# killed and three others injured"
_BETWEEN_VERB = re.compile(r"\b(was|were|have been|has been|had been) (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"reportedly|allegedly|also|later|subsequently) (?=(?:killed|injured|wounded|hurt|martyred)\b)")
# "wound another 20": 20; never the "one" of "no one was reported injured"
# Never "a" of a vague quantity ("the martyrdom of a number of Syrian forces": no count, not one), nor the one a
# figure already counted ("five ISIS members including a cell leader were killed": five)
_VAGUE = r"(?! (?:number|handful|few|couple|lot|host|series|group|slew) of\b)"
# Before a figure, that it adds to one told ("killing four fighters and injuring an additional four": four, not one)
_MORE = r"(?:another |an additional |a further |additional |further )?"
_N = (rf"(?<!no )(?:{QUALIFIER} )?{_MORE}(?P<n>{NUMBER}|(?<!including )an?{_VAGUE}|another)"
      r"(?:-plus|\+)?")  # "the 40-plus ... injured": 40
# The words between a number and what befell them ("three American service members were killed"):
# never a second clause ("killed six people and injured 14": the six were killed, not injured), nor
# the attack that killed them ("A suspected U.S. air strike killed five members": five, not one), nor
# those they were among ("Five children among those injured": some of the wounded, not how many).
_NOT_WHO = (r"and|or|but|while|among|kill\w*|injur\w*|wound\w*|(?:air)?strikes?|attacks?|raids?|bomb\w*|shelling|"
            r"drones?|missiles?|rockets?|blasts?|explosions?|landmines?|ieds?|grenades?|mortars?|shells?|bullets?|gunfire|"
            # "killed by a landmine and another was wounded": one wounded, the landmine no one
            r"number|handful|list|few|lot|slew|string|majority|minority|series|"  # "a number of people were killed",
            # "a list of those killed": no count, not one
            rf"of (?:the |those |these )?{NUMBER}(?!-)|"  # "one of the three killed", "a total of seven": the second
            rf"{NUMBER}(?!-)")  # "In a separate incident six people were killed": six, not the "a" before


def _who(stops: str, words: str) -> str:
    """`words` words (a regex repeat: "{0,4}") of the people a figure counts, none of them a word of `stops`;
    an age is one ("a 40-year-old tribal woman was killed"), and a name's acronym in brackets is none ("left
    three New People's Army (NPA) insurgents dead")."""
    return rf"(?:(?!(?:{stops})\b)(?:[a-z.'-]+|\d{{1,3}}-year-olds?)(?: \([a-z0-9.-]+\))? ){words}?"


_WHO = _who(_NOT_WHO, "{0,4}")
# A figure (not "a" or "an") may stand further from its verb: "at least 18 members of an Iran-backed
# group were killed" (not "an Iran-backed group were killed": one).
_FIGURE = rf"(?:{QUALIFIER} )?{_MORE}(?P<n>{NUMBER})(?:-plus|\+)?"
_WHO_LONGER = _who(_NOT_WHO, "{5,6}")
# The number of the dead or wounded, and the figure it reached: "the number of wounded soldiers stood at 25",
# "the number of troops injured has risen to 40"
_COUNT_OF = r"number of (?:the )?(?:[a-z.'-]+ ){0,2}?"
_STOOD_AT = (r"(?: [a-z.'-]+){0,3}? (?:has |have |had )?(?:now )?(?:stood|stands|stand|rose|risen|rises|climbed|climbs|"
             r"reached|reaches|increased|jumped|grew|was|is) (?:at |to )?")
# After "killed": not "or captured" ("more than 50 ISIS terrorists have been killed or captured": how many of each,
# untold)
_NOT_CAPTURED = r"(?! or (?:captured|arrested|detained|taken)\b)"
# After "killed": a number, so what stood before it did the killing ("a school-turned-shelter killed at least 7
# people": not one dead shelter)
_FIGURE_NEXT = (r"\s+(?:at least |more than |about |nearly |some |up to |over |around )?(?:\d+|one|two|three|four|"
                r"five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds)\b"
                r"(?! (?:days?|weeks?|months?|years?|hours?|nights?)\b)")  # not "were killed over two days"
# ... nor "and injured" with no figure of its own: the dead and the hurt counted as one ("18 civilians killed and injured
# in initial toll"; not "three were killed and injured 40 others")
_NOT_BOTH = rf"(?! (?:and|or|and/or) (?:injured|wounded|hurt)\b(?!{_FIGURE_NEXT}))"
_ACTIVE = rf"(?!{_FIGURE_NEXT})" + _NOT_CAPTURED + _NOT_BOTH
_ONE_PERSON = (r"(?:child|man|woman|boy|girl|soldier|jawan|constable|trooper|civilian|commander|leader|official|officer|general|journalist|"
               r"teenager|teen|fighter|militant|member|person|contractor|worker|policeman|guard|doctor|paramedic|"
               r"student|farmer|driver|mayor|governor|minister|cleric|activist)")
# Who they were, between commas, after the people counted: "31 people, including seven children and a pregnant
# woman, were killed", "Five people, three of them children, were killed", "five people, all volunteers, were killed",
# "at least 13 people—including women and children—lost their lives"
_ASIDE = (rf"(?:{_WHO}[a-z.'-]*[a-z.'](?:, |\s*-\s*)(?:including|among them|among whom|mostly|most of them|many of them|all of them|"
          rf"all|both|{NUMBER} of (?:them|whom)) [^,;]{{1,80}}?(?:, |\s*-\s*)|"  # (dashes folded to "-")
          # ... or without commas, or only the first: "at least five ISIS group members including a cell leader were
          # killed", "13 people, including 10 soldiers were also injured"
          rf"{_WHO}[a-z.'-]+,? including (?:an?|{NUMBER}) (?:[a-z.'-]+ ){{0,3}}?)?")
_TOOK = r"(?:claim(?:s|ed|ing)?|t(?:ook|akes?|aking)|loss of|cost(?:s|ing)?)"  # lives, by an attack
# Two kinds of people counted by one figure: "Twelve children and teenagers were killed" (not "three soldiers and a
# civilian", two figures)
_PEOPLE_AND_PEOPLE = rf"(?:[a-z'-]+ ){{1,2}}and (?!(?:a|an|another|{NUMBER})\b)(?:[a-z'-]+ ){{1,2}}"
# The enemies an army says it killed, by the words armies use for it ("troops effectively neutralized one terrorist",
# "eliminating 37 terrorists", "two terrorists were successfully neutralized", "27 terrorists were sent to hell"):
# said only of people ("neutralized two drones" counts none)
_FOES = (r"(?:terrorists?|militants?|insurgents?|khawarij|khwarij|kharijis?|jihadists?|fighters?|gunm[ae]n|assailants?|"
         r"attackers?|rebels?|bandits?|operatives?|commanders?|infiltrators?|extremists?|combatants?)"
         # ... as the head of their words, what follows being no noun of theirs ("eliminated 15 terrorists' hideouts",
         # "neutralized two rebel drones", "an ISIS Terrorist Cell", "nine terrorist bases": how many dead, untold)
         r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:in|at|on|near|during|including|and|who|which|from|of|after|while|when|as|with|"
         r"across|inside|around|belonging|affiliated|linked|involved|were|was|have|has|had|since|over|the|this|last|early|"
         r"late|overnight|yesterday|today|alias|among|for|by|to|is|are|been|successfully|effectively)\b)")
_PUT_DOWN = r"(?:neutrali[sz]ed|eliminated(?! from\b)|sent to hell)"  # (not "eliminated from the race")
_KILLED = [
    re.compile(rf"\b{_FIGURE} {_WHO_LONGER}(?:were |was |have been |had been |are |is )?(?:killed|dead|died|martyred)\b"
               + _ACTIVE),
    re.compile(rf"\b{_N} {_ASIDE}{_WHO}(?:were |was |have been |had been |are |is )?(?:killed|dead|died|martyred|murdered|"
               r"lost (?:their|his|her) li(?:ves|fe)|losing (?:their|his|her) li(?:ves|fe)|embraced? martyrdom|gunned down|"
               r"shot and killed|shot to death)\b" + _ACTIVE),  # "A policeman was shot and killed in Bannu"
    re.compile(rf"\b{_FIGURE} {_PEOPLE_AND_PEOPLE}(?:were |have been |had been |are )(?:killed|dead|martyred)\b" + _ACTIVE),
    re.compile(rf"\b(?:kill|martyr)(?:s|ed|ing)? {_N}\b(?! (?:percent|%))"),  # "Gunmen kill eight bus passengers",
    # "martyring three policemen"
    re.compile(rf"\b(?:left|leaves?|leaving) {_N} {_WHO}(?:dead|martyred)\b"),  # "left eight people wounded" is no death
    re.compile(rf"\b(?:deaths?|martyrdom|killing) of {_N}\b"),
    re.compile(rf"\b(?:neutrali[sz]|eliminat)(?:es|ed|ing) {_N} (?:[a-z.'-]+ ){{0,3}}?{_FOES}\b"),
    re.compile(rf"\b(?:neutrali[sz]ation|elimination) of {_N} (?:[a-z.'-]+ ){{0,3}}?{_FOES}\b"),
    re.compile(rf"\b{_N} (?:[a-z.'-]+ ){{0,3}}?{_FOES} (?:were |was |have been |had been |has been )(?:[a-z]+ )?{_PUT_DOWN}\b"),
    re.compile(rf"\b{_TOOK} {_N} (?:[a-z-]+ )?li(?:ves|fe)\b"),
    # "claimed at least three lives", "resulted in the tragic loss of at least 23 lives"
    re.compile(rf"\b{_TOOK} the li(?:ves|fe) of {_N}\b"),  # "claimed the lives of three American troops"
    re.compile(rf"\b{_N} (?:[a-z-]+ )?li(?:ves|fe) (?:(?:have|has|had) been|were|was) (?:claimed|lost|taken)\b"),  # "At least
    # six civilian lives have been claimed"
    re.compile(rf"\b(?:gun(?:s|ned|ning) down|(?:shoots?|shot|shooting) dead|(?:shoots?|shot|shooting|stabs?|stabbed|"
               rf"stabbing|hack(?:s|ed|ing)?|beat(?:s|ing)?) to death) {_N}\b"),  # "security forces gunned down five
    # terrorists", "A gunman shot to death seven Israelis"
    re.compile(rf"\b{_N} (?:[a-z-]+ )?(?:deaths|fatalit(?:y|ies))\b"),  # "resulted in at least eight deaths",
    # "resulting in one fatality"
    re.compile(rf"\b{_COUNT_OF}(?:dead|killed|deaths|fatalities){_STOOD_AT}{_N}\b"),  # "the number of dead rose to 5"
    # the dead by their bodies, found after the attack ("At least seven bodies have been recovered so far", "Fifty nine
    # bodies were found on the scene", "rescuers recovered 40 bodies after the strike"); not bodies found besides those
    # told ("two additional bodies were discovered", "more bodies were retrieved": a toll's rise, read as a toll)
    re.compile(rf"\b{_FIGURE} (?!(?:additional|more|other|further|new)\b)(?:[a-z-]+ )?bodies (?:(?:have|had) (?:now |already )?been "
               r"|were |are )(?:[a-z]+ )?(?:recovered|found|retrieved|pulled|discovered|collected)\b"),
    re.compile(rf"\bthe bodies of {_N} (?:[a-z-]+ ){{0,3}}?(?:(?:have|had) (?:now |already )?been |were |are )(?:[a-z]+ )?"
               r"(?:recovered|found|retrieved|pulled|discovered|collected)\b"),  # "The bodies of 11 villagers were recovered"
    re.compile(rf"\b(?:recover|retriev|found|discover|collect|pull)(?:s|ed|ing)? (?:out )?{_N} bodies\b"),
    re.compile(rf"\b(?:recover|retriev|found|discover|collect|pull)(?:s|ed|ing)? (?:out )?the bodies of {_N}\b"),
    # one person named by what they were, with no number ("Air strike kills child", "US strike kills
    # militia leader in Baghdad"): one death
    re.compile(rf"\bkill(?:s|ed|ing)?\s+(?P<n>)(?:(?:a|an|one)\s+)?(?:[a-z'-]+\s+){{0,4}}?{_ONE_PERSON}\b"),
    # ... or as the subject, with what they belonged to after them ("A senior leader of the Iran-backed Kataib
    # Hezbollah militia was killed in a U.S. drone strike")
    re.compile(rf"\b(?:a|an|one)\s+(?P<n>)(?:[a-z'-]+\s+){{0,2}}?{_ONE_PERSON}\s+(?:of|from|in|with)\s+"
               rf"(?:[a-z.'-]+\s+|\([a-z]+\)\s+){{1,6}}?(?:was|has been|had been)\s+(?:killed|martyred|murdered)\b{_ACTIVE}"),
]
# One person told as killed with no figure, by name or by what they were ("Shia militia commander Abu Taqwa was
# killed", "The 15-year-old was killed", "the Israeli army on Monday assassinated Wissam al-Tawil", "the death of
# senior ISIS operative Omar Abdul Qader"): one death; not where no one was ("no one was killed"), nor one told by
# a relative pronoun ("Soleimani, who was killed in a US strike in 2020": the death the text recalls), nor a death
# told as what an attack answers ("an Iranian reprisal attack on Israel for the killing of Hamas's political chief")
_ONE_KILLED = [
    re.compile(r"\b(?P<who>[a-z0-9.'-]+) (?:was|has been|had been) (?:reportedly |also |later )?"
               r"(?:killed|martyred|assassinated|shot dead|slain)\b" + _ACTIVE),
    re.compile(rf"\b(?P<who>)assassinat(?:ed|es|ing) (?!(?:{NUMBER}|several|dozens|scores|many|some|multiple)\b)"),
    re.compile(rf"(?<!for the )(?<!over the )(?<!after the )(?<!following the )(?<!avenge the )"
               rf"\b(?P<who>)(?:death|killing|assassination|elimination|martyrdom) of (?:the |a |an |one )?"
               rf"(?:[a-z.'-]+ ){{0,4}}?(?:{_ONE_PERSON}|operative|chief)\b"),
]
# People who are someone's, by number, after "his", "her" or "their": "his two adult ISIS-affiliated sons" (not "his two cows")
_KIN = (r"(?:[a-z-]+ ){0,2}?(?:sons|daughters|children|kids|brothers|sisters|wives|husbands|parents|grandchildren|"
        r"nephews|nieces|cousins|relatives|bodyguards|guards|aides|companions|associates|comrades|colleagues)\b")
# The one told dead and their kin by number: "the death of senior ISIS Leader, Dhiya' Zawba Muslih al-Hardani, and his
# two adult ISIS-affiliated sons"
_ONE_AND_KIN = re.compile(rf"\b(?:death|killing) of (?:the |a |an )?(?:[a-z.'-]+ ){{0,4}}?(?:{_ONE_PERSON}|operative|chief)\b"
                          rf"(?:,? [^,.;]{{1,60}},)? and (?:his|her|their) (?P<m>{NUMBER}) {_KIN}")
# One person named, and a figure of others killed with them ("The remains of Sanders and the 2 other soldiers killed in
# Jordan", "Sgt. William Rivers, 46, and two other reservists were killed"): the others and the one (not "Hamas and two
# other groups killed two Israeli soldiers", who killed)
_ONE_AND_OTHERS = re.compile(rf"\b(?P<one>[a-z.'-]+)(?:, \d{{1,3}},)? and (?:the )?(?P<m>{NUMBER}) other (?:[a-z-]+ ){{0,2}}?"
                             r"(?:(?:who )?(?:were|have been|had been) killed|killed (?:in|by|during|when|on|at)|died)\b")
# One more dead by the rank it is told with, which counts all of them: "A second ISIS operative was also killed in the
# attack" (two), "a third soldier later died of his wounds" (three); not "the second soldier killed this year", a count
# over time, nor "A sixth grader was killed"
_ONE_MORE_DEAD = re.compile(r"\ba (?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?P<who>(?:[a-z.'-]+ ){0,3}?)"
                            r"(?:(?:was|has|had|has been|had been) )?(?:(?:also|later|subsequently|since) )?"
                            r"(?:killed|died|succumbed)\b")
# Words that make the one told by its rank no person (a grade, a rank, an attack, a time): "A second lieutenant was
# killed", "A second Israeli strike killed a man", "In a second incident a man was killed"
_NOT_ONE_MORE = re.compile(r"\b(?:grader|grade|lieutenant|year|time|day|week|month|term|round|generation|strike|airstrike|"
                           r"attack|incident|raid|blast|explosion|bomb|bombing|drone|rocket|missile|shell|wave|a|an|the)\b")
_ORDINALS = {w: n for n, w in enumerate(("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                          "tenth"), start=2)}
_SEPARATE = re.compile(r"\b(?:separate|another|different|other)\b")  # "... was killed ... in a separate strike"
_NONE_BEFORE = re.compile(r"(?:\b(?:no|not|nor|neither) [a-z0-9.'-]+|\b(?:nobody|none|who|which|that|it|what|nothing))\W*$")
# The dead listed one by one after the verb ("killing the SDF commander, his bodyguard, and the car driver": three):
# each a singular of up to four words after an article or a possessive, none of them a number's; or the one the
# sentence named, by its pronoun ("killing him and another operative of the terrorist group": two; not "her" of "a
# mother and her two children")
_ONE_OF_LIST = r"(?:(?:him|her)(?! (?!and\b)[a-z])|(?:the|an?|another|his|her|their|its) (?!(?:number|handful|few|couple|lot|group)\b)(?:[a-z'-]+ ){0,3}?[a-z'-]*[^s\W])"
_LISTED_DEAD = re.compile(rf"\bkill(?:s|ed|ing) (?P<items>{_ONE_OF_LIST}(?:, {_ONE_OF_LIST})*,? and {_ONE_OF_LIST})\b"
                          r"(?! (?:and|or) )")
_ITEM_BREAK = re.compile(r",? and |, ")  # between the items of such a list
_A_NUMBER = re.compile(rf"\b{NUMBER}\b")
# Two groups of dead ("Four Hezbollah members and two other militants are killed", "killing an Iranian
# officer and 15 other militants"): their sum, unless the second group was only wounded.
_M = _N.replace("?P<n>", "?P<m>")
_NOT_HURT = r"(?! (?:[a-z.'-]+ ){0,4}?(?:were |was |are |is )?(?:injur|wound|hurt|kidnap|abduct))"
# who the second group were ("and an American civilian who was serving as an interpreter were killed")
_WHO_WERE = rf"(?:(?:who|that) (?:was|were|had been) {_who(_NOT_WHO, '{1,4}')})?"
_KILLED_SUM = [
    re.compile(rf"\b(?<!between ){_N} {_WHO}and {_M} {_WHO}{_WHO_WERE}(?:were |have been |had been |are )?"
               r"(?:killed|dead|died)\b"),
    # a headline's two groups of people, a comma between: "8 children, 3 adults reported dead in airstrike" (not "leaves
    # 4 injured, 1 dead", nor "hits another Ukraine apartment block, 1 dead")
    re.compile(rf"\b(?<!between ){_FIGURE}(?! (?:days?|weeks?|months?|years?|hours?|nights?)\b) "
               rf"{_who(_NOT_WHO, '{0,3}')}(?!(?:{_NOT_WHO})\b)[a-z'-]+, "
               rf"{_FIGURE.replace('?P<n>', '?P<m>')} {_WHO}(?:were |are )?(?:reported(?:ly)? )?(?:killed|dead)\b"
               + _NOT_CAPTURED),  # (not "After nearly two months of targeted operations, more than 50 ...")
    # ... or one person and a figure, as a headline tells them (no verb): "Iraqi officer, four soldiers killed in
    # suspected ISIS attack" (five; not "According to a local official, 12 people were killed": twelve)
    re.compile(rf"\b(?:(?:an?|one) )?(?P<n>)(?:[a-z'-]+ ){{0,2}}?{_ONE_PERSON}, {_FIGURE.replace('?P<n>', '?P<m>')} "
               rf"{_who(_NOT_WHO + '|were|are|was|is|have|has|had|been', '{0,4}')}(?:reported(?:ly)? )?(?:killed|dead)\b"
               + _NOT_CAPTURED),
    # (and the second group told as the first one's kin: "killed a senior Islamic State leader and his two adult sons")
    re.compile(rf"\b(?:kill(?:s|ed|ing)?|{_TOOK} the li(?:ves|fe) of|(?:death|killing)s? of) {_N} {_WHO}and (?:(?:his|her|their) (?={NUMBER} {_KIN}))?{_M}\b{_NOT_HURT}"),
    # (and one told by what they were, with whose they were or a name beside them, and others by number: "killed a
    # senior commander of Hurras al-Din and two other fighters", "killed Abu Ahmed, a senior commander, and three other
    # members": three, four)
    re.compile(rf"\bkill(?:s|ed|ing)? (?:(?:the|a|an|one) |[^,.;]{{1,40}}, (?:the|a|an) )?(?P<n>)(?:[a-z.'-]+ ){{0,3}}?"
               rf"(?:{_ONE_PERSON}|operative|chief)\b(?: (?:of|from) [^,.;]{{1,50}}?|, [^,.;]{{1,60}},)?,? and {_M}(?! (?:days?|weeks?|months?|years?|hours?|minutes?|times)\b)(?: others?)?\b"
               + _NOT_HURT),  # (or one more: "kills Yemeni military commander and another officer", two)
]
# ... and of wounded ("Four U.S. service members and a U.S. contractor were injured": five), never the dead
# or what was destroyed before them ("10 dead and 100 injured", "four policemen were martyred and four others
# wounded", "at least 15 deaths and seven American troops
# being injured", "50 buildings were destroyed and some 20 people injured")
_WHO_HURT = _who(r"dead|died|deaths?|fatalit\w*|martyr\w*|lost|li(?:fe|ves)|destroy\w*|damag\w*|missing|buildings?|homes?|houses?|" + _NOT_WHO, "{0,4}")
_HURT = (r"(?:[a-z]+ly (?:to [a-z]+ly )?)?(?:injured|wounded|hurt|(?:suffer|sustain|receive)(?:s|d|ed)? (?:[a-z-]+ ){0,3}?"
         r"(?:injur(?:y|ies)|wounds))\b")  # "lightly wounded", "sustained lighter injuries"
_INJURED_SUM = [
    re.compile(rf"\b(?<!between )(?<!kill )(?<!kills )(?<!killed )(?<!killing ){_N} {_WHO_HURT}and {_M} {_WHO_HURT}"
               r"(?:were |have been |had been |are )?(?:injured|wounded|hurt)\b"),  # (not the dead first: "killed a soldier
    # and two others were wounded")
    # told by how badly, each with its verb: "Two people were severely wounded, and 23 others sustained lighter injuries"
    re.compile(rf"\b(?<!between ){_N} {_WHO_HURT}(?:were |was |have been |had been |are )" + _HURT
               + rf",? and {_M} (?!of (?:them|whom)\b){_WHO_HURT}(?:were |have been |had been |are )?" + _HURT),
    # the verb first: "an August 5th rocket attack on al Asad Air Base in Iraq that injured four U.S. troops and a defense
    # contractor" (not "wounding two soldiers and a civilian was killed")
    re.compile(rf"\b(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)) {_N} {_WHO_HURT}and {_M}\b"
               r"(?!(?:[a-z.'-]+ ){0,4}?(?:were |was |are |is )?(?:killed|dead|died))"),
]
# Between a figure and wounds further on: no other clause ("Two jawans were martyred whereas a civilian was injured",
# "About 20 minutes later a second soldier was wounded"), no clock time ("At about 9 pm on Friday a policeman was
# injured") and no distance; no time right after the figure ("Within 48 hours of the ceasefire several residents were
# wounded"), but days may stand further on ("Five children who had sheltered there for days were injured")
_FAR_STOPS = (r"dead|died|deaths?|martyr\w*|when|whereas|after|later|then|where|before|(?:a|p)\.?m\b\.?|hrs|"
              r"km|kilomet(?:er|re)s?|miles?|" + _NOT_WHO)
# A vague number hurt and a figure more: "Several US troops sustained minor injuries and one member of the Iraqi security
# forces was badly wounded": how many in all is untold (not one)
_SOME_HURT_AND = re.compile(rf"\b(?:several|some|many|dozens of|scores of|hundreds of|a number of) {_WHO_HURT}"
                            rf"(?:were |was |have been |had been |are )?{_HURT},? and {_N} {_who(_FAR_STOPS, '{0,7}')}"
                            rf"(?:were |was |have been |had been |are |is )?{_HURT}")
_INJURED = [
    # "Three other members of the Iowa National Guard were injured", "three children aboard a nearby school bus sustained
    # injuries": a figure further from its verb, as of the dead, before an "a" nearer it (not one hurt bus)
    re.compile(rf"\b{_FIGURE} (?!(?:minutes?|hours?|days?|weeks?|months?|years?)\b){_who(_FAR_STOPS, '{5,7}')}"
               r"(?:were |was |have been |had been |are |is )?" + _HURT),
    re.compile(rf"\b{_FIGURE} {_PEOPLE_AND_PEOPLE}(?:were |have been |had been |are )(?:injured|wounded|hurt)\b"),
    re.compile(rf"\b{_N} {_ASIDE}{_WHO}(?:were |was |have been |had been |are |is )?(?:[a-z]+ly (?:to [a-z]+ly )?)?"
               r"(?:injured|wounded|hurt|(?:suffer|sustain|receive)(?:s|d|ed)? (?:[a-z-]+ ){0,3}?(?:injur(?:y|ies)|wounds|concussions?|tbi)|"
               r"shot and (?:wounded|injured))\b"),  # "seven others sustained various degrees of injuries", "A Manipur
    # commando suffered a head injury"
    # "Eight U.S. troops are being treated for traumatic brain injuries"
    re.compile(rf"\b{_N} {_WHO}(?:were |was |are |is )?(?:being )?(?:treated|evaluated|assessed|hospitali[sz]ed) for "
               r"(?:[a-z-]+ ){0,3}?(?:injur(?:y|ies)|wounds|tbi|concussions?)\b"),
    re.compile(rf"\b(?:left|leaves?|leaving) {_N} {_WHO}(?:injured|wounded|hurt)\b"),
    re.compile(rf"\b(?:left|leaves?|leaving) {_N} {_WHO}with (?:[a-z-]+ )?(?:injuries|wounds)\b"),  # "left 20 troops
    # with minor injuries"
    re.compile(rf"\b{_COUNT_OF}(?:injured|wounded|injuries){_STOOD_AT}{_N}\b"),  # "the number of wounded soldiers stood at 25"
    re.compile(rf"\b(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?) {_N}\b"),
    re.compile(rf"\binjur(?:y|ies) (?:of|to) {_N}\b"),
    re.compile(rf"\b{_N} (?:[a-z-]+ )?injuries\b(?! (?:of|to)\b)"),  # "six deaths and at least 90 injuries"
]


# A word each match of a pattern of _KILLED or _KILLED_SUM holds, and one each of _INJURED or
# _INJURED_SUM holds: most sentences hold none, and are not searched with those patterns at all.
# A pattern added there (or to _ONE_KILLED) adds its word here.
_DEATH_WORDS = ("kill", "dead", "died", "martyr", "murder", "lost", "losing", "death", "fatalit", "lives", "gunn",
                "assassinat", "eliminat", "slain", "neutrali", "hell", "bodies")
_HURT_WORDS = ("injur", "wound", "hurt", "tbi", "concussion")

_A_WARS_DEAD = 1000  # dead counted from this many: a war's toll, not one attack's
# A toll said to have risen to a figure, or to stand at one: "the death toll has surged to 18", "toll from the
# strike rose to 9", "Provisional toll stands at 12 soldiers killed and three injured", "The death toll following a
# suicide explosion in the Somali coastal town of Marka, in the regional capital of Lower Shebelle has increased to at
# least 20")
_RISEN_TOLL = re.compile(rf"\btoll\b(?:,? (?!since\b)[a-z-]+){{0,20}}? (?:has |had |have )?(?:now )?(?:(?:risen|rose|rises|climbed|"
                         rf"climbs|surged|surges|jumped|increased|reached|reaches|hit|hits) (?:to )?|(?:stands|stood) at ){_N}\b")
# ... or to have been raised to it: "a search raising the death toll to eight", "bringing the toll to 12"
_RAISED_TOLL = re.compile(rf"\b(?:rais(?:es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)|tak(?:es|ing)|took) (?:the )?"
                          rf"(?:overall |total )?(?:death )?toll (?:[a-z-]+ ){{0,3}}?to {_N}\b")
_UPDATED_TOLL = re.compile(r"\b(?:new|latest|updated|revised|preliminary|initial|final) (?:death )?toll\b")
_SO_FAR = re.compile(r"\b(?:has|have|had)\b")  # "has killed", "have been killed": a count up to now
# One attack named as where the dead of a count so far died ("So far 63 people have died in the suicide bombing"):
# its toll as it stands, not a count over many
_IN_ONE_ATTACK = re.compile(r"\b(?:died|killed|dead)(?: [a-z]+){0,2}? (?:in|by|from) (?:the|this|that|[a-z]+day's) (?:[a-z-]+ ){0,2}?"
                            r"(?:attack|bombing|blast|explosion|strike|airstrike|air strike|ambush|raid|shelling|massacre)\b(?!s)")
_THOUSANDS = re.compile(r"\d,\d{3}|\d{4}")  # in every figure from _A_WARS_DEAD on (number words stop at "hundred")

@dataclass(frozen=True, slots=True)
class Casualties:
    fatalities: int | None
    injuries: int | None
    stated: bool  # the sentence speaks about casualties at all (a figure, or "no casualties")
    one_named: bool = False  # the one dead is a person told killed with no figure (`_ONE_KILLED`)


# The ages of the people counted, which are no count of them: "aged between four and 14", "aged 5 to 12"
_AGES = re.compile(r" aged (?:between |from )?[\w-]+(?: (?:and|to) [\w-]+)?(?= )")
# A bound, which is no figure given as fact ("resulting in up to 35 ISIS operatives killed", "an attack on a village
# ... has killed \"up to 100\" people"): read as "several", a count untold
_UP_TO = re.compile(rf"\bup to [\"']?{NUMBER}\b[\"']?")
# A day of a month, which is no count of anyone ("El Fasher, Oct 2 Eight civilians have been killed": eight)
# (the months the date reader knows, not "may": "may 5 ...")
_MONTH_DAY = re.compile(r"\b(?:" + "|".join(sorted((m for m in MONTHS if m != "may"), key=len, reverse=True))
                        + r")\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b(?! (?:killed|dead|injured|wounded|people|civilians|soldiers))")


_QUOTE = re.compile(r'\s*["\u201c\u201d\u00ab\u00bb]\s*')  # a double quote or guillemet, which a toll may be quoted within


def casualties(lex: Lexicon, folded: str, start: int, end: int, skip: tuple[int, int] | None) -> Casualties:
    seg = folded[start:end]
    if skip:
        seg = seg[: skip[0] - start] + " " * (skip[1] - skip[0]) + seg[skip[1] - start:]
    seg = _QUOTE.sub(" ", seg)  # 'had killed "at least 28 ISIS operatives"', quoting a statement: the figure as told
    seg = _BETWEEN_VERB.sub(r"\1 ", seg)  # "A jawan ... was on Monday killed": was killed
    seg = _AGES.sub("", seg)  # "16 children aged between four and 14 were wounded": 16 children were wounded
    seg = _MONTH_DAY.sub(lambda m: " " * len(m.group()), seg)
    seg = _UP_TO.sub(lambda m: "several".ljust(len(m.group())), seg)
    counted = [m.group() for m in lex.re["cumulative_casualties"].finditer(seg) if not measures_a_superlative(lex, seg, m)
               and not (m.group() == "since" and lex.cue["another_since_before"].search(seg, max(0, m.start() - 80), m.start()))
               and not (m.group() in ("so far", "to date") and _IN_ONE_ATTACK.search(seg))]
    if counted:
        tolls_only = set(counted) <= {"toll", "death toll"}
        toll = _risen_toll(seg, lex) if tolls_only else Casualties(None, None, False)
        if toll.stated or not (tolls_only and _UPDATED_TOLL.search(seg)):
            return toll
        # "According to a new toll ..., 23 pro-Iran fighters were killed in the US airstrikes": one attack's
        # toll updated, read as any figure is
    dead = hurt = None
    one_named = False
    if any(w in seg for w in _DEATH_WORDS):
        dead = _sum(_KILLED_SUM, seg)
        dead = _first(_KILLED, seg) if dead is None else dead
        one_named = dead is None and _one_killed(seg)
        kin = _ONE_AND_KIN.search(seg) if one_named else None
        if kin is not None and (more := _number(kin.group("m"))) is not None:
            dead, one_named = 1 + more, False  # "the death of senior ISIS leader ..., and his two adult sons": three
        dead = 1 if one_named else dead
        if dead is not None and (others := _ONE_AND_OTHERS.search(seg)) is not None and _number(others.group("m")) == dead \
                and not _A_NUMBER.search(seg, max(0, others.start() - 30), others.end("one")):
            dead += 1  # the one named beside the others counted
        ranked = _ONE_MORE_DEAD.search(seg)
        if ranked is not None and (dead is None or dead == 1) and not _NOT_ONE_MORE.search(ranked["who"]) \
                and not _SEPARATE.search(seg, ranked.end()):
            dead, one_named = _ORDINALS[ranked.group("n")], False
        listed = _LISTED_DEAD.search(seg)
        if listed and (dead is None or dead == 1) and not _A_NUMBER.search(listed.group("items")):
            dead, one_named = len(_ITEM_BREAK.split(listed.group("items"))), False
        if lex.re["natural_death"].search(seg):
            dead, one_named = None, False  # "a contractor died after suffering cardiac arrest": no attack's dead
    if any(w in seg for w in _HURT_WORDS):
        hurt = _sum(_INJURED_SUM, seg)
        if hurt is None:  # (a figure told before a vague number and one more stands: "At least 15 people were injured")
            vague = _SOME_HURT_AND.search(seg)
            hurt = _first(_INJURED, seg[:vague.start()] if vague else seg)
    if dead is None and hurt is not None and lex.cue["no_deaths"].search(seg):
        dead = 0  # "No one was killed, but 21 people were injured"
    if dead is not None or hurt is not None:
        return Casualties(dead, hurt, True, one_named)
    if lex.re["unknown_casualties"].search(seg):
        return Casualties(None, None, False)
    if lex.re["no_casualties"].search(seg):
        return Casualties(0, 0, True)
    if lex.re["no_injuries"].search(seg):
        return Casualties(None, 0, True)  # "No injuries are reported": the dead unsaid
    return Casualties(None, None, False)


def _risen_toll(seg: str, lex: Lexicon) -> Casualties:
    """One attack's death toll as it rose ("the death toll has surged to 18 from the initial 12 and 32
    confirmed people wounded after at least five rockets fell on camps"); a war's (a figure from
    _A_WARS_DEAD on, or no figure said to be reached) is no attack's. A toll of the hurt counts them ("While no
    fatalities were reported, the toll reached 21 injured individuals")."""
    m = _toll_rise(seg, 0, len(seg))
    dead = _number(m.group("n")) if m else None
    if m is None or dead is None or dead >= _A_WARS_DEAD:
        return Casualties(None, None, False)
    if _OF_THE_HURT.match(seg, m.end()):
        return Casualties(0 if lex.cue["no_deaths"].search(seg) else None, dead, True)
    hurt = _first(_INJURED, seg[m.end():]) if any(w in seg for w in _HURT_WORDS) else None
    return Casualties(dead, hurt, True)


_OF_THE_HURT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:injured|wounded|hurt|injuries)\b")  # after a toll's figure: of the hurt


def raises_the_toll(folded: str, start: int, end: int) -> bool:
    """Whether the sentence tells a toll that rose ("... a search raising the death toll to eight", "the death toll
    has surged to 18"): a figure that replaces the one told before."""
    return _toll_rise(folded, start, end) is not None


def _toll_rise(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words that tell a toll rose, or was raised, to a figure (its group "n")."""
    return _RISEN_TOLL.search(text, start, end) or _RAISED_TOLL.search(text, start, end)


def counts_a_wars_dead(folded: str, start: int, end: int) -> bool:
    """Whether the sentence counts dead by the thousand, as killed so far ("The fighting has killed
    more than 1,400 people in Israel"): a war's toll. Not a massacre told as it happened ("At least
    2,000 people are killed ... when the Rapid Support Forces massacre civilians in ... Ardamata")."""
    seg = folded[start:end]
    if not _THOUSANDS.search(seg):
        return False  # most sentences: no figure that large to read
    return any((value := _number(m.group("n"))) is not None and value >= _A_WARS_DEAD
               and _SO_FAR.search(seg, max(0, m.start() - 30), m.end())
               for p in _KILLED for m in p.finditer(seg))


def measures_a_superlative(lex: Lexicon, text: str, m: re.Match[str], start: int = 0) -> bool:
    """Whether a "since" or a "so far" says how long it has been since something as large ("the
    largest wave of drones ... since the start of the war", "the biggest drone attack of the war so
    far"), not that a count runs from then, nor that the text is about the war."""
    return m.group() in ("since", "so far", "to date", "war") and lex.cue["superlative_before"].search(
        text, max(start, m.start() - 80), m.start()) is not None


def _number(word: str) -> int | None:
    return 1 if word in ("", "a", "an", "another") else parse(word)  # "": one named by what they were


def _one_killed(seg: str) -> bool:
    """Whether a sentence tells one person killed with no figure (`_ONE_KILLED`), no one or a relative before it."""
    return any(not _NONE_BEFORE.search(seg, max(0, m.start() - 20), m.end("who")) for p in _ONE_KILLED for m in p.finditer(seg))


def _sum(patterns: list[re.Pattern[str]], seg: str) -> int | None:
    for p in patterns:
        m = p.search(seg)
        if m:
            a, b = _number(m.group("n")), _number(m.group("m"))
            if a is not None and b is not None and a + b < _A_WARS_DEAD:  # larger figures are war tolls
                return a + b
    return None


def _first(patterns: list[re.Pattern[str]], seg: str) -> int | None:
    for p in patterns:
        m = p.search(seg)
        if m:
            value = _number(m.group("n"))
            if value is not None and seg.startswith(" dozen", m.end("n")):
                value *= 12  # "at least two dozen were injured": 24
            if value is not None and value < _A_WARS_DEAD:  # larger figures are war tolls, not one incident
                return value
    return None


# --- who says so --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Attribution:
    """The source a sentence gives for what it says."""

    source: str
    kind: str  # official | anonymous | media | perpetrator


_OFFICIAL_NAMES = [
    (re.compile(r"pentagon|defense department|department of defense|war department|\bdod\b"), "US Department of Defense"),
    (re.compile(r"white house"), "White House"),
    (re.compile(r"centcom|central command"), "US Central Command"),
]


def attribution(lex: Lexicon, folded: str, start: int, end: int, actors: list[Match],
                claimed: bool) -> Attribution | None:
    seg = folded[start:end]
    m = lex.re["official_source"].search(seg)
    if m:
        name = next((label for p, label in _OFFICIAL_NAMES if p.search(m.group())), "US officials")
        return Attribution(name, "official")
    outlets = list(lex.outlet_mentions(folded, start, end))
    if lex.re["anonymous_source"].search(seg):
        via = f" (via {outlets[0].value})" if outlets else ""
        return Attribution("anonymous sources" + via, "anonymous")
    if outlets and re.search(r"\b(?:reported|said|says|told|confirmed|cited|citing|according|reports)\b", seg):
        return Attribution(outlets[0].value, "media")
    if claimed and actors:
        return Attribution(actors[0].value, "perpetrator")
    return None
