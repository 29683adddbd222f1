"""Extraction accuracy: the incidents an article reports, as a reader labelled them
(`tests/gold/extract.jsonl`, rules in `tests/gold/README.md`), against the mentions sitrep reads.

Within each article, gold incidents and sitrep's mentions are paired one to one, best pairs
first: a pair needs the same country (or, for a sea, no country on either side), and ranks by
whether the place agrees (the same site or town within 50 km, the same region, or the country
where the gold gives only that) and whether the date agrees. Recall is paired gold incidents over
all gold incidents; precision is paired mentions over all mentions, so every mention read from a
text with no attack counts against it. Each field is scored over the pairs where the gold gives it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, cast

from pydantic import BaseModel, ConfigDict

from sitrep.evaluate import read_lines
from sitrep.geo import km
from sitrep.geo.names import key, skeleton
from sitrep.model import Article, DatePrecision, Mention, Place, WeaponKind

if TYPE_CHECKING:
    from sitrep.geo import Geocoder
    from sitrep.lexicon import Lexicon

Category = Literal["campaign", "other_conflict", "no_attack"]
FIELDS = ("place", "date", "actor", "weapons", "casualties")
NEAR_KM = 50.0


class GoldIncident(BaseModel):
    model_config = ConfigDict(extra="forbid")

    place: str | None
    place_level: Literal["site", "town", "region", "country"] | None
    country: str | None
    admin1: str | None = None
    event_date: dt.date | None
    date_precision: DatePrecision
    actor: str | None
    actor_role: Literal["claimed", "attributed", "reported", "unknown"]
    target: str | None = None
    weapons: list[WeaponKind]
    fatalities: int | None
    injuries: int | None


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article_id: str
    file: str
    published: dt.date | None
    category: Category
    gloss: str | None = None  # what a text in another language says, in English, for the reader who checks
    incidents: list[GoldIncident]


class Figures(BaseModel):
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    recall: float = 0.0
    precision: float = 0.0
    fields: dict[str, float] = {}  # share of the pairs (where the gold gives the field) sitrep got right
    field_counts: dict[str, int] = {}


class ExtractScore(BaseModel):
    overall: Figures
    by_category: dict[str, Figures]
    missing_articles: list[str] = []
    misses: list[str] = []  # gold incidents no mention stands for
    spurious: list[str] = []  # mentions no gold incident stands for
    wrong: list[str] = []  # a field of a paired mention that disagrees with the gold


def read_gold(path: str | Path) -> list[GoldArticle]:
    return read_lines(path, GoldArticle, "a gold article")


class _Judge:
    """Field-by-field agreement of one mention with one gold incident."""

    def __init__(self, places, actors):
        self.places = places  # name, country -> Place | None (the geocoder's reading of the gold's name)
        self.actors = actors  # name -> the lexicon's normalised name

    def place(self, g: GoldIncident, m: Mention) -> bool:
        if g.place_level == "country" or g.place is None:
            return (m.country or None) == g.country
        if g.place_level == "region" and g.admin1 and m.admin1 and skeleton(g.admin1) == skeleton(m.admin1):
            return True  # "Erbil" and "Arbil", "Kunar" and "Konar": one province
        names = {key(x) for x in (m.location, m.target_site) if x}
        if key(g.place) in names or any(key(g.place) in n or n in key(g.place) for n in names if len(n) > 3):
            return True
        if skeleton(g.place) in {skeleton(x) for x in (m.location, m.target_site) if x}:
            return True  # "Prince Hassan Air Base" and "Prince Hasan Air Base"
        where = self.places(g.place, g.country)
        if where is None or m.latitude is None or where.latitude is None:
            return False
        if g.place_level == "region":
            return where.admin1 is not None and where.admin1 == m.admin1
        # a mention's longitude is set with its latitude
        return km(where.latitude, where.longitude, m.latitude, cast(float, m.longitude)) <= NEAR_KM

    @staticmethod
    def date(g: GoldIncident, m: Mention) -> bool:
        if g.event_date is None:
            return m.event_date is None or m.date_precision != "day"
        if m.event_date == g.event_date:
            return True
        return m.date_start is not None and m.date_end is not None and m.date_start <= g.event_date <= m.date_end

    def actor(self, g: GoldIncident, m: Mention) -> bool:
        if g.actor is None:
            return m.actor is None
        return m.actor is not None and key(self.actors(g.actor)) == key(m.actor)

    @staticmethod
    def weapons(g: GoldIncident, m: Mention) -> bool:
        return set(g.weapons) == {w.kind for w in m.weapons}

    @staticmethod
    def casualties(g: GoldIncident, m: Mention) -> bool:
        return (g.fatalities, g.injuries) == (m.fatalities, m.injuries)


def _pairs(gold: list[GoldIncident], mentions: list[Mention], judge: _Judge) -> list[tuple[int, int]]:
    """Gold index, mention index: best first (place, then date), each used once."""
    ranked = []
    for i, g in enumerate(gold):
        for j, m in enumerate(mentions):
            if (m.country or None) != g.country:
                continue
            ranked.append((-(2 * judge.place(g, m) + judge.date(g, m)), i, j))
    ranked.sort()
    used_g: set[int] = set()
    used_m: set[int] = set()
    out = []
    for _, i, j in ranked:
        if i not in used_g and j not in used_m:
            used_g.add(i)
            used_m.add(j)
            out.append((i, j))
    return out


def score(gold: list[GoldArticle], articles: dict[str, Article], read, places, actors) -> ExtractScore:
    """`read(article)` -> its records; `places(name, country)` -> a Place or None; `actors(name)` ->
    the normalised actor name (itself when the lexicon does not know it)."""
    judge = _Judge(places, actors)
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    missing, misses, spurious, wrong = [], [], [], []
    for row in gold:
        article = articles.get(row.article_id)
        if article is None:
            missing.append(row.article_id)
            continue
        mentions = [r for r in read(article) if isinstance(r, Mention)]
        pairs = _pairs(row.incidents, mentions, judge)
        for bucket in (counts["all"], counts[row.category]):
            bucket["articles"] += 1
            bucket["gold"] += len(row.incidents)
            bucket["predicted"] += len(mentions)
            bucket["matched"] += len(pairs)
        for i, j in pairs:
            g, m = row.incidents[i], mentions[j]
            for field in FIELDS:
                right = getattr(judge, field)(g, m)
                for bucket in (counts["all"], counts[row.category]):
                    bucket[f"n_{field}"] += 1
                    bucket[f"ok_{field}"] += right
                if not right:
                    wrong.append(f"{row.article_id}: {field}: gold {_said(g, field)}; sitrep {_read(m, field)}")
        paired_g = {i for i, _ in pairs}
        paired_m = {j for _, j in pairs}
        misses += [f"{row.article_id}: {_describe_gold(g)}" for i, g in enumerate(row.incidents) if i not in paired_g]
        spurious += [f"{row.article_id} ({row.category}): {_describe(m)}" for j, m in enumerate(mentions)
                     if j not in paired_m]
    return ExtractScore(overall=_figures(counts["all"]),
                        by_category={c: _figures(counts[c]) for c in ("campaign", "other_conflict", "no_attack")
                                     if c in counts},
                        missing_articles=missing, misses=misses, spurious=spurious, wrong=wrong)


def _figures(c: dict[str, float]) -> Figures:
    return Figures(articles=int(c["articles"]), gold=int(c["gold"]), predicted=int(c["predicted"]),
                   matched=int(c["matched"]),
                   recall=round(c["matched"] / c["gold"], 3) if c["gold"] else 1.0,
                   precision=round(c["matched"] / c["predicted"], 3) if c["predicted"] else 1.0,
                   fields={f: round(c[f"ok_{f}"] / c[f"n_{f}"], 3) for f in FIELDS if c[f"n_{f}"]},
                   field_counts={f: int(c[f"n_{f}"]) for f in FIELDS if c[f"n_{f}"]})


def _said(g: GoldIncident, field: str) -> str:
    return {"place": f"{g.place} ({g.place_level}, {g.country})", "date": f"{g.event_date} ({g.date_precision})",
            "actor": str(g.actor), "weapons": ",".join(g.weapons) or "-",
            "casualties": f"{g.fatalities} killed, {g.injuries} injured"}[field]


def _read(m: Mention, field: str) -> str:
    return {"place": f"{m.location} ({m.admin1}, {m.country})", "date": f"{m.event_date} ({m.date_precision})",
            "actor": str(m.actor), "weapons": ",".join(w.kind for w in m.weapons) or "-",
            "casualties": f"{m.fatalities} killed, {m.injuries} injured"}[field]


def _describe_gold(g: GoldIncident) -> str:
    return f"{g.place} ({g.country}) on {g.event_date}, actor {g.actor}"


def _describe(m: Mention) -> str:
    return f"{m.location} ({m.country}) on {m.event_date}, actor {m.actor}"


def write_report(result: ExtractScore, out: IO[str], *, every_row: bool = True) -> None:
    head = f"{'':16}{'articles':>9}{'gold':>6}{'sitrep':>7}{'paired':>7}{'recall':>8}{'precision':>10}"
    out.write(head + "".join(f"{f:>12}" for f in FIELDS) + "\n")
    for name, f in [("all", result.overall), *result.by_category.items()]:
        out.write(f"{name:16}{f.articles:>9}{f.gold:>6}{f.predicted:>7}{f.matched:>7}{f.recall:>8.3f}{f.precision:>10.3f}"
                  + "".join(f"{f.fields[x]:>12.3f}" if x in f.fields else f"{'-':>12}" for x in FIELDS) + "\n")
    if result.missing_articles:
        out.write(f"articles not found: {len(result.missing_articles)} (give --articles)\n")
    if every_row:
        for label, rows in (("missed", result.misses), ("spurious", result.spurious), ("wrong", result.wrong)):
            for r in rows:
                out.write(f"  {label:9} {r}\n")


def figures(result: ExtractScore) -> str:
    return json.dumps(result.model_dump(include={"overall", "by_category", "missing_articles"}), default=str)


def place_reader(geocoder: Geocoder) -> Callable[[str, str | None], Place | None]:
    """The geocoder's reading of a gold place name in its country (memoised)."""
    memo: dict[tuple[str, str | None], Place | None] = {}

    def read(name: str, country: str | None) -> Place | None:
        if (name, country) not in memo:
            memo[(name, country)] = geocoder.resolve(name, frozenset({country}) if country else frozenset())
        return memo[(name, country)]
    return read


def actor_reader(lexicon: Lexicon) -> Callable[[str], str]:
    """An actor as the gold writes it -> the lexicon's normalised name, when the lexicon knows it."""
    from sitrep.text import fold

    def read(name: str) -> str:
        hits = list(lexicon.find_actors(fold(name), name, 0, len(name)))
        return hits[0].value if hits else lexicon.state_named(name) or name  # "Iran": its forces
    return read
