"""`make bench`: ingest throughput into SQLite and PostgreSQL, and how merge time grows with the corpus.

The corpus is the one `extract_speed.py` builds (real sentences recombined). Each article's date is
its source article's date moved by a whole number of days so that the corpus covers about
`--per-day` articles a day: a bigger corpus covers a longer period, as a growing feed does. One
row also keeps 20,000 articles in the real corpus's four months (ten times the density), which is
the hard case for candidate blocking.

Merge time is the time spent in the resolve stage inside the store (finding candidates, judging,
linking, joining and summarising incidents), measured around those calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import build_corpus  # noqa: E402

from sitrep.engine import Pipeline  # noqa: E402
from sitrep.store import Store, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def spread(src: Path, dst: Path, per_day: float | None, seed: int = 11) -> None:
    """Copy the corpus, moving each article's date so the corpus covers n / per_day days."""
    rng = random.Random(seed)
    lines = src.read_text(encoding="utf-8").splitlines()
    span = max(1, int(len(lines) / per_day)) if per_day else 0
    with open(dst, "w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            if span and record.get("date"):
                day = dt.date.fromisoformat(record["date"]) + dt.timedelta(days=rng.randrange(span))
                record["date"] = day.isoformat()
            out.write(json.dumps(record) + "\n")


class Timed:
    """Wraps the store's resolve-stage methods with a clock."""

    def __init__(self):
        self.seconds = 0.0

    def wrap(self, store: Store) -> None:
        for name in ("_resolve", "_join_incidents", "_refresh"):
            original = getattr(store, name)

            def timed(*args, _original=original, **kwargs):
                t = time.perf_counter()
                try:
                    return _original(*args, **kwargs)
                finally:
                    self.seconds += time.perf_counter() - t

            setattr(store, name, timed)


def ingest(corpus: Path, url: str, pipeline: Pipeline) -> dict[str, float]:
    store = open_store(url, pipeline.lexicon)
    clock = Timed()
    clock.wrap(store)
    before = pipeline.counts.articles
    t = time.perf_counter()
    for _ in pipeline.ingest([corpus], store):
        pass
    elapsed = time.perf_counter() - t
    counts = store.counts()
    store.close()
    n = pipeline.counts.articles - before
    return {"articles": n, "seconds": elapsed, "articles_per_s": n / elapsed, "merge_seconds": clock.seconds,
            "mentions": counts["mentions"], "incidents": counts["incidents"]}


def postgres(tmp: Path):
    """A throwaway PostgreSQL server on 127.0.0.1 (as the tests start one), or None if not installed."""
    import os
    import socket

    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins:
        return None, None
    bin_dir = bins[-1].parent
    data = tmp / "pg"
    data.mkdir()
    as_user = []
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
        shutil.chown(tmp, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = lambda *cmd: subprocess.run([*as_user, *map(str, cmd)], check=True, capture_output=True)
    run(bin_dir / "initdb", "-D", data / "db", "-U", "sitrep", "-A", "trust", "--no-sync")
    run(bin_dir / "pg_ctl", "-D", data / "db", "-l", data / "log", "-w", "start", "-o", f"-h 127.0.0.1 -p {port} -k {data}")
    run(bin_dir / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "sitrep", "bench")
    stop = lambda: run(bin_dir / "pg_ctl", "-D", data / "db", "-m", "fast", "-w", "stop")
    return f"postgresql://sitrep@127.0.0.1:{port}/bench", stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--per-day", type=float, default=25.0)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    base = tmp / "base.jsonl"
    size = build_corpus(base, args.articles)
    print(f"corpus: {args.articles:,} articles, {size / 1e6:.1f} MB, {args.per_day:g} articles a day")
    lines = base.read_text(encoding="utf-8").splitlines()
    small = tmp / "small-base.jsonl"
    small.write_text("\n".join(lines[: args.small]) + "\n", encoding="utf-8")
    big_spread, small_spread, dense = tmp / "big.jsonl", tmp / "small.jsonl", tmp / "dense.jsonl"
    spread(base, big_spread, args.per_day)
    spread(small, small_spread, args.per_day)
    spread(base, dense, None)

    pipeline = Pipeline()
    _ = pipeline.extractor  # the gazetteer is loaded before any clock starts
    rows = []
    for label, corpus, name in ((f"SQLite, {args.small:,}", small_spread, "small.db"),
                                (f"SQLite, {args.articles:,}", big_spread, "big.db"),
                                (f"SQLite, {args.articles:,} in four months", dense, "dense.db")):
        rows.append((label, ingest(corpus, str(tmp / name), pipeline)))
    url, stop = postgres(tmp)
    if url:
        try:
            rows.append((f"PostgreSQL, {args.articles:,}", ingest(big_spread, url, pipeline)))
        finally:
            stop()
    else:
        print("PostgreSQL: not installed (make bench installs it)")

    print(f"{'':34} {'articles/s':>10} {'total s':>8} {'merge s':>8} {'mentions':>9} {'incidents':>9}")
    for label, r in rows:
        print(f"{label:34} {r['articles_per_s']:>10,.0f} {r['seconds']:>8.1f} {r['merge_seconds']:>8.1f} "
              f"{r['mentions']:>9,} {r['incidents']:>9,}")
    small_r, big_r = rows[0][1], rows[1][1]
    growth = big_r["merge_seconds"] / max(small_r["merge_seconds"], 1e-9)
    ratio = big_r["articles"] / small_r["articles"]
    print(f"merge time grows {growth:.1f}x for {ratio:.0f}x the articles "
          f"({'near-linear' if growth <= ratio * 1.5 else 'worse than linear'})")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
