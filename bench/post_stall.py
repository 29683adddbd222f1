"""How long a reader of the API waits while others post bodies that are slow to read: a 4 MB HTML
page (trafilatura) and 60 KB of gzip that decompress to 60 million blank lines.

Starts `sitrep serve` on 127.0.0.1 over a store holding one seed report, posts both bodies at
once from two threads, and meanwhile times `GET /api/incidents` back to back. Prints the slowest
and the median read, and what each POST answered.

    .venv/bin/python bench/post_stall.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import SEEDS, run_sitrep, served  # noqa: E402

TOKEN = "bench-token"


def bodies() -> tuple[bytes, bytes]:
    seed = SEEDS[2].read_text(encoding="utf-8").split("\n", 1)[1]
    paragraphs = "".join(f"<p>{p}</p>" for p in seed.split("\n") if p.strip())
    page = f"<html><body><article>{paragraphs * 1500}</article></body></html>".encode()
    return page, gzip.compress(b"\n" * 60_000_000, 9)


def one_round(url: str, page: bytes, blank: bytes) -> tuple[list[float], dict[str, int]]:
    import httpx

    answers: dict[str, int] = {}
    auth = {"Authorization": f"Bearer {TOKEN}"}

    def post(name: str, **request) -> None:
        answers[name] = httpx.post(f"{url}/api/articles", timeout=600, **request).status_code

    posts = [threading.Thread(target=post, args=("4 MB page",),
                              kwargs={"content": page, "headers": {**auth, "Content-Type": "text/html"}}),
             threading.Thread(target=post, args=("60 KB gzip of newlines",),
                              kwargs={"headers": auth, "files": {"file": ("blank.jsonl.gz", blank, "application/gzip")}})]
    for t in posts:
        t.start()
    waits = []
    while any(t.is_alive() for t in posts):
        started = time.monotonic()
        httpx.get(f"{url}/api/incidents", timeout=600).raise_for_status()
        waits.append(time.monotonic() - started)
    for t in posts:
        t.join()
    return waits, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    page, blank = bodies()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "stall.db")
        run_sitrep("ingest", SEEDS[2], "--db", db, "--no-progress")
        with served(db, token=TOKEN) as url:
            for n in range(1, args.rounds + 1):
                waits, answers = one_round(url, page, blank)
                print(f"round {n}: {len(waits)} reads while posting; slowest {max(waits):.3f} s, median "
                      f"{statistics.median(waits) * 1000:.0f} ms; answers {answers}")


if __name__ == "__main__":
    main()
