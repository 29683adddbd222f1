"""REST API (FastAPI) and the dashboard it serves: `sitrep serve`, or `create_app(db)` in Python.

Read endpoints are public. `POST /api/articles` writes, so it takes a bearer token the operator
sets (`SITREP_TOKEN`); without one configured the server writes nothing. Every error is JSON
(`{"message": …}`), never a stack trace. Article text is data: the API returns it as JSON strings
and the dashboard puts it on the page as text nodes, never as HTML.

Field names are the model's (`sitrep.model`), as in the CLI and the exports.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import gc
import hashlib
import hmac
import html
import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import PurePath
from typing import TYPE_CHECKING, Annotated, Literal, cast
from urllib.parse import urlsplit

from fastapi import FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import Field, TypeAdapter, ValidationError
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from sitrep import export
from sitrep.model import (
    Article,
    ArticleIn,
    Facets,
    Incident,
    IncidentFilter,
    IncidentPage,
    IngestResult,
    MapPoints,
    Mention,
    Problem,
    StoredArticle,
    Tally,
    TallyPoint,
    Timeline,
)
from sitrep.store import CURSOR, Store, StoreError, open_store
from sitrep.web import STATIC

if TYPE_CHECKING:  # for annotations only: the engine is imported on the first POST (see `_ingest`)
    from sitrep.engine import Pipeline

MAX_BODY = 5 * 1024 * 1024  # one POST /api/articles: a file of articles, not an archive
log = logging.getLogger("sitrep.api")

# The body `POST /api/articles` takes, as the readers of `sitrep ingest` read it.
_POSTED = {"application/json": ".json", "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl",
           "text/plain": ".txt", "text/html": ".html"}
_TALLIES = TypeAdapter(list[TallyPoint])
_ARTICLE = TypeAdapter(ArticleIn)
_ARTICLES = TypeAdapter(Annotated[list[ArticleIn], Field(min_length=1)])


def _problem(*codes: int) -> dict:
    return {code: {"model": Problem} for code in codes}


def create_app(db: str | Store, token: str | None = None, tiles: str | None = None,
               max_body: int = MAX_BODY) -> FastAPI:
    """The API and dashboard over the store `db` (a SQLite file, a URL, or an open `Store`).

    `token`: the bearer token `POST /api/articles` requires (None: the server takes no articles).
    `tiles`: an online tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under the map;
    without it the map shows Natural Earth boundaries shipped with sitrep, and needs no network.
    """
    store = db if isinstance(db, Store) else open_store(db)
    writing = threading.Lock()  # one ingest at a time in this process (the store keeps processes in turn)
    pipeline: list[Pipeline] = []  # made on the first POST: loading the gazetteer costs a second and 300 MB
    kept = _Kept(store)

    app = FastAPI(title="sitrep", version=_version(), docs_url=None, redoc_url=None,
                  description="Incidents merged from news reports of armed attacks, each field tied to the "
                              "sentences it came from. Read endpoints are public; `POST /api/articles` takes "
                              "a bearer token.")
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)  # 9 costs 7x the time for 10% less
    app.add_middleware(_Headers)

    # --- errors: JSON with a message, never a trace -----------------------------------------
    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException):
        return JSONResponse({"message": str(exc.detail)}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
        return JSONResponse({"message": "; ".join(parts) or "invalid request"}, 422)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError):
        return JSONResponse({"message": str(exc)}, 422)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        log.exception("%s %s failed", request.method, request.url.path)
        return JSONResponse({"message": "internal error; the server's log has the details"}, 500)

    # --- incidents ------------------------------------------------------------------------
    @app.get("/api/incidents", response_model=IncidentPage, responses=_problem(422), tags=["incidents"])
    def incidents(where: Annotated[IncidentFilter, Query()],
                  limit: Annotated[int, Query(ge=1, le=500)] = 50,
                  cursor: Annotated[str | None, Query(pattern=CURSOR)] = None) -> Response:
        """Incidents, newest first (undated last), `limit` to a page; pass `next_cursor` back as
        `cursor` for the next page."""
        # Serialised here, once: the records are the model's own, validated as they were read.
        return Response(store.page(where, limit, cursor).model_dump_json(), media_type="application/json")

    @app.get("/api/incidents.geojson", responses={200: {"content": {"application/geo+json": {}}}, **_problem(422)},
             response_class=StreamingResponse, tags=["incidents"])
    def incidents_geojson(where: Annotated[IncidentFilter, Query()]):
        """Every located incident the filter selects, as a GeoJSON FeatureCollection (longitude first)."""
        return StreamingResponse(export.chunks(store.incidents(where), "geojson"), media_type="application/geo+json")

    @app.get("/api/incidents.csv", responses={200: {"content": {"text/csv": {}}}, **_problem(422)},
             response_class=StreamingResponse, tags=["incidents"])
    def incidents_csv(where: Annotated[IncidentFilter, Query()]):
        """Every incident the filter selects, in ACLED's columns and order."""
        return StreamingResponse(export.chunks(store.incidents(where), "acled-csv", store.lexicon),
                                 media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="incidents.csv"'})

    @app.get("/api/incidents/{incident_id}", response_model=Incident, responses=_problem(404, 422),
             tags=["incidents"])
    def incident(incident_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> Incident:
        """One incident: merged fields, disputes, and every report of it with its source sentences."""
        try:
            return store.incident(incident_id)
        except StoreError as e:
            raise HTTPException(404, str(e)) from None

    @app.get("/api/points", response_model=MapPoints, responses=_problem(422), tags=["incidents"])
    def points(where: Annotated[IncidentFilter, Query()]):
        """`[id, latitude, longitude, event_date]` of every located incident: what a map draws."""
        def body() -> bytes:  # 100,000 rows: serialised as they are, no validation on the way out
            rows = store.points(where)
            return json.dumps({"count": len(rows), "points": rows}, separators=(",", ":")).encode()
        return kept.json(("points", where), body)

    @app.get("/api/timeline", response_model=Timeline, responses=_problem(422), tags=["incidents"])
    def timeline(where: Annotated[IncidentFilter, Query()],
                 interval: Literal["day", "week"] = "week"):
        """Incidents per day or week by country."""
        return kept.json(("timeline", where, interval), lambda: store.timeline(where, interval).model_dump_json())

    @app.get("/api/facets", response_model=Facets, tags=["incidents"])
    def facets():
        """The countries, regions, actors, weapons and statuses the store holds, with counts."""
        return kept.json(("facets",), lambda: store.facets().model_dump_json())

    @app.get("/api/tallies", response_model=list[TallyPoint], tags=["tallies"])
    def tallies():
        """Official running counts in their series, beside the incidents held for each window;
        counts that fall, or contradict their article's date, are flagged."""
        return kept.json(("tallies",), lambda: _TALLIES.dump_json(store.tally_points()))

    # --- articles -------------------------------------------------------------------------
    @app.get("/api/articles/{article_id:path}", response_model=Article, response_model_exclude={"source_file"},
             responses=_problem(404), tags=["articles"])
    def article(article_id: str) -> Article:
        """A stored article with its text, which every evidence offset points into."""
        found = store.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r} with its text in the store")
        return found

    @app.post("/api/articles", response_model=IngestResult, tags=["articles"],
              responses=_problem(401, 403, 413, 415, 422),
              openapi_extra={"security": [{"bearer": []}], "requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"anyOf": [
                      {"$ref": "#/components/schemas/ArticleIn"},
                      {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}, "minItems": 1}]}},
                  **{kind: {"schema": {"type": "string", "pattern": r"\S"}}
                     for kind in ("text/plain", "text/html", "application/x-ndjson")},
                  "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                      "file": {"type": "string", "format": "binary",
                               "description": "A .txt, .json, .jsonl or .html file, as `sitrep ingest` reads it"}}}},
              }}})
    async def post_articles(request: Request) -> IngestResult:
        """Ingest articles (a JSON object or array, plain text, HTML, JSON Lines, or a file as
        multipart `file`) and return the mentions extracted and the incidents they touched.

        Everything in the body is read before anything is written: one unreadable article and
        nothing is stored (422). An article already stored unchanged is not extracted again."""
        _authorise(request, token)
        body = await _body(request, max_body)
        articles = await _articles(request, body, store)
        return await run_in_threadpool(_ingest, articles, store, pipeline, writing)

    # --- the dashboard --------------------------------------------------------------------
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    tile_origin = _origin(tiles)
    page = page.replace('<meta name="sitrep-tiles" content="">',
                        f'<meta name="sitrep-tiles" content="{html.escape(tiles or "", quote=True)}">')
    policy = ("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; "
              f"frame-ancestors 'none'; form-action 'self'; img-src 'self' data:{' ' + tile_origin if tile_origin else ''}")

    def dashboard() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": policy, "Cache-Control": "no-cache"})

    app.get("/", include_in_schema=False)(dashboard)

    @app.get("/incidents/{incident_id}", include_in_schema=False)
    def incident_page(incident_id: int) -> HTMLResponse:
        return dashboard()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="sitrep API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    gc.freeze()  # what is loaded now lives as long as the server: keep it out of every collection
    schema = app.openapi()
    schema["components"]["schemas"]["ArticleIn"] = ArticleIn.model_json_schema()
    schema["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    return app


class _Kept:
    """The bodies of the summaries every dashboard visit asks for (map points, timeline, filter
    choices, tallies), kept until the store's revision moves: one visitor pays for the map of
    100,000 incidents, the next ones do not. Any process's write moves the revision."""

    def __init__(self, store: Store, size: int = 32):
        self.store = store
        self.size = size
        self.bodies: OrderedDict[tuple, tuple[int, bytes]] = OrderedDict()
        self.lock = threading.Lock()

    def json(self, key: tuple, make) -> Response:
        revision = self.store.revision()
        with self.lock:
            kept = self.bodies.get(key)
            if kept is not None and kept[0] == revision:
                self.bodies.move_to_end(key)
                return Response(kept[1], media_type="application/json")
        body = make()
        body = body.encode() if isinstance(body, str) else body
        with self.lock:
            self.bodies[key] = (revision, body)
            while len(self.bodies) > self.size:
                self.bodies.popitem(last=False)
        return Response(body, media_type="application/json")


class _Headers:
    """Headers every response carries (a pure ASGI middleware: no task per request)."""

    EXTRA = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
             (b"x-frame-options", b"DENY")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.EXTRA]
            await send(message)

        await self.app(scope, receive, sending)


