"""The `sitrep` command line. One verb per job; every verb that prints records takes --format."""

from __future__ import annotations

import sys
from contextlib import closing
from pathlib import Path

import click

from sitrep.cli.output import FORMATS, plural, printable, write_records
from sitrep.sources import ReadError


def _said(item: ReadError) -> None:
    """One line on stderr: a file name or URL from an archive is untrusted, shown without control
    characters (no escape sequence reaches the terminal)."""
    click.echo(printable(f"sitrep: {item}"), err=True)


def _gold_paths(article_paths: tuple[str, ...]) -> tuple:
    """Where a gold file's articles are: those given with --articles, or the bundled samples."""
    from pathlib import Path

    return article_paths or (Path(__file__).resolve().parent.parent / "samples",)


def _gold_articles(article_paths: tuple[str, ...]) -> dict:
    """The articles a gold file is scored on, by id; each file that cannot be read is one line."""
    from sitrep.sources import read_paths

    articles = {}
    for item in read_paths(_gold_paths(article_paths)):
        if isinstance(item, ReadError):
            _said(item)
        else:
            articles[item.id] = item
    return articles


def _format_option(*more: str):
    """The --format of every command that prints records: table, json, jsonl, csv (and `more`)."""
    return click.option("--format", "fmt", type=click.Choice([*FORMATS, *more]), default=None,
                        help="Output format (default: table on a terminal, jsonl otherwise).")


