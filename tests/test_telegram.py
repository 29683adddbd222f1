"""Telegram channels: a Telegram Desktop export (result.json) and a channel's web preview
(t.me/s/CHANNEL), read into articles and polled by `sitrep watch`.

No real export of a public news channel could be found to share (see ../shared/corpus/
ARABIC_README.md §3), so these tests build files in the two documented formats around real posts
of ../shared/corpus/arabic_telegram_posts.jsonl: their ids, times and texts as the channel
published them."""

from __future__ import annotations

import datetime as dt
import html
import json
import sqlite3
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.model import Article, Mention
from sitrep.sources import ReadError, read_paths
from tests.conftest import SHARED, run_sitrep

POSTS = SHARED / "corpus" / "arabic_telegram_posts.jsonl"
# posts of one channel, oldest first: a soldier killed at Harir; a claimed strike with its date on
# a line of its own; a traffic accident; Tower 22 under missile fire
IDS = ("naya_foriraq-75274", "naya_foriraq-76700", "naya_foriraq-83351", "naya_foriraq-84504")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    if not POSTS.is_file():
        pytest.skip(f"the Arabic posts are not beside the clone ({POSTS} missing)")
    with POSTS.open(encoding="utf-8") as fh:
        found = {d["id"]: d for d in map(json.loads, fh) if d["id"] in IDS}
    return [found[i] for i in IDS]


def _utc(post: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(post["date"]).replace(tzinfo=dt.UTC)


def export(posts: list[dict]) -> dict:
    """Telegram Desktop's result.json for a channel: `date` in the exporting machine's local time
    (here UTC+3), `date_unixtime` in UTC, and a text with a line break as a list of entities."""
    messages: list[dict] = [{"id": 1, "type": "service", "date": "2026-05-01T10:00:00", "action": "create_channel"}]
    for p in posts:
        number = int(p["id"].rsplit("-", 1)[1])
        first, sep, rest = p["text"].partition("\n")
        text = [first + sep, {"type": "bold", "text": rest}] if sep else p["text"]
        messages.append({"id": number, "type": "message",
                         "date": (_utc(p) + dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(_utc(p).timestamp())), "from": "نايا - NAYA", "text": text})
    messages.append({"id": 99999, "type": "message", "date": "2026-08-01T10:00:00", "photo": "photos/1.jpg", "text": ""})
    return {"name": "نايا - NAYA", "type": "public_channel", "id": 1234567890, "messages": messages}


def preview(posts: list[dict]) -> str:
    """A t.me/s/CHANNEL page: one tgme_widget_message per post, line breaks as <br/>."""
    blocks = []
    for p in posts:
        channel, number = p["id"].rsplit("-", 1)
        body = "<br/>".join(html.escape(line) for line in p["text"].split("\n"))
        blocks.append(
            f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
            f'text_not_supported_wrap js-widget_message" data-post="{channel}/{number}" data-view="x">'
            f'<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">'
            f'{body}</div><div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info">'
            f'<span class="tgme_widget_message_views">12.3K</span><a class="tgme_widget_message_date" '
            f'href="https://t.me/{channel}/{number}"><time datetime="{_utc(p).isoformat()}" class="time">'
            f'{_utc(p):%H:%M}</time></a></div></div></div></div></div>')
    return ('<!DOCTYPE html><html><head><title>نايا - NAYA – Telegram</title></head><body>'
            '<div class="tgme_channel_history js-message_history">' + "".join(blocks) + "</div></body></html>")


def test_a_desktop_export_is_one_article_a_post(tmp_path, posts):
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export(posts), ensure_ascii=False), encoding="utf-8")
    found = list(read_paths([path]))
    assert not [x for x in found if isinstance(x, ReadError)]
    assert [a.id for a in found] == [p["id"].replace("naya_foriraq", "نايا_NAYA") for p in posts]
    assert [a.text for a in found] == [p["text"] for p in posts]  # entities joined back into the text
    assert [a.published for a in found] == [_utc(p).date() for p in posts]  # the UTC day, not the local one


def test_a_web_preview_page_is_one_article_a_post_with_its_channel_and_url(tmp_path, posts):
    path = tmp_path / "naya_foriraq.html"
    path.write_text(preview(posts), encoding="utf-8")
    found = list(read_paths([path]))
    assert [a.id for a in found] == list(IDS)
    assert {a.outlet for a in found} == {"NAYA"}  # the channel, known to the lexicon
    assert found[1].url == "https://t.me/naya_foriraq/76700"
    assert [a.text for a in found] == [p["text"] for p in posts]


def test_posts_flow_through_extraction_like_any_article(tmp_path, posts, pipeline):
    path = tmp_path / "naya_foriraq.html"
    path.write_text(preview(posts), encoding="utf-8")
    by_post = {a.id: [r for r in pipeline.extractor.extract(a) if isinstance(r, Mention)]
               for a in read_paths([path]) if isinstance(a, Article)}
    assert [m.location for m in by_post["naya_foriraq-76700"]] == ["Harir Air Base"]
    assert by_post["naya_foriraq-83351"] == []  # the accident
    assert {m.language for ms in by_post.values() for m in ms} == {"ar"}


@contextmanager
def _channel(pages: list[str]):
    """Serves /s/naya_foriraq from 127.0.0.1: the first page, then the next one each request."""
    served = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path != "/s/naya_foriraq":
                self.send_error(404)
                return
            body = pages[min(len(served), len(pages) - 1)].encode()
            served.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/s/naya_foriraq"
    finally:
        server.shutdown()
        server.server_close()


def test_watch_polls_a_channel_page_and_ingests_each_post_once(tmp_path, posts):
    db = tmp_path / "watch.db"
    with _channel([preview(posts[:3]), preview(posts)]) as url:  # a newer post appears on the second poll
        feeds = tmp_path / "channels.txt"
        feeds.write_text(f"{url}\n")
        done = run_sitrep("watch", feeds, "--db", db, "--every", "1s", "--rounds", "3", "--allow-private")
    assert done.returncode == 0, done.stderr
    lines = [line.split("/s/naya_foriraq: ", 1)[1] for line in done.stderr.splitlines() if " round " in line]
    assert lines[0].startswith("HTTP 200, 3 items: 3 new articles, 0 seen before"), lines
    assert lines[1].startswith("HTTP 200, 4 items: 1 new article, 3 seen before"), lines
    assert lines[2].startswith("HTTP 200, 4 items: 0 new articles, 4 seen before"), lines
    with sqlite3.connect(db) as conn:
        assert sorted(r[0] for r in conn.execute("select id from articles")) == sorted(IDS)
