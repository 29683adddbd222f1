"""RSS/Atom feeds and the pages they link to: fetched over HTTP, parsed, turned into `Article`s.

Fetching is conditional (ETag / Last-Modified), bounded (a timeout per request, a size cap per
body, a deadline on the whole transfer, so a server that trickles bytes cannot hold a round)
and never raises on a bad server or a bad link: every failure comes back as a one-line reason.
feedparser parses bytes already fetched here; it never fetches anything itself.

A feed is somebody else's data, and so are its links. Redirects are followed only to http(s),
and every connection (a feed, an item's link, a redirect target) is refused when the address
its host resolves to is loopback, link-local, private, unspecified, multicast or reserved, unless
the operator allows private addresses (a test server, a feed on the local network). The check is
made on the address actually connected to, so a name that resolves differently the second time
cannot slip past it. User names and passwords in URLs are never stored or logged.
"""

from __future__ import annotations

import calendar
import datetime as dt
import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from pathlib import PurePath

import httpcore
import httpx

from sitrep.lexicon import Lexicon
from sitrep.model import Article, storable
from sitrep.sources import ReadError, _article, _from_html, _page_id, _page_text, public_url, telegram

MAX_FEED_BYTES = 10 * 1024 * 1024
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
MAX_URL_CHARS = 2000  # what the store's feed and item columns hold


@dataclass
class FeedState:
    """What is kept about a feed between rounds (and between runs, in the store)."""

    url: str  # without credentials: the feed's key in the store
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_fetch: dt.datetime | None = None  # UTC; after failures, not before this
    last_status: str | None = None


@dataclass
class Item:
    key: str  # the item's guid, else its link: what "seen before" means (storable, without credentials)
    link: str | None
    title: str | None
    published: dt.date | None
    post: dict | None = None  # a Telegram post read from a channel's page: the article is here, no page to fetch


@dataclass
class Fetched:
    """One fetch of a feed: its items, "not modified", or the reason it failed."""

    status: str  # "ok" | "not modified" | "error"
    message: str = ""
    items: list[Item] = field(default_factory=list)
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


class _TooBig(Exception):
    pass


class _Refused(Exception):
    pass


def _public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a request must not go to this address (None: it may)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for what, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("unspecified", ip.is_unspecified), ("multicast", ip.is_multicast),
                       ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if test:
            return f"{ip} is {'an' if what[0] in 'aeiou' else 'a'} {what} address"
    return None


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses a feed reader may reach: the host is resolved here and the
    connection made to the address that was checked."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        if self.allow_private:
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror or e}") from None
        why = None
        for *_, address in found:
            ip = ipaddress.ip_address(address[0].split("%")[0])
            why = _public_address(ip)
            if why is None:
                return super().connect_tcp(str(ip), port, timeout, local_address, socket_options)
        raise httpcore.ConnectError(f"refused: {why} (sitrep watch --allow-private reaches it)")