@click.group()
@click.version_option(package_name="sitrep")
def cli() -> None:
    """sitrep: news reports of armed attacks in, source-attributed incident records out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_format_option()
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
def extract(paths: tuple[str, ...], fmt: str | None, progress: bool | None) -> None:
    """Print every attack and running tally that the articles in PATHS report.

    PATHS are .txt, .jsonl/.json or .html files, or directories (read recursively). A file that
    cannot be read is reported on stderr, one line naming it, and the rest go on. Exit status is
    0 if at least one article was read, 2 if none.
    """
    from sitrep.engine import Pipeline
    from sitrep.sources import ReadError

    fmt = _fmt(fmt)
    show_progress = sys.stderr.isatty() if progress is None else progress
    pipeline = Pipeline()

    def records():
        for item in _with_progress(pipeline, paths, show_progress):
            if isinstance(item, ReadError):
                _said(item)
            else:
                yield item

    write_records(records(), fmt, sys.stdout, "attack or tally reported")
    c = pipeline.counts
    if show_progress or fmt == "table":
        click.echo(f"{plural(c.articles, 'article')}, {plural(c.mentions, 'mention')}, {plural(c.tallies, 'tally')}, "
                   f"{c.errors} unreadable", err=True)
    sys.exit(0 if c.articles else 2)


@cli.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--id", "article_id", default=None, metavar="ID", help="The article of PATH to explain (default: its first).")
@click.option("--mention", "number", type=click.IntRange(1), default=None, metavar="N",
              help="Only the N-th mention of the article (from 1).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="text: each field with its rule and words; json: the mentions with their claims.")
def explain(path: str, article_id: str | None, number: int | None, fmt: str) -> None:
    """Why each field of each mention of an article has its value: the rule that set it and the
    words of the article it read (a date phrase, a site's name, the sentence).

    Exit status 2 if PATH holds no article with that id, 1 if the article reports no attack.
    """
    import json

    from sitrep.engine import Pipeline
    from sitrep.model import Mention
    from sitrep.sources import read_paths

    article = None
    for item in read_paths([path]):
        if isinstance(item, ReadError):
            _said(item)
        elif article_id is None or item.id == article_id:
            article = item
            break
    if article is None:
        click.echo(printable(f"sitrep: no article{f' with id {article_id}' if article_id else ''} in {path}"), err=True)
        sys.exit(2)
    mentions = [r for r in Pipeline().extractor.extract(article) if isinstance(r, Mention)]
    if number is not None and number > len(mentions):
        click.echo(f"sitrep: article {printable(article.id)} has {plural(len(mentions), 'mention')}, not {number}",
                   err=True)
        sys.exit(2)
    chosen = [(n, m) for n, m in enumerate(mentions, 1) if number is None or n == number]
    if fmt == "json":
        click.echo(json.dumps([m.model_dump(mode="json") for _, m in chosen], ensure_ascii=False, indent=2))
    else:
        for n, m in chosen:
            click.echo(printable(f"mention {n} of {len(mentions)} · article {article.id}"
                                 + (f" · {article.outlet}" if article.outlet else "")))
            for c in m.claims:
                value = ", ".join(c.value) if isinstance(c.value, list) else c.value
                click.echo(printable(f"  {c.field if c.chosen else '  not':<11}{value}  — {c.rule}"
                                     + (f" (said by {c.said_by})" if c.said_by else "")))
                if c.evidence is not None:
                    click.echo(printable(f"             “{' '.join(c.evidence.text.split())}” [{c.evidence.start}:{c.evidence.end}]"))
    if not mentions:
        click.echo(printable(f"sitrep: article {article.id} reports no attack"), err=True)
    sys.exit(0 if mentions else 1)


@cli.command()
@click.argument("name", required=False)
@click.option("--all", "show_all", is_flag=True, help="Every candidate, ranked, with its score.")
@click.option("--text", "text", default=None, metavar="TEXT",
              help="Find every place in TEXT ('-' reads standard input), with character offsets.")
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="A country the name is read in (ISO code, repeatable): context, as a report gives it.")
@_format_option()
def geocode(name: str | None, show_all: bool, text: str | None, countries: tuple[str, ...], fmt: str | None) -> None:
    """Resolve a place NAME (best match), or every place in a --text.

    A name that is unknown, or a village name found in several countries with no --country to
    choose between them, prints nothing and exits with status 1.
    """
    from sitrep.geo import Geocoder
    from sitrep.lexicon import Lexicon
    from sitrep.model import PlaceMatch

    if (name is None) == (text is None):
        raise click.UsageError("give a NAME or --text TEXT, not both")
    fmt = _fmt(fmt)
    geocoder = Geocoder(lexicon=Lexicon.load())
    context = frozenset(_country_code(c, geocoder.index.countries) for c in countries)
    if text is not None:
        body = sys.stdin.read() if text == "-" else text
        records = [PlaceMatch(**s.place.model_dump(), written=s.text, start=s.start, end=s.end, role=s.role)
                   for s in geocoder.find(body, countries=context)]
    elif show_all:
        assert name is not None  # a NAME or a --text, checked above
        records = [PlaceMatch(**geocoder.describe(c).model_dump(), written=name, score=round(c.score, 3))
                   for c in geocoder.geocode(name, context)]
    else:
        assert name is not None
        place = geocoder.resolve(name, context)
        records = [] if place is None else [PlaceMatch(**place.model_dump(), written=name)]
    write_records(records, fmt, sys.stdout, "place")
    if not records:
        said = f"in {text!r}" if text is not None else f"named {name!r}"
        click.echo(printable(f"sitrep: no place {said}" + ("" if text is not None or countries else
                                                          " (or one of several; --country chooses)")), err=True)
    sys.exit(0 if records else 1)


def _country_code(given: str, names: dict[str, str] | None = None) -> str:
    """A country as an ISO code, from its code ("SY", "sy") or its name ("Syria"; the gazetteer's
    names, loaded here unless given)."""
    from sitrep.geo.gazetteer import load_index
    from sitrep.geo.names import key

    if len(given) == 2 and given.isalpha():
        return given.upper()
    code = (names if names is not None else load_index().countries).get(key(given))
    if code is None:
        raise click.BadParameter(f"{given!r} is no country sitrep knows: a 2-letter code, e.g. SY, or a name, "
                                 f"e.g. Syria", param_hint="--country")
    return code


# --- the incident store ------------------------------------------------------------------

_DB_HELP = "Store: a SQLite file or a postgresql:// URL (default: $SITREP_DB, else ./sitrep.db)."


def _db_option(f):
    return click.option("--db", "db", envvar="SITREP_DB", default="sitrep.db", show_envvar=True, help=_DB_HELP)(f)


class _NoStore(click.ClickException):
    exit_code = 2


def _open(db: str, create: bool = False):
    """The store at `db`. Only the commands that add to it (`ingest`, `watch`, `serve`) make one:
    the others say there is none, and leave no empty file behind."""
    from sitrep.store import StoreError, database_url, open_store

    url = database_url(db)
    if not create and url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise _NoStore(f"no store at {db}: run `sitrep ingest PATH…` first (or give --db)")
    try:
        return open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: local processes, or a Dask cluster.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Extraction processes (local default: 1; dask default without --scheduler: 2).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="A running Dask scheduler (--engine dask). Without it, a local cluster is started on 127.0.0.1.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
def ingest(paths: tuple[str, ...], db: str, engine: str, workers: int | None, scheduler: str | None,
           progress: bool | None) -> None:
    """Extract the articles in PATHS and merge what they report into the incident store.

    PATHS are files, directories or quoted glob patterns ('archive/*.jsonl.gz'): .txt, .html,
    .json, .jsonl (any of them gzipped) and WARC (.warc, .warc.gz). Articles are stored a chunk
    per transaction, in input order whatever the engine: stop it at any point and run it again to
    resume; articles already stored unchanged are skipped. A file or article that cannot be read
    is reported on stderr, one line naming it, and the rest go on. Exit status is 0 if at least
    one article was read.
    """
    from sitrep.engine import NO_DASK, DaskRunner, LocalRunner, Pipeline, Runner
    from sitrep.sources import ReadError

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":  # an extra: said before a store is made, so that none is left behind
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise click.ClickException(NO_DASK) from None
    store = _open(db, create=True)
    pipeline = Pipeline(lexicon=store.lexicon)
    runner: Runner
    if engine == "dask":
        try:
            runner = DaskRunner(scheduler, workers or 2)
        except OSError as e:
            raise click.ClickException(f"cannot reach the Dask scheduler {scheduler}: {e}") from None
    else:
        runner = LocalRunner(None if (workers or 1) > 1 else pipeline.extractor, workers or 1)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        run = lambda p, meter: pipeline.ingest(p, store, runner, meter)  # noqa: E731
        for item in _with_progress(pipeline, paths, show, run, "ingest"):
            if isinstance(item, ReadError):
                _said(item)
    finally:
        runner.close()
    c = pipeline.counts
    stored = ", ".join(f"{n} {k}" for k, n in sorted(c.stored.items())) or "none"
    held = store.counts()
    click.echo(f"{plural(c.articles, 'article')} read ({stored}), {c.errors} unreadable; the store holds "
               f"{plural(held['articles'], 'article')}, {plural(held['mentions'], 'mention')}, "
               f"{plural(held['incidents'], 'incident')}, {plural(held['tallies'], 'tally')}", err=True)
    store.close()
    sys.exit(0 if c.articles else 2)


@cli.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@_db_option
@click.option("--every", default="10m", show_default=True, metavar="DURATION",
              help="Time between the starts of rounds: 90s, 10m, 1h.")
@click.option("--rounds", type=click.IntRange(1), default=None, help="Stop after this many rounds (default: never).")
@click.option("--timeout", default="20s", show_default=True, metavar="DURATION",
              help="Time limit of one request (a whole transfer may take three times this).")
@click.option("--max-items", type=click.IntRange(1), default=100, show_default=True,
              help="New items taken from one feed in one round; the rest wait for the next round.")
@click.option("--allow-private", is_flag=True,
              help="Also reach loopback, link-local and private addresses (a feed on this machine or network).")
def watch(feeds_file: str, db: str, every: str, rounds: int | None, timeout: str, max_items: int,
          allow_private: bool) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS_FILE (one URL a line, # comments) and ingest the
    pages their new items link to. A line https://t.me/s/CHANNEL polls a Telegram channel's web
    preview and ingests its new posts. Never ingests an item twice, even across restarts.

    One line per feed per round on stderr. Conditional requests (ETag, Last-Modified) spare
    unchanged feeds; a failing feed is retried after a delay that doubles each time (up to 6 h).
    A feed or item that fails never stops the others. Redirects are followed to http(s) only,
    and loopback, link-local and private addresses are refused without --allow-private.
    """
    from pathlib import Path

    from sitrep.engine import Pipeline
    from sitrep.engine.watch import Watch, parse_every, read_feed_list
    from sitrep.store import hide_password

    try:
        every_s, timeout_s = parse_every(every), parse_every(timeout)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
    try:
        feeds = read_feed_list(Path(feeds_file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"cannot read {feeds_file}: {e}") from None
    from sitrep.sources.feeds import MAX_URL_CHARS

    bad = [u for u in feeds if not u.lower().startswith(("http://", "https://")) or len(u) > MAX_URL_CHARS]
    if bad or not feeds:
        raise click.ClickException(printable(f"{feeds_file}: " + (
            f"not an http(s) URL of at most {MAX_URL_CHARS} characters: {hide_password(bad[0])[:200]}" if bad
            else "no feed URLs")))
    store = _open(db, create=True)
    watcher = Watch(store, Pipeline(lexicon=store.lexicon), every_s, timeout_s,
                    log=lambda line: click.echo(printable(line), err=True), max_items=max_items,
                    allow_private=allow_private)
    click.echo(f"sitrep: watching {len(feeds)} feed{'s' if len(feeds) > 1 else ''} every {every} into "
               f"{hide_password(db)}", err=True)
    try:
        watcher.run(feeds, rounds)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.close()
        store.close()


def _filter_options(f):
    """One option per `IncidentFilter` field, with its name and description (the REST API's
    query parameters are the same fields)."""
    import datetime as dt
    import typing

    from sitrep.model import IncidentFilter

    for name, field in reversed(IncidentFilter.model_fields.items()):
        kinds = [k for k in typing.get_args(field.annotation) if k is not type(None)]
        literal = [k for k in kinds if typing.get_origin(k) is typing.Literal]
        if literal:
            kind = click.Choice(typing.get_args(literal[0]))
        elif dt.date in kinds:
            kind = click.DateTime(["%Y-%m-%d"])
        else:
            kind = str
        flags = ("-q", "q") if name == "q" else (f"--{name}",)
        f = click.option(*flags, type=kind, default=None, help=field.description)(f)
    return f


def _filter(**given):
    from pydantic import ValidationError

    from sitrep.model import IncidentFilter

    values = {k: (v.date() if hasattr(v, "date") else v) for k, v in given.items() if v is not None}
    if "country" in values:
        values["country"] = _country_code(values["country"])  # "--country Syria" as "--country SY"
    try:
        return IncidentFilter(**values)
    except ValidationError as e:
        first = e.errors()[0]
        raise click.BadParameter(first["msg"], param_hint=f"--{first['loc'][0]}") from None


@cli.command()
@_db_option
@_filter_options
@_format_option("geojson")
def incidents(db: str, fmt: str | None, **where) -> None:
    """List the incidents in the store, oldest first."""
    from sitrep import export

    with closing(_open(db)) as store:
        found = store.incidents(_filter(**where))
        fmt = _fmt(fmt)
        if fmt == "geojson":
            export.write(found, "geojson", sys.stdout)
        else:
            write_records(found, fmt, sys.stdout, "incident")


@cli.command()
@click.argument("incident_id", type=int)
@_db_option
@_format_option()
def incident(incident_id: int, db: str, fmt: str | None) -> None:
    """One incident: its merged fields, where sources disagree, and every source sentence."""
    from sitrep.cli.output import write_incident
    from sitrep.store import StoreError

    with closing(_open(db)) as store:
        try:
            found = store.incident(incident_id)
        except StoreError as e:
            raise click.ClickException(str(e)) from None
    fmt = _fmt(fmt)
    if fmt == "table":
        write_incident(found, sys.stdout)
    else:
        write_records([found], fmt, sys.stdout)


@cli.command()
@_db_option
@_format_option()
def tallies(db: str, fmt: str | None) -> None:
    """Official running counts over time, per reporter, beside the incidents held for the same window.

    A count that falls over time, or an article date that contradicts the series, is flagged.
    """
    with closing(_open(db)) as store:
        write_records(store.tally_points(), _fmt(fmt), sys.stdout, "running count")


@cli.command("export")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "plover-jsonl", "jsonl"]),
              required=True, help="acled-csv, geojson, plover-jsonl or jsonl (sitrep's own records).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="File to write ('-' for standard output).")
