"""`sitrep watch`: poll feeds in rounds, ingest the pages of items not seen before.

Each round fetches every feed once (conditionally, with the ETag / Last-Modified the server
gave last time) and writes one line per feed saying what happened. A feed that fails is retried
after a delay that doubles with each failure in a row (capped), kept in the store so that a
restart does not hammer a broken server. Items are remembered by guid (or link): an item is
ingested once; a page that fails is tried again next round, up to `ATTEMPTS` times. A Telegram
channel's web preview (https://t.me/s/CHANNEL) is polled the same way: its posts are the items,
each remembered by its post URL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.engine import Pipeline
from sitrep.extract import TimeLimit, TooLong
from sitrep.model import storable
from sitrep.sources import ReadError, public_url
from sitrep.sources.feeds import Fetched, Fetcher, Item, fetch_feed, fetch_page
from sitrep.store import Refused, Store, StoreError, Unavailable

ATTEMPTS = 3  # tries at an item's page before giving up on it
MAX_BACKOFF = dt.timedelta(hours=6)
MAX_ITEMS = 100  # new items taken from one feed in one round; the rest wait for the next


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
    """Polls feeds in rounds. Nothing one feed or one item does stops the others: every failure
    (a bad URL, a refused address, a malformed date, a page the store will not keep) is recorded
    against that feed, with its backoff, or that item, with its attempts."""

    store: Store
    pipeline: Pipeline
    every: float  # seconds between the starts of rounds
    timeout: float = 20.0
    log: Callable[[str], None] = print
    max_items: int = MAX_ITEMS
    allow_private: bool = False  # reach loopback, link-local and private addresses (a test server)

    def __post_init__(self) -> None:
        self.web = Fetcher(self.timeout, self.allow_private)

    def run(self, feeds: Sequence[str], rounds: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        for n in itertools.count(1):
            started = time.monotonic()
            for url in feeds:
                try:
                    said = self.poll(url)
                except StoreError as e:  # the store, not the feed: nothing could be kept this time
                    said = f"not recorded: {e}"
                self.log(f"{_utc():%Y-%m-%dT%H:%M:%SZ} round {n} {public_url(url)}: {said}")
            if rounds is not None and n >= rounds:
                return
            sleep(max(0.0, self.every - (time.monotonic() - started)))

    def poll(self, url: str) -> str:
        """Fetch one feed, ingest its new items; what happened, in a few words."""
        state = self.store.feed_state(public_url(url))
        now = _utc()
        if state.next_fetch and now < state.next_fetch:
            return (f"backing off after {state.failures} failure{'s' if state.failures > 1 else ''}; "
                    f"next try at {state.next_fetch:%H:%M:%S}Z")
        fetched: Fetched = fetch_feed(self.web, url, state)
        if fetched.status == "error":
            state.failures += 1
            delay = min(dt.timedelta(seconds=self.every * 2 ** (state.failures - 1)), MAX_BACKOFF)
            state.next_fetch, state.last_status = now + delay, storable(fetched.message)
            self.store.save_feed(state)
            return f"failed: {fetched.message}; failure {state.failures}, next try in {_span(delay)}"
        state.failures, state.next_fetch, state.last_status = 0, None, fetched.message
        if fetched.status == "not modified":
            self.store.save_feed(state)
            return "not modified (304)"
        known = self.store.feed_items(state.url)
        done: dict[str, tuple[str, str | None, str, int]] = {}
        new = repeated = failed = waiting = 0
        for item in fetched.items:
            status, attempts = known.get(item.key, (None, 0))
            if status in ("ingested", "gave up") or item.key in done:
                repeated += 1
                continue
            if len(done) >= self.max_items:
                waiting += 1
                continue
            outcome, article_id, why = self._take(item, fetched.title)
            attempts += 1
            if outcome == "ingested":
                new += 1
            elif outcome != "unchanged":
                failed += 1
                outcome = "gave up" if outcome == "never" or attempts >= ATTEMPTS else "failed"
                self.log(f"{_utc():%Y-%m-%dT%H:%M:%SZ}   item {public_url(item.link or item.key)}: {why}"
                         f"{'; giving up' if outcome == 'gave up' else '; will retry'}")
            done[item.key] = (item.key, article_id, "ingested" if outcome == "unchanged" else outcome, attempts)
        # the feed's validators are kept only once every item it listed has been taken: a feed
        # that answers 304 next time must not leave waiting items behind
        state.etag, state.last_modified = (fetched.etag, fetched.last_modified) if not waiting else (None, None)
        self.store.save_feed(state, list(done.values()))
        return (f"{fetched.message}, {len(fetched.items)} items: {new} new article{'s' if new != 1 else ''}, "
                f"{repeated} seen before, {failed} page{'s' if failed != 1 else ''} failed"
                + (f", {waiting} left for the next round" if waiting else ""))

    def _take(self, item: Item, feed_title: str | None) -> tuple[str, str | None, str]:
        """Fetch and ingest one item's page: ("ingested" | "unchanged" | "failed" | "never",
        article id, why it failed). "never": the page is not an article sitrep can read."""
        article = fetch_page(self.web, item, self.pipeline.lexicon, feed_title)
        if isinstance(article, ReadError):
            return "failed", None, article.message
        try:
            added, _ = self.pipeline.add(article, self.store)
        except (TooLong, TimeLimit) as e:
            return "never", None, f"not extracted ({e})"
        except Refused as e:
            return "failed", None, str(e)
        except Unavailable:
            raise
        except Exception as e:  # noqa: BLE001 — a bug one page trips is that page's failure, not the watch's
            return "failed", None, f"not extracted: {type(e).__name__} ({str(e)[:160]})"
        return ("ingested" if added.status in ("new", "replaced") else "unchanged"), article.id, ""

    def close(self) -> None:
        self.web.close()


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
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


__all__ = ["ATTEMPTS", "MAX_ITEMS", "Watch", "parse_every", "read_feed_list"]
