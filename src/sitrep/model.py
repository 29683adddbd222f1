"""The records every stage passes on, in one place.

Pydantic models sit at the boundaries (what a reader yields, what `extract` emits, what the CLI
prints); the field names here are the field names everywhere: CLI, Python API and exports.
Every extracted field keeps a way back to the text: `Evidence` holds character offsets into
`Article.text`, so a claim can always be shown in the sentence it came from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

DatePrecision = Literal["day", "range", "month", "unknown"]
# How a place is used where it is named (after GeoWebNews' taxonomy, Gritta et al. 2019): `literal`,
# where something is ("an attack in Syria"); `modifier`, a name qualifying a noun ("U.S. troops",
# "a Texas court"); `metonymic`, a place standing for its government or people ("Russia's
# ambassador", "Washington warned"); `demonym`, a people or adjective ("American", "Iraqis").
# Only a literal place can be where an event happened.
PlaceRole = Literal["literal", "modifier", "metonymic", "demonym"]
Language = Literal["en", "ar"]  # the languages sitrep reads (see `sitrep.text.language`)
ActorRole = Literal["claimed", "attributed", "unknown"]
Status = Literal["claimed", "reported", "confirmed"]
# A kind of weapon: one of the rows of the lexicon's weapons.yaml ("drone", "rocket", "IED", ...),
# so that adding a kind is adding a row.
WeaponKind = str


MAX_ID_CHARS = 300  # what the store's article id column holds
MAX_OUTLET_CHARS = 200  # and its outlet name column
# What no store keeps as text: NUL (PostgreSQL refuses it) and unpaired surrogates (not Unicode
# scalar values, so not encodable as UTF-8). Both come from upstream bugs, never from a report.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """`value` with what no store keeps replaced by U+FFFD, one character for one."""
    return UNSTORABLE.sub("\ufffd", value)


def unstorable(value: str) -> str | None:
    """What in `value` no store keeps ("a NUL character at character 12"), or None."""
    found = UNSTORABLE.search(value)
    if found is None:
        return None
    what = "a NUL character" if found.group() == "\x00" else f"an unpaired surrogate (U+{ord(found.group()):04X})"
    return f"{what} at character {found.start()}"


class Article(BaseModel):
    """One report as a reader found it. `text` is the body that every offset points into.

    Strings are cleaned here, once, whichever reader made the article: a NUL or an unpaired
    surrogate in the text, title, outlet or URL becomes U+FFFD (one character for one, so offsets
    hold), an outlet name is cut to what the store keeps, and an id no store could keep is refused
    (a `ValidationError` saying why)."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    source_file: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _storable_id(cls, v: object) -> object:
        found = unstorable(v) if isinstance(v, str) else None
        if found:
            raise ValueError(f"the id holds {found}")
        return v

    @field_validator("text", "title", "url", "outlet", "source_file", mode="before")
    @classmethod
    def _clean(cls, v: object) -> object:
        return storable(v) if isinstance(v, str) else v

    @field_validator("outlet")
    @classmethod
    def _outlet_fits(cls, v: str | None) -> str | None:
        return v[:MAX_OUTLET_CHARS - 1].rstrip() + "…" if v and len(v) > MAX_OUTLET_CHARS else v


class Evidence(BaseModel):
    """A sentence a record was built from: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


class Weapon(BaseModel):
    kind: WeaponKind
    count: int | None = None
    model: str | None = None


# Places no country holds ("Red Sea", "Strait of Hormuz", "Korean Peninsula", "Caucasus"), as geo
# finds them: a sea, gulf, strait, ocean, lake, canal or peninsula can be where an event happened,
# a macro-region never.
AREA_KINDS = frozenset("sea gulf strait ocean lake canal peninsula region".split())
# The kinds of place that are a facility or a base, as geo names them: an attack on one is told by its name.
FACILITY_KINDS = frozenset("airbase military_base oil_field gas_field camp port dam airport border_crossing".split())


class Place(BaseModel):
    """A resolved place. `precision` follows ACLED's geo_precision (1 site/town, 2 near/part, 3 region)."""

    name: str
    kind: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: int = 1
    source: str = ""


class PlaceMatch(Place):
    """What `sitrep geocode` prints: a place, the name as written, and where and how it is used
    (`--text`) or how strongly it matched (`--all`). Its place fields are `Place`'s."""

    written: str
    start: int | None = None
    end: int | None = None
    role: PlaceRole | None = None
    score: float | None = None


class PlaceSpan(BaseModel):
    """A place found in text, with the characters it was found in and how it is used there."""

    place: Place
    text: str
    start: int
    end: int
    role: PlaceRole = "literal"


