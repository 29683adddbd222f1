"""Extract stage: an article's sentences in, `Mention`s and `Tally`s out.

The article is read in order, the way an analyst reads it. Each sentence is asked a few small
questions (does it report an attack, where, with what, by whom, who says so); a sentence that
names a site starts or extends the mention for that site; a sentence that refers back ("It
added that the facility was targeted by BM-21 Grad rockets") adds what it says to the mention it
refers to. What the article establishes once — who claimed the strikes, on which day — carries
to the mentions after it until another actor or date takes over.

Places come from the `PlaceFinder` the caller passes in (the engine passes `geo.Geocoder`), so
this stage never imports a higher one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from sitrep.extract.facts import (
    Attribution,
    Casualties,
    WeaponHit,
    attribution,
    casualties,
    counts_a_wars_dead,
    measures_a_superlative,
    merge_weapons,
    raises_the_toll,
    weapons,
    weapons_struck,
)
from sitrep.extract.numbers import NUMBER, parse
from sitrep.extract.roles import (
    ARMED_GROUPS,
    BY,
    HOLDS,
    ITS_ATTACK,
    LAUNCHED_FROM,
    SHOT_DOWN,
    SUBJECT,
    Role,
    perpetrator,
    read_roles,
)
from sitrep.extract.tally import TallyFacts, casualty_figures, find_tally, reporter, split_by_country
from sitrep.lexicon import Lexicon, Match
from sitrep.lexicon.arabic import ArabicLexicon
from sitrep.model import (
    AREA_KINDS,
    FACILITY_KINDS,
    ActorRole,
    Article,
    Claim,
    Evidence,
    Mention,
    Place,
    PlaceFinder,
    PlaceSpan,
    Status,
    Tally,
    Weapon,
    km,
)
from sitrep.text import Sentence, fold, language, normalise, sentences, without_links
from sitrep.when import ATTACK_NOUN, DateSpan, Reference, find_dates, find_since, infer_reference

# The English cues ("attacks on X", "by X", "X said") are lexicon data: `self.lex.cue`, from cues.yaml.

_TOLL_CLAUSE = re.compile(r",\s+(?:killing|leaving|wounding|injuring)\b")  # a toll told after its place, by itself
# After an actor: a relative clause that makes it the attacker of what follows ("... militia that had
# reportedly fired ballistic missiles at").
_ATTACKER_CLAUSE = re.compile(r"[\"\u201d']?,?\s+(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:reportedly\s+|allegedly\s+|"
                              r"earlier\s+|previously\s+)?(?:fired|launched|attacked|targeted|struck|shelled|carried out)\b")
# The cities a wire's bureaus wrote from, at the start of a line ("Dubai/Baghdad: Iran's elite Revolutionary
# Guards force has attacked ..."): a dateline, whatever case it is written in.
_BUREAUS = re.compile(r"[a-z][a-z.' -]{1,30}(?:\s*/\s*[a-z][a-z.' -]{1,30})+\s*[:\u2013\u2014-]\s")
# A sentence's opening that is only its dateline: "ERBIL (Kurdistan24) –", "BAGHDAD, Jan. 24 -", "Shafaq News/"
# (after the day it was filed, where a page puts it first: "January 24, 2024 ERBIL –")
_DATELINE_ONLY = re.compile(r"(?:[a-z]{3,9}\.? \d{1,2}, \d{4}\s+)?"
                            r"[a-z][a-z.' /-]{1,40}(?:,[a-z0-9 .]{1,20})?\s*(?:\([^)]{1,40}\)|/[^/]{1,20}/\.?)?\s*[-\u2013\u2014:/]")
_FILED_FROM = re.compile(r":|\s*[-–—]\s")  # after a city that opens a line: "Damascus:", "Washington DC - "
# Before a dateline's country or province, its town in capitals: "DUBAI, United Arab Emirates (AP) —".
_TOWN_IN_CAPITALS = re.compile(r"[^\w\n]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2},\s*")
_DATELINE_SENTENCES = 3  # a dateline opens the report: its title, its first line
_GROUP_SENTENCES = 3  # how far back "the group" looks for the group it stands for, when no attacker was told
_DATELINE_LAG = dt.timedelta(days=3)  # at most this long from filing to publishing; an older day is not the dateline's
_ROUND = 10  # a figure told loosely is a multiple of this ("more than 30 wounded")
_TOLD_AFTER = dt.timedelta(days=6)  # at most this long between an attack and a day its telling names
_BY_AFTER = re.compile(r"\s+(?:carried out |launched |claimed |staged )?(?P<by>by )(?:the |suspected |alleged )?")  # "attacks by (the) X"
# A word every cue of blame after an attack holds (cues.yaml `blamed_after`, `blamed_before`): a sentence with none
# is not read for actors by `_blames_the_told`.
_A_BASE_IN = re.compile(r"\b(?:an?|the)\s+(?:[a-z.-]+\s+){0,3}(?:base|outpost|garrison)\s+(?:in|near)\s+(?:the\s+)?$")  # one base
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are)\s+(?:[a-z]+ly\s+)?$")  # "X has been (widely) blamed"
_BLAME_WORDS = ("blam", "held responsible", "staged", "perpetrated", "committed", "carried", "attribut")
_IF = re.compile(r"\b(?:if|unless|in the event (?:of|that)|in case of|should (?:any|an?|the|there)\b)\b")  # a condition, which runs
# to the end of its clause ("... would target American battleships ... in the event of any attack against Yemen")
_CLAUSE_END = re.compile(r"[,;:.]")
_NEAR_KM = 10.0  # how far "near" a town reaches when the text names a place there (the resolve stage's same site)
_TOWN_KM = 25.0  # how far from a town's point a base or airport "in" it lies (Erbil's airport: 6 km)
_K = TypeVar("_K")  # a memo's key and value (`_once`)
_V = TypeVar("_V")

# Before a day, in a sentence before any attack is told: the attacks it goes on to tell were that day. Its verbs
# alone (`_OCCURRED`) are looked for first: most sentences have none, and their dates are not read.
_THE_ATTACKS_WERE = re.compile(r"\b(?:incidents?|attacks?|assaults?|raids?)\s+(?:[a-z]+\s+){0,2}?"
                               r"(?:happened|occurred|took place)\s+(?:on\s+)?$")
_OCCURRED = re.compile(r"\b(?:happened|occurred|took place)\b")
# An attack told as coming after another event ("The clashes came after ...") or dead told besides the one ("His
# wife and six kids were also killed"), and an attack named by its dead ("the attack that killed 13 U.S. service
# members"): the dead a sentence counts with them are not the attack's in all
_TOLD_BESIDE = re.compile(r"\b(?:came|comes|come|coming)(?: [a-z]+){0,2} (?:after|before|following)\b"
                          r"|\b(?:also|as well)\b")
_ATTACK_THAT_KILLED = re.compile(rf"\b{ATTACK_NOUN} (?:that|which) (?:has |had )?(?:killed|left)\b")
# After a date phrase: the attack it dates ("the Sunday attack", "Sunday's drone strike"). Here, not in
# cues.yaml: it is built from `sitrep.when.ATTACK_NOUN`, the attack nouns the date finder shares. A day before
# the attack it is of may also name it by its kind ("killed in a Saturday ambush": `_of_the_attack_word_first`).
_BEFORE_ITS_NOUN = r"(?:['’]s)?\s+(?:[a-z-]+\s+)?"
_DATES_THE_ATTACK = re.compile(rf"{_BEFORE_ITS_NOUN}{ATTACK_NOUN}\b")
# ... or after it, as its own, in a sentence that gives no cause ("The attack last night resulted in the death of six SDF
# fighters"; not "The strikes on Friday came in retaliation for the drone strike that killed three U.S. troops")
_ATTACK_WORD = rf"(?:{ATTACK_NOUN}|ambush|shooting|shelling|airstrike|blast)s?"  # an attack by its noun or its kind
_THE_ATTACK_DATED = re.compile(rf"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?{_ATTACK_WORD}\s+(?:on\s+)?$")
_COUNTED_FROM = re.compile(r"\b(?:since|before|after|until|following|prior to)\s+$")  # "Since the attack on Sunday"
_DAY_OF_THE_ATTACK = re.compile(rf"{_BEFORE_ITS_NOUN}{_ATTACK_WORD}\b")
_FORT = re.compile(r"(?:fort|camp|joint base)\s")  # a unit's home, when it is where one is assigned


def not_where(lex: Lexicon, folded: str, start: int, end: int, sentence_start: int, kind: str = "country") -> bool:
    """A city or country that stands for a government ("Tehran says", "Iran condemns"; a capital also
    "Tehran was responsible"), a place that qualifies a group ("Iran-linked targets", "a facility used by
    Iran"), or where someone spoke: not where an attack was. A country as a subject ("Myanmar military
    says ... in northeast") stays, as a last resort."""
    cue = lex.cue
    before = folded[max(sentence_start, start - 60):start]
    if cue["not_where_before"].search(before) or _listed_after(cue["not_where_before"], before, _LIST_ITEMS) \
            or cue["adjectival_after"].match(folded, end) \
            or cue["institution_after"].match(folded, end) or cue["border_after"].match(folded, end) \
            or (cue["speaker_in_before"].search(before) and cue["speaker_said_after"].match(folded, end)):
        return True
    stance = cue["stance_after"].match(folded, end) or (kind == "city" and cue["city_stance_after"].match(folded, end))
    return bool(stance) and not cue["locative_before"].search(before)


def _listed_after(cue: re.Pattern[str], rest: str, items: int) -> bool:
    """Whether a place is named in a list after words `cue` reads as telling no place of an attack ("17 from Japan,
    Italy and India", as "17 from Japan": hostages' countries): `cue` reads the text before one of up to `items` list
    items that end `rest`, each of one or two words."""
    if items == 0:
        return False
    for item in (_ONE_WORD_ITEM_BEFORE.search(rest), _TWO_WORD_ITEM_BEFORE.search(rest)):
        if item is not None and not _NO_NAME_WORD.search(item.group("words")) \
                and (cue.search(rest, 0, item.start()) or _listed_after(cue, rest[:item.start()], items - 1)):
            return True
    return False


_LIST_ITEMS = 4  # the items of a list read back over
_LIST_SEPARATOR = r"(?:,\s+|\s+and\s+)$"  # (not ", and", a clause's: "fired from the Gaza Strip, and Ashkelon and
# Sderot were hit")
_NO_NAME_WORD = re.compile(r"\b(?:struck|strikes?|hit|hits|attacked|attacks?|targeted|fired|launched|killed|shelled|bombed|"
                           r"was|were|is|are|and|or|the|of|in|on|at|by|from|to|with|who|which|that)\b")  # a clause, not a name
_ONE_WORD_ITEM_BEFORE = re.compile(r"(?<![a-z'.-])(?P<words>[a-z'.-]+)" + _LIST_SEPARATOR)
_TWO_WORD_ITEM_BEFORE = re.compile(r"(?<![a-z'.-])(?P<words>[a-z'.-]+\s+[a-z'.-]+)" + _LIST_SEPARATOR)


def background_place(lex: Lexicon, folded: str, start: int, end: int) -> bool:
    """A place named as where a wider war is ("the war in Gaza", "the Gaza war"), or where a target
    was used to attack, not an attack."""
    return bool(lex.cue["background_before"].search(folded, max(0, start - 80), start)
                or lex.cue["background_after"].match(folded, end))


_NAME = r"(?:(?:al|el|ash|ad|as|an|ar|at|az)-)?'?[A-Z][\w']+(?:[\s-]+(?:(?:al|el|ad|ash|as|an|ar|at|az)-)?'?[A-Z][\w']+){0,2}"
_CREDIT_CLOSES = re.compile(r"[^()\n]{0,30}\)\s*[:\-\u2013\u2014]")  # the rest of a bracket a dateline ends with
_DATELINE_REACH = 80  # characters from the start of its line a dateline's bracket opens within
_UNRESOLVED_NOUNS = ("village", "town", "naval facility", "naval base", "outpost", "police station", "checkpoint")
_NO_NAME = frozenset({"the", "a", "an", "this", "that", "its", "their", "one", "another", "each"})
_DAYS_AND_MONTHS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                              "february", "march", "april", "may", "june", "july", "august", "september", "october",
                              "november", "december"})
_UNRESOLVED = (
    r"(?:(?P<fac>{fac})\s+(?P<prep>in|near|at|outside)\s+(?:the\s+)?)?"
    r"(?P<name>" + _NAME.replace("{", "{{").replace("}", "}}") + r")"
    r"\s+(?P<noun>" + "|".join(_UNRESOLVED_NOUNS) + r")\b"
)
# A base named after its kind, that the gazetteer lacks: "Mission Support site Euphrates", "Patrol Base Shaddadi".
_NAMED_BASE = re.compile(r"\b(?:(?i:mission support site|military support site|patrol base|forward operating base|"
                         r"combat outpost|operating base))\s+(?P<name>" + _NAME + r")")
# A named town the gazetteer lacks, said to be one: "in the town of Khiara", "the village of Kafra".
_TOWN_OF = re.compile(r"\b(?:(?:towns?|villages?|city|hamlets?|communit(?:y|ies)|neighbou?rhoods?|municipalit(?:y|ies)|outskirts) of"
                      r"|(?:town|village|hamlet|locality) (?:called|named|known as)) "  # "a village called Kankanfogouol"
                      r"(?P<name>" + _NAME + r")")
# What every match of _TOWN_OF holds: a sentence without any is not searched
_TOWN_OF_WORDS = ("town of ", "towns of ", "village of ", "villages of ", "city of ", "hamlet of ", "hamlets of ",
                  "community of ", "communities of ", "neighbourhood of ", "neighborhood of ", "neighbourhoods of ",
                  "neighborhoods of ", "municipality of ", "municipalities of ", "outskirts of ", " called ", " named ",
                  " known as ")
_TOWN_KINDS = ("city", "town")  # GeoNames' populated places; named_sites.csv's towns
# The next name of a list a town is in ("villages, including Khusham, Al-Jafra, Al-Huwaijah, and Al-Mari'iyah")
_LISTED_NAME = re.compile(r"(?:,\s*(?P<and>and\s+|along\s+with\s+|as\s+well\s+as\s+)?|\s+(?P<also>and)\s+)"
                          r"(?P<name>" + _NAME + r")")
_LIST_GOES_ON = re.compile(r",|\s+and\s")
# Before a site, what says its attack is an earlier one than the one told ("after previous rocket and drone attacks")
_PREVIOUS = re.compile(r"\b(?:previous|prior)\b")
# Before two places an event was between: "between the villages of ", "on the road between "
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|cities|areas?)\s+(?:of\s+)?)?$")
# What follows a list of towns: the sentence's end, or where they are, or what they are
_LIST_ENDS = re.compile(r"\s*(?:[.;:)(\u2014\u2013-]|$)|\s+(?:in|near|on|at|of|or|where|which|west|east|north|south|"
                        r"areas?|villages?|towns?|districts?|provinces?|regions?|countryside|outskirts|overnight|early|late|last|"
                        r"yesterday|today|tonight|this|during|after|before|since|with|by|from|to|were|are|have|had)\b")
# Or named before the word (lower-case) that says it is one: "at Magarya village in Zurmi", "in Saulawa community of
# Zurmi Local Government Area" (not "the Druze village of ...", whose name follows).
# The word may be capitalised, as part of the name ("in Gudum Village, Mangu Local Government Area", "Joe Daung Village,
# Wuntho Township"), but not in a headline that capitalises every word ("Gunmen Kill Four In Plateau Village").
_NAMED_TOWN = re.compile(r"(?<![\w-])(?P<name>" + _NAME + r")\s+(?:(?:[Vv]illages?|[Hh]amlets?)\b(?! of\b)|community(?= of\b))")
_NAMED_TOWN_WORDS = (" village", " hamlet", " community of ", " Village", " Hamlet")
# After a village's name ending in "Village": a comma or where it is, not more of another name ("& Flea Market")
_AFTER_A_VILLAGES_NAME = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|of|near|on|at|under|within|along|and|was|were|is|has|had)\b")
# Or written before its country or province, as a dateline or a caption does: "near Bazouriye, Lebanon"; or said to
# be in it: "struck a car in Kfardjal in the Nabatieh district" (not "near Danko in Kebbi State", a town the site
# before it is near).
_BEFORE_ITS_REGION = re.compile(r"\b(?:in|near|at|outside|on)\s+(?P<name>" + _NAME + r"),\s+(?:in\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:district|area|local government area|county|sub-district)"
                                r"\s+of\s+)?")  # (and its district first: "in Huyum, in the Askira-Uba district of Borno State")
_IN_ITS_REGION = re.compile(r"\b(?:in|at)\s+(?P<name>" + _NAME + r")\s+in\s+(?:the\s+)?")
# Or said to be an area in it: "Pakistani planes had bombed the Laman area in Paktika's Barmal district"
_AREA_IN_ITS_REGION = re.compile(r"\bthe\s+(?P<name>" + _NAME + r")\s+(?:area|locality)\s+(?:in|of)\s+(?:the\s+)?")
# A headline in title case capitalises words that name no town ("Gunmen Kill 9 Chinese at Mine in ..."): its words,
# those a title leaves in lower case, and how many of the others are capitalised in one.
_TITLE_WORD = re.compile(r"[^\W_][\w'\u2019-]*")
_SHORT_WORDS = frozenset("a an the of in at on to for and or by with from as vs".split())
_TITLE_SHARE = 0.8
# A country a town is near the border with is not the town's: "the town of Vugizo, near the border with
# the Democratic Republic of Congo" (in Burundi).
_BORDER_WITH = re.compile(r"\bborders?\s+(?:with|of)\s+(?:the\s+)?$")
# Before a day: another attack told as happening that day too ("were also targeted ... on Friday").
_ALSO = re.compile(r"\b(?:also|too|as well)\b")
# A sentence's opening that tells one of the attacks just counted by its rank ("The first strike occurred on September
# 16", "A second airstrike on September 24 ... killed nine", "The other strike hit ...")
_ONE_OF_THE_COUNTED = re.compile(r"\W*(?:the|a) (?:first|second|third|fourth|fifth|other|last|final) "
                                 r"(?:[a-z-]+ )?(?:strike|air ?strike|raid|attack|operation)\b")
_BEARINGS = "north|south|east|west|northeast|northwest|southeast|southwest"
# Before a country's name: the part of it by its bearing ("in western Iraq and eastern Syria").
_BEARING = rf"(?:(?:{_BEARINGS})(?:ern)? |central )?"
# Before a place: a bearing from it ("50 kilometers south of Hasakah").
_BEARING_FROM = re.compile(rf"\b(?:{_BEARINGS})(?:ern)? of\b")
# Between a place and a town its bearing is given from: ", southeast of ", "province, about 50 kilometers north of the city of ",
# "oblast north of "
_BEARING_AFTER_A_PLACE = re.compile(rf"(?:\s+(?:province|governorate|region|oblast|district|city|town|village))?,?\s+"
                                    rf"(?:(?:about|some|around|nearly|roughly)\s+)?(?:[\d.,]+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?"
                                    rf"(?:{_BEARINGS})(?:ern)?\s+of\s+(?:the\s+)?(?:(?:capital|city|town)\s+(?:of\s+)?)?")
# What a headline is filed under, before a colon: "War in Ukraine: ", "Israel-Hamas war live: "
_RUBRIC = re.compile(r"[^:.\n]{1,40}: ")
# A village named by the word for one ("the village of Mukondi"), which the gazetteer may lack
_SETTLEMENT = r"\b(?:village|town|hamlet|locality)"  # the words for a settlement a name follows
_A_VILLAGE_OF = re.compile(_SETTLEMENT + r"\s+of\s+[\w'-]+(?:\s+[\w'-]+)?")
# Where an event is when no site is named: a province, a country, a sea ("ships in the Red Sea"),
# a strait or a peninsula. A continent or a macro-region ("the Caucasus") is never where.
_NEVER_WHERE_KINDS = ("continent", "region")
_WATER_KINDS = ("sea", "gulf", "strait", "ocean")  # where a ship is, at sea (not a canal: what ships are diverted from)
_SEA_SENTENCES = 2  # sentences on either side of a ship's attack a sea it was in may be named in (not a sea the text
# names further off, of other news: "the Strait of Hormuz", in a report of a Houthi attack)
_REGION_ANCHOR_KINDS = ("admin1", "country", *sorted(AREA_KINDS - set(_NEVER_WHERE_KINDS)))
# A sentence that lists more countries than this as where sums up a campaign; an attack is told
# country by country ("drone attacks on US forces in Iraq and Syria" is two incidents, not a dozen).
_MOST_COUNTRIES_LISTED = 3
_BASES_IN = re.compile(r"\b(?:bases?|outposts?|facilities|installations|positions) in (?:the )?$")
# between two provinces listed: the word for a province, then a comma or "and" and a few words ("one
# over the"), never a verb's saying; or a clause of its own that ends telling where ("hit Dhamar province, and
# air raids took place in")
_PROVINCES_BETWEEN = re.compile(r"(?: (?:region|oblast|province|governorate|state))?(?:,| and| or) "
                                r"(?:(?:(?!(?:said|says|told|according)\b)[a-z]+ ){0,3}"
                                r"|(?:and )?(?:(?!(?:said|says|told|according|where|which|who)\b)[a-z-]+ ){1,5}?"
                                r"(?:in|on|at|over|across) (?:the )?)")


@dataclass
class Site:
    """Where one attack in a sentence was: a resolved place, or a name the gazetteer lacks."""

    start: int
    end: int
    written: str
    place: Place | None
    noun: str | None = None  # the facility word in the text ("base", "military installation")
    prep: str | None = None
    near: Place | None = None  # for an unresolved site: the known place it is said to be near
    listed: bool = False  # one of the towns a list names after another ("Khusham, Al-Jafra, ... and Al-Mari'iyah")


@dataclass
class Draft:
    """A mention being assembled from one or more sentences of one article."""

    site: Site | None
    region: Place | None
    weapons: list[Weapon] = field(default_factory=list)
    actor: str | None = None
    actor_role: ActorRole = "unknown"
    target: str | None = None
    date: DateSpan | None = None
    date_inherited: bool = False
    date_of_another: bool = False  # inherited from another attack's own date
    fatalities: int | None = None
    injuries: int | None = None
    casualty_claim_by: str | None = None
    intercepted: bool = False
    raid: bool = False
    state_strike: bool = False  # a state's forces strike: an air/drone strike, weapon unnamed
    sources: list[Attribution] = field(default_factory=list)
    evidence: list[Sentence] = field(default_factory=list)
    last_sentence: int = -1
    actor_roles: list[Role] = field(default_factory=list)  # the other actors of the actor's sentence, and their parts
    cause_of: int | None = None  # the sentence whose cause this attack is: never the same attack as that sentence's
    why: dict[str, tuple[str, int | None, int | None, str | None]] = field(default_factory=dict)  # field -> rule, span, said by

    def because(self, what: str, rule: str, span: tuple[int, int] | Sentence | None = None,
                said_by: str | None = None) -> None:
        """Record why `what` has the value it has just been given: the rule, and the words read."""
        if isinstance(span, Sentence):
            span = (span.start, span.end)
        self.why[what] = (rule, *(span or (None, None)), said_by)

    @property
    def place(self) -> Place | None:
        return self.site.place if self.site and self.site.place else self.region

    @property
    def specific(self) -> bool:
        return bool(self.site)


@dataclass
class Context:
    """What the article has established so far and carries to the next mention."""

    actor: str | None = None
    actor_role: ActorRole = "unknown"
    actor_sentence: Sentence | None = None
    actor_in_cause: bool = False  # named for the attack a sentence's main clause follows from, and no other
    date: DateSpan | None = None
    date_sentence: Sentence | None = None
    date_of_one: bool = False  # the date is one attack's own, not one said of the attacks the article tells
    target: str | None = None
    countries: set[str] = field(default_factory=set)


MAX_ARTICLE_CHARS = 1_000_000  # ten times the longest real report; longer input is not an article
# A publication date outside these years is an input error (year 1, year 9999), not a reference
# that relative dates ("on Friday") can be read against: the text's own dates are used instead.
_PLAUSIBLE = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


class TimeLimit(Exception):
    """An article took longer to read than the caller allowed."""


class TooLong(ValueError):
    """An article's text is longer than `MAX_ARTICLE_CHARS`."""


class Extractor:
    """Reads articles into mentions and tallies. Build one and reuse it: it holds compiled patterns."""

    def __init__(self, lexicon: Lexicon | None = None, places: PlaceFinder | None = None):
        self.lex = lexicon or Lexicon.load()
        self.places = places
        self._arabic: ArabicLexicon | None = None

    def extract(self, article: Article, deadline: float | None = None) -> list[Mention | Tally]:
        """The article's mentions and tallies. With a `deadline` (a `time.monotonic()` value),
        raises `TimeLimit` once it passes, checked between sentences: one pathological article
        costs a bounded time, whichever engine runs it. Raises `TooLong` for a text over
        `MAX_ARTICLE_CHARS`."""
        if len(article.text) > MAX_ARTICLE_CHARS:
            raise TooLong(f"text is {len(article.text):,} characters; an article may have up to {MAX_ARTICLE_CHARS:,}")
        reader = _ArticleReader(self, article)
        if reader.language == "ar":
            from sitrep.extract.arabic import read_arabic  # imports this module: read on first use

            return read_arabic(reader, self.arabic_lexicon(), deadline)
        return reader.read(deadline)

    def arabic_lexicon(self) -> ArabicLexicon:
        if self._arabic is None:
            self._arabic = ArabicLexicon.load()
        return self._arabic


# A plus sign against an Arabic word, which AFP's Arabic wire quotes a name within ("مقتل المسؤول العسكري العام لتنظيم
# +حراس الدين+"): a quote, as the text means it (same length)
_PLUS_QUOTE = re.compile("(?<=[\u0621-\u064a])\\+|\\+(?=[\u0621-\u064a])")


def read_sentences(text: str, lang: str = "en") -> tuple[str, list[Sentence]]:
    """An article's text as this stage reads it (normalised, links dropped, an English sentence's
    line breaks as spaces: same offsets as the normalised text), and its sentences."""
    text = without_links(normalise(text))
    if "+" in text:
        text = _PLUS_QUOTE.sub('"', text)
    sents = sentences(text)
    if lang == "en" and any("\n" in sent.text for sent in sents):
        text, sents = _unwrapped(text, sents)
    return text, sents


def _unwrapped(text: str, sents: list[Sentence]) -> tuple[str, list[Sentence]]:
    """`text` with the line breaks inside its sentences as spaces ("United\nStates forces"), so that
    names and cues match across them; same length, so every offset holds."""
    pieces, at = [], 0
    for sent in sents:
        pieces += [text[at:sent.start], sent.text.replace("\n", " ")]
        at = sent.end
    text = "".join([*pieces, text[at:]])
    return text, [Sentence(s.start, s.end, text[s.start:s.end], s.index) for s in sents]


def _main_clause(sent: Sentence, cause: tuple[int, int] | None, trigger: re.Pattern[str], folded: str) -> tuple[int, int]:
    """The span of the sentence's main clause: the part before its cause that tells an attack ("US
    forces struck ... in response to ..."), else the part after it ("In response to ..., US forces
    struck ...")."""
    if cause is None:
        return sent.start, sent.end
    if cause[1] < sent.end and not trigger.search(folded, sent.start, cause[0]):
        return cause[1], sent.end
    return sent.start, cause[0]


