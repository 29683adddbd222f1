"""Sources stage: files in, `Article`s out — or a one-line `ReadError` naming the file and line.

Readers never raise on bad input: a binary file, an empty one, broken UTF-8 or a broken JSON
line becomes a `ReadError` and the batch goes on. Article text is data: nothing here evaluates
or renders it.

Archives are streamed, never read whole: JSON Lines (gzipped or not) a line at a time, WARC files
(Common Crawl News) a record at a time, so a 2 GB input needs no more memory than its longest
article. A `Meter` passed in counts the input bytes consumed, for a progress bar's ETA.

The work one input can cause is bounded (`Limits`): decompressed bytes, lines (blank ones
included, skipped at C speed) and, for an upload, articles. Past a bound the reader stops with a
`ReadError` marked `over_limit`, which a server answers with 413.

Nothing is skipped silently: a broken or looping symbolic link, a FIFO or device, a folder that
cannot be read, each is a `ReadError` line.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import gzip
import hashlib
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path, PurePath

from pydantic import ValidationError

from sitrep.lexicon import Lexicon
from sitrep.model import MAX_ID_CHARS, Article, unstorable
from sitrep.sources import telegram

SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")  # each also read gzipped (".jsonl.gz")
WARC = (".warc", ".warc.gz")
MAX_FILE_BYTES = 64 * 1024 * 1024  # a single .txt/.html/.json article file (decompressed); .jsonl is streamed
MAX_LINE_BYTES = 16 * 1024 * 1024
_BLOCK = 1024 * 1024  # JSON Lines are read this many (decompressed) bytes at a time
_BROKEN_STREAM = (OSError, EOFError, zlib.error)  # a truncated or corrupt gzip stream, a failing disk


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on the work one input may cost: decompressed bytes of a compressed stream (a fixed
    amount plus a multiple of its compressed size: gzip cannot exceed about 1,030 times, text
    rarely 20), lines of a JSON Lines file or records of a WARC file, blank lines included, and
    articles (None: no bound)."""

    bytes: int
    ratio: int
    lines: int
    articles: int | None = None

    def decompressed(self, compressed: int) -> int:
        return self.bytes + self.ratio * compressed


ARCHIVE = Limits(bytes=MAX_FILE_BYTES, ratio=200, lines=100_000_000)  # a file on disk: an archive may be large
UPLOAD = Limits(bytes=MAX_FILE_BYTES, ratio=0, lines=1_000_000, articles=1_000)  # one POST /api/articles


class Meter:
    """Input bytes consumed so far (compressed bytes, for a compressed file), across files, and
    how many items (articles and errors) they held: a reader ahead of the work can say how far
    the work is."""

    def __init__(self) -> None:
        self.bytes = 0
        self.items = 0


class _Counted:
    """A binary file whose reads add to a `Meter`."""

    def __init__(self, fh, meter: Meter | None):
        self.fh, self.meter = fh, meter or Meter()

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.meter.bytes += len(data)
        return data

    def readline(self, n: int = -1) -> bytes:
        data = self.fh.readline(n)
        self.meter.bytes += len(data)
        return data


@dataclass(frozen=True, slots=True)
class ReadError:
    """Why one file (or one line of it) gave no article. `over_limit`: the input was cut off at
    one of its `Limits`."""

    path: str
    message: str
    line: int | None = None
    over_limit: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Item = Article | ReadError


def kind(path: PurePath) -> tuple[str | None, bool]:
    """How a file is read, by its name: (".jsonl", gzipped?), (".warc", …), or (None, …) if not at all."""
    name = path.name.lower()
    if name.endswith(WARC):
        return ".warc", name.endswith(".gz")
    gzipped = name.endswith(".gz")
    suffix = Path(name[:-3] if gzipped else name).suffix
    return (suffix if suffix in SUFFIXES else None), gzipped