def export_cmd(db: str, fmt: str, output: str) -> None:
    """Write every incident in the store to a file, in a format other tools load."""
    from sitrep import export
    from sitrep.lexicon import Lexicon

    with closing(_open(db)) as store:
        found = store.incidents()  # read in batches while they are written
        if output == "-":
            n = export.write(found, fmt, sys.stdout, Lexicon.load())
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = export.write(found, fmt, fh, Lexicon.load())
    click.echo(f"{plural(n, 'incident')} written to {output}", err=True)


@cli.command()
@click.argument("incident_id", type=int)
@click.argument("mention_ids", type=int, nargs=-1, required=True)
@_db_option
def split(incident_id: int, mention_ids: tuple[int, ...], db: str) -> None:
    """Move MENTION_IDS (as `sitrep incident` numbers them) out of INCIDENT_ID into a new incident.

    The decision is kept: later ingests and `sitrep resolve` never put them back together.
    """
    from sitrep.store import StoreError

    try:
        with closing(_open(db)) as store:
            new_id = store.split(incident_id, mention_ids)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"incident {new_id}: mentions {', '.join(map(str, mention_ids))} split from incident {incident_id}")


@cli.command()
@click.argument("incident_id", type=int)
@click.argument("other_id", type=int)
@_db_option
def merge(incident_id: int, other_id: int, db: str) -> None:
    """Make OTHER_ID part of INCIDENT_ID. The decision is kept on every later run."""
    from sitrep.store import StoreError

    try:
        with closing(_open(db)) as store:
            store.merge(incident_id, other_id)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"incident {other_id} merged into incident {incident_id}")


