"""sitrep: news reports and channel posts about armed attacks, read into geolocated,
de-duplicated, source-attributed incidents.

    >>> import sitrep
    >>> [m] = sitrep.extract("Three drones attacked al-Asad air base in Iraq on Friday.",
    ...                      published="2024-01-20")                      # doctest: +SKIP
    >>> m.location, m.event_date.isoformat(), [w.kind for w in m.weapons]  # doctest: +SKIP
    ('Ain al-Asad Air Base', '2024-01-19', ['drone'])

    >>> store = sitrep.open_store("sitrep.db")                              # doctest: +SKIP
    >>> for article, added in sitrep.Pipeline().ingest(["reports/"], store): ...  # doctest: +SKIP

The records (`Mention`, `Tally`, `Incident`, ...) are the ones the CLI, the REST API and the
exports print, field for field. Errors: `StoreError` (`Refused`, `Unavailable`) from a store,
`LexiconError` from a dictionary file, `TooLong` and `TimeLimit` from an article extraction gave
up on. Importing sitrep loads none of the gazetteer, the web server or Dask: what needs them is
loaded when first used.
"""

from __future__ import annotations

import datetime as _dt
from importlib import import_module as _import_module
from importlib.metadata import PackageNotFoundError as _NotInstalled
from importlib.metadata import version as _version
from typing import TYPE_CHECKING, Any

import sitrep.extract as _stage  # loaded first, so that `sitrep.extract` below is the function, not the stage
from sitrep.model import (
    Article,
    Claim,
    Evidence,
    Incident,
    IncidentFilter,
    Mention,
    Place,
    PlaceSpan,
    Source,
    Tally,
    Weapon,
)

if TYPE_CHECKING:
    from sitrep.engine import Pipeline
    from sitrep.lexicon import LexiconError
    from sitrep.store import Refused, Store, StoreError, Unavailable, open_store

try:
    __version__ = _version("sitrep")
except _NotInstalled:  # a source tree on sys.path, not installed
    __version__ = "0+unknown"

# name -> the module it lives in, imported on first use (each pulls in what it needs)
_LAZY = {"Pipeline": "sitrep.engine", "open_store": "sitrep.store", "Store": "sitrep.store",
         "StoreError": "sitrep.store", "Refused": "sitrep.store", "Unavailable": "sitrep.store",
         "LexiconError": "sitrep.lexicon"}
TooLong, TimeLimit = _stage.TooLong, _stage.TimeLimit
_pipeline: Pipeline | None = None


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(_import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


def extract(article: Article | str, published: _dt.date | str | None = None) -> list[Mention | Tally]:
    """The mentions of attacks and the running tallies one article reports. A plain text is read
    as an article published on `published` (an ISO date or a date; relative dates such as
    "on Friday" are resolved against it)."""
    global _pipeline
    if isinstance(article, str):
        when = _dt.date.fromisoformat(published) if isinstance(published, str) else published
        article = Article(id="text", text=article, published=when)
    if _pipeline is None:
        _pipeline = _import_module("sitrep.engine").Pipeline()
    return list(_pipeline.extract_article(article))


__all__ = ["Article", "Claim", "Evidence", "Incident", "IncidentFilter", "LexiconError", "Mention", "Pipeline",
           "Place", "PlaceSpan", "Refused", "Source", "Store", "StoreError", "Tally", "TimeLimit", "TooLong",
           "Unavailable", "Weapon", "__version__", "extract", "open_store"]