class Fetcher:
    """A feed reader's way onto the web: GET with a cap on the body, a deadline on the whole
    transfer, and redirects followed here (at most `MAX_REDIRECTS`, each to http(s)), never by
    httpx, whose own redirect handling raises on a Location it cannot parse (a data: URL) before
    it can be refused. Connections reach public addresses only, unless `allow_private`."""

    def __init__(self, timeout: float, allow_private: bool = False):
        self.timeout = timeout
        self.transport = httpx.HTTPTransport(retries=0)
        # httpx takes no network backend of its own; its pool does (httpcore's public parameter)
        self.transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                                       network_backend=_GuardedBackend(allow_private))
        self.client = httpx.Client(timeout=timeout, transport=self.transport,
                                   headers={"User-Agent": "sitrep (+https://github.com/sitrep) feed reader"})

    def get(self, url: str, headers: dict[str, str], limit: int) -> tuple[httpx.Response, bytes]:
        deadline = time.monotonic() + self.timeout * 3
        for _ in range(MAX_REDIRECTS + 1):
            request = self.client.build_request("GET", url, headers=headers)
            response = self.transport.handle_request(request)
            response.request = request
            try:
                if response.is_redirect and "location" in response.headers:
                    location = response.headers["location"]
                    scheme = _SCHEME.match(location)
                    if scheme and scheme.group(1).lower() not in ("http", "https"):
                        raise _Refused(f"refused: a redirect off the web, to {public_url(location)[:100]}")
                    url = str(request.url.join(location))
                    continue
                body = bytearray()
                for part in response.iter_bytes():
                    body += part
                    if len(body) > limit:
                        raise _TooBig(f"larger than {limit // 2**20} MB")
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout(f"transfer took longer than {self.timeout * 3:g} s")
                return response, bytes(body)
            finally:
                response.close()
        raise _Refused(f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        self.client.close()


def _failure(e: Exception) -> str:
    """A failed request in a few words (never a URL's password)."""
    if isinstance(e, httpx.TimeoutException):
        return f"timed out ({type(e).__name__})"
    if isinstance(e, httpx.RemoteProtocolError):
        return f"connection broke off mid-response ({public_url(str(e))[:120]})"
    if isinstance(e, (httpx.HTTPError, httpx.InvalidURL)):
        return f"{type(e).__name__}: {public_url(str(e))[:160]}"
    return public_url(str(e))[:200] or type(e).__name__


def fetch_feed(web: Fetcher, url: str, state: FeedState) -> Fetched:
    """Fetch and parse the feed at `url` (conditionally, from `state`); never raises."""
    try:
        return _fetch_feed(web, url, state)
    except Exception as e:  # noqa: BLE001 — anything one feed does is that feed's failure
        return Fetched("error", _failure(e))


def _fetch_feed(web: Fetcher, url: str, state: FeedState) -> Fetched:
    import feedparser

    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    response, body = web.get(url, headers, MAX_FEED_BYTES)
    if response.status_code == 304:
        return Fetched("not modified", "304 not modified", etag=state.etag, last_modified=state.last_modified)
    if response.status_code >= 400:
        return Fetched("error", f"HTTP {response.status_code}")
    page = _page_text(body, response.headers.get("Content-Type", ""))
    if telegram.is_preview(page):  # a channel's web preview (t.me/s/CHANNEL): its posts are the items
        posts = telegram.preview_posts(page)
        items = [Item(key=p["url"], link=p["url"], title=None, published=p["posted"].date() if p["posted"] else None,
                      post=p) for p in posts]
        return Fetched("ok", f"HTTP {response.status_code}", items, posts[0]["channel"] if posts else None,
                       response.headers.get("ETag"), response.headers.get("Last-Modified"))
    parsed = feedparser.parse(body)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        key = entry.get("id") or link
        if not key:
            continue
        items.append(Item(key=storable(public_url(str(key)))[:MAX_URL_CHARS], link=link, title=entry.get("title"),
                          published=_entry_date(entry)))
    if parsed.bozo and not items:
        reason = str(getattr(parsed, "bozo_exception", "")) or "not a feed"
        return Fetched("error", f"not a readable feed ({reason.splitlines()[0][:160]})")
    message = f"HTTP {response.status_code}" + (" (malformed XML; read what parsed)" if parsed.bozo else "")
    title = parsed.feed.get("title")
    return Fetched("ok", message, items, title if isinstance(title, str) else None,
                   response.headers.get("ETag"), response.headers.get("Last-Modified"))


def _entry_date(entry) -> dt.date | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = entry.get(name)
        if parsed:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).date()
            except (OverflowError, ValueError, TypeError, OSError):  # a date feedparser half understood
                return None
    return None


def fetch_page(web: Fetcher, item: Item, lexicon: Lexicon, feed_title: str | None = None) -> Article | ReadError:
    """The article an item links to, from its page's main text; never raises."""
    name = public_url(item.link or item.key)
    try:
        return _fetch_page(web, item, lexicon, feed_title, name)
    except Exception as e:  # noqa: BLE001 — anything one item does is that item's failure
        return ReadError(name, _failure(e))


def _fetch_page(web: Fetcher, item: Item, lexicon: Lexicon, feed_title: str | None, name: str) -> Article | ReadError:
    if item.post is not None:
        return telegram.article(item.post, lexicon)
    if not item.link or not item.link.lower().startswith(("http://", "https://")):
        return ReadError(name, "item has no http(s) link")
    response, body = web.get(item.link, {}, MAX_PAGE_BYTES)
    if response.status_code >= 400:
        return ReadError(name, f"HTTP {response.status_code}")
    content_type = response.headers.get("Content-Type", "")
    if content_type and "html" not in content_type.lower():
        return ReadError(name, f"not an HTML page ({content_type[:80]})")
    url = public_url(str(response.url))
    article = _from_html(_page_text(body, content_type), PurePath(name), lexicon,
                         article_id=_page_id(item.link, "url:"), url=url, fetched=item.published)
    if isinstance(article, ReadError):
        return ReadError(name, article.message)
    known = lexicon.outlet(feed_title) if feed_title else None
    fields = article.model_dump()
    fields.update(published=item.published or article.published, outlet=article.outlet or (known.name if known else feed_title),
                  title=item.title if isinstance(item.title, str) else article.title, source_file=url)
    return _article(name, None, **fields)  # validated again: a feed's title is as untrusted as the page