@cli.command()
@_db_option
def resolve(db: str) -> None:
    """Merge every stored mention into incidents again, from scratch, keeping analysts' decisions.

    Run it after upgrading sitrep: ingest only resolves mentions as they arrive.
    """
    with closing(_open(db)) as store:
        n = store.rebuild()
    click.echo(plural(n, "incident"), err=True)


@cli.command()
@_db_option
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on: loopback unless you mean to serve other machines.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (reads scale with cores; writes take turns in the store).")
@click.option("--tiles", envvar="SITREP_TILES", default=None, metavar="URL", show_envvar=True,
              help="Online map tiles (https://…/{z}/{x}/{y}.png) under the map; default: none, works offline.")
def serve(db: str, port: int, host: str, workers: int, tiles: str | None) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /openapi.json, docs at /docs).

    Reading is public. `POST /api/articles` adds articles when the server was started with
    SITREP_TOKEN set in its environment, and takes that token as `Authorization: Bearer …`.
    """
    import os

    import uvicorn

    from sitrep.api import create_app
    from sitrep.store import hide_password

    _port_free(host, port)
    token = os.environ.get("SITREP_TOKEN") or None
    try:
        app = create_app(_open(db, create=True), token=token, tiles=tiles)  # a bad store or tile URL fails here, not in a worker
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"sitrep: serving {hide_password(db)} on http://{host}:{port}/ (API docs at /docs) with {workers} "
               f"process{'es' if workers > 1 else ''}; {'articles may be posted with the token' if token else 'read-only'}",
               err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    else:
        os.environ.update(SITREP_DB=db, SITREP_TILES=tiles or "")
        uvicorn.run("sitrep.api:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning")


def _port_free(host: str, port: int) -> None:
    """Say that the port is taken before anything says it is served."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a closed server's port is free
        try:
            probe.bind((host, port))
        except OSError as e:
            raise click.ClickException(f"cannot serve on {host}:{port}: {e.strerror or e} (another server? give "
                                       f"--port, e.g. --port {port + 1}; `make run PORT={port + 1}`)") from None


