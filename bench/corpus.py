"""A generated corpus for benchmarks and scale tests, built from the real texts by recombination.

Each generated article takes a real article's title, outlet and date, and a body of 2–14 real
sentences drawn from all the real articles (../shared/corpus where present, and the bundled
samples), so the text reads like the real reports and is never one string repeated. Its date is
moved by a whole number of days so that the corpus covers about `per_day` articles a day: a
bigger corpus spans a longer period, as a growing archive does. Deterministic for a seed.
Written as it is generated (gzipped JSON Lines when the name ends in .gz), so a million
articles need no more memory than one.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus", ROOT / "src" / "sitrep" / "samples"]


def real_articles():
    from sitrep.sources import ReadError, read_paths

    return [a for a in read_paths([p for p in SOURCES if p.exists()]) if not isinstance(a, ReadError)]


def write_corpus(path: Path, n: int, seed: int = 7, per_day: float | None = None, prefix: str = "gen") -> int:
    """Write `n` articles to `path`; returns its size in bytes."""
    from sitrep.text import sentences

    real = real_articles()
    pool = [s.text for a in real for s in sentences(a.text)]
    rng = random.Random(seed)
    span = max(1, int(n / per_day)) if per_day else 0
    opener = (lambda: gzip.open(path, "wt", encoding="utf-8", compresslevel=1)) if path.name.endswith(".gz") else (
        lambda: open(path, "w", encoding="utf-8"))
    with opener() as out:
        for i in range(n):
            base = rng.choice(real)
            k = rng.randint(2, 14)
            start = rng.randrange(len(pool))
            body = " ".join(pool[(start + j * rng.randint(1, 97)) % len(pool)] for j in range(k))
            day = base.published
            if day and span:
                day += dt.timedelta(days=rng.randrange(span))
            out.write(json.dumps({"id": f"{prefix}-{i}", "title": base.title, "date": str(day or ""),
                                  "text": (base.title or "") + "\n\n" + body, "outlet": base.outlet}) + "\n")
    return path.stat().st_size
