"""`python -m sitrep.web NODE_MODULES`: copy the dashboard's libraries and basemap from an npm node_modules folder.

The package's build step (setup.py) does this when it is installed.
"""

import argparse
from pathlib import Path

from sitrep.web import VENDOR, build

parser = argparse.ArgumentParser(prog="python -m sitrep.web", description=__doc__.split("\n\n")[0].split(": ", 1)[1].capitalize())
parser.add_argument("node_modules", type=Path, help="where `npm ci` put leaflet, supercluster, swagger-ui-dist, ...")
args = parser.parse_args()
n = build(args.node_modules)
size = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
print(f"sitrep: dashboard assets: {n} files in {VENDOR} ({size / 1e6:.1f} MB)")
