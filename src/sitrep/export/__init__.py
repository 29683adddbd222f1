"""Export stage: incidents in the formats analysts already load.

- `acled-csv`: ACLED's columns in ACLED's order (../reference: event-data-formats.md).
- `geojson`: a FeatureCollection of incidents with coordinates, every field as a property.
- `plover-jsonl`: PLOVER/POLECAT records (event ASSAULT, mode from the weapons).
- `jsonl`: sitrep's own `Incident` records, with their source sentences.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import IO

from sitrep.lexicon import Lexicon
from sitrep.model import Incident
from sitrep.resolve.notes import country_name

FORMATS = ("acled-csv", "geojson", "plover-jsonl", "jsonl")
__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "cell", "chunks", "plover", "write"]

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

_ISO3 = {"IQ": ("IRQ", 368), "SY": ("SYR", 760), "JO": ("JOR", 400), "IR": ("IRN", 364), "YE": ("YEM", 887),
         "LB": ("LBN", 422), "IL": ("ISR", 376), "PS": ("PSE", 275), "US": ("USA", 840), "UA": ("UKR", 804),
         "RU": ("RUS", 643), "SA": ("SAU", 682), "TR": ("TUR", 792)}
_REGION = {"IQ": "Middle East", "SY": "Middle East", "JO": "Middle East", "IR": "Middle East",
           "YE": "Middle East", "LB": "Middle East", "IL": "Middle East", "PS": "Middle East",
           "SA": "Middle East", "TR": "Middle East", "UA": "Europe", "RU": "Europe", "US": "North America"}


_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as the start of a formula
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def cell(value: object) -> object:
    """A CSV cell a spreadsheet will show, never evaluate (OWASP's rule against CSV injection):
    text that starts like a formula gets a leading apostrophe; plain numbers stay numbers. Outlets,
    titles and ids come from feeds and archives nobody vetted."""
    if isinstance(value, str) and value.startswith(_FORMULA) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write(incidents: Iterable[Incident], fmt: str, out: IO[str], lexicon=None) -> int:
    """Write incidents to `out`; returns how many were written (GeoJSON leaves out the unlocated)."""
    written = 0

    def counted() -> Iterator[Incident]:
        nonlocal written
        for i in incidents:
            written += fmt != "geojson" or _located(i)
            yield i

    for piece in chunks(counted(), fmt, lexicon):
        out.write(piece)
    return written


def chunks(incidents: Iterable[Incident], fmt: str, lexicon=None) -> Iterator[str]:
    """The export as pieces of text, one per incident (and a head and a tail): what a server
    streams, so that a large store never has to fit in memory as one file."""
    if fmt == "acled-csv":
        return _acled(incidents, lexicon)
    if fmt == "geojson":
        return _geojson(incidents)
    if fmt == "plover-jsonl":
        return (json.dumps(plover(i), ensure_ascii=False) + "\n" for i in incidents)
    if fmt == "jsonl":
        return (i.model_dump_json() + "\n" for i in incidents)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def acled_row(i: Incident, lexicon=None) -> dict[str, object]:
    """One ACLED row. actor1 is the claimed or attributed actor, actor2 the target; ACLED gives them
    no direction, and neither does this row."""
    precision = {"day": 1, "range": 2, "month": 3}.get(i.date_precision, 3)
    inter1 = _inter(i.actor, lexicon)
    inter2 = _inter(i.target, lexicon)
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = "".join(map(str, codes)) if len(codes) == 2 else (f"{codes[0]}0" if codes else "")
    tags = [f"disputed: {d.field}" for d in i.disputes] + [f"status: {i.status}"]
    if i.actor_role == "claimed":
        tags.append("claimed responsibility")
    return {
        "event_id_cnty": f"{_ISO3.get(i.country or '', (i.country or 'XXX',))[0]}SR{i.id}",
        "event_date": i.event_date.isoformat() if i.event_date else "",
        "year": i.event_date.year if i.event_date else "",
        "time_precision": precision,
        "disorder_type": "Political violence" if i.event_type != "Strategic developments" else "Strategic developments",
        "event_type": i.event_type, "sub_event_type": i.sub_event_type,
        "actor1": i.actor or "", "assoc_actor_1": "", "inter1": inter1 or "",
        "actor2": i.target or "", "assoc_actor_2": "", "inter2": inter2 or "", "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if i.target == "Civilians" else "",
        "iso": _ISO3.get(i.country or "", ("", ""))[1], "region": _REGION.get(i.country or "", ""),
        "country": country_name(i.country), "admin1": i.admin1 or "", "admin2": "", "admin3": "",
        "location": i.location or "",
        "latitude": f"{i.latitude:.4f}" if i.latitude is not None else "",
        "longitude": f"{i.longitude:.4f}" if i.longitude is not None else "",
        "geo_precision": i.geo_precision or "",
        "source": "; ".join(sorted({s.outlet or s.article_id for s in i.sources})) or "",
        "source_scale": "", "notes": i.notes, "fatalities": i.fatalities if i.fatalities is not None else 0,
        "tags": "; ".join(tags), "timestamp": int(dt.datetime.now(dt.UTC).timestamp()),
    }


def _inter(name: str | None, lexicon) -> int | None:
    if not name:
        return None
    if name == "Civilians":
        return 7
    actor = lexicon.actors.get(name) if lexicon else None
    return actor.inter if actor else None


def _acled(incidents: Iterable[Incident], lexicon) -> Iterator[str]:
    line = io.StringIO()
    writer = csv.DictWriter(line, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    for i in incidents:
        writer.writerow({k: cell(v) for k, v in acled_row(i, lexicon).items()})
        yield line.getvalue()
        line.seek(0)
        line.truncate()
    yield line.getvalue()  # the header alone, when there are no incidents


def _located(i: Incident) -> bool:
    return i.latitude is not None and i.longitude is not None


def _geojson(incidents: Iterable[Incident]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for i in incidents:
        if not _located(i):
            continue
        assert i.latitude is not None and i.longitude is not None  # as `_located` has just checked
        props = i.model_dump(mode="json", exclude={"latitude", "longitude"})
        feature = {"type": "Feature", "id": i.id,
                   "geometry": {"type": "Point", "coordinates": [round(i.longitude, 5), round(i.latitude, 5)]},
                   "properties": props}
        yield ("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"




def plover(i: Incident) -> dict[str, object]:
    kinds = Lexicon.load().weapons  # each kind's PLOVER mode
    modes: list[str] = sorted({kinds[w.kind].plover for w in i.weapons if w.kind in kinds}) or (
        [i.plover_mode] if i.plover_mode else [])
    first = i.sources[0] if i.sources else None
    return {
        "id": f"sitrep-{i.id}", "has_event": True,
        "date": i.event_date.isoformat() if i.event_date else None, "time": None,
        "enddate": i.date_end.isoformat() if i.date_end and i.date_end != i.event_date else None, "endtime": None,
        "actor": [{"entity_text": i.actor}] if i.actor else [],
        "recipient": [{"entity_text": i.target}] if i.target else [],
        "event": ["ASSAULT"], "mode": modes,
        "event_loc": {"extracted_place": i.location, "resolved_place": i.location, "lat": i.latitude,
                      "lon": i.longitude, "province": i.admin1, "country_code": i.country,
                      "resolution": {1: 4, 2: 3, 3: 1 if i.admin1 is None else 2}.get(i.geo_precision or 3)},
        "event_text": first.evidence[0].text if first and first.evidence else None,
        "link": None, "text": i.notes,
        "cite_info": [{"publication": s.outlet, "url": s.url, "title": s.title,
                       "citation": s.evidence[0].text if s.evidence else None} for s in i.sources],
        "coder": "sitrep", "coded_date": dt.date.today().isoformat(), "comment": None,
    }