def _authorise(request: Request, token: str | None) -> None:
    if not token:
        raise HTTPException(403, "this server takes no articles: its operator has not set SITREP_TOKEN")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required to add articles",
                            headers={"WWW-Authenticate": "Bearer"})


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to exceed `limit`."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is {int(declared):,} bytes; the limit is {limit:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _articles(request: Request, body: bytes, store: Store) -> list[Article]:
    """Every article in the body, or 413/415/422 naming what could not be read. Reading (JSON,
    gzip, HTML through trafilatura) runs in a reader process: a slow body never stalls the
    readers of the API, not even through a long call into lxml that holds this process's GIL."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        data, name = await _upload(request, body)
    elif kind in _POSTED:
        # Articles without ids of their own are named after the body, so posting it again is a no-op.
        data, name = body, f"posted-{hashlib.sha256(body).hexdigest()[:16]}{_POSTED[kind]}"
    else:
        raise HTTPException(415, f"cannot read a body of type {kind or '(none)'!r}; send JSON, "
                                 f"{', '.join(k for k in _POSTED if k != 'application/json')} or multipart/form-data")
    # submitted from a thread: the first submit starts the processes, which takes a moment
    submitted = await run_in_threadpool(lambda: _reader_pool().submit(_read_upload, data, name,
                                                                      kind == "application/json"))
    read = await asyncio.wrap_future(submitted)
    if isinstance(read, tuple):
        raise HTTPException(*read)
    return read


_READERS: list = []  # the reader processes, shared by every app of this process, started on first use
_READERS_LOCK = threading.Lock()


def _reader_pool():
    """Two processes that read posted bodies (forkserver: started clean, never forked from a
    threaded server), each ending when this process ends, however it ends."""
    with _READERS_LOCK:
        if not _READERS:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from sitrep.engine import exit_with

            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["sitrep.sources", "trafilatura"])
            _READERS.append(ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=exit_with,
                                                initargs=(os.getpid(),)))
            atexit.register(_READERS[0].shutdown, cancel_futures=True)
        return _READERS[0]


@functools.cache
def _reader_lexicon():
    from sitrep.lexicon import Lexicon

    return Lexicon.load()


def _read_upload(data: bytes, name: str, strict_json: bool) -> list[Article] | tuple[int, str]:
    """The articles of a posted body or file, read within the bounds of one upload; or the
    status and message refusing it (what a reader process sends back)."""
    from sitrep.extract import MAX_ARTICLE_CHARS
    from sitrep.sources import UPLOAD, ReadError, read_bytes

    if strict_json:
        try:
            _check_json(data)
        except HTTPException as e:
            return e.status_code, str(e.detail)
    items = list(read_bytes(data, PurePath(name), _reader_lexicon(), UPLOAD))
    over = next((i for i in items if isinstance(i, ReadError) and i.over_limit), None)
    if over is not None:
        return 413, f"nothing was stored: {over}"
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    if errors:
        return 422, ("nothing was stored: " + "; ".join(errors[:10])
                     + (f"; and {len(errors) - 10} more" if len(errors) > 10 else ""))
    # every item is an Article: the errors were returned above
    too_long = [a.id[:40] for a in cast(list[Article], items) if len(a.text) > MAX_ARTICLE_CHARS]
    if too_long:
        return 422, (f"nothing was stored: article texts are at most {MAX_ARTICLE_CHARS:,} characters "
                     f"({too_long[0]})")
    if not items:
        return 422, "nothing was stored: the body holds no article"
    return [a for a in items if isinstance(a, Article)]


def app_from_environment() -> FastAPI:
    """The app of each worker process of `sitrep serve --workers N`, as `serve` configured it
    (SITREP_DB, SITREP_TOKEN, SITREP_TILES)."""
    return create_app(os.environ["SITREP_DB"], token=os.environ.get("SITREP_TOKEN") or None,
                      tiles=os.environ.get("SITREP_TILES") or None)


def _check_json(body: bytes) -> None:
    """A JSON body is an article or a list of them, of the types the OpenAPI document gives (422
    otherwise). What is not JSON at all is left to the reader, which says where it breaks."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return
    try:
        (_ARTICLES if isinstance(data, list) else _ARTICLE).validate_json(body)
    except ValidationError as e:
        first = e.errors()[0]
        if first["type"] == "json_invalid":  # JSON Python reads but pydantic will not (a lone surrogate):
            return  # the reader says what is wrong, and where
        where = ".".join(map(str, first["loc"]))
        raise HTTPException(422, f"nothing was stored: {where + ': ' if where else ''}{first['msg']}") from None


