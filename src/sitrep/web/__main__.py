"""`python -m sitrep.web NODE_MODULES`: what `make install` runs after `npm ci`."""

import sys
from pathlib import Path

from sitrep.web import VENDOR, build

if len(sys.argv) != 2:
    sys.exit("usage: python -m sitrep.web NODE_MODULES")
n = build(Path(sys.argv[1]))
size = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
print(f"sitrep: dashboard assets: {n} files in {VENDOR} ({size / 1e6:.1f} MB)")