class _ArticleReader:
    def __init__(self, ex: Extractor, article: Article):
        self.ex = ex
        self.lex = ex.lex
        self.article = article
        self.language = language(article.text)
        self.text, self.sents = read_sentences(article.text, self.language)
        self.folded = without_stamp(fold(self.text))
        self.stamp = len(self.folded) - len(self.folded.lstrip(" "))  # where the text begins, after its stamp
        if article.published and _PLAUSIBLE[0] <= article.published <= _PLAUSIBLE[1]:
            self.ref: Reference | None = Reference(self._filed(article.published), "published")
        else:
            self.ref = infer_reference(fold(normalise(article.text)), self.lex.epochs)  # links and all: dated addresses
        self.ctx = Context()
        self.drafts: list[Draft] = []
        self._attacks_day: DateSpan | None = None  # the day a sentence before any attack says the attacks were
        self.tallies: list[TallyFacts] = []
        self.attributions: dict[int, Attribution | None] = {}
        self.roles: dict[int, list[Role]] = {}  # sentence index -> what each actor named in it is to its attack
        self.described: dict[str, str] = {}  # a description of many groups -> the group it was written with
        self._court: bool | None = None  # whether the headline or lead tells a court case (asked once, if ever)
        self._exercise: bool | None = None  # whether the text's first attack tells military drills (asked once, if ever)
        self.accident: int | None = None  # the last sentence whose blasts were no attack (a depot fire, a crash)
        self.past_told: int | None = None  # the last sentence that told an attack long past, as background
        self.counted: int | None = None  # the last sentence that counted attacks or operations (a summary)
        self.strikes_counted: dict[str, set[str]] = {}  # a side whose strikes a sentence counted: the countries named
        self.tallied: int | None = None  # the last sentence that told a running count (a tally)
        self.tallied_by: dict[int, tuple[set[str], str | None]] = {}  # the tallies that name who made the attacks
        # they count (`_tally_by`): the countries they count them in, and the side attacked
        self._place_memo: dict[int, tuple[list[Site], list[Place]]] = {}
        self._regions_written: dict[int, list[PlaceSpan]] = {}  # each sentence's regions, as written
        self._text_places: list[PlaceSpan] | None = None
        self._dateline_town: Site | None = None  # the town the text was filed from ("GOMA —"), as it names it
        self._districts: set[str] = set()  # names the text gives districts of its town ("Riyadh neighborhoods")
        self._lacked: dict[str, Place] = {}  # villages and sites the gazetteer lacks, by name, and where they are
        # what a sentence says that several readers ask again (its places, cause, attack words, claim, whether its toll
        # is updated, actors, whether it refers back, its casualties by span and cause): each read once (`_once`)
        self._causes: dict[int, tuple[int, int] | None] = {}
        self._claim_words: dict[int, re.Match[str] | None] = {}
        self._toll_updates: dict[int, bool] = {}
        self._trigger_memo: dict[int, list[re.Match[str]]] = {}
        self._cause_words: dict[int, re.Match[str] | None] = {}
        self._named_memo: dict[tuple[int, tuple[int, int] | None], list[Match]] = {}
        self._acronyms: re.Pattern[str] | None = None  # the acronyms the text gives actors (`_by_acronym`)
        self._acronym_of: dict[str, str] = {}
        self._groups_named: dict[int, re.Match[str] | None] = {}
        self._refers: dict[int, bool] = {}
        self._tolls: dict[tuple[int, int, tuple[int, int] | None], Casualties] = {}

    # --- the reading loop ------------------------------------------------------------------
    def read(self, deadline: float | None = None) -> list[Mention | Tally]:
        printed: set[str] = set()  # the words of each sentence read
        for sent in self.sents:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeLimit(f"article {self.article.id} was not read within the time limit")
            words = self.folded[sent.start:sent.end].strip()
            if words in printed:
                continue  # a page's headline, printed again over its story: told once
            printed.add(words)
            if self.drafts and self.lex.cue["other_stories"].fullmatch(words):
                break  # "Related Articles", "LBCI Next": the story told its attack; the headlines of others follow
            if self.lex.cue["other_story_line"].match(words):
                continue  # "READ:Israel air strikes hit strategic targets in eastern Syria": another story's headline
            has_trigger = bool(self._triggers(sent))
            tally = find_tally(self.folded, sent)
            if tally is not None:
                self._add_tally(tally)
                self.tallied = sent.index
                if has_trigger:
                    self._tally_by(sent)
                continue
            if has_trigger and self._a_toll_of_the_last(sent):
                self._continuation(sent, has_trigger=False)  # "Three US soldiers were killed and 34 were injured"
            elif has_trigger:
                told = len(self.drafts)
                self._attack_sentence(sent)
                if (cause := self._cause_span(sent)) is not None:
                    self._attack_in_cause(sent, cause, told)
                if len(self.drafts) == told:
                    self._blames_the_told(sent)  # "Ryder blamed the attacks on Iran and their proxy forces": no attack
                    # of its own, the side blamed for those told
            elif self._blames_the_told(sent) or self._announces(sent):
                continue
            elif self.lex.cue["casualty_word"].search(self.folded, sent.start, sent.end) or self._refers_back(sent):
                self._continuation(sent, has_trigger=False)
            elif not self.drafts and self._attacks_day is None and _OCCURRED.search(self.folded, sent.start, sent.end):
                self._attacks_day = next((d for d in find_dates(self.folded, sent.start, sent.end, self.ref)
                                          if d.precision == "day" and _THE_ATTACKS_WERE.search(
                                              self.folded, max(sent.start, d.char_start - 60), d.char_start)), None)
        return self.finish()

    def _blames_the_told(self, sent: Sentence) -> bool:
        """Whether a sentence with no attack word blames a side for the attacks just told ("Turkey has been
        blamed for all three.", "He blamed Iran-backed militia groups for the first U.S. deaths"): it is their
        attacker where they had none; for all those of the sentences just before where it blames more than
        one ("for all three", "for the attacks"), else for the last. Not a side its cause names ("responded to the
        crimes committed by Israel ... by targeting the base")."""
        f = self.folded
        if not any(w in f[sent.start:sent.end] for w in _BLAME_WORDS):
            return False  # most sentences: no blame, and no actors to read
        named = next((a for a in self._actors(sent, self._cause_span(sent)) if (self.lex.cue["blamed_after"].match(f, a.end)
                      or self.lex.cue["blamed_before"].search(f, max(sent.start, a.start - 60), a.start))
                      and not self.lex.cue["blamed_in_general"].search(f, max(sent.start, a.start - 120), a.start)), None)
        # (not whom such attacks are blamed on: "previous assaults on U.S. forces ... have often been attributed to
        # Iran-backed militia groups")
        if named is None:
            return False
        every = self.lex.cue["blamed_for_all"].search(f, sent.start, sent.end) is not None
        told = [d for d in self.drafts if d.actor is None
                and 0 < sent.index - d.last_sentence <= _BLAMED_SENTENCES * (2 if every else 1)]
        if not every:
            told = [d for d in told if d is self.drafts[-1]]
        for d in told:
            d.actor, d.actor_role = named.value, "attributed"
            d.because("actor", "the side a sentence just after the attack blames for it", (named.start, named.end))
            d.evidence.append(sent)
        return bool(told)

    def _tally_by(self, sent: Sentence) -> None:
        """A running count that names who made the attacks it counts ("U.S. troops ... have been attacked ... about
        40 times by Iranian proxies in the region since Oct. 7"): an armed group, the side of the attacks the article
        goes on to tell with none of their own, where it has established none yet or only a state (the one that
        struck back: "Two U.S. F-15 aircraft carried out the strike", before the count); only to attacks in the
        countries it counts them in, on the side it counts attacked (`_counted_by`)."""
        cause = self._cause_span(sent)
        by, _ = self._perpetrator(sent, self._actors(sent, cause), False)
        known, current = self.lex.actors.get(by or ""), self.lex.actors.get(self.ctx.actor or "")
        if known is None or known.kind not in ARMED_GROUPS or (current is not None and current.kind != "state"):
            return
        self.ctx.actor, self.ctx.actor_role, self.ctx.actor_sentence = known.name, "attributed", sent
        self.ctx.actor_in_cause = False
        _, regions = self._places(sent, cause)
        attacked = next((r.actor.value for r in self.roles.get(sent.index, []) if r.role == "target"), None)
        self.tallied_by[sent.index] = ({r.country for r in regions if r.country}, attacked)

    def _announces(self, sent: Sentence) -> bool:
        """Whether a sentence with no attack word is an armed group's statement told before the attacks it
        claims ("Islamic Resistance, an umbrella group of Iraqi anti-terror groups, made the announcement in a
        statement on Thursday." / "It specified the targets of the attacks as ... Erbil Airport ..."): the group,
        named first, is who claims the attacks told next, and the day of its statement their day."""
        claim = self._claim(sent)
        if claim is None or self.ctx.actor is not None:
            return False
        actors = self._actors(sent, None)
        if not actors or actors[0].start > claim.start() \
                or self.folded[sent.start:actors[0].start].strip() not in ("", "the"):
            return False  # the group opens the sentence: it speaks, it is not spoken of
        known = self.lex.actors.get(actors[0].value)
        if known is None or known.vague or known.kind not in ("militia", "rebel", "umbrella"):
            return False
        self.ctx.actor, self.ctx.actor_role, self.ctx.actor_sentence = actors[0].value, "claimed", sent
        days = [d for d in find_dates(self.folded, sent.start, sent.end, self.ref) if d.precision == "day"]
        if len(days) == 1 and self.ctx.date is None:
            self.ctx.date, self.ctx.date_sentence, self.ctx.date_of_one = days[0], sent, False
        return True

    def finish(self) -> list[Mention | Tally]:
        """The mentions and tallies of the drafts read (in any language)."""
        # A report with no place in its sentences is in the one country the text names ("Pakistan:
        # ... overnight attacks in the country's volatile northwest"); where it names none or
        # several, it is no incident (ACLED codes none without a location) and is left out.
        if self._attacks_day is not None:  # "The incidents happened on Friday, February 4, 2022.", then the attacks
            for d in self.drafts:
                if d.date is None:
                    d.date = self._attacks_day
                    d.because("date", "the day a sentence before them says the attacks were",
                              (self._attacks_day.char_start, self._attacks_day.char_end))
        unlocated = [d for d in self.drafts if d.place is None]  # no place, or a site the gazetteer lacks in no region
        for d in unlocated:
            self._headline_placed_by_the_story(d)
        unlocated = [d for d in unlocated if any(d is k for k in self.drafts)]
        country = self._the_only_country() if unlocated else None
        for d in unlocated:
            d.region = country
            d.because("place", "no place in its sentences: the only country the text names")
            if country is None:
                self._country_of_what_was_hit(d)
            if d.place is None:
                self._told_again_unplaced(d)
        self._ships_at_sea(unlocated)
        self._strikes_from_the_air()
        self._like_the_first()
        self._drop_sums_told_apart()
        self._fold_restatements()
        located = [d for d in self.drafts if d.place is not None]  # (a site the gazetteer lacks, in no province the
        # text names, places nothing: "near the town of Palma, close to Mozambique's border with Tanzania")
        return [self._mention(d) for d in located] + [self._tally(t) for t in self.tallies]

    def _ships_at_sea(self, unlocated: list[Draft]) -> None:
        """A ship hit where its sentence names only a country was at sea: in the sea, gulf or strait named nearest, in
        that sentence or the two on either side ("A Bath-built destroyer ... shot down four drones sent to attack the
        ship by Houthi militants in Yemen", then "The USS Laboon was patrolling the southern Red Sea Saturday ... when
        it was targeted"). The country is the land the weapons came from or the attackers hold; a country the attack
        was "off" or "near" is beside the sea ("US shoots down another drone near Yemen"). Not a state's strike on a
        country, told with the ships it answers for ("U.S. and U.K. strikes on Houthi sites in Yemen ... to deter
        attacks on ships in the Red Sea"), nor what a site was "used to target"; not a ship in port, nor a road's fuel
        tanker; never a canal ("diverted vessels away from the Suez Canal"). A ship hit in a sentence that names no
        place, in a text that places another attack in that country, is that attack told again ("a vessel was attacked
        by two missiles", after "fired at a vessel off the southeast coast of the Yemeni city of Aden")."""
        waters = [p for p in self.text_places() if p.role == "literal" and p.place.kind in _WATER_KINDS]
        if not waters:
            return
        for d in self.drafts:
            if d.site is not None or d.region is None or d.region.kind != "country" or not d.evidence \
                    or (d.actor is not None and self._a_state(d.actor)):
                continue
            country = cast(Place, d.region)
            if any(d is u for u in unlocated) and any(k.place is not None and k.place.country == country.country
                                                      and k.place.kind != "country" for k in self.drafts if k is not d):
                continue
            told = d.evidence[0]
            offshore = any(p.place == country and p.role == "literal"
                           and self.lex.cue["offshore_before"].search(self.folded, max(told.start, p.start - 40), p.start)
                           for p in self.text_places() if told.start <= p.start < told.end)
            hit = self.lex.cue["vessel_hit"].search(self.folded, told.start, told.end) is not None
            if self.lex.cue["in_port"].search(self.folded, told.start, told.end) or not (offshore or hit):
                continue
            around = (self.sents[max(0, told.index - _SEA_SENTENCES)].start,
                      self.sents[min(len(self.sents) - 1, told.index + _SEA_SENTENCES)].end)
            off = [p for p in waters if around[0] <= p.start < around[1]]
            if off:
                nearest = min(off, key=lambda p: abs(p.start - told.start))
                d.region = nearest.place
                d.because("place", "a ship hit, at sea: the sea the text names nearest",
                          (nearest.start, nearest.end))

    def _strikes_counted(self, sent: Sentence) -> Draft | None:
        """The strikes told by their number a few sentences before ("two precision airstrikes in Syria") that a
        sentence opening with one of them by its rank tells one of ("The first strike occurred on September 16 in
        central Syria", "A second airstrike on September 24 in northwest Syria killed nine")."""
        if not _ONE_OF_THE_COUNTED.match(self.folded, sent.start):
            return None
        return next((d for d in reversed(self.drafts) if sent.index - d.last_sentence <= _COUNTED_SENTENCES
                     and sum(w.count or 0 for w in d.weapons) > 1), None)

    def _drop_sums_told_apart(self) -> None:
        """A country's strikes told as one sum, with no day of its own, then one by one on days of their own ("it
        conducted two airstrikes in Syria that killed 37 militants", then "On Sept. 24 ... killed nine" and "On Sept. 16
        ... killing 28"; "نفذت ضربتين جويتين في سوريا، أسفرتا عن مقتل 37 مسلحًا"): the sum is no attack of its own, where
        its dead are theirs added up or, told with none, its strikes are as many as they."""
        for d in [d for d in self.drafts if d.region is not None and d.region.kind == "country" and d.evidence
                  and (d.date is None or d.date.precision != "day")]:
            country = cast(Place, d.region).country
            parts = [k for k in self.drafts if k is not d and k.place is not None and k.place.country == country
                     and k.evidence and k.evidence[0].index > d.evidence[0].index and k.actor in (None, d.actor)
                     and _weapons_agree(d, k, self.lex)
                     and k.date is not None and k.date.precision == "day"]
            if d.date is not None and d.date.precision == "month" and d.date.start and d.date.end:
                parts = [k for k in parts if k.date is not None and k.date.date is not None
                         and d.date.start <= k.date.date <= d.date.end]  # (not "the August 23 strike", after September's)
            parts.sort(key=lambda k: k.evidence[0].index)
            strikes = sum(w.count or 0 for w in d.weapons)
            added = list(itertools.accumulate(k.fatalities or 0 for k in itertools.takewhile(
                lambda k: k.fatalities is not None, parts)))  # the dead of the first told, then of the first two, ...
            if (d.fatalities and d.fatalities in added[1:]) \
                    or (d.fatalities is None and strikes > 1 and len(parts) >= strikes):
                self.drafts.remove(d)

    def _like_the_first(self) -> None:
        """An attack told as like one already told, with no weapon of its own ("On April 9, a jawan ... was
        injured in a similar blast in Bijapur", after "the explosion of an improvised explosive device"): the
        weapons of the first attack the text told with any."""
        first = next((d for d in self.drafts if d.weapons and d.evidence), None)
        if first is None:
            return
        for d in self.drafts:
            similar = next((e for e in d.evidence if e.index > first.evidence[0].index
                            and self.lex.cue["similar_attack"].search(self.folded, e.start, e.end)), None)
            if d is not first and not d.weapons and similar is not None:
                d.weapons = [Weapon(kind=w.kind) for w in first.weapons]
                d.because("weapons", "an attack the text tells as like the first it told", similar)

    def _headline_placed_by_the_story(self, d: Draft) -> None:
        """A headline's attack with no place is the first attack the story places with its weapons, on a day that may be
        its own, with no other toll, by the attacker the headline names if it names one (a headline lends none: "Four
        US service members injured in ISIS helicopter raid" was no raid by ISIS): "At least 14 people killed and over
        100 injured in shelling of Russian border city, officials say", then "... during shelling of the Russian border
        city of Belgorod" (not an attack in Russia, the only country the text names). Not an attack the story opens as
        another ("Separately, ..."), nor where the headline tells of several places."""
        if not d.evidence or d.evidence[0].index != 0 or not d.weapons or not self._headline_end() \
                or _SEVERAL_PLACES.search(self.folded, 0, self._headline_end()):
            return  # (not "At least four killed as Russia fires rockets into western Ukrainian cities": several)
        families = {self.lex.weapon_family(w.kind) for w in d.weapons}
        alike = [k for k in self.drafts if k.place is not None and k.evidence and k.evidence[0].index > 0
                 and d.actor in (None, k.actor) and _agree(d.date, k.date)
                 and families & {self.lex.weapon_family(w.kind) for w in k.weapons}
                 and all(a is None or b is None or a == b
                         for a, b in ((d.fatalities, k.fatalities), (d.injuries, k.injuries)))
                 and not self.lex.cue["another_opening"].match(self.folded, self.sents[k.evidence[0].index].start)]
        if alike:
            self._fold(d, alike[0])

    def _told_again_unplaced(self, d: Draft) -> None:
        """An attack with no place that refers back to the one attack the text placed is that attack, told
        on further than `_continuation` reads ("a drone attack targeting a small US outpost in southern
        Jordan", then, five sentences on, "the outpost ... was struck by a single drone carrying explosives"
        and "... one of several Iranian-backed groups was behind it"), with no day of its own (not "This
        strike, carried out on Wednesday", told after the attacks it answered): what it adds is that one's. A
        toll told with nothing else, of no place, is the headline attack's when that one has none."""
        placed = [k for k in self.drafts if k.place is not None]
        headline = next((k for k in placed if k.evidence and k.evidence[0].index == 0), None)
        told = [e for e in d.evidence if headline is not None and all(e.index != x.index for x in headline.evidence)]
        if headline is not None and headline.fatalities is None and headline.injuries is None \
                and (d.fatalities is not None or d.injuries is not None) and d.actor in (None, headline.actor) \
                and not d.weapons and (d.date is None or d.date_inherited) and told \
                and told[0].index > headline.evidence[-1].index:
            self._fold(d, headline)  # "Children killed in Hezbollah rocket attack on soccer field in Majdal Shams ...",
            return  # then, past the list of their names, "Twelve children and teenagers were killed": the toll of the
            # headline's attack, told with nothing else
        if len(placed) != 1 or not placed[0].evidence:
            return
        k = placed[0]
        own = [e for e in d.evidence if all(e.index != x.index for x in k.evidence)]  # not the date it lent
        if own and own[0].index > k.evidence[0].index and self._refers_back(own[0]) \
                and (d.date is None or d.date_inherited) \
                and (d.actor is None or k.actor is None or d.actor == k.actor) and _weapons_agree(d, k, self.lex):
            self._fold(d, k)

    def _strikes_from_the_air(self) -> None:
        """A state's strikes told with no weapon, in an article that tells its strikes as air strikes
        ("the United States conducted two air strikes in Syria" / "one of the strikes hit a pro-Iranian
        militia camp west of Albu Kamal"): aircraft."""
        air = self.lex.cue["from_the_air"].search(self.folded)
        if air is not None:  # (or the sentence that says so: "Explosions were reported in Sanaa, Saada, ...", told
            # with the attacker of "The United States launched a series of airstrikes on Houthi-controlled regions";
            # not where it names an air force: "Ukraine's air force said Saturday that Russia had launched 34 missiles")
            self.aircraft_for_strikes(air.span(), lambda e: self.lex.cue["struck_word"].search(
                self.folded, e.start, e.end) is not None or (e.start <= air.start() < e.end and not air.group().startswith("air force")),
                not_by=self._armed_otherwise_before(air.start()))

    def _a_court_case(self) -> bool:
        """Whether the text's headline or lead tells a court case ("The Buganda Road Chief Magistrates Court has
        committed nine suspects to the High Court to face trial on terrorism charges.")."""
        if self._court is None:
            self._court = any(self.lex.re["no_event"].search(self.folded, s.start, s.end)
                              or self.lex.cue["court_lead"].search(self.folded, s.start, s.end) for s in self.sents[:2])
        return self._court

    def _an_exercise(self) -> bool:
        """Whether the text's first sentence with an attack word tells military drills ("(File photo) An IRGC vehicle
        launching a missile during a military drill", under "Islamic Revolutionary Guard Corps unveil new weapons on
        second day of five-day military drills"; not "IDF strikes Hezbollah Radwan Force training site", then "the
        area was used for ... live-fire drills")."""
        if self._exercise is None:
            first = next((s for s in self.sents if self._triggers(s)), None)
            self._exercise = first is not None and self.lex.cue["exercise_lead"].search(
                self.folded, first.start, first.end) is not None
        return self._exercise

    def _armed_otherwise_before(self, at: int) -> str | None:
        """The attacker of a sentence whose cause (the attack it answers or came after) the air strikes at `at` are
        told in, when it arms its own attack otherwise ("Iran fired several ballistic missiles at US military
        installations in Qatar ..., just days after the United States launched airstrikes"): not one of the text's
        air strikes (but the other side's, told later, may be: "Israel then struck Hezbollah sites")."""
        sent = self._sentence_at(at)
        cause = self._cause_span(sent) if sent is not None else None
        if sent is None or cause is None or not cause[0] <= at < cause[1] \
                or not weapons(self.lex, self.folded, self.text, sent.start, sent.end, cause):
            return None
        best = perpetrator(self.roles.get(sent.index, []))
        return best.actor.value if best is not None else None

    def aircraft_for_strikes(self, air: tuple[int, int], struck: Callable[[Sentence], bool], not_by: str | None = None) -> None:
        """Aircraft, for each state's attack with no weapon told in a sentence that `struck` says tells of
        striking, in a text whose words at `air` say the strikes came from the air (in any language). Where
        the text tells some side's attack as from the air, only that side's: not Israel's "strike on the
        Lebanese capital" in a report of a US "defensive airstrike" in Babil; nor `not_by`'s."""
        flown = {d.actor for d in self.drafts if d.actor and self._a_state(d.actor)
                 and any(w.kind == "aircraft" for w in d.weapons)}
        for d in self.drafts:
            if d.weapons or not d.actor or not self._a_state(d.actor) or not any(struck(e) for e in d.evidence) \
                    or (flown and d.actor not in flown) or d.actor == not_by:
                continue
            d.weapons.append(Weapon(kind="aircraft"))
            d.because("weapons", "strikes the article tells as air strikes", air)

    def _the_only_country(self) -> Place | None:
        """The country of every place the text names as where (towns, provinces, the country
        itself; not "American forces", not "Iran said", not "the border with Afghanistan"), when it is
        one and named as a country (as where, or otherwise), or else its one province named; in a text
        that names no place as where, the one country whose government speaks ("Burkina Faso says 28
        soldiers, civilians killed in rebel attacks")."""
        if self.ex.places is None:
            return None
        found = [p.place for p in self.text_places() if p.role == "literal" and p.place.country
                 and not self.lex.cue["not_where_before"].search(self.folded, max(0, p.start - 60), p.start)] or [
            p.place for p in self.text_places() if p.role == "metonymic" and p.place.kind == "country"
            and self.lex.cue["says_after"].match(self.text, p.end)]
        countries = {p.country for p in found}
        if len(countries) != 1:
            return None
        # the country named as where; else named otherwise ("Ukraine's second city"); else, where it is only
        # in a side's name ("Pakistan's military said its forces raided a hideout ... in the South Waziristan
        # district in Khyber Pakhtunkhwa province"), its one province named
        provinces = {p.name: p for p in found if p.kind == "admin1"}
        return next((p for p in found if p.kind == "country"), None) or next(
            (p.place for p in self.text_places() if p.place.kind == "country" and p.place.country in countries
             and p.role != "demonym"), None) or (next(iter(provinces.values())) if len(provinces) == 1 else None)

    def _country_of_what_was_hit(self, d: Draft) -> None:
        """The country a nationality gives the place attacked, in the report's own sentences, where
        they name no place: "struck a Syrian weapons storage facility", "a Russian strike on a
        Ukrainian mail depot", "Ukrainian cities". Only before a word for a place (cues.yaml
        `place_noun_after`): "Iranian proxies", "Israeli ships" and "US bases" are not where."""
        if self.ex.places is None:
            return
        for sent in d.evidence:
            for p in self.text_places():
                if p.role == "demonym" and p.place.kind == "country" and sent.start <= p.start < sent.end \
                        and self.lex.cue["place_noun_after"].match(self.folded, p.end, sent.end):
                    d.region = p.place
                    d.because("place", "no place named: the nationality of the place attacked", (p.start, p.end))
                    return

    def _countries(self) -> frozenset[str]:
        """The countries the text names as where ("Islamic Resistance" alone is Hezbollah's in a text
        on Lebanon)."""
        return frozenset(p.place.country for p in self.text_places() if p.role == "literal" and p.place.country)

    def _homonym_named(self, p: PlaceSpan) -> PlaceSpan:
        """A town read in its sentence as the namesake of one the whole text reads in a country it names by name, or
        by a province of it, later on ("a check post in Hangu", then "Tehreek-e-Taliban Pakistan"): the text's,
        Pakistan's Hangu, not China's, which is larger; a country read in its sentence as the province the whole
        text reads, and names a town of ("Georgia", then "Carrollton, west of Atlanta"): the province."""
        if p.role != "literal" or p.place.kind in _NEVER_WHERE_KINDS:
            return p
        whole = next((q for q in self.text_places() if (q.start, q.end) == (p.start, p.end)), None)
        if p.place.kind == "country":  # "gathered in a Georgia church", in a text that names Atlanta: the US state
            return whole if whole is not None and whole.role == "literal" and whole.place.kind == "admin1" \
                and whole.place.country != p.place.country and any(
                    q.place.kind == "city" and (q.place.country, q.place.admin1) == (whole.place.country, whole.place.admin1)
                    for q in self.text_places() if q.role == "literal") else p
        if whole is None or whole.role != "literal" or whole.place.name != p.place.name \
                or whole.place.country == p.place.country or whole.place.country in self.ctx.countries:
            return p
        named = {q.place.country for q in self.text_places()  # (or by a province's name: "Bassa local government area
                 if q.role == "literal" and (q.place.kind == "country"  # of Plateau state", not Italy's)
                                             or (q.place.kind == "admin1" and q.text.lower() != p.text.lower()))}
        return whole if whole.place.country in named and p.place.country not in named else p

    def _not_abroad(self, found: list[PlaceSpan]) -> list[PlaceSpan]:
        """Less a village or town read in a country the text never names, written before a province of one it names, or
        that country ("in the village of Al-Qayrawan, in the countryside of Tal Hamis in the Hasakah province": not
        Kairouan in Tunisia; "near the town of Palma, close to Mozambique's border": not Palma de Mallorca): a town the
        gazetteer lacks, which `_unknown_towns` places in that province."""
        named = {q.place.country for q in self.text_places() if q.place.kind == "country"}
        provinces = [q for q in found if q.place.country in named
                     and ((q.place.kind == "admin1" and q.role == "literal") or q.place.kind == "country")]
        return [p for p in found if not (
            p.role == "literal" and p.place.kind == "city" and p.place.country not in named
            and _VILLAGE_OF.search(self.folded, max(0, p.start - 20), p.start)
            and any(q.start > p.start and q.place.country != p.place.country for q in provinces))]

    def text_places(self) -> list[PlaceSpan]:
        """Every place the whole text names, found once."""
        if self._text_places is None:
            self._text_places = self.ex.places.find(self.text) if self.ex.places is not None else []
        return self._text_places

    def _fold_restatements(self) -> None:
        """A headline and the sentence that tells it again are one mention ("US carries out two air
        strikes in Syria" / "The United States carried out strikes ... in Syria on Sunday"):
        - an undated mention joins the only dated one of its place (or, for a country, the only
          dated one in it) in the article whose actor agrees (one may lack it);
        - a mention told only in the headline joins the only other one of its place (or, for one
          "near" a town, the only site in the town's province) whose date and actor agree with it
          (one may lack them). A country's headline over one site in the body
          stays apart: "three drones attack American bases in Iraq" sums up more than one; over
          two or more sites, it sums them up and joins the first;
        - a mention placed no closer than a region joins the only site in its country (for a
          country, or province) whose date agrees and whose death toll is the same (a toll is told
          of one event: "US Launches Airstrike in Iraq, At Least Five Militia Members Killed" /
          "... in Iraq's northern Kirkuk province"), or, for a country, that tells no toll ("three
          U.S. troops killed ... in Jordan" / "The attack hit a U.S. military desert outpost ...
          known as Tower 22"), and a country's mention with no toll the first site in it (or, with
          none, province) of the same actor, date and weapons: it sums them up ("US launches
          airstrikes in Iraq" over al-Qaim and Akashat);
        - then, mentions of one place on one day, or with no day at all, with the same actor (or
          none) and weapons that agree are one ("U.S. Strikes ... in Iraq and Syria" / "The U.S.
          military strikes that targeted sites in Syria and Iraq ...")."""
        dated = [d for d in self.drafts if d.date is not None and d.date.date is not None and d.place is not None]
        for d in [d for d in self.drafts if (d.date is None or d.date.date is None) and d.place is not None]:
            same = [k for k in self._told_again(d, dated) if (d.actor is None or k.actor is None or d.actor == k.actor)
                    and not (k.date is not None and self._told_long_after(d, min(e.index for e in k.evidence), [k.date]))]
            if same and all(_same_place(k, same[0]) and _same_day(k.date, same[0].date) for k in same[1:]):
                same = same[:1]  # one place told twice on one day is one attack (folded into one below)
            if len(same) > 1:  # "US troops injured in Iraq raid, 15 ISIS terrorists dead": the raid whose toll it
                # tells, not the attack in Iraq "earlier this month"
                tolled = [k for k in same if (d.fatalities and k.fatalities == d.fatalities)
                          or (d.injuries and k.injuries == d.injuries)]
                same = tolled if len(tolled) == 1 else same
            if len(same) == 1:
                self._fold(d, same[0])
        headline = self._headline_end()
        for d in [d for d in self.drafts if d.place is not None and d.evidence
                  and all(e.end <= headline for e in d.evidence)]:
            same = [k for k in self.drafts if k is not d and k.place is not None
                    and (_same_place(k, d) or _near_it(d, k))
                    and _agree(d.date, k.date) and (d.actor is None or k.actor is None or d.actor == k.actor)]
            if not same and not self.text[:headline].rstrip().endswith("."):  # "Iraqi tourists killed in Turkish
                # bombing in Duhok" / "Turkish artillery bombed Batifa sub-district in Dohuk governorate": a headline's
                # town of the province for the province, over its one site (not a first line that is a sentence)
                same = [k for k in self.drafts if k is not d and _in_its_province(d, k)
                        and _agree(d.date, k.date) and (d.actor is None or k.actor is None or d.actor == k.actor)]
            if len(same) == 1:
                self._fold(d, same[0])
        for d in [d for d in self.drafts if d.site is None and d.region is not None and d.region.kind == "country"
                  and d.evidence and all(e.end <= headline for e in d.evidence) and not d.fatalities and not d.injuries]:
            country = cast(Place, d.region).country  # the drafts chosen have one
            inside = [k for k in self.drafts if k is not d and k.site is not None and k.place is not None
                      and k.place.country == country and _agree(d.date, k.date) and d.actor in (None, k.actor)
                      and _weapons_agree(d, k, self.lex)]
            if len(inside) > 1:  # "US Military Forces in Syria Targeted in Drone Attacks" over al-Tanf and Conoco:
                self._fold(d, inside[0])  # it sums them up, no attack of its own
        for d in [d for d in self.drafts if d.place is not None and d.place.precision == 2]:
            same = [k for k in self.drafts if k is not d and _a_place_near(d, k) and _dated_alike(d.date, k.date)
                    and _weapons_agree(d, k, self.lex)
                    and (d.actor is None or k.actor is None or d.actor == k.actor)]
            if len(same) == 1:  # "an Israeli drone strike on a vehicle near Jenin" / "an Israeli military drone
                self._fold(d, same[0])  # struck at Al Jalama, a village north of Jenin": one strike, told closer
        for d in [d for d in self.drafts if d.site is None and d.region is not None and (d.fatalities or d.injuries)]:
            region = cast(Place, d.region)  # the drafts chosen have one
            sites = [k for k in self.drafts if k.place is not None and k.place.country == region.country
                     and (_agree(d.date, k.date) or self._told_later(d, k))
                     and (d.fatalities or d.actor is None or k.actor is None or d.actor == k.actor)
                     and (k.site is not None or (  # or, for a country, a province in it
                         region.kind == "country" and k.region is not None and k.region.kind == "admin1"))]
            same = [k for k in sites if (k.fatalities == d.fatalities if d.fatalities else k.injuries == d.injuries)] or (
                [k for k in sites if (k.fatalities is None and k.injuries is None)
                 or (_completes_toll(k, d.fatalities, d.injuries) and _told_next_to(d, k))] if region.kind == "country" else
                [k for k in sites if k.site is not None and _completes_toll(k, d.fatalities, d.injuries)
                 and cast(Place, k.place).admin1 == region.admin1 and _told_next_to(d, k)])  # "Dozens mourn PMF
            # victims of US airstrike in Jurf al-Sakhr" / "... killing four ... in northern Babil": the site in it
            # ("killed 15 soldiers ... in Borno State" / "came under heavy attack ... near Gudumbali": its wounded untold)
            if not same and region.kind == "country":  # "... killing three US soldiers and injuring two others" in
                # Jordan / "Over 30 troops were also wounded" at Tower 22: the one site there, its dead untold
                same = [k for k in sites if k.site is not None and (d.fatalities is None or k.fatalities in (None, d.fatalities))
                        and (d.actor is None or k.actor is None or d.actor == k.actor) and _weapons_agree(d, k, self.lex)]
            if same and all(_same_place(k, same[0]) and _same_day(k.date, same[0].date) for k in same[1:]):
                same = same[:1]  # one place told twice on one day is one attack (folded into one below)
            if len(same) == 1:  # "Three US troops killed at Tower 22" / "Three US Army soldiers were killed
                # ... on a small US outpost in northeast Jordan": one toll, told twice; "Eight U.S. troops are being
                # treated ... after a drone attack in northeastern Syria" / "The attackers targeted the Rumalyn ..."
                self._fold(d, same[0])
            elif len(same) > 1 and region.kind == "country" and d.date is not None and d.date.precision in ("day", "range") and all(
                    k.fatalities is None and k.injuries is None and _told_next_to(d, k) and _weapons_agree(d, k, self.lex)
                    for k in same):
                d.fatalities = d.injuries = None  # "23 pro-Iran fighters were killed in the US airstrikes in eastern
                self._fold(d, same[0])  # Syria" over Deir ez-Zor and Al Mayadin, told next: a toll over both is neither's
        for d in [d for d in self.drafts if d.site is None and d.region is not None and d.region.kind in ("country", "admin1")
                  and not d.fatalities and not d.injuries]:  # no toll, or "no casualties"
            region = cast(Place, d.region)  # the drafts chosen have one
            inside = [k for k in self.drafts if k is not d and k.place is not None and k.place.country == region.country
                      and (region.kind == "country" or (k.site is not None and k.place.admin1 == region.admin1 and (
                          d.actor is None or k.actor is not None or _told_before(d, k))))  # (told after the site's
                      # attack, a province's attack by a side the site's does not name may be another)
                      and _agree(d.date, k.date) and (d.actor is None or k.actor in (None, d.actor)
                                                      or self._named_for(d.actor, k.actor))
                      and _weapons_agree(d, k, self.lex) and not self._other_items(d, k)]
            same = [k for k in inside if k.site is not None] or [  # or, with no site, the provinces
                k for k in inside if k.region is not None and k.region.kind == "admin1"]
            if same:  # "Israeli airstrikes near Syrian capital ..." / "... in close proximity to Syria's capital,
                # Damascus"; "targeted ... the Zionist regime (Mossad) in the Kurdistan region of Iraq" / "The IRGC
                # ballistic missile strike in Erbil left four people dead": the one attack, told closer
                self._fold(d, same[0])  # Damascus": that actor's attack in that country; "US launches airstrikes in
                # Iraq" over al-Qaim and Akashat: sums them up, no attack of its own
                if d.injuries == 0 and d.fatalities in (0, None):  # "US forces were attacked four times in Iraq and
                    for k in same[1:]:  # Syria ..., but there were no casualties" over Ain al-Asad and Erbil: in none
                        if k.fatalities is None and k.injuries is None:
                            k.fatalities, k.injuries = d.fatalities, d.injuries
                            k.why["casualties"] = d.why.get("casualties", ("told again", None, None, None))
        placed = [d for d in self.drafts if d.place is not None]
        for i, d in enumerate(placed):  # told again on the same day, or with no day either, or in the month or
            # span that day falls in ("in late January" / "on Sunday, Jan. 28", at Tower 22): one incident
            same = [k for k in placed[:i] if k in self.drafts and _same_place(k, d) and (
                _same_day(d.date, k.date) or (d.date is not None and k.date is not None
                                              and (_narrows(d.date, k.date) or _narrows(k.date, d.date))))
                    and (d.actor is None or k.actor is None or d.actor == k.actor) and _weapons_agree(d, k, self.lex)]
            if same:
                self._fold(d, same[0])

    def _other_items(self, d: Draft, k: Draft) -> bool:
        """Whether two mentions are told in two items of a round-up."""
        if not d.evidence or not k.evidence:
            return False
        return self._item_begins(*sorted((d.evidence[0].index, k.evidence[0].index)))

    def _item_begins(self, after: int, upto: int) -> bool:
        """Whether a round-up's item (a bullet) begins after sentence `after`, up to sentence `upto`."""
        return any(ITEM.match(x.text) for x in self.sents[after + 1:upto + 1])

    @staticmethod
    def _told_again(d: Draft, others: list[Draft]) -> list[Draft]:
        """The other mentions of d's place; for a country, those anywhere in it."""
        assert d.place is not None  # the caller passes placed drafts, `d` and `others`
        same = [k for k in others if _same_place(k, d)]
        if not same and d.place.kind == "country":
            same = [k for k in others if cast(Place, k.place).country == d.place.country]
        return same

    def _fold(self, d: Draft, k: Draft) -> None:
        """d told again by k: k keeps its own place and date and takes what only d says (the day of its
        attack where k has none, or only one lent or a span; not the day something was said of it). An
        attack given as a sentence's cause and that sentence's own attack (first told there, not one told
        before that the sentence goes on telling) are two, whatever else agrees."""
        if any(x.cause_of is not None and y.evidence and y.evidence[0].index == x.cause_of for x, y in ((d, k), (k, d))):
            return
        if merge_weapons(k.weapons, self._of_its_families(k.weapons, d.weapons)) and "weapons" not in k.why \
                and "weapons" in d.why:
            k.why["weapons"] = d.why["weapons"]
        k.weapons = _said_precisely(k.weapons, self.lex)
        if d.actor is not None and (k.actor is None or self._named_for(k.actor, d.actor)):
            k.actor, k.actor_role = d.actor, d.actor_role
            k.why["actor"] = d.why.get("actor", ("told again", None, None, None))
            k.actor_roles = d.actor_roles
        if k.target is None and d.target is not None:
            k.target = d.target
            k.why["target"] = d.why.get("target", ("told again", None, None, None))
        if _adds_to_toll(k, d.fatalities, d.injuries):  # a toll of its own, or the wounded beside the same dead
            if k.fatalities is None and k.injuries is None:
                k.casualty_claim_by = d.casualty_claim_by
            k.why["casualties"] = d.why.get("casualties", ("told again", None, None, None))
        _take_toll(k, d.fatalities, d.injuries)
        if (k.date is None or k.date_inherited or k.date.precision != "day") \
                and d.date is not None and d.date.precision == "day" and not d.date_inherited \
                and not any(s.start <= d.date.char_start < s.end and self._said_on(d.date, s) for s in self.sents):
            k.date, k.date_inherited, k.date_of_another = d.date, False, d.date_of_another  # "An Iraqi group on
            k.why["date"] = d.why.get("date", ("told again", None, None, None))  # Monday claimed" / "... al-Shaddadi"
        k.sources += [a for a in d.sources if a not in k.sources]
        k.evidence += [e for e in d.evidence if e not in k.evidence]
        self.drafts.remove(d)

    def _headline_end(self) -> int:
        """Where the headline ends: the text's first line, when it is short and a body follows."""
        end = self.text.find("\n")
        return end if 0 < end <= 250 and self.text[end:].strip() else 0

    def _claim(self, sent: Sentence) -> re.Match[str] | None:
        """The words of a claim of responsibility in the sentence; None where it says none was made
        ("Kyiv has not claimed responsibility for the strike")."""
        return _once(self._claim_words, sent.index, lambda: None if self.lex.re["unclaimed"].search(
            self.folded, sent.start, sent.end) else self.lex.re["claim"].search(self.folded, sent.start, sent.end)
            or self.lex.cue["claims_told"].search(self.folded, sent.start, sent.end))

    def _attack_sentence(self, sent: Sentence) -> None:
        f = self.folded
        cause = self._cause_span(sent)
        actors = self._actors(sent, cause)
        claimed = self._claim(sent) is not None
        attrib = self._attribution(sent, actors, claimed)
        perpetrator, role = self._perpetrator(sent, actors, claimed)
        held = next((r for r in self.roles.get(sent.index, []) if r.rule == HOLDS and r.actor.value == perpetrator), None)
        if held is not None and any(p.start < held.actor.start and p.role == "literal" for p in self.text_places()
                                    if sent.start <= p.start < sent.end):
            perpetrator, role = None, "unknown"  # "Militants attacked a US base in Syria on Friday, to which the US
            # responded with retaliatory airstrikes on ...": the answer's attacker, not that of a place before it
        background = self._background(sent)
        if background and perpetrator and self.ctx.actor is None and not self._hypothetical(sent) \
                and all(a.start > cast(re.Match[str], self._cause_word(sent)).start() for a in actors if a.value == perpetrator):
            # "... placed on high alert following a midnight attack by Iranian-backed militias on one of its
            # bases in ... Hasakah": lent only where that attack was (`_inherit_actor`)
            self.ctx.actor, self.ctx.actor_role, self.ctx.actor_sentence = perpetrator, role, sent
            self.ctx.actor_in_cause = True
        if self._hypothetical(sent) or background:
            return
        long_ago = self._a_year_long_past(sent)
        if long_ago:
            self.past_told = sent.index  # what follows with no place nor day of its own is of that attack (below)
        if long_ago or self._the_epochs_attack(sent) or self._a_toll_over_time(sent) or self._habitual(sent) \
                or self.lex.cue["past_opening"].match(f, sent.start):
            return
        main = _main_clause(sent, cause, self.lex.re["trigger"], f)
        strike = self.lex.re["state_strike"].search(f, *main) if perpetrator else None
        if perpetrator and strike and strike.start() < min((a.start for a in actors if a.value == perpetrator), default=0):
            actor = self.lex.actors.get(perpetrator)
            if actor is None or actor.kind != "state":
                perpetrator, role = None, "unknown"  # "US strikes sites used by Iran-linked groups": the target;
                # not "attacks by Iran-backed groups ... since the US military conducted airstrikes"
        if perpetrator and (claimed or self.ctx.actor is None or self.ctx.actor_in_cause or role == "claimed"):
            self.ctx.actor, self.ctx.actor_role, self.ctx.actor_sentence = perpetrator, role, sent
            self.ctx.actor_in_cause = False
        target = self._target(sent, cause, perpetrator)
        if target and target != "Civilians":
            self.ctx.target = self.ctx.target or target
        sites, regions = self._places(sent, cause)
        if perpetrator is not None and perpetrator == self.ctx.actor and any(
                (parse(m.group("n")) or 0) > 1 for m in _STRIKES_COUNTED.finditer(f, sent.start, sent.end)):
            self.strikes_counted.setdefault(perpetrator, set()).update(
                p.country for p in [*regions, *(s.place for s in sites)] if p is not None and p.country)
        regions = self._not_the_strikers_own(regions, perpetrator)
        sites, regions = self._home_towns_dropped(sent, cause, sites, regions)
        if not sites and not regions and (town := self._the_town(sent) or self._the_base(sent)) is not None:
            sites = [town]  # "... bombed RSF targets in the east of the city yesterday": El Fasher, named before
        weapon_hits = weapons(self.lex, f, self.text, sent.start, sent.end, cause)
        if self.lex.re["no_event"].search(f, sent.start, sent.end) or (
                (self.lex.cue["defendants_subject"].match(f, sent.start)
                 or self.lex.cue["arrested_for"].search(f, sent.start, sent.end)) and self._a_court_case()):
            return  # "Suspect set to plead guilty in attack that killed 5": a court case, whatever it names; and what
            # the defendants of a report on a court case did ("They reportedly attacked the Principal Judge ..."), or
            # their arrest for it ("the police had arrested Tahir Ahmad Khan of Chandrigam Tral, Pulwama, ... for their
            # alleged involvement in the attack": where they are from)
        written = find_dates(f, sent.start, sent.end, self.ref)  # every date phrase, its cause's too
        if self._an_exercise() and not self._casualties(sent.start, sent.end, cause).stated and not written:
            return  # in a report on drills, what was fired at targets was fired there ("The naval unit of the IRGC
            # launched anti-ship cruise missiles that were able to hit and destroy targets in the Persian Gulf"; but not
            # "Separately, Ukrainian drones struck an oil refinery in Ryazan overnight": a toll or a day of its own)
        no_attack = [(m.start(), m.end()) for m in self.lex.re["not_attack"].finditer(f, sent.start, sent.end)]
        if no_attack and all(any(a <= h.start < b for a, b in no_attack) for h in weapon_hits):
            self.accident = sent.index
            return  # "20 people are killed by landslides", "explosions ... due to military exercises", "a helicopter crash"
        if not weapon_hits and self.accident is not None and sent.index - self.accident <= 2 and all(
                self.lex.cue["blast_word"].fullmatch(t.group()) or self.lex.re["killing"].fullmatch(t.group())
                for t in self._triggers(sent)):
            return  # "The blast occurred at a military base outside Najaf", after "an explosion at an arms depot"
        began = [d for d in written  # when a war began: no attack's day, and long past, background
                 if self.lex.cue["war_began_before"].search(f, max(sent.start, d.char_start - 90), d.char_start)]
        started = [d for d in written if d not in began
                   and self.lex.cue["started_before"].search(f, max(sent.start, d.char_start - 90), d.char_start)]
        if long_past([d for d in written if d not in started], self.ref.date if self.ref is not None else None):
            self.past_told = sent.index
            return  # an attack long past, told as background ("... during an operation to attack Islamic State
            # militants in Mosul, Iraq, October 18, 2016", a photograph's caption in a report of 2023)
        dates = [d for d in written  # (nor when a war began: "since the conflict in Israel broke out on Oct. 7 and
                 # Iraqi armed groups ... threatened to target US interests", a day the war, not an attack, is told on)
                 if not (cause and cause[0] <= d.char_start < cause[1])
                 and d not in started and d not in began
                 and not self.lex.cue["reported_before"].search(f, max(sent.start, d.char_start - 60), d.char_start)
                 and not self.lex.cue["count_runs_to_before"].search(f, max(sent.start, d.char_start - 12), d.char_start)
                 and not self._to_come_on(d, sent)]
        # a claim is made the day of the attack ("announced on Saturday that it targeted the al-Tanf base"),
        # unless the sentence dates the attack otherwise ("In a statement released Friday, ... said its
        # fighters targeted the Victoria Base ... earlier this week"); not the day of the dateline ("Quetta (Balochistan),
        # October 20 (Udaipur Kiran): The Balochistan Liberation Army (BLA) claimed responsibility for four coordinated
        # attacks"), the day of the report
        said = [d for d in dates if self._said_on(d, sent)]
        if claimed and len(said) == len(dates) and not any(self._of_the_dateline(d, sent) for d in said):
            said = []
        dates = [d for d in dates if d not in said] + [_on_or_before(d) for d in said]  # "... at the weekend" first
        if (wounds := self.lex.cue["died_of_wounds"].search(f, sent.start, sent.end)) is not None:
            dates = [d for d in dates if d.char_start >= wounds.end()]  # "announced on Sunday the death of a fighter
            # due to injuries sustained from the American airstrike on Jurf al-Nasr": the day he died (not "died from
            # injuries sustained after a Russian missile hit a pizza restaurant in Kramatorsk on Tuesday", the strike's)
        elif (after := self.lex.cue["died_after"].search(f, sent.start, sent.end)) is not None:
            dates = [_on_or_before(d) if d.char_start < after.end() else d for d in dates]  # "A six-year-old Yemeni
            # boy died on Sunday after Houthi shelling": the shelling on Sunday or before
        dates = self._of_the_attack_word_first(sent, dates)
        told = f[sent.start:cause[0]] + " " + f[cause[1]:sent.end] if cause else f[sent.start:sent.end]
        summary = self.lex.re["summary"].search(told) is not None
        campaign = self._campaign(sent, main, day=any(d.precision == "day" for d in dates))
        anaphoric = self._refers_back(sent)
        if claimed and dates and not sites:
            self.ctx.date, self.ctx.date_sentence, self.ctx.date_of_one = dates[0], sent, False
        self._also_that_day(sent, dates)
        told_back = self.lex.cue["claims_told"].search(f, sent.start, sent.end)
        owned = self.lex.cue["responsibility"].search(f, sent.start, sent.end) or told_back
        if claimed and role == "claimed" and perpetrator and not sites \
                and (not regions or (not dates and not self._regions_of_its_own(regions))) \
                and (told_back or not any(d.precision == "day" and not any(_dated_alike(d, k.date) for k in self.drafts)
                                          for d in dates)) \
                and owned and not self.lex.cue["share_of_attacks"].match(f, owned.end()):
            self._claims_the_told(sent, perpetrator)  # (a day of its own is another attack's; not the day of one told:
            # "The Islamic Resistance in Iraq, an Iran-backed militia group, claimed responsibility for Saturday's attack")

        if sites and self._campaign(sent, main, self.lex.cue["attacks_over_time"]) \
                and not any(d.precision == "day" for d in dates):
            self._continuation(sent, has_trigger=True)  # a count over time at the sites it names, no attack there nor
            return  # in their country; it may tell more of the attack told before ("as Russia targets this area for
            # the third successive night")
        if sites:
            for i, site in enumerate(sites):
                who, how = self._agent_of(sent, site, perpetrator, role)
                self._site_mention(sent, site, i, sites, regions, weapon_hits, dates, who, how, target,
                                   attrib, anaphoric)
            self._bases_elsewhere(sent, sites, [h.weapon for h in weapon_hits], dates, perpetrator, role, target, attrib)
            return
        current = self.drafts[-1] if self.drafts else None
        if not regions and self.past_told == sent.index - 1 and not any(d.precision == "day" for d in dates):
            self.past_told = sent.index
            return  # "In January 2022, ISIS fighters attacked a prison in al-Hasakah, Syria. Kurdish-led Syrian Democratic
            # Forces eventually repelled the attack ..., killing more than 400 ISIS fighters. Some 120 partnered forces
            # were killed in the exchange": that attack, long past, told on with no place or day of its own
        referred = (self._draft_of_the_attacker(sent, cause) if anaphoric and not regions else None) or current
        counted = self._strikes_counted(sent)  # (not told on: one of them)
        if anaphoric and counted is None and referred is not None and (sent.index - referred.last_sentence <= 3) \
                and not (regions and self._told_elsewhere(sent, referred)) \
                and not (referred.cause_of is not None and perpetrator not in (None, referred.actor)):
            # (not the attack another one answered, told by its attacker's strike: "U.S. retaliates after deadly
            # attack on Jordan base" / "The U.S. strike follows a drone attack ...")
            self._continuation(sent, has_trigger=True)
            if not (regions and self._provinces_listed(sent)):
                return  # (but "In addition to the strike in Sanaa, US forces also targeted Yemen's Amran and Saada
                # governorates ..., with Houthi officials confirming these attacks" tells those too)
        # a state strikes in the main clause, read without a cause set in it ("The United States, in retaliation
        # for a drone attack that killed three U.S. servicemembers in Jordan last Sunday, has launched airstrikes")
        state_strike = self.lex.re["state_strike"].search(f, main[0], main[1]) is not None or (
            cause is not None and self.lex.re["state_strike"].search(
                f[sent.start:cause[0]].rstrip(" ,") + " " + f[cause[1]:sent.end].lstrip(" ,")) is not None) or (
            perpetrator is not None and self._a_state(perpetrator)
            and (self.lex.cue["done_by"].search(f, main[0], main[1]) is not None  # "... was carried out by the U.S."
                 or self.lex.cue["carries_out_strikes"].search(f, main[0], main[1]) is not None))  # "CENTCOM ... it
        # conducted a series of bombing raids in Syria"
        if counted is not None:  # "The first strike occurred on September 16 in central Syria", after "The U.S.
            # military carried out two precision airstrikes in Syria": one of the strikes counted, by the same side
            state_strike = state_strike or counted.state_strike or any(w.kind == "aircraft" for w in counted.weapons)
            perpetrator, role = (perpetrator, role) if perpetrator else (counted.actor, counted.actor_role)
        if campaign or (summary and not state_strike and not any(d.precision == "day" for d in dates)):
            self.counted = sent.index if summary else self.counted
            return  # a count of attacks, unless a state strikes ("US strikes two sites") or a day is named
        if self._tells_the_counted(sent, dates, placed=bool(regions)):
            self.counted = sent.index  # (and the next such sentence: "While in Syria, one ISIS suspect was killed")
            return
        if not sites and not regions and current is not None and sent.index - current.last_sentence == 1 \
                and perpetrator in (None, current.actor) and not self.lex.cue["another_opening"].match(f, sent.start) \
                and not any(d.precision == "day" and not _agree(d, current.date) for d in dates):
            # "Bandits on Wednesday night stormed Gidan-damo village ..." / "... the bandits ... instantly
            # opened fire on those they came across": told on, with no place or day of its own
            self._continuation(sent, has_trigger=True)
            return
        cas = self._casualties(sent.start, sent.end, cause)
        if _nobody_hurt(cas) and not weapon_hits and not regions and current is not None \
                and sent.index - current.last_sentence <= 2:
            self._continuation(sent, has_trigger=True)  # "These strikes, which did not result in any reported
            return  # casualties, are allegedly in retaliation ...": of the attack just told
        attacked = self.lex.cue["an_attack"].search(f, main[0], main[1]) if regions else None
        if not weapon_hits and (cas.fatalities is None or cas.one_named) and cas.injuries is None \
                and not (state_strike and regions) and not weapons_struck(self.lex, f, main[0], main[1]) \
                and not (attacked and (target or perpetrator or self.lex.cue["armed_site_after"].match(
                    f, attacked.end(), main[1]) or self.lex.cue["armed_site_passive"].search(f, main[0], attacked.end()))):
            return  # no weapon, no toll: an attack only when a state strikes, someone attacked something or weapons
            # were struck ("U.S. Says It Hit a Houthi Cruise Missile That Threatened Red Sea Ships")
            # ("Militants attacked a military camp in Kidal region"); one person told killed is no toll here ("Boxer
            # Maksym Galinichev ... serving ... in the Luhansk region, where he was killed": a death in the war)
        listed: Sequence[Place | None] = self._countries_listed(sent, regions)  # None: no region to go by, below
        if len(listed) > _MOST_COUNTRIES_LISTED and listed[0] is not None and listed[0].kind == "country" \
                and not any(d.precision == "day" for d in written):
            return  # "In 2025, the U.S. struck land targets in seven countries: Iran, Iraq, Nigeria, ...": a count;
            # not one day's ("... strikes on Saturday, targeting sites in Israel, Saudi Arabia, Qatar, ...")
        if len(listed) > 1 and not _nobody_hurt(cas):  # "attacks on US forces in Iraq and Syria": one incident per place
            cas = Casualties(None, None, False)  # a toll over both belongs to neither; "no casualties" to both
        for region in listed or [self._best_region(regions, sent)]:
            draft = Draft(site=None, region=region, state_strike=state_strike and not weapon_hits)
            self._fill(draft, sent, [h.weapon for h in weapon_hits], dates, perpetrator, role, target, attrib, cas)
            self._inherit_actor(draft)
            self.drafts.append(draft)

    def _attack_in_cause(self, sent: Sentence, cause: tuple[int, int], at: int) -> None:
        """An earlier attack the sentence gives as its cause, at a base or facility it names: an attack
        of its own ("A U.S. military AC-130J Ghostrider attacked an Iran-backed militant group after the
        group used a ballistic missile to attack U.S. and coalition forces on Al-Asad Airbase"), unless
        the article told it already. A cause with no such site ("in response to attacks on US forces in
        Iraq and Syria") sums up, and tells none. Its draft goes before the sentence's own (from `at`),
        which the next sentences go on telling."""
        first = self.lex.re["trigger"].search(self.folded, *cause)
        if self.ex.places is None or first is None or self._an_anniversary(sent):
            return  # (nor the attack an anniversary is of: "on the anniversary of the strike at Baghdad airport that
            # killed Suleimani", a year past at least)
        named = [p for p in self.ex.places.find(self.text, cause[0], cause[1], frozenset(self.ctx.countries))
                 if p.role == "literal" and p.start > first.start()]
        sites = [p for p in named if p.place.kind in FACILITY_KINDS]
        toll = self._casualties(cause[0], cause[1], None)
        dates = [day for day in find_dates(self.folded, cause[0], cause[1], self.ref) if not self._said_on(day, sent)]
        deadly = toll.fatalities or self.lex.cue["deadly_attack"].search(self.folded, *cause) is not None
        based = bool(named) and _A_BASE_IN.search(self.folded, max(cause[0], named[0].start - 40), named[0].start) is not None
        if not sites and named and (deadly or based or any(d.precision == "day" for d in dates)) \
                and _one_attack(first) and not any(  # (an attack in that country told as a cause may be told again)
                d.place is not None and d.place.country == named[0].place.country and d.cause_of is None
                for d in self.drafts) \
                and not (self.ref is not None and any(d.date < self.ref.date - _RECENT for d in dates if d.date)):
            sites = named[:1]  # "in response to the drone attack that killed three soldiers at a US base in
            # Jordan", "following a fatal drone attack by the rebel group in Tel Aviv", "in retaliation for Saturday's
            # attack on Majdal Shams", "after the drone attack by Iran-backed militants at a remote US base in Jordan":
            # one deadly attack, or one of a day, or one on a base,
            # where the cause says (not "the October 7 Hamas attack" a war ago)
        hits = [h.weapon for h in weapons(self.lex, self.folded, self.text, cause[0], cause[1], None)]
        if not sites and named and toll.fatalities:
            self._toll_told_again(sent, named[0].place, toll, hits, dates, (cause[0], cause[1]))
        if not sites:
            return  # most causes: no base named, and nothing more to read
        actors = list(self.lex.find_actors(self.folded, self.text, cause[0], cause[1]))
        agent = perpetrator(read_roles(self.lex, self.folded, cause[0], cause[1], actors, first.start()))
        for p in sites:
            if any(d.site and d.site.place and d.site.place.name == p.place.name
                   and (not dates or d.date is None or _same_day(d.date, dates[0])) for d in self.drafts):
                continue  # told already, or twice in this cause (not an attack there on another day: "... after a
                # drone strike on Ain al-Asad airbase earlier this month", told after Thursday's rockets there)
            if p.place.kind in FACILITY_KINDS:
                d = Draft(site=Site(p.start, p.end, p.text, p.place, *self._facility_before(p.start)), region=None,
                          cause_of=sent.index)
            else:
                d = Draft(site=None, region=p.place, cause_of=sent.index)
            self._fill(d, sent, list(hits), dates, agent.actor.value if agent else None,
                       "attributed" if agent else "unknown", None, None, toll)
            d.because("place", "where the sentence's cause says an attack was", (p.start, p.end))
            self.drafts.insert(at, d)

    def _toll_told_again(self, sent: Sentence, place: Place, toll: Casualties, hits: list[Weapon], dates: list[DateSpan],
                         span: tuple[int, int]) -> None:
        """The dead of an attack told before, in a cause that tells it again: its toll where it gave none or only
        the one it named ("Rivers was killed in a drone attack in Jordan on Jan. 28", then "in retaliation for the drone
        strike that killed three U.S. troops in Jordan last weekend": three), if that one attack in that country, with
        weapons both name and agree on and a day that agrees, is the only one told there before the sentence (not the
        strikes that answered "a deadly ambush near Palmyra that killed two US soldiers and an interpreter")."""
        told = [d for d in self.drafts if d.place is not None and d.place.country == place.country and d.cause_of is None
                and bool(d.evidence) and d.evidence[0].index < sent.index]
        cause = Draft(site=None, region=place, weapons=list(hits))
        if len(told) != 1 or not (told[0].weapons and hits and _weapons_agree(told[0], cause, self.lex)) or any(
                not _agree(day, told[0].date) for day in dates if told[0].date):  # (not "last month", of another)
            return
        d = told[0]
        if d.fatalities in (None, 1) and cast(int, toll.fatalities) > (d.fatalities or 0):
            d.fatalities = toll.fatalities
            d.injuries = toll.injuries if d.injuries is None else d.injuries
            d.because("casualties", "the toll of the attack told again as a cause", span)

    def _also_that_day(self, sent: Sentence, dates: list[DateSpan]) -> None:
        """"US forces ... were also targeted ... on Friday", right after an attack told with no day: that
        attack was on the same day."""
        prior = self.drafts[-1] if self.drafts else None
        days = [d for d in dates if d.precision == "day"]
        if prior is None or prior.date is not None or prior.last_sentence != sent.index - 1 or len(days) != 1 \
                or not _ALSO.search(self.folded, sent.start, days[0].char_start):
            return
        prior.date = days[0]
        prior.because("date", "'also' on a day, said of the attack told just before", (days[0].char_start,
                                                                                     days[0].char_end))

    def _filed(self, published: dt.date) -> dt.date:
        """The day the report was written, which its "today" and its weekdays count from: the day of its
        dateline, a few days before it was published ("WASHINGTON-DAMASCUS, 13th December, 2025 (WAM) -- Two
        US soldiers ... were killed today", published on the 14th), or the day it was published."""
        f = self.folded
        for sent in self.sents[:_DATELINE_SENTENCES]:
            for d in find_dates(f, sent.start, sent.end, Reference(published, "published")):
                if d.precision == "day" and d.date is not None \
                        and dt.timedelta(0) < published - d.date <= _DATELINE_LAG and self._of_the_dateline(d, sent):
                    return d.date
        return published

    def _of_the_dateline(self, d: DateSpan, sent: Sentence) -> bool:
        """Whether a date is the dateline's: the sentence opens with a town and it, then a dash or the
        agency ("BAGHDAD, January 24 –"; "(MENAFN- Nam News Network) DAMASCUS, Aug 14 (NNN-SANA) –", the
        wire that passed it on left aside)."""
        f, cue = self.folded, self.lex.cue
        return cue["dateline_before"].search(cue["syndicated"].sub("", f[sent.start:d.char_start], count=1)) is not None \
            and cue["dateline_after"].match(f, d.char_end, sent.end) is not None

    def _of_the_attack_word_first(self, sent: Sentence, dates: list[DateSpan]) -> list[DateSpan]:
        """Of several date phrases, the one right after an attack word dates the attack, before one of
        something else the sentence tells ("President Joe Biden participated Friday in the dignified
        transfer of three U.S. service members who were killed last weekend in Jordan": last weekend). Not a
        part of a day the other names ("On Friday, at least 11 Iranian police officers were killed in an
        attack overnight": Friday's night)."""
        if len(dates) < 2:
            return dates  # most sentences
        of_it = [d for d in dates if not _PART_OF_DAY.fullmatch(d.text) and (any(
            t.end() <= d.char_start and _DATES_THE_WORD.fullmatch(self.folded, t.end(), d.char_start) for t in self._triggers(sent))
            or _DAY_OF_THE_ATTACK.match(self.folded, d.char_end))]  # or before it: "killed in a Saturday ambush"
        return of_it + [d for d in dates if d not in of_it] if of_it else dates

    def _to_come_on(self, d: DateSpan, sent: Sentence) -> bool:
        """Whether a date is the day of something still to come that its clause tells, with no attack word between
        ("... killed in an attack by an Iranian-made drone in Jordan will arrive back on home soil Friday")."""
        f = self.folded
        m = self.lex.cue["future_before"].search(f, max(sent.start, d.char_start - 70), d.char_start)
        return m is not None and self.lex.re["trigger"].search(f, m.start(), d.char_start) is None

    def _said_on(self, d: DateSpan, sent: Sentence) -> bool:
        """Whether a day is when something was said or done about the attack ("officials said Sunday",
        "the president on Tuesday called for an investigation", "according to a new toll provided ... on
        Saturday") or when the report was filed (its
        dateline), not when it happened."""
        f = self.folded
        return d.precision == "day" and d.date is not None and bool(
            self.lex.cue["said_before"].search(f, max(sent.start, d.char_start - 40), d.char_start)
            or self.lex.cue["account_before"].search(f, max(sent.start, d.char_start - 120), d.char_start)
            or self.lex.cue["said_after"].match(f, d.char_end, sent.end)
            or self._of_the_dateline(d, sent))

    def _told_later(self, d: Draft, k: Draft) -> bool:
        """Whether d is dated only by the day it was told of ("... leading to the deaths of at least 15 people,
        officials reported on Saturday": that day or the one before), and k's day falls a few days before
        it ("Thursday's raid in the Anbar Desert"): k's attack, told on that day."""
        return d.date is not None and d.date.precision == "range" and k.date is not None and self._before_its_telling(
            k.date, dataclasses.replace(d.date, precision="day", start=None, end=None))

    def _before_its_telling(self, x: DateSpan, told: DateSpan) -> bool:
        """Whether day x, said of an attack, comes a few days before `told`, a day something was said of it."""
        if told.date is None or x.date is None or x.precision != "day" \
                or not dt.timedelta(0) < told.date - x.date <= _TOLD_AFTER:
            return False
        sent = self._sentence_at(told.char_start)
        return sent is not None and self._said_on(told, sent)

    def _sentence_at(self, at: int) -> Sentence | None:
        """The sentence a place in the text lies in."""
        return next((s for s in self.sents if s.start <= at < s.end), None)

    def _campaign(self, sent: Sentence, main: tuple[int, int], words: re.Pattern[str] | None = None,
                  day: bool = False) -> bool:
        """Whether the main clause is about a war or a series ("a series of attacks", "attacks
        since October 17"): a campaign word (or one of `words`) before the clause that follows its
        first attack word ends. Not "a US base in Syria was targeted by drones, while ... Israel's
        war with Hamas"; nor, when the sentence names its `day`, a series that day ("U.S. Air Force
        planes ... carried out a series of strikes targeting a large ISIS gathering in central Syria in
        the early morning of Sunday, Dec. 8")."""
        f = self.folded
        if main == (sent.start, sent.end):  # most clauses: the whole sentence, its attack words read already
            first = next(iter(self._triggers(sent)), None)
        else:
            first = self.lex.re["trigger"].search(f, *main)
        end = main[1]
        if first is not None:
            later = self.lex.cue["next_clause"].search(f, first.end(), main[1])
            end = later.start() if later else end
        rubric = _RUBRIC.match(f, sent.start)  # "War in Ukraine: Russian drones target Odesa region port": the
        begin = max(main[0], rubric.end()) if rubric else main[0]  # section a headline is filed under
        said = [m for m in (words or self.lex.re["campaign"]).finditer(f, begin, end)
                if not measures_a_superlative(self.lex, f, m, main[0])
                and not self.lex.cue["the_latest_before"].search(f, max(main[0], m.start() - 60), m.start())
                and not self.lex.cue["done_by_the_war_before"].search(f, max(main[0], m.start() - 40), m.start())
                and not _OF_A_PLACE.search(f, max(main[0], m.start() - 80), m.start())]
        if not said or (day and all(self.lex.cue["one_series"].match(f, m.start()) for m in said)):
            return False  # most clauses: the state's strikes below need not be read
        # a state's one night of strikes is "a series of airstrikes" too ("The United States military has
        # executed a series of airstrikes across seven locations, four in Syria and three in Iraq")
        operation = [s.span() for s in self.lex.re["state_strike"].finditer(f, main[0], end)]
        # and its night told from the strikes' side ("A series of U.S. airstrikes have targeted several camps")
        return any(not any(a <= m.start() < b for a, b in operation)
                   and not (f.endswith(" of", m.start(), m.end()) and self.lex.re["state_strike"].match(f, m.end() + 1))
                   for m in said)

    def _countries_listed(self, sent: Sentence, regions: list[Place]) -> list[Place]:
        """Countries the sentence lists as where, one after another ("in Iraq and Syria", "Iraq,
        Syria and Jordan", "four in Syria and three in Iraq"), when it names no province; else the
        provinces it so lists ("three of which were over the Voronezh region, one over the Ryazan
        region ..."); [] otherwise."""
        if any(r.kind == "admin1" for r in regions) and (provinces := self._provinces_listed(sent)):
            return provinces
        countries = list({r.country: r for r in regions if r.kind == "country"}.values())
        # a province of another country in the list is one more place hit ("targeting sites in Israel,
        # Saudi Arabia, ..., Kuwait, and the Kurdistan Region")
        countries += [r for r in regions if r.kind == "admin1" and r.country not in {c.country for c in countries}]
        said = self.folded[sent.start:sent.end]

        def then(a: Place, b: Place) -> bool:  # "a and b", "a, x, b", "four in a and three in b", "a, and the b"
            first, second = fold(a.name), fold(b.name)
            if second not in said or not any(first + joint in said for joint in (",", " and", " or")):
                return False  # not written so: no pattern to make for the pair (a new one for most pairs)
            return re.search(rf"\b{re.escape(first)}(?:,| and| or)(?: and| or)? (?:the )?(?:[a-z]+, )*?(?:[a-z]+ in )?"
                             rf"(?:the )?{_BEARING}{re.escape(second)}\b", said) is not None

        listed = [c for c in countries if any(then(c, o) or then(o, c) for o in countries if o is not c)]
        return listed if len(listed) > 1 else []

    def _provinces_listed(self, sent: Sentence) -> list[Place]:
        """Provinces written one after another as they are counted ("three of which were over the
        Voronezh region, one over the Ryazan region, one over the Belgorod region and one ...")."""
        written = [p for p in self._regions_written.get(sent.index, []) if p.place.kind == "admin1"]
        listed: dict[str, Place] = {}
        for a, b in zip(written, written[1:]):
            if a.place.name != b.place.name and _PROVINCES_BETWEEN.fullmatch(self.folded, a.end, b.start):
                listed[a.place.name], listed[b.place.name] = a.place, b.place
        return list(listed.values()) if len(listed) > 1 else []

    def _site_mention(self, sent, site: Site, i: int, sites: list[Site], regions, weapon_hits: list[WeaponHit],
                      dates, perpetrator, role, target, attrib, anaphoric) -> None:
        f = self.folded
        # Weapons written between the previous site and this one belong to this one; none there
        # means "and another on ..." — the previous site's; the first site also takes what follows it,
        # and the only one takes them all ("a car bomb outside a police station ..., before five
        # gunmen open fire").
        lo = sites[i - 1].end if i else sent.start
        mine = [h.weapon for h in weapon_hits if lo <= h.start < site.start or len(sites) == 1]
        if not mine and i:
            mine = [h.weapon for h in weapon_hits if (sites[i - 2].end if i > 1 else sent.start) <= h.start < sites[i - 1].start]
        if not mine:
            hi = sites[i + 1].start if i + 1 < len(sites) else sent.end
            mine = [h.weapon for h in weapon_hits if site.end <= h.start < hi]
        if not mine:  # "attacked the bases of A and B, using drone strikes"
            mine = [h.weapon for h in weapon_hits]
        cas = self._toll_of(i, sites, sent)
        if self.drafts and (self.drafts[-1].fatalities or self.drafts[-1].injuries) and self._places_listed(sent, sites):
            anaphoric = False  # "US strikes in the west of Iraq ... killed at least 16 people", then "The strikes hit
            # locations in the Akashat and Al-Qaim regions" ("in Sanaa and Hajjah governorate"): a toll over both is
            # neither's (`_fold_restatements`)
        region = site.place or site.near or self._region_for_unresolved(sent, site, regions)
        days = _days_apart(dates, f) if len(sites) == 1 else []  # (the one site's, each clause's)
        if len(days) > 1 and not (cas is not None and cas.stated):
            for day in days:  # "two separate attacks on Harir, one just before midnight on Nov. 8 and the other in the
                # evening on Nov. 9": an attack a day there (a toll told once is not split between them)
                self._site_mention_on(sent, site, region, [w.model_copy() for w in mine], [day], perpetrator, role,
                                      target, attrib, None, anaphoric)
            return
        own_dates = _dates_of(self.lex, i, sites, dates, f) or dates
        self._site_mention_on(sent, site, region, mine, own_dates, perpetrator, role, target, attrib, cas, anaphoric)

    def _site_mention_on(self, sent, site: Site, region, mine: list[Weapon], own_dates: list[DateSpan], perpetrator,
                         role, target, attrib, cas, anaphoric) -> None:
        """The mention of a site at the dates the sentence gives it: the one told there before that day, or a new one."""
        existing = self._draft_for(site)
        if existing is not None and (self._another_day_there(existing, own_dates) or (
                existing.date is None and self._told_long_after(existing, sent.index, own_dates))):
            existing = None
        if existing is None and anaphoric and self.drafts and not self.drafts[-1].specific \
                and sent.index - self.drafts[-1].last_sentence <= 2 \
                and not _PREVIOUS.search(self.folded, sent.start, site.start) \
                and not _elsewhere(self.drafts[-1], site):
            # (not "This came also after previous rocket and drone attacks targeted U.S. bases at the Conoco gas
            # field", after attacks on bases in al-Hasakah province: an earlier attack, elsewhere; nor "... announced
            # targeting the American base adjacent to Erbil airport", after US strikes in eastern Syria: a base in
            # another country is another attack)
            existing = self.drafts[-1]
            existing.site = site
            existing.region = region if site.place is None else existing.region
            if existing.date is not None and not existing.date_inherited and self._closer_days(existing.date, own_dates):
                existing.date = None  # its day, told closer: "The attack happened ... on Monday in Huyum, ..."
        if existing is None:
            existing = Draft(site=site, region=None if site.place else region)
            self.drafts.append(existing)
        self._fill(existing, sent, mine, own_dates, perpetrator, role, target, attrib, cas)
        self._inherit_actor(existing)

    def _bases_elsewhere(self, sent: Sentence, sites: list[Site], arms: list[Weapon], dates: list[DateSpan],
                         perpetrator: str | None, role: ActorRole, target: str | None, attrib: Attribution | None) -> None:
        """Bases a sentence names only by their country, beside a site in another ("... targeted ... five
        more times on Friday - three times at separate bases in Syria, and twice at Ain al-Asad"): an
        attack in that country too."""
        for p in self._regions_written.get(sent.index, []):
            if p.place.kind != "country" or any(s.place and s.place.country == p.place.country for s in sites) \
                    or not _BASES_IN.search(self.folded, max(sent.start, p.start - 40), p.start) \
                    or any(d.site is None and d.region == p.place and d.last_sentence == sent.index for d in self.drafts):
                continue
            d = Draft(site=None, region=p.place)  # with the sentence's weapons: "with rockets and drones"
            self._fill(d, sent, [w.model_copy() for w in arms], dates, perpetrator, role, target, attrib, None)
            self._inherit_actor(d)
            self.drafts.append(d)

    @staticmethod
    def _another_day_there(d: Draft, dates: list[DateSpan]) -> bool:
        """Whether a sentence tells of an attack at a place the article has an attack at on another day
        it names ("The Sudanese Air Forces reportedly bombed RSF targets in the east of the city
        yesterday", after the RSF's shelling of El Fasher on Sunday): one incident per place per day.
        Another attacker alone does not tell it apart: the attacker a sentence seems to name is too
        often only named there ("A Taliban extremist stands guard ... after a suicide blast")."""
        if d.date is None or d.date.precision != "day" or d.date_inherited or d.date.date is None:
            return False
        day = next((x.date for x in dates if x.precision == "day"), None)
        if day is not None:
            return d.date.date != day
        # a span that leaves the day out ("In late July, multiple rockets were launched at Ain al-Asad
        # airbase", after Monday's attack there): another attack there
        return any(x.start is not None and x.end is not None and not x.start <= d.date.date <= x.end for x in dates)

    def _told_long_after(self, d: Draft, index: int, dates: list[DateSpan]) -> bool:
        """Whether sentence `index`, at `dates` well before the days around the report's, comes sentences after the
        undated d ends: it tells an earlier attack at d's place ("Israel struck the Hodeidah port in July", after
        Sunday's strikes on it), not d again with its day (as "... shot dead ... in Guymon", then "... was killed by
        police officers ... in Guymon on 9 January", eleven days before, does)."""
        return index - d.last_sentence > _NEXT_SENTENCES and self._long_before(dates)

    def _long_before(self, dates: list[DateSpan]) -> bool:
        """Whether every date of a sentence or a draft is well before the days around the report's ("Israel
        struck the Hodeidah port in July", in a report of Sunday's strikes on the port): an earlier attack
        there, not the one an undated sentence tells."""
        return self.ref is not None and bool(dates) and \
            all(x.end is not None and x.end < self.ref.date - _EARLIER for x in dates)

    def _kinds_in(self, start: int, end: int, skip: tuple[int, int] | None = None) -> set[str]:
        """The kinds of the weapons named in `[start, end)`, outside `skip`."""
        return {h.weapon.kind for h in weapons(self.lex, self.folded, self.text, start, end, skip)}

    def _tells_its_cause(self, d: Draft, arms: list[Weapon]) -> bool:
        """Whether the weapons a sentence names are those of the attack the draft's own sentences give as
        its cause, and none of the draft's: it tells that attack again, not the draft's."""
        if not arms or not d.weapons:
            return False
        spans = [c for e in d.evidence if (c := self._cause_span(e)) is not None]
        caused = {kind for c in spans for kind in self._kinds_in(c[0], c[1])}
        own = {w.kind for w in d.weapons}
        return bool(caused) and {w.kind for w in arms} <= caused and not own & caused

    def _counted_by(self, tally: int, d: Draft) -> bool:
        """Whether an attack is one a count by its attacker counted: in a country the count names (or any, where it
        names none), on the side it counts attacked (or any, where the attack names none)."""
        countries, attacked = self.tallied_by[tally]
        return (not countries or (d.place is not None and d.place.country in countries)) \
            and (attacked is None or d.target in (None, attacked))

    def _answers(self, sent: Sentence, d: Draft) -> bool:
        """Whether the sentence tells a state's strikes that answer the draft's attack: its cause names the draft's
        weapons, which its own clause does not (not a group's claim "in response to Israeli drone strikes in Gaza")."""
        cause = self._cause_span(sent)
        if cause is None or not d.weapons or not any(
                r.role == "agent" and self._a_state(r.actor.value) for r in self.roles.get(sent.index, [])):
            return False
        caused, own = self._kinds_in(*cause), self._kinds_in(sent.start, sent.end, cause)
        kinds = {w.kind for w in d.weapons}
        return kinds <= caused and not kinds & own

    def _toll_of(self, i: int, sites: list[Site], sent: Sentence) -> Casualties | None:
        """The casualties a sentence gives its i-th site: all of them for one site or for "no
        casualties"; with several sites, each one's own only where each is told apart ("Four
        civilians are killed ... in Kharkiv and at least 27 civilians are injured ... in Kyiv"), as a
        toll told once over two bases is neither's."""
        cause = self._cause_span(sent)
        told = self._casualties(sent.start, sent.end, cause)
        if len(sites) == 1 or _nobody_hurt(told):
            return told
        bounds = [(sites[k - 1].end if k else sent.start, s.end) for k, s in enumerate(sites)]  # toll, then place
        own = [self._casualties(lo, hi, cause) for lo, hi in bounds]
        for k in range(1, len(own)):
            before = own[k - 1]
            if not own[k].stated and before.stated and (before.fatalities is None) != (before.injuries is None) and (
                    m := _ELIDED_TOLL.fullmatch(self.folded, sites[k - 1].end, sites[k].start)) \
                    and (n := parse(m["n"])) is not None:
                own[k] = Casualties(None, n, True) if before.fatalities is None else Casualties(n, None, True)
                # "At least 32 have been killed in Khan Younis and five in Rafah": five killed, the verb not told again
        if sum(c.stated for c in own) > 1:
            return own[i]
        # or the toll after each place, in a clause of its own ("two raids on the southeast village of Mays al-Jabal,
        # killing two Hezbollah members and injuring another one, and a raid on the town of al-Qusayr ..., killing a
        # Hezbollah member and injuring another")
        after = [(s.end, sites[k + 1].start if k + 1 < len(sites) else sent.end) for k, s in enumerate(sites)]
        if not all(_TOLL_CLAUSE.search(self.folded, lo, hi) for lo, hi in after):
            return None
        theirs = [self._casualties(lo, hi, cause) for lo, hi in after]
        return theirs[i] if all(c.stated for c in theirs) else None

    def _inherit_actor(self, d: Draft) -> None:
        """An attack told without its perpetrator takes the one the article has established, unless
        that one is what it attacked, in any sentence that tells it ("three US troops were killed by a drone
        strike", after "a US air strike"); one told as a site's attack again takes the attacker of the last told there ("On July 25,
        Iran-backed militias attacked ... Mission Support Site Euphrates ...", then "Mission Support Site Euphrates
        was attacked again on July 26 and 27", in an article that opened with a US strike)."""
        again = self._attacked_again(d)
        if d.actor is None and again is not None:
            d.actor, d.actor_role = again.actor, again.actor_role
            d.because("actor", "the attacker of the last attack told at the site, attacked again", again.evidence[-1])
            return
        told_in = {e.index for e in d.evidence} | {d.last_sentence}  # (attacked in any sentence that tells it: "A
        # suspected rocket attack ... left "several" U.S. personnel injured", then "The attack against the Al Asad base
        # comes as ...", after "The U.S. staged a strike in Iraq last week")
        if d.actor is None and self.ctx.actor and not any(self._attacked_there(self.ctx.actor, i) for i in told_in) \
                and not self._its_site(self.ctx.actor, d):
            said = self.ctx.actor_sentence
            # told as an attack recorded, or as the series the article goes on to tell ("US forces ... have
            # been targeted in a series of attacks by Iran-backed groups")
            told = said is None or any(e.index == said.index for x in self.drafts if x is not d for e in x.evidence) \
                or self._series_by(said, self.ctx.actor) or self._same_region(said, d) or said.index in self.tallied_by \
                or self._one_of_its_strikes_counted(d)
            if said is not None and said.index in self.tallied_by and not self._counted_by(said.index, d):
                return  # "In Somalia, a car bomb killed five people", after "U.S. troops in Iraq and Syria have been
                # attacked about 40 times by Iranian proxies": not one of the attacks counted
            if said is not None and self._answers(said, d):
                return  # "US begins strikes on militias in Iraq, Syria, retaliating for fatal drone attack", then
                # "Rivers was killed in a drone attack in Jordan on Jan. 28": the attack the strikes answered
            if not told and (self.ctx.actor_in_cause or d.evidence and not self._refers_back(d.evidence[-1])):
                return  # named for an attack not recorded here (missiles "launched by Houthi forces", intercepted;
                # "following Hamas' terror attack on Israel on October 7")
            known = self.lex.actors.get(self.ctx.actor)
            group = self._the_group(d.evidence[-1]) if d.evidence else None
            if known and known.kind == "state" and group and not self.lex.cue["speaks_after"].match(self.folded, group.end()):
                return  # "the group claimed three drone attacks": a group, never the state named before (but "...
                # killed three Hezbollah militants, the armed group said" is the state's strike, as its victims say)
            if known and known.kind in ARMED_GROUPS and d.weapons and all(w.kind == "aircraft" for w in d.weapons):
                return  # "American warplanes carried out three airstrikes near Dayr al-Zawr", after the Iraqi
                # resistance's drone attack: air strikes, never the armed group named before
            if known and known.kind == "state" and d.weapons and all(w.kind == "IED" for w in d.weapons):
                return  # "suicide bombers targeted a security compound in Pakistan's Peshawar city", after Pakistan's
                # air strikes: a bombing, never the state named before
            if said is not None and d.evidence and self._item_begins(said.index, d.evidence[0].index):
                return  # a round-up's items are stories of their own ("▪️Ansar Allah movement attacks on international
                # shipping continue ...", then "▪️Meanwhile, ... Missile strikes hit the US base at the Conoco gas field")
            d.actor, d.actor_role = self.ctx.actor, self.ctx.actor_role
            d.because("actor", _NAMED_BEFORE, self.ctx.actor_sentence)
            _cite(d, self.ctx.actor_sentence)

    def _one_of_its_strikes_counted(self, d: Draft) -> bool:
        """Whether the side named before had its strikes counted in the country of the draft (in any, where the count
        named none): "U.S. and partner nation military forces ... conduct sixteen airstrikes" in Syria, then "Near
        Kobani, thirteen airstrikes destroyed ..."; "Aircraft from the US led Coalition ... have attacked 15 targets in
        Iraq", then "the latest attacks were centred on Ramadi": its strikes, told one by one."""
        countries = self.strikes_counted.get(self.ctx.actor or "")
        return countries is not None and d.cause_of is None and d.place is not None \
            and (not countries or d.place.country in countries) \
            and all(w.kind in _FROM_THE_AIR for w in d.weapons)  # (not the attack they answer, nor one placed nowhere yet,
        # nor another side's: "Near Tikrit, a roadside bomb killed four Shiite militiamen")

    def _attacked_again(self, d: Draft) -> Draft | None:
        """The last mention before `d` at its site that names its attacker, where `d`'s sentence tells the site
        attacked again."""
        if d.site is None or d.site.place is None or not d.evidence:
            return None
        sent = d.evidence[-1]
        if not self.lex.cue["attacked_again"].search(self.folded, sent.start, sent.end):
            return None
        return next((k for k in reversed(self.drafts) if k is not d and k.actor is not None and k.site is not None
                     and k.site.place is not None and k.site.place.name == d.site.place.name), None)

    def _its_site(self, actor: str, d: Draft) -> bool:
        """Whether the mention's site, or one the same sentence lists with it, is named as the actor's own
        ("U.S. Mission Support Site Green Village, and Mission Support Site Euphrates, both in Syria, were
        each attacked Nov. 8, as was Al Asad Air Base", told after "the U.S. launched airstrikes"; "the US
        base at Ain al-Asad"): what was attacked, never its attacker's."""
        adjectives = self.lex.adjectives_of(actor)
        if not adjectives or d.site is None or not d.evidence:
            return False
        told = d.evidence[0].index
        sites = [k.site for k in self.drafts if k.site is not None and k.evidence and k.evidence[0].index == told]
        return any(_owned_by(adjectives).search(self.text, max(0, s.start - 80), s.start) for s in sites + [d.site])

    def _regions_of_its_own(self, regions: list[Place]) -> list[Place]:
        """The regions a sentence names other than the country every attack told so far was in ("Pro-Iranian Iraqi
        militias have claimed responsibility for the strikes, which highlight ongoing tensions in northern Iraq", after
        drones over Erbil): where the attacks told were is no place of its own (for a claim with no date of its own: not
        "... claimed responsibility for a bombing in Pakistan last week")."""
        told = {d.place.country for d in self.drafts if d.place is not None}
        return [r for r in regions if not (r.kind == "country" and told == {r.country})]

    def _claims_the_told(self, sent: Sentence, claimant: str) -> None:
        """A claim that names no place nor day of its own is of the attacks told before it that no one
        was named for (or only a description of many groups: "A pro-Iran militia claimed responsibility"),
        however far back ("Two drones targeted the al Assad airbase ... and one drone
        targeted a base in northern Iraq", then "The Islamic Resistance in Iraq issued a statement
        afterward claiming responsibility for the two attacks"); one that claims "the attack" is of the last told
        (a US strike in Baghdad, then "a suicide drone attack at Tower 22 ...", then "The Islamic Resistance in Iraq
        claimed responsibility for the attack"), over an attacker only lent by the text before it."""
        one = _ONE_ATTACK.search(self.folded, sent.start, sent.end) is not None
        for d in self.drafts[-1:] if one else self.drafts:  # "claimed responsibility for the attack": the last told
            if (d.actor is None or self._named_for(d.actor, claimant)
                    or (one and d.why.get("actor", ("",))[0] == _NAMED_BEFORE)) \
                    and not any(self._attacked_there(claimant, e.index) for e in d.evidence):
                d.actor, d.actor_role = claimant, "claimed"
                d.because("actor", "who claims the attacks told before", sent)
                _cite(d, sent)

    def _same_region(self, sent: Sentence, d: Draft) -> bool:
        """Whether the sentence told an attack in the province where the draft's site, or else its region, is
        ("following a midnight attack by Iranian-backed militias on one of its bases in the northeastern province
        of Hasakah", then "an armed drone directly targeted the Kharab al-Jir base in the Rmelan area of Hasakah";
        "... bludgeoned to death with boulders in Gadchiroli, Maharashtra", then "This brutal act was carried out
        by Maoists"): that attack, told again."""
        place = d.site.place if d.site is not None and d.site.place is not None else d.region
        if place is None or place.admin1 is None:
            return False
        _, regions = self._places(sent, self._cause_span(sent))
        return any(r.kind == "admin1" and (r.country, r.admin1) == (place.country, place.admin1) for r in regions)

    def _series_by(self, sent: Sentence, actor: str) -> bool:
        """Whether the sentence names `actor` as the one behind a series of attacks ("a series of attacks
        by Iran-backed groups", "Separate attacks by suspected jihadists"), or blames it for one ("blaming
        Iranian-backed militias for a wave of attacks"): the attacks the article goes on to tell one by one are its."""
        starts = {a.start for a in self._actors(sent, self._cause_span(sent)) if a.value == actor}
        for m in self.lex.re["summary"].finditer(self.folded, sent.start, sent.end):
            by = _BY_AFTER.match(self.folded, m.end())
            if by is not None and any(by.start("by") <= at <= by.end() for at in starts):
                return True
        blamed = self.lex.cue["blamed_for_series"].search(self.folded, sent.start, sent.end)  # "The Pentagon is
        # blaming Iranian-backed militias for a wave of attacks including several that were not reported earlier", "Iran-
        # backed groups have been blamed for a spate of ...": the side blamed, not the one blaming
        return blamed is not None and any(blamed.start() < at < blamed.end() or (at < blamed.start() and _PASSIVE_BEFORE.search(
            self.folded, at, blamed.start())) for at in starts)

    def _the_town(self, sent: Sentence) -> Site | None:
        """The town a sentence that names no place means by "the city" or "the town": the one where
        the article's last attack was, or, before any, the one it was filed from ("GOMA — A drone strike ...
        hit a residential neighborhood in this rebel-held city")."""
        m = self.lex.cue["the_town"].search(self.folded, sent.start, sent.end)
        last = next((d.site for d in reversed(self.drafts) if d.site is not None), self._dateline_town)
        if m is None or last is None or last.place is None or last.place.kind != "city":
            return None
        return Site(m.start(), m.end(), last.written, last.place)

    def _the_base(self, sent: Sentence) -> Site | None:
        """The base a sentence that names no place means by "the base": the last one the text named
        before it, in a text that told no attack at a place yet (after one, "the base" is of that attack,
        told on by `_continuation`: "two drones targeted the US Victoria base near Baghdad International
        Airport ... the second was intercepted by US air defenses at the base")."""
        m = self.lex.cue["the_base"].search(self.folded, sent.start, sent.end)
        if m is None or any(d.site is not None for d in self.drafts):
            return None
        last = next((p for p in reversed(self.text_places()) if p.end <= sent.start and p.role == "literal"
                     and p.place.kind in FACILITY_KINDS), None)
        if last is None:
            return None
        return Site(m.start(), m.end(), last.text, last.place)

    def _named_for(self, described: str | None, named: str) -> bool:
        """Whether `named` is a group that replaces `described`, a description of many groups, as the
        attacker of one attack ("Iran-backed militias", then "The Islamic Resistance in Iraq ... claimed
        responsibility for a drone attack on Al-Omar field"); never a state ("the U.S. military assesses an
        Iranian-backed Shia militia group carried out the attack" names the one attacked)."""
        a, b = self.lex.actors.get(described or ""), self.lex.actors.get(named)
        return a is not None and a.vague and b is not None and not b.vague and b.kind in ("militia", "rebel", "umbrella")

    def _attacked_there(self, actor: str, index: int) -> bool:
        """Whether sentence `index` names `actor` as what was attacked or who was hurt, and never as
        an attacker."""
        roles = {r.role for r in self.roles.get(index, []) if r.actor.value == actor}
        return bool(roles & {"target", "victim"}) and "agent" not in roles

    def _gives_the_toll_lacked(self, d: Draft, sent: Sentence) -> bool:
        """Whether a sentence that names no place states a figure the mention lacks, and the text has told one
        attack so far (in at most two mentions of one country: "a drone attack ... that killed three US soldiers in
        Jordan" and "Tower 22")."""
        cause = self._cause_span(sent)
        cas = self._casualties(sent.start, sent.end, cause)
        lacks = (cas.injuries is not None and d.injuries is None) or (cas.fatalities is not None and d.fatalities is None)
        placed = [k.place for k in self.drafts if k.place is not None]
        one_attack = len({p.country for p in placed}) == 1 and (
            (len(self.drafts) <= 2 and (len(placed) == 1 or any(p.kind == "country" for p in placed)))  # (not Kryvyi
            # Rih and Kyiv); or one place below the country, told again with the same toll or none (a headline, a
            # caption and a lead over "Wadi al-Kfour, Nabatieh province", then "Five others were wounded")
            or (len({p.name for p in placed if p.kind != "country"}) == 1
                and all(k.fatalities in (None, d.fatalities) and k.injuries is None for k in self.drafts)))
        # (not "More than 20 US servicemen have been injured", told after US strikes: the attacker's own people,
        # hurt in the attacks the strikes answered)
        own = d.actor is not None and (any(a.value == d.actor for a in self._actors(sent, cause))
                                       or self._its_people_hurt(d.actor, sent))
        return cas.stated and lacks and not own and one_attack and not any(self._places(sent, cause))

    def _its_people_hurt(self, actor: str, sent: Sentence) -> bool:
        """Whether the sentence counts the actor's own people by its nationality ("More than 20 US servicemen have
        been injured"): a toll of attacks on it, not of its attack."""
        return any(self.lex.of_nationality(m.group()) == actor and self.lex.cue["people_after"].match(self.folded, m.end())
                   for m in _WORD.finditer(self.folded, sent.start, sent.end))

    def _of_its_families(self, had: list[Weapon], told: list[Weapon]) -> list[Weapon]:
        """The weapons told again of an attack that it takes: all where it had none, else those of the families it
        had. A sentence that goes on with an attack, or tells it again, names its weapons again or more precisely;
        one of another family is most often another attack's ("US fighter aircraft struck ..." / "... attacks on
        US bases included the first use of a short-range ballistic missile"), though a wave may mix them."""
        if not had:
            return told
        families = {self.lex.weapon_family(w.kind) for w in had}
        return [w for w in told if self.lex.weapon_family(w.kind) in families]

    def _continuation(self, sent: Sentence, has_trigger: bool) -> None:
        """A sentence without a new site adds to the mention it refers to, if it adds anything."""
        if not self.drafts:
            return
        named = self._draft_named(sent)
        d = named or self.drafts[-1]
        adjacent = sent.index - d.last_sentence == 1
        refers_back = self._refers_back(sent)
        if not (adjacent or (refers_back and sent.index - d.last_sentence <= 4)
                or (named is not None and sent.index - d.last_sentence <= _TOLL_SENTENCES)
                or (not has_trigger and sent.index - d.last_sentence == 2
                    and _nobody_hurt(self._casualties(sent.start, sent.end, self._cause_span(sent))))
                or (not has_trigger and sent.index - d.last_sentence <= _TOLL_SENTENCES
                    and (self._gives_the_toll_lacked(d, sent) or self._updates_the_toll(sent)))):
            return  # "The incident occurred at Al Asad air base", two sentences on, tells where it was; "The
            # fire was extinguished. There were no casualties": nobody hurt, a sentence on, is of the attack; "Those
            # who died were Sgt. Kennedy Sanders, 24, ... More than 70 personnel were wounded": the toll it lacked
        cause = self._cause_span(sent)
        cas = self._casualties(sent.start, sent.end, cause)
        f = self.folded
        actors = self._actors(sent, cause)
        claimed = self._claim(sent) is not None
        attrib = self._attribution(sent, actors, claimed)
        new_weapons = [h.weapon for h in weapons(self.lex, f, self.text, sent.start, sent.end, cause)]
        new_weapons = self._of_its_families(d.weapons, new_weapons)
        if self._tells_its_cause(d, new_weapons):
            return  # "U.S. carries out airstrikes in Syria after deadly drone attack targets coalition base" /
            # "... explains who the U.S. says was behind the drone attack": the attack the strikes answered
        contributes = False
        trial = [w.model_copy() for w in d.weapons]
        if merge_weapons(trial, new_weapons):
            contributes = True
        if cas.stated and ((cas.fatalities is not None and (d.fatalities is None or self._more_dead(d, cas, sent))) or
                           (cas.injuries is not None and d.injuries is None)):
            contributes = True
        if attrib and attrib.kind in ("official", "media", "anonymous") and all(
                a.source != attrib.source for a in d.sources) and refers_back:
            contributes = True
        region, site = None, None
        in_a_region = d.site is None and d.region is not None and d.region.kind in ("country", "admin1")
        if d.place is None or (in_a_region and refers_back):
            sites, regions = self._places(sent, cause)
            region = self._best_region(regions, sent)
            if in_a_region:  # "... in military-run Niger ..." / "The attack took place in the hotspot Tillaberi
                # region on Wednesday": a province inside that country, told of the attack, is closer (a site is
                # not: "a U.S. drone was returning to the small installation known as Tower 22" is no attack there)
                within = cast(Place, d.region)
                region = region if region is not None and region.kind != "country" and region.country == within.country \
                    and within.kind == "country" else None
                town = sites[0] if len(sites) == 1 else None
                if town is not None and (town.place is None or town.place.country == within.country) and refers_back \
                        and self.lex.cue["took_place"].search(f, sent.start, sent.end):
                    site = sites[0]  # "It took place in the Lower Shabelle province, on the outskirts of the regional
                    # capital Marka": where the attack was, told closer than its country or province (a village the
                    # gazetteer lacks too: "The attack took place in a village called Kankanfogouol")
            else:
                site = sites[0] if len(sites) == 1 and sites[0].place is not None and refers_back else None
            contributes |= region is not None or site is not None
        if self.lex.re["interception"].search(f, sent.start, sent.end) and not d.intercepted and has_trigger:
            contributes = True
        perpetrator, role = self._perpetrator(sent, actors, claimed)
        if perpetrator and not has_trigger and all(
                r.rule == SUBJECT and not self.lex.re["killing"].search(f, r.actor.end, sent.end)
                for r in self.roles.get(sent.index, []) if r.actor.value == perpetrator):
            perpetrator = None  # a sentence with no attack word nor killing has no subject of one ("The al-Tanf
            # garrison ... is located at a sensitive juncture often used by Iranian-backed militants to ferry weapons
            # to Hezbollah"; not "The Allied Democratic Forces ... killed at least 25 people")
        if perpetrator and any(self._attacked_there(perpetrator, e.index) for e in d.evidence):
            perpetrator = None  # "a U.S. drone was returning to the small installation", told after "the drone
            # attack that killed three US troops": the side attacked, never who attacked
        if perpetrator and self._answers(sent, d):
            perpetrator = None  # "The U.S. military launched an air assault on dozens of sites ... in retaliation for
            # the drone strike that killed three U.S. troops in Jordan": who answered that attack, not its attacker
        if perpetrator and (d.actor is None or (d.actor == perpetrator and role == "claimed" != d.actor_role)):
            contributes = True  # "The Islamic Resistance in Iraq claims responsibility for the attack."
        dates = [x for x in find_dates(f, sent.start, sent.end, self.ref) if not (cause and cause[0] <= x.char_start < cause[1])
                 and (_DATES_THE_ATTACK.match(f, x.char_end)
                      or (cause is None and self._the_attack_dated(sent, x, d))
                      or self.lex.cue["occurred_before"].search(f, max(sent.start, x.char_start - 40), x.char_start))]
        # (not the day of the attack it answers: "The strikes, carried out in response to the Jan. 28 drone attack, ...")
        if d.date is not None and not d.date_inherited:  # only a draft without a day of its own takes one, or
            # one whose window the day falls in ("... two eyewitnesses told AFP on Thursday" / "the attack,
            # which occurred on Wednesday"), or one whose day is when it was told ("... killed an Islamic State
            # senior leader ..., U.S. Central Command said in a statement Tuesday" / "The person killed in the
            # Monday attack"): the day before that, the attack's own
            dates = self._closer_days(d.date, dates)
            if dates:
                d.date = None
        if dates:
            contributes = True  # "Details of the Sunday attack emerged as ..."
        if not contributes:
            return
        if site is not None:  # "... a suspected rocket attack at an Iraqi air base" / "The incident occurred at
            d.site, d.region = site, None if site.place else d.region  # Al Asad air base"
        elif region is not None:
            d.region = region
        self._fill(d, sent, new_weapons, dates, perpetrator, role, None, attrib, cas if cas.stated else None)
        # "... drone strikes on Al-Asad Airbase and Al-Harir Air Base, and an IED attack on a U.S. patrol near the
        # Mosul Dam. No casualties are reported.": none in any of them; but a sentence naming a place of its own
        # ("Ryazan region Governor ... said no one was reported injured ... in that region") speaks of that one
        if _nobody_hurt(cas) and not any(self._places(sent, cause)):
            # (and of the two before, where it speaks of the attacks told: "... from either attack")
            told = 2 if self.lex.cue["attacks_told"].search(f, sent.start, sent.end) else 1
            for k in self.drafts:
                if k is not d and sent.index - told <= k.last_sentence < sent.index and k.fatalities is None \
                        and k.injuries is None:
                    k.fatalities, k.injuries = cas.fatalities, 0
                    k.because("casualties", "no casualties, said of the attacks of the sentence before", sent)
                    _cite(k, sent)

    def _the_attack_dated(self, sent: Sentence, day: DateSpan, d: Draft) -> bool:
        """Whether `day` follows "the attack" told again (`_THE_ATTACK_DATED`: "The attack on Sunday killed three Army
        reservists"), in the week before the report, with no other place the sentence names: not an attack counted from or
        set before ("Since the attack on Sunday, militias have launched five more attacks"), nor one of another place or
        weeks back ("The attack on March 22 at Crocus City Hall was the deadliest", "The attack on Jan. 28 was blamed on
        the group", told under strikes of February)."""
        f = self.folded
        told = _THE_ATTACK_DATED.search(f, max(sent.start, day.char_start - 40), day.char_start)
        if told is None or _COUNTED_FROM.search(f, max(sent.start, told.start() - 12), told.start()) \
                or self.ref is None or day.date is None or not dt.timedelta(0) <= self.ref.date - day.date <= _THIS_WEEK:
            return False
        sites, regions = self._places(sent, self._cause_span(sent))
        wide = d.place is not None and d.place.kind == "country"  # (a place in it tells where: "the attack on Thursday,
        # which Iraqi forces said happened in the country's Anbar Desert")
        return d.place is None or all(p is None or p.kind == "country" or p == d.place
                                      or (wide and p.country == d.place.country) for p in [*(x.place for x in sites), *regions])

    def _closer_days(self, date: DateSpan, dates: list[DateSpan]) -> list[DateSpan]:
        """The days of `dates` that say which day a mention's date is: inside its window, or a few days before the
        day it was told on ("..., residents told AFP yesterday", then "The attack happened ... on Monday")."""
        telling = dataclasses.replace(date, precision="day", start=None, end=None) if date.precision == "range" else date
        return [x for x in dates if _narrows(x, date) or self._before_its_telling(x, telling)]

    def _draft_named(self, sent: Sentence) -> Draft | None:
        """The one mention told a few sentences before whose town or site a sentence with no attack word
        names, which need not be the last told ("Israeli airstrikes hit Aitaroun and Khiam on Tuesday. In
        Aitaroun, three civilians were wounded": Aitaroun's toll, not Khiam's)."""
        cause = self._cause_span(sent)
        sites, regions = self._places(sent, cause)
        named = {s.place.name for s in sites if s.place is not None}
        if not sites and not regions and self._refers_back(sent):
            return self._draft_of_the_attacker(sent, cause)
        if len(named) != 1:
            return None
        ones = [k for k in self.drafts if k.site is not None and k.site.place is not None
                and k.site.place.name in named and sent.index - k.last_sentence <= _TOLL_SENTENCES]
        return ones[0] if len(ones) == 1 else None

    def _draft_of_the_attacker(self, sent: Sentence, cause: tuple[int, int] | None) -> Draft | None:
        """The one mention told a few sentences before by the attacker a sentence with no place names, referring
        back to its attack, which need not be the last told ("A senior leader of the Iran-backed Kataib Hezbollah
        militia was killed in a U.S. drone strike ... in Baghdad", then the drone attack in Jordan it answered, then
        "The commander is believed to be among three people killed in the U.S. drone strike")."""
        attacker, _ = self._perpetrator(sent, self._actors(sent, cause), False)
        if not any(r.actor.value == attacker and r.rule in (ITS_ATTACK, BY) for r in self.roles.get(sent.index, [])):
            return None  # named as the attack's own ("the U.S. drone strike", "the strike by the U.S."), not as a
            # subject ("The incident happened Monday night but was revealed in a Tuesday Pentagon briefing")
        ones = [k for k in self.drafts if k.actor == attacker and sent.index - k.last_sentence <= _TOLL_SENTENCES]
        return ones[0] if len(ones) == 1 else None

    # --- filling a draft -------------------------------------------------------------------
    def _fill(self, d: Draft, sent: Sentence, new_weapons: list[Weapon], dates: list[DateSpan],
              perpetrator: str | None, role: ActorRole, target: str | None, attrib: Attribution | None, cas) -> None:
        f = self.folded
        if merge_weapons(d.weapons, new_weapons) and "weapons" not in d.why:
            d.because("weapons", "weapons named in the sentence", sent)
        if perpetrator and perpetrator != "Civilians":
            if d.actor is None or (d.actor == perpetrator and role == "claimed") or self._named_for(d.actor, perpetrator):
                d.actor, d.actor_role = perpetrator, role
                agent = next((r for r in self.roles.get(sent.index, []) if r.actor.value == perpetrator), None)
                d.because("actor", ("who claims it in the sentence" if role == "claimed" else
                                    "the attacker the sentence names") + (f" ({agent.rule})" if agent else ""), sent)
                d.actor_roles = [r for r in self.roles.get(sent.index, []) if r.actor.value != perpetrator]
        if target and d.target is None:
            d.target = target
            d.because("target", "what the sentence says was attacked", sent)
        if d.date is None or d.date_inherited:
            own = dates[0] if dates else None
            earlier = self.lex.cue["earlier_opening"].match(f, sent.start) is not None
            if earlier and own is None and self.ctx.date and self.ctx.date.date:  # not "Earlier on Sunday"
                c = self.ctx.date
                own = DateSpan(c.date, "range", None, c.date, sent.text.split(",")[0].split(" ")[0],
                               sent.start, sent.start + len("Earlier"))
            if own is not None:
                d.date, d.date_inherited, d.date_of_another = own, False, False
                d.because("date", "'earlier' than the last date the article gave" if earlier else
                          "a date phrase in the sentence", (own.char_start, own.char_end))
                if own.precision in ("day", "range") and own.date and not earlier and d.cause_of is None:
                    # (not the day of an attack a cause names: "in retaliation to a deadly drone strike ... last Sunday")
                    self.ctx.date, self.ctx.date_sentence, self.ctx.date_of_one = own, sent, True
            elif d.date is None and self.ctx.date and (d.actor is None or d.actor == self.ctx.actor) \
                    and not self._an_earlier_attack(d, sent):
                d.date, d.date_inherited, d.date_of_another = self.ctx.date, True, self.ctx.date_of_one
                d.because("date", "the date the article gave before", self.ctx.date_sentence)
                _cite(d, self.ctx.date_sentence)
        if cas is not None and cas.stated:
            figure_by = attrib.source if attrib else (self.article.outlet or "the report")
            if cas.fatalities is not None and (d.fatalities is None or self._more_dead(d, cas, sent)):
                d.fatalities, d.casualty_claim_by = cas.fatalities, figure_by
                d.because("casualties", "casualty figures in the sentence", sent, figure_by)
            if cas.injuries is not None and (d.injuries is None or _refines(d.injuries, cas.injuries)
                                             or self._more_hurt(d, cas, sent)):
                d.injuries = cas.injuries
                d.casualty_claim_by = d.casualty_claim_by or figure_by
                d.because("casualties", "casualty figures in the sentence", sent, d.casualty_claim_by)
        if attrib and all(a != attrib for a in d.sources):
            d.sources.append(attrib)
        if self.lex.re["interception"].search(f, sent.start, sent.end) and not self.lex.re["attempt"].search(
                f, sent.start, sent.end):
            d.intercepted = True
        if self.lex.cue["ground_fight"].search(f, sent.start, sent.end):
            d.raid = True
        _cite(d, sent)
        d.last_sentence = max(d.last_sentence, sent.index)

    def _more_dead(self, d: Draft, cas: Casualties, sent: Sentence) -> bool:
        """Whether a sentence that goes on telling an attack counts more dead in it (`_counts_more`): "A senior leader of
        the Iran-backed Kataib Hezbollah militia was killed in a U.S. drone strike" / "Three members of the Iran-backed
        Kataib Hezbollah militia were killed in Wednesday's strike"; "... leaving four dead and four others missing" /
        "... a search raising the death toll to eight"; not the dead of an attack it names as a cause or by them ("The
        action comes after ... in retaliation for the recent death of three U.S. soldiers", "his role in the attack that
        killed 13 U.S. service members")."""
        return self._counts_more(d.fatalities, cas.fatalities, sent)

    def _more_hurt(self, d: Draft, cas: Casualties, sent: Sentence) -> bool:
        """Whether a sentence that goes on telling an attack counts more wounded in it (`_counts_more`): "An American
        service member who was seriously injured in a Christmas Day attack" / "The service member was one of three US
        troops injured in the attack"; "As of 4:45 p.m., 19 people were wounded and 3 killed"."""
        return self._counts_more(d.injuries, cas.injuries, sent)

    def _counts_more(self, told: int | None, said: int | None, sent: Sentence) -> bool:
        """Whether a sentence's figure replaces the one an attack was told with: more than one person, the one told among
        them, or a toll it says rose or tells as it stood later; of the attack it tells (`_counts_its_own`)."""
        return told is not None and said is not None and said > told \
            and (told == 1 or self._updates_the_toll(sent)) and self._counts_its_own(sent)

    def _counts_its_own(self, sent: Sentence) -> bool:
        """Whether a sentence's figures are of the attack it tells, not of one it names as a cause or by its dead, nor of
        what it tells beside it ("The clashes also came after security authorities found three young men and a woman
        dead on a roadside"), nor a claim the report does not give as fact ("Al Shabaab's claim of killing more than 57
        soldiers remains unverified")."""
        return self._cause_word(sent) is None and not _ATTACK_THAT_KILLED.search(self.folded, sent.start, sent.end) \
            and not _TOLD_BESIDE.search(self.folded, sent.start, sent.end) \
            and not self.lex.cue["unverified_toll"].search(self.folded, sent.start, sent.end)

    def _an_earlier_attack(self, d: Draft, sent: Sentence) -> bool:
        """Whether the sentence tells d as an attack before the one the article reports: "previous"
        or "earlier" before its site ("two previous assaults ... targeting the American military base
        'Harir'", "In the earlier attacks, 21 U.S. personnel were injured")."""
        m = self.lex.cue["previous_attack"].search(self.folded, sent.start, sent.end)
        return m is not None and (d.site is None or m.start() < d.site.start)

    # --- sentence readers ------------------------------------------------------------------
    def _casualties(self, start: int, end: int, cause: tuple[int, int] | None) -> Casualties:
        return _once(self._tolls, (start, end, cause), lambda: casualties(self.lex, self.folded, start, end, cause))

    def _cause_span(self, sent: Sentence) -> tuple[int, int] | None:
        return _once(self._causes, sent.index, lambda: self._read_cause(sent))

    def _cause_word(self, sent: Sentence) -> re.Match[str] | None:
        """The first words of the sentence's cause ("in response to", "after")."""
        return _once(self._cause_words, sent.index, lambda: self.lex.re["cause"].search(self.folded, sent.start,
                                                                                          sent.end))

    def _read_cause(self, sent: Sentence) -> tuple[int, int] | None:
        m = self._cause_word(sent)
        if not m:
            return None
        start = m.start()
        before = self.folded[sent.start:start].rstrip()
        early = (start - sent.start) < (sent.end - sent.start) / 2
        if early and (before.endswith((",", ", and")) or not before.strip("\"'") or _DATELINE_ONLY.fullmatch(before.lstrip())
                      or self.lex.cue["opening_phrase"].fullmatch(before)):
            # ("In adherence to our ... policy against American forces in Iraq and the region, and in response to
            # the Zionist regime's actions against the people of Gaza, our fighters launched ...")
            comma = self.folded.find(",", m.end(), sent.end)
            goes_on = self.lex.cue["cause_goes_on"].match(self.folded, comma + 1) if comma != -1 else None
            while goes_on:  # "in response to the continued attacks ..., and in particular the attack that ..."
                comma = self.folded.find(",", goes_on.end(), sent.end)
                goes_on = self.lex.cue["cause_goes_on"].match(self.folded, comma + 1) if comma != -1 else None
            span = (start, comma if comma != -1 else sent.end)
        else:  # to the end, or to a participle that goes on with the main clause ("Iran began its response
            # ... after the start of the US and Israeli strikes on Saturday, targeting sites in Israel, ...")
            goes_on = self.lex.cue["participle_goes_on"].search(self.folded, m.end(), sent.end)
            span = (start, goes_on.start() if goes_on else sent.end)
        told = [t.group() for t in self._triggers(sent) if not span[0] <= t.start() < span[1]]
        if self.lex.cue["answer_before"].search(self.folded, sent.start, start) or (
                not told and self.drafts and self.lex.re["anaphora"].search(self.folded[sent.start:start])):
            return span  # "Washington retaliates following drone attack ...": the answer, not that attack; "The
            # incident is the first retaliation for a drone attack that killed three soldiers ...", "This comes amid
            # escalating tensions with Tehran after a drone attack killed an American contractor": the attack told
            # before, and what it followed
        if not told or (m.group().startswith(("after", "following"))
                        and all(self.lex.re["killing"].fullmatch(t) for t in told)):
            return None  # "three troops were injured after a drone attack", "At least 17 people were killed in
            # Gaza following an Israeli airstrike that hit ... Khan Younis": the attack is the event itself
        return span

    def _an_anniversary(self, sent: Sentence) -> bool:
        """Whether the sentence's cause is an anniversary ("to commemorate the anniversary of the killing of ...")."""
        m = self._cause_word(sent)
        return m is not None and m.group().startswith("anniversar")

    def _background(self, sent: Sentence) -> bool:
        """Whether the sentence's only attack is what its main clause follows from, and the main
        clause tells no toll: "Israel is continuing its campaign in Gaza against Hamas following
        Hamas' terror attack on Israel on October 7" (but "three troops were injured after a drone
        attack" is that attack)."""
        f = self.folded
        m = self._cause_word(sent)
        if m is not None and self._an_anniversary(sent):
            # "converged on a landmark central square in Baghdad on Sunday to commemorate the anniversary of the killing
            # of a powerful Iranian general ... in a U.S. drone strike": an attack a year past at least (not "Less than
            # a month before the third anniversary of the Ukraine-Russia war, at least eight people were injured in the
            # drone attack early this morning": the anniversary of a war, then the attack told)
            return not self.lex.re["trigger"].search(f, sent.start, m.start()) \
                and self.lex.re["trigger"].search(f, m.end(), min(sent.end, m.end() + _ANNIVERSARY_REACH)) is not None
        if m is None or not self.lex.cue["background_cause"].match(m.group()) or m.group().endswith(_NOW) \
                or _DONE_NOW.search(m.group()):
            return False  # (not "Day of mourning declared ... after gunman kills 14 at Prague university", "Lawmakers
            # react after US carries out strikes in Syria and Iraq": told in the present, the attack is the news)
        if self.ref is not None and any(d.precision == "day" and d.date is not None
                                        and dt.timedelta(0) <= self.ref.date - d.date <= _THIS_WEEK
                                        for d in find_dates(f, m.start(), sent.end, self.ref)):
            return False  # nor "Lawmakers voiced their views after the U.S. launched retaliatory strikes in Syria and
            # Iraq on Friday": an attack of this week, told with its day, is the news the reaction is to
        told = f[sent.start:m.start()] + " " + f[m.end():sent.end]
        return not self.lex.re["trigger"].search(told) and not self.lex.cue["casualty_word"].search(told)

    def _a_year_long_past(self, sent: Sentence) -> bool:
        """Whether the sentence opens with a year that ended long before the text was written ("In 2014, Boko
        Haram kidnapped 276 schoolgirls in Chibok", in a report of 2025), or names one before its first attack word
        and no other date ("talks with the ELN were called off in 2019 ... following a car bomb attack on a police
        academy in Bogota", in a report of 2023): background."""
        if self.ref is None:
            return False
        year = self.lex.cue["year_opening"].match(self.folded, sent.start)
        if year is None:
            first = next(iter(self._triggers(sent)), None)
            year = self.lex.cue["year_in"].search(self.folded, sent.start, first.start()) if first else None
            if year is not None and find_dates(self.folded, sent.start, sent.end, self.ref):
                return False  # (most sentences name no year: their dates need not be read here)
        return year is not None and dt.date(int(year.group("year")), 12, 31) < self.ref.date - LONG_PAST

    def _the_epochs_attack(self, sent: Sentence) -> bool:
        """Whether each attack word of the sentence is a well-known attack's, named by its day a few words before
        it or as the sentence's one day, and that day is past this week: background ("The success of Hamas and other
        Palestinian terrorist groups in the October 7 attack has emboldened Iran", eleven days on)."""
        if self.ref is None:
            return False
        triggers = self._triggers(sent)
        named = triggers and any(e.pattern.search(self.folded, sent.start, sent.end) for e in self.lex.epochs)
        written = find_dates(self.folded, sent.start, sent.end, self.ref) if named else []  # (most sentences name none)
        days = {d.date for d in written}
        killings = self.lex.re["killing"]
        if triggers and len(days) == 1 and any(e.date in days and self.ref.date - e.date > _THIS_WEEK for e in self.lex.epochs) \
                and not any(killings.fullmatch(t.group()) for t in triggers) \
                and not any(self.lex.cue["started_before"].search(self.folded, max(sent.start, d.char_start - 90), d.char_start)
                            for d in written):
            return True  # its one day is the epoch's ("On 7th October, Hamas terrorists launched an all-out attack on
            # Israel", "... after the Iranian-backed terrorist organization's massive surprise attack on Israel on October 7";
            # not "Israel Says It Has Killed a Planner of Oct. 7 Attack", a killing of its own, nor an attack counted from it)
        return bool(triggers) and all(any(self.ref.date - e.date > _THIS_WEEK and any(
            _NAMED_BY_DAY.fullmatch(self.folded, m.end(), t.start())
            for m in e.pattern.finditer(self.folded, max(sent.start, t.start() - 40), t.start())) for e in self.lex.epochs)
            for t in triggers)

    def _tells_the_counted(self, sent: Sentence, dates: list[DateSpan], placed: bool) -> bool:
        """Whether a sentence with no day of its own tells the toll of the attacks a summary or a tally just counted, no
        attack told since: the dead of the operations counted, by country ("... conducted a total of 37 anti-ISIS
        operations in Syria and Iraq", then "A total of 12 ISIS suspects were killed ... in Iraq"), or the attacks
        themselves, in the plural, with no place of their own ("... with 99 incidents reported across the country", then
        "The attacks resulted in 112 deaths and 87 injuries"; not "The operations, carried out by Central Command (CENTCOM)
        between Jan. 27 and Feb. 2, targeted ISIS strongholds in Syria's desert region", after "a series of strikes")."""
        counted = max((i for i in (self.counted, self.tallied) if i is not None), default=None)
        if counted is None or any(d.precision == "day" for d in dates) \
                or any(d.last_sentence > counted for d in self.drafts):
            return False
        if self.lex.cue["the_attacks_counted"].match(self.folded, sent.start):
            return sent.index - counted == 1 and not placed and not self.drafts  # (not "The strikes killed nine
            # people", told of a strike before the count)
        return self.counted is not None and sent.index - self.counted <= _TOLL_SENTENCES and self._only_killings(sent)

    def _only_killings(self, sent: Sentence) -> bool:
        killings = self.lex.re["killing"]
        return all(killings.fullmatch(t.group()) for t in self._triggers(sent))

    def _a_toll_of_the_last(self, sent: Sentence) -> bool:
        """Whether a sentence whose only attack words are killings, and which names no place of its
        own, tells the toll of the attack told just before: "A drone attack struck the Tower 22
        outpost ... Three US soldiers were killed and 34 were injured, the Pentagon said"."""
        if not self.drafts or not self._only_killings(sent):
            return False
        gap = sent.index - self.drafts[-1].last_sentence
        if gap > 2 and not (gap <= _TOLL_SENTENCES and self._updates_the_toll(sent)):
            return False
        sites, regions = self._places(sent, self._cause_span(sent))
        return not sites and not regions

    def _updates_the_toll(self, sent: Sentence) -> bool:
        """Whether a sentence tells a toll that rose, or as it stood at a later hour ("As of 4:45 p.m., 19 people were
        wounded and 3 killed", a few sentences after "at least two people were killed and two others were
        injured"): the attack's toll told again, a few sentences on, that replaces the first."""
        return _once(self._toll_updates, sent.index, lambda: raises_the_toll(self.folded, sent.start, sent.end)
                     or self.lex.cue["toll_update"].search(self.folded, sent.start, sent.end) is not None)

    def _a_toll_over_time(self, sent: Sentence) -> bool:
        """Whether the sentence's only attack words are killings, in a count over time or a toll; or it
        counts a war's dead ("The fighting has killed more than 1,400 people in Israel, mostly civilians
        slain during the initial Hamas attack"), whatever else it names."""
        f = self.folded
        if counts_a_wars_dead(f, sent.start, sent.end):
            return True
        if not self._only_killings(sent):
            return False
        cause = self._cause_span(sent)  # (not the war the sentence's cause names: "amid the ongoing Gaza conflict")
        return any(not (cause and cause[0] <= m.start() < cause[1])
                   for words in (self.lex.re["campaign"], self.lex.re["cumulative_casualties"])
                   for m in words.finditer(f, sent.start, sent.end))

    def _hypothetical(self, sent: Sentence) -> bool:
        f = self.folded
        triggers = self._triggers(sent)
        cause = self._cause_span(sent)
        own = [t for t in triggers if not (cause and cause[0] <= t.start() < cause[1])]
        triggers = own or triggers  # the attack a threat is made over is not what the sentence tells
        # ("Turkey warns it could step up air strikes ... in response to PKK attack in Ankara")
        if not triggers:
            return False
        conditions = [(m.start(), _CLAUSE_END.search(f, m.end(), sent.end)) for m in _IF.finditer(f, sent.start, sent.end)]
        return all(self._supposed_before(t, sent.start)
                   or self.lex.cue["future_after"].match(f, t.end(), sent.end)
                   or (self.lex.cue["modal_after"].match(f, t.end(), sent.end)
                       and self.lex.cue["indefinite_before"].search(f, max(sent.start, t.start() - 30), t.start()))
                   or any(at < t.start() and (end is None or t.start() < end.start()) for at, end in conditions)
                   for t in triggers)  # "if US forces target our people in Iraq or use its airspace to attack
        # Iran, our response will be unbounded": every attack word of a condition, to its comma

    def _supposed_before(self, t: re.Match[str], start: int) -> bool:
        """Whether words before an attack word make it one supposed, threatened or planned ("ready to strike"), read
        past quotation marks ("\"ready, willing and able\" to strike its arch-foe")."""
        f, at = self.folded, max(start, t.start() - 60)
        if '"' not in f[at:t.start()]:
            return self.lex.re["hypothetical"].search(f, at, t.start()) is not None
        context = f[max(0, at - 12):at]  # what the patterns look behind to ("In May," is no "may")
        return self.lex.re["hypothetical"].search(context + f[at:t.start()].replace('"', ""), len(context)) is not None

    def _habitual(self, sent: Sentence) -> bool:
        """Whether the sentence tells what a side does as a habit: a habit word before its first attack word, in
        its clause (no comma between)."""
        first = self._triggers(sent)[0].start()
        habit = self.lex.cue["habitual"].search(self.folded, max(sent.start, first - 80), first)
        return habit is not None and ("," not in self.folded[habit.end():first]
                                      or self.lex.cue["habitual_verb"].match(self.folded, habit.end()) is not None)

    def _triggers(self, sent: Sentence) -> list[re.Match[str]]:
        """The sentence's attack words ("struck", "drone attack"): most readers ask."""
        return _once(self._trigger_memo, sent.index, lambda: list(self.lex.re["trigger"].finditer(
            self.folded, sent.start, sent.end)))

    def _told_elsewhere(self, sent: Sentence, d: Draft) -> bool:
        """Whether the words the sentence refers back with place what they name in another country than the
        mention told before: "the bombing of a hospital in the Gaza Strip, which reportedly killed over 500 people",
        told after drones shot down in Iraq, is an attack of its own (not "he attributed the attack to Iran-backed
        militant groups operating in Syria and Iraq", of an attack in Jordan)."""
        m = self.lex.re["anaphora"].search(self.folded, sent.start, sent.end)
        if m is None or d.place is None:
            return False
        phrase = _OF_THE_ATTACK.match(self.folded, m.end(), sent.end)
        return phrase is not None and any(
            phrase.start() <= q.start < phrase.end() and q.role == "literal" and q.place.country is not None
            and q.place.country != d.place.country for q in self.text_places())

    def _refers_back(self, sent: Sentence) -> bool:
        return _once(self._refers, sent.index, lambda: self.lex.re["anaphora"].search(
            self.folded[sent.start:sent.end]) is not None or self._the_days_attack_told(sent)
            or self._the_strikes_told_again(sent))

    def _the_strikes_told_again(self, sent: Sentence) -> bool:
        """Whether a sentence opening "The strikes" tells again the attack just told: no date of its own but that
        attack's, and no toll of its own beside that attack's ("The strikes on Friday in Kharkiv killed seven people",
        after drones on Odesa overnight; "The strikes hit locations in Akashat, killing four more": others)."""
        if not self.drafts or not self.lex.cue["strikes_told_again"].match(self.folded, sent.start):
            return False
        last = self.drafts[-1]
        cause = self._cause_span(sent)
        attacker, _ = self._perpetrator(sent, self._actors(sent, cause), False)
        if cause is not None or attacker not in (None, last.actor):
            return False  # (nor the strikes told with what they answer: "These strikes are in direct response to
            # unprecedented Houthi attacks ... in the Red Sea", "The strikes ... came just a day after Iran-backed fighters
            # shot ballistic missiles at Al Asad Air Base": that attack is told, its own)
        if last.date is not None and any(not _agree(d, last.date)
                                         for d in find_dates(self.folded, sent.start, sent.end, self.ref)):
            return False  # (nor a month of its own: "The airstrikes in June targeted Kataib Sayyid al-Shuhada", after July's)
        toll = self._casualties(sent.start, sent.end, cause)
        return not (toll.stated and (last.fatalities or last.injuries))

    def _the_days_attack_told(self, sent: Sentence) -> bool:
        """Whether the sentence names the attack by its day ("158 people were also wounded in Saturday's attack") and the
        one attack told so far has that day, or none of its own, and no other attacker: that attack (not another day's
        strike)."""
        m = _DAYS_ATTACK.search(self.folded, sent.start, sent.end)
        if m is None or len(self.drafts) != 1:
            return False  # (of several told, which one is not said: "Wednesday's strike", after an attack on Shaddadi)
        cause = self._cause_span(sent)
        if cause and cause[0] <= m.start() < cause[1]:
            return False  # "... in retaliation for Sunday's attack": what the sentence's own attack answers
        attacker = self.drafts[0].actor
        if attacker is not None and any(a.value != attacker for a in self._actors(sent, cause)):
            return False  # "Latest attacks follow Friday's strikes by Moscow on Ukraine", after Ukraine's strikes
        told = self.drafts[0].date
        if told is None or told.precision != "day":
            return True
        return any(d.precision == "day" and d.date == told.date for d in find_dates(self.folded, m.start(), m.end(), self.ref))

    def _actors(self, sent: Sentence, cause) -> list[Match]:
        out = list(self._named_actors(sent, cause))
        m = self._the_group(sent)
        group = self._group_before(sent)
        if m and group and not (cause and cause[0] <= m.start() < cause[1]):
            out.append(Match(group, m.start(), m.end(), m.group()))
        out += [a for a in self._named_short(sent) if not (cause and cause[0] <= a.start < cause[1])
                and not any(b.start <= a.start < b.end for b in out)]
        out.sort(key=lambda x: x.start)
        return out

    def _named_short(self, sent: Sentence) -> list[Match]:
        """A side's full name's last words used alone (cues.yaml `named_short`), where the text named before it one side
        whose name, as written, ends so ("the Russian occupation forces", then "the occupation forces inflicted air
        strikes on Kozacha Lopan"): that side; not one named as what was hit ("they struck US occupation forces at Ain
        al-Asad")."""
        out: list[Match] = []
        for m in self.lex.cue["named_short"].finditer(self.folded, sent.start, sent.end):
            whole = {a.value for a in self.lex.find_actors(self.folded, self.text, 0, len(self.folded), attacks=False)
                     if a.end <= sent.start  # (the whole text read once, memoised: not again for each sentence)
                     and self.folded[a.start:a.end].endswith(m.group()) and a.end - a.start > len(m.group())
                     and not self.lex.cue["target_before"].search(self.folded, max(0, a.start - 40), a.start)}
            if len(whole) == 1:
                out.append(Match(whole.pop(), m.start(), m.end(), self.text[m.start():m.end()]))
        return out

    def _group_before(self, sent: Sentence) -> str | None:
        """Who "the group" stands for: the attacker the text told of, or else the last group the sentences
        just before name ("Kataib Hezbollah is a radical Shiite group ... The group claimed credit for an
        explosive drone attack"); never a state's forces."""
        if self.ctx.actor and not self._a_state(self.ctx.actor):
            return self.ctx.actor
        for before in reversed(self.sents[max(0, sent.index - _GROUP_SENTENCES):sent.index]):
            groups = [a.value for a in self._named_actors(before, None) if not self._a_state(a.value)
                      and not self.lex.cue["target_before"].search(self.folded, max(before.start, a.start - 40), a.start)]
            # (not a group named as what was fought: "the international coalition against ISIS")
            if groups:
                return groups[-1]
        return None

    def _named_actors(self, sent: Sentence, cause) -> list[Match]:
        """The actors the sentence names outside its cause (the article's context, which "the group"
        stands for, is `_actors`' to add)."""
        def found() -> list[Match]:
            named = sorted([*self.lex.find_actors(self.folded, self.text, sent.start, sent.end), *self._by_acronym(sent)],
                           key=lambda a: a.start)
            return [a for a, b in zip(named, [*named[1:], None])  # "Al Qaeda affiliate Jama'a Nusrat ul Islam wa
                    if b is None or not self.lex.cue["affiliate_between"].fullmatch(self.folded, a.end, b.start)]  # al-Muslimeen"

        return _once(self._named_memo, (sent.index, cause), lambda: [
            self.lex.actor_in(a, self._countries)
            for a in found()
            if not (cause and cause[0] <= a.start < cause[1])
            and not ((self.lex.cue["descriptor_before"].search(self.folded, max(sent.start, a.start - 40), a.start)
                      and not self.lex.cue["agent_member_before"].search(self.folded, max(sent.start, a.start - 90), a.start))
                     or self.lex.cue["named_by_after"].match(self.folded, a.end))])  # "militias backed by Iran",
        # "Moscow-appointed governor": named for another; but "an attack by alleged armed men linked to Boko Haram":
        # the group the unnamed attackers belong to

    def _by_acronym(self, sent: Sentence) -> list[Match]:
        """The actors the sentence names by an acronym the text gave them in brackets after their name, that the
        lexicon does not know ("Saraya Awliya al Dam (SAD)", then "On March 2, SAD said that it targeted Camp
        Victoria")."""
        if self._acronyms is None:
            for m in _ACRONYM_IN_BRACKETS.finditer(self.text):
                line = self.text.rfind("\n", 0, m.start()) + 1
                named = [a for a in self.lex.find_actors(self.folded, self.text, max(line, m.start() - 80), m.start())
                         if not self.text[a.end:m.start()].strip()]
                if named and _initials(named[-1].text) == m.group(1) \
                        and not any(self.lex.find_actors(self.folded, self.text, m.start(1), m.end(1))):
                    self._acronym_of.setdefault(m.group(1), named[-1].value)  # (not "(AFP)", the agency's)
            self._acronyms = re.compile(r"(?<![\w(])(?:" + "|".join(map(re.escape, self._acronym_of)) + r")(?![\w)])") \
                if self._acronym_of else _NOTHING
        return [Match(self._acronym_of[m.group()], m.start(), m.end(), m.group())
                for m in self._acronyms.finditer(self.text, sent.start, sent.end)]

    def _the_group(self, sent: Sentence) -> re.Match[str] | None:
        """Where the sentence says "the group" (`anaphoric_actor`)."""
        return _once(self._groups_named, sent.index, lambda: self.lex.cue["anaphoric_actor"].search(
            self.folded, sent.start, sent.end))

    def _perpetrator(self, sent: Sentence, actors: list[Match], claimed: bool) -> tuple[str | None, ActorRole]:
        """Who the sentence says attacked (the clause reader's agent), and how it is known. The
        roles it read are kept for the claims: the actor chosen and the others, each with its cue."""
        t0 = self._first_attack(sent, self._cause_span(sent), sent.end)
        roles = read_roles(self.lex, self.folded, sent.start, sent.end, actors, t0)
        self.roles[sent.index] = roles
        for r in roles:  # "Abu Sayyaf bandits", "the Iranian-backed militia Kataib Hezbollah": what the description
            # stands for when the text uses it alone after ("The bandits also attacked government forces in Tuburan")
            named = _named_with(r, roles, self.lex, self.folded)
            if named is not None:
                self.described[r.actor.value] = named.actor.value
        best = perpetrator(roles)
        if best is None:
            return None, "unknown"
        named = _named_with(best, roles, self.lex, self.folded)
        if named is not None:
            best = Role(named.actor, best.role, best.rule)  # "The Iranian-backed militia Kataib Hezbollah claimed
            # credit": the group the description names
        elif best.actor.value in self.described and self.folded[max(sent.start, best.actor.start - 4):best.actor.start] == "the ":
            best = Role(dataclasses.replace(best.actor, value=self.described[best.actor.value]), best.role, best.rule)
        if best.rule in (SHOT_DOWN, LAUNCHED_FROM):
            return best.actor.value, "attributed"  # "Russia says it shot down 36 Ukrainian drones": Ukraine's
        role: ActorRole = "claimed" if claimed and best.actor.start < (  # `claimed`: the caller found a claim in `sent`
            cast("re.Match[str]", self._claim(sent)).end()
            if claimed else 0) + 200 else "attributed"
        if role == "claimed" and any(r.role == "source" and r.actor.value != best.actor.value for r in roles):
            role = "attributed"  # "The Popular Mobilization Forces (PMF) announced that 16 of its members were killed ...
            # during the US air strikes": another side tells of the attack, which the attacker has not claimed
        return best.actor.value, role

    def _agent_of(self, sent: Sentence, site: Site, perpetrator: str | None,
                  role: ActorRole) -> tuple[str | None, ActorRole]:
        """The attacker of one site where a sentence tells an attack and the other side's answer: the
        last agent named before the site when it is a state and the sentence's is not, or the other way
        round ("the group targeted the Ain al-Asad base ..., to which the US responded with retaliatory
        airstrikes on facilities ... near ... Qaim district"); else the sentence's."""
        roles = [r for r in self.roles.get(sent.index, []) if r.actor.end <= site.start]
        told = [r for r in roles if _ATTACKER_CLAUSE.match(self.folded, r.actor.end, site.start)]
        if told and told[-1] is roles[-1] and told[-1].actor.value != perpetrator:
            # "a vehicle linked to an "Iranian-backed" militia that had reportedly fired ballistic missiles at the
            # Al-Asad Airbase": the relative clause's attacker, whatever the sentence's is
            return told[-1].actor.value, "attributed"
        before = [r for r in roles if r.role == "agent" and not any(
            _DESCRIBED_AFTER.fullmatch(self.folded, q.actor.end, r.actor.start) for q in roles if q.actor.end <= r.actor.start)]
        # (not a name in the description set after another: "The Islamic Resistance in Iraq, a network of shadow Iraqi
        # militia groups backed by Iran and affiliated with the Islamic Revolutionary Guard Corps (IRGC), claimed
        # Friday's attack ...")
        if before and perpetrator is None and before[-1].rule == HOLDS:
            return before[-1].actor.value, "attributed"  # "Of the 16 U.S. Tomahawk missiles fired at militants in Nigeria"
        if not before or perpetrator is None or before[-1].actor.value == perpetrator:
            return perpetrator, role
        if self._a_state(before[-1].actor.value) == self._a_state(perpetrator):
            return perpetrator, role  # one side's members or allies: the sentence's attacker stands
        return before[-1].actor.value, "attributed"

    def _a_state(self, actor: str) -> bool:
        known = self.lex.actors.get(actor)
        return known is not None and known.kind == "state"

    def _first_attack(self, sent: Sentence, cause: tuple[int, int] | None, default: int) -> int:
        """Where the sentence's first attack word outside its cause is ("In response to these
        attacks, US forces struck ...": "struck"), or `default`."""
        for t in self._triggers(sent):
            if not (cause and cause[0] <= t.start() < cause[1]):
                return t.start()
        return default

    def _target(self, sent: Sentence, cause, perpetrator: str | None) -> str | None:
        f = self.folded
        t0 = self._first_attack(sent, cause, sent.start)
        best: tuple[int, str] | None = None
        roles = self.roles.get(sent.index, [])
        # "US forces ... have been targeted in a series of attacks by Iran-backed groups": the agent, not a target
        agents = {r.actor.value for r in roles if r.role == "agent"} - {r.actor.value for r in roles if r.role != "agent"}
        # nor the words that name the attacker ("Israel launched airstrikes on Gaza": Israel names the Israel
        # Defense Forces, who struck)
        named = [(r.actor.start, r.actor.end) for r in roles if r.role == "agent"]
        for name, pattern in self.lex.targets:
            if name == perpetrator or name in agents:
                continue
            for m in pattern.finditer(f, sent.start, sent.end):
                if cause and cause[0] <= m.start() < cause[1] or any(a <= m.start() < b for a, b in named):
                    continue
                score = m.start() if m.start() >= t0 else 10_000 + (t0 - m.start())
                if best is None or score < best[0]:
                    best = (score, name)
                break
        return best[1] if best else None

    def _attribution(self, sent: Sentence, actors: list[Match], claimed: bool) -> Attribution | None:
        if sent.index in self.attributions:
            return self.attributions[sent.index]
        a = attribution(self.lex, self.folded, sent.start, sent.end, actors, claimed)
        if a is None and re.match(r"^(?:it|they|she|he) (?:added|noted|said|stated|reported|asserted)\b",
                                  self.folded[sent.start:sent.end]):
            a = self.attributions.get(sent.index - 1)
        self.attributions[sent.index] = a
        return a

    def _places(self, sent: Sentence, cause) -> tuple[list[Site], list[Place]]:
        sites, regions = _once(self._place_memo, sent.index, lambda: self._read_places(sent, cause))
        return list(sites), list(regions)

    def _read_places(self, sent: Sentence, cause) -> tuple[list[Site], list[Place]]:
        if self.ex.places is None:
            return [], []
        found = self._not_abroad([self._homonym_named(p) for p in self.ex.places.find(
            self.text, sent.start, sent.end, frozenset(self.ctx.countries))])
        f, cue = self.folded, self.lex.cue
        sites: list[Site] = []
        regions: list[Place] = []
        region_is_locative: list[bool] = []
        region_is_home: list[bool] = []
        groups: list[Match] | None = None  # the armed groups the sentence names, read once if a region is
        literal = [p for p in found if p.role == "literal"]
        speaking = [p for p in literal if cue["speakers_after"].match(f, p.end)]
        listed = self._listed_before_a_speaker(found, sent)
        for p in found:
            if p.role != "literal" or p.place.kind in _NEVER_WHERE_KINDS or p in listed or self._a_ships_name(p, sent):
                continue  # "U.S. troops", "Russia's ambassador", "Iraqi", "Africa": not where anything happened; "Iran,
                # Iraq, Syria Condemn US Strikes": the governments listed before one that speaks; "the tanker Marlin Luanda"
            if p in speaking and any(q not in speaking and q.place.country == p.place.country for q in literal):
                continue  # "Gaza health officials said 25 people were killed ... in Al-Mawasi": who told it, of a
                # place in it (not "Bryansk official says six drones downed", of rockets on Ukraine)
            if cause and cause[0] <= p.start < cause[1]:
                continue
            if (mourned := cue["mourned_at_before"].search(f, max(sent.start, p.start - 80), p.start)) \
                    and not self.lex.re["trigger"].search(f, max(sent.start, mourned.start() - 40), mourned.start()):
                continue  # "attended a memorial service held at Delaware's Dover Air Force Base to honor the three
                # American soldiers killed in the Tower 22 assault": where they were mourned, not where they died
                # (but "twin blasts at a memorial ceremony in Kerman" struck it)
            line = self.text.rfind("\n", sent.start, p.start) + 1  # 0: the sentence has no line break before it
            before = cue["syndicated"].sub("", self.text[max(sent.start, self.stamp, line):p.start], count=1)
            opens = not any(c.isalpha() for c in before)  # the sentence's or its line's first word ("Advertisement
            # \n\nNew Delhi: As the Middle East ...")
            if (p.text.isupper() and len(p.text) > 3 and not any(c.islower() for c in before)) or (
                    (opens or _TOWN_IN_CAPITALS.fullmatch(before)) and cue["dateline_written_after"].match(f, p.end)) or (
                    (bureaus := _BUREAUS.match(f, max(sent.start, self.stamp, line))) and p.end <= bureaus.end()):
                if p.place.kind == "city" and self._dateline_town is None:
                    self._dateline_town = Site(p.start, p.end, p.text, p.place)
                continue  # a dateline ("TEHRAN (Tasnim) -", "WASHINGTON/DUBAI:", "(MENAFN- IANS) Beirut, May 14
                # (IANS)"): where it was written, not where it happened
            if opens and p.place.kind == "city" and _FILED_FROM.match(f, p.end) \
                    and any(q.start > p.end and q.role == "literal" and (
                        q.place.country != p.place.country
                        or (q.place.kind != "country" and q.place.admin1 != p.place.admin1)
                        or (q.place.kind not in ("country", "admin1") and q.place.name != p.place.name)) for q in found):
                continue  # "Damascus: Iraqi Shia militia on Monday carried out drone attacks against two US
                # military bases in Syria, targeting ... the Green Village base": filed from the city, the attack
                # told elsewhere (not "Mogadishu: At least 32 people were killed ... in Somalia"); "Washington DC - The
                # United States on Friday carried out strikes against Iranian forces in Iraq and Syria"; "Raipur: A jawan
                # ... was killed ... in an IED blast ... in Bijapur district": another town of the state
            if self.text[p.start - 1:p.start] == "(" and (
                    (p.start - line <= _DATELINE_REACH and _CREDIT_CLOSES.match(self.text, p.end))
                    or (p.text.isupper() and len(p.text) <= 5 and self.text[p.end:p.end + 1] == ")")):
                continue  # a name in brackets: an agency's, closing a dateline ("Quetta (Balochistan), October 20 (Udaipur
                # Kiran):", "Mogadishu (HOL) -", not al-Hol camp), or an acronym, the agency's or the name's written
                # before it ("the Democratic Republic of Congo (DRC)", read there)
            if background_place(self.lex, f, p.start, p.end) or (
                    p.place.kind != "country" and cue["distance_from_before"].search(f, max(sent.start, p.start - 80), p.start)):
                continue  # "the war in Gaza", "the Gaza war": where the war is, not this attack; "100 kilometers
                # from Burkina's second city Bobo-Dioulasso": where something else is (not "50 miles from Ukraine's
                # border", in the country)
            if not_where(self.lex, f, p.start, p.end, sent.start, p.place.kind) or (
                    f.startswith("fort ", p.start) and self._a_units_fort(p.start, sent)):
                continue  # "Tehran says", "Iran-linked targets", "a news conference in Seoul", "Tehran was responsible";
                # a fort a unit of the dead is stationed at (not "troops based at Camp Taji came under rocket fire")
            if cue["launched_from_before"].search(f, max(sent.start, p.start - 60), p.start) \
                    and any(q.start >= p.end and q.place.country != p.place.country for q in literal):
                continue  # "three mortar shells were fired from Afghanistan's Paktia province at the Borki border area of
                # Pakistan": where they came from; the attack was where they were fired at
            if p.place.kind != "country" and (
                    any(q.end <= p.start and _BEARING_AFTER_A_PLACE.fullmatch(f, q.end, p.start) for q in literal)
                    or any(_BEARING_AFTER_A_PLACE.fullmatch(f, m.end(), p.start)
                           for m in _A_VILLAGE_OF.finditer(f, max(sent.start, p.start - 120), p.start))):
                continue  # "air raids took place in Bayda province, southeast of Sanaa": where the province is, not a
                # second place struck; nor "the village of Mukondi, south of the city of Beni", a village the gazetteer
                # lacks
            if p.place.kind == "city" and self.ctx.countries and p.place.country not in self.ctx.countries and (
                    _DISTRICTS_AFTER.match(f, p.end) or p.text in self._districts):
                self._districts.add(p.text)
                continue  # "Part of the airport and Riyadh neighborhoods ... were hit", in Nyala, and "... Airport
                # neighborhoods and Riyadh" after: a district of the town the text is about, named as a city abroad is
            if p.place.kind in _REGION_ANCHOR_KINDS:
                regions.append(p.place)
                self._regions_written.setdefault(sent.index, []).append(p)
                region_is_locative.append(bool(cue["locative_before"].search(f, max(sent.start, p.start - 40), p.start)))
                if groups is None:
                    groups = [a for a in self._actors(sent, cause)
                              if getattr(self.lex.actors.get(a.value), "kind", None) != "state"]
                region_is_home.append(any(cue["home_between"].fullmatch(f, a.end, p.start) for a in groups))
                if p.place.country:
                    self.ctx.countries.add(p.place.country)
                continue
            if sites and self._reference_point(p, sites[-1]):
                continue  # "50 kilometers south of Hasakah", "near ... Erbil": where the site is, not a second target
            if any(s.place and s.place.name == p.place.name for s in sites):
                continue
            if sites and sites[-1].place and cue["where_it_is"].fullmatch(f, sites[-1].end, p.start):
                if (sites[-1].place.country, sites[-1].place.admin1) == (p.place.country, p.place.admin1):
                    continue  # "Harir airport in Erbil province", "the Conoco gas field in Deir ez-Zor": where the site is
                if not re.search(r"\b(?:and|or)\b", f[sites[-1].end:p.start]):  # not "Idlib and towns in ... Aleppo"
                    sites.pop()  # "the community of El Aguaje in Aguililla" read as the El Aguaje of another state, "Bunge
                    # in the southeastern city of Dnipro" as a village: the gazetteer lacks the place, the town it is in says where
            if sites and self._its_district(sites[-1], p, literal):
                continue  # "Mir Ali, North Waziristan District, Khyber Pakhtunkhwa": where the town is
            if any(q.place.kind != "country" and (q.place.country, q.place.admin1) != (p.place.country, p.place.admin1)
                   and re.fullmatch(r"['’]s\s+", self.text[q.end:p.start]) for q in literal):
                continue  # "Kharkiv's Kyivskyi district", read as a Kyivskyi of another province: the town says where
            near = self._lacked_near(p)
            if near is not None:
                sites.append(Site(p.start, p.end, p.text, None, near=near))
                continue  # "A resident of Nyaung Kone also told AFP ...", after "Nyaung Kone village in the northern
                # Sagaing region": that village again, not a Nyaung Gon of another province
            sites.append(Site(p.start, p.end, p.text, p.place, *self._facility_before(p.start)))
            if p.place.country:
                self.ctx.countries.add(p.place.country)
        # A region written after "in"/"across" is where; one written as a subject ("Turkey launches
        # airstrikes ... in Syria") is who, and only a last resort for where, as is the home of an
        # actor ("Iran-backed militias in Iraq claimed ... an attack on U.S. troops in Syria").
        regions = [r for _, r in sorted(enumerate(regions), key=lambda ir: (not region_is_locative[ir[0]],
                                                                          region_is_home[ir[0]]))]
        sites = self._unresolved(sent, cause, sites, found) + sites
        sites.sort(key=lambda s: s.start)
        self._lacked.update((s.written.lower(), where) for s in sites if s.place is None  # near it, or in the region
                            and (where := s.near or (regions[0] if len(regions) == 1 else None)) is not None)
        return sites, regions

    def _a_ships_name(self, p: PlaceSpan, sent: Sentence) -> bool:
        """Whether a place's name is a ship's, written right after the word for a ship or its line with every word
        between capitalised ("the Maersk container ship Hangzhou", "the tanker Marlin Luanda"; not "ships entering
        Hodeidah port")."""
        m = self.lex.cue["ship_name_before"].search(self.folded, max(sent.start, p.start - 60), p.start)
        return m is not None and all(w[:1].isupper() or w[:1].isdigit()
                                     for w in self.text[m.start():p.start].split()[1:] if w.lower() not in _SHIP_LINE_WORDS)

    def _listed_before_a_speaker(self, found: list[PlaceSpan], sent: Sentence) -> list[PlaceSpan]:
        """The countries listed before one that stands for its government with a verb of many ("Iran, Iraq, Syria
        Condemn US Strikes on Militia Targets", "Iraq and Syria condemn"): each stands for its own, as the last does
        (not "US strikes targets in Iraq, Syria, Iran condemns": a list of where things were)."""
        countries = sorted((p for p in found if p.place.kind == "country"), key=lambda p: p.start)
        out: list[PlaceSpan] = []
        run: list[PlaceSpan] = []
        for p, q in zip(countries, [*countries[1:], None]):
            run.append(p)
            if q is not None and _LISTED_GAP.fullmatch(self.folded, p.end, q.start):
                continue
            if len(run) > 1 and _SPEAKERS_VERB.match(self.folded, p.end) and not self.lex.cue["locative_before"].search(
                    self.folded, max(sent.start, run[0].start - 40), run[0].start):
                out += run[:-1]
            run = []
        return out

    def _places_listed(self, sent: Sentence, sites: list[Site]) -> bool:
        """Whether the sentence lists its places struck: two sites or provinces with only "and" or a comma between
        ("in the Akashat and Al-Qaim regions", "in Sanaa and Hajjah governorate"; not "in the Barkhan area of the
        province when it was moving from the provincial capital, Quetta")."""
        spans = sorted([(x.start, x.end) for x in sites] + [(p.start, p.end) for p in self._regions_written.get(sent.index, [])
                                                             if p.place.kind == "admin1"])
        return any(_LISTED_GAP.fullmatch(self.folded, a[1], b[0]) for a, b in zip(spans, spans[1:]))

    def _lacked_near(self, p: PlaceSpan) -> Place | None:
        """Where a village or site the text named before and the gazetteer lacks was said to be, when `p` names it
        again and the gazetteer's place of that name lies elsewhere."""
        name = p.text.lower()
        near = next((v for k, v in self._lacked.items() if k == name or k.startswith(name + " ")), None)
        if near is None or p.place is None or (p.place.country == near.country and (
                near.kind == "country" or p.place.admin1 == near.admin1)):
            return None
        return near

    def _its_district(self, site: Site, p: PlaceSpan, literal: Sequence[PlaceSpan]) -> bool:
        """Whether `p` is the district a town or site just named lies in, written after it with a comma ("Mir Ali, North
        Waziristan District"; "Turbat, Kech"): the same province, near, and no list going on after it ("in Bannu, North
        Waziristan and Bajaur" names three places)."""
        if p.place.kind != "county" or site.place is None or not re.fullmatch(r",\s+", self.text[site.end:p.start]) \
                or (site.place.country, site.place.admin1) != (p.place.country, p.place.admin1):
            return False
        apart = _km_apart(site.place, p.place)
        if apart is None or apart > _DISTRICT_KM:
            return False
        goes_on = _A_LIST_GOES_ON.match(self.text, p.end)
        return goes_on is None or not any(q.start == goes_on.end() and q.place.kind not in ("admin1", "country")
                                          for q in literal)

    def _reference_point(self, p: PlaceSpan, site: Site) -> bool:
        """Whether p says where the site named before it is: a bearing from it ("50 kilometers south
        of Hasakah"), or near it with nothing else between ("al-Harir airbase hosting U.S. forces near
        the capital city of the Kurdistan region, Erbil"; not "... and a base near Erbil")."""
        before = self.folded[max(0, p.start - 60):p.start]
        if p.place.precision == 2 and _BEARING_FROM.search(before):
            return True
        between = self.folded[site.end:p.start]
        return len(between) < 80 and re.search(r"\b(?:near|outside|close to)\b", between) is not None \
            and re.search(r"\band\b|[;:]", between) is None

    def _facility_before(self, start: int) -> tuple[str | None, str | None]:
        window = self.folded[max(0, start - 40):start]
        m = None
        for m in self.lex.re["facility"].finditer(window):  # noqa: B007 -- the last one, nearest the place
            pass
        if m is None:
            return None, None
        tail = window[m.end():]
        prep = re.fullmatch(r"\s+(in|at|near|of|inside|outside)\s+(?:the\s+)?(?:city of\s+|town of\s+)?", tail)
        if prep is None:
            return None, None
        return self.text[max(0, start - 40) + m.start():max(0, start - 40) + m.end()], prep.group(1)

    def _unresolved(self, sent: Sentence, cause, sites: list[Site], found: list[PlaceSpan]) -> list[Site]:
        """Named villages and facilities the gazetteer lacks ("near al-Khadra village").

        Removes from `sites` a known place the unnamed one is only said to be near
        ("Zevulun naval facility near the port city of Haifa").
        """
        out: list[Site] = []
        written = self.text[sent.start:sent.end]
        for m in _NAMED_BASE.finditer(self.text, sent.start, sent.end) if "ase" in written or "ite" in written else ():
            if not (cause and cause[0] <= m.start() < cause[1]) \
                    and not any(p.start < m.end("name") and m.start("name") < p.end for p in found):
                out.append(Site(m.start(), m.end(), m.group(), None))  # its name is the whole: "Patrol Base Shaddadi"
        if not any(noun in written for noun in _UNRESOLVED_NOUNS):  # most sentences: no such noun to search for
            return self._where(sent, out + self._unknown_towns(sent, cause, sites, found, out))
        pattern = _unresolved_pattern(self.lex)
        for m in pattern.finditer(self.text, sent.start, sent.end):
            if cause and cause[0] <= m.start() < cause[1]:
                continue
            if any(p.start <= m.start("name") < p.end or m.start("name") <= p.start < m.end("name") for p in found) \
                    or m.group("name").lower() in _NO_NAME:
                continue  # a known place's, or no name ("The police station, located in Dera Ismail Khan district")
            following = [s for s in sites if s.start > m.end() and s.start - m.end() < 80]
            near = None
            if following:
                between = self.folded[m.end():following[0].start]
                if re.match(r"\s+(?:near|outside|close to)\b", between) or self._where_it_is(m.end(), following[0].start):
                    near = following[0].place  # "Ahmedzai police station in Bannu district": the station, at the town
                    sites.remove(following[0])
                elif not re.search(r"\band\b|;", between):
                    continue  # "Green Village ... at the base of the al-Omar oil field": inside that site
            noun = m.group("fac")
            written = m.group("name") + " " + m.group("noun")
            out.append(Site(m.start("name"), m.end(), written, None, noun, m.group("prep"), near))
        return self._where(sent, out + self._unknown_towns(sent, cause, sites, found, out))

    def _a_units_fort(self, at: int, sent: Sentence) -> bool:
        """Whether a fort or a camp named at `at` is the home of a unit of the dead ("all assigned to the 718th Engineer
        Company at Fort Moore, Ga.", "two soldiers stationed at Fort Bliss in El Paso, Texas"), not where it was hit."""
        return _FORT.match(self.folded, at) is not None and self.lex.cue["unit_home_before"].search(
            self.folded, max(sent.start, at - 90), at) is not None

    def _where(self, sent: Sentence, sites: list[Site]) -> list[Site]:
        """The sites the gazetteer lacks that the sentence names as where something was, not as whose side it is, as
        for known places, nor a fort or a camp as a unit's home ("all assigned to the 718th Engineer Company at Fort
        Moore, Ga.")."""
        return [s for s in sites if not not_where(self.lex, self.folded, s.start, s.end, sent.start, "site")
                and not self._a_units_fort(s.start, sent)]

    def _unknown_towns(self, sent: Sentence, cause, sites: list[Site], found: list[PlaceSpan],
                       known: list[Site]) -> list[Site]:
        """Towns the gazetteer lacks that the sentence says are towns ("in the town of Khiara") or
        places in a region it names ("near Bazouriye, Lebanon"), placed at the known place written
        right after them ("the neighbourhood of Dashte Barchi, Kabul": removed from `sites`) or at the
        sentence's region. Not a name that says where the site before it is ("the town of Mweso in
        North Kivu, Democratic Republic of the Congo"), nor one in a sentence that names no region."""
        regions = {p.start for p in found if p.role == "literal" and p.place.kind in _REGION_ANCHOR_KINDS
                   and not _BORDER_WITH.search(self.folded, max(0, p.start - 30), p.start)}
        # a town the name is written before, with a comma: "shot and killed while traveling to work in Sarangi Adda, Bannu"
        towns = {p.start for p in found if p.role == "literal" and p.place.kind in _TOWN_KINDS}
        out: list[Site] = []
        for pattern, in_region in self._town_patterns(sent, bool(regions), bool(towns)):
            if pattern is _IN_ITS_REGION and self._title_case(sent):
                continue  # "Gunmen Kill 9 Chinese at Mine in Central African Republic": a headline's every word capitalised
            for m in pattern.finditer(self.text, sent.start, sent.end):
                a, b = m.span("name")
                # a name with "Village" as its last word is the village's whole name, a known place in it only a part
                # of it ("Yar Katsina Village in Bungudu Local Government Area": not Katsina)
                named_whole = pattern is _NAMED_TOWN and self.text[b:m.end()].strip()[:1].isupper()
                if named_whole and ((sent.end <= self._headline_end() and self._title_case(sent))
                                    or not _AFTER_A_VILLAGES_NAME.match(self.text, m.end())):
                    continue  # "Gunmen Kill Four In Plateau Village": a headline capitalises every word; "Cole's Antique
                    # Village & Flea Market": a business's name
                if (cause and cause[0] <= a < cause[1]) or (in_region and m.end() not in regions and not (
                        pattern is _BEFORE_ITS_REGION and m.end() in towns)) \
                        or any(p.start < b and a < p.end and not (named_whole and a < p.start and p.end <= b) for p in found) \
                        or any(s.start < b and a < s.end for s in known + out) \
                        or self._a_side_or_a_day(a, b):
                    continue  # a place the gazetteer knows, or a group's name or a day
                if any(self._where_it_is(s.end, a) for s in sites + known + out if s.end <= a):
                    continue  # the region of the site before it
                end = m.end()
                if _BETWEEN_BEFORE.search(self.folded, max(sent.start, a - 40), a) \
                        and (other := _LISTED_NAME.match(self.text, end, sent.end)) is not None and other.group("also"):
                    end = other.end()  # "between the villages of Toulin and Burj Qalaouiyeh in the Bint Jbeil
                    # district": one stretch, in that district
                within = next((s for s in sites if s.place and s.start >= end  # "Magarya village in Zurmi"
                               and (s.start == end or self._where_it_is(end, s.start))), None)  # ("Khoro, Awaran")
                # "the southern Lebanese town of Burj Qalaouiyeh": the country its people are named after
                nation = next((p.place for p in found if p.role == "demonym" and p.end <= m.start()
                               and not self.text[p.end:m.start()].strip()), None)
                if within is None and not regions and nation is None and self.text[b:b + 1] != "-":
                    nation = self._region_told_before(sent)  # "Boko Haram ... in Borno ... The group stormed
                    # the village of Debiro": where the text has just said it is
                if within is not None:
                    sites.remove(within)
                elif not regions and nation is None:
                    continue  # no region to place it in
                out.append(Site(a, b, m.group("name"), None, near=within.place if within else nation))
        return out + self._listed_towns(sent, sites, found, known + out)

    def _region_told_before(self, sent: Sentence) -> Place | None:
        """The town, province or country the text last named before the sentence, if it is in the country the text
        names most or the attack the sentence tells again is in: where the text is when it names a village without
        saying where that is."""
        named = [p.place for p in self.text_places() if p.role == "literal" and p.place.country]
        counts = Counter(p.country for p in named)
        if not counts:
            return None
        (home, n), *rest = counts.most_common(2)
        last = next((p.place for p in reversed(self.text_places()) if p.end <= sent.start and p.role == "literal"
                     and p.place.kind in ("admin1", "country", "city")), None)
        told = self.drafts[-1].place if self.drafts and self._refers_back(sent) else None  # (or the attack the sentence
        # tells again is there: "Jihadists ambushed the troops ... in Yagha province" / "The attack took place in a
        # village called Kankanfogouol")
        return last if last is not None and ((last.country == home and not (rest and rest[0][1] == n))
                                             or (told is not None and told.country == last.country)) else None

    def _title_case(self, sent: Sentence) -> bool:
        """Whether the sentence's first line is written in title case, as headlines are: a capital on nearly every
        word but the short ones."""
        line = self.text[sent.start:sent.end].split("\n", 1)[0]
        words = [w for w in _TITLE_WORD.findall(line) if w.lower() not in _SHORT_WORDS]
        return len(words) >= 4 and sum(w[0].isupper() or w[0].isdigit() for w in words) >= _TITLE_SHARE * len(words)

    def _a_side_or_a_day(self, a: int, b: int) -> bool:
        """Whether the capitalised words a town the gazetteer lacks would be named by are a group's name ("Bara" is a
        town; "Hezbollah" is not) or a day ("at 16:29 today, Friday, an explosive-laden drone targeted ...")."""
        return any(self.lex.find_actors(self.folded, self.text, a, b)) or self.folded[a:b] in _DAYS_AND_MONTHS

    def _listed_towns(self, sent: Sentence, sites: list[Site], found: list[PlaceSpan], known: list[Site]) -> list[Site]:
        """The towns the gazetteer lacks listed after a town, with "and" before the list's last name: "firing artillery
        shells at nearby villages, including Khusham, Al-Jafra, Al-Huwaijah, and Al-Mari'iyah", "the villages of Khidr
        Hassan and Sheikh Ali": each a town of its own, placed in the province of the town they follow (or where that
        one, unknown too, is placed)."""
        towns = [s for s in known if s.place is None and not s.noun] + [s for s in sites if s.place is not None
                                                                         and s.place.kind in _TOWN_KINDS and not s.noun]
        out: list[Site] = []
        for town in sorted(towns, key=lambda s: s.start):
            if _BETWEEN_BEFORE.search(self.folded, max(sent.start, town.start - 40), town.start):
                continue  # "between the villages of Toulin and Burj Qalaouiyeh": one stretch, not two towns
            names: list[tuple[int, int, str]] = []
            at, listed = town.end, False
            while (m := _LISTED_NAME.match(self.text, at, sent.end)) is not None:
                a, b = m.span("name")
                if any(p.start < b and a < p.end and (p.role != "literal" or p.place.kind not in _TOWN_KINDS) for p in found) \
                        or self._a_side_or_a_day(a, b):
                    break  # a region, a country or a group's name: not a list of towns
                if not (_LIST_GOES_ON.match(self.text, b, sent.end) or _LIST_ENDS.match(self.text, b, sent.end)):
                    break  # "attacks on Bakhmut and Zelenskiy says": a name that begins a clause, not a town
                listed = listed or bool(m.group("and") or m.group("also"))
                if not any(p.start < b and a < p.end for p in found) \
                        and not any(s.start < b and a < s.end for s in known + sites + out):
                    names.append((a, b, m.group("name")))
                at = b
            if listed:  # in the province of the town they are listed with (a list spans more than one town's ground)
                near = town.place or town.near
                if near is not None and near.admin1 and near.country and self.ex.places is not None:
                    near = self.ex.places.region(near.country, near.admin1) or near
                out += [Site(a, b, name, None, near=near, listed=True) for a, b, name in names]
        return out

    def _town_patterns(self, sent: Sentence, regions: bool, towns: bool) -> list[tuple[re.Pattern[str], bool]]:
        """The patterns `_unknown_towns` need search the sentence with (and whether a match must end at
        a region): not _TOWN_OF where none of its words are, nor those that end at a region where no region is (but
        _BEFORE_ITS_REGION where a town is, which it may end at), as no match of them would count."""
        written = self.text[sent.start:sent.end]
        patterns = [(_TOWN_OF, False)] if any(w in written for w in _TOWN_OF_WORDS) else []
        patterns += [(_NAMED_TOWN, False)] if any(w in written for w in _NAMED_TOWN_WORDS) else []
        if regions:
            return patterns + [(_BEFORE_ITS_REGION, True), (_IN_ITS_REGION, True), (_AREA_IN_ITS_REGION, True)]
        return patterns + [(_BEFORE_ITS_REGION, True)] if towns else patterns

    def _where_it_is(self, end: int, start: int) -> bool:
        """Whether the words between a place and the next one say the next is where the first is: "in",
        "near", a comma ("Dashte Barchi, Kabul")."""
        between = self.folded[end:start]
        return bool(re.fullmatch(r",\s*", between) or self.lex.cue["where_it_is"].fullmatch(between))

    def _region_for_unresolved(self, sent: Sentence, site: Site, regions: list[Place]) -> Place | None:
        if self.lex.cue["same_province"].search(self.folded, sent.start, sent.end) and self.drafts:
            prev = self.drafts[-1].place
            if prev and prev.admin1 and prev.country and self.ex.places is not None:
                return self.ex.places.region(prev.country, prev.admin1)
        return self._best_region(regions)

    def _home_towns_dropped(self, sent: Sentence, cause: tuple[int, int] | None, sites: list[Site],
                            regions: list[Place]) -> tuple[list[Site], list[Place]]:
        """Less the towns and provinces of another country, where the sentence says its dead were killed in one country
        and names no town there ("A grieving Waycross community is remembering the life of Army Sergeant Kennedy
        Sanders, who was one of three soldiers killed in a drone strike in Jordan on Sunday", "one of three Georgia
        reservists killed in the Jordan drone attack"): where they came from or are mourned, not where it was. Not in
        a cause ("in retaliation for the drone attack that killed three in Jordan"), nor a town an attack word is written
        before ("Rockets hit Ain al-Asad air base ...; separately, a US contractor was killed in Syria")."""
        f, cue = self.folded, self.lex.cue
        tied = [p for p in self._regions_written.get(sent.index, []) if p.place.kind == "country"
                and not (cause and cause[0] <= p.start < cause[1])
                and cue["killed_in_before"].search(f, max(sent.start, p.start - 90), p.start)
                and (f[p.start - 4:p.start] != "the " or cue["attack_after"].match(f, p.end))]
        if len({p.place.country for p in tied}) != 1 or any((s.place or s.near) is None for s in sites):
            return sites, regions
        country = tied[0].place.country
        return ([s for s in sites if cast(Place, s.place or s.near).country == country  # (an attack word of its own,
                 or self.lex.re["trigger"].search(f, max(sent.start, s.start - 50, *(p.end for p in tied if p.end <= s.start)),
                                                  s.start)],  # not the one the country is told after)
                [r for r in regions if r.kind != "admin1" or r.country == country])

    def _not_the_strikers_own(self, regions: list[Place], perpetrator: str | None) -> list[Place]:
        """Less the country of the state that struck, where the sentence names another place ("A drone barrage by
        Iran hit Israel"): the striker, not where it struck."""
        if perpetrator is None or not self._a_state(perpetrator):
            return regions
        country = self.lex.actors[perpetrator].country
        other = [r for r in regions if not (r.kind == "country" and r.country == country)]
        return other if other and len(other) < len(regions) else regions

    def _best_region(self, regions: list[Place], sent: Sentence | None = None) -> Place | None:
        """The first region, or the first province of its country the sentence names: "in Deir ez-Zor
        province, Syria"; not Maine in "US strikes ... in Syria, elite border unit joins hunt for Maine
        suspect". A ship is attacked at sea: the sea, strait or gulf its sentence names, before a country
        ("A missile attack by Yemen's Houthi rebels that damaged a Belize-flagged ship traveling through the Bab
        el-Mandeb Strait"; not "As US bombs Iranian sites in Syria, Houthis shoot down drone over Red Sea")."""
        if not regions:
            return None
        admin = [r for r in regions if r.kind == "admin1" and (regions[0].kind != "country" or r.country == regions[0].country)]
        water = [r for r in regions if r.kind in AREA_KINDS]
        if not admin and water and regions[0].kind == "country" and sent is not None \
                and self.lex.cue["vessel"].search(self.folded, sent.start, sent.end):
            return water[0]
        return admin[0] if admin else regions[0]

    def _draft_for(self, site: Site) -> Draft | None:
        for d in self.drafts:
            if d.site is None:
                continue
            if site.place and d.site.place and d.site.place.name == site.place.name:
                return d
            if not site.place and not d.site.place and d.site.written.lower() == site.written.lower():
                return d
        return None

    # --- tallies ---------------------------------------------------------------------------
    def _add_tally(self, t: TallyFacts) -> None:
        f = self.folded
        sent = t.sentence
        t.reported_by = reporter(self.lex, self.text, f, sent) or (
            reporter(self.lex, self.text, f, self.sents[sent.index - 1]) if sent.index else None)
        dates = sorted(find_dates(f, sent.start, sent.end, self.ref), key=lambda d: abs(d.char_start - t.at))
        if not dates and sent.index + 1 < len(self.sents):
            nxt = self.sents[sent.index + 1]
            if re.search(r"\b(?:briefing|press conference|speaking|told|said)\b", f[nxt.start:nxt.end]):
                dates = find_dates(f, nxt.start, nxt.end, self.ref)
        t.as_of = dates[0] if dates else None
        window = self.sents[sent.index:sent.index + 3]
        for s in window[:2]:
            for cc, n in split_by_country(f, s).items():
                t.by_country.setdefault(cc, n)
        for s in window:
            wounded, killed = casualty_figures(f, s)
            t.wounded = t.wounded if t.wounded is not None else wounded
            t.killed = t.killed if t.killed is not None else killed
        same = next((x for x in self.tallies if x.total == t.total), None)
        if same is not None:
            same.reported_by = same.reported_by or t.reported_by
            same.as_of = same.as_of or t.as_of
            for cc, n in t.by_country.items():
                same.by_country.setdefault(cc, n)
            same.wounded = same.wounded if same.wounded is not None else t.wounded
            same.killed = same.killed if same.killed is not None else t.killed
            same.approximate = same.approximate or t.approximate  # "approximately 140" said once is enough
            same.more.append(sent)
            return
        # Casualty figures that follow a later tally belong to it, not to an earlier one.
        for earlier in self.tallies:
            if t.wounded is not None and earlier.wounded == t.wounded and earlier.sentence.index < sent.index:
                earlier.wounded = None
            if t.killed is not None and earlier.killed == t.killed and earlier.sentence.index < sent.index:
                earlier.killed = None
        self.tallies.append(t)

    def _tally(self, t: TallyFacts) -> Tally:
        sents = [t.sentence, *t.more]
        since = None
        for s in sents:
            since = since or find_since(self.folded, s.start, s.end, self.ref, self.lex.epochs)
        if since is None:  # "since October 17" said once for the whole article
            since = find_since(self.folded, 0, len(self.folded), self.ref, self.lex.epochs)
        if t.as_of is not None:
            as_of, as_of_precision = t.as_of.date, t.as_of.precision
        elif self.article.published:
            as_of, as_of_precision = self.article.published, "range"
        else:
            as_of, as_of_precision = None, "unknown"
        return Tally(article_id=self.article.id, article_title=self.article.title, outlet=self.article.outlet,
                     published=self.article.published, reported_by=t.reported_by, as_of=as_of,
                     as_of_precision=as_of_precision, since=since, total=t.total, approximate=t.approximate,
                     by_country=t.by_country, wounded=t.wounded, killed=t.killed,
                     evidence=[self._evidence(s) for s in sorted(sents, key=lambda s: s.start)])

    # --- output ----------------------------------------------------------------------------
    def _evidence(self, s: Sentence) -> Evidence:
        return Evidence(text=self.article.text[s.start:s.end], start=s.start, end=s.end)

    def _mention(self, d: Draft) -> Mention:
        # an attack told as an "airstrike" and as a drone strike was a drone's ("US Airstrike Kills 5
        # Militants" / "The U.S. military conducted a drone strike"), in one sentence or several
        d.weapons = _said_precisely(d.weapons, self.lex)
        event_type, sub_type, mode = _classify(d, self.lex)
        place = d.place
        precision: int | None
        if d.site and d.site.place is None:
            precision = 3 if place and place.kind in _REGION_ANCHOR_KINDS and (
                not d.site.near or d.site.near.kind in _REGION_ANCHOR_KINDS) else 2
        else:
            precision = place.precision if place else None
        date = d.date
        if date is None or date.date is None:
            date = self._date_without_phrase()
            d.because("date", "no date phrase: the day it was published or the one before")
        elif d.date_of_another and date.precision == "day":
            date = _on_or_before(date)  # a day the text gave another attack: this one's, or it was earlier
            # (not a day said of the attacks the article tells: "claimed ... the early Monday morning strikes")
        status = _status(d, d.actor is not None and self._a_state(d.actor))
        return Mention(
            article_id=self.article.id, article_title=self.article.title, outlet=self.article.outlet,
            published=self.article.published,
            event_date=date.date if date else None, date_precision=date.precision if date else "unknown",
            date_start=date.start if date else None, date_end=date.end if date else None,
            date_text=self.article.text[date.char_start:date.char_end] if date and date.text else None,
            event_type=event_type, sub_event_type=sub_type, plover_mode=mode, weapons=d.weapons,
            actor=d.actor, actor_role=d.actor_role if d.actor else "unknown",
            target=d.target or self.ctx.target, target_site=_target_site(d),
            location=place.name if place else None, admin1=place.admin1 if place else None,
            country=place.country if place else None, latitude=place.latitude if place else None,
            longitude=place.longitude if place else None, geo_precision=precision,
            fatalities=d.fatalities, injuries=d.injuries,
            casualty_claim_by=d.casualty_claim_by if (d.fatalities is not None or d.injuries is not None) else None,
            status=status, language=self.language,
            evidence=[self._evidence(s) for s in sorted(d.evidence, key=lambda s: s.start)],
            claims=self._claims(d, place, date),
        )

    def _claims(self, d: Draft, place: Place | None, date: DateSpan | None) -> list[Claim]:
        """Each field's value with the rule that set it and the words it read."""
        why = dict(d.why)
        if d.site is not None:
            why["place"] = ("a site the sentence names" if d.site.place else
                            "a site the gazetteer lacks, placed at the region it is in", d.site.start, d.site.end, None)
        elif "place" not in why and d.evidence:
            s = d.evidence[0]
            why["place"] = ("the most precise region its sentence names", s.start, s.end, None)
        values = {
            "place": place.name if place else None,
            "date": date.date.isoformat() if date and date.date else None,
            "actor": d.actor, "target": d.target, "weapons": [w.kind for w in d.weapons] or None,
            "casualties": None if d.fatalities is None and d.injuries is None else
            f"{'?' if d.fatalities is None else d.fatalities} killed, {'?' if d.injuries is None else d.injuries} injured",
        }
        out = []
        for name, value in values.items():
            if name not in why:
                continue
            rule, start, end, said_by = why[name]
            evidence = Evidence(text=self.article.text[start:end], start=start,  # a span has both ends, or none
                                end=cast(int, end)) if start is not None else None
            out.append(Claim(field=name, value=value, rule=rule, evidence=evidence, said_by=said_by))
        for r in d.actor_roles:  # the alternatives the clause reader set aside, each with its part in the attack
            rule = f"another attacker named, not chosen ({r.rule})" if r.role == "agent" else \
                f"{r.role}, not the attacker ({r.rule})"
            out.append(Claim(field="actor", value=r.actor.value, rule=rule,
                             evidence=Evidence(text=self.article.text[r.actor.start:r.actor.end],
                                               start=r.actor.start, end=r.actor.end), chosen=False))
        return out

    def _date_without_phrase(self) -> DateSpan | None:
        """No date in the text for this attack: the day the report was written or the one before, as news
        tells of what just happened (an older attack is dated, or named as earlier, by the text)."""
        if self.article.published:
            p = self.article.published
            return _on_or_before(DateSpan(p, "day", p, p, "", 0, 0))
        if self.ref is not None:
            r = self.ref
            return DateSpan(r.date, "month", None, r.date + dt.timedelta(days=r.slack_days), "", 0, 0)
        return None


