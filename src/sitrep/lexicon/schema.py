"""The shape of every dictionary file, checked when it is loaded: a misspelt key, a missing field,
a pattern that does not compile or a weapon model of no known kind is refused with the file and
the place in it, before any text is read. `data/en/` and `data/ar/` have the same files; where
the Arabic rows differ, it is because they point to the English ones (a name, a kind)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

PloverMode = Literal["drone", "aerial", "heavy-weapons", "explosives", "firearms"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"not a regular expression ({e}): {pattern[:80]!r}") from None
    control = next((c for c in pattern if ord(c) < 32 and c not in "\t\n"), None)
    if control is not None:  # "\b" in a double-quoted YAML string is a backspace, not a word boundary ("\\b")
        at = pattern.index(control)
        raise ValueError(f"a control character {control!r}, an escape YAML read in double quotes (write \\\\b for "
                         f"\\b): ...{pattern[max(0, at - 40):at]!r}")
    return pattern


class ActorRow(_Strict):
    name: str
    kind: Literal["state", "militia", "rebel", "umbrella", "civilian"]
    country: str | None = None
    inter: int | None = None  # ACLED inter code
    # a description that covers many groups ("Iran-backed militias", "jihadists"): a group the text names
    # for the same attack replaces it ("... by Iranian-backed militants associated with the Islamic Resistance")
    vague: bool = False
    aliases: list[str] = []
    patterns: list[str] = []
    adjectives: list[str] = []  # the nationality that names its forces before an attack word (events' `made_by`)
    # the state's own name ("Iran"), its forces only where the sentence makes it the attacker: after
    # "by", "attributed to" or "blamed on", or before an attack word ("Iran launched"); elsewhere a place
    agent_names: list[str] = []
    # in a text about that country, this row's aliases name that actor: "Islamic Resistance" alone is
    # Hezbollah's in a report on Lebanon (a second row of the same name holds such aliases)
    in_country: dict[str, str] = {}

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return [_compiles(p) for p in v]


class OutletRow(_Strict):
    name: str
    aliases: list[str] = []
    domains: list[str] = []
    country: str | None = None
    state_affiliated: bool = False
    aligned_with: str | None = None


class _Named(_Strict):
    """A row of a name and the regular expression that finds it."""

    name: str
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, v: str) -> str:
        return _compiles(v)


class EpochRow(_Named):
    date: dt.date


class WeaponKindRow(_Strict):
    family: str  # kinds reports confuse with one another (rocket, missile); never across families
    # kinds of other families a report may also be called by ("an air strike" that was a missile or a drone
    # strike, never shelling): neither for nor against one incident
    loosely: list[str] = []
    # the kind it is a precise form of ("ballistic missile": missile): where an attack's report names both, the
    # broad one says it loosely ("missiles ... ballistic missiles": ballistic missiles)
    narrows: str | None = None
    plover: PloverMode
    one: str  # "a mortar round"
    many: str  # "mortar rounds"
    nouns: list[str]


class WeaponsFile(_Strict):
    kinds: dict[str, WeaponKindRow]
    models: dict[str, str]

    @model_validator(mode="after")
    def _models_have_kinds(self) -> WeaponsFile:
        unknown = sorted({k for k in self.models.values() if k not in self.kinds})
        if unknown:
            raise ValueError(f"models of kinds no row defines: {unknown}")
        return self


class TargetRow(_Named):
    pass


class EventsFile(_Strict):
    triggers: list[str]
    force_nouns: list[str]  # after a state's adjective, its forces ("Armenian armed forces")
    killings: list[str]  # triggers too, but not in a count over time ("killed since October 7")
    targets: list[TargetRow]
    facilities: str
    interception: str
    attempt: str
    hypothetical: str
    not_attack: str
    no_event: str
    campaign: str
    summary: str
    anaphora: str
    cause: str
    made_by: str  # after a nationality ("Russian", "Israel's"): the attack it names as that state's
    offices: str  # after a nationality ("US", "Russian"): an office that speaks for its forces ("Defense Ministry")
    state_strike: str
    claim: str
    unclaimed: str
    official_source: str
    anonymous_source: str
    cumulative_casualties: str
    natural_death: str
    no_casualties: str
    no_injuries: str
    unknown_casualties: str

    @model_validator(mode="after")
    def _compile(self) -> EventsFile:
        for name, value in self:
            for pattern in (value if isinstance(value, list) and name in ("triggers", "killings") else
                            [value] if isinstance(value, str) else []):
                _compiles(pattern)
        return self


class CuesFile(_Strict):
    """cues.yaml: the words around a name that give it a role ("attacks on X", "by X", "X said"), one
    regular expression each; what each means is said above it there."""

    casualty_word: str
    anaphoric_actor: str
    named_short: str
    descriptor_before: str
    named_by_after: str
    affiliate_between: str
    locative_before: str
    background_before: str
    background_after: str
    stance_after: str
    city_stance_after: str
    future_after: str
    modal_after: str
    indefinite_before: str
    institution_after: str
    border_after: str
    adjectival_after: str
    not_where_before: str
    agent_before: str
    came_from_before: str
    agent_member_before: str
    responsibility: str
    claims_told: str
    share_of_attacks: str
    attacks_after: str
    target_before: str
    ruined_before: str
    occupant_before: str
    stationed_after: str
    told_passive_after: str
    facility_after: str
    defends_after: str
    downed_by_before: str
    fire_returned_before: str
    craft_downed_before: str
    passive_target_after: str
    passive_attack: str
    suffered_before: str
    victim_before: str
    speaks_after: str
    spokesperson_after: str
    source_before: str
    claims_after: str
    speaks_before_attack: str
    place_before: str
    self_strike: str
    where_it_is: str
    members_of_before: str
    counted_before: str
    people_after: str
    dead_after: str
    says_after: str
    background_cause: str
    started_before: str
    superlative_before: str
    attacks_told: str
    attacked_again: str
    another_since_before: str
    reported_before: str
    count_runs_to_before: str
    said_before: str
    account_before: str
    said_after: str
    rubric_after: str
    downed_before: str
    plural_weapons: str
    launched_from_before: str
    victim_after: str
    blast_word: str
    same_province: str
    earlier_opening: str
    past_opening: str
    opening_phrase: str
    year_opening: str
    year_in: str
    done_by: str
    carries_out_strikes: str
    other_stories: str
    other_story_line: str
    the_attacks_counted: str
    another_opening: str
    occurred_before: str
    took_place: str
    previous_attack: str
    future_before: str
    unverified_toll: str
    toll_update: str
    no_deaths: str
    mourned_at_before: str
    killed_in_before: str
    attack_after: str
    attacks_over_time: str
    dateline_before: str
    dateline_after: str
    syndicated: str
    dateline_written_after: str
    place_noun_after: str
    the_latest_before: str
    done_by_the_war_before: str
    participle_goes_on: str
    answer_before: str
    aircraft_not_striking_after: str
    died_of_wounds: str
    from_the_air: str
    struck_word: str
    ground_fight: str
    habitual: str
    defendants_subject: str
    arrested_for: str
    strikes_told_again: str
    court_lead: str
    exercise_lead: str
    habitual_verb: str
    deadly_attack: str
    from_before: str
    held_after: str
    similar_attack: str
    vessel: str
    ship_name_before: str
    vessel_hit: str
    in_port: str
    offshore_before: str
    armed_site_after: str
    an_attack: str
    home_between: str
    cause_goes_on: str
    own_subject: str
    answers_before: str
    armed_site_passive: str
    died_after: str
    mistaken_for_before: str
    awaited_by_before: str
    possible_before: str
    unit_home_before: str
    since_before: str
    war_sides_after: str
    target_noun_after: str
    war_began_before: str
    speaker_in_before: str
    speaker_said_after: str
    one_series: str
    distance_from_before: str
    speakers_after: str
    blamed_after: str
    behind_after: str
    blamed_before: str
    blamed_for_all: str
    blamed_for_series: str
    blamed_in_general: str
    accused_before: str
    clause_break: str
    next_clause: str
    the_town: str
    the_base: str

    @field_validator("*")
    @classmethod
    def _pattern_compiles(cls, v: str) -> str:  # per field: an error names the cue
        return _compiles(v)


# --- Arabic: rows that point to the English ones --------------------------------------------------

class ArabicActorRow(_Strict):
    name: str  # an actor of the English actors.yaml
    aliases: list[str]
    adjectives: list[str] = []  # the nationality that names it after an attack or weapon word
    in_country: dict[str, str] = {}  # in a text about this country, these aliases name that actor
    # words that name it only in a text about its own country (the English row's), and only where the text
    # names no other actor so named by a name of its own: "الجيش" alone is Sudan's army in a report on Sudan
    at_home: list[str] = []
    # words that name it only in a text that names it plainly elsewhere ("المقاومة" alone, after "المقاومة الإسلامية
    # في العراق"); in a text that names none such, nothing (El Fasher's resistance committees are "المقاومة" too)
    once_named: list[str] = []


class ArabicProjectile(_Strict):
    forms: list[str]  # "صاروخ": a rocket or a missile, as the shooter is a group or a state
    pair: list[str]
    militia: str
    state: str
    missile_of: list[str] = []  # the groups whose "صاروخ" is a missile, as a state's is (the Houthis')


class ArabicWeaponsFile(_Strict):
    kinds: dict[str, list[str]]  # an English kind -> its Arabic forms
    pairs: dict[str, list[str]]  # an English kind -> its dual forms (a count of two)
    sided: dict[str, list[str]] = {}  # an English kind -> forms with "{side}" where a nationality stands
    projectile: ArabicProjectile


class ArabicEventsFile(_Strict):
    triggers: str
    halted: str
    aside: str
    struck: str
    from_the_air: str
    ground_fight: str
    interception: str
    claim: str
    hypothetical: str
    not_attack: str
    incident: str
    no_event: str
    summary: str
    heard: str
    blast: str
    anaphora: str
    official_source: str
    no_casualties: str
    negation: str
    untold: str
    losses: str
    killed: str
    mourned: str
    own_fighters: str
    claimed_masdar: str
    not_telling: str
    wounded: str
    masked: str
    other_story_line: str
    stored_before: str
    interceptor_after: str
    attack_nouns: str
    force_nouns: str
    prepositions: str
    target_before: str
    hosts_before: str
    occupant_before: str
    target_after: str
    struck_with_after: str
    site_nouns: str
    source_in_before: str
    hospital_in_before: str
    gathering_in_before: str
    office_in_before: str
    mission_in_before: str
    reached: str
    subject_before: str
    doer_of_before: str
    response_before: str
    own_people: str
    mourns: str
    unsided_people: str
    soldiers: str
    victim_before: str
    victim_between: str
    leader_of_before: str
    death: str
    speaks_before: str
    speaks_after: str
    said_before: str
    origin_before: str
    owner_before: str
    flag_before: str
    displaced_before: str
    located_before: str
    launched_from_before: str
    cause: str
    coinciding: str
    blamed_before: str
    carries_out: str
    background_before: str
    war_before: str
    alert: str
    account_before: str
    agent_before: str
    doer_before: str
    overflight: str
    landing: str
    own_news: str
    defends: str
    defence_nouns: str
    air_defences: str
    object_after: str
    downed: str
    aircraft_one: str
    about: str
    on_day: str
    person: str
    people: str
    person_pair: str
    person_pair_of: str
    dual_casualty: str
    single_casualty: str
    single_casualty_before: str
    locative: str


__all__ = ["ActorRow", "ArabicActorRow", "ArabicEventsFile", "ArabicProjectile", "ArabicWeaponsFile", "CuesFile",
           "EpochRow", "EventsFile", "OutletRow", "PloverMode", "TargetRow", "WeaponKindRow", "WeaponsFile"]
