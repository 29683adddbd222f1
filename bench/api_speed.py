"""REST API and dashboard speed with 100,000 incidents in SQLite (`make bench`).

1. Ingest the real texts (the bundled samples, and ../shared/corpus where it is present), then
   recombine their incidents into a store of N incidents: each copy keeps a real incident's
   fields and record and moves its dates by whole weeks, so countries, places, actors and notes
   keep their real mix and the timeline spans years, as a long-running store's would.
2. Serve it with `sitrep serve` on 127.0.0.1 and load `GET /api/incidents` with wrk from
   concurrent connections: filtered (country, date window, weapon, status, notes words) and
   paginated (following `next_cursor`). Prints requests/s, median, p90 and p99 latency.
3. Open the dashboard in headless Chromium and time its first load to a rendered map (basemap
   and every incident drawn): once right after the server starts, when nothing is kept, then
   again from new browser contexts, as the next visitors do.

    python bench/api_speed.py [--incidents 100000] [--clients 1 4 8 16] [--seconds 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import SAMPLES, SHARED, served  # noqa: E402  (the same server the tests start)


def build_store(db: str, target: int) -> tuple[int, int]:
    """A store of `target` incidents recombined from the real ones. Returns (real, total)."""
    from sqlalchemy import func, insert, select
    from sqlalchemy.orm import Session

    from sitrep.engine import Pipeline
    from sitrep.store import open_store
    from sitrep.store.tables import IncidentRecordRow, IncidentRow

    store = open_store(db)
    paths = [SAMPLES] + ([SHARED / "corpus"] if (SHARED / "corpus").is_dir() else [])
    list(Pipeline(lexicon=store.lexicon).ingest(paths, store))
    with Session(store.engine) as s:
        real = [(r, record) for r, record in s.execute(
            select(IncidentRow, IncidentRecordRow.record).join(IncidentRecordRow)) if r.event_date]
        next_id = s.scalar(select(func.max(IncidentRow.id))) + 1
    columns = [c.key for c in IncidentRow.__table__.columns]
    rows, records, k = [], [], 1
    total = len(real)
    while total < target:
        shift = dt.timedelta(weeks=k)  # each round a week later: about ten years of incidents in all
        for r, record in real[:target - total]:
            row = {c: getattr(r, c) for c in columns}
            row["id"] = next_id
            for c in ("event_date", "date_lo", "date_hi"):
                row[c] = row[c] + shift if row[c] else None
            copy = {**record, "id": next_id}
            for f in ("event_date", "date_start", "date_end"):
                if copy.get(f):
                    copy[f] = (dt.date.fromisoformat(copy[f]) + shift).isoformat()
            rows.append(row)
            records.append({"incident_id": next_id, "record": copy})
            next_id += 1
            total += 1
        k += 1
    with store.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(IncidentRow), rows[i:i + 5000])
            conn.execute(insert(IncidentRecordRow), records[i:i + 5000])
    store.close()
    return len(real), total


def queries(rng: random.Random, countries: list[str], first: dt.date, last: dt.date) -> dict:
    """One analyst's question: a country, often a date window, sometimes a weapon, a status or words."""
    q: dict[str, str] = {"limit": "50"}
    if rng.random() < 0.8:
        q["country"] = rng.choice(countries)
    if rng.random() < 0.6:
        start = first + dt.timedelta(days=rng.randrange(max(1, (last - first).days)))
        q["since"], q["until"] = start.isoformat(), (start + dt.timedelta(days=rng.choice([7, 30, 90]))).isoformat()
    if rng.random() < 0.3:
        q["weapon"] = rng.choice(["drone", "rocket", "aircraft", "missile"])
    if rng.random() < 0.2:
        q["status"] = rng.choice(["claimed", "reported", "confirmed"])
    if rng.random() < 0.1:
        q["q"] = rng.choice(["drones", "killed", "base", "injured"])
    return q