_PART_OF_DAY = re.compile(r"(?:(?:early |late )?(?:this |last |in the )?(?:morning|afternoon|evening|night)|overnight|tonight)")
_VILLAGE_OF = re.compile(_SETTLEMENT + r"(?: of)? (?:the )?$")  # before a settlement's name
_NAMED_BEFORE = "the attacker the article named before"  # an actor lent by the text, which a claim overrides
_ONE_ATTACK = re.compile(r"\bresponsibility for (?:the|this|that|today's|yesterday's) (?:[a-z-]+ )?"
                         r"(?:attack|strike|assault|bombing|operation|ambush|shooting)\b(?!s)")
_DATES_THE_WORD = re.compile(r"\s*(?:(?:in|at|near) (?:the )?[a-z.'-]+(?: [a-z.'-]+)?\s+)?(?:(?:on|early|late|in the early hours of|"
                             r"overnight)\s+)?")  # "killed last weekend", "struck on Friday", "killed during a drone attack
# in Jordan on Sunday"


def _on_or_before(d: DateSpan) -> DateSpan:
    """The attack happened on or before a day something was said of it: that day and the one
    before, as for a report with no date phrase."""
    assert d.date is not None  # its callers pass days only
    return DateSpan(d.date, "range", d.date - dt.timedelta(days=1), d.date, d.text, d.char_start, d.char_end)


