"""Geo stage: find places in text and resolve them to coordinates with a stated precision.

`Geocoder` is the one interface the rest of sitrep uses (it satisfies `model.PlaceFinder`).
Candidate names are runs of capitalised words (with the lower-case connectors of Arabic names:
"al-", "ez-", "of"), tried longest first against the gazetteer index; facility words after a
name ("Airbase", "gas field") prefer the facility, "province"/"governorate" prefer the admin-1,
and countries named in the article break ties.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast

from sitrep.geo.arabic import EMBASSY_BEFORE_AR, ArabicPlaces
from sitrep.geo.gazetteer import Entry, Index, capital_cities, load_index
from sitrep.geo.names import ARTICLES, CAMP_OF, key, skeleton
from sitrep.lexicon import Lexicon
from sitrep.model import AREA_KINDS, FACILITY_KINDS, Place, PlaceSpan, km
from sitrep.text import fold, language
from sitrep.text.arabic import fold_arabic
from sitrep.when import NUMBER_WORDS

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019\u02bf][A-Za-z\u00c0-\u024f0-9]+)*"
                    r"(?:-[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019\u02bf][A-Za-z\u00c0-\u024f0-9]+)*)*")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # in a name after its first word: "US 5th Fleet"
# Lower-case words that join the parts of a Portuguese, Spanish, Italian or French place name ("Mocimboa da Praia")
_JOINING_PARTICLES = frozenset("da de do dos das del della di du des".split())
_CONNECTORS = frozenset({"of", "la", "bin", "ibn", "abu", "abou", "al", "el", "ez", "ad", "as", "ash", "an",
                         "ar", "at", "az", "ed"} | _JOINING_PARTICLES | ARTICLES)
_FACILITY_WORDS = frozenset(
    "base bases air airbase airfield airport field fields oil gas camp garrison dam port international "
    "military installation facility".split()) | CAMP_OF
_GENERIC = frozenset("village town city base camp field site area district region province "
                     "north south east west northern southern eastern western central".split())  # never a name alone
# Words that make up the names of regions everywhere ("Centre", "Northeast", "Far North", "West Coast"):
# such a name is an admin-1 only with a cue or its country in the text.
_REGION_WORDS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest central "
    "centre center middle capital gulf valley coast coastal district islands island lakes lake river rivers far "
    "upper lower highlands lowlands midlands interior plateau littoral border mountain mountains premier quarter maritime "
    "nord sud est ouest norte sur este oeste".split())
_WATER_WORDS = frozenset("sea seas ocean gulf bay strait straits channel sound".split())
_ADMIN_WORDS = frozenset("province governorate governate region district countryside muhafazat raion oblast state".split())
_KIND_WORDS = _FACILITY_WORDS | _ADMIN_WORDS | {"island", "isle"}  # "Sitra Island": the island's town, Sitrah
# After a name, a word for the places in it: the name is its province's ("a Kharkiv village", "Idlib
# towns"), where one is so named.
_SETTLEMENT_WORDS = frozenset("village villages town towns hamlet hamlets settlement settlements".split())
# Territories that name their country as its name does: "Israel launched its airstrikes on Khan Younis
# ... in central Gaza" is about Khān Yūnis, PS
_TERRITORIES = {"Gaza": "PS", "West Bank": "PS"}
_TERRITORY_HEADS = frozenset(name.split()[0] for name in _TERRITORIES)
_EMBASSY = re.compile(r"\bembass(?:y|ies)\b", re.I)
_EMBASSY_AR = re.compile("س[\u0640\u064b-\u065f]*ف[\u0640\u064b-\u065f]*ا[\u0640\u064b-\u065f]*ر")  # "سفارة"'s stem, marks
# or a stretch between its letters
_EMBASSY_BEFORE = re.compile(r"\bembass(?:y|ies)(?:\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+(?:in|to)\s+(?:the\s+)?$",
                             re.I)  # a country after it stands for its capital: "the US embassy in Kuwait"
_BASE_BEFORE = re.compile(r"\b(?:Camp|Fort|FOB|Forward Operating Base)\s+$")  # a base's own name follows
_BASE_WORDS = frozenset("base bases camp garrison military installation".split())  # a military site's kind
_NEAR_WORDS = re.compile(r"(?:\bnear|\boutside|\baround|\bvicinity of|\boutskirts of|\bkilometers? (?:\(\d+ miles?\) )?"
                         r"(?:north|south|east|west|northeast|northwest|southeast|southwest) of|\bkm (?:north|south|east|west)"
                         r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of)\s+(?:the\s+)?"
                         r"(?:[\w'-]+\s+){0,4}$")
_MAX_WORDS = 6
# The first words of Arabic place names ("Wadi al-Hujayr", "Kfar Shouba", "Beit Lahia"): alone, before a
# word with the article, such a word is the head of a longer name the gazetteer lacks, not a place.
_NAME_HEADS = frozenset("wadi jabal jebel jbel tell tal ras bir ain deir kafr kfar beit bayt nahr khirbet "
                        "khirbat qasr umm jisr marj hay harat".split())
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-", "ed-", "ez-")
# A name that opens with one of those articles, or with "al"/"el" written apart: "Al-Bab", "al Bab", "As-Sur"
_ARTICLE_BEFORE = re.compile("(?:al |el |" + "|".join(map(re.escape, _ARTICLE_PREFIXES)) + r")\S", re.I)
# After a name: more names, then the plural of a word for a province ("Odesa, Kherson, Mykolaiv and Kharkiv regions");
# and before the last of them, the list's comma or "and"
_PROVINCES = frozenset("regions provinces oblasts governorates".split())
_PROVINCE_WORDS = frozenset("province governorate governate muhafazat".split())  # an admin-1's, never a district's
_PROVINCE_OF_BEFORE = re.compile(r"\b(?:province|governorate) of (?:the )?$", re.I)  # "in the province of Dohuk"
_PROVINCE_NAME = r"(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"  # "Kherson", "al-Hasakah"
_LISTED_PROVINCES_AFTER = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_PROVINCE_NAME}(?:,\s*(?:and\s+)?|\s+and\s+))*"
                                     rf"{_PROVINCE_NAME}\s+(?:{'|'.join(sorted(_PROVINCES))})\b")
_LIST_BEFORE = re.compile(r"(?:,|\band)\s+$")
_ADMIN_BEFORE = re.compile(r"\b(?:province|governorate|region|district) of (?:the )?$", re.I)
_CUE_BEFORE = re.compile(r"\b(?:in|near|at|outside|of|town|village|city|from)\s+(?:the\s+)?$", re.I)
_TITLE_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")  # "Inspector General of Police": an office's name
_AREA_AFTER = re.compile(r"\s*(?:district|area|countryside|outskirts|region)\b", re.I)
_COUNTRYSIDE_AFTER = re.compile(r"\s*countryside")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,4}")
_NAME_OPENS_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s?\($")  # a capitalised name, then a bracket: "Nigeria (NAN"
# Before a name that is also a modifier ("U.S. troops") or an actor alias: the name is a place here.
# After a country's acronym, a word it qualifies ("US embassy", "U.S. Army"), not a function word
# ("in the US and Europe", "the U.S. is") or the end of a clause.
_QUALIFIES = re.compile(r"[ \t]+(?!(?:and|or|but|nor|in|on|at|to|of|for|from|by|with|as|is|was|are|were|has|had|have|"
                        r"will|would|could|should|may|might|must|can|did|does|do|said|says|which|that|who|where|"
                        r"when|while|after|before|since|until|over|under|against|into|through|this|these|those|"
                        r"its|their|his|her)\b)[A-Za-z]", re.I)
# ... or joined by "and" to another word of the same noun ("at US and allied personnel", "near U.S. and
# Coalition forces"): whose, not where.
_AND_QUALIFIES = re.compile(r"[ \t]+and[ \t]+(?:[A-Za-z.-]+[ \t]+){1,2}?(?:forces|troops|personnel|soldiers|service ?members|"
                            r"bases|ships|vessels|warships|interests|facilities|positions|partners|officials|diplomats|"
                            r"citizens|contractors)\b", re.I)
# After a place: the armed men it names ("Kuki militants", "Gaza militants", "Idlib rebels"), not
# where anything happened. Not police or troops: "a Peshawar police compound" is in Peshawar.
_ARMED_GROUP_AFTER = re.compile(r"[ \t]+(?:militants?|rebels?|fighters?|gunmen|insurgents?|separatists?|jihadists?|"
                                r"militias?|militiamen|guerrillas?|extremists?)\b", re.I)
# After a name: a military unit named after a place ("the command headquarters of the “Sahel” brigade").
_UNIT_WORDS = ("brigade", "battalion", "division", "regiment", "squadron")
_UNIT_AFTER = re.compile(rf"[\"”’']?[ \t]+(?:(?:{'|'.join(_UNIT_WORDS)})s?|operations? command)\b", re.I)
# After a country's name, capitalised: the rest of its forces' or command's name ("the United States Central
# Command", "a United States Air Force gunship"), not where anything was.
_FORCES_AFTER = re.compile(r"[ \t]+(?:(?:Central|Northern|Southern|European|Africa|Indo-Pacific|Pacific|Cyber|Special Operations)"
                           r" Command|Air Force|Army|Navy|Marine Corps|Space Force|Coast Guard|Armed Forces|National Guard)\b")
# After a name, a hyphen and a word in lower case: an adjective made of it ("U.S.-led", "Iran-backed", "Kyiv-based")
_COMPOUND_AFTER = re.compile(r"-[a-z]")
# A dash glued to the words around it, which normalising leaves as a hyphen, before a word that goes on the sentence ("in
# the Red Sea—including the use of anti-ship ballistic missiles"): the name ends before it
_GLUED_DASH = re.compile(r"(?<=\w)-(?=(?:including|which|where|while|who|whose|and|but|as|with|from|for|after|before|also|"
                         r"already|mostly|mainly|especially|notably)\b)")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")  # a capitalised word just before: part of the same name
_BASED_SITES_AFTER = re.compile(r"-based\s+(?:camps?|bases?|targets?|facilit(?:y|ies)|positions?|sites?|depots?|installations?|"
                                r"headquarters|hideouts?|training (?:camps?|facilit(?:y|ies)))\b")
# After a town, its state and "-based" ("Tampa, Fla.-based CENTCOM", "a Houston, Texas-based firm"): where a body
# sits, not where anything happened
_STATE_BASED_AFTER = re.compile(r",[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?-based\b")
# After a state's name: its National Guard ("Three other Guard members were wounded ..., the Iowa National Guard
# said Monday": soldiers from Iowa, hurt in Syria).
_GUARD_AFTER = re.compile(r"[ \t]+(?:Army |Air )?National Guard(?:s(?:wo)?m[ae]n)?\b")  # its troops too: "two Iowa National Guardsmen"
# After a country or a capital: it stands for its government ("Tehran sought to distance itself from
# the attack", "Iran on Monday denied", "Tehran has repeatedly denied it", "Moscow's response", "The United
# States will act"), it is not
# where anything happened. Before one: "the governments of", and the partners a state acts with ("alongside
# the United Kingdom, with support from Australia, Bahrain, Canada, ..."), and the state a ship flies the flag of.
# After a capital (not a country: "Syria claims to have shot down Israeli missiles ... near the city of Homs" is
# where the strike was): what a government maintains ("Tehran claims that the proxies operate independently").
_CAPITAL_CLAIMS_AFTER = re.compile(r"(?:\s+(?:has|have|had|also|again|long))*\s+(?:claims|claimed|maintains|maintained|"
                                   r"argues|argued|alleges|alleged)\b")
_GOVERNMENT_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|also|again|later|[a-z]+ly|(?i:on\s+)?(?i:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)|for\s+(?:weeks|months|years|decades)))*"
    r"\s+(?:(?:directed|directs|instructed|instructs|backed|backs|armed|arms|funded|funds|supplied|supplies|sponsored|"
    r"sponsors|supported|supports)\b(?!\s+by\b)|said|says|sought|seeks|"  # not "forces in Yemen backed by the UAE"
    r"denied|denies|deny|warned|warns|accused|accuses|blamed|blames|condemned|condemns|rejected|rejects|responded|"
    r"responds|vowed|vows|threatened|threatens|insisted|insists|announced|announces|urged|urges|demanded|demands|"
    r"summoned|summons|called on|calls on|retaliated|retaliates|distanced|denounced|denounces|hailed|welcomed|"
    r"welcomes|confirmed|confirms|acknowledged|ordered|orders|calls|called|will|would|must|should|may|might|could|"
    r"cannot|won't|continues|continued|wants|wanted|plans|planned|hopes|hoped|agreed|agrees|asked|asks|requested|"
    r"requests|pledged|pledges|intends|intended|decided|decides|approved|approves|signed|signs)\b"
    r"|['\u2019]s\s+(?:denial|response|reaction|statement|position|government|regime|leaders?|leadership|officials?|"
    r"ambassador|envoy|foreign ministry|decision|accusations?|claims?|stance|policy|allies|proxies|backing|support|"
    r"war(?: effort)?|invasion|offensive|(?:air ?)?strikes|attacks)\b"
    r"|['\u2019]s\s+(?:(?:initial|first|recent|latest|new|renewed|repeated|continued|ongoing|retaliatory|deadly|massive|"
    r"missile|drone|rocket|aerial|military)\s+){1,2}(?:air ?)?(?:strikes|attacks)\b"  # "Iran's initial attacks in the region"
    r"|\s+(?:officials|authorities|regime|government)\b"  # "Kiev officials say", "the Kinshasa regime", "respond to
    # Moscow's strikes": a state, not a place
    r"|[-\u2011 ]flagged\b"  # "a Panama-flagged tanker", "flying the flag of Belize": where a ship is registered
    r"|[-\u2011]\s+(?:and|or)\s+(?:[A-Z][\w.]*\s+){0,3}?[A-Z][\w.]*[-\u2011]flagged\b")  # (both of "the
# Barbados- and Marshall Islands-flagged ships")
# After a compound of two towns (the rest of the second's name with it): a road they name ("the Baniyas-Tartus road",
# "the Tyre-Al Housh main road")
_ROAD_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:(?:main|coastal|international|national|old|new)\s+)?"
                         r"(?:[Rr]oad|[Hh]ighway|[Mm]otorway|[Rr]oute)\b")
_GOVERNMENT_BEFORE = re.compile(r"\b(?:(?:governments?|leaders?|(?:foreign |defen[cs]e )?ministers?|ministry|ambassadors?|"
                                r"envoys?|embass(?:y|ies)|presidents?|prime ministers?|kings?|rulers?|regimes?) of|"
                                r"(?:government|regime|junta) in|"
                                r"flags? of|registered in|alongside|together with|joined by|in (?:coordination|cooperation|partnership) with|"
                                r"with (?:the )?(?:support|help|assistance|participation) (?:of|from)|"
                                r"(?:aligned|allied|affiliated|linked|tied|loyal|beholden|answerable) (?:with|to)|"
                                r"(?:backed|funded|armed|supported|sponsored|directed|controlled) by|"
                                r"(?:signal(?:s|ed|ing)?|message|warning) to)\s+(?:the\s+)?$",
                                re.I)
# A part of a place named before it ("northern Israel", "south-east Ukraine", "central Syria").
_PART_OF = r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central)"
# Before a name: an attack on it or a part of it ("missiles hit Kyiv", "drones on the outskirts of Moscow"),
# so the place, even where the name is also an actor's alias (Kyiv for Ukraine's forces).
_HIT_BEFORE = re.compile(r"\b(?:hit|hits|struck|(?:attacks?|strikes?|assaults?|raids?|barrages?|bombardments?|offensive|"
                         r"drones?|missiles?|rockets?) (?:on|of|against|over)|attacked|shelled|shelling|bombed|bombing|"
                         r"targeted|targeting|pounded|pounding|rocked|rocking|raided|"
                         r"(?:drones?|missiles?|rockets?|shells?|projectiles?|fired|launched|firing|launching) towards?|"
                         r"from\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?towards?|"  # "fired ... from the Gaza Strip toward Israel"
                         r"(?:outskirts|suburbs|cent(?:re|er)|heart|parts?|skies) of)\s+(?:the\s+)?(?:city of\s+)?"
                         rf"(?:{_PART_OF}\s+)?$", re.I)
# After a country or its demonym, its capital with no name after it ("the Lebanese capital on Tuesday", "Ukraine's
# capital."; not "the Syrian capital Damascus", "the Lebanese capital, Beirut").
_CAPITAL_AFTER = re.compile(r"(?:['\u2019]s)?\s+capital(?:\s+city)?\b(?!,?\s+(?:of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
                            r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                            r"October|November|December)\b)[A-Z])")  # (not "the Syrian capital Damascus"; "the Iraqi
# capital Wednesday night" is the city still)
_TOWN_OF_GAP = 30  # characters at most from "the central Syrian" to the town's name ("town of Palmyra")
# After a demonym: a town of that country follows ("the northern Israeli town of Kiryat Shmona").
_TOWN_OF_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:town|city|village|port city|border town|province|region|district)"
                            r"\s+of\s")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
# After a town's or a province's name: a place in it, named next ("in Gaza's southernmost city of Rafah", "in Donetsk's
# town of Avdiivka"): the first says where the second is, not a place of its own.
_PLACE_IN_IT_AFTER = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port city|border town|district|"
                                r"neighbou?rhood|refugee camp|camp|area)\s+of\s+[A-Z]")
# Between a town's or a province's name and the place in it named next ("in Jammu's Nagrota", "Gaza's Khan Younis")
_OWNS_THE_NEXT = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}")
# A headline's source after a colon, ending the line: "Drones attack military plant in Iran: Tehran"
_SOURCE_COLON_BEFORE = re.compile(r"\S[ \t]*:[ \t]+$")
_SAYS_BEFORE = re.compile(r"[,:\u2014-][ \t]*(?:says|said|claims|claimed|tells|told|confirms|confirmed)[ \t]+$")  # "..., says Seoul"
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\"\u201d']|[-\u2013\u2014]|\n|$)")  # (not "said Kabul police spokesman ...")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_IN = r"\b(?:in|into|inside|across|to|from|at|near|outside)\s+(?:the\s+)?"
_IN_BEFORE = re.compile(_IN + "$", re.I)
# ... or with a part of it between ("fired several barrages of rockets and drones into northern Israel")
_IN_PART_BEFORE = re.compile(rf"{_IN}{_PART_OF}\s+$", re.I)


@functools.lru_cache(maxsize=65536)
def _name_like(tok: str) -> bool:
    """Whether a word can start a name: capitalised, or an article on one ("al-Qaim"). Memoised:
    asked of most words, several times each."""
    if tok[0].isupper():
        return True
    head, _, rest = tok.partition("-")
    return head.lower() in ARTICLES and bool(rest) and rest[0].isupper()


@functools.lru_cache(maxsize=65536)
def _goes_on_a_name(tok: str) -> bool:
    """Whether a word after a name's first word can be part of it: a name's word, a connector, a
    kind word, or digits ("Tower 22", "US 5th Fleet"). Memoised: a run ends at the same few words again and again."""
    return tok[0].isupper() or tok.isdigit() or _ORDINAL.fullmatch(tok) is not None or tok.lower() in _CONNECTORS \
        or tok.lower() in _KIND_WORDS or _name_like(tok)


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    score: float
    loose: bool


@dataclass(frozen=True, slots=True)
class _Named:
    """A phrase as looked up: its key, whether it is an acronym, the entries it may name (each
    once, with whether only by its skeleton) and the countries they lie in."""

    key: str
    acronym: bool
    ids: tuple[tuple[int, bool], ...]
    countries: frozenset[str]


class _Phrase(NamedTuple):
    """A phrase `_longest` looks up: of the first `words` words of a run, or of its first `core`
    words (`shortened`: without the kind words after them, which say `facility` or `admin`)."""

    phrase: str
    words: int
    core: int
    shortened: bool
    facility: bool
    admin: bool
    stripped: str  # the kind words left out


@dataclass
class _Found:
    """A place found in the first reading of a text, with what is needed to read it again once
    the whole text is known: the phrase looked up and how (None: not a phrase lookup)."""

    span: PlaceSpan
    lookup: tuple[str, bool, bool, bool] | None = None  # phrase, facility, admin, cue
    doubtful: bool = False  # a word or a person's name as much as a place: kept only if the text places it


class Geocoder:
    """Places in text, and a name's best match. Loads the gazetteer index once."""

    def __init__(self, index: Index | None = None, lexicon: Lexicon | None = None):
        """`lexicon`, when given, names the organisations and outlets whose names contain places
        ("Islamic Resistance in Iraq", "Al Mayadeen"): a place inside one is not a place."""
        self.index = index or load_index()
        self.lexicon = lexicon
        self._memo: dict[tuple, list[Candidate]] = {}
        self._lookups: dict[tuple[str, bool], _Named | None] = {}
        self._phrase_memo: dict[tuple[tuple[str, ...], bool, bool, bool], tuple[_Phrase, ...]] = {}
        self._country_memo: dict[tuple[str, ...], tuple[str, ...]] = {}
        # the first words of country names and of demonyms (most capitalised words start neither),
        # each with the most words a name starting with it has: n tokens make at least n words of a
        # key ("Iraqi": one, "Sri Lankan": two), so more tokens than that are not tried
        self._country_starts = _most_words(self.index.countries)
        self._demonym_starts = _most_words(self.index.demonyms)
        self._arabic = ArabicPlaces(self.index, _place)
        # the surnames of the people the last text read names in full (one text at a time: `find` reads an
        # article sentence by sentence, and a name given in one is the person's in all of them)
        self._text_surnames: tuple[str, frozenset[str]] = ("", frozenset())
        self._capital_memo: dict[str, Entry] | None = None

    # --- the PlaceFinder interface --------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None,
             countries: frozenset[str] = frozenset()) -> list[PlaceSpan]:
        end = len(text) if end is None else end
        arabic = language(text[start:end]) == "ar"
        found = self._arabic.find(text, start, end, countries) if arabic else self._find(text, start, end, countries)
        if not (_EMBASSY_AR if arabic else _EMBASSY).search(text, start, end):  # most texts name none
            return found
        return [self._embassy_city(text, p, arabic) for p in found]

    def _embassy_city(self, text: str, p: PlaceSpan, arabic: bool) -> PlaceSpan:
        """A country an embassy is said to be in stands for its capital, where embassies are ("the US embassy in
        Kuwait", "the American embassy to Iraq", "السفارة الأمريكية في السعودية"): the city, as where."""
        city = self._capitals().get(p.place.country) if p.place.kind == "country" and p.place.country else None
        if city is None or p.role != "literal":
            return p
        said = EMBASSY_BEFORE_AR.search(fold_arabic(text, max(0, p.start - 60), p.start).text) if arabic \
            else _EMBASSY_BEFORE.search(text, max(0, p.start - 60), p.start)
        return p.model_copy(update={"place": _place(city, _own_precision(city))}) if said else p

    def _find(self, text: str, start: int, end: int, countries: frozenset[str]) -> list[PlaceSpan]:
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
        compounds: list[tuple[int, int]] = []
        if _CAPITAL_AFTER_HYPHEN.search(text, start, end):  # most texts join no names by a hyphen
            tokens, compounds = _hyphen_parts(tokens)
        if "-based" in text[start:end]:  # most texts have none
            tokens = [_name_before_based(text, t) for t in tokens]
        if _GLUED_DASH.search(text, start, end):  # nor a dash glued to a word
            tokens = [_before_a_dash(text, t) for t in tokens]
        abbreviations = self._abbreviations(text, start, end)
        # the tokens a name can start at: capitalised ones, "al-Qaim", abbreviations ("W.Va."); most are
        # none (a state's name found after a town and a comma, later on, is capitalised)
        starts = [n for n, (at, _, tok) in enumerate(tokens)
                  if tok[0].isupper() or at in abbreviations or ("-" in tok and _name_like(tok))]
        capitals = [n for n in starts if tokens[n][2][0].isupper()]
        countries = countries | self._countries_named(tokens, capitals)
        people = self._people(text, tokens, capitals, self._surnames_in(text) if (start, end) != (0, len(text)) else frozenset())
        found: list[_Found] = []
        town_of: tuple[str, int] | None = None  # the country a demonym just said the next town is in, and where
        i = 0
        for at in starts:
            if at < i:
                continue  # inside a name already read
            i = at
            abbreviation = abbreviations.get(tokens[i][0])
            if abbreviation is not None:
                if _COMPOUND_AFTER.match(text, abbreviation.end):
                    abbreviation = abbreviation.model_copy(update={"role": "modifier"})  # "Fla.-based", "Calif.-born"
                found.append(_Found(abbreviation))
                countries = countries | {cast(str, abbreviation.place.country)}  # an admin-1's, which has one
                while i < len(tokens) and tokens[i][0] < abbreviation.end:
                    i += 1
                continue
            if i in people or not _name_like(tokens[i][2]) or tokens[i][2].lower() == "the" \
                    or (i > 0 and self._person_before(text, tokens, i)):  # "The U.S. conducted": the name starts after "The"
                i += 1
                continue
            if tokens[i][2].isupper() and text.startswith(")", tokens[i][1]) \
                    and key(tokens[i][2]) not in self.index.countries and _NAME_OPENS_BEFORE.search(text, max(start, tokens[i][0] - 40), tokens[i][0]):
                i += 1  # "The News Agency of Nigeria (NAN)": the short form of the name before (not Nan,
                continue  # Thailand), which says where if it is a place's; a country's ("(DRC)") is the country
            if i > 1 and tokens[i - 1][2] in _JOINING_PARTICLES and tokens[i - 2][2][0].isupper() \
                    and tokens[i - 1][0] - tokens[i - 2][1] == 1 and tokens[i][0] - tokens[i - 1][1] == 1:
                i += 1  # "Mocimboa da Praia", "Foz do Iguacu": the end of a longer name the gazetteer lacks, not
                continue  # Cape Verde's capital
            # "the central Syrian town of Palmyra": in that country, whatever else the text names
            near = town_of is not None and tokens[i][0] - town_of[1] <= _TOWN_OF_GAP
            place = self._longest(text, tokens, i, frozenset({town_of[0]}) if near and town_of else countries)
            if near and place is not None:
                place[0].lookup = None  # settled by the demonym: not read again by the whole text's countries
            town_of = None
            if place is None:
                place = self._sounded_in_its_province(text, tokens, i)
            pinned = self._in_region_after(text, tokens, i, place, countries, abbreviations)
            if pinned is not None:
                place, region = pinned
                abbreviations[region.start] = region  # the region is read as the one the town is in
            demonym = self._demonym(text, tokens, i)
            if demonym is not None and (place is None or demonym[1] >= place[1] or _named_after(place[0].span, demonym[0])):
                found.append(_Found(self._the_capital(text, demonym[0]) or demonym[0]))
                i += demonym[1]
                if _TOWN_OF_AFTER.match(text, demonym[0].end) and demonym[0].place.country:
                    town_of = (demonym[0].place.country, demonym[0].end)  # "the northern Israeli town of Kiryat Shmona"
                    countries = countries | {town_of[0]}
                continue
            if place is None:
                i += 1
                continue
            one, used = place
            i += used
            if used == 1 and pinned is None and one.span.place.kind != "country" \
                    and key(one.span.text) in self.index.words and _inside_a_name(text, tokens, i - 1):
                continue  # "Florida Atlantic University", "Summit of the Americas": a word of another name
            if used == 1 and pinned is None and one.span.place.country not in countries \
                    and one.span.place.kind not in ("country", "admin1") \
                    and (one.span.place.country, key(one.span.place.name)) not in self.index.capitals \
                    and _word_of_a_longer_name(text, tokens, i - 1, self.index, self._a_village(one.span.place)):
                continue  # "the Kher Khanna neighborhood of northern Kabul", "Yan Sakai": a word of a name the
                # gazetteer lacks, in a country the text never names (Khanna, India; Sakai, Japan)
            if used == 1 and pinned is None and (self._a_word_here(text, one.span, start)
                                                 or self._a_person_here(text, one.span, start)):
                one.doubtful = True  # "Council voted", "Lincoln said": a word or a person, unless the text says where
                found.append(one)
                continue
            if one.span.place.country not in countries and _a_part_of_the_country(text, one.span):
                continue  # "insurgents in the North East", told of Nigeria: its north-east, not a town abroad
            if _STREET_AFTER.match(text, one.span.end):
                continue  # "Clinton Street", "Mayfield Road": a street named after a place, not the place
            if (_QUARTER_AFTER.match(text, one.span.end) and one.span.place.country not in countries
                    and key(one.span.text) != key(one.span.place.name)) \
                    or (_QUARTER_END.search(one.span.text) and self._of_another_country(text, tokens, i, one, countries)):
                continue  # "Salam neighbourhood" in Rafah, "the Karan district of Mogadishu": a quarter named like
                # another name of a town abroad (Saham, Oman; Karan, Iran); not "a densely populated Nairobi neighborhood"
            if key(one.span.text) in self.index.brands and _MODEL_AFTER.match(text, one.span.end):
                continue  # "his Toyota Hilux", "a Boeing 737": the maker
            if _CLOCK_BEFORE.search(text, max(start, one.span.start - 20), one.span.start) or (
                    _TIME_AFTER.match(text, one.span.end)
                    and _CLOCK_JUST_BEFORE.search(text, max(start, one.span.start - 20), one.span.start)):
                continue  # "17:06 in Brasília", "at approximately 4 pm (Sanaa time)": a time zone
            if _MASTHEAD_AFTER.match(text, one.span.end):
                continue  # "the Deir Ezzor 24 news outlet", "the Jerusalem Post reported": a newspaper's name
            state = one.span.place.kind == "country" or (one.span.place.country,
                                                          key(one.span.place.name)) in self.index.capitals
            if key(one.span.text) in self.index.metonyms or (state and (
                    ((_GOVERNMENT_AFTER.match(text, one.span.end) or (one.span.place.kind != "country"
                                                                    and _CAPITAL_CLAIMS_AFTER.match(text, one.span.end)))
                     and not _IN_BEFORE.search(
                        text, max(start, one.span.start - 12), one.span.start))  # not "officials in Nigeria said"
                    or (_GOVERNMENT_BEFORE.search(text, max(start, one.span.start - 40), one.span.start)
                        and not _POSSESSIVE_AFTER.match(text, one.span.end))  # not "a leader of Somalia's al-Shabaab"
                    or (_SOURCE_COLON_BEFORE.search(text, max(start, one.span.start - 4), one.span.start)
                        and _LINE_END.match(text, one.span.end))
                    or (_SAYS_BEFORE.search(text, max(start, one.span.start - 16), one.span.start)
                        and _CLAUSE_END.match(text, one.span.end)))):
                one.span.role = "metonymic"  # "Washington warned", "Iran denied", "the governments of", "... in Iran:
                # Tehran", "North Korean troops fighting in Ukraine, some killed, says Seoul": a government
            if one.span.place.kind == "country" and _ACRONYM.fullmatch(one.span.text):
                if text[one.span.end:one.span.end + 1] == "." and "." in one.span.text:
                    one.span = one.span.model_copy(update={"text": one.span.text + ".", "end": one.span.end + 1})
                if _QUALIFIES.match(text, one.span.end) or _AND_QUALIFIES.match(text, one.span.end) or not _IN_BEFORE.search(
                        text, max(start, one.span.start - 12), one.span.start):
                    one.span.role = "modifier"  # "U.S. troops", "at the US embassy": qualifies a noun, says not where
            if one.span.role == "literal" and ((_COMPOUND_AFTER.match(text, one.span.end)
                                                and not _BASED_SITES_AFTER.match(text, one.span.end)
                                                and not _GLUED_DASH.match(text, one.span.end))
                                               or _STATE_BASED_AFTER.match(text, one.span.end)):
                one.span.role = "modifier"  # "U.S.-led airstrikes", "Kyiv-based": a word made of the name, not where
                # (but "airstrikes on some of the terrorist group's Syria-based camps": the camps are there)
            if one.span.role == "literal" and one.span.place.kind in ("city", "admin1") \
                    and _PLACE_IN_IT_AFTER.match(text, one.span.end):
                one.span.role = "modifier"  # "a house in Gaza's southernmost city of Rafah": Rafah is where
            if one.span.role == "literal" and one.span.place.kind == "city" and _ARMED_GROUP_AFTER.match(text, one.span.end):
                one.span.role = "modifier"  # "Kuki militants", "Gaza militants": who, not where ("Yemen separatists" are both)
            if one.span.role == "literal" and (_UNIT_AFTER.match(text, one.span.end) or (
                    one.span.place.kind == "country" and _FORCES_AFTER.match(text, one.span.end)) or (
                    one.span.place.kind == "admin1" and _GUARD_AFTER.match(text, one.span.end))):
                one.span.role = "modifier"  # "the “Sahel” brigade", "the Al-Jazira Operations Command", "the United
                # States Central Command", "the Iowa National Guard said": a unit's name, not where it was hit
            capital = self._the_capital(text, one.span)
            found.append(_Found(capital) if capital is not None else one)
            if one.span.place.country and one.span.role == "literal":  # "Syria's ... province of Dayr al-Zawr"
                countries = countries | {one.span.place.country}
        for f in found:
            compound = next(((s, e) for s, e in compounds if s <= f.span.start and f.span.end <= e
                             and (s, e) != (f.span.start, f.span.end)), None)
            if f.span.role == "literal" and compound is not None and not (
                    f.span.start == compound[0] and _ROAD_AFTER.match(text, compound[1])):
                f.span.role = "modifier"  # "Russia-Turkey ties", "the Middlesex-London EMS": qualifies, says not where;
                # but "on the Baniyas-Tartus road": the road's first town is where it was (its far end is not)
        for n in range(len(found) - 2, -1, -1):
            a, b = found[n], found[n + 1]
            joined = _LIST_BETWEEN.fullmatch(text, a.span.end, b.span.start)
            if a.span.role == "literal" and b.span.role == "modifier" and joined and (
                    joined.group().strip() != "," or (n + 2 < len(found) and found[n + 2].span.role in ("modifier", "demonym")
                                                      and _LIST_BETWEEN.fullmatch(text, b.span.end,
                                                                                  found[n + 2].span.start))):
                a.span.role = "modifier"  # "at US and UK ships": both qualify; not "in northern Iraq, U.S. personnel"
        for a, b in zip(found, found[1:]):
            if a.span.role == b.span.role == "literal" and a.span.place.kind in ("city", "admin1") \
                    and _OWNS_THE_NEXT.fullmatch(text, a.span.end, b.span.start) and a.span.place.country == b.span.place.country \
                    and b.span.place.admin1 in (None, a.span.place.name if a.span.place.kind == "admin1" else a.span.place.admin1):
                a.span.role = "modifier"  # "an Army camp in Jammu's Nagrota": Nagrota is where, in Jammu (not "Kharkiv's
                # Kyivskyi district", where the gazetteer's one Kyivskyi is of another province)
            if a.span.role == "metonymic" and b.span.role == "literal" and b.span.place.kind in ("country", "city") \
                    and _LISTED.fullmatch(text, a.span.end, b.span.start):
                b.span.role = "metonymic"  # "the governments of the United States, Australia, ... Singapore"
            elif b.span.role == "metonymic" and a.span.role == "literal" and a.span.place.kind == "city" \
                    and (a.span.place.country, key(a.span.place.name)) in self.index.capitals \
                    and _LISTED.fullmatch(text, a.span.end, b.span.start):
                a.span.role = "metonymic"  # "pushed Tehran and Washington perilously close to all-out conflict"
        for n, f in enumerate(found):
            state = self._state_meant(text, found, n) if f.span.role == "metonymic" else None
            if state is not None:  # settled: not read again as a town
                f.span.place, f.span.role, f.lookup = state, "literal", None
        spans = self._in_context(text, found, countries)
        return self._outside_names(text, start, end, spans) if self.lexicon and spans else spans

    def _state_meant(self, text: str, found: list[_Found], n: int) -> Place | None:
        """The state a name that stands for a government also names ("Washington"), where the text
        says the state is meant: listed with other states ("California or Washington"), a part of
        it ("central Washington"), or named as the state elsewhere (a "Wash." dateline)."""
        span = found[n].span
        after = found[n + 1].span if n + 1 < len(found) else None
        if after is not None and after.place.name == span.place.admin1 and _COMMA_BETWEEN.fullmatch(
                text, span.end, after.start):
            return None  # "Washington, D.C.": the capital
        states = [e for i in self.index.exact.get(key(span.text), [])
                  if (e := self.index.entries[i]).kind == "admin1" and key(e.name) == key(span.text)]
        if not states:
            return None
        state = max(states, key=lambda e: e.population)
        before = text[max(0, span.start - 14):span.start].split()
        listed = any(other.place.kind == "admin1" and other.role == "literal"
                     and _LIST_BETWEEN.fullmatch(text, *((other.end, span.start) if other.start < span.start
                                                         else (span.end, other.start)))
                     for other in (f.span for f in found[max(0, n - 1):n + 2] if f.span is not span))
        named = any(_is(state, g.span.place) and key(g.span.text) != key(span.text) for g in found)
        return _place(state, 3) if listed or named or (before and before[-1].lower() in _COMPASS) else None

    def _in_context(self, text: str, found: list[_Found], countries: frozenset[str]) -> list[PlaceSpan]:
        """The second reading: every name read again with what the whole text says, as CLAVIN and
        TopoCluster read local news (the smallest spread), before population decides:
        - a town followed by its state or country ("Alexandria, La.", "Paris, Texas") is the one in it;
        - a name the text's states or counties hold a namesake of is that namesake;
        - otherwise a namesake near the places the text names unambiguously, or in the country
          most of its places are in (its home: "Gainesville" in a Georgia paper), wins over a
          distant one, unless population or the name's own strength says otherwise by far.
        Read twice, so that what the first reading settles (Georgia the state, Hall County in it)
        can settle the rest."""
        if len(found) < 2:  # nothing else in the text to read a name by
            return [f.span for f in found if not f.doubtful]
        readings = [self._reading(f, countries) for f in found]
        sure = _Unambiguous(found, readings)
        for final in (False, True):
            kept = self._reread(text, found, readings, countries, final, sure)
        return [f.span for f in kept]

    def _reread(self, text: str, found: list[_Found], readings: list[list[Candidate]], countries: frozenset[str],
                final: bool, sure: _Unambiguous) -> list[_Found]:
        """One reading of every name with what the others say (see `_in_context`); the last one
        drops the doubtful names the text does not place."""
        if all(_settled(readings[n], f) for n, f in enumerate(found)):
            return [f for f in found if not (f.doubtful and final)]  # most texts: no name to weigh
        clear: dict[str, set[tuple[float, float]]] = defaultdict(set)  # name -> where it is, when unambiguous
        for m, o in enumerate(found):
            if o.span.role == "literal" and not o.doubtful and o.span.place.latitude is not None and sure(m):
                clear[key(o.span.text)].add((o.span.place.latitude, cast(float, o.span.place.longitude)))
        unclear: dict[str, list[tuple[float, float]]] = {}  # name -> where each of its namesakes is
        for m, o in enumerate(found):
            if o.span.role == "literal" and len(readings[m]) > 1 and key(o.span.text) not in clear:
                unclear[key(o.span.text)] = [(c.entry.latitude, c.entry.longitude) for c in readings[m][:12]]
        states = _states_named(found, sure)
        home = _home(found)
        kept = []
        for n, f in enumerate(found):
            span, cands = f.span, readings[n]
            if _settled(cands, f):
                if not (f.doubtful and final):
                    kept.append(f)
                continue  # nothing to weigh: no other reading of this name
            nxt = found[n + 1].span if n + 1 < len(found) else None
            within: Sequence[Candidate | None] = []  # None: `_same` found no candidate that is the place
            if nxt is not None and nxt.place.kind in ("admin1", "country") and \
                    _COMMA_BETWEEN.fullmatch(text, span.end, nxt.start):
                within = [c for c in cands if _inside(c.entry, nxt.place)]
            if not within and span.place.kind not in ("country", "admin1"):  # "China", "Oregon" stay that
                within = _in_states(cands, states, key(span.text))
            if f.doubtful and not within:
                if not final:
                    kept.append(f)
                continue  # "Lincoln said" in a text that names no state Lincoln lies in
            if not within and span.place.kind in ("country", "admin1") and cands[0].entry.kind in ("country", "admin1"):
                # a country's or a state's name stays that ("Mexico", "Peru"), unless it is also a
                # state of the text's home country and names another country: "Georgia" in a paper
                # from Atlanta, but "Oaxaca State, Mexico" is in the country
                within = [c for c in cands if c.entry.kind == "admin1" and c.entry.country == home != span.place.country
                          and key(c.entry.name) == key(_phrase_of(f))] or [_same(cands, span.place)]
            own = key(span.text)
            anchors = [point for name, points in clear.items() if name != own for point in points]
            namesakes = [points for name, points in unclear.items() if name != own]
            pick = within[0] if within and within[0] is not None else _nearest(cands, anchors, namesakes, home,
                                                                                 countries)
            if pick is not None and not _is(pick.entry, span.place):
                span.place = _place(pick.entry, span.place.precision if pick.entry.kind not in _REGION_KINDS else 3)
            kept.append(f)
        return kept

    def _reading(self, f: _Found, countries: frozenset[str]) -> list[Candidate]:
        """A name's candidates once the whole text is known, or [] where there is nothing to weigh
        (a metonym stays the capital it stands for)."""
        if f.lookup is None or f.span.place.kind == "continent" or f.span.place.kind in AREA_KINDS \
                or f.span.role == "metonymic":
            return []
        phrase, facility, admin, cue = f.lookup
        return self._candidates(phrase, countries, facility=facility, admin=admin, cue=cue)

    def region(self, country: str, admin1: str) -> Place | None:
        e = self._admin1(country, admin1)
        return _place(e, 3) if e is not None else None

    def _admin1(self, country: str | None, admin1: str) -> Entry | None:
        """The province of that name in that country, as the gazetteer has it."""
        return next((e for i in self.index.exact.get(key(admin1), ()) if (e := self.index.entries[i]).kind == "admin1"
                     and e.country == country and e.name == admin1), None)

    def geocode(self, name: str, countries: frozenset[str] = frozenset()) -> list[Candidate]:
        """Ranked candidates for a name as written (best first), as `sitrep geocode --all` lists them."""
        words = name.split()
        facility = bool(words) and words[-1].lower() in _FACILITY_WORDS
        admin = bool(words) and words[-1].lower() in _ADMIN_WORDS
        return self._candidates(name.strip(), countries, facility=facility, admin=admin, cue=True)

    @staticmethod
    def describe(candidate: Candidate) -> Place:
        """A candidate as a `Place`, at the precision its kind has on its own."""
        return _place(candidate.entry, _own_precision(candidate.entry))

    def resolve(self, name: str, countries: frozenset[str] = frozenset()) -> Place | None:
        """The place a name stands for; None if it is unknown, or ambiguous with no country to go by. A name
        the gazetteer lacks as a whole is read as text ("al-Tanf military base", "Rmeilan base": the base a
        facility word picks), when that names one place."""
        best = _pick(self.geocode(name, countries), countries)
        if best is not None:
            return self.describe(best)
        read = {(s.place.name, s.place.country): s.place for s in self.find(name, countries=countries)
                if s.role == "literal" and not _NAME_WORD_BEFORE.search(name, 0, s.start)}  # not "Nova Maiachka": Maiachka
        return next(iter(read.values())) if len(read) == 1 else None

    # --- internals ------------------------------------------------------------------------
    def _outside_names(self, text: str, start: int, end: int, spans: list[PlaceSpan]) -> list[PlaceSpan]:
        """Drop places inside an outlet's name or a weapon model's ("Apache helicopters"), and inside an
        organisation's name unless a locative word puts the place itself in the sentence ("an attack in
        Iraq" vs "Islamic Resistance in Iraq")."""
        assert self.lexicon is not None  # `find` calls this only with a lexicon
        piece = text[start:end]
        folded = fold(piece)
        names = [(m.start + start, m.end + start) for m in self.lexicon.outlet_mentions(folded, 0, len(piece))]
        actors: list[tuple[int, int]] = []
        joint: list[tuple[int, int]] = []  # (sides named together, "U.S. and Britain": states, each named as a place is)
        for m in self.lexicon.find_actors(folded, piece, 0, len(piece), attacks=False):
            (joint if " and " in folded[m.start:m.end] else actors).append((m.start + start, m.end + start))
        names += [(m.start() + start, m.end() + start) for m in self.lexicon.re["weapon_model"].finditer(folded)
                  if _CRAFT_AFTER.match(folded, m.end())]  # "Apache helicopters", "Tomahawk missiles": a model

        def inside(span: PlaceSpan, hits) -> bool:
            return any(s <= span.start < e or span.start <= s < span.end for s, e in hits)

        def named_as_place(span: PlaceSpan) -> bool:  # "fighting in Gaza", "missiles hit Kyiv": a place that is
            return any(s == span.start for s, _ in actors) and bool(  # also an actor's alias
                _IN_BEFORE.search(text, max(0, span.start - 12), span.start)
                or _IN_PART_BEFORE.search(text, max(0, span.start - 24), span.start)
                or _HIT_BEFORE.search(text, max(0, span.start - 36), span.start))

        def stands_for_actor(span: PlaceSpan) -> bool:  # "Israel said", "Washington warned": the whole name
            return any(s == span.start and e == span.end for s, e in actors)

        kept = []
        for sp in spans:
            if inside(sp, names):
                continue  # "Al Mayadeen", "the Washington Post": part of an outlet's name
            if sp.role == "literal" and inside(sp, actors) and not named_as_place(sp):  # the role first: no search
                if not stands_for_actor(sp):
                    continue  # "Islamic Resistance in Iraq": part of an organisation's name
                sp.role = "metonymic"
            if sp.role == "literal" and inside(sp, joint):
                sp.role = "metonymic"  # "The U.S. and Britain targeted ...": the states that struck
            kept.append(sp)
        return kept

    def _countries_named(self, tokens, capitals: list[int]) -> frozenset[str]:
        """Countries a text names: context for every other name in it. (Demonyms are not: "American
        forces" is in nearly every report and says nothing of where.) `capitals`: the indices of the
        capitalised tokens."""
        found: set[str] = set()
        for i in capitals:
            tok = tokens[i][2]
            most = None if tok.isupper() and len(tok) < 3 else self._country_starts.get(key(tok))  # not "US"
            # forces; but "the DRC", "the UAE"
            if most is not None:
                found.update(self._countries_from(tuple([t[2] for t in tokens[i:i + min(most, 5)]])))
            elif tok.endswith("ns") and i and _counted(tokens[i - 1][2]) \
                    and (people := self.index.demonyms.get(key(tok))) is not None:
                # "nine Palestinians killed", "two Syrians": people counted are the ones a report is
                # about, where it happens ("American forces", "by Russians" say nothing of where)
                found.add(self.index.entries[people].country or "")
            elif tok in _TERRITORY_HEADS and (country := _TERRITORIES.get(tok) or _TERRITORIES.get(
                    " ".join(t[2] for t in tokens[i:i + 2]))) is not None:
                found.add(country)
        return frozenset(found - {"", "US"})

    def _countries_from(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The countries named by the first one to five of these words (up to "Democratic Republic of
        the Congo"): by as many as a country's name starting with the first has. Memoised: a text is
        read whole and again sentence by sentence, and most names of countries are one word."""
        hit = self._country_memo.get(words)
        if hit is None:
            if len(self._country_memo) > 100_000:
                self._country_memo.clear()
            named = self.index.countries
            hit = self._country_memo[words] = tuple(
                cc for n in range(1, len(words) + 1) if (cc := named.get(key(" ".join(words[:n])))))
        return hit

    def _of_another_country(self, text: str, tokens, i: int, one: _Found, countries: frozenset[str]) -> bool:
        """Whether the name from token i on, after "of" ("the Karan district of Mogadishu"), is a place in
        another country than the quarter's name was read in: the quarter is that place's."""
        if not _OF_A_NAME_AFTER.match(text, one.span.end):
            return False
        j = i
        while j < len(tokens) and tokens[j][2].lower() in ("of", "the"):
            j += 1
        town = self._longest(text, tokens, j, countries) if j < len(tokens) else None
        return town is not None and town[0].span.place.country != one.span.place.country

    def _in_region_after(self, text: str, tokens, i: int, place, countries: frozenset[str],
                         abbreviations: dict[int, PlaceSpan]) -> tuple[tuple[_Found, int], PlaceSpan] | None:
        """A town written with its region after a comma ("Waycross, Georgia", "Alexandria, La.",
        "London, Ontario"): the town of that name in that region, and the region as that one (the
        state Georgia, not the country), found even where the town alone would need more context."""
        used = place[1] if place is not None else 1
        after = tokens[i + used][0] if i + used < len(tokens) else None
        if after is None or not _COMMA_BETWEEN.fullmatch(text, tokens[i + used - 1][1], after):
            return None
        regions = [abbreviations[after]] if after in abbreviations else self._regions_at(text, tokens, i + used)
        for region in regions:
            if _QUALIFIES.match(text, region.end) and region.place.kind == "country":
                continue  # "in Jordan, US officials told CNN": "US" qualifies "officials", it places nothing
            if place is not None and place[0].span.place.kind == "country" and region.place.kind == "country":
                continue  # a country followed by another is a list ("Syria, Iraq"), not a town in it
            # the place of an admin-1 or a country, which has its country code
            found = self._longest(text, tokens, i, countries | {cast(str, region.place.country)})
            if found is None or found[0].lookup is None:
                continue
            phrase, facility, admin, cue = found[0].lookup
            inside = [c for c in self._candidates(phrase, countries | {cast(str, region.place.country)},
                                                  facility=facility, admin=admin, cue=cue)
                      if _inside(c.entry, region.place)]
            if inside:
                kept = inside[0].entry.kind == found[0].span.place.kind  # "near Paris, Texas": still near
                found[0].span.place = _place(inside[0].entry, found[0].span.place.precision if kept
                                             else _own_precision(inside[0].entry))
                return found, region
        return None

    def _a_village(self, place: Place) -> bool:
        """Whether a place is a small one: every entry of its name in its country has fewer people than a town."""
        entries = [self.index.entries[n] for n in self.index.exact.get(key(place.name), ())]
        return all(e.population < _VILLAGE_PEOPLE for e in entries if e.country == place.country and e.kind == place.kind)

    def _sounded_in_its_province(self, text: str, tokens, i: int) -> tuple[_Found, int] | None:
        """A one-word town of the countries news hears in Arabic (the Arab world, the Horn) spelt otherwise than its
        entry, written with its province after it ("a defensive airstrike in the Musayib in Babil Province": Al-Musayab;
        "the town of Bardhere in Gedo region": Baardheere): the town of that sound in that province.
        (Alone, a one-word name is matched by its sound to no town: too many English words sound like one.)"""
        between = _PROVINCE_BETWEEN.match(text, tokens[i][1])  # most names have no province after them: asked first
        tok = tokens[i][2]
        if between is None or not tok[0].isupper() or len(skeleton(tok)) < 3 or key(tok) in self.index.words:
            return None
        j = next((n for n in range(i + 1, min(i + 4, len(tokens))) if tokens[n][0] == between.end()), None)
        provinces = [r.place for r in self._regions_at(text, tokens, j) if r.place.kind == "admin1"] if j else []
        towns = [e for n in self.index.region_skeletons.get(skeleton(tok), ()) if (e := self.index.entries[n]).kind == "city"
                 and any(_inside(e, p) for p in provinces)]
        if not towns:
            return None
        town = max(towns, key=lambda e: e.population)
        return _Found(_NEW_SPAN({"place": _place(town, 1), "text": tok, "start": tokens[i][0], "end": tokens[i][1]})), 1

    def _regions_at(self, text: str, tokens, j: int) -> list[PlaceSpan]:
        """The states, provinces and countries a name starting at token j can be, best first."""
        stop = j
        while stop < len(tokens) and stop - j < 4 and tokens[stop][2][0].isupper() and (
                stop == j or text[tokens[stop - 1][1]:tokens[stop][0]] == " "):
            stop += 1
        for n in range(stop, j, -1):
            written = text[tokens[j][0]:tokens[n - 1][1]]
            cands = [c for c in self._candidates(written, frozenset(), facility=False, admin=True, cue=False)
                     if c.entry.kind in ("admin1", "country")]
            if cands:
                return [PlaceSpan(place=_place(c.entry, 3), text=written, start=tokens[j][0], end=tokens[n - 1][1])
                        for c in cands]
        return []

    def _surnames_in(self, text: str) -> frozenset[str]:
        """The surnames of the people the whole text names in full: "Miri confirmed that the ambush
        ...", a sentence after "Brig. Gen. Muqdad Miri, stated", is that man, not Miri in Malaysia."""
        if self._text_surnames[0] is not text:
            tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
            surnames: set[str] = set()
            self._people(text, tokens, [n for n, t in enumerate(tokens) if t[2][0].isupper()], surnames=surnames)
            self._text_surnames = (text, frozenset(surnames))
        return self._text_surnames[1]

    def _people(self, text: str, tokens, capitals: list[int], known: frozenset[str] = frozenset(),
                surnames: set[str] | None = None) -> set[int]:
        """Tokens that are part of a person's name: a run of capitalised words after a title ("Sen.",
        "Spc.", "President") or starting with a given name ("Richard Brown", "Keith D. Johnson"),
        or followed by an age (", 41,"); and every use of such a person's surname alone, or of one
        `known` (named elsewhere in the text). `capitals`: the indices of the capitalised tokens,
        where a name can start; `surnames`, when given, collects the surnames of the names read."""
        names = self.index
        people: set[int] = set()
        surnames = set() if surnames is None else surnames
        surnames |= known
        nicknames = [m.span() for m in _NICKNAME.finditer(text)] if '"' in text or "\u201c" in text else []
        nickname_edges = {a for a, _ in nicknames} | {b for _, b in nicknames}

        def joined(j: int) -> bool:  # token j follows j-1 within one name: a space, or an initial's ". "
            if not _name_like(tokens[j][2]):
                return False  # "Bashar al-Assad" runs on, "Bashar said" does not
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if tokens[j - 1][2].endswith(_POSSESSIVE_ENDINGS):
                return False  # "Xavier Dolan's Canadian drama": the name ends at its possessive
            return tokens[j][2].lower() not in _PLACE_NOUNS and (
                gap == " " or (gap == ". " and len(tokens[j - 1][2]) == 1) or (gap == ". " and key(
                    tokens[j - 1][2]) in names.person_titles)
                or (len(gap) == 2 and (tokens[j - 1][1] in nickname_edges or tokens[j][0] - 1 in nickname_edges)))

        def name_goes_on(j: int) -> bool:  # token j goes on a name with a word that is no English word ("Suu Kyi"; not
            # "Santa Marta Saturday")
            return j < len(tokens) and joined(j) and not self._word(tokens[j][2]) and tokens[j][2].lower() not in _CALENDAR

        def run(i: int) -> int:  # the end of a run of capitalised words (and initials) from token i
            j = i + 1
            while j < len(tokens) and joined(j):
                j += 1
            return j

        for i in capitals:
            if i + 1 >= len(tokens) or not joined(i + 1):
                continue
            low = key(tokens[i][2])
            following = tokens[i + 1][2]
            if low in names.person_titles:
                stop = run(i + 1)
            elif (low in names.given_names or low in _KUNYA) and not self._place_named(tokens, i, name_goes_on) and (
                    len(following) == 1 or tokens[i][1] in nickname_edges
                    or following.lower() in _NAME_PARTICLES
                    or not (self._word(following) or following.lower() in _CALENDAR)
                    or self._place_named(tokens, i)):  # a place's name the name runs on past: "Aung San Suu Kyi"
                stop = run(i)  # "Paris Hilton", "Keith D. Johnson"; not "Columbus Police", "Alexandria Friday"
            elif low in names.surnames and key(following) in names.surnames and not self._word(following) \
                    and not self._place_named(tokens, i):
                stop = run(i)  # "Campbell Paterson": a first name that is a surname too
            else:
                continue
            people.update(range(i + 1 if low in names.person_titles else i, stop))
            surnames.add(key(tokens[stop - 1][2]))
        articled = [n for n, (_, _, tok) in enumerate(tokens) if tok[0].islower() and "-" in tok and _name_like(tok)] \
            if surnames else []  # "CENTCOM identified al-Jasim as ...", after "Bilal Hasan al-Jasim": his name again
        for i in capitals:
            if i not in people:
                _, e, tok = tokens[i]
                if surnames and key(tok) in surnames:
                    people.add(i)
                elif text.startswith(",", e) and _AGE_AFTER.match(text, e) and i > 0 and tokens[i - 1][2][0].isupper():
                    people.update(range(max(0, i - 3), i + 1))  # "Keith D. Johnson, 41, was arrested"
                elif 2 <= (stop := run(i)) - i <= 3 and _SOMEONE_AFTER.match(text, tokens[stop - 1][1]) \
                        and not self._place_named(tokens, i) and not self._word(tokens[stop - 1][2]):
                    people.update(range(i, stop))  # "according to Kamaran Osman, a member of the US-based Community
                    surnames.add(key(tokens[stop - 1][2]))  # Peacemaker Teams": a person, told by what they are
        people.update(i for i in articled if key(tokens[i][2]) in surnames)
        return people

    def _word(self, written: str) -> bool:
        """Whether a word is an English common noun or adjective ("Police", "Rockets", "School")."""
        low = written.lower()
        return low in self.index.words or (low.endswith("s") and low[:-1] in self.index.words)

    def _place_named(self, tokens, i: int, runs_on: Callable[[int], bool] | None = None) -> bool:
        """Whether a place of several words starts at token i ("Virginia Beach", "Mary Esther"); with `runs_on`
        (whether token j goes on a name), one the name does not go on past ("Aung San Suu Kyi" is no Aung San)."""
        return any(key(" ".join(t[2] for t in tokens[i:i + n])) in self.index.exact
                   and (runs_on is None or not runs_on(i + n)) for n in (4, 3, 2) if i + n <= len(tokens))

    def _a_word_here(self, text: str, span: PlaceSpan, start: int) -> bool:
        """Whether a one-word name that is also an English word is the word here: unless a place
        cue comes before it ("in Council"), or it is a large city's own name and not the first
        word of a sentence, it is the word ("Council voted", "Maritime security sources"); "of" after an office's
        name is no cue ("Inspector General of Police")."""
        place = span.place
        k = key(span.text)
        if place.kind in ("country", "continent") or place.kind in AREA_KINDS or k not in self.index.words:
            return False
        if k in self.index.proper_nouns and key(place.name) == k:
            return False  # "Michigan" (also a card game), "Reading": a place's own name, listed as one
        before = text[max(start, span.start - 40):span.start]
        if _CUE_BEFORE.search(before) and not _TITLE_OF_BEFORE.search(before):
            return False
        first_word = not before.strip() or before.rstrip()[-1] in ".!?\n\"“:"
        big = place.kind == "city" and key(place.name) == k and self._population(place) >= 100_000
        return first_word or not big

    def _a_person_here(self, text: str, span: PlaceSpan, start: int) -> bool:
        """Whether a one-word name that is a common given name or surname is a person here ("Lincoln
        said", "Stevens & Wilkinson"): unless a place cue comes before it ("of Chester") or it is a
        large city's name, a country or a region, it is."""
        k, place = key(span.text), span.place
        if place.kind != "city" or not (k in self.index.surnames or k in self.index.given_names):
            return False
        return not _CUE_BEFORE.search(text[max(start, span.start - 40):span.start]) \
            and self._population(place) < 100_000

    def _population(self, place: Place) -> int:
        for i in self.index.exact.get(key(place.name), ()):
            e = self.index.entries[i]
            if e.name == place.name and e.kind == place.kind and e.country == place.country:
                return e.population
        return 0

    def _abbreviations(self, text: str, start: int, end: int) -> dict[int, PlaceSpan]:
        """States' and provinces' abbreviations ("W.Va.", "B.C.", "NSW", ", Ky."), by where they
        start. One that is also a word or a name ("Miss.", "Ind.", "La.") counts only after a town
        and a comma; none counts after a number ("300 B.C.")."""
        out: dict[int, PlaceSpan] = {}
        for m in _abbreviations_in(_abbreviation_pattern(tuple(self.index.abbreviations)), text, start, end):
            written = m.group()
            before = text[max(start, m.start() - 12):m.start()]
            if re.search(r"\d\s*$", before):
                continue
            after_town = bool(re.search(r"[A-Za-z]\.?,\s*$", before))
            if not (after_town or written.count(".") >= 2 or "." not in written):
                continue
            e = self.index.entries[self.index.abbreviations[written]]
            out[m.start()] = PlaceSpan(place=_place(e, 3), text=written, start=m.start(), end=m.end())
        return out

    def _the_capital(self, text: str, span: PlaceSpan) -> PlaceSpan | None:
        """A country's capital told by the country ("an Israeli strike on the Lebanese capital", "Ukraine's
        capital"), where its name does not follow ("the Syrian capital Damascus" names it): the city, as where."""
        if span.place.kind != "country" or span.place.country is None:
            return None
        after = _CAPITAL_AFTER.match(text, span.end)
        city = self._capitals().get(span.place.country) if after else None
        if after is None or city is None:
            return None
        return _NEW_SPAN({"place": _place(city, _own_precision(city)), "text": text[span.start:after.end()],
                          "start": span.start, "end": after.end(), "role": "literal"})

    def _capitals(self) -> dict[str, Entry]:
        if self._capital_memo is None:
            self._capital_memo = capital_cities(self.index)
        return self._capital_memo

    def _demonym(self, text: str, tokens, i: int) -> tuple[PlaceSpan, int] | None:
        """A demonym starting at token i ("Iraqi", "Sri Lankans", "European"), as its country or
        continent with the role `demonym`, and how many tokens it takes."""
        most = self._demonym_starts.get(key(tokens[i][2]))
        if most is None:
            return None
        for n in range(min(3, most), 0, -1):
            if i + n > len(tokens) or any(tokens[j][1] + 1 != tokens[j + 1][0] for j in range(i, i + n - 1)):
                continue
            words = [t[2] for t in tokens[i:i + n]]
            if not all(w[0].isupper() for w in words):
                continue
            entry = self.index.demonyms.get(key(" ".join(words)))
            if entry is not None:
                e = self.index.entries[entry]
                return _NEW_SPAN({"place": _place(e, _own_precision(e)), "text": text[tokens[i][0]:tokens[i + n - 1][1]],
                                  "start": tokens[i][0], "end": tokens[i + n - 1][1], "role": "demonym"}), n
        return None

    def _person_before(self, text: str, tokens, i: int) -> bool:
        """A capitalised word right before a name makes it part of a person's or organisation's name."""
        prev = tokens[i - 1][2]
        if not prev[0].isupper():
            return False  # most words before a name: "in", "of", "the"
        if "-" in prev and not prev.rsplit("-", 1)[1][:1].isupper():
            return False  # "US-run", "Iran-backed": a modifier, not the first word of a name
        if tokens[i][2].isupper() and self._word(prev):
            return False  # "Acting U.S. Attorney": a word, not a name's first word, before an acronym
        if prev.lower() in _COMPASS:
            return False  # "Northeastern Syria", "Southern Lebanon": a part of the place, not a first name
        if prev.endswith(_POSSESSIVE_ENDINGS):
            return False  # "Saudi Aramco’s Jeddah oil facility", "Hezbollah’s Dahiyeh stronghold": the place of the
            # company or side named, not a name going on
        gap_is_space = tokens[i - 1][1] + 1 == tokens[i][0] and text[tokens[i - 1][1]] == " "  # not "Syrian-Turkish"
        return gap_is_space and prev[0].isupper() and prev.lower() not in _CONNECTORS and key(prev) not in (
            self.index.exact) and prev.lower() not in ("the", "in", "near", "at")

    def _longest(self, text: str, tokens, i: int, countries: frozenset[str]):
        back = int(i > 0 and tokens[i - 1][2] in ("al", "el") and tokens[i][0] - tokens[i - 1][1] == 1
                   and len(tokens[i][2]) < 4)  # "in al Bab": the article, in lower case, begins the name
        i -= back
        stop = i + 1
        while stop < len(tokens) and stop - i < _MAX_WORDS:
            if not _goes_on_a_name(tokens[stop][2]):
                if tokens[stop][2] == "and" and self._and_in_a_name(text, tokens, i, stop):
                    stop += 2  # "Jammu and Kashmir", "Bosnia and Herzegovina": one name
                    continue
                break
            if tokens[stop - 1][1] + 1 < tokens[stop][0] and text[tokens[stop - 1][1]] not in " -":
                break  # punctuation between words ends a name
            if tokens[stop - 1][2].endswith(_POSSESSIVE_ENDINGS):
                break  # so does a possessive: "Syria's province of ..."
            stop += 1
        words = tuple([t[2] for t in tokens[i:stop]])
        end = tokens[stop - 1][1]
        next_word = next(iter(text[end:end + 15].split()), "").lower()  # any space: a headline ends in a line break
        next_word = _without_possessive(next_word)  # "in Niger state's Borgu area": the state
        head = i + 1 < len(tokens) and words[0].lower() in _NAME_HEADS \
            and tokens[i + 1][2].lower().startswith(_ARTICLE_PREFIXES)
        listed = bool(_LISTED_PROVINCES_AFTER.match(text, end)) or (
            next_word.rstrip(",.;:") in _PROVINCES and _LIST_BEFORE.search(text, max(0, tokens[i][0] - 6), tokens[i][0]) is not None)
        # ("in the Kirovograd, Odesa, Kherson, Mykolaiv and Kharkiv regions": each a province, the last too)
        phrases = self._phrases(words, next_word in _ADMIN_WORDS or self._of_a_province(words, next_word) or listed,
                                next_word in _FACILITY_WORDS, head)
        if not phrases:
            return None
        before = text[max(0, tokens[i][0] - 40):tokens[i][0]]
        # every "province of (the)" ends in "f " near the end, and few texts before a name do
        admin_before = ("f " in before[-8:] or "F " in before[-8:]) and bool(_ADMIN_BEFORE.search(before))
        cue = bool(_CUE_BEFORE.search(before))
        for p in phrases:
            admin = p.admin or admin_before
            pick = _pick(self._candidates(p.phrase, countries, facility=p.facility, admin=admin, cue=cue), countries)
            # "the Red Sea region", in a report on the Houthis, is the sea; Sudan's state is a "state", or a region of
            # Sudan in a report on Sudan
            if pick and pick.entry.kind == "admin1" and pick.entry.country not in countries \
                    and ({w.lower() for w in words[p.core:]} | {next_word}) & _ADMIN_WORDS == {"region"} \
                    and _WATER_WORDS & set(key(p.phrase).split()):
                admin = False
                pick = _pick(self._candidates(p.phrase, countries, facility=p.facility, admin=admin, cue=cue), countries)
            if pick and countries and pick.entry.country not in countries and pick.entry.kind in ("city", "admin1") \
                    and not pick.entry.source.startswith("named_sites") and (
                        _base_after(words[p.core:], next_word) or _BASE_BEFORE.search(before)):
                continue  # "the Victoria military base" in a report on Iraq, "Camp Victoria in Myanmar's Chin state": a
                # base so named, not Hong Kong's Victoria
                # (an airport is its city's: "Vancouver International Airport")
            if pick and pick.entry.kind == "country" and p.words < len(words) - 1 \
                    and words[-1].lower() in _FACILITY_WORDS and words[p.words].lower() not in _KIND_WORDS:
                continue  # "targeting Kuwait al-Rahma camp": the first word of a camp's name, not the country
            if pick and pick.entry.kind == "city" and i + p.words < stop and key(pick.entry.name) != key(p.phrase) \
                    and tokens[i + p.words][2][:1].isupper() and tokens[i + p.words][0] - tokens[i + p.words - 1][1] == 1 \
                    and tokens[i + p.words][2].lower().rstrip("s") not in _NOUNS_OF_A_PLACE:
                continue  # "an attack on Majdal Shams", "Khader Adnan": the head of a longer name the text's countries do
                # not place, not the town named "Majdal" among its other names (Ashkelon); not "Zaporizhzhia Oblasts"
            if pick:
                best = pick.entry
                if best.kind == "city" and (({w.lower() for w in words[p.core:]} | {next_word}) & _PROVINCE_WORDS
                                            or _PROVINCE_OF_BEFORE.search(before)):
                    best = self._province_of_its_name(best) or best  # "Dohuk governorate", "Duhuk province": the
                    # province named for its seat, which the gazetteer spells otherwise (Dahuk), not the city
                j = i + (p.core if p.shortened and best.kind in ("country", "continent") else p.words)
                # "US base": the country is "US", and "base" is a base somewhere
                span_end = tokens[j - 1][1]
                written = text[tokens[i][0]:span_end]
                if written.endswith(_POSSESSIVE_ENDINGS):
                    span_end -= 2
                    written = written[:-2]
                after = text[end:end + 30] if j == stop else ""
                precision = self._precision(best, text, tokens[i][0], p.stripped + after)
                span = _NEW_SPAN({"place": _place(best, precision), "text": written, "start": tokens[i][0], "end": span_end})
                settled = best is not pick.entry  # (the province named for its seat: not read again as the city)
                return _Found(span, None if settled else (p.phrase, p.facility, admin, cue)), j - i - back
        return None

    def _and_in_a_name(self, text: str, tokens, i: int, at: int) -> bool:
        """Whether the "and" at token `at` joins the name from token i to the capitalised word after it into
        a name the gazetteer has whole ("in Poonch Sector in Jammu and Kashmir": the territory, not Jammu)."""
        nxt = at + 1
        return nxt < len(tokens) and tokens[nxt][2][:1].isupper() and text[tokens[at - 1][1]:tokens[at][0]] == " " \
            and text[tokens[at][1]:tokens[nxt][0]] == " " and key(text[tokens[i][0]:tokens[nxt][1]]) in self.index.exact

    def _province_of_its_name(self, city: Entry) -> Entry | None:
        """The province a city is the namesake of, however either is spelt (Dihok, Dahuk); None if it names none."""
        if city.admin1 is None or skeleton(city.name) != skeleton(city.admin1):
            return None
        return self._admin1(city.country, city.admin1)

    def _of_a_province(self, words: Sequence[str], after: str) -> bool:
        """Whether a word for the places in a region after a name makes it the province's ("a Kharkiv village", "Idlib
        towns"); not a country's, whose village is the country's ("Gunmen Kill at least 12 Civilians in Central Mali
        Village": Mali, not a province of Guinea named so)."""
        return after in _SETTLEMENT_WORDS and key(" ".join(words)) not in self.index.countries

    def _phrases(self, words: tuple[str, ...], admin_after: bool, facility_after: bool,
                 head: bool) -> tuple[_Phrase, ...]:
        """The phrases of a run of name words worth looking up, longest first, as `_longest` tries
        them: each as written and without the kind words after it ("Ain al-Asad Airbase", "Ain
        al-Asad"), and only those that name something. `admin_after`, `facility_after`: whether the
        word after the run is an admin word ("province") or a facility word; `head` whether the
        run's first word heads a longer name ("Wadi al-Hujayr"). Memoised: the same runs of words
        come again and again, most of them naming nothing (keyed on what the word after says, not
        on the word, which differs far more often)."""
        memo_key = (words, admin_after, facility_after, head)
        hit = self._phrase_memo.get(memo_key)
        if hit is None:
            if len(self._phrase_memo) > 200_000:
                self._phrase_memo.clear()
            hit = self._phrase_memo[memo_key] = tuple(self._all_phrases(words, admin_after, facility_after, head))
        return hit

    def _all_phrases(self, words: tuple[str, ...], admin_after: bool, facility_after: bool,
                     head: bool) -> Iterator[_Phrase]:
        for n in range(len(words), 0, -1):
            if words[n - 1].lower() in _CONNECTORS:
                continue
            core = list(words[:n])
            facility = admin = False
            while len(core) > 1 and core[-1].lower() in _KIND_WORDS:
                facility |= core[-1].lower() in _FACILITY_WORDS
                admin |= core[-1].lower() in _ADMIN_WORDS
                core.pop()
            stripped = " ".join(words[len(core):n])
            if n == len(words):
                admin |= admin_after
                facility |= facility_after
            elif n == len(words) - 1:  # "Attack on Kharkiv Village", not "the Dublin Village Shopping Center"
                admin |= self._of_a_province(words[:n], words[n].lower())
            if n == 1 and head:
                continue  # "Wadi al-Hujayr": not the wadi that is a town in Algeria
            whole = " ".join(words[:n])
            for phrase in ([whole] if len(core) == n else [whole, " ".join(core)]):
                if self._named(phrase, facility) is not None:  # else it names nothing, whatever the context
                    yield _Phrase(phrase, n, len(core), phrase is not whole, facility, admin, stripped)

    def _precision(self, entry: Entry, text: str, start: int, after: str) -> int:
        if entry.kind in _REGION_KINDS:
            return 2 if entry.kind == "admin1" and _COUNTRYSIDE_AFTER.match(after) else 3
        before = text[max(0, start - 60):start].lower()
        if _NEAR_WORDS.search(before) or _AREA_AFTER.match(after):
            return 2
        return 1

    def _candidates(self, phrase: str, countries: frozenset[str], *, facility: bool, admin: bool,
                    cue: bool) -> list[Candidate]:
        """Ranked candidates; memoised, since reports name the same few places again and again.
        The ranking reads the text's countries only as whether there are any and which of them
        the candidates lie in, so the memo is keyed on those: one text's "Erbil" serves the next."""
        named = self._named(phrase, facility)
        if named is None:
            return []
        memo_key = (phrase, countries & named.countries, not countries, facility, admin, cue)
        hit = self._memo.get(memo_key)
        if hit is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            hit = self._memo[memo_key] = self._rank(named, countries, facility=facility, admin=admin, cue=cue)
        return hit

    def _named(self, phrase: str, facility: bool) -> _Named | None:
        """What a phrase is looked up as and the entries it may name, before any context weighs
        them; None where it names nothing. Memoised: most capitalised words name nothing."""
        memo_key = (phrase, facility)
        if memo_key in self._lookups:
            return self._lookups[memo_key]
        if len(self._lookups) > 200_000:
            self._lookups.clear()
        named = self._lookups[memo_key] = self._look_up(phrase, facility)
        return named

    def _look_up(self, phrase: str, facility: bool) -> _Named | None:
        k = key(phrase)
        upper = _without_possessive(phrase).isupper()  # "DRC's Beni" as "DRC"
        short = len(k) < 4 and " " not in k and not upper
        if not k or k in self.index.not_places or k in _GENERIC or k in _CALENDAR \
                or (short and not _ARTICLE_BEFORE.match(phrase)):
            return None  # a short word is a word, or an abbreviation; with an Arabic article, a town ("Al-Bab"); a
            # month or a day alone is a date ("from 18 in July to 37 in August": not August, California)
        acronym = upper and " " not in phrase.strip() and len(k.replace(" ", "")) <= 3  # not "CHARLESTON,"
        ids = [(i, False) for i in self.index.exact.get(k, [])]
        if facility:
            ids += [(i, False) for i in self.index.facility.get(k, [])]
        s = skeleton(phrase)
        if any(w in _CALENDAR for w in k.split()):
            s = ""  # "Monday (June 23)" sounds like no town (Māndegān): a day and a month are matched as written only
        if len(s) >= 4 and not _a_word(k, self.index.words) and len(skeleton(" ".join(
                w for w in k.split() if w not in _KIND_WORDS and w not in _GENERIC))) >= 3:
            # a loose match needs more of a name than "Hl" of "el-Hilweh camp", and no English word
            # ("Mourners" is no Maroun al-Ras)
            ids += [(i, True) for i in self.index.loose.get(s, []) if (i, False) not in ids
                    and not _demonym_of(k, key(self.index.entries[i].name))]
        if not ids and len(s) >= 5 and len(k.split()) >= 2:
            # a town of the Arab world, transliterated otherwise than its entry ("Maaret al-Numaan" for
            # "Ma‘arrat an Nu‘mān", "Kfar Nabl" for "Kafr Nubl"): of two words or more, so no English word is one
            ids += [(i, True) for i in self.index.region_skeletons.get(s, [])]
        unique: list[tuple[int, bool]] = []
        seen: set[int] = set()
        for i, loose in ids:  # each entry once, as first found
            if i not in seen:
                seen.add(i)
                unique.append((i, loose))
        if short:
            unique = [(i, loose) for i, loose in unique if not loose and self.index.entries[i].kind not in _REGION_KINDS]
        if not unique:
            return None
        return _Named(k, acronym, tuple(unique), frozenset(
            c for i, _ in unique if (c := self.index.entries[i].country)))

    def _rank(self, named: _Named, countries: frozenset[str], *, facility: bool, admin: bool,
              cue: bool) -> list[Candidate]:
        k, acronym = named.key, named.acronym
        out: list[Candidate] = []
        word = _a_word(k, self.index.words)  # of the phrase: the same for every candidate
        usual = k in self.index.admin1_usual  # "North Kivu": a province's name as news gives it
        for i, loose in named.ids:
            e = self.index.entries[i]
            score = self._score(e, countries, facility=facility, admin=admin, cue=cue, loose=loose,
                                acronym=acronym, written=k, word=word, usual=usual)
            if score is not None:
                out.append(Candidate(e, score, loose))
        out.sort(key=lambda c: -c.score)
        if admin and countries and len(out) > 1 and out[0].entry.kind == "admin1" and out[0].entry.country not in countries:
            # "the DR Congo's troubled Beni region": the city of the text's country that names its region
            # (Beni), not a province abroad (Bolivia's El Beni)
            city = next((c for c in out[1:] if c.entry.kind == "city" and c.entry.country in countries
                         and c.entry.population >= 100_000), None)
            if city is not None:
                out.remove(city)
                out.insert(0, Candidate(city.entry, out[0].score + 0.01, city.loose))
        if not admin and len(out) > 1 and out[0].entry.kind == "admin1":
            # "attacks in Idlib", "in Kherson": the city that gives its province its name, unless a
            # cue ("province", "governorate") asks for the province ("New York" is New York City);
            # a small town named otherwise in it (Montana City, Minneota) does not stand for the state
            region = out[0].entry
            city = next((c for c in out[1:] if c.entry.kind == "city" and c.entry.country == region.country and (
                (c.entry.admin1 == region.name
                 and (key(c.entry.name) in (k, key(region.name)) or c.entry.population >= 100_000))
                or (_spelt_alike(c.entry.name, region.name) and c.entry.population >= 100_000))), None)
            # (or the city spelt as the province is, apart from an apostrophe, outside it: Sanaa, by the Sana'a
            # governorate)
            if city is not None:
                out.remove(city)
                out.insert(0, Candidate(city.entry, out[0].score + 0.01, city.loose))
        return out

    @staticmethod
    def _score(e: Entry, countries: frozenset[str], *, facility: bool, admin: bool, cue: bool,
               loose: bool, acronym: bool, written: str, word: bool = False, usual: bool = False) -> float | None:
        named = e.source.startswith("named_sites")
        in_context = bool(e.country and e.country in countries)
        if acronym and e.kind == "city" and not named:
            return None  # "US", "UN", "IS" are never the villages Us, Un, Is
        if e.kind == "city" and not named:
            if e.population < 100_000 and not (in_context or (cue and not countries and key(e.name) == written and not (
                    word and len(e.name.split()) > len(written.split())))):
                # A small town needs its country in context, or a locative cue in a text that
                # names no country: "near al-Khadra" in a report on Syria is not the Libyan town.
                # Without context, only its own name counts, and not an English word that is the name
                # without its article ("the Line of Control" is not El Control, Mexico): GeoNames' alternate
                # names of small places ("Kashmir" for Cashmere, Washington) are too loose to go on alone.
                return None
            if key(e.name) != written and countries and not in_context and e.population < 500_000:
                return None  # a town abroad by another of its names: "the village of Sara" in a report on
                # Burkina Faso is not Sarh, Chad
            score = math.log10(max(e.population, 10)) / 2
            if key(e.name) != written:
                score -= 1.0  # by one of its other names: "Mexico" is the country before Mexico City
        elif e.kind == "admin1":
            words = set(written.split())  # not "Centre", "Far North"; not "Red Sea", the sea
            primary = (key(e.name) == written or named) and not words <= _REGION_WORDS and not words & _WATER_WORDS
            if not (admin or in_context or primary or usual):
                return None  # an admin-1's other names ("Western") need a cue or its country, but for the one news
                # gives it ("North Kivu"), which names it alone, below a town of that name ("Marib", "Nabatieh")
            score = 4.5 if admin else 2.7 if primary else 1.0  # a state's own name outranks a town's alias
            score += math.log10(max(e.population, 10)) / 100  # a tie-break: Maryland, US before Maryland, Liberia
        elif e.kind == "country":
            score = 3.0
        elif e.kind in AREA_KINDS:
            score = 4.5  # "the Atlantic", "the Pacific": the ocean, not a small town's namesake
        elif e.kind == "county":  # "Laurel County": among the counties of that name, the most populous
            score = 2.0 + math.log10(max(e.population, 10)) / 4
        else:
            score = 3.0 if named else 2.0
            if facility and e.kind in FACILITY_KINDS:
                score += 1.5
        if named:
            score += 1.0
        if admin and e.kind != "admin1":
            score -= 1.5
        if e.country and e.country in countries:
            score += 2.0
        if loose:
            # Skeletons join spelling variants of the places reports are about, not of any town.
            if not ((named and (in_context or (e.kind in FACILITY_KINDS and not countries)))
                    or (e.kind in ("admin1", "city") and in_context)):
                # a named town spelt otherwise, only in its country: "Al-Kalakla" in Khartoum is no Qalqilya; a
                # named base spelt otherwise, not in a text on other countries: "Camp Victoria in Myanmar's Chin
                # state" is not Camp Victory, Baghdad; a town of the Arab world by a name of two words, in its
                # country ("Kfar Nabl" in a report on Syria)
                return None
            score -= 1.0
        return score


# A nickname in quotes inside a person's name: Joaquin "El Chapo" Guzman (the span runs from the
# space before the opening quote to the closing quote).
_NICKNAME = re.compile(r'(?<=[A-Za-z]) ["\u201c][A-Z][\w\'\u2019.-]*(?: [A-Z][\w\'\u2019.-]*){0,3}["\u201d](?= [A-Z])')


def _counted(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS


def _base_after(after: tuple[str, ...], next_word: str) -> bool:
    """Whether the kind words right after a name, in its run of words or just past it, say a military
    site ("Victoria military base"; not "WASHINGTON — The military")."""
    kinds = list(itertools.takewhile(lambda w: w.lower() in _KIND_WORDS, after))
    if any(w.lower() in CAMP_OF for w in kinds):
        return False  # "Gaza refugee camp": a camp of people, no military site
    return any(w.lower() in _BASE_WORDS for w in kinds) or (len(kinds) == len(after) and next_word in _BASE_WORDS)


def _pick(cands: list[Candidate], countries: frozenset[str]) -> Candidate | None:
    """The best candidate, unless the name is a village name shared across countries and nothing
    says which country is meant: then no answer is better than a guess."""
    if not cands:
        return None
    best = cands[0]
    e = best.entry
    if countries or e.kind != "city" or e.population >= 100_000 or e.source.startswith("named_sites"):
        return best
    rival = next((c for c in cands[1:] if c.entry.country != e.country), None)
    return None if rival is not None and best.score - rival.score < 0.5 else best


def _most_words(names: dict[str, int] | dict[str, str]) -> dict[str, int]:
    """The first word of each of these keys, with the most words a key starting with it has. (No
    first word is an article: `key` drops a leading one from every name of more than one word.)"""
    most: dict[str, int] = {}
    for k in names:
        first, n = k.split(" ")[0], k.count(" ") + 1
        most[first] = max(n, most.get(first, 0))
    return most


def _home(found: list[_Found]) -> str | None:
    """The country most of a text's literal towns, counties and states lie in (at least two of them,
    and most of those named), where its ambiguous names are first looked for."""
    seen: dict[str, int] = {}  # not a Counter: a few names, read twice per text, and a Counter costs more to make
    for f in found:
        place = f.span.place
        if f.span.role == "literal" and place.country and place.kind != "country":
            seen[place.country] = seen.get(place.country, 0) + 1
    if not seen:
        return None
    country = max(seen, key=seen.__getitem__)  # the first of the most named, as Counter.most_common(1)
    n = seen[country]
    return country if n >= 2 and n * 2 > sum(seen.values()) else None


def _settled(cands: list[Candidate], f: _Found) -> bool:
    """Whether a name has nothing to weigh: no other reading of it than the one it has."""
    return not cands or (len(cands) == 1 and not f.doubtful and _is(cands[0].entry, f.span.place))


class _Unambiguous:
    """`_unambiguous` of each name of a text, asked once: a name's candidates and how it was looked
    up do not change while it is read again (only names with candidates change place, and those
    are judged by their candidates alone)."""

    def __init__(self, found: list[_Found], readings: list[list[Candidate]]):
        self.found, self.readings = found, readings
        self.known: dict[int, bool] = {}

    def __call__(self, m: int) -> bool:
        hit = self.known.get(m)
        if hit is None:
            hit = self.known[m] = _unambiguous(self.readings[m], self.found[m])
        return hit


_COMPASS = frozenset(["central"] + [f"{d}{suffix}" for d in ("north", "south", "east", "west", "northeast", "northwest",
                                                              "southeast", "southwest") for suffix in ("", "ern")])
def _a_part_of_the_country(text: str, span: PlaceSpan) -> bool:
    """Whether a name is only bearings after "the" ("the North East", "the Northeast", "the South"): a part of
    the country the text is about, whatever town abroad bears the name."""
    words = re.split(r"[\s-]+", span.text.lower())
    return all(w in _COMPASS for w in words) and text[max(0, span.start - 4):span.start].lower() == "the "


_POSSESSIVE_ENDINGS = ("'s", "\u2019s")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])['\u2019](?=[a-z])")


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two names are one spelling apart from an apostrophe inside a word ("Sanaa", "Sana'a")."""
    return key(_INNER_APOSTROPHE.sub("", a.lower())) == key(_INNER_APOSTROPHE.sub("", b.lower()))


def _without_possessive(word: str) -> str:
    """A word less its possessive ending: "state's" is "state", "DRC’s" is "DRC"."""
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


_CAPITAL_AFTER_HYPHEN = re.compile(r"-(?=[A-Z\u00c0-\u00de])")


def _named_after(place: PlaceSpan, people: PlaceSpan) -> bool:
    """A town abroad named after a people ("Ukrainian Village" in Chicago, "Russian Hill" in San
    Francisco): in news, the demonym and a word ("Strike Kills 51 in Ukrainian Village"); or a place abroad
    named so, read with a kind word after it ("Al Shabaab attack on Somali base": a Somali base, not Ethiopia's
    Somali region). Not a province so named, alone ("British Columbia")."""
    if place.place.country is None or people.place.country is None or place.place.country == people.place.country:
        return False
    rest = place.text[len(people.text):].split()
    return place.place.kind == "city" or (bool(rest) and all(w.lower() in _KIND_WORDS for w in rest))


def _name_before_based(text: str, token: tuple[int, int, str]) -> tuple[int, int, str]:
    """"the terrorist group's Syria-based camps": the name alone, where the camps are; any other token as it is."""
    s, _, tok = token
    cut = tok.find("-")
    return (s, s + cut, tok[:cut]) if cut > 0 and _BASED_SITES_AFTER.match(text, s + cut) else token


def _before_a_dash(text: str, token: tuple[int, int, str]) -> tuple[int, int, str]:
    """"Sea-including", a dash glued between two words: the word before it; any other token as it is."""
    s, e, tok = token
    m = _GLUED_DASH.search(text, s, e)
    return (s, m.start(), tok[:m.start() - s]) if m else token


def _hyphen_parts(tokens):
    """Names joined by hyphens ("Russia-Turkey", "Syrian-Turkish", "Middlesex-London", "D-Raleigh")
    as tokens of their own, so each is read; a name of them together ("Guinea-Bissau",
    "Winston-Salem") is still read whole, since `_longest` joins words across a hyphen. Never
    after an article or a particle ("Al-Qaim", "Abu-Kamal"). Returns the tokens and the compounds
    that were split."""
    out, compounds = [], []
    for s, e, tok in tokens:
        cuts = [m.start() for m in _CAPITAL_AFTER_HYPHEN.finditer(tok)] if "-" in tok else None
        if not cuts:
            out.append((s, e, tok))
            continue
        at, split = 0, False
        for cut in cuts:
            if tok[at:cut].lower() in _CONNECTORS:
                continue  # "Al-Qaim": one name
            out.append((s + at, s + cut, tok[at:cut]))
            at, split = cut + 1, True
        out.append((s + at, e, tok[at:]))
        if split:
            compounds.append((s, e))
    return out, compounds


def _states_named(found: list[_Found],
                  sure: _Unambiguous) -> list[tuple[str, tuple[str | None, str | None], int]]:
    """The states (admin-1s) a text places its names in, each as (the name that says so, the state,
    its weight): a state named outright, or a county only it has, weighs 2; a county that could be
    in other states too weighs 1, as that is only the first reading's guess."""
    out = []
    for m, f in enumerate(found):
        place = f.span.place
        if place.kind not in ("admin1", "county") or f.span.role != "literal" or f.doubtful:
            continue
        state = (place.country, place.name if place.kind == "admin1" else place.admin1)
        out.append((key(f.span.text), state, 2 if place.kind == "admin1" or sure(m) else 1))
    return out


def _in_states(cands: list[Candidate], states: list[tuple[str, tuple[str | None, str | None], int]],
               own: str) -> list[Candidate]:
    """The candidates in the states the text's other names place it in ("Adair County" in a text on
    Kentucky), the best attested state first; never by the name's own first reading."""
    weight: Counter[tuple[str | None, str | None]] = Counter()
    for name, state, w in states:
        if name != own:
            weight[state] += w
    within = [c for c in cands if weight[(c.entry.country, c.entry.admin1)]]
    return sorted(within, key=lambda c: -weight[(c.entry.country, c.entry.admin1)])


def _joined(text: str, tokens, a: int, b: int) -> bool:
    """Whether tokens a and b are both in the text and one space apart: words of one name."""
    return 0 <= a and b < len(tokens) and text[tokens[a][1]:tokens[b][0]] == " "


def _inside_a_name(text: str, tokens, i: int) -> bool:
    """Whether token i is one word of a longer capitalised name: a capitalised word right before it
    (not "The"), or one right after it, or "of" (and "the") and a capitalised word after it."""
    def joined(a: int, b: int) -> bool:
        return _joined(text, tokens, a, b)

    before = joined(i - 1, i) and tokens[i - 1][2][0].isupper() and tokens[i - 1][2].lower() != "the" \
        and not tokens[i - 1][2].endswith(_POSSESSIVE_ENDINGS)  # "Congo's Beni": a place of the one before
    after = joined(i, i + 1) and tokens[i + 1][2][0].isupper()
    j = i + 3 if i + 2 < len(tokens) and tokens[i + 2][2] == "the" else i + 2  # "Summit of the Americas"
    of = joined(i, i + 1) and tokens[i + 1][2] == "of" and joined(j - 1, j) and tokens[j][2][0].isupper()
    return before or after or of


def _a_word(k: str, words: frozenset[str]) -> bool:
    """Whether a one-word key is an English word, or one's plural, as the dictionary lists it."""
    return " " not in k and (k in words or (k.endswith("s") and k[:-1] in words))


def _word_of_a_longer_name(text: str, tokens, i: int, index: Index, village: bool) -> bool:
    """Whether token i ends a capitalised name it is not the first word of ("Kher Khanna", "Yan
    Sakai"), or begins one that a kind of area follows ("Shakar Dara district"), or, a `village`'s
    name, one that a word neither English nor a place's name follows ("Baram Karauwa", a Borno
    village, not Bar'am in Israel; but "the Peshawar Qissa Khwani bazaar" is in Peshawar). A word
    that only says which part or what of a place is not such a name ("North Richmond", "Metro
    Vancouver", "the Shreveport Police")."""
    def joined(a: int, b: int) -> bool:
        return _joined(text, tokens, a, b)

    word = tokens[i - 1][2] if i > 0 else ""
    before = joined(i - 1, i) and word[0].isupper() and len(word) > 2 and word.lower() not in _NOT_A_NAME_WORD
    if not joined(i, i + 1) or not tokens[i + 1][2][0].isupper() or tokens[i][2].endswith(_POSSESSIVE_ENDINGS):
        return before  # not "Kharkiv's Kyivskyi district": the district of the place before
    area = joined(i + 1, i + 2) and tokens[i + 2][2] in _AREA_NOUNS
    nxt = tokens[i + 1][2]
    unknown = village and nxt.isalpha() and nxt[1:].islower() and len(nxt) > 2 and not _a_word(key(nxt), index.words) \
        and key(nxt) not in index.exact and key(nxt) not in _CALENDAR
    return before or area or unknown


def _unambiguous(cands: list[Candidate], f: _Found) -> bool:
    """Whether a name found in a text says where it is on its own: one place by that name, or one
    that outranks every namesake by far (a facility, a state's own name with a cue)."""
    if f.lookup is None:
        return f.span.place.kind != "continent"
    if not cands:
        return False
    rival = next((c for c in cands[1:] if km(c.entry.latitude, c.entry.longitude, cands[0].entry.latitude,
                                             cands[0].entry.longitude) > 50), None)  # the best namesake far away
    return rival is None or cands[0].score - rival.score >= 1.5


def _is(e: Entry, place: Place) -> bool:
    """Whether a place was made from this entry."""
    return e.name == place.name and e.kind == place.kind and e.country == place.country \
        and round(e.latitude, 5) == place.latitude and round(e.longitude, 5) == place.longitude  # most differ by name


def _same(cands: list[Candidate], place: Place) -> Candidate | None:
    """The candidate that is this place."""
    return next((c for c in cands if _is(c.entry, place)), None)


def _phrase_of(f: _Found) -> str:
    return f.lookup[0] if f.lookup else f.span.text


def _nearest(cands: list[Candidate], anchors: list[tuple[float, float]], namesakes: list[list[tuple[float, float]]],
             home: str | None, countries: frozenset[str]) -> Candidate | None:
    """The candidate that fits the text best: its own score, plus up to 2 for lying near a place the
    text names unambiguously, or near one namesake each of the text's other ambiguous names ("Paris
    and Henry County": the Paris in a Henry County, as CLAVIN and TopoCluster read local news), plus
    1.5 for lying in the text's home country when the best one does not. Ties to `_pick`'s caution
    when nothing tells namesakes apart."""
    best = _pick(cands, countries)
    if best is None or len(cands) < 2:
        return best

    def fit(c: Candidate) -> float:
        if c.score < best.score - 1.0 and c.entry.country != best.entry.country:
            return float("-inf")  # nearness does not make a hamlet abroad the place meant
        bonus = 0.0
        if anchors:
            d = math.inf
            for a, b in anchors:
                d = min(d, km(c.entry.latitude, c.entry.longitude, a, b))
                if d < 100:
                    break  # as near as counts: the nearest is no nearer in effect
            bonus += 2.0 if d < 100 else 1.5 if d < 250 else 0.75 if d < 600 else 0.0
        together = sum(1.0 if any(km(c.entry.latitude, c.entry.longitude, a, b) < 50 for a, b in points) else 0.0
                       for points in namesakes)
        bonus = max(bonus, min(2.0, together))
        if home and c.entry.country == home and best.entry.country != home:
            bonus += 1.5
        return c.score + bonus

    return max(cands[:12], key=fit)


def _own_precision(e: Entry) -> int:
    return 3 if e.kind in _REGION_KINDS else 1


_REGION_KINDS = ("country", "admin1", "county", "continent", *sorted(AREA_KINDS))


def _inside(e: Entry, region: Place) -> bool:
    """Whether an entry lies in a region ("Paris" in Texas): its admin-1, or its country."""
    if region.kind == "admin1":
        return e.country == region.country and e.admin1 == region.name
    return e.country == region.country


_COMMA_BETWEEN = re.compile(r"\s*,\s*")
_PROVINCE_BETWEEN = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?")  # between a town and its province: "X, Babil", "X in Babil"
_LIST_BETWEEN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")
_LISTED = re.compile(_LIST_BETWEEN.pattern + r"(?:the\s+)?")  # "..., Singapore and the United Kingdom"
_AGE_AFTER = re.compile(r",\s*\d{1,2},")
# After a person's name: what the person is (", a member of", ", the group's spokesman")
_SOMEONE_AFTER = re.compile(r",\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:member|spokes(?:man|woman|person)|"
                            r"official|resident|commander|leader|analyst|researcher|journalist|reporter|correspondent|"
                            r"director|head|chief|minister|adviser|advisor|activist|lawmaker|eyewitness|witness|doctor|"
                            r"professor|expert|father|mother|brother|sister|son|daughter|farmer|driver|officer|soldier|colonel|"
                            r"general|captain|lieutenant|sergeant|major)s?\b")
# After a weapon model's name: what it is ("Apache helicopters", "Tomahawk cruise missiles"), folded
_CRAFT_AFTER = re.compile(r"s?\s+(?:[a-z-]+\s+)?(?:helicopters?|gunships?|jets?|aircraft|bombers?|fighters?|missiles?|"
                          r"rockets?|drones?|uavs?|launchers?|systems?)\b")
# After a maker's name: a model or a word for what it makes or sells ("Hilux", "737", "3310", "a Toyota vehicle",
# "a Toyota agent")
_MODEL_AFTER = re.compile(r"[ -](?:[A-Z][a-z]+|[A-Z]*\d+[A-Za-z\d-]*|(?:vehicle|pick-?up|truck|car|SUV|van|jeep|"
                          r"motorcycle|sedan|dealer|dealership|agent|agency|distributor|showroom)s?)\b(?!\s*,\s*[A-Z])")
# After a place's name, the rest of a news outlet's: "Deir Ezzor 24", "Kyiv Independent", "Jerusalem Post", "Metro
# Plus News".
_MASTHEAD_AFTER = re.compile(r" (?:24|Today|Post|Times|[Mm]edia|Independent|Herald|Tribune|Observer|Gazette|Chronicle|TV|"
                             r"(?:Plus |Daily )?News)\b"
                             r"(?! (?:Road|Street|Office|Square)\b)")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:local time\s*)?in\s+$", re.I)
# Around a name: a clock, then the name and "time" ("at approximately 4 pm (Sanaa time)", "at 3 a.m. Kyiv time"): a
# time zone, not where anything happened
_CLOCK_JUST_BEFORE = re.compile(r"\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s*\(?\s*$", re.I)
_TIME_AFTER = re.compile(r"\s+time\b")
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Road|Rd\.?|Drive|Dr\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Way|Court|"
                           r"Pike|Highway|Hwy\.?|Parkway|Pkwy\.?|Place|Terrace|Circle)\b")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|district)\b", re.I)
