"""`make bench`: extraction at scale on each engine, peak memory, and one day of global news.

1. Generate a corpus of `--articles` (default 1,000,000) articles recombined from the real texts
   (bench/corpus.py), as one gzipped JSON Lines file, streamed to disk.
2. Run extraction over the whole file on each engine: local with 1 and 2 worker processes, and
   a 2-worker Dask LocalCluster on 127.0.0.1. This process reads the file (streaming) and
   collects the records in order, exactly as `sitrep ingest` does before it stores them.
   Prints articles/s, the speed-up from 1 to 2 workers, and the peak resident memory of the whole
   process tree (sampled every 0.2 s) and of its biggest process.
3. End to end: `sitrep ingest` of the first `--ingest` articles into SQLite with 2 local workers,
   where the single store writer (merging each mention into incidents) sets the pace.
4. The time one day of global news (300,000 articles) would take at each measured rate.

    python bench/scale_speed.py [--articles 1000000] [--ingest 20000] [--engines local1 local2 dask2]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY = 300_000


class PeakMemory:
    """Peak RSS of this process and all its descendants (Dask nannies and workers included)."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.total = self.largest = 0
        self.largest_is = ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self._stop.is_set():
            sizes = []
            for p in [self.me, *self.me.children(recursive=True)]:
                try:
                    sizes.append((p.memory_info().rss, "this process" if p == self.me else " ".join(p.cmdline()[1:3])[:60]))
                except Exception:
                    pass
            self.total = max(self.total, sum(n for n, _ in sizes))
            biggest = max(sizes, default=(0, ""))
            if biggest[0] > self.largest:
                self.largest, self.largest_is = biggest
            self._stop.wait(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def extract_all(path: Path, runner) -> tuple[int, int, int]:
    """Read `path`, extract every article on `runner`, collect results in order (as ingest does)."""
    from sitrep.engine import chunked
    from sitrep.lexicon import Lexicon
    from sitrep.sources import read_paths

    articles = records = failed = 0
    for _, results in runner.map(chunked(read_paths([path], Lexicon.load()))):
        for r in results:
            if isinstance(r, str):
                failed += 1
            else:
                articles += 1
                records += len(r)
    return articles, records, failed


def runner_for(name: str):
    from sitrep.engine import DaskRunner, LocalRunner

    if name == "local1":
        return LocalRunner(None, 1)
    if name == "local2":
        return LocalRunner(None, 2)
    if name == "dask2":
        return DaskRunner(workers=2)
    raise SystemExit(f"unknown engine {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--ingest", type=int, default=20_000)
    parser.add_argument("--engines", nargs="+", default=["local1", "local2", "dask2"])
    parser.add_argument("--dir", type=Path, default=None, help="Where the corpus goes (default: a temp dir).")
    args = parser.parse_args()

    from bench.corpus import write_corpus

    folder = args.dir or Path(tempfile.mkdtemp(prefix="sitrep-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / f"corpus-{args.articles}.jsonl.gz"
    t = time.perf_counter()
    if not corpus.exists():
        write_corpus(corpus, args.articles, per_day=DAY / 30)
    raw = sum(len(line) for line in gzip.open(corpus, "rb")) if args.articles <= 200_000 else None
    print(f"corpus: {args.articles:,} articles, {corpus.stat().st_size / 1e6:,.0f} MB gzipped"
          + (f" ({raw / 1e6:,.0f} MB of JSON)" if raw else "") + f", built in {time.perf_counter() - t:.0f} s ({corpus})",
          flush=True)

    rows = {}
    for name in args.engines:
        runner = runner_for(name)  # workers and cluster started before the clock
        try:
            with PeakMemory() as peak:
                t = time.perf_counter()
                n, records, failed = extract_all(corpus, runner)
                seconds = time.perf_counter() - t
        finally:
            runner.close()
        rows[name] = (n, seconds, peak.total, peak.largest)
        print(f"{name:7} {n:>10,} articles  {seconds:8.1f} s  {n / seconds:8,.0f} articles/s  {records:,} records, "
              f"{failed} over the time limit; peak RSS {peak.total / 2**20:,.0f} MB in all, "
              f"{peak.largest / 2**20:,.0f} MB in the largest process ({peak.largest_is})", flush=True)

    if args.ingest:
        subset = folder / f"ingest-{args.ingest}.jsonl.gz"
        with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(subset, "wt", encoding="utf-8") as out:
            out.writelines(itertools.islice(src, args.ingest))
        db = folder / "ingest.db"
        db.unlink(missing_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sitrep.cli", "ingest", str(subset), "--db", str(db), "--workers", "2",
                        "--no-progress"], check=True)
        seconds = time.perf_counter() - t
        rows["ingest"] = (args.ingest, seconds, 0, 0)
        print(f"sitrep ingest --workers 2 into SQLite: {args.ingest:,} articles in {seconds:.1f} s "
              f"({args.ingest / seconds:,.0f} articles/s, start-up included)", flush=True)

    print()
    print(f"{'':28} {'articles/s':>10} {'per core':>9} {'300k articles':>14} {'peak RSS':>10}")
    for name, (n, seconds, total, _) in rows.items():
        cores = 2 if name in ("local2", "dask2", "ingest") else 1
        rate = n / seconds
        print(f"{name:28} {rate:>10,.0f} {rate / cores:>9,.0f} {DAY / rate / 60:>11.1f} min "
              f"{(f'{total / 2**20:,.0f} MB' if total else '-'):>10}")
    if "local1" in rows and "local2" in rows:
        one, two = (rows[k][0] / rows[k][1] for k in ("local1", "local2"))
        print(f"speed-up from 1 to 2 local workers: {two / one:.2f}x (target: near 2x on 2 cores; targets: "
              f">= 1,000 articles/s per core, peak RSS < 1 GB)")


if __name__ == "__main__":
    main()