def request_mix(base: str, n: int, seed: int = 7) -> list[str]:
    """`n` request paths as analysts make them: a filtered first page, and often the next pages
    (each found by following `next_cursor`, as a reader scrolling does)."""
    import urllib.parse
    import urllib.request

    get = lambda path: json.loads(urllib.request.urlopen(base + path, timeout=60).read())
    facets = get("/api/facets")
    countries = [c["value"] for c in facets["countries"][:12]]
    first, last = dt.date.fromisoformat(facets["first_date"]), dt.date.fromisoformat(facets["last_date"])
    rng = random.Random(seed)
    paths: list[str] = []
    while len(paths) < n:
        q = queries(rng, countries, first, last)
        for _ in range(rng.choice([1, 1, 2, 3])):
            path = "/api/incidents?" + urllib.parse.urlencode(q)
            paths.append(path)
            cursor = get(path)["next_cursor"]
            if not cursor:
                break
            q = {**q, "cursor": cursor}
    return paths[:n]


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("SITREP_PATHS")) do paths[#paths + 1] = line end
local n = 0
function setup(thread) n = n + 1; thread:set("seed", n) end
function init(args) math.randomseed(seed) end
wrk.headers["Accept-Encoding"] = "gzip"
function request() return wrk.format("GET", paths[math.random(#paths)]) end
"""


def load(base: str, paths: list[str], clients: int, seconds: int = 20) -> dict[str, float]:
    """wrk (Debian's; a C load generator, so the clients take little of the CPU the server needs)
    with `clients` connections on 2 threads, each request a path drawn from `paths`."""
    import os
    import re
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "paths.txt").write_text("\n".join(paths) + "\n")
        (Path(tmp) / "mix.lua").write_text(WRK_SCRIPT)
        done = subprocess.run(["wrk", "--latency", "-t", str(min(2, clients)), "-c", str(clients), "-d", f"{seconds}s",
                               "-s", str(Path(tmp) / "mix.lua"), base], capture_output=True, text=True, check=True,
                              env={**os.environ, "SITREP_PATHS": str(Path(tmp) / "paths.txt")})
    unit = {"us": 1e-3, "ms": 1.0, "s": 1e3}
    figures = {f"p{p}": float(v) * unit[u] for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$",
                                                                     done.stdout, re.MULTILINE)}
    figures["rate"] = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    figures["errors"] = int(errors.group(1)) if errors else 0
    return figures


def first_load(base: str, times: int = 5) -> list[float]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        for _ in range(times):
            context = browser.new_context(viewport={"width": 1400, "height": 900})  # a cold cache each time
            page = context.new_page()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready=dashboard]", timeout=60_000)
            out.append(page.evaluate("performance.now()") / 1000)
            context.close()
        browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--clients", type=int, nargs="+", default=[1, 4, 8, 16])
    ap.add_argument("--paths", type=int, default=2000, help="distinct requests in the mix")
    ap.add_argument("--seconds", type=int, default=20, help="length of each load run")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="server processes")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-api-bench-") as tmp:
        db = str(Path(tmp) / "sitrep.db")
        t0 = time.perf_counter()
        real, total = build_store(db, args.incidents)
        size = Path(db).stat().st_size / 1e6
        print(f"store: {total:,} incidents ({real:,} real, the rest recombined), {size:,.0f} MB, "
              f"built in {time.perf_counter() - t0:.0f} s")
        paths = None
        for workers in args.workers:
            with served(db, workers=workers) as base:
                if workers == args.workers[0]:
                    loads = first_load(base)
                    print(f"dashboard first load to a rendered map ({total:,} incidents on it), each in a new browser "
                          f"context (empty cache): the first after the server started {loads[0]:.2f} s (nothing kept); "
                          f"the next {len(loads) - 1}: median {statistics.median(loads[1:]):.2f} s, "
                          f"worst {max(loads[1:]):.2f} s")
                paths = paths or request_mix(base, args.paths)
                print(f"GET /api/incidents, filtered and paginated (50 a page), {len(paths):,} distinct requests "
                      f"drawn at random, {workers} server process{'es' if workers > 1 else ''}, {args.seconds} s a run:")
                for clients in args.clients:
                    f = load(base, paths, clients, args.seconds)
                    print(f"  {clients:>3} concurrent clients: {f['rate']:,.0f} requests/s; median {f['p50']:.1f} ms, "
                          f"p90 {f['p90']:.1f} ms, p99 {f['p99']:.1f} ms" + (f"; {f['errors']} errors" if f["errors"] else ""))


if __name__ == "__main__":
    main()