class PlaceFinder(Protocol):
    """What `extract` needs from the `geo` stage: find places in a span of text.

    `extract` receives one of these from whoever runs it (the engine), so the lower stage
    never imports the higher one.
    """

    def find(self, text: str, start: int = 0, end: int | None = None,
             countries: frozenset[str] = frozenset()) -> list[PlaceSpan]:
        """Places named in `text[start:end]` (offsets into `text`), read with `countries` as context,
        each with its role; never a name inside an outlet's or organisation's name."""
        ...

    def region(self, country: str, admin1: str) -> Place | None:
        """The admin-1 region itself (precision 3), for "in the same province"."""
        ...


class Claim(BaseModel):
    """Why a field of a mention has its value: the rule that set it and the words it read."""

    field: str  # "place", "date", "actor", "weapons", "casualties", "target"
    value: str | int | list[str] | None
    rule: str  # in a few words: "a date phrase in the sentence", "the actor the article named before"
    evidence: Evidence | None = None  # the words read (a phrase or the sentence), as the article has them
    said_by: str | None = None  # who gives the figure or the name, where the article says so
    chosen: bool = True  # False: an alternative read and set aside ("US forces": the target, not the attacker)


class Mention(BaseModel):
    """One reported incident in one article: the unit every later stage consumes."""

    kind: Literal["mention"] = "mention"
    article_id: str
    article_title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_text: str | None = None
    event_type: str
    sub_event_type: str
    plover_mode: str | None = None
    weapons: list[Weapon] = Field(default_factory=list)
    actor: str | None = None
    actor_role: ActorRole = "unknown"
    target: str | None = None
    target_site: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    casualty_claim_by: str | None = None
    status: Status = "reported"
    language: Language = "en"  # of the article: the evidence is in it, every other field in English
    evidence: list[Evidence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)  # each field's rule and words (`sitrep explain`)


class Tally(BaseModel):
    """An official running count ("attacked 61 times since October 7") as one article reports it."""

    kind: Literal["tally"] = "tally"
    article_id: str
    article_title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    reported_by: str | None = None
    as_of: dt.date | None = None
    as_of_precision: DatePrecision = "unknown"
    since: dt.date | None = None
    total: int
    approximate: bool = False
    by_country: dict[str, int] = Field(default_factory=dict)
    wounded: int | None = None
    killed: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


Record = Mention | Tally


# --- incidents: what the `resolve` stage makes of mentions across articles ------------------

class Source(BaseModel):
    """Who says so: one report of an incident, with the sentence it says it in."""

    mention_id: int | None = None
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    claim: ActorRole = "unknown"
    language: Language = "en"
    evidence: list[Evidence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)  # why this report's mention has its fields


class SaidBy(BaseModel):
    """One value of one field, and the reports that give it."""

    value: str | int | None
    outlets: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


class Dispute(BaseModel):
    """A field on which the reports of one incident disagree, every value with who gives it."""

    field: str
    values: list[SaidBy]


class IncidentWeapon(BaseModel):
    kind: WeaponKind
    count: int | None = None  # the highest count any report gives
    said_by: list[str] = Field(default_factory=list)


class Incident(BaseModel):
    """One real-world event, merged from every mention of it (ACLED/UCDP conventions for figures:
    `fatalities` is the best estimate, the lowest figure reported; low and high bound the range)."""

    kind: Literal["incident"] = "incident"
    id: int | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    event_type: str
    sub_event_type: str
    plover_mode: str | None = None
    weapons: list[IncidentWeapon] = Field(default_factory=list)
    actor: str | None = None
    actor_role: ActorRole = "unknown"
    actor_said_by: list[str] = Field(default_factory=list)
    target: str | None = None
    target_site: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_said_by: list[str] = Field(default_factory=list)
    injuries: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    injuries_said_by: list[str] = Field(default_factory=list)
    status: Status = "reported"
    outlets: int = 0
    reports: int = 0
    disputes: list[Dispute] = Field(default_factory=list)
    notes: str = ""
    sources: list[Source] = Field(default_factory=list)


class TallyPoint(BaseModel):
    """One official running count in its series, beside what sitrep holds for the same window."""

    kind: Literal["tally_point"] = "tally_point"
    series: str
    reported_by: str | None = None
    as_of: dt.date | None = None
    since: dt.date | None = None
    total: int
    approximate: bool = False
    countries: list[str] = Field(default_factory=list)
    incidents_held: int | None = None
    date_inconsistent: bool = False
    inconsistency: str | None = None
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    evidence: list[Evidence] = Field(default_factory=list)


# --- reading the store: what `sitrep incidents` and the REST API filter on and return ----------

