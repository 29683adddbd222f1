"""Writing records as table, json, jsonl or csv. Field names are the model's, in every format."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import IO, cast

from pydantic import BaseModel

from sitrep.export import cell
from sitrep.model import Incident, Mention, Tally, TallyPoint

FORMATS = ("table", "json", "jsonl", "csv")
# What a terminal would act on rather than show: C0 controls (ESC starts every escape sequence;
# CR overwrites a line), DEL and C1 controls (CSI, 0x9b, is an ESC [ of its own).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile("[\t\n]")


def printable(text: str, lines: bool = False) -> str:
    """Untrusted text (a report, an outlet, a file name, a URL) as a terminal may show it: control
    characters dropped, tabs (and line breaks, unless `lines`) as spaces."""
    text = _CONTROL.sub("", text)
    return text.replace("\t", " ") if lines else _LINE_BREAK.sub(" ", text)


def plural(n: int, noun: str) -> str:
    """ "1 article", "2 articles", "1 tally", "0 tallies"."""
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1]}ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else f"{n} {noun}s"


def write_records(records: Iterable[BaseModel], fmt: str, out: IO[str], listing: str = "record") -> None:
    """`records` in `fmt`; a table of none says what it would have listed ("no incident")."""
    if fmt == "jsonl":
        for r in records:
            out.write(r.model_dump_json() + "\n")
    elif fmt == "json":
        out.write("[")
        for i, r in enumerate(records):
            out.write(("," if i else "") + "\n  " + r.model_dump_json())
        out.write("\n]\n")
    elif fmt == "csv":
        _write_csv(records, out)
    elif fmt == "table":
        records = list(records)
        if not records:
            out.write(f"no {listing}\n")
        elif all(isinstance(r, Incident) for r in records):
            _write_incident_table(cast(list[Incident], records), out)
        elif all(isinstance(r, TallyPoint) for r in records):
            _write_tally_table(cast(list[TallyPoint], records), out)
        elif all(isinstance(r, (Mention, Tally)) for r in records):
            _write_table(cast(list[Mention | Tally], records), out)
        else:
            _write_plain_table(records, out)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _flat(r: BaseModel) -> dict[str, object]:
    row = r.model_dump(mode="json")
    for k, v in row.items():
        if isinstance(v, (list, dict)):
            row[k] = json.dumps(v, ensure_ascii=False)
    return row


def _write_csv(records: Iterable[BaseModel], out: IO[str]) -> None:
    writer = None
    for r in records:
        if writer is None:
            if isinstance(r, (Mention, Tally)):  # one header for both kinds of extract record
                fields = ["kind", *[f for f in Mention.model_fields if f != "kind"],
                          *[f for f in Tally.model_fields if f not in Mention.model_fields]]
            else:
                fields = list(type(r).model_fields)
            writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: cell(v) for k, v in _flat(r).items()})


def _weapons(m: Mention) -> str:
    parts = []
    for w in m.weapons:
        text = (f"{w.count} " if w.count else "") + w.kind
        parts.append(text + (f" ({w.model})" if w.model else ""))
    return ", ".join(parts)


def _write_table(records: list[Mention | Tally], out: IO[str]) -> None:
    from rich.table import Table

    console = _console(out)
    mentions = [r for r in records if isinstance(r, Mention)]
    tallies = [r for r in records if isinstance(r, Tally)]
    t = Table(title=plural(len(mentions), "mention"), show_lines=False)
    for col in ("article_id", "event_date", "sub_event_type", "weapons", "actor", "target_site", "location",
                "country", "fatalities", "status"):
        t.add_column(col, overflow="fold")
    for m in mentions:
        date = f"{m.event_date or '?'}" + ("" if m.date_precision == "day" else f" ({m.date_precision})")
        actor = f"{m.actor} ({m.actor_role})" if m.actor else ""
        fatal = "" if m.fatalities is None else str(m.fatalities)
        _row(t, m.article_id, date, m.sub_event_type, _weapons(m), actor, m.target_site or "",
             f"{m.location or ''}" + (f" [p{m.geo_precision}]" if m.geo_precision else ""), m.country or "",
             fatal, m.status)
    console.print(t)
    if tallies:
        tt = Table(title=plural(len(tallies), "tally"))
        for col in ("article_id", "reported_by", "as_of", "since", "total", "by_country", "wounded", "killed"):
            tt.add_column(col, overflow="fold")
        for r in tallies:
            _row(tt, r.article_id, r.reported_by or "", str(r.as_of or "?"), str(r.since or "?"),
                 ("~" if r.approximate else "") + str(r.total),
                 ", ".join(f"{k} {v}" for k, v in r.by_country.items()),
                 "" if r.wounded is None else str(r.wounded), "" if r.killed is None else str(r.killed))
        console.print(tt)


def _write_plain_table(records: list[BaseModel], out: IO[str]) -> None:
    """Any other record: one column per field that some record fills."""
    from rich.table import Table

    rows = [_flat(r) for r in records]
    columns = [f for f in type(records[0]).model_fields if any(row.get(f) not in (None, "") for row in rows)]
    t = Table()
    for col in columns:
        t.add_column(col, overflow="fold")
    for row in rows:
        _row(t, *("" if row.get(c) is None else str(row[c]) for c in columns))
    _console(out).print(t)


def _row(table, *cells: str) -> None:
    """Cells as plain text: a '[bold]' in a report is shown, never interpreted as markup, and no
    control character reaches the terminal."""
    from rich.text import Text

    table.add_row(*(Text(printable(c, lines=True)) for c in cells))


def _figure(best: int | None, low: int | None, high: int | None) -> str:
    if best is None:
        return ""
    return f"{best}" + (f" ({low}–{high})" if low is not None and high is not None and low != high else "")


def _write_incident_table(incidents: list[Incident], out: IO[str]) -> None:
    from rich.table import Table

    t = Table(title=plural(len(incidents), "incident"))
    for col in ("id", "event_date", "sub_event_type", "weapons", "actor", "location", "country", "fatalities",
                "injuries", "outlets", "status", "disputes"):
        t.add_column(col, overflow="fold")
    for i in incidents:
        date = f"{i.event_date or '?'}" + ("" if i.date_precision == "day" else f" ({i.date_precision})")
        weapons = ", ".join((f"{w.count} " if w.count else "") + w.kind for w in i.weapons)
        actor = f"{i.actor} ({i.actor_role})" if i.actor else ""
        _row(t, str(i.id), date, i.sub_event_type, weapons, actor, i.location or "", i.country or "",
             _figure(i.fatalities, i.fatalities_low, i.fatalities_high),
             _figure(i.injuries, i.injuries_low, i.injuries_high), str(i.outlets), i.status,
             ", ".join(d.field for d in i.disputes))
    _console(out).print(t)


def _write_tally_table(points: list[TallyPoint], out: IO[str]) -> None:
    from rich.table import Table

    t = Table(title="running counts, and the incidents sitrep holds for the same window")
    for col in ("series", "as_of", "since", "total", "incidents_held", "countries", "article_id", "flag"):
        t.add_column(col, overflow="fold")
    for p in points:
        _row(t, p.series, str(p.as_of or "?"), str(p.since or "?"), ("~" if p.approximate else "") + str(p.total),
             "" if p.incidents_held is None else str(p.incidents_held), ", ".join(p.countries) or "all",
             p.article_id, p.inconsistency or "")
    _console(out).print(t)


def write_incident(i: Incident, out: IO[str]) -> None:
    """One incident for a reader: the merged fields, the disputes, then every source sentence."""
    console = _console(out)
    console.print(_text(f"Incident {i.id}", style="bold"))
    console.print(_text(i.notes))
    fields = [
        ("date", f"{i.event_date or '?'} ({i.date_precision})"
                 + (f", {i.date_start} to {i.date_end}" if i.date_precision == "range" else "")),
        ("type", f"{i.event_type} / {i.sub_event_type}"),
        ("place", ", ".join(x for x in (i.location, i.admin1, i.country) if x)
                  + (f" ({i.latitude:.4f}, {i.longitude:.4f}), geo_precision {i.geo_precision}"
                     if i.latitude is not None else "")),
        ("weapons", "; ".join((f"{w.count} " if w.count else "") + f"{w.kind} (said by {', '.join(w.said_by)})"
                              for w in i.weapons)),
        ("actor", f"{i.actor} ({i.actor_role}; said by {', '.join(i.actor_said_by)})" if i.actor else ""),
        ("target", ", ".join(x for x in (i.target, i.target_site) if x)),
        ("fatalities", _figure(i.fatalities, i.fatalities_low, i.fatalities_high)
                       + (f" (best figure from {', '.join(i.fatalities_said_by)})" if i.fatalities_said_by else "")),
        ("injuries", _figure(i.injuries, i.injuries_low, i.injuries_high)
                     + (f" (best figure from {', '.join(i.injuries_said_by)})" if i.injuries_said_by else "")),
        ("status", i.status), ("reports", f"{i.reports} from {i.outlets} outlets"),
    ]
    for name, value in fields:
        if value:
            console.print(_text(f"  {name:<11}{value}"))
    if i.disputes:
        console.print(_text("Sources disagree on", style="bold"))
        for d in i.disputes:
            said = "; ".join(f"{v.value} ({', '.join(v.outlets)})" for v in d.values)
            console.print(_text(f"  {d.field}: {said}"))
    console.print(_text("Sources", style="bold"))
    for s in i.sources:
        head = f"  [{s.mention_id}] {s.outlet or 'unknown outlet'}, {s.published or 'undated'}, {s.article_id}"
        console.print(_text(head + (f" <{s.url}>" if s.url else "")))
        for e in s.evidence:
            console.print(_text(f"      “{e.text}” (characters {e.start}–{e.end})"))


def _text(line: str, style: str | None = None):
    from rich.text import Text

    return Text(printable(line, lines=True), style=style or "")


def _console(out: IO[str]):
    """A rich console on `out`, at least 160 columns wide so that tables stay readable in a pipe."""
    from rich.console import Console

    return Console(file=out, width=max(160, Console(file=out).width))
