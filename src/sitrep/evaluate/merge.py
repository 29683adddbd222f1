"""Merge accuracy: does the resolve stage put the mentions of one real event, and only those,
into one incident? Scored pairwise, as coreference usually is.

A gold file is JSON Lines, one report of one incident in one sentence:

    {"incident": "2024-01-28 Tower 22", "article_id": "rss24-62eb117aad", "start": 0,
     "quote": "Three US service members killed in Jordan drone attack, Biden says"}

`start` is the character offset of the sentence in the article's text; `place` (optional) names
the site when one sentence reports attacks on several ("al-Tanf"), and picks the mention whose
location contains it. `quote` is for the reader. Gold rows are written by reading: a sentence
belongs to the event whose details it gives; one that gives details of two ("US strikes in Iraq
after three troops wounded in drone attack") belongs to its main clause.

Each gold row is matched to the sitrep mention from that sentence (and place). Over all pairs of
matched mentions: a true positive is a pair in one gold incident that sitrep also put in one
incident; a false positive is a pair sitrep merged that the gold keeps apart; a false negative
the reverse. Gold rows with no matching mention are counted as missed, outside the pairs.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path
from typing import IO

from pydantic import BaseModel

from sitrep.evaluate import read_lines
from sitrep.resolve import Member


class GoldReport(BaseModel):
    incident: str
    article_id: str
    start: int
    place: str | None = None
    quote: str | None = None


class MergeScore(BaseModel):
    gold_rows: int
    gold_incidents: int
    matched: int
    missed: int
    pairs_gold: int
    pairs_predicted: int
    true_positives: int
    precision: float
    recall: float
    f1: float
    false_merges: list[list[str]] = []   # [gold incident, gold incident, sitrep incident] merged wrongly
    false_splits: list[list[str]] = []   # [gold incident, sitrep incidents it is split over]
    missed_rows: list[str] = []


def read_gold(path: str | Path) -> list[GoldReport]:
    return read_lines(path, GoldReport, "a gold report")


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", name.lower().replace("’", "'")) if len(w) > 3 and w != "base"}


def match(gold: list[GoldReport], members: list[Member]) -> dict[int, tuple[GoldReport, Member]]:
    """Gold row index → the mention it names. One mention may stand for several gold rows: a
    headline and the sentence that tells it again are one mention; two rows of two incidents in
    one mention count against it, as a wrong merge."""
    by_article: dict[str, list[Member]] = {}
    for x in members:
        by_article.setdefault(x.mention.article_id, []).append(x)
    out = {}
    for i, g in enumerate(gold):
        found = [x for x in by_article.get(g.article_id, [])
                 if any(e.start <= g.start < max(e.end, e.start + 1) for e in x.mention.evidence)]
        if g.place:
            found = [x for x in found if _words(g.place) & _words(x.mention.location or "")]
        if found:
            out[i] = (g, found[0])
    return out


def score(gold: list[GoldReport], members: list[Member], links: dict[str, int]) -> MergeScore:
    matched = match(gold, members)
    items = [(g.incident, links[x.key]) for g, x in matched.values()]
    tp = fp = fn = 0
    merges: set[tuple[str, ...]] = set()  # (gold incident, gold incident, sitrep incident)
    for (ga, sa), (gb, sb) in combinations(items, 2):
        same_gold, same_sitrep = ga == gb, sa == sb
        if same_gold and same_sitrep:
            tp += 1
        elif same_sitrep:
            fp += 1
            merges.add((*sorted((ga, gb)), str(sa)))
        elif same_gold:
            fn += 1
    spread: dict[str, set[int]] = {}
    for g, s in items:
        spread.setdefault(g, set()).add(s)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return MergeScore(
        gold_rows=len(gold), gold_incidents=len({g.incident for g in gold}), matched=len(matched),
        missed=len(gold) - len(matched), pairs_gold=tp + fn, pairs_predicted=tp + fp, true_positives=tp,
        precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4),
        false_merges=[list(m) for m in sorted(merges)],
        false_splits=[[g, ", ".join(map(str, sorted(s)))] for g, s in sorted(spread.items()) if len(s) > 1],
        missed_rows=[f"{g.incident}: {g.article_id}@{g.start} {g.quote or ''}"[:140]
                     for i, g in enumerate(gold) if i not in matched])


def write_report(result: MergeScore, out: IO[str]) -> None:
    r = result
    out.write(f"gold: {r.gold_rows} reports of {r.gold_incidents} incidents; matched to a mention: {r.matched}, "
              f"missed: {r.missed}\n")
    out.write(f"pairs: {r.pairs_gold} in the gold, {r.pairs_predicted} merged by sitrep, {r.true_positives} both\n")
    out.write(f"precision {r.precision:.3f}  recall {r.recall:.3f}  F1 {r.f1:.3f}\n")
    for a, b, s in r.false_merges:
        out.write(f"  merged wrongly in incident {s}: {a} + {b}\n")
    for g, s in r.false_splits:
        out.write(f"  split over incidents {s}: {g}\n")
    for m in r.missed_rows:
        out.write(f"  missed: {m}\n")


def figures(result: MergeScore) -> str:
    return json.dumps(result.model_dump(exclude={"false_merges", "false_splits", "missed_rows"}))
