"""The `sitrep` command line. One verb per job; every verb that prints records takes --format."""

from __future__ import annotations

import sys

import click

from sitrep.cli.output import FORMATS, write_records


@click.group()
@click.version_option(package_name="sitrep")
def cli() -> None:
    """sitrep: news reports of armed attacks in, source-attributed incident records out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
def extract(paths: tuple[str, ...], fmt: str | None, progress: bool | None) -> None:
    """Print every attack and running tally that the articles in PATHS report.

    PATHS are .txt, .jsonl/.json or .html files, or directories (read recursively). A file that
    cannot be read is reported on stderr, one line naming it, and the rest go on. Exit status is
    0 if at least one article was read, 2 if none.
    """
    from sitrep.engine import Pipeline
    from sitrep.sources import ReadError

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    show_progress = sys.stderr.isatty() if progress is None else progress
    pipeline = Pipeline()

    def records():
        for item in _with_progress(pipeline, paths, show_progress):
            if isinstance(item, ReadError):
                click.echo(f"sitrep: {item}", err=True)
            else:
                yield item

    write_records(records(), fmt, sys.stdout)
    c = pipeline.counts
    if show_progress or fmt == "table":
        click.echo(f"{c.articles} articles, {c.mentions} mentions, {c.tallies} tallies, {c.errors} unreadable",
                   err=True)
    sys.exit(0 if c.articles else 2)


@cli.command()
@click.argument("name", required=False)
@click.option("--all", "show_all", is_flag=True, help="Every candidate, ranked, with its score.")
@click.option("--text", "text", default=None, metavar="TEXT",
              help="Find every place in TEXT ('-' reads standard input), with character offsets.")
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="A country the name is read in (ISO code, repeatable): context, as a report gives it.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
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
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    context = frozenset(c.upper() for c in countries)
    geocoder = Geocoder(lexicon=Lexicon.load())
    if text is not None:
        body = sys.stdin.read() if text == "-" else text
        records = [PlaceMatch(**s.place.model_dump(), written=s.text, start=s.start, end=s.end)
                   for s in geocoder.find(body, countries=context)]
    elif show_all:
        records = [PlaceMatch(**geocoder.describe(c).model_dump(), written=name, score=round(c.score, 3))
                   for c in geocoder.geocode(name, context)]
    else:
        place = geocoder.resolve(name, context)
        records = [] if place is None else [PlaceMatch(**place.model_dump(), written=name)]
    write_records(records, fmt, sys.stdout)
    sys.exit(0 if records else 1)


@cli.group()
def evaluate() -> None:
    """Score sitrep against gold files written by reading the texts."""


@evaluate.command("geo")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "article_paths", multiple=True, type=click.Path(exists=True),
              help="Where the gold's articles are (repeatable; default: the bundled samples).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              help="table: figures and every row that is not correct; json: the figures.")
def evaluate_geo(gold: str, article_paths: tuple[str, ...], fmt: str) -> None:
    """Geocoding accuracy on GOLD (JSON Lines of place names as written), from raw article text.

    Prints exact-match and within-25-km accuracy, split into detected-and-resolved and missed.
    """
    import json
    from pathlib import Path

    from sitrep.evaluate import geo as geo_eval
    from sitrep.geo import Geocoder
    from sitrep.lexicon import Lexicon
    from sitrep.sources import ReadError, read_paths

    paths = article_paths or (Path(__file__).resolve().parent.parent / "samples",)
    articles = {}
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            click.echo(f"sitrep: {item}", err=True)
        else:
            articles[item.id] = item
    try:
        rows = geo_eval.read_gold(gold)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    result = geo_eval.score(rows, articles, Geocoder(lexicon=Lexicon.load()), gold_file=gold)
    if fmt == "json":
        click.echo(json.dumps(geo_eval.figures(result)))
    else:
        geo_eval.write_report(result, sys.stdout)


def _with_progress(pipeline, paths, show: bool):
    if not show:
        yield from pipeline.run(paths)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sitrep.sources import ReadError, expand

    files = [p for p in expand(paths)]
    with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), transient=True,
                  console=_stderr_console()) as bar:
        task = bar.add_task("extract", total=len(files), rate="")
        for f in files:
            if isinstance(f, ReadError):
                yield f
            else:
                yield from pipeline.run([f])
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, advance=1, rate=f"{pipeline.counts.articles / elapsed:,.0f} articles/s")


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    cli(prog_name="sitrep")