def _nobody_hurt(cas: Casualties) -> bool:
    """Whether the sentence says no one was hurt, nor killed or with the dead unsaid ("No casualties are
    reported", "No injuries are reported")."""
    return cas.stated and cas.fatalities in (0, None) and cas.injuries == 0


# Between a site and a date, only where the site lies, between commas: "in al-Bab, northern Syria, on 20 December"
_APPOSITION = re.compile(r",\s*(?:(?!(?:and|while|but|whereas|as|after|before|killing|wounding|injuring)\b)[a-z'.-]+\s+){0,3}"
                         r"(?!(?:and|while|but|whereas|as|after|before)\b)[a-z'.-]+[,\"\u201d]?\s*(?:(?:on|in)\s+)?")


def _dates_of(lex: Lexicon, i: int, sites: list[Site], dates: list[DateSpan], folded: str) -> list[DateSpan]:
    """The dates a sentence gives the i-th of its sites: each date belongs to the site written
    before it in the same clause ("hit Ain al-Asad on Monday", "in al-Bab, northern Syria, on 20 December"), else
    to the next site ("..., and on Saturday a drone targeted Erbil"); [] when none is its own (a date for all:
    "hit A and B on Monday")."""
    mine = []
    for d in dates:
        before = [k for k, s in enumerate(sites) if s.end <= d.char_start
                  and (_APPOSITION.fullmatch(folded, s.end, d.char_start)
                       or not lex.cue["clause_break"].search(folded, s.end, d.char_start))]
        after = [k for k, s in enumerate(sites) if s.start >= d.char_end]
        owner = before[-1] if before else after[0] if after else None
        if owner == i:
            mine.append(d)
    return mine