async def _upload(request: Request, body: bytes) -> tuple[bytes, str]:
    """The `file` part of a multipart body (already read, and within the size limit)."""
    sent = False

    async def replay():
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(request.scope, replay).form(max_files=1, max_fields=20)
    except Exception as e:  # python-multipart's own complaint about a malformed body
        raise HTTPException(422, f"malformed multipart body: {type(e).__name__}") from None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(422, "a multipart body needs its article file in a part named 'file'")
    name = PurePath(upload.filename or "upload.txt").name  # never a path of the client's choosing
    return await upload.read(), name


def _ingest(articles: list[Article], store: Store, pipeline: list, writing: threading.Lock) -> IngestResult:
    """Extract the articles not already stored, then store them all in one transaction: a body
    the store refuses any part of leaves nothing stored (422; 503 if the store itself failed)."""
    from sitrep.engine import TIME_LIMIT, Pipeline
    from sitrep.extract import TimeLimit
    from sitrep.store import Refused

    with writing:
        if not pipeline:
            pipeline.append(Pipeline(lexicon=store.lexicon))
            _ = pipeline[0].extractor  # built now (the gazetteer), so that the freeze below covers it
            gc.freeze()  # the gazetteer's million objects: never walked by a collection again
        held = store.held(articles)
        todo = []
        for article in articles:
            if article.id in held:
                continue
            try:
                todo.append((article, pipeline[0].extract_article(article, TIME_LIMIT)))
            except TimeLimit:
                raise HTTPException(422, f"nothing was stored: article {article.id[:80]!r} took longer than "
                                         f"{TIME_LIMIT:g} s to extract") from None
        try:
            added = iter(store.add_many(todo))
        except Refused as e:
            raise HTTPException(422, f"nothing was stored: {e}") from None
        except StoreError as e:
            raise HTTPException(503, f"nothing was stored: {e}") from None
    stored, mentions, tallies, touched = [], [], [], set()
    records = iter(r for _, r in todo)
    for article in articles:
        if article.id in held:
            stored.append(StoredArticle(id=article.id, status="unchanged"))
            continue
        one, found = next(added), next(records)
        stored.append(StoredArticle(id=article.id, status=one.status))
        mentions += [r for r in found if isinstance(r, Mention)]
        tallies += [r for r in found if isinstance(r, Tally)]
        touched |= set(one.incident_ids)
    incidents = []
    for i in sorted(touched):
        try:
            incidents.append(store.incident(i))
        except StoreError:  # joined into another by a later article of the same body
            continue
    return IngestResult(articles=stored, mentions=mentions, tallies=tallies, incidents=incidents)


def _origin(url: str | None) -> str | None:
    """scheme://host of a tile URL template, for the page's content security policy."""
    if not url:
        return None
    parts = urlsplit(url.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"a tile URL is http(s)://host/…/{{z}}/{{x}}/{{y}}.png, not {url!r}")
    host = parts.netloc if "{s}" not in url else "*." + parts.netloc.split(".", 1)[1]
    return f"{parts.scheme}://{host}"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sitrep")
    except PackageNotFoundError:
        return "0"


__all__ = ["MAX_BODY", "app_from_environment", "create_app"]
