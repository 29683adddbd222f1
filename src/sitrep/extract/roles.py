"""The clause reader: what each actor a sentence names is to the attack it reports.

An actor is the **agent** (who attacked: "X attacked", "an attack by X", "X's drones", "killed in
an Israeli airstrike"), the **target** ("attacks on X", "a base used by X", "X came under attack",
"X were targeted"), a **victim** ("X members were killed by three airstrikes"), a **defender**
("X shot down two drones"), the **source** ("X said", "X confirmed"), a **dateline** ("KYIV:"),
or only **named** (after the attack word, with no cue making it the agent). The decision reads
voice and prepositions around the name: the cues of `cues.yaml`, so each is one lexicon row and
each role is a unit test on a real sentence (`tests/extract/test_roles.py`).

A pure function of the sentence: it reads no article context and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sitrep.extract.facts import FLYING, struck
from sitrep.lexicon import Lexicon, Match
from sitrep.when import ATTACK_NOUN

RoleName = Literal["agent", "target", "victim", "defender", "source", "dateline", "named"]

_WINDOW = 40  # characters before a name that its preposition or verb is read from ("attacks on")
_FROM_WINDOW = 60  # and "launched from" with a few words between ("launched from areas of Yemen controlled by")
_ATTACK_NOUN_AFTER = re.compile(rf" (?:{ATTACK_NOUN}s?|shelling|airstrikes?|air strikes?)\b")  # "in Ukraine attack"
_MEMBER_WINDOW = 90  # and "by" before the people the agent sent ("by an armed assailant affiliated with ... ISIS")
_ABBREVIATED = re.compile(r"""["\u201d\u2019']?\s*[(\[]\s*""")  # between a name and its short form in brackets
ARMED_GROUPS = ("militia", "rebel", "umbrella")  # the kinds of actor that tell of their own attacks (a state tells of its own
# strikes in the active voice: "CENTCOM said the base had been targeted" is an attack on it)
# After a name, the day set apart before its verb ("the islamic resistance in iraq today, saturday 9/28/2024, attacked")
_DAY_ASIDE = re.compile(r"(?:\s+(?:today|yesterday|tonight))?,\s+[^,.;]{1,40},\s+")
_SHORT_FORM = re.compile(r"\s*\([a-z][a-z.-]{1,9}\)")  # a name's short form in brackets after it: "(ISIS)", "(IRGC)"
_WHERE = re.compile(r"\b(?:where|in which|at which)\s+(?:the\s+)?$")
_MEMBERS_AFTER = re.compile(r"\s+(?:terrorists|militants|fighters|gunmen|insurgents|rebels|jihadists|extremists|"
                            r"operatives|members|troops|soldiers|forces)\s+")
_QUOTES = ('"', "\u201c", "\u201d", "\u2018", "\u2019", "'")
SHOT_DOWN = "shot down: its drones or missiles were downed"
LAUNCHED_FROM = "launched from its side: the weapons came from where it holds"
BY = "by: 'by' before it"
ITS_ATTACK = "whose attack or weapon it is"
CLAIMS = "claims it: 'claimed responsibility' after it"
HOLDS = "named with its own attack word, after the sentence's first"  # the attacker of the places after it only
SUBJECT = "the subject before the attack word"
# Right before the attack word, what makes it the event a clause came after ("following a drone attack", "after the
# strike"; not "after other Iran-backed militants attacked", a clause with a subject of its own): where that attack
# killed the subject's own people, not the subject's attack (`_its_own_dead`)
_AFTER_AN_ATTACK = re.compile(r"\b(?:following|after|amid) (?:a|an|the|this|last) (?:[a-z0-9'’-]+ ){0,2}$")
_OWN_PEOPLE = r"(?:[a-z-]+ ){0,2}?(?:soldiers|troops|service ?members|servicemen|personnel|sailors|marines|reservists|contractors|citizens|civilians)\b"


def _its_own_dead(lex: Lexicon, f: str, t0: int, end: int, actor: str) -> bool:
    """Whether the attack at t0 killed or wounded the actor's own people, by their nationality ("following a drone
    attack that killed three American soldiers": the United States'; "after the attack ... that killed three
    officers" says no one's)."""
    adjectives = lex.adjectives_of(actor)
    return bool(adjectives) and re.search(
        rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\b[^.;]{{0,40}}?\b(?:{'|'.join(map(re.escape, adjectives))}) "
        + _OWN_PEOPLE, f[t0:end]) is not None


@dataclass(frozen=True)
class Role:
    """One actor of a sentence, the part it plays in the attack, and the cue that decided it."""

    actor: Match
    role: RoleName
    rule: str  # the words that decided, as an analyst would say them: "'by' before it"