# Between two days that make one span ("from March 3 to March 5", "between Monday and Wednesday")
_SPAN_BETWEEN = re.compile(r"\s*(?:-|\u2013|to|until|till|through|thru)\s*")


def _days_apart(dates: list[DateSpan], folded: str) -> list[DateSpan]:
    """The days of a site's dates, when the sentence gives it more than one, each its own ("on Nov. 8 and the other
    in the evening on Nov. 9", "on Monday and again on Wednesday"): not a span's ends ("from March 3 to March 5"),
    nor a day and the day it is named again by ("on Sunday, Jan. 28")."""
    days = [d for d in dates if d.precision == "day" and d.date is not None]
    if len(days) < 2 or any(_SPAN_BETWEEN.fullmatch(folded, a.char_end, b.char_start) for a, b in zip(days, days[1:])):
        return []
    return list({d.date: d for d in reversed(days)}.values())[::-1]


def _cite(d: Draft, sent: Sentence | None) -> None:
    """Keep the sentence a carried-over field came from among the mention's evidence."""
    if sent is not None and sent not in d.evidence:
        d.evidence.append(sent)


def _unresolved_pattern(lex: Lexicon) -> re.Pattern[str]:
    pattern = lex.re.get("unresolved_site")
    if pattern is None:
        pattern = lex.re["unresolved_site"] = re.compile(_UNRESOLVED.format(fac=lex.re["facility"].pattern))
    return pattern


