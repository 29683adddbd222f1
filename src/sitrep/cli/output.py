"""Writing records as table, json, jsonl or csv. Field names are the model's, in every format."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from pydantic import BaseModel

from sitrep.model import Mention, Tally

FORMATS = ("table", "json", "jsonl", "csv")


def write_records(records: Iterable[BaseModel], fmt: str, out: IO[str]) -> None:
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
        if all(isinstance(r, (Mention, Tally)) for r in records):
            _write_table(records, out)
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
        writer.writerow(_flat(r))


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
    t = Table(title=f"{len(mentions)} mentions", show_lines=False)
    for col in ("article_id", "event_date", "sub_event_type", "weapons", "actor", "target_site", "location",
                "country", "fatalities", "status"):
        t.add_column(col, overflow="fold")
    for m in mentions:
        date = f"{m.event_date or '?'}" + ("" if m.date_precision == "day" else f" ({m.date_precision})")
        actor = f"{m.actor} ({m.actor_role})" if m.actor else ""
        fatal = "" if m.fatalities is None else str(m.fatalities)
        t.add_row(m.article_id, date, m.sub_event_type, _weapons(m), actor, m.target_site or "",
                  f"{m.location or ''}" + (f" [p{m.geo_precision}]" if m.geo_precision else ""), m.country or "",
                  fatal, m.status)
    console.print(t)
    if tallies:
        tt = Table(title=f"{len(tallies)} tallies")
        for col in ("article_id", "reported_by", "as_of", "since", "total", "by_country", "wounded", "killed"):
            tt.add_column(col, overflow="fold")
        for r in tallies:
            tt.add_row(r.article_id, r.reported_by or "", str(r.as_of or "?"), str(r.since or "?"),
                       ("~" if r.approximate else "") + str(r.total),
                       ", ".join(f"{k} {v}" for k, v in r.by_country.items()),
                       "" if r.wounded is None else str(r.wounded), "" if r.killed is None else str(r.killed))
        console.print(tt)


def _write_plain_table(records: list[BaseModel], out: IO[str]) -> None:
    """Any other record: one column per field that some record fills."""
    from rich.table import Table

    if not records:
        out.write("(none)\n")
        return
    rows = [_flat(r) for r in records]
    columns = [f for f in type(records[0]).model_fields if any(row.get(f) not in (None, "") for row in rows)]
    t = Table()
    for col in columns:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*("" if row.get(c) is None else str(row[c]) for c in columns))
    _console(out).print(t)


def _console(out: IO[str]):
    """A rich console on `out`, at least 160 columns wide so that tables stay readable in a pipe."""
    from rich.console import Console

    return Console(file=out, width=max(160, Console(file=out).width))
