"""What sitrep writes can be opened safely: no CSV cell a spreadsheet would run as a formula, no
control character that a terminal would act on. Outlets, titles, ids and file names come from
feeds and archives nobody vetted; here they carry formulas and escape sequences around real
reports."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import SEEDS, run_sitrep

FORMULA = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _body(seed) -> str:
    return seed.read_text(encoding="utf-8").split("\n", 1)[1]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Real reports (seed 000 with its running tally, 002, 003) under hostile ids, titles and outlets."""
    folder = tmp_path_factory.mktemp("hostile")
    records = [
        {"id": "=1+2", "title": "@SUM(A1:A9)", "outlet": '=HYPERLINK("http://attacker.example/","open")',
         "date": "2023-11-13", "text": _body(SEEDS[2])},
        {"id": "+cmd|' /C calc'!A0", "title": "\tTabbed title", "outlet": "-2+3 Desk", "date": "2024-10-05",
         "text": _body(SEEDS[0])},
        {"id": "-42", "title": "\r\x1b]0;owned\x07Carriage", "outlet": "\x1b[31mRed Desk\x1b[0m", "date": "2023-11-13",
         "text": _body(SEEDS[3]).replace("US bases", "US bases\x1b[2J", 1)},
    ]
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = folder / "hostile.db"
    done = run_sitrep("ingest", path, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    return path, db


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _formulas(cells: list[str]) -> list[str]:
    return [c for c in cells if c.startswith(FORMULA) and not NUMBER.fullmatch(c)]


def test_no_csv_cell_is_a_formula(hostile, tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    path, db = hostile
    exported = tmp_path / "incidents.csv"
    assert run_sitrep("export", "--format", "acled-csv", "-o", exported, "--db", db).returncode == 0
    client = TestClient(create_app(str(db)), raise_server_exceptions=False)
    outputs = {
        "export acled-csv": exported.read_text(encoding="utf-8"),
        "GET /api/incidents.csv": client.get("/api/incidents.csv").text,
        "extract --format csv": run_sitrep("extract", path, "--format", "csv").stdout,
        "incidents --format csv": run_sitrep("incidents", "--db", db, "--format", "csv").stdout,
        "tallies --format csv": run_sitrep("tallies", "--db", db, "--format", "csv").stdout,
    }
    for name, text in outputs.items():
        cells = _cells(text)
        assert len(cells) > 40, (name, text[:500])
        assert _formulas(cells) == [], name
    acled = _cells(outputs["export acled-csv"])
    assert any(c.startswith("'-2+3 Desk") or "'=HYPERLINK" in c for c in acled)  # the outlets, in `source`
    extracted = _cells(outputs["extract --format csv"])
    assert {"'=1+2", "'@SUM(A1:A9)", '\'=HYPERLINK("http://attacker.example/","open")', "'+cmd|' /C calc'!A0",
            "'\tTabbed title", "-42"} <= set(extracted)  # a plain number stays a number
    tallies = _cells(outputs["tallies --format csv"])
    assert "'+cmd|' /C calc'!A0" in tallies and "'-2+3 Desk" in tallies


def test_no_control_character_reaches_the_terminal(hostile, tmp_path):
    path, db = hostile
    shown = [run_sitrep("extract", path, "--format", "table"),
             run_sitrep("incidents", "--db", db, "--format", "table"),
             run_sitrep("tallies", "--db", db, "--format", "table")]
    found = json.loads(run_sitrep("incidents", "--db", db, "--format", "json").stdout)
    reported = [i for i in found if any(s["article_id"] == "-42" for s in i["sources"])]  # by the outlet of escapes
    shown += [run_sitrep("incident", i["id"], "--db", db, "--format", "table") for i in reported[:2]]
    odd = tmp_path / "\x1b[2Jodd\x07.txt"  # a file name is untrusted too: its error line is printed
    odd.write_text("")
    shown.append(run_sitrep("extract", odd, path, "--format", "table"))
    for done in shown:
        assert done.returncode == 0, done.stderr
        for stream in (done.stdout, done.stderr):
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", stream), stream[:2000]
    pages = "".join(d.stdout for d in shown[3:-1])  # what is shown of them, without what was stripped
    assert "[31mRed Desk[0m, 2023-11-13, -42" in pages  # the outlet, shown without its escapes
    assert "[2Jodd.txt: empty file" in shown[-1].stderr