# When a report names weapons of several PLOVER modes, the one that sets the ACLED event type.
_MODE_ORDER = ("drone", "aerial", "heavy-weapons", "explosives", "firearms")


def _classify(d: Draft, lex: Lexicon) -> tuple[str, str, str | None]:
    modes = {lex.weapons[w.kind].plover for w in d.weapons if w.kind in lex.weapons}
    mode = next((m for m in _MODE_ORDER if m in modes), None)
    if d.intercepted:
        return "Strategic developments", "Disrupted weapons use", mode
    if mode in ("drone", "aerial"):
        return "Explosions/Remote violence", "Air/drone strike", mode
    if mode == "heavy-weapons":
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", mode
    if mode == "explosives":
        return "Explosions/Remote violence", "Remote explosive/landmine/IED", mode
    if d.target == "Civilians":
        return "Violence against civilians", "Attack", mode
    if mode == "firearms" or d.raid:
        return "Battles", "Armed clash", mode
    if d.state_strike:
        return "Explosions/Remote violence", "Air/drone strike", mode
    return "Explosions/Remote violence", "Shelling/artillery/missile attack", mode


def _status(d: Draft, by_a_state: bool) -> Status:
    kinds = {a.kind for a in d.sources}
    if "official" in kinds:
        if d.actor == "US forces":
            return "claimed"
        if d.target == "US forces" or (d.target is None and not by_a_state):  # (another state's strike, its target
            return "confirmed"  # untold: whose officials the text cites is not known, "military says" either side's)
    if kinds & {"official", "media", "anonymous"}:
        return "reported"
    if d.actor_role == "claimed":
        return "claimed"
    return "reported"