class IncidentFilter(BaseModel):
    """Which incidents: the options of `sitrep incidents` and the query of `GET /api/incidents`,
    with the same names. Every field narrows; none given means every incident."""

    model_config = ConfigDict(frozen=True)  # a filter is a value: summaries are kept by it

    since: dt.date | None = Field(None, description="Only incidents on or after this day (YYYY-MM-DD).")
    until: dt.date | None = Field(None, description="Only incidents on or before this day (YYYY-MM-DD).")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code.")
    admin1: str | None = Field(None, max_length=200, pattern=r"^[^\x00]*$",
                               description="Admin-1 region (province, governorate) as `admin1` names it, in any spelling of "
                                           "it: case, accents, hyphens and a leading article (al-, el-) do not "
                                           "count ('Hasakah' finds Al-Hasakah), nor, where no region held is "
                                           "spelled so, vowels ('Erbil' finds Arbil).")
    actor: str | None = Field(None, max_length=200, pattern=r"^[^\x00]*$",
                              description="Words in the actor's name (case-insensitive).")
    weapon: WeaponKind | None = Field(None, description="A weapon kind any report names.")
    status: Status | None = None
    bbox: str | None = Field(None, pattern=r"^-?\d{1,3}(\.\d+)?(,-?\d{1,3}(\.\d+)?){3}$",
                             description="west,south,east,north in degrees (west > east crosses the antimeridian).")
    q: str | None = Field(None, max_length=200, pattern=r"^[^\x00]*$",
                          description="Words in the incident's notes (case-insensitive).")

    @field_validator("since", "until", mode="before")
    @classmethod
    def _iso_day(cls, v: object) -> object:
        """A day is written YYYY-MM-DD, never as a number of seconds ("0.0" is not 1 January 1970)."""
        if isinstance(v, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            raise ValueError("a day is written YYYY-MM-DD")
        return v

    @property
    def box(self) -> tuple[float, float, float, float] | None:
        """The bbox as numbers, longitudes within ±180 (a box wider than the world is the world)."""
        if not self.bbox:
            return None
        west, south, east, north = (float(x) for x in self.bbox.split(","))
        if east - west >= 360:
            west, east = -180.0, 180.0
        return max(-180.0, min(180.0, west)), south, max(-180.0, min(180.0, east)), north


class IncidentPage(BaseModel):
    """One page of incidents, newest first; pass `next_cursor` back as `cursor` for the next."""

    incidents: list[Incident]
    next_cursor: str | None = None


class MapPoints(BaseModel):
    """Every located incident a filter selects, compactly: one `[id, latitude, longitude, event_date]`
    row each, so a map of 100,000 incidents loads in one request."""

    count: int
    points: list[Annotated[list[float | str | None], Field(min_length=4, max_length=4)]] = Field(
        description="[id, latitude, longitude, event_date or null] per incident")


class TimelineSeries(BaseModel):
    country: str | None
    counts: list[int]


class Timeline(BaseModel):
    """Incidents per day or week (weeks start on Monday), by country; `undated` are left out."""

    interval: Literal["day", "week"]
    periods: list[dt.date]
    series: list[TimelineSeries]
    total: int
    undated: int = 0


class Count(BaseModel):
    value: str
    label: str | None = None
    count: int


class Facets(BaseModel):
    """What the store holds, for a dashboard's filter choices: values with their incident counts."""

    incidents: int
    countries: list[Count]
    admin1: list[Count]
    actors: list[Count]
    weapons: list[Count]
    statuses: list[Count]
    first_date: dt.date | None = None
    last_date: dt.date | None = None


class ArticleIn(BaseModel):
    """An article as `POST /api/articles` takes it in JSON, checked strictly before it is read.
    It is then read as a .jsonl line is, so the readers' other fields (`description`,
    `published_time`, `source_urls`, `domain`) count too."""

    model_config = ConfigDict(extra="allow", strict=True)

    id: str | None = Field(None, min_length=1, max_length=300,
                           description="A stable id; without one, the article is named after the body's content.")
    text: str = Field(pattern=r"\S", description="The article's body, which evidence offsets will point into.")
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None


class StoredArticle(BaseModel):
    """What `POST /api/articles` did with one article: new, unchanged, replaced or duplicate."""

    id: str
    status: Literal["new", "unchanged", "replaced", "duplicate"]


class IngestResult(BaseModel):
    """The articles stored, the mentions extracted from them and the incidents they touched."""

    articles: list[StoredArticle]
    mentions: list[Mention]
    tallies: list[Tally]
    incidents: list[Incident]


class Problem(BaseModel):
    """Every error the REST API returns: a message for a person, never a stack trace."""

    message: str


def km(lat1: float, lon1: float, lat2: float, lon2: float, radius: float = 6371.0) -> float:
    """Great-circle distance in kilometres (haversine) on a sphere of `radius` km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return radius * 2 * math.asin(min(1.0, math.sqrt(a)))
