"""What a new user meets in the first minutes, each on the bundled samples: a command on a store
that is not there, a name that is no place, a country given by name, a URL given where files are
read, counts in plain English, a port already taken, and PostgreSQL or Dask asked for without the
extra that installs it."""

from __future__ import annotations

import re
import socket
import sys

import pytest

from tests.conftest import ROOT, run_sitrep

SEED = ROOT / "src" / "sitrep" / "samples" / "002_2b3523680589e620.txt"  # the drones on al-Shaddadi, Syria


def test_reading_a_store_that_is_not_there_says_so_and_makes_none(tmp_path):
    for command in (["incidents"], ["incident", "1"], ["tallies"], ["export", "--format", "jsonl", "-o", "-"]):
        done = run_sitrep(*command, "--db", tmp_path / "sitrep.db")
        assert done.returncode == 2 and "no store at" in done.stderr and "sitrep ingest" in done.stderr, command
    assert not (tmp_path / "sitrep.db").exists()


def test_a_country_is_a_code_or_a_name(tmp_path):
    assert run_sitrep("ingest", SEED, "--db", tmp_path / "s.db", "--no-progress").returncode == 0
    by_name = run_sitrep("incidents", "--db", tmp_path / "s.db", "--country", "Syria", "--format", "jsonl")
    by_code = run_sitrep("incidents", "--db", tmp_path / "s.db", "--country", "sy", "--format", "jsonl")
    assert by_name.returncode == 0 and by_name.stdout == by_code.stdout and '"al-Shaddadi"' in by_name.stdout
    wrong = run_sitrep("incidents", "--db", tmp_path / "s.db", "--country", "Narnia")
    assert wrong.returncode == 2 and "a 2-letter code, e.g. SY" in wrong.stderr
    none = run_sitrep("incidents", "--db", tmp_path / "s.db", "--country", "FR", "--format", "table")
    assert none.stdout.strip() == "no incident"  # not a table titled "0 mentions"
    placed = run_sitrep("geocode", "Hasakah", "--country", "Syria", "--format", "jsonl")
    assert placed.returncode == 0 and '"SY"' in placed.stdout


def test_a_name_that_is_no_place_says_so():
    done = run_sitrep("geocode", "Qwertzuiop", "--format", "jsonl")
    assert done.returncode == 1 and done.stdout == "" and "no place named 'Qwertzuiop'" in done.stderr


def test_a_url_given_to_extract_points_to_watch():
    done = run_sitrep("extract", "https://example.org/news/drone-attack.html")
    assert done.returncode == 2 and "sitrep watch" in done.stderr and done.stderr.count("\n") == 1


def test_counts_are_in_plain_english():
    done = run_sitrep("extract", SEED, "--format", "table")
    assert "1 article, 4 mentions, 0 tallies, 0 unreadable" in done.stderr, done.stderr


def test_a_port_already_taken_is_said_before_serving(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_sitrep("serve", "--db", tmp_path / "s.db", "--port", port)
    assert done.returncode == 1 and f"127.0.0.1:{port}" in done.stderr and "--port" in done.stderr
    assert "serving" not in done.stderr


def test_postgresql_and_dask_without_their_extras_say_which_to_install(tmp_path, monkeypatch):
    """psycopg and Dask are extras (`sitrep[postgres]`, `sitrep[dask]`): where they are missing
    (here: made unimportable), asking for either is one line naming the extra, and no store is made."""
    from click.testing import CliRunner

    from sitrep.cli import cli
    from sitrep.engine import DaskRunner
    from sitrep.store import StoreError, open_store

    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(StoreError, match=re.escape("pip install 'sitrep[postgres]'")):
        open_store("postgresql://sitrep@127.0.0.1:5432/sitrep")
    with pytest.raises(ImportError, match=re.escape("pip install 'sitrep[dask]'")):
        DaskRunner(workers=1)

    runner = CliRunner()
    done = runner.invoke(cli, ["incidents", "--db", "postgresql://sitrep:pw@127.0.0.1:5432/sitrep"])
    assert done.exit_code == 1 and done.output.count("\n") == 1 and "pip install 'sitrep[postgres]'" in done.output
    assert "pw" not in done.output
    db = tmp_path / "s.db"
    done = runner.invoke(cli, ["ingest", str(SEED), "--engine", "dask", "--db", str(db), "--no-progress"])
    assert done.exit_code == 1 and done.output.count("\n") == 1 and "pip install 'sitrep[dask]'" in done.output
    assert not db.exists()
