"""`sitrep watch`: poll feeds in rounds, ingest the pages of items not seen before.

Each round fetches every feed once (conditionally, with the ETag / Last-Modified the server
gave last time) and writes one line per feed saying what happened. A feed that fails is retried
after a delay that doubles with each failure in a row (capped), kept in the store so that a
restart does not hammer a broken server. Items are remembered by guid (or link): an item is
ingested once; a page that fails is tried again next round, up to `ATTEMPTS` times.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from dataclasses import dataclass
from typing import Callable, Sequence

import httpx

from sitrep.engine import Pipeline
from sitrep.extract import TimeLimit, TooLong
from sitrep.sources import ReadError
from sitrep.sources.feeds import Fetched, fetch_feed, fetch_page
from sitrep.store import Store

ATTEMPTS = 3  # tries at an item's page before giving up on it
MAX_BACKOFF = dt.timedelta(hours=6)


def read_feed_list(text: str) -> list[str]:
    """Feed URLs, one a line; blank lines and # comments are ignored."""
    urls = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            urls.append(line)
    return urls


@dataclass
class Watch:
    store: Store
    pipeline: Pipeline
    every: float  # seconds between the starts of rounds
    timeout: float = 20.0
    log: Callable[[str], None] = print

    def __post_init__(self) -> None:
        self.client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                   headers={"User-Agent": "sitrep (+https://github.com/sitrep) feed reader"})

    def run(self, feeds: Sequence[str], rounds: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        for n in itertools.count(1):
            started = time.monotonic()
            for url in feeds:
                said = self.poll(url)
                self.log(f"{_utc():%Y-%m-%dT%H:%M:%SZ} round {n} {url}: {said}")
            if rounds is not None and n >= rounds:
                return
            sleep(max(0.0, self.every - (time.monotonic() - started)))

    def poll(self, url: str) -> str:
        """Fetch one feed, ingest its new items; what happened, in a few words."""
        state = self.store.feed_state(url)
        now = _utc()
        if state.next_fetch and now < state.next_fetch:
            return (f"backing off after {state.failures} failure{'s' if state.failures > 1 else ''}; "
                    f"next try at {state.next_fetch:%H:%M:%S}Z")
        fetched: Fetched = fetch_feed(self.client, state, self.timeout)
        if fetched.status == "error":
            state.failures += 1
            delay = min(dt.timedelta(seconds=self.every * 2 ** (state.failures - 1)), MAX_BACKOFF)
            state.next_fetch, state.last_status = now + delay, fetched.message
            self.store.save_feed(state)
            return f"failed: {fetched.message}; failure {state.failures}, next try in {_span(delay)}"
        state.failures, state.next_fetch, state.last_status = 0, None, fetched.message
        if fetched.status == "not modified":
            self.store.save_feed(state)
            return "not modified (304)"
        known = self.store.feed_items(url)
        done: list[tuple[str, str | None, str, int]] = []
        new = repeated = failed = 0
        for item in fetched.items:
            status, attempts = known.get(item.key, (None, 0))
            if status in ("ingested", "gave up") or any(d[0] == item.key for d in done):
                repeated += 1
                continue
            article = fetch_page(self.client, item, self.pipeline.lexicon, self.timeout, fetched.title)
            if isinstance(article, ReadError):
                failed += 1
                attempts += 1
                done.append((item.key, None, "gave up" if attempts >= ATTEMPTS else "failed", attempts))
                self.log(f"{_utc():%Y-%m-%dT%H:%M:%SZ}   item {item.link or item.key}: {article.message}"
                         f"{'; giving up' if attempts >= ATTEMPTS else '; will retry'}")
                continue
            try:
                added, _ = self.pipeline.add(article, self.store)
            except (TooLong, TimeLimit) as e:  # the page is not an article sitrep can read: never retried
                failed += 1
                done.append((item.key, None, "gave up", attempts + 1))
                self.log(f"{_utc():%Y-%m-%dT%H:%M:%SZ}   item {item.link or item.key}: not extracted ({e}); giving up")
                continue
            new += added.status in ("new", "replaced")
            done.append((item.key, article.id, "ingested", attempts + 1))
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        self.store.save_feed(state, done)
        return (f"{fetched.message}, {len(fetched.items)} items: {new} new article{'s' if new != 1 else ''}, "
                f"{repeated} seen before, {failed} page{'s' if failed != 1 else ''} failed")

    def close(self) -> None:
        self.client.close()


def parse_every(text: str) -> float:
    """'90s', '10m', '1h', '1h30m' or plain seconds → seconds."""
    import re

    text = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([hms])", text)
    if not parts or "".join(f"{n}{u}" for n, u in parts) != re.sub(r"\s+", "", text):
        raise ValueError(f"not a duration: {text!r} (examples: 30s, 10m, 1h)")
    return sum(float(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in parts)


def _span(delay: dt.timedelta) -> str:
    seconds = int(delay.total_seconds())
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else (
        f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s")


def _utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


__all__ = ["ATTEMPTS", "Watch", "parse_every", "read_feed_list"]