@cli.group()
def evaluate() -> None:
    """Score sitrep against gold files written by reading the texts."""


@evaluate.command("geo")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "article_paths", multiple=True, type=click.Path(exists=True),
              help="Where the gold's articles are (repeatable; default: the bundled samples). Not for benchmarks, "
                   "whose files hold their texts.")
@click.option("--gold-with-coords-only", "coords_only", is_flag=True,
              help="Benchmarks: leave out gold toponyms without coordinates before matching, as the published "
                   "tables do for LGL, TR-News and GeoWebNews.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Benchmarks: the first N documents of each file.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table: figures (and, for sitrep's gold, every row that is not correct); json: the figures.")
def evaluate_geo(gold: tuple[str, ...], article_paths: tuple[str, ...], coords_only: bool, limit: int | None,
                 fmt: str) -> None:
    """Geocoding accuracy on GOLD files, from raw text.

    A file of place names as written (tests/gold/geo.jsonl) prints exact-match and within-25-km
    accuracy, split into detected-and-resolved and missed. A geoparsing benchmark (documents with
    their `toponyms`: LGL, GeoVirus, TR-News, GeoWebNews in ../shared/benchmarks/geo) prints
    recognition precision, recall and F1, accuracy@161 km, AUC, mean and median error, and the
    end-to-end share, as the field's published tables give them.
    """
    import json
    from pathlib import Path

    from sitrep.evaluate import geo as geo_eval
    from sitrep.evaluate import geoparse
    from sitrep.geo import Geocoder
    from sitrep.lexicon import Lexicon

    geocoder = Geocoder(lexicon=Lexicon.load())
    benchmarks = [g for g in gold if geoparse.is_benchmark(g)]
    if benchmarks:
        if len(benchmarks) < len(gold):
            raise click.UsageError("give either geoparsing benchmarks or sitrep's gold files, not both")
        results = [geoparse.score(geoparse.read(g, limit), geocoder, Path(g).name.split(".")[0], coords_only)
                   for g in benchmarks]
        if fmt == "json":
            click.echo(json.dumps([r.as_dict() for r in results]))
        else:
            geoparse.write_table(results, sys.stdout)
        return
    articles = _gold_articles(article_paths)
    for one in gold:
        try:
            rows = geo_eval.read_gold(one)
        except ValueError as e:
            raise click.ClickException(str(e)) from None
        result = geo_eval.score(rows, articles, geocoder, gold_file=one)
        if fmt == "json":
            click.echo(json.dumps(geo_eval.figures(result)))
        else:
            geo_eval.write_report(result, sys.stdout)