_QUARTER_END = re.compile(r"\s(?:neighbou?rhood|quarter|district)$", re.I)  # the quarter word read into the name
_OF_A_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())
# Words inside Arabic names, after a given name: the name is a person's ("Omar Abu Layla, a Syrian
# expert", "Hamza bin Laden"), though a word list may hold "abu".
_NAME_PARTICLES = frozenset("abu bin ibn bint umm".split())
# A name's opening as "father of" or "mother of" (a kunya): a person's, unless a place is named so ("Abu Bakr
# al-Baghdadi", and Baghdadi after; not "Abu Kamal")
_KUNYA = frozenset(("abu", "abou", "umm"))
# Capitalised words after a town's name that make a thing of the town, not a longer name ("Zaporizhzhia Oblasts",
# "Rask Police Headquarters", "the Jenin Battalion"), in the singular
_NOUNS_OF_A_PLACE = _KIND_WORDS | _SETTLEMENT_WORDS | frozenset(_UNIT_WORDS) | frozenset(
    "police city governor mayor command".split())
# Nouns after a name that make it a place's, not a person's: "Laurel County", "Lincoln Park".
_PLACE_NOUNS = frozenset("county parish city township borough village town river lake lakes island islands bay beach "
                         "falls springs heights valley hills hill mountain mountains creek park airport station "
                         "road street avenue boulevard square bridge harbor harbour port point forest desert sea "
                         "ocean gulf strait canal dam district province state region".split())