def _stem(path: PurePath) -> str:
    """The name without its suffixes (`archive.jsonl.gz` → `archive`): what names id-less articles."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files to read: each path as given, a glob pattern ('archive/*.jsonl.gz', quoted so that the
    shell leaves it) as its matches, directories recursively (following symbolic links, never
    round a loop); always in a stable (sorted) order. Whatever cannot be read is a `ReadError`:
    a missing path, a broken or looping link, a FIFO or device, a folder without permission."""
    for raw in paths:
        path = Path(raw)
        found = _stat(path)
        if isinstance(found, ReadError) and _URL.match(str(raw)):
            yield ReadError(str(raw), "a URL: pages and feeds on the web are read by `sitrep watch FEEDS_FILE` "
                                      "(a file of feed, page or t.me/s/ URLs), files and folders here")
        elif isinstance(found, ReadError) and glob.has_magic(str(raw)) and not os.path.lexists(path):
            matches = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            files: list[Path | ReadError] = [m for m in matches if kind(m)[0] and stat.S_ISREG(_mode(m))]
            yield from files or [ReadError(str(raw), "no readable files match this pattern")]
        elif isinstance(found, ReadError):
            yield found
        elif stat.S_ISDIR(found.st_mode):
            yield from (item for _, item in sorted(_walk(path, {(found.st_dev, found.st_ino)}),
                                                   key=lambda pair: pair[0]))
        elif stat.S_ISREG(found.st_mode):
            yield path
        else:
            yield ReadError(str(path), f"not a regular file ({_file_type(found.st_mode)})")


_URL = re.compile(r"(?i)(?:https?|ftp)://")


def _stat(path: Path) -> os.stat_result | ReadError:
    """The file a path names (through symbolic links), or why there is none to read."""
    try:
        return path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return ReadError(str(path), "a symbolic link that loops (it never reaches a file)")
        if e.errno == errno.ENOENT and os.path.islink(path):
            return ReadError(str(path), f"a broken symbolic link (its target {os.readlink(path)!r} is missing)")
        if e.errno == errno.ENOENT:
            return ReadError(str(path), "no such file or directory")
        return ReadError(str(path), f"cannot read: {e.strerror or type(e).__name__}")


def _mode(path: Path) -> int:
    found = _stat(path)
    return 0 if isinstance(found, ReadError) else found.st_mode