@evaluate.command("extract")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "article_paths", multiple=True, type=click.Path(exists=True),
              help="Where the gold's articles are (repeatable; default: the bundled samples).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table: figures by category, then every missed, spurious and wrong row; json: the figures.")
def evaluate_extract(gold: str, article_paths: tuple[str, ...], fmt: str) -> None:
    """Recall, precision and per-field accuracy of extraction on GOLD (tests/gold/extract.jsonl).

    Each article of the gold is read as `ingest` reads it; its mentions are paired with the
    incidents the gold gives it (none, for a text that reports no attack).
    """
    from sitrep.engine import Pipeline
    from sitrep.evaluate import extract as extract_eval

    try:
        rows = extract_eval.read_gold(gold)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    pipeline = Pipeline()
    extractor = pipeline.extractor  # builds the pipeline's geocoder
    assert pipeline.geocoder is not None
    result = extract_eval.score(rows, _gold_articles(article_paths), extractor.extract,
                                extract_eval.place_reader(pipeline.geocoder), extract_eval.actor_reader(extractor.lex))
    if fmt == "json":
        click.echo(extract_eval.figures(result))
    else:
        extract_eval.write_report(result, sys.stdout)


@evaluate.command("merge")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "article_paths", multiple=True, type=click.Path(exists=True),
              help="Articles to ingest (repeatable; default: the bundled samples). Every one is ingested, "
                   "so reports of other events are there to be merged wrongly.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table: figures, then every wrong merge, split and missed row; json: the figures.")