def read_roles(lex: Lexicon, folded: str, start: int, end: int, actors: list[Match], first_attack: int) -> list[Role]:
    """The role of each of `actors` in the sentence `folded[start:end]`, in text order.
    `first_attack` is where the sentence's first attack word (outside what it gives as the cause)
    is: a name before it is the clause's subject; a name after it needs a cue to be the agent."""
    roles: list[Role] = []
    for a in actors:
        last = roles[-1] if roles else None
        if last is not None and last.actor.value == a.value and _ABBREVIATED.fullmatch(folded, last.actor.end, a.start):
            roles.append(Role(a, last.role, last.rule))  # "the extremist \"Islamic State\" (IS) group": one name twice
        else:
            roles.append(_role(lex, folded, start, end, a, first_attack))
    return roles


def perpetrator(roles: list[Role]) -> Role | None:
    """The agent the sentence names: one whose drones were shot down first, then one they were
    launched from ("drones ... launched from Houthi-controlled areas"), then one named with "by"
    ("... in a drone attack by X"), then one that claims it ("IS claimed responsibility for two explosions
    ... at a memorial for IRGC commander Qassem Soleimani, who was killed in a US drone strike"), then one
    whose attack it is ("a senior leader in Al-Nujaba described the recent US airstrike": the US), then the
    first agent; with none, one named with its own attack word after the first ("Of the 16 U.S. Tomahawk missiles
    fired at militants in Nigeria"), unless the sentence has it attacked too ("Militants attacked a US base in
    Syria ..., to which the US responded with retaliatory airstrikes": the answer's, not the sentence's)."""
    agents = [r for r in roles if r.role == "agent" and r.rule != HOLDS]
    for preferred in (SHOT_DOWN, LAUNCHED_FROM, BY, CLAIMS, ITS_ATTACK):
        for r in agents:
            if r.rule == preferred:
                return r
    held = [r for r in roles if r.rule == HOLDS and not any(
        q.actor.value == r.actor.value and q.role in ("target", "victim") for q in roles)]
    return agents[0] if agents else held[0] if held else None