def _file_type(mode: int) -> str:
    return ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[str, Path | ReadError]]:
    """(sort key, file or error) under `folder`. Files of other kinds (a README) are passed over;
    what has a reader's suffix and cannot be read, and every folder that cannot, is reported.
    `seen` holds the folders being read, so a link back up the tree is reported, not followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield str(folder), ReadError(str(folder), f"cannot read this folder: {e.strerror or type(e).__name__}")
        return
    for entry in entries:
        path = Path(entry.path)
        found = _stat(path)
        if isinstance(found, ReadError):
            yield str(path), found
        elif stat.S_ISDIR(found.st_mode):
            key = (found.st_dev, found.st_ino)
            if key in seen:
                yield str(path), ReadError(str(path), "a symbolic link back into a folder already being read: "
                                                      "not followed")
                continue
            yield from _walk(path, seen | {key})
        elif not stat.S_ISREG(found.st_mode):
            yield str(path), ReadError(str(path), f"not a regular file ({_file_type(found.st_mode)}): skipped")
        elif kind(path)[0]:
            yield str(path), path


def read_paths(paths: Iterable[str | Path], lexicon: Lexicon | None = None,
               meter: Meter | None = None) -> Iterator[Item]:
    """Every article in `paths` (see `expand`), and a `ReadError` for whatever gave none."""
    lex = lexicon or Lexicon.load()
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        for read in read_file(item, lex, meter):
            if meter is not None:
                meter.items += 1
            yield read


def read_file(path: Path, lexicon: Lexicon, meter: Meter | None = None) -> Iterator[Item]:
    suffix, gzipped = kind(path)
    name = str(path)
    if suffix is None:
        yield _unsupported(path)
        return
    found = _stat(path)
    if isinstance(found, ReadError):
        yield found
        return
    if not stat.S_ISREG(found.st_mode):  # opening a FIFO would wait for a writer forever
        yield ReadError(name, f"not a regular file ({_file_type(found.st_mode)})")
        return
    size = found.st_size
    if size == 0:
        yield ReadError(name, "empty file")
        return
    if suffix in (".jsonl", ".warc"):
        try:
            fh = open(path, "rb")
        except OSError as e:
            yield ReadError(name, f"cannot read: {e.strerror}")
            return
        with fh:
            counted = _Counted(fh, meter)
            if suffix == ".warc":
                yield from _read_warc(counted, path, lexicon, ARCHIVE)
            else:
                # GzipFile's type asks for a `seek`, which `_Counted` lacks: it is called to seek back, never to read
                stream = gzip.GzipFile(fileobj=counted) if gzipped else counted  # type: ignore[call-overload]
                yield from _jsonl_lines(_lines(stream, ARCHIVE, size if gzipped else None), path, lexicon)
        return
    if size > MAX_FILE_BYTES:
        yield ReadError(name, f"file is {size / 1e6:.0f} MB; the limit for one article file is "
                              f"{MAX_FILE_BYTES / 1e6:.0f} MB (use .jsonl for many articles)")
        return
    try:
        data = path.read_bytes()  # as stored: `read_bytes` decompresses a gzipped one, with its cap
    except OSError as e:
        yield ReadError(name, f"cannot read: {e.strerror}")
        return
    finally:
        if meter is not None:
            meter.bytes += size
    yield from read_bytes(data, path, lexicon)


def _stream_error(e: BaseException) -> str:
    if isinstance(e, EOFError):
        return "the compressed stream ends early (truncated file)"
    if isinstance(e, (gzip.BadGzipFile, zlib.error)):
        return f"broken gzip data ({e})"
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


def read_bytes(data: bytes, path: PurePath, lexicon: Lexicon, limits: Limits = ARCHIVE) -> Iterator[Item]:
    """Articles in `data`, read as the file `path` would be (its suffix says how; its stem names
    articles that carry no id): what a server does with an uploaded file, within `limits`."""
    for count, item in enumerate(_read_bytes(data, path, lexicon, limits), start=1):
        if limits.articles is not None and count > limits.articles:
            yield ReadError(str(path), f"more than {limits.articles:,} articles (send them in parts)", over_limit=True)
            return
        yield item


def _read_bytes(data: bytes, path: PurePath, lexicon: Lexicon, limits: Limits) -> Iterator[Item]:
    name = str(path)
    suffix, gzipped = kind(path)
    if suffix is None:
        yield _unsupported(path)
        return
    if suffix == ".warc":
        yield from _read_warc(io.BytesIO(data), path, lexicon, limits)
        return
    if suffix == ".jsonl":
        stream = gzip.GzipFile(fileobj=io.BytesIO(data)) if gzipped else io.BytesIO(data)
        yield from _jsonl_lines(_lines(stream, limits, len(data) if gzipped else None), path, lexicon)
        return
    if gzipped:
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(MAX_FILE_BYTES + 1)
        except _BROKEN_STREAM as e:
            yield ReadError(name, f"cannot read: {_stream_error(e)}")
            return
        if len(data) > MAX_FILE_BYTES:
            yield ReadError(name, f"decompresses to more than {MAX_FILE_BYTES / 1e6:.0f} MB, the limit for one "
                                  f"article file (use .jsonl.gz for many articles)")
            return
    text = _decode(data, name)
    if isinstance(text, ReadError):
        yield text
        return
    if suffix == ".txt":
        yield _from_txt(text, path, lexicon)
    elif suffix == ".json":
        yield from _read_json(text, path, lexicon, limits)
    elif telegram.is_preview(text):
        yield from _posts(telegram.preview_posts(text), path, lexicon)
    else:
        yield _from_html(text, path, lexicon)


def _posts(posts: list[dict], path: PurePath, lexicon: Lexicon) -> Iterator[Item]:
    """Telegram posts as articles, the channel as its outlet; a file with none says so."""
    if not posts:
        yield ReadError(str(path), "no Telegram post with text in the file")
    for post in posts:
        try:
            yield telegram.article(post, lexicon, str(path))
        except ValidationError as e:
            yield ReadError(str(path), f"post {post['id']}: {e.errors()[0]['msg']}")


def _unsupported(path: PurePath) -> ReadError:
    return ReadError(str(path), f"unsupported file type {path.suffix.lower() or '(none)'!r}; "
                                f"expected one of {', '.join(SUFFIXES + WARC)} (any of them gzipped)")


def _decode(data: bytes, name: str, line: int | None = None) -> str | ReadError:
    if b"\x00" in data[:8192]:
        return ReadError(name, "binary data (NUL bytes), not text", line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return ReadError(name, f"invalid UTF-8 at byte {e.start}", line)
    if not text.strip():
        return ReadError(name, "no text (only whitespace)", line)
    return text


# --- .txt -----------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
_BYLINE = re.compile(r"^\s*By\s+(.+?)\s*$", re.MULTILINE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}\s*\(([^)]{2,40})\)\s*[-\u2013\u2014]", re.MULTILINE)


def _from_txt(text: str, path: PurePath, lexicon: Lexicon) -> Article | ReadError:
    first, sep, rest = text.partition("\n")
    header = _HEADER.match(first)
    published = None
    if header:
        try:
            published = dt.date.fromisoformat(header.group(1))
        except ValueError:
            return ReadError(str(path), f"bad date {header.group(1)!r} in the first line", 1)
        title = header.group(2).strip() or None
        body = rest
    else:
        title = first.strip() or None
        body = text
    if not body.strip():
        return ReadError(str(path), "no article text after the header line")
    return _article(str(path), None, id=_stem(path), text=body, title=title, published=published,
                    outlet=_outlet_in_text(body, lexicon), source_file=str(path))


def _article(name: str, line: int | None, **fields) -> Article | ReadError:
    """The article these fields make, or why they make none (an id no store could keep, say)."""
    try:
        return Article(**fields)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(map(str, first["loc"]))
        return ReadError(name, f"{where}: {first['msg'].removeprefix('Value error, ')}", line)


def _outlet_in_text(body: str, lexicon: Lexicon) -> str | None:
    """The outlet a plain-text article names for itself: a byline or a dateline."""
    head = body[:600]
    for pattern in (_BYLINE, _DATELINE):
        for m in pattern.finditer(head):
            for part in re.split(r",|\band\b", m.group(1)):
                outlet = lexicon.outlet(part.strip())
                if outlet:
                    return outlet.name
    return None


# --- .jsonl / .json -------------------------------------------------------------------------

def _jsonl_lines(lines: Iterable[tuple[int, bytes | None | _Broken]], path: PurePath,
                 lexicon: Lexicon) -> Iterator[Item]:
    name = str(path)
    read_any = False  # an article, or a line reported as bad
    lineno = 0
    for lineno, raw in lines:
        if isinstance(raw, _Broken):
            yield ReadError(name, f"stopped reading: {raw.message}", lineno, over_limit=raw.over_limit)
            return
        read_any = True
        if raw is None:
            yield ReadError(name, f"line longer than {MAX_LINE_BYTES // 2**20} MB", lineno)
            continue
        text = _decode(raw, name, lineno)
        if isinstance(text, ReadError):
            yield text
            continue
        record, invalid = _json(text)
        if invalid:
            yield ReadError(name, invalid, lineno)
            continue
        yield _from_record(record, path, lineno, lexicon)
    if not read_any:
        yield ReadError(name, "no JSON records in file")


def _json(text: str) -> tuple[object, str | None]:
    """The value `text` holds, or None and why it holds none."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as e:
        return None, f"invalid JSON: {e.msg} (column {e.colno})"
    except RecursionError:
        return None, "invalid JSON: nested too deeply"
    except ValueError as e:  # an integer of more digits than Python converts (4,300)
        return None, f"invalid JSON: {str(e).split(':')[0].lower()}"


