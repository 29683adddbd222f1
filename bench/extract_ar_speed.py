"""`make bench`: Arabic extraction speed on one core, on the real Telegram posts and news snippets
of ../shared/corpus (arabic_*.jsonl), each read as an article; the best of three passes."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sitrep.engine import Pipeline
from sitrep.model import Article
from sitrep.sources import read_paths

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    files = sorted(CORPUS.glob("arabic_*.jsonl"))
    if not files:
        print(f"Arabic extraction: no arabic_*.jsonl in {CORPUS}; skipped")
        return 0
    articles = [a for a in read_paths(files) if isinstance(a, Article)]
    extractor = Pipeline().extractor  # gazetteer and dictionaries loaded before the clock starts
    best, records = float("inf"), 0
    for _ in range(3):
        t = time.perf_counter()
        records = sum(len(extractor.extract(a)) for a in articles)
        best = min(best, time.perf_counter() - t)
    chars = sum(len(a.text) for a in articles)
    print(f"Arabic extraction (one core): {len(articles):,} posts and snippets ({chars / 1e6:.2f} MB) in {best:.2f} s: "
          f"{len(articles) / best:,.0f} articles/s, {records:,} records  (target >= 1,000 articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