# Capitalised words before a place's name that make no other name of it: a part of the place ("North
# Richmond", "Metro Vancouver"), a kind of place, or the first word of the place's own name ("Las Vegas")
_NOT_A_NAME_WORD = _COMPASS | _PLACE_NOUNS | _GENERIC | _KIND_WORDS | frozenset(
    "the and for from into near with metro greater upper lower inner outer old new downtown las los la le "
    "san santa saint fort mount".split())
_VILLAGE_PEOPLE = 10_000  # fewer people than this: a village, whose name may begin another village's abroad
_AREA_NOUNS = frozenset("district neighborhood neighbourhood area village subdistrict sub-district camp".split())


@functools.lru_cache(maxsize=4)
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    """Every abbreviation not followed by a letter, longest first (so "W. Va." before "Va.").
    That none follows a letter or a dot is `_abbreviations_in`'s test: a pattern that starts with
    the abbreviations themselves is searched for far faster than one that starts with a test."""
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![\w])")


_WORD_OR_DOT = re.compile(r"[\w.]")


def _abbreviations_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The abbreviations `_abbreviation_pattern` finds in text[start:end] that are whole words (no
    letter or dot right before them), in order, as a test for one before the pattern would find them."""
    at = start
    while (m := pattern.search(text, at, end)) is not None:
        if m.start() > 0 and _WORD_OR_DOT.match(text, m.start() - 1):
            at = m.start() + 1  # inside a word: the next one may start at the next character
            continue
        yield m
        at = m.end()


# A place and a span are made for nearly every name read, and validated as `Place(...)` would: by
# their validators given a dict, which skips the keyword arguments' trip through `BaseModel.__init__`.
_NEW_PLACE = Place.__pydantic_validator__.validate_python
_NEW_SPAN = PlaceSpan.__pydantic_validator__.validate_python


def _place(e: Entry, precision: int) -> Place:
    return _NEW_PLACE({"name": e.name, "kind": e.kind, "country": e.country, "admin1": e.admin1,
                       "latitude": round(e.latitude, 5), "longitude": round(e.longitude, 5), "precision": precision,
                       "source": e.source})


def _demonym_of(word: str, name: str) -> bool:
    """Whether a word is the name's people, spelled as English makes it ("Virginian" of Virginia,
    "Californian", "Bhutanese"): a loose match by sound, never the place. ("Dagestani", an adjective the
    geo benchmarks count as the place, is left to match.)"""
    return word != name and any(word == stem + ending for stem in (name, name[:-1], name.rstrip("aeiouy"))
                                for ending in ("n", "an", "ian", "ese"))


__all__ = ["Candidate", "Geocoder", "km"]