@dataclass(frozen=True, slots=True)
class _Broken:
    message: str
    over_limit: bool = False


_BLANK = re.compile(rb"[ \t\r\n\f\v]+")


def _lines(fh, limits: Limits, compressed: int | None = None) -> Iterator[tuple[int, bytes | None | _Broken]]:
    """(line number, line) of the lines of a binary stream that hold something, never more than
    one line (capped) in memory; None for a line over the cap. Blank lines are counted, not
    yielded, and passed over in C (a gzip of newlines costs what decompressing it costs). A
    `_Broken` comes last if the stream breaks (a truncated gzip file) or passes a bound of
    `limits`: its lines, or (`compressed`: the stream's compressed size) its decompressed bytes."""
    most = limits.decompressed(compressed) if compressed is not None else None
    lineno, total, buf, pos = 0, 0, b"", 0
    skipping = False  # inside a line over the cap, holding none of it
    try:
        while True:
            blank = _BLANK.match(buf, pos)
            if blank:
                lineno += buf.count(b"\n", pos, blank.end())
                pos = blank.end()
            if lineno > limits.lines:
                yield limits.lines + 1, _Broken(f"more than {limits.lines:,} lines (blank ones included); split the file",
                                      over_limit=True)
                return
            end = buf.find(b"\n", pos)
            if end >= 0:
                lineno += 1
                yield lineno, (None if end + 1 - pos > MAX_LINE_BYTES else buf[pos:end + 1])
                pos = end + 1
                continue
            rest = buf[pos:]
            if len(rest) > MAX_LINE_BYTES:
                skipping, rest = True, b""
            more = fh.read(_BLOCK)
            total += len(more)
            if most is not None and total > most:
                yield lineno + 1, _Broken(f"decompresses to more than {most / 1e6:,.0f} MB, over {limits.ratio} times "
                                          f"its size (a compression bomb?)", over_limit=True)
                return
            if not more:
                if skipping or rest:
                    yield lineno + 1, (None if skipping else rest)
                return
            if skipping:
                cut = more.find(b"\n")
                if cut < 0:
                    buf, pos = b"", 0
                    continue
                lineno += 1
                yield lineno, None
                skipping, buf, pos = False, more, cut + 1
                continue
            buf, pos = rest + more, 0
    except _BROKEN_STREAM as e:
        yield lineno + 1, _Broken(_stream_error(e))


