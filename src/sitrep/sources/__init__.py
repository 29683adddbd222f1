"""Sources stage: files in, `Article`s out — or a one-line `ReadError` naming the file and line.

Readers never raise on bad input: a binary file, an empty one, broken UTF-8 or a broken JSON
line becomes a `ReadError` and the batch goes on. Article text is data: nothing here evaluates
or renders it.

Archives are streamed, never read whole: JSON Lines (gzipped or not) a line at a time, WARC files
(Common Crawl News) a record at a time, so a 2 GB input needs no more memory than its longest
article. A `Meter` passed in counts the input bytes consumed, for a progress bar's ETA.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from sitrep.lexicon import Lexicon
from sitrep.model import Article

SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")  # each also read gzipped (".jsonl.gz")
WARC = (".warc", ".warc.gz")
MAX_FILE_BYTES = 64 * 1024 * 1024  # a single .txt/.html/.json article file (decompressed); .jsonl is streamed
MAX_LINE_BYTES = 16 * 1024 * 1024
MAX_ID_CHARS = 300  # what the store's article id column holds
_BROKEN_STREAM = (OSError, EOFError, zlib.error)  # a truncated or corrupt gzip stream, a failing disk


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
    """Why one file (or one line of it) gave no article."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Item = Article | ReadError


def kind(path: Path) -> tuple[str | None, bool]:
    """How a file is read, by its name: (".jsonl", gzipped?), (".warc", …), or (None, …) if not at all."""
    name = path.name.lower()
    if name.endswith(WARC):
        return ".warc", name.endswith(".gz")
    gzipped = name.endswith(".gz")
    suffix = Path(name[:-3] if gzipped else name).suffix
    return (suffix if suffix in SUFFIXES else None), gzipped


def _stem(path: Path) -> str:
    """The name without its suffixes (`archive.jsonl.gz` → `archive`): what names id-less articles."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files to read: each path as given, a glob pattern ('archive/*.jsonl.gz', quoted so that the
    shell leaves it) as its matches, directories recursively; always in a stable (sorted) order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if kind(child)[0]:
                    yield child
        elif path.exists():
            yield path
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            files = [m for m in matches if m.is_file() and kind(m)[0]]
            yield from files or [ReadError(str(raw), "no readable files match this pattern")]
        else:
            yield ReadError(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | Path], lexicon: Lexicon | None = None,
               meter: Meter | None = None) -> Iterator[Item]:
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
    try:
        size = path.stat().st_size
    except OSError as e:
        yield ReadError(name, f"cannot read: {e.strerror}")
        return
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
                yield from _read_warc(counted, path, lexicon)
            else:
                yield from _jsonl_lines(_lines(gzip.GzipFile(fileobj=counted) if gzipped else counted), path, lexicon)
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


def read_bytes(data: bytes, path: Path, lexicon: Lexicon) -> Iterator[Item]:
    """Articles in `data`, read as the file `path` would be (its suffix says how; its stem names
    articles that carry no id): what a server does with an uploaded file."""
    name = str(path)
    suffix, gzipped = kind(path)
    if suffix is None:
        yield _unsupported(path)
        return
    if suffix == ".warc":
        yield from _read_warc(io.BytesIO(data), path, lexicon)
        return
    if suffix == ".jsonl":
        yield from _jsonl_lines(_lines(gzip.GzipFile(fileobj=io.BytesIO(data)) if gzipped else io.BytesIO(data)),
                                path, lexicon)
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
        yield from _read_json(text, path, lexicon)
    else:
        yield _from_html(text, path, lexicon)


def _unsupported(path: Path) -> ReadError:
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


def _from_txt(text: str, path: Path, lexicon: Lexicon) -> Article | ReadError:
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
    return Article(id=_stem(path), text=body, title=title, published=published,
                   outlet=_outlet_in_text(body, lexicon), source_file=str(path))


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

def _jsonl_lines(lines: Iterable[bytes | None], path: Path, lexicon: Lexicon) -> Iterator[Item]:
    name = str(path)
    read_any = False  # an article, or a line reported as bad
    for lineno, raw in enumerate(lines, start=1):
        if isinstance(raw, _Broken):
            yield ReadError(name, f"stopped reading: {raw.message}", lineno)
            return
        if raw is None:
            read_any = True
            yield ReadError(name, f"line longer than {MAX_LINE_BYTES // 2**20} MB", lineno)
            continue
        if not raw.strip():
            continue
        read_any = True
        text = _decode(raw, name, lineno)
        if isinstance(text, ReadError):
            yield text
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as e:
            yield ReadError(name, f"invalid JSON: {e.msg} (column {e.colno})", lineno)
            continue
        except RecursionError:
            yield ReadError(name, "invalid JSON: nested too deeply", lineno)
            continue
        yield _from_record(record, path, lineno, lexicon)
    if not read_any:
        yield ReadError(name, "no JSON records in file")


@dataclass(frozen=True, slots=True)
class _Broken:
    message: str


def _lines(fh) -> Iterator[bytes | None | _Broken]:
    """Lines of a binary file, never holding more than one line (capped) in memory; None for a
    line over the cap; a `_Broken` last if the stream breaks (a truncated gzip file)."""
    try:
        while True:
            line = fh.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while True:  # skip the rest of an over-long line
                    more = fh.readline(MAX_LINE_BYTES)
                    if not more or more.endswith(b"\n"):
                        break
                yield None
                continue
            yield line
    except _BROKEN_STREAM as e:
        yield _Broken(_stream_error(e))


def _read_json(text: str, path: Path, lexicon: Lexicon) -> Iterator[Item]:
    """A .json file: one article object, a list of them, or (as the issue allows) JSON lines."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield ReadError(str(path), "invalid JSON: nested too deeply")
        return
    except json.JSONDecodeError:
        lines = text.splitlines()
        if len(lines) > 1:
            for lineno, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    yield _from_record(json.loads(line), path, lineno, lexicon)
                except (json.JSONDecodeError, RecursionError) as e:
                    yield ReadError(str(path), f"invalid JSON: {getattr(e, 'msg', 'nested too deeply')}", lineno)
            return
        yield ReadError(str(path), "invalid JSON")
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield ReadError(str(path), "no JSON records in file (an empty list)")
    for i, record in enumerate(records, start=1):
        yield _from_record(record, path, i if len(records) > 1 else None, lexicon)