def _role(lex: Lexicon, f: str, start: int, end: int, a: Match, t0: int) -> Role:
    cue, trigger = lex.cue, lex.re["trigger"]
    if cue["downed_before"].search(f, max(start, a.start - _WINDOW), a.start) and \
            cue["plural_weapons"].match(f, a.start, min(end, a.end + 30)):
        return Role(a, "agent", SHOT_DOWN)  # "shot down 36 Ukrainian drones"
    if cue["fire_returned_before"].search(f, max(start, a.start - _WINDOW), a.start):
        return Role(a, "named", "fired back: 'return fire from' before it")  # "... drawing return fire from the Afghan
        # Taliban": the side struck, answering
    if cue["launched_from_before"].search(f, max(start, a.start - _FROM_WINDOW), a.start) or (
            cue["from_before"].search(f, max(start, a.start - 30), a.start) and cue["held_after"].match(f, a.end, end)):
        return Role(a, "agent", LAUNCHED_FROM)  # "drones ... launched from Houthi-controlled areas of Yemen", "a
        # missile fired toward American destroyer in Red Sea from Houthi-controlled Yemen"
    known = lex.actors.get(a.value)
    if known and known.kind == "civilian":
        return Role(a, "victim", "civilians: never the attacker")
    if known and known.kind == "state" and not a.of_attack and " " not in a.text \
            and cue["place_before"].search(f, max(start, a.start - 20), a.start) \
            and not _ATTACK_NOUN_AFTER.match(f, a.end):  # but "89 killed in Ukraine attack" (not "Explosion in
        # Ukraine Kills at Least 51": the verb's subject is the explosion)
        return Role(a, "named", "a place: 'in' or 'across' before it")  # "five injured in Kyiv after night of
        # strikes across Ukraine": a state's one-word name (its country or its capital) where something happened
    window = f[max(start, a.start - _WINDOW):a.start]
    if window.endswith(_QUOTES):
        window = window[:-1]  # 'carried out by the "Islamic Resistance"': the cues read around the quotes
    closed = f.startswith(_QUOTES, a.end) and not f[a.end + 1:a.end + 2].isalpha()  # not "Iran's"
    at = a.end + 1 if closed else a.end  # "the ‘Islamic Resistance’ has claimed"
    short = _SHORT_FORM.match(f, at)
    at = short.end() if short else at  # "four suspected Islamic State (ISIS) leaders were killed": read past it
    if cue["source_before"].search(window):
        return Role(a, "source", "whom the text cites: 'according to' or 'confirmed by' before it")  # "According to Pentagon ..."
    if cue["accused_before"].search(window):
        return Role(a, "agent", BY)  # "the PMF accused the United States on Wednesday of conducting drone strikes"
    if cue["mistaken_for_before"].search(window):
        return Role(a, "named", "what the attacker's weapon was taken for")  # "mistaken for an American drone"
    if cue["awaited_by_before"].search(window) or (
            cue["possible_before"].search(window) and _ATTACK_NOUN_AFTER.match(f, a.end)):  # "a possible Iranian attack"
        return Role(a, "named", "the attacker of an attack awaited, not told")  # "in anticipation of strikes by Iran"
    if cue["war_sides_after"].match(f, a.end, end):
        return Role(a, "named", "a side in the name of a war: 'the Ukraine-Russia war'")
    if cue["since_before"].search(window):
        return Role(a, "named", "the earlier attack 'since' counts from")  # "since the October 7 Hamas attack"
    if cue["victim_before"].search(window):
        return Role(a, "victim", "its people's death told before it")  # "confirmed the death of IS commander ..."
    downed = cue["downed_by_before"].search(f, max(start, a.start - _FROM_WINDOW), a.start)
    if downed and not cue["craft_downed_before"].search(f, max(start, downed.start() - _WINDOW), downed.start()):
        return Role(a, "defender", "brought the weapons down: 'shot down by' before it")  # "drones ... were
        # shot down over Iraq by the US-led international coalition"
    by = cue["agent_before"].search(window) or cue["agent_member_before"].search(
        f, max(start, a.start - _MEMBER_WINDOW), a.start) or cue["came_from_before"].search(
        f, max(start, a.start - _MEMBER_WINDOW), a.start)
    if cue["target_before"].search(window) and not by and not (a.of_attack and trigger.search(f, a.start, a.end)):
        # "strikes on Houthi missiles", not "a statement on U.S. military strikes"
        return Role(a, "target", "'on', 'against' or 'at' before it")  # "attacks on US forces"
    weapon = lex.re["weapon_noun"].search(f, a.start, a.end) if a.of_attack else None
    kind = lex.weapon_kind(weapon.group()) if weapon is not None else None
    if not by and ((cue["ruined_before"].search(window) and kind not in FLYING)
                   or (kind is not None and struck(lex, f, start, a.start, kind))):
        return Role(a, "target", "what was struck: destroyed or hit before it")  # "three airstrikes destroyed three ISIL
        # vehicles, "an ISIL mortar, an ISIL rocket system"; not "it destroyed a Houthi aerial drone that was flying
        # toward a U.S. Navy destroyer"
    if cue["occupant_before"].search(window) or (_WHERE.search(window) and cue["stationed_after"].match(f, at, end)):
        return Role(a, "target", "the occupant of what was hit")  # "a base used by US forces", "a base where U.S.
        # forces are stationed"
    if not a.of_attack and cue["facility_after"].match(f, at, end) and not trigger.search(f, a.start, a.end):
        # (not "US strikes facility in Syria": named with its verb, the facility is its object)
        return Role(a, "target", "owns what was hit: a base, an embassy or a convoy after it")  # "U.S Base at ... Attacked"
    if not a.of_attack and cue["passive_target_after"].match(f, at, end):  # (an attack word is the subject of
        # its verb: "another Israeli airstrike targeted, with two air-to-surface missiles, a commercial market")
        return Role(a, "target", "passive: attacked or targeted after it")  # "US troops ... targeted by drones"
    passive = cue["passive_attack"].search(f, max(start, t0 - 25), min(end, t0 + 12)) if a.end <= t0 else None
    if passive and passive.end() > t0 and not by:
        return Role(a, "target", "the subject of a passive attack word")  # "a base, which includes US forces, was attacked"
    if a.end <= t0 and not by and cue["suffered_before"].search(f, max(start, a.end, t0 - 60), t0):
        return Role(a, "target", "came under or was subjected to the attack")  # "US personnel have come under attack"
    if cue["defends_after"].match(f, at, end):
        return Role(a, "defender", "intercepts or shoots down after it")  # "US forces intercept two drones"
    if not f[start:a.start].strip() and cue["rubric_after"].match(f, at, end):
        return Role(a, "dateline", "a dateline: the first word, then a colon")  # "KYIV: Russian strikes on ..."
    speaks = cue["speaks_after"].match(f, at, end)
    if speaks and cue["victim_after"].match(f, at, end):
        speaks = None  # "Forty-five U.S. troops reported injuries in attacks at al Asad": hurt, not telling
    if speaks and known and known.kind in ARMED_GROUPS and cue["told_passive_after"].match(f, speaks.end(), end):
        return Role(a, "agent", CLAIMS)  # "the Islamic Resistance in Iraq announced that ... bases had also been targeted"
    if speaks and not cue["self_strike"].search(f, speaks.end(), end):
        return Role(a, "source", "says, confirms or reports after it")  # "CENTCOM confirmed that ..."
    if cue["spokesperson_after"].match(f, at, end):
        return Role(a, "source", "its spokesperson after it")  # "Pentagon spokesman Maj. Gen. Pat Ryder gave the assessment"
    if a.end <= t0 and cue["answers_before"].search(f, max(at, t0 - 80), t0):
        return Role(a, "named", "answers the attack: 'responded to' before it")  # "US forces responded ... to rocket attacks"
    if cue["own_subject"].search(f, at, t0):
        return Role(a, "named", "the subject of a clause of its own")  # "U.S. forces may have mistaken ..."
    if cue["claims_after"].match(f, at, end):
        return Role(a, "agent", CLAIMS)  # "..., with the militant group al Shabaab claiming responsibility"
    if cue["behind_after"].match(f, at, end):
        return Role(a, "agent", "was behind it: 'behind' or 'responsible for' after it")  # "they have assessed
        # that one of several Iranian-backed groups was behind it"
    if cue["victim_after"].match(f, at, end) or _among_the_dead(lex, f, end, a):
        return Role(a, "victim", "killed or wounded after it")  # "Four Hezbollah members ... are killed by"; "during
        # the attack on the base, and two US soldiers were injured"
    if a.end <= t0 and _AFTER_AN_ATTACK.search(f, at, t0) and _its_own_dead(lex, f, t0, end, a.value):
        return Role(a, "victim", "the attack its clause came after killed its own")  # "The United States is increasing
        # its air defenses at a base in northeast Jordan following a drone attack that killed three American soldiers"
    members = _MEMBERS_AFTER.match(f, at)  # "al-Shabaab terrorists clashed": its people, then the attack word
    aside = _DAY_ASIDE.match(f, at, end)
    doing = trigger.match(f, at + 1) or trigger.match(f, at + 5) or (members and trigger.match(f, members.end())) or (
        aside and trigger.match(f, aside.end()))
    if a.start > t0 and not by and not a.of_attack and trigger.search(f, a.start, a.end):
        return Role(a, "agent", HOLDS)  # "to which the US responded with retaliatory airstrikes on facilities of
        # pro-Iran militias": the attacker of what its attack word goes on to name
    if doing and cue["target_noun_after"].match(f, at, end):
        doing = None  # "20 suspected PKK targets including caves": what was struck, no verb
    if not (a.start < t0 or by or doing or a.of_attack):
        return Role(a, "named", "after the attack word, with no 'by'")
    if by:
        return Role(a, "agent", BY)  # "an artillery attack by the RSF"
    if a.of_attack:
        return Role(a, "agent", ITS_ATTACK)  # "killed in an Israeli airstrike"
    if doing:
        return Role(a, "agent", "the attack word follows it")  # "Two U.S. F-15s strike"
    says = cue["speaks_before_attack"].search(f, at, t0)
    if says and not (cue["self_strike"].search(f, says.end(), min(end, t0 + 40)) or trigger.match(f, says.end() + 1)):
        return Role(a, "source", "says, reports or denies before the attack word")  # "The Pentagon did not disclose"
    return Role(a, "agent", SUBJECT)


def _among_the_dead(lex: Lexicon, f: str, end: int, a: Match) -> bool:
    """Whether the actor names people the sentence says were killed or wounded, a few words on
    and with no attack word between: "Four Hezbollah members and two other militants are killed
    by three airstrikes"; or further on, when it is counted by its members ("Five members of the
    SDF "commandos" special forces, present with the U.S. forces at the base ..., were killed"), or by its
    people ("Two US Army soldiers and an American civilian who was serving as an interpreter were killed")."""
    m = lex.cue["dead_after"].match(f, a.end, end)
    if m is None and (lex.cue["members_of_before"].search(f, max(0, a.start - _MEMBER_WINDOW), a.start) or (
            lex.cue["counted_before"].search(f, max(0, a.start - _WINDOW), a.start)
            and lex.cue["people_after"].match(f, a.end, end))):
        m = lex.cue["dead_after"].search(f, a.end, end)
    return m is not None and not lex.re["trigger"].search(f, a.end, m.start(1))