def _read_json(text: str, path: PurePath, lexicon: Lexicon, limits: Limits = ARCHIVE) -> Iterator[Item]:
    """A .json file: one article object, a list of them, or (as the issue allows) JSON lines."""
    data, invalid = _json(text)
    if invalid:
        if "\n" in text.strip():
            yield from _jsonl_lines(_lines(io.BytesIO(text.encode("utf-8", "surrogatepass")), limits), path, lexicon)
        else:
            yield ReadError(str(path), invalid)
        return
    if telegram.is_export(data):
        yield from _posts(telegram.export_posts(data), path, lexicon)
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield ReadError(str(path), "no JSON records in file (an empty list)")
    for i, record in enumerate(records, start=1):
        yield _from_record(record, path, i if len(records) > 1 else None, lexicon)


_TEXT_FIELDS = ("text", "description", "content", "body")
_DATE_FIELDS = ("date", "published", "published_time", "published_at", "pubDate")
_READ_FIELDS = {"id", *_TEXT_FIELDS, "title", "url", "page_url", "outlet", "domain"}


def _from_record(record: object, path: PurePath, lineno: int | None, lexicon: Lexicon) -> Item:
    name = str(path)
    if not isinstance(record, dict):
        return ReadError(name, f"expected a JSON object, got {type(record).__name__}", lineno)
    text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if text is None:
        return ReadError(name, "record has no text (fields tried: " + ", ".join(_TEXT_FIELDS) + ")", lineno)
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else f"{_stem(path)}:{lineno or 1}"
    if len(article_id) > MAX_ID_CHARS:
        return ReadError(name, f"id longer than {MAX_ID_CHARS} characters", lineno)
    for field, value in record.items():  # JSON can escape what is not text: a NUL, half a surrogate pair
        found = unstorable(value) if isinstance(value, str) and field in _READ_FIELDS else None
        if found:
            return ReadError(name, f"{field!r} holds {found}: not text any store keeps", lineno)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    published = None
    for f in _DATE_FIELDS:
        published = _parse_date(record.get(f))
        if published:
            break
    url = record.get("url")
    if not isinstance(url, str):
        urls = record.get("source_urls")
        url = urls[0] if isinstance(urls, list) and urls and isinstance(urls[0], str) else None
    url = url or (record.get("page_url") if isinstance(record.get("page_url"), str) else None)
    return _article(name, lineno, id=article_id, text=_without_markup(text), title=title, published=published,
                    url=url, outlet=_outlet(record, url, lexicon), source_file=name)


