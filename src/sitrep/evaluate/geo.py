"""Geocoding accuracy from raw text: does the geo stage find each gold place name, and where does it put it?

A gold file is JSON Lines, one place name as written in one article:

    {"article_id": "wcep-2024-01-28-001", "written": "Rukban", "start": 129, "kind": "site",
     "name": "Rukban", "latitude": 33.3109, "longitude": 38.6685, "country": "JO"}

`kind` is `site` (a point: town, base, field; with latitude/longitude), `admin1` (the province
itself; with admin1 and country) or `country`. `start` is the character offset of the name in the
article's text, so a name written twice is scored where the gold means it.

Each row ends in one of three ways:
- missed: no place found overlapping the name;
- correct: found, and within 25 km of the gold point (for a region: the same region);
- wrong: found, somewhere else.
`exact` counts the correct ones that are the gold place itself: a point within 5 km of the gold
point, or the same admin-1/country as a region, rather than a neighbour or the enclosing region.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal, cast

from pydantic import BaseModel

from sitrep.evaluate import read_lines
from sitrep.geo import km
from sitrep.model import Article, Place, PlaceFinder

WITHIN_KM = 25.0
EXACT_KM = 5.0


class GoldPlace(BaseModel):
    article_id: str
    written: str
    start: int
    kind: Literal["site", "admin1", "country"]
    name: str
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    country: str | None = None
    unresolvable: str | None = None  # why a geocoder alone cannot place it (the extract stage may)


class GeoOutcome(BaseModel):
    gold: GoldPlace
    result: Literal["correct", "wrong", "missed", "no article"]
    exact: bool = False
    found: str | None = None  # the span the geocoder found
    place: Place | None = None
    distance_km: float | None = None


class GeoScore(BaseModel):
    gold_file: str
    total: int
    articles: int
    detected: int
    correct: int  # within 25 km, or the same region
    exact: int
    wrong: int
    missed: int
    outcomes: list[GeoOutcome]

    def share(self, n: int) -> float:
        return n / self.total if self.total else 0.0


def read_gold(path: str | Path) -> list[GoldPlace]:
    return read_lines(path, GoldPlace, "a gold place")


def score(gold: Iterable[GoldPlace], articles: dict[str, Article], finder: PlaceFinder,
          gold_file: str = "") -> GeoScore:
    """Run the finder over each gold article's whole text (no other context) and score every row."""
    found: dict[str, list] = {}
    outcomes = []
    for g in gold:
        article = articles.get(g.article_id)
        if article is None:
            outcomes.append(GeoOutcome(gold=g, result="no article"))
            continue
        if g.article_id not in found:
            found[g.article_id] = finder.find(article.text)
        end = g.start + len(g.written)
        span = next((s for s in found[g.article_id] if s.start < end and g.start < s.end), None)
        outcomes.append(_judge(g, span))
    counts = {r: sum(o.result == r for o in outcomes) for r in ("correct", "wrong", "missed")}
    return GeoScore(gold_file=gold_file, total=len(outcomes), articles=len(found),
                    detected=counts["correct"] + counts["wrong"], correct=counts["correct"],
                    exact=sum(o.exact for o in outcomes), wrong=counts["wrong"], missed=counts["missed"] + sum(
                        o.result == "no article" for o in outcomes), outcomes=outcomes)


def _judge(g: GoldPlace, span) -> GeoOutcome:
    if span is None:
        return GeoOutcome(gold=g, result="missed")
    p: Place = span.place
    region = p.kind in ("admin1", "country")
    if g.kind == "site":
        # a gold site has its point (the gold format says so), as every place geo finds has
        d = km(cast(float, p.latitude), cast(float, p.longitude), cast(float, g.latitude), cast(float, g.longitude))
        correct = d <= WITHIN_KM
        exact = correct and d <= EXACT_KM and not region
        return GeoOutcome(gold=g, result="correct" if correct else "wrong", exact=exact, found=span.text,
                          place=p, distance_km=round(d, 1))
    if g.kind == "admin1":
        same = p.country == g.country and p.admin1 == g.admin1
        exact = same and p.kind == "admin1"
    else:
        same = p.country == g.country
        exact = same and p.kind == "country"
    return GeoOutcome(gold=g, result="correct" if same else "wrong", exact=exact, found=span.text, place=p)


def write_report(s: GeoScore, out) -> None:
    """The figures, then every row that is not correct (what to fix next)."""
    pct = lambda n: f"{100 * s.share(n):5.1f}%"  # noqa: E731
    out.write(f"geo gold {s.gold_file}: {s.total} place names in {s.articles} articles\n")
    out.write(f"  detected and resolved  {s.detected:4d}  {pct(s.detected)}\n")
    out.write(f"    within {WITHIN_KM:.0f} km         {s.correct:4d}  {pct(s.correct)}\n")
    out.write(f"    exact place          {s.exact:4d}  {pct(s.exact)}\n")
    out.write(f"    wrong place          {s.wrong:4d}  {pct(s.wrong)}\n")
    out.write(f"  missed                 {s.missed:4d}  {pct(s.missed)}\n")
    for o in s.outcomes:
        if o.result == "correct":
            continue
        g = o.gold
        got = "" if o.place is None else f" -> {o.place.name} ({o.place.kind}, {o.place.country})" + (
            f", {o.distance_km} km away" if o.distance_km is not None else "")
        why = f"  [{g.unresolvable}]" if g.unresolvable else ""
        out.write(f"  {o.result:10s} {g.article_id} @{g.start} {g.written!r}: want {g.name}{got}{why}\n")


def figures(s: GeoScore) -> dict[str, object]:
    """The counts and shares, without the per-row outcomes (`--format json`)."""
    return s.model_dump(mode="json", exclude={"outcomes"}) | {
        "within_25km_share": round(s.share(s.correct), 4), "exact_share": round(s.share(s.exact), 4)}
