"""What a new user meets in the first minutes, each on the bundled samples: a command on a store
that is not there, a name that is no place, a country given by name, a URL given where files are
read, counts in plain English, and a port already taken."""

from __future__ import annotations

import socket

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