# A record's text scraped with its page's markup ("<p>Baghdad: A drone attack ...</p><p>All gas supplies
# ..."): paragraphs and line breaks become blank lines, other tags go, entities are read. Two tags at
# least: a text that only mentions "<10" or "<b>" once is text.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|figure|figcaption)\b[^<>]{0,300}>",
                        re.I)
_INLINE_TAG = re.compile(r"</?(?:a|b|i|em|strong|span|font|u|sup|sub|small|img|time|cite)\b[^<>]{0,500}>", re.I)


def _without_markup(text: str) -> str:
    if "<" not in text:
        return text  # most records: no tag to count
    if len(_BLOCK_TAG.findall(text, 0, 20_000)) + len(_INLINE_TAG.findall(text, 0, 20_000)) < 2:
        return text
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n\n", text))
    return re.sub(r"\n{3,}", "\n\n", unescape(text))


def _outlet(record: dict, url: str | None, lexicon: Lexicon) -> str | None:
    given = record.get("outlet")
    if isinstance(given, str) and given.strip():
        known = lexicon.outlet(given)
        return known.name if known else given.strip()
    known = lexicon.outlet(url=url) if url else None
    if known:
        return known.name
    domain = record.get("domain")
    if isinstance(domain, str) and "." in domain:  # a host name, not a label such as "in_domain"
        known = lexicon.outlet(url="https://" + domain)
        return known.name if known else domain
    return None


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- .html ----------------------------------------------------------------------------------

def _page_text(data: bytes, content_type: str | None) -> str:
    """A web page's bytes (archived or fetched) as text, in the charset its Content-Type declares,
    else UTF-8; bytes that do not decode are replaced, as a browser would show them."""
    charset = re.search(r"charset=[\"']?([\w-]+)", content_type or "")
    try:
        return data.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", errors="replace")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:40]


_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@")


def public_url(url: str) -> str:
    """The URL without the user name and password it may carry (`https://user:secret@host/` →
    `https://host/`): what may be stored, shown or logged. Works on URLs too broken to parse."""
    return _USERINFO.sub(r"\1", url)


def _page_id(url: str, prefix: str) -> str:
    """A web page's article id: its URL (never its credentials), or `prefix` and a digest of a URL
    too long for the store."""
    url = public_url(url)
    return url if len(url) <= MAX_ID_CHARS else prefix + _digest(url)