def _target_site(d: Draft) -> str | None:
    s = d.site
    if s is None:
        return None
    if s.place is not None and s.place.kind not in ("city", "admin1", "country", "town"):
        return s.place.name
    name = s.written if s.place is None else s.place.name
    if s.noun:
        return f"{s.noun} {s.prep or 'in'} {name}"
    return name if s.place is None else None


_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)")  # "Saraya Awliya al Dam (SAD)"
_NOTHING = re.compile(r"(?!)")


def _initials(name: str) -> str:
    """The capitals a name's words begin with, as its acronym is made ("Saraya Awliya al Dam": SAD)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", name) if w[0].isupper())


_RECENT = dt.timedelta(days=30)  # an attack a cause names further back is background
_DISTRICTS_AFTER = re.compile(r"[”\"’']?\s+(?:neighbou?rhoods?|quarters?|districts?)\b")  # after a name: a part of a town
_NEXT_SENTENCES = 2  # a sentence this close after a mention's last may tell it again
_EARLIER = dt.timedelta(days=7)  # a time named further back than this is not the days around the report's
# An attack dated further back than this, in a sentence with no later date, is background (a caption's "October 18,
# 2016", an anniversary, "the October 7 attack" seven months on); "On September 2, an Army porter ... was injured in
# a similar landmine explosion", two months on, is one of the recent attacks the report lists.
LONG_PAST = dt.timedelta(days=180)
# The stamp some page stores put before a page's text (" date 2023-12-26 Three U.S. service members were
# injured ... on Christmas Day"): the day the page was stored under, neither a date the text tells nor a figure.
_STAMP = re.compile(r"\s*date \d{4}-\d{2}-\d{2}(?=\s)")


def _elsewhere(d: Draft, site: Site) -> bool:
    """Whether a site is in another country than the region a mention told only by its region is in."""
    return d.site is None and d.region is not None and site.place is not None \
        and d.region.country is not None and site.place.country != d.region.country


@functools.cache
def _owned_by(adjectives: tuple[str, ...]) -> re.Pattern[str]:
    """Before a site's name, an actor's adjective that makes the site its own, on the text as written:
    "U.S. Mission Support Site ", "the US base at ", "American-run garrison in "."""
    return re.compile(r"(?<![\w.])(?i:" + "|".join(re.escape(a) for a in adjectives) + r")(?:-(?:led|run))?"
                      r"(?:\s+(?:military|army|coalition|[A-Z][\w-]*\.?))*\s+(?:(?:military |air |army )?"
                      r"(?:base|bases|outpost|garrison|installation|facility|site)\s+(?:at|in|near|of|known as|called)\s+"
                      r"(?:the\s+)?)?$")


def long_past(dates: list[DateSpan], reference: dt.date | None) -> bool:
    """Whether a sentence's dates, all of them, are further back than LONG_PAST: an attack told as background."""
    return bool(dates) and reference is not None and all(d.date is not None and reference - d.date > LONG_PAST
                                                         for d in dates)


