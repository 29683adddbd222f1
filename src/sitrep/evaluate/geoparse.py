"""Geoparsing benchmarks: find every place in a news text and place it, scored as the field scores it.

The input is JSON Lines, one document a line, as `../shared/benchmarks/geo/` holds LGL, GeoVirus,
TR-News and GeoWebNews:

    {"id": "trnews-1040001", "text": "...", "toponyms": [
      {"start": 2, "end": 9, "name": "Turkish", "lat": 39.0, "lon": 35.0, ...}]}

The figures follow Gritta et al. (2018, 2019) and EUPEG (Wang and Hu, 2019):
- recognition: precision, recall and F1 of the places found against the gold toponyms. A found
  place matches a gold toponym if their spans overlap, one to one: each gold toponym, in order,
  takes the unmatched overlapping place with the largest overlap (the nearer start on a tie).
- resolution, over the matched toponyms that have gold coordinates (and are in the corpus's
  resolution set): accuracy@161 km (ln(1 + error) < ln(161)), the AUC of the sorted ln(1 + error)
  curve by the trapezoid rule over ln(20,039) × (n − 1) (lower is better), mean and median error.
- end-to-end: the share of gold toponyms with coordinates found and placed within 161 km.
With `coords_only`, gold toponyms without coordinates are left out before matching, as the
published tables do for LGL, TR-News and GeoWebNews.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from sitrep.geo import km
from sitrep.model import PlaceFinder

EARTH_KM = 6371.0088  # the mean radius the benchmarks' code uses (geopy's great_circle)
WORST_KM = 20039.0  # half the Earth's circumference: the largest error there is
WITHIN_KM = 161.0  # 100 miles


@dataclass
class Figures:
    """One corpus's tallies and the figures drawn from them."""

    corpus: str
    documents: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0
    resolvable: int = 0  # gold toponyms with coordinates, in the resolution set
    placed_within: int = 0  # of those, found and placed within 161 km
    errors: list[float] = field(default_factory=list)  # km, one per matched toponym with coordinates

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy_161(self) -> float | None:
        return sum(1 for e in self.errors if _within(e)) / len(self.errors) if self.errors else None

    @property
    def auc(self) -> float | None:
        if not self.errors:
            return None
        ys = sorted(math.log(1 + e) for e in self.errors)
        if len(ys) == 1:
            return ys[0] / math.log(WORST_KM)
        area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
        return area / (math.log(WORST_KM) * (len(ys) - 1))

    @property
    def end_to_end(self) -> float:
        return self.placed_within / self.resolvable if self.resolvable else 0.0

    def as_dict(self) -> dict[str, object]:
        return {"corpus": self.corpus, "documents": self.documents, "gold": self.gold, "found": self.found,
                "precision": _r(self.precision), "recall": _r(self.recall), "f1": _r(self.f1),
                "resolved": len(self.errors), "accuracy_161": _r(self.accuracy_161), "auc": _r(self.auc),
                "mean_km": _r(statistics.fmean(self.errors) if self.errors else None, 1),
                "median_km": _r(statistics.median(self.errors) if self.errors else None, 1),
                "end_to_end": _r(self.end_to_end)}


def is_benchmark(path: str | Path) -> bool:
    """Whether a file is in the benchmarks' format (documents with `toponyms`) rather than a gold
    file of place names as written (`tests/gold/geo.jsonl`)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                return "toponyms" in json.loads(line)
    return False


def read(path: str | Path, limit: int | None = None) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def score(documents: Iterable[dict], finder: PlaceFinder, corpus: str, coords_only: bool = False) -> Figures:
    """Find the places in every document and score them against its gold toponyms."""
    out = Figures(corpus)
    for doc in documents:
        gold = [t for t in doc["toponyms"] if not coords_only or t.get("lat") is not None]
        found = finder.find(doc["text"])
        pairs = match([(t["start"], t["end"]) for t in gold], [(p.start, p.end) for p in found])
        out.documents += 1
        out.gold += len(gold)
        out.found += len(found)
        out.matched += len(pairs)
        for g, t in enumerate(gold):
            if t.get("lat") is None or t.get("lon") is None or t.get("resolution") is False:
                continue
            out.resolvable += 1
            p = pairs.get(g)
            if p is None or found[p].place.latitude is None or found[p].place.longitude is None:
                continue
            # checked just above (mypy narrows no `found[p]`)
            error = km(t["lat"], t["lon"], cast(float, found[p].place.latitude), cast(float, found[p].place.longitude),
                       radius=EARTH_KM)
            out.errors.append(error)
            out.placed_within += _within(error)
    return out


def match(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching (gold index -> found index): each gold span in turn takes the
    unmatched found span it overlaps most, the one starting nearer on a tie."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    for g, (gs, ge) in enumerate(gold):
        best, most = None, 0
        for f, (fs, fe) in enumerate(found):
            if f in taken:
                continue
            overlap = min(ge, fe) - max(gs, fs)
            if overlap > most or (overlap == most and overlap > 0 and best is not None
                                  and abs(fs - gs) < abs(found[best][0] - gs)):
                best, most = f, overlap
        if best is not None:
            taken.add(best)
            out[g] = best
    return out


def write_table(results: list[Figures], out: IO[str]) -> None:
    """The figures of each corpus, as the benchmarks' scorer prints them."""
    for r in results:
        out.write(f"== {r.corpus}: {r.documents} documents, {r.gold} gold toponyms, {r.found} found\n"
                  f"  recognition   precision {r.precision:.3f}   recall {r.recall:.3f}   F1 {r.f1:.3f}\n")
        if r.errors:
            out.write(f"  resolution    {len(r.errors)} matched toponyms with coordinates: accuracy@161km "
                      f"{r.accuracy_161:.3f}   AUC {r.auc:.3f} (lower is better)   mean "
                      f"{statistics.fmean(r.errors):.0f} km   median {statistics.median(r.errors):.1f} km\n")
        out.write(f"  end-to-end    found and within 161 km: {r.end_to_end:.3f} "
                  f"({r.placed_within}/{r.resolvable})\n")


def _within(error: float) -> bool:
    return math.log(1 + error) < math.log(WITHIN_KM)


def _r(x: float | None, digits: int = 3) -> float | None:
    return None if x is None else round(x, digits)


__all__ = ["Figures", "is_benchmark", "match", "read", "score", "write_table"]