def _read_warc(fh, path: PurePath, lexicon: Lexicon, limits: Limits = ARCHIVE) -> Iterator[Item]:
    """The HTML pages in a WARC file (gzipped or not), one article per successful response,
    named by its URL. Other records (requests, metadata, redirects, images) are passed over."""
    from warcio.exceptions import ArchiveLoadFailed

    name, n, pages = str(path), 0, 0
    records, last = _records(fh), None
    try:
        for record in records:
            if _cut(last):  # warcio has read the record before to its end
                yield ReadError(name, f"record {n}: the file ends inside this record (truncated)")
                return
            last = record
            n += 1
            if n > limits.lines:
                yield ReadError(name, f"more than {limits.lines:,} WARC records; split the file", over_limit=True)
                return
            if record.rec_headers.get_header("Content-Length") is None:  # a header block cut short
                yield ReadError(name, f"record {n}: the file ends inside this record's header (truncated)")
                return
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers if record.rec_type == "response" else record.rec_headers
            if headers is None or "html" not in (headers.get_header("Content-Type") or "").lower():
                continue
            if record.rec_type == "response" and not (headers.get_statuscode() or "").startswith("2"):
                continue
            pages += 1
            url = public_url(record.rec_headers.get_header("WARC-Target-URI") or "")
            data = record.content_stream().read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                yield ReadError(name, f"record {n} ({url[:200]}): page larger than {MAX_FILE_BYTES / 1e6:.0f} MB")
                continue
            if _cut(record):
                yield ReadError(name, f"record {n} ({url[:200]}): the file ends inside this record (truncated)")
                return
            html = _page_text(data, headers.get_header("Content-Type"))
            article_id = _page_id(url, "warc:") if url else "warc:" + _digest(f"{name}#{n}")
            item = _from_html(html, path, lexicon, article_id=article_id, url=url or None,
                              fetched=_parse_date(record.rec_headers.get_header("WARC-Date")))
            if isinstance(item, ReadError):
                item = ReadError(name, f"record {n} ({url[:200]}): {item.message}")
            yield item
    except ArchiveLoadFailed as e:
        yield ReadError(name, f"not a readable WARC file after {n} records ({(str(e).splitlines() or [''])[0][:200]})")
        return
    except _BROKEN_STREAM as e:
        yield ReadError(name, f"stopped reading after record {n}: {_stream_error(e)}")
        return
    except Exception as e:  # noqa: BLE001 — warcio trips over some malformed records (AttributeError, ValueError)
        yield ReadError(name, f"stopped reading after record {n}: malformed WARC record ({type(e).__name__})")
        return
    if records.cut_short or _cut(last):
        yield ReadError(name, f"the file ends inside the record after record {n} (truncated)")
        return
    if not pages:
        yield ReadError(name, f"no HTML pages in {n} WARC records")


def _cut(record) -> bool:
    """Whether the file ended before this record's content did (once it has been read)."""
    return record is not None and getattr(record.raw_stream, "limit", 0) > 0


def _records(fh):
    """warcio's record iterator, which also tells whether the file ended inside a record's header
    or inside a gzip member (`cut_short`): warcio itself takes either for the end of the file."""
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):
        cut_short = False

        def _next_record(self, next_line):
            try:
                return super()._next_record(next_line)
            except EOFError:
                self.cut_short = bool(next_line)  # a record had begun
                raise

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader is not None else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.cut_short = True
            super().close()

    return Records(fh)


def _from_html(html: str, path: PurePath, lexicon: Lexicon, article_id: str | None = None, url: str | None = None,
               fetched: dt.date | None = None) -> Item:
    import trafilatura  # heavy import, only for HTML

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False)
    except Exception as e:  # the library's own failure on a malformed page: report, don't crash
        return ReadError(str(path), f"could not parse HTML ({type(e).__name__})")
    if extracted is None:
        return ReadError(str(path), "no article text found in HTML")
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = doc.get("text") or ""
    if not text.strip():
        return ReadError(str(path), "no article text found in HTML")
    url = url or doc.get("url")
    outlet = lexicon.outlet(name=doc.get("sitename"), url=url)
    return _article(str(path), None, id=article_id or _stem(path), text=text, title=doc.get("title"),
                    published=_parse_date(doc.get("date")) or fetched, url=url,
                    outlet=outlet.name if outlet else doc.get("sitename"), source_file=str(path))
