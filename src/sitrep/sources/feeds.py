"""RSS/Atom feeds and the pages they link to: fetched over HTTP, parsed, turned into `Article`s.

Fetching is conditional (ETag / Last-Modified), bounded (a timeout per request, a size cap per
body, a deadline on the whole transfer, so a server that trickles bytes cannot hold a round)
and never raises on a bad server: every failure comes back as a one-line reason. feedparser
parses bytes already fetched here; it never fetches anything itself.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import PurePath

import httpx

from sitrep.lexicon import Lexicon
from sitrep.model import Article
from sitrep.sources import ReadError, _from_html, _page_id, _page_text

MAX_FEED_BYTES = 10 * 1024 * 1024
MAX_PAGE_BYTES = 5 * 1024 * 1024


@dataclass
class FeedState:
    """What is kept about a feed between rounds (and between runs, in the store)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_fetch: dt.datetime | None = None  # UTC; after failures, not before this
    last_status: str | None = None


@dataclass
class Item:
    key: str  # the item's guid, else its link: what "seen before" means
    link: str | None
    title: str | None
    published: dt.date | None


@dataclass
class Fetched:
    """One fetch of a feed: its items, "not modified", or the reason it failed."""

    status: str  # "ok" | "not modified" | "error"
    message: str = ""
    items: list[Item] = field(default_factory=list)
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None


class _TooBig(Exception):
    pass


def _get(client: httpx.Client, url: str, headers: dict[str, str], limit: int, timeout: float) -> tuple[httpx.Response, bytes]:
    """GET with a cap on the body and a deadline on the whole transfer."""
    deadline = time.monotonic() + timeout * 3
    with client.stream("GET", url, headers=headers) as response:
        body = bytearray()
        for part in response.iter_bytes():
            body += part
            if len(body) > limit:
                raise _TooBig(f"larger than {limit // 2**20} MB")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout(f"transfer took longer than {timeout * 3:g} s")
        return response, bytes(body)


def _failure(e: Exception) -> str:
    if isinstance(e, httpx.TimeoutException):
        return f"timed out ({type(e).__name__})"
    if isinstance(e, httpx.RemoteProtocolError):
        return f"connection broke off mid-response ({str(e)[:120]})"
    if isinstance(e, httpx.HTTPError):
        return f"{type(e).__name__}: {str(e)[:160]}"
    return str(e)[:200]


def fetch_feed(client: httpx.Client, state: FeedState, timeout: float) -> Fetched:
    import feedparser

    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        response, body = _get(client, state.url, headers, MAX_FEED_BYTES, timeout)
    except (httpx.HTTPError, _TooBig) as e:
        return Fetched("error", _failure(e))
    if response.status_code == 304:
        return Fetched("not modified", "304 not modified", etag=state.etag, last_modified=state.last_modified)
    if response.status_code >= 400:
        return Fetched("error", f"HTTP {response.status_code}")
    parsed = feedparser.parse(body)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        key = entry.get("id") or link
        if not key:
            continue
        items.append(Item(key=str(key)[:2000], link=link, title=entry.get("title"), published=_entry_date(entry)))
    if parsed.bozo and not items:
        reason = str(getattr(parsed, "bozo_exception", "")) or "not a feed"
        return Fetched("error", f"not a readable feed ({reason.splitlines()[0][:160]})")
    message = f"HTTP {response.status_code}" + (" (malformed XML; read what parsed)" if parsed.bozo else "")
    return Fetched("ok", message, items, parsed.feed.get("title"), response.headers.get("ETag"),
                   response.headers.get("Last-Modified"))


def _entry_date(entry) -> dt.date | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = entry.get(name)
        if parsed:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date()
            except (OverflowError, ValueError):
                return None
    return None


def fetch_page(client: httpx.Client, item: Item, lexicon: Lexicon, timeout: float,
               feed_title: str | None = None) -> Article | ReadError:
    """The article an item links to, from its page's main text."""
    name = item.link or item.key
    if not item.link or not item.link.startswith(("http://", "https://")):
        return ReadError(name, "item has no http(s) link")
    try:
        response, body = _get(client, item.link, {}, MAX_PAGE_BYTES, timeout)
    except (httpx.HTTPError, _TooBig) as e:
        return ReadError(name, _failure(e))
    if response.status_code >= 400:
        return ReadError(name, f"HTTP {response.status_code}")
    content_type = response.headers.get("Content-Type", "")
    if content_type and "html" not in content_type.lower():
        return ReadError(name, f"not an HTML page ({content_type[:80]})")
    url = str(response.url)
    article = _from_html(_page_text(body, content_type), PurePath(name), lexicon,
                         article_id=_page_id(item.link, "url:"), url=url, fetched=item.published)
    if isinstance(article, ReadError):
        return ReadError(name, article.message)
    known = lexicon.outlet(feed_title) if feed_title else None
    outlet = article.outlet or (known.name if known else feed_title)
    return article.model_copy(update={"published": item.published or article.published, "outlet": outlet,
                                      "title": item.title or article.title, "source_file": url})
