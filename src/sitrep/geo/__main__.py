"""`python -m sitrep.geo`: build the gazetteer index now (`make install` does), not on first use."""

import time

from sitrep.geo.gazetteer import load_index

t0 = time.perf_counter()
index = load_index()
print(f"sitrep: gazetteer index: {len(index.entries):,} places, {len(index.exact):,} names "
      f"({time.perf_counter() - t0:.1f} s)")
