"""The Python API: `import sitrep` gives the public names of `__all__`, loads no server, store or
gazetteer until one is used, and reads an article as the CLI does."""

from __future__ import annotations

import subprocess
import sys

import sitrep
from tests.conftest import ROOT


def test_every_public_name_is_there():
    assert sorted(sitrep.__all__) == sorted(set(sitrep.__all__))
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None, name
    assert (ROOT / "src" / "sitrep" / "py.typed").is_file()


def test_importing_sitrep_loads_no_server_store_or_gazetteer():
    code = ("import sys, sitrep; print(sorted(m for m in ('fastapi', 'dask', 'sqlalchemy', 'sitrep.geo', 'uvicorn') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_extract_reads_a_seed_as_the_cli_does():
    text = (ROOT / "src" / "sitrep" / "samples" / "002_2b3523680589e620.txt").read_text(encoding="utf-8")
    found = sitrep.extract(sitrep.Article(id="002", text=text))
    assert any(isinstance(m, sitrep.Mention) and m.location == "al-Shaddadi" and m.latitude for m in found)


def test_the_data_builders_say_what_they_do():
    for module in ("sitrep.geo", "sitrep.web"):
        done = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and "node_modules" in done.stdout, (module, done.stderr)
