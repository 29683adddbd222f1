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


def _rss(items: list[tuple[str, str, str]], base: str) -> bytes:
    """RSS 2.0 with (guid, path, title) items, dated 13 Nov 2023."""
    import datetime as dt

    when = format_datetime(dt.datetime(2023, 11, 13, 9, 0, tzinfo=dt.timezone.utc))
    entries = "".join(f"<item><title>{html.escape(t)}</title><link>{base}{p}</link><guid>{g}</guid>"
                      f"<pubDate>{when}</pubDate></item>" for g, p, t in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Desk</title>'
            f"<link>{base}/</link>{entries}</channel></rss>").encode()


class _Site:
    """What the server serves, and every request it got (path, If-None-Match)."""

    def __init__(self):
        self.requests: list[tuple[str, str | None]] = []
        self.base = ""

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@contextmanager
def _serving():
    site = _Site()
    pages = {"/a.html": _page(SEEDS[2]), "/b.html": _page(SEEDS[3]), "/c.html": _page(SEEDS[0])}

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
                elif path == "/huge.xml":
                    self._send(200, _rss([("huge", "/huge.html", "A page longer than any article")], site.base),
                               "application/rss+xml")
                elif path == "/huge.html":  # 1.5 million characters of report: not an article
                    self._send(200, b"<html><body><article><p>" + SEEDS[2].read_bytes() * 500 + b"</p></article></body></html>",
                               "text/html")
                elif path == "/slow.html":
                    time.sleep(2.5)
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
        result = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "3", "--timeout", "1s", "--allow-private")
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
        again = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "1", "--timeout", "1s", "--allow-private")
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
