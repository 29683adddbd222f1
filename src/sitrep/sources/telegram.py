"""Telegram channels: each post an article, with its channel, post id, URL and time.

Two documented formats are read:
- Telegram Desktop's export of a chat, `result.json`: `{"name", "type", "id", "messages": [{"id",
  "type", "date", "date_unixtime", "text", "forwarded_from", ...}]}`, where `text` is a string or a
  list of strings and `{"type": ..., "text": ...}` entities (links, bold runs, hashtags);
- a channel's web preview, `https://t.me/s/CHANNEL`: one `div.tgme_widget_message` with
  `data-post="CHANNEL/N"` per post, its text in `div.tgme_widget_message_text` (`<br>` for line
  breaks) and its time in `<time datetime="...">` (UTC).
A post's day is the UTC day it was posted: what "اليوم" and "أمس" in it are read against.
Posts without text (a photo alone) and service messages are not articles and are passed over.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import TypeGuard

from sitrep.lexicon import Lexicon
from sitrep.model import Article

_SLUG = re.compile(r"[^\w]+")


def is_export(data: object) -> TypeGuard[dict]:
    """Whether a JSON document is a Telegram Desktop export of a chat."""
    return isinstance(data, dict) and isinstance(data.get("messages"), list) and "name" in data


def export_posts(data: dict) -> list[dict]:
    """The posts of an export, each as {id, channel, url, posted, text, forwarded_from}."""
    username = data.get("username") if isinstance(data.get("username"), str) else None
    channel = username or _SLUG.sub("_", str(data.get("name") or "")).strip("_") or f"chat{data.get('id')}"
    out = []
    for m in data["messages"]:
        if not isinstance(m, dict) or m.get("type", "message") != "message" or not isinstance(m.get("id"), int):
            continue
        text = _export_text(m.get("text"))
        if not text.strip():
            continue
        out.append({"id": f"{channel}-{m['id']}", "channel": channel,
                    "url": f"https://t.me/{username}/{m['id']}" if username else None,
                    "posted": _export_time(m), "text": text,
                    "forwarded_from": m.get("forwarded_from") if isinstance(m.get("forwarded_from"), str) else None})
    return out


def _export_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else "" for p in text)
    return ""


def _export_time(m: dict) -> dt.datetime | None:
    """The post's time in UTC: `date_unixtime` when the export has it (`date` is the exporting
    machine's local time)."""
    stamp = m.get("date_unixtime")
    if isinstance(stamp, (str, int)) and str(stamp).isdigit():
        return dt.datetime.fromtimestamp(int(stamp), dt.UTC)
    return _iso(m.get("date"))


def _iso(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.astimezone(dt.UTC) if t.tzinfo else t.replace(tzinfo=dt.UTC)


def is_preview(html: str) -> bool:
    """Whether an HTML page is a channel's web preview (t.me/s/CHANNEL)."""
    return "tgme_widget_message" in html and "data-post=" in html


def preview_posts(html: str) -> list[dict]:
    """The posts of a web-preview page, oldest first, in the shape of `export_posts`."""
    parser = _Preview()
    parser.feed(html)
    parser.close()
    out = []
    for p in parser.posts:
        channel, _, number = p["post"].partition("/")
        text = "".join(p["text"]).strip()
        if not (channel and number.isdigit() and text):
            continue
        out.append({"id": f"{channel}-{number}", "channel": channel, "url": f"https://t.me/{channel}/{number}",
                    "posted": _iso(p["time"]), "text": text, "forwarded_from": p["forwarded"] or None})
    return out


class _Preview(HTMLParser):
    """Collects `data-post`, the text (with `<br>` as line breaks), the time and the forward label of
    each `tgme_widget_message`. Inside the text or the label, elements of the same tag are counted,
    so that each ends where its own element does."""

    _PARTS = {"tgme_widget_message_text": "text", "tgme_widget_message_forwarded_from_name": "forwarded"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[dict] = []
        self._in: tuple[str, str] | None = None  # (part, its tag) while inside the text or the label
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "div" and "tgme_widget_message" in classes and a.get("data-post"):
            self.posts.append({"post": a["data-post"], "text": [], "time": None, "forwarded": ""})
            self._in = None
            return
        if not self.posts:
            return
        if self._in is not None:
            if tag == "br" and self._in[0] == "text":
                self.posts[-1]["text"].append("\n")
            self._depth += tag == self._in[1]
            return
        part = next((self._PARTS[c] for c in classes if c in self._PARTS), None)
        if part is not None:
            self._in, self._depth = (part, tag), 1
        elif tag == "time" and a.get("datetime") and self.posts[-1]["time"] is None:
            self.posts[-1]["time"] = a["datetime"]

    def handle_endtag(self, tag: str) -> None:
        if self._in is not None and tag == self._in[1]:
            self._depth -= 1
            if self._depth == 0:
                self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.posts[-1][self._in[0]] += [data] if self._in[0] == "text" else data.strip()


def article(post: dict, lexicon: Lexicon, source_file: str | None = None) -> Article:
    """A post as an article: the channel is its outlet (by the name the lexicon knows it by), the
    post's UTC day its publication day."""
    posted = post["posted"]
    known = lexicon.outlet(post["channel"])
    return Article(id=post["id"], text=post["text"], published=posted.date() if posted else None, url=post["url"],
                   outlet=known.name if known else post["channel"], source_file=source_file)


__all__ = ["article", "export_posts", "is_export", "is_preview", "preview_posts"]
