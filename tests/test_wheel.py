"""sitrep as a Python package: the wheel that `make dist` (python -m build) makes, installed into
a fresh virtual environment with pip alone, works without this checkout, npm or make: it reads a
seed, places Erbil, and serves the dashboard and /docs with every script and style sheet they load."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, served

SEED = ROOT / "src" / "sitrep" / "samples" / "002_2b3523680589e620.txt"  # the drones on al-Shaddadi


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built as `make dist` builds it (the build step finds the data this checkout's
    install built, and builds nothing again)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(ROOT)], check=True, timeout=600)
    [built] = out.glob("sitrep-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The `sitrep` command of the wheel installed by pip in a new venv (its dependencies from the
    index pip is set up with)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], check=True, timeout=900)
    return venv / "bin" / "sitrep"


def _run(sitrep: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(sitrep), *args], capture_output=True, text=True, timeout=600, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": ""})


def test_the_wheel_ships_the_built_data_and_is_small(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"sitrep/__init__.py", "sitrep/py.typed", "sitrep/geo/data/regions.bin", "sitrep/geo/data/named_sites.csv",
            "sitrep/lexicon/data/ar/actors.yaml", "sitrep/web/static/vendor/leaflet/leaflet.js",
            "sitrep/web/static/vendor/swagger-ui/swagger-ui-bundle.js"} <= names
    assert wheel.stat().st_size < 60e6


def test_the_installed_wheel_reads_a_seed_and_places_erbil(installed, tmp_path):
    done = _run(installed, "extract", str(SEED), "--format", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shaddadi = [line for line in done.stdout.splitlines() if '"al-Shaddadi"' in line]
    assert shaddadi and '"latitude":36.' in shaddadi[0], done.stdout
    done = _run(installed, "geocode", "Erbil", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0 and '"Erbil"' in done.stdout and '"IQ"' in done.stdout, done.stderr
    where = subprocess.run([str(installed.parent / "python"), "-c", "import sitrep; print(sitrep.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""})
    assert "site-packages" in where.stdout, where  # the wheel's, not this checkout's


def test_the_installed_wheel_serves_the_dashboard_and_its_docs(installed, tmp_path):
    assert _run(installed, "ingest", str(SEED), "--db", str(tmp_path / "s.db"), "--no-progress",
                cwd=tmp_path).returncode == 0
    with served(str(tmp_path / "s.db"), sitrep=[str(installed)]) as url:
        for page in ("/", "/docs"):
            html = urllib.request.urlopen(url + page, timeout=10).read().decode()
            assets = re.findall(r'<(?:script[^>]+src|link[^>]+href)="([^"]+)"', html)
            assert any(a.endswith(".js") for a in assets), (page, html[:500])
            for asset in assets:
                target = asset if asset.startswith("http") else url + ("" if asset.startswith("/") else "/") + asset
                assert target.startswith(url), f"{page} loads {asset} from elsewhere"
                with urllib.request.urlopen(target, timeout=10) as reply:
                    assert reply.status == 200, (page, asset)