_TEXT_FIELDS = ("text", "description", "content", "body")
_DATE_FIELDS = ("date", "published", "published_time", "published_at", "pubDate")


def _from_record(record: object, path: Path, lineno: int | None, lexicon: Lexicon) -> Item:
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
    return Article(id=article_id, text=text, title=title, published=published, url=url,
                   outlet=_outlet(record, url, lexicon), source_file=name)


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


def _page_id(url: str, prefix: str) -> str:
    """A web page's article id: its URL, or `prefix` and a digest of a URL too long for the store."""
    return url if len(url) <= MAX_ID_CHARS else prefix + _digest(url)


def _read_warc(fh, path: Path, lexicon: Lexicon) -> Iterator[Item]:
    """The HTML pages in a WARC file (gzipped or not), one article per successful response,
    named by its URL. Other records (requests, metadata, redirects, images) are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name, n, pages = str(path), 0, 0
    try:
        for record in ArchiveIterator(fh):
            n += 1
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers if record.rec_type == "response" else record.rec_headers
            if headers is None or "html" not in (headers.get_header("Content-Type") or "").lower():
                continue
            if record.rec_type == "response" and not (headers.get_statuscode() or "").startswith("2"):
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            data = record.content_stream().read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                yield ReadError(name, f"record {n} ({url[:200]}): page larger than {MAX_FILE_BYTES / 1e6:.0f} MB")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside this record
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
    if not pages:
        yield ReadError(name, f"no HTML pages in {n} WARC records")


def _from_html(html: str, path: Path, lexicon: Lexicon, article_id: str | None = None, url: str | None = None,
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
    return Article(id=article_id or _stem(path), text=text, title=doc.get("title"),
                   published=_parse_date(doc.get("date")) or fetched, url=url,
                   outlet=outlet.name if outlet else doc.get("sitename"), source_file=str(path))