def evaluate_merge(gold: str, article_paths: tuple[str, ...], fmt: str) -> None:
    """Pairwise precision, recall and F1 of merging on GOLD (JSON Lines of reports of incidents).

    The articles are ingested into a new, temporary SQLite store; nothing else is touched.
    """
    import tempfile
    from pathlib import Path

    from sitrep.engine import Pipeline
    from sitrep.evaluate import merge as merge_eval
    from sitrep.store import open_store

    try:
        rows = merge_eval.read_gold(gold)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    paths = _gold_paths(article_paths)
    with tempfile.TemporaryDirectory(prefix="sitrep-evaluate-") as tmp:
        store = open_store(str(Path(tmp) / "evaluate.db"))
        pipeline = Pipeline()
        for item in pipeline.ingest(paths, store):
            if isinstance(item, ReadError):
                _said(item)
        result = merge_eval.score(rows, store.mentions(), store.links())
        store.close()
    if fmt == "json":
        click.echo(merge_eval.figures(result))
    else:
        merge_eval.write_report(result, sys.stdout)


def _with_progress(pipeline, paths, show: bool, run=None, label: str = "extract"):
    """The items of `run(paths, meter)` (default: extract), with a bar on stderr when `show`:
    input bytes read of the total (which gives the ETA), articles and articles per second."""
    from sitrep.sources import Meter

    run = run or pipeline.run
    meter = Meter()
    if not show:
        yield from run(paths, meter)
        return
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from sitrep.sources import expand

    total = 0
    for f in expand(paths):
        if not isinstance(f, ReadError):
            try:
                total += f.stat().st_size
            except OSError:
                pass
    with Progress(TextColumn(f"[bold]{label}"), BarColumn(), TaskProgressColumn(),
                  TextColumn("{task.fields[articles]:,} articles, {task.fields[rate]:,.0f}/s"),
                  TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), transient=True,
                  console=_stderr_console()) as bar:
        task = bar.add_task(label, total=total or None, articles=0, rate=0.0)
        last = 0.0
        for item in run(paths, meter):
            yield item
            elapsed = bar.tasks[0].elapsed or 1e-9
            if elapsed - last > 0.2:
                last = elapsed
                done = pipeline.counts.articles + pipeline.counts.errors
                # the reader runs ahead of extraction: scale the bytes read by the share of items done
                bar.update(task, completed=meter.bytes * done / max(meter.items, 1),
                           articles=pipeline.counts.articles, rate=pipeline.counts.articles / elapsed)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    """`sitrep`: a store that fails mid-command is one line and exit status 1, never a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from sitrep.store import StoreError, hide_password

    try:
        cli(prog_name="sitrep")
    except (StoreError, SQLAlchemyError) as e:
        line = str(e) if isinstance(e, StoreError) else (str(getattr(e, "orig", None) or e).splitlines() or [""])[0]
        click.echo(printable(f"sitrep: {hide_password(line)}"), err=True)
        sys.exit(1)
