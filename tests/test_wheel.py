"""sitrep as a Python package: the sdist and the wheel that `make dist` (python -m build) makes,
the wheel from the sdist, each in an isolated environment with only pyproject.toml's build
requirements. The wheel, installed into a fresh virtual environment with pip alone, works without
this checkout, npm or make: it reads a seed, places Erbil, and serves the dashboard and /docs with
every script and style sheet they load. The sdist, installed by pip into another (pip builds its
own wheel from it), reads a seed too, and has neither extra (PostgreSQL, Dask) until asked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, served

SEED = ROOT / "src" / "sitrep" / "samples" / "002_2b3523680589e620.txt"  # the drones on al-Shaddadi


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel, built as `make dist` builds them: the sdist from this checkout, then
    the wheel from the unpacked sdist, each in a fresh environment that has only the build
    requirements (from the index pip is set up with), so that one missing there fails here. The
    build step finds the data this checkout's install built, shipped in the sdist, and builds
    nothing again."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def wheel(dist) -> Path:
    [built] = dist.glob("sitrep-*.whl")
    return built


@pytest.fixture(scope="module")
def sdist(dist) -> Path:
    [built] = dist.glob("sitrep-*.tar.gz")
    return built


def _start_install(package: Path, venv: Path) -> subprocess.Popen:
    """pip, started installing `package` into a new venv (its dependencies from the index pip is set
    up with). The venv is made without a pip of its own: this pip installs into it (`--python`),
    not compiling the installed modules to bytecode (Python compiles those it imports)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    with (venv / "pip.log").open("w") as log:
        # without this checkout on PYTHONPATH: pip would take its src/sitrep.egg-info for sitrep installed
        return subprocess.Popen([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
                                 "--quiet", "--no-compile", str(package)], stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONPATH": ""})


@pytest.fixture(scope="module")
def installs(wheel, sdist, tmp_path_factory) -> dict[str, Path]:
    """The `sitrep` commands of the wheel and of the sdist, each installed by pip in a new venv of
    its own (pip building its own wheel from the sdist), both at once."""
    venvs = {"wheel": tmp_path_factory.mktemp("venv-wheel"), "sdist": tmp_path_factory.mktemp("venv-sdist")}
    pips = {kind: _start_install(package, venvs[kind]) for kind, package in (("wheel", wheel), ("sdist", sdist))}
    try:
        for pip in pips.values():
            pip.wait(timeout=900)
    finally:
        for pip in pips.values():
            pip.kill()
    for kind, pip in pips.items():
        assert pip.returncode == 0, (kind, (venvs[kind] / "pip.log").read_text()[-3000:])
    return {kind: venv / "bin" / "sitrep" for kind, venv in venvs.items()}


@pytest.fixture(scope="module")
def installed(installs) -> Path:
    return installs["wheel"]


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


def test_the_sdist_installs_with_pip_and_reads_a_seed_without_the_extras(sdist, installs, tmp_path):
    names = set(tarfile.open(sdist).getnames())
    top = sdist.name.removesuffix(".tar.gz")
    assert {f"{top}/{name}" for name in ("pyproject.toml", "setup.py", "package-lock.json", "src/sitrep/geo/data/regions.bin",
                                          "src/sitrep/web/static/vendor/.lock")} <= names
    installed = installs["sdist"]
    done = _run(installed, "extract", str(SEED), "--format", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert any('"al-Shaddadi"' in line and '"latitude":36.' in line for line in done.stdout.splitlines()), done.stdout
    extras = subprocess.run([str(installed.parent / "python"), "-c", "import importlib.util as u; "
                             "print([m for m in ('psycopg', 'distributed', 'dask') if u.find_spec(m)])"],
                            capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""})
    assert extras.stdout.strip() == "[]", extras  # the extras are not installed with sitrep itself
    done = _run(installed, "ingest", str(SEED), "--engine", "dask", "--db", str(tmp_path / "s.db"), cwd=tmp_path)
    assert done.returncode == 1 and "pip install 'sitrep[dask]'" in done.stderr and done.stderr.count("\n") == 1
    done = _run(installed, "incidents", "--db", "postgresql://sitrep@127.0.0.1:9/sitrep", cwd=tmp_path)
    assert done.returncode == 1 and "pip install 'sitrep[postgres]'" in done.stderr, done.stderr