def _one_attack(word: re.Match[str]) -> bool:
    """Whether an attack word names one attack ("the drone attack that killed"), not a series ("attacks on
    US forces")."""
    return word.group().endswith("attack") or word.group() in ("strike", "bombing", "explosion", "blast")


def without_stamp(folded: str) -> str:
    """The folded text with its stamp, if it opens with one, blanked (the same length)."""
    m = _STAMP.match(folded)
    return " " * m.end() + folded[m.end():] if m else folded


def _said_precisely(found: list[Weapon], lex: Lexicon) -> list[Weapon]:
    """The weapons of one attack told twice, less a kind said loosely for another one named ("US
    Airstrike Kills 5 Militants" / "The U.S. military conducted a drone strike": a drone; not "Air strikes and
    artillery exchanges shook the Sudanese capital": both), and a broad kind where a precise form of it is named
    ("missiles" / "ballistic missiles": ballistic missiles)."""
    kinds = {w.kind for w in found}
    broad = {lex.broader_kind(w.kind) for w in found}
    return [w for w in found if not lex.said_loosely_for(w.kind) & kinds and w.kind not in broad]


def _named_with(r: Role, roles: list[Role], lex: Lexicon, folded: str) -> Role | None:
    """The group named right before or after a description of many groups ("the Iranian-backed militia Kataib
    Hezbollah", "Abu Sayyaf bandits", "jihadists of the Katiba Macina group", "militants associated with the
    Islamic Resistance in Iraq"): the one the description stands for there."""
    if not lex.vague(r.actor.value):
        return None
    return next((q for q in roles if (0 <= q.actor.start - r.actor.end <= 2 or 0 <= r.actor.start - q.actor.end <= 1
                                      or _OF_THE.fullmatch(folded, r.actor.end, q.actor.start))
                 and q.actor.value != r.actor.value
                 and (not lex.vague(q.actor.value) or (_umbrella(lex, q) and not _umbrella(lex, r)))), None)


def _umbrella(lex: Lexicon, r: Role) -> bool:
    """Whether the role's actor is an umbrella of named groups ("Islamic Resistance in Iraq"): vague beside one of
    them, yet what a description names ("Iranian-backed militants associated with the Islamic Resistance in Iraq")."""
    a = lex.actors.get(r.actor.value)
    return a is not None and a.kind == "umbrella"


# Between a description and the group it is of, or its name ("jihadists of the Katiba Macina group", "Iranian-backed
# militants associated with the 'Islamic Resistance in Iraq'", "An umbrella group of Iran-backed Iraqi militias, dubbed the
# Islamic Resistance in Iraq")
_OF_THE = re.compile(r",? (?:of|(?:associated|affiliated) (?:with|to)|belonging to|loyal to|part of|dubbed|called|known as|"
                     r"calling (?:itself|themselves)) (?:the )?[\"'“‘]?")


def _near_it(d: Draft, k: Draft) -> bool:
    """Whether d is an attack "near" a town (a place it does not name) and k a site in that town's
    province: "Armed drone hits U.S. base near Erbil" / "An armed drone targeted al-Harir airbase"; or
    in the town, k a facility by it: "... claims responsibility for targeting US base in Erbil" / "the US
    military base near Erbil Airport was targeted by two drones"."""
    near, site = d.place, k.place
    if not (near and site and k.site is not None):
        return False
    if near.kind == "city" and site.kind in FACILITY_KINDS and (apart := _km_apart(near, site)) is not None:
        return apart <= _TOWN_KM
    return bool(near.precision == 2 and site.admin1 and (near.country, near.admin1) == (site.country, site.admin1))


def _in_its_province(d: Draft, k: Draft) -> bool:
    """Whether d is told at a town and k at another site of that town's province."""
    town, site = d.place, k.place
    return bool(town and site and d.site is not None and k.site is not None and town.kind == "city" and town.admin1
                and town.name != site.name and (town.country, town.admin1) == (site.country, site.admin1))


def _a_place_near(d: Draft, k: Draft) -> bool:
    """Whether d is an attack "near" a town and k, told after it, a place that close to it (as close as the
    resolve stage takes for one site: 10 km): "a drone strike on a vehicle near Jenin" / "struck at Al
    Jalama, a village north of Jenin"."""
    near, place = d.place, k.place
    return bool(near and place and near.precision == 2 and place.precision == 1 and place.name != near.name
                and d.site is not None and k.site is not None and any(  # told in a later sentence
                    e.start <= d.site.start < e.end <= k.site.start for e in d.evidence)
                and (apart := _km_apart(near, place)) is not None and apart <= _NEAR_KM)


_DISTRICT_KM = 60.0  # how far from a district's point a town in it lies (most districts named in reports are smaller)
_A_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|&)\s*")
# After countries listed, a verb of many that makes them speak ("Iran, Iraq, Syria Condemn"; not "Iran condemns")
_SPEAKERS_VERB = re.compile(r"\s+(?:condemn|deny|warn|accuse|blame|vow|insist|threaten|say|denounce|reject|slam)\b")
# The words of a ship's line or kind between the word for a ship and its name ("the Maersk container ship Hangzhou")
_SHIP_LINE_WORDS = frozenset({"ship", "ships", "vessel", "tanker", "container", "cargo", "bulk", "carrier"})
_LISTED_GAP = re.compile(r"(?: regions?| provinces?| governorates?)?(?:,? and |, )(?:the )?")  # "A and B", "A, B"


def _km_apart(a: Place, b: Place) -> float | None:
    """How far apart two places' points are; None where either has none."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return km(a.latitude, a.longitude, b.latitude, b.longitude)


def _once(table: dict[_K, _V], key: _K, read: Callable[[], _V]) -> _V:
    """`table[key]`, read the first time it is asked for and kept."""
    if key not in table:
        table[key] = read()
    return table[key]


def _same_day(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Whether two dates are one day, or one window ("on Thursday confirmed": on or before Thursday; "last
    weekend", said twice), or both unknown."""
    known = [d for d in (a, b) if d is not None and d.date is not None]
    if len(known) == 2 and known[0].precision == known[1].precision == "range":
        x, y = known
        return (x.date, x.start, x.end) == (y.date, y.start, y.end)
    return not known or (len(known) == 2 and known[0].date == known[1].date
                         and known[0].precision == known[1].precision == "day")


_FROM_THE_AIR = ("aircraft", "drone", "missile", "cruise missile", "ballistic missile")  # what a state's strikes fly
# A side's strikes by their number ("to conduct sixteen airstrikes", "have attacked 15 targets")
_STRIKES_COUNTED = re.compile(rf"\b(?P<n>{NUMBER}) (?:[a-z-]+ ){{0,2}}?(?:air ?strikes|strikes|raids|sorties|targets)\b")


def _weapons_agree(a: Draft, b: Draft, lex: Lexicon) -> bool:
    """Whether two drafts may tell one attack by their weapons: one names none, or they share a family
    (weapons.yaml: "A Houthi anti-ship ballistic missile struck a US-owned ... cargo ship" / "three missiles
    were launched toward the Red Sea on Monday"), or, where both name one attacker on one known day, one's are
    all what the other's may loosely stand for, as resolve weighs them ("US forces ... conducted a defensive air
    strike" / "apparent missile strikes had left four people dead"; an air strike and rockets of no one named may
    be a strike and the attack it answered)."""
    if not a.weapons or not b.weapons:
        return True
    x, y = ({lex.weapon_family(w.kind) for w in d.weapons} for d in (a, b))
    if x & y:
        return True
    return a.actor is not None and a.actor == b.actor and a.date is not None and a.date.date is not None \
        and _same_day(a.date, b.date) and (x <= lex.families_said_loosely(w.kind for w in b.weapons)
                                           or y <= lex.families_said_loosely(w.kind for w in a.weapons))


def _told_before(a: Draft, b: Draft) -> bool:
    """Whether a is told in full before b is first told (a headline, then its sentence)."""
    return bool(a.evidence and b.evidence) and a.evidence[-1].index <= b.evidence[0].index


def _same_place(a: Draft, b: Draft) -> bool:
    """One place by name, or two names of one province ("Iraq's autonomous Kurdistan region" / "Arbil
    province", whose seat it is as the gazetteer has it)."""
    assert a.place is not None and b.place is not None  # the callers compare placed drafts only
    return a.place.country == b.place.country and (a.place.name == b.place.name or (
        a.place.kind == b.place.kind == "admin1" and a.place.admin1 is not None and a.place.admin1 == b.place.admin1)) \
        and not _listed_apart(a, b)


def _listed_apart(a: Draft, b: Draft) -> bool:
    """Whether two drafts are towns one sentence lists, one of them placed at the other or at the place they
    share for want of its own ("Khusham, Al-Jafra, Al-Huwaijah, and Al-Mari'iyah")."""
    return a.site is not None and b.site is not None and (a.site.listed or b.site.listed) \
        and a.site.written.lower() != b.site.written.lower() and bool(a.evidence and b.evidence) \
        and a.evidence[0].index == b.evidence[0].index


def _adds_to_toll(d: Draft, fatalities: int | None, injuries: int | None) -> bool:
    """Whether a toll told again tells the draft's: it has none, or the same dead and now the wounded too
    ("21 killed in Dnipro" / "21 people were killed and 73 others wounded"; "استشهاد 6 أشخاص" / "مما أدى
    إلى استشهاد 6 أشخاص وإصابة 15 آخرين"), or more of them ("killed four people ... and wounded more than 30" /
    "... were killed with 33 wounded": a round figure, told loosely, refined; not "three wounded" / "wounding nine",
    a sum over two strikes)."""
    if fatalities is None and injuries is None:
        return False
    if d.fatalities is None and d.injuries is None:
        return True
    return injuries is not None and fatalities is not None and d.fatalities == fatalities and (
        d.injuries is None or _refines(d.injuries, injuries))


def _refines(loose: int, figure: int) -> bool:
    """Whether a figure refines a round one told before ("more than 30" / "33", "over 50" / "at least 53")."""
    return loose >= _ROUND and loose % _ROUND == 0 and loose < figure < loose + _ROUND


ITEM = re.compile("[\u25aa\u25ab\u2022\u25cf\u25e6\u25a0\u25ba\u2023\u2043]")  # a round-up's item opens with one: "▪️", "•"
_ANNIVERSARY_REACH = 30  # characters at most from "anniversary of" to the attack it is of ("the killing of")
_NOW = ("kills", "wounds", "injures")  # a headline's verbs of an attack, told in the present
_DONE_NOW = re.compile(r"\b(?:carries out|launches|conducts)\b")  # and of a strike: "after US carries out strikes"
_THIS_WEEK = dt.timedelta(days=7)
# An attack named by its day ("in Saturday's attack"), which may be the one attack told (`_the_days_attack_told`)
_DAYS_ATTACK = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)'s (?:[a-z-]+ )?"
                          r"(?:attack|strike|air ?strike|shelling|bombing|raid|assault|ambush|blast|explosion)s?\b")
_NAMED_BY_DAY = re.compile(r"(?:st|th)?,?(?: [a-z'-]+){0,2} ")  # between a day and the attack it names ("october 7
# terror attack")
# A headline's words for attacks in several places ("... fires rockets into western Ukrainian cities", "... across the north")
_SEVERAL_PLACES = re.compile(r"\b(?:cities|towns|villages|regions|provinces|districts|areas|bases|across)\b")
_TOLL_SENTENCES = 4  # how far on a sentence may complete the one mention's toll
_COUNTED_SENTENCES = 8  # how far on a sentence may tell one of the strikes counted by their number
# Between a name and another named in the description set after it, its comma not yet closed ("The Islamic Resistance
# in Iraq, a network of shadow Iraqi militia groups backed by Iran and affiliated with the Islamic Revolutionary Guard
# Corps (")
_DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the)\s+[^,;:]*")
# Between two places, a figure whose verb the toll before it gave ("killed in Khan Younis and five in Rafah"; "Five
# were killed in a missile strike ... in the southeastern city of Zaporizhzhia, the local governor said, and one in a strike
# on a town just outside the city of Dnipro"), folded
_ELIDED_TOLL = re.compile(r"(?:,[^,;]{0,60}?\bsaid)?,?\s+(?:and|while)\s+(?:at least\s+|another\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
                          r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at|near|on)\b[^\d;]*")
_BLAMED_SENTENCES = 4  # how far on a sentence may blame a side for the attacks told before it
_WORD = re.compile(r"\b[a-z.']+")  # a word that may be a nationality ("u.s.", "american")
# A relative clause that tells of a place named before it, up to a campaign word ("... hit Tower 22, a base on the
# Jordanian border with Syria which had been operating since 2014"): the base's story, not a series of attacks.
_OF_A_PLACE = re.compile(r"\b(?:base|outpost|garrison|installation|facility|camp|airfield|airport|town|village|city)\b"
                         r"[^,;:]{0,40}?\b(?:which|that|where) (?:has|had|have) (?:been )?(?:operat|host|hous|station|us)[a-z]*"
                         r"(?: [a-z-]+){0,4} $")


# What the words referring back to an attack go on with (in folded text): up to where it was ("the bombing of a
# hospital in the Gaza Strip"), no clause between
_OF_THE_ATTACK = re.compile(r" (?:of|on|at|in) (?:(?!(?:which|that|who|and|but|to)\b)[\w'-]+ ){0,5}?(?:in|of|on|at|near) "
                            r"(?:the )?[^\W\d_]")


def _told_next_to(d: Draft, k: Draft) -> bool:
    """Whether two drafts are first told in the same sentence or in sentences next to each other (a
    headline and its lead)."""
    return bool(d.evidence and k.evidence) and abs(d.evidence[0].index - k.evidence[0].index) <= 1


def _completes_toll(d: Draft, fatalities: int | None, injuries: int | None) -> bool:
    """Whether a toll told again gives only what the draft's lacks: the dead where it tells the wounded
    alone, or the reverse (or it tells none)."""
    return (fatalities is None or d.fatalities is None) and (injuries is None or d.injuries is None)


def _take_toll(d: Draft, fatalities: int | None, injuries: int | None) -> bool:
    """Whether the draft takes a toll told again: all of it (`_adds_to_toll`), or what it lacks
    (`_completes_toll`: "killed at least 25 people" / "About 70 people were injured": 25 and 70)."""
    if _adds_to_toll(d, fatalities, injuries):
        d.fatalities, d.injuries = fatalities, injuries
    elif _completes_toll(d, fatalities, injuries):
        d.fatalities = d.fatalities if fatalities is None else fatalities
        d.injuries = d.injuries if injuries is None else injuries
    else:
        return False
    return True


def _narrows(day: DateSpan, window: DateSpan) -> bool:
    """Whether a day falls inside a date of less precision (a range, a month): it says which day that was."""
    return (day.precision == "day" and day.date is not None and window.precision in ("range", "month")
            and window.date is not None and (window.start or window.date) <= day.date <= (window.end or window.date))


def _dated_alike(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Whether two dates, both known, may be one day."""
    return a is not None and b is not None and a.date is not None and b.date is not None and _agree(a, b)


def _agree(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Whether two dates may be one day: either unknown, or their windows overlap."""
    if a is None or b is None or a.date is None or b.date is None:
        return True
    return (a.start or a.date) <= (b.end or b.date) and (b.start or b.date) <= (a.end or a.date)


__all__ = ["MAX_ARTICLE_CHARS", "TimeLimit", "TooLong", "Extractor"]
