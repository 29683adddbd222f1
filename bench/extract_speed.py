"""`make bench`: extraction speed on a corpus made from the real texts, next to a read-and-split baseline.

The corpus is bench/corpus.py's, built deterministically by recombining sentences of the real
articles (../shared/corpus when present, and the bundled samples), so the text is realistic and
never one string repeated. Both measurements run in this one process on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sitrep.engine import Pipeline
from sitrep.sources import ReadError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus as build_corpus  # noqa: E402


def baseline(path: Path) -> float:
    t = time.perf_counter()
    words = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            words += len(line.split())
    return time.perf_counter() - t


def extract(path: Path) -> tuple[float, int, int]:
    pipeline = Pipeline()
    _ = pipeline.extractor  # gazetteer loaded before the clock starts, as in a long-running ingest
    t = time.perf_counter()
    records = sum(1 for r in pipeline.run([path]) if not isinstance(r, ReadError))
    return time.perf_counter() - t, pipeline.counts.articles, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / "corpus.jsonl"
    size = build_corpus(corpus, args.articles)
    t0 = time.perf_counter()
    _ = Pipeline().extractor
    load = time.perf_counter() - t0
    split_s = min(baseline(corpus) for _ in range(3))
    extract_s, articles, records = extract(corpus)
    mb = size / 1e6
    print(f"corpus: {articles:,} articles, {mb:.1f} MB, recombined from real texts ({corpus})")
    print(f"start-up (lexicon + gazetteer index load): {load:.2f} s")
    print(f"baseline read + str.split: {split_s:.3f} s  ({articles / split_s:,.0f} articles/s, {mb / split_s:,.1f} MB/s)")
    print(f"sitrep extract (one core):  {extract_s:.3f} s  ({articles / extract_s:,.0f} articles/s, "
          f"{mb / extract_s:,.2f} MB/s, {records:,} records)")
    print(f"extraction / baseline: {extract_s / split_s:.1f}x   (targets: >= 1,000 articles/s, <= 5x)")


if __name__ == "__main__":
    sys.exit(main())
