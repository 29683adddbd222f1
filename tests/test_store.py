"""The incident store and the resolve stage, on SQLite and on PostgreSQL, on real reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.model import Mention
from tests.conftest import SAMPLES, SEEDS, run_sitrep


def _counts(store):
    c = store.counts()
    return {k: c[k] for k in ("articles", "mentions", "incidents", "tallies")}


# --- schema ------------------------------------------------------------------------------------

def test_migrations_create_exactly_the_models(store_url):
    """Alembic's migrations and the SQLAlchemy models describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sitrep.store import open_store
    from sitrep.store.tables import Base

    store = open_store(store_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert diff == []


# --- ingest ------------------------------------------------------------------------------------

def test_ingest_twice_changes_nothing(store_url, pipeline):
    from sitrep.store import open_store

    store = open_store(store_url)
    first = [added.status for _, added in pipeline.ingest(SEEDS, store)]
    assert first == ["new"] * len(SEEDS)
    before = _counts(store)
    incidents_before = [i.model_dump(exclude={"sources"}) for i in store.incidents()]
    again = [added.status for _, added in pipeline.ingest(SEEDS, store)]
    assert again == ["unchanged"] * len(SEEDS)
    assert _counts(store) == before
    assert [i.model_dump(exclude={"sources"}) for i in store.incidents()] == incidents_before
    store.close()


def test_a_changed_article_replaces_its_mentions(store_url, pipeline, tmp_path):
    from sitrep.store import open_store

    seed = SEEDS[2]
    copy = tmp_path / seed.name
    copy.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    store = open_store(store_url)
    list(pipeline.ingest([copy], store))
    before = _counts(store)
    # the outlet cuts the paragraph about the Conoco field
    text = copy.read_text(encoding="utf-8")
    cut = "\n".join(line for line in text.splitlines() if "Conoco" not in line and "Grad rockets" not in line)
    copy.write_text(cut, encoding="utf-8")
    (_, added), = list(pipeline.ingest([copy], store))
    assert added.status == "replaced"
    after = _counts(store)
    assert after["articles"] == before["articles"] == 1
    assert after["mentions"] < before["mentions"]
    assert not any("Conoco" in (i.location or "") for i in store.incidents())
    store.close()


def test_bad_input_is_reported_and_the_rest_is_stored(store_url, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    for seed in SEEDS[:2]:
        (batch / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "broken.jsonl").write_text('{"id": "a", "text": "no closing brace"\n', encoding="utf-8")
    done = run_sitrep("ingest", batch, "--db", store_url, "--no-progress")
    assert done.returncode == 0, done.stderr
    # one line for each bad file, naming it (a first run on a machine also says it builds the gazetteer index)
    errors = [line for line in done.stderr.splitlines() if line.startswith(f"sitrep: {batch}")]
    assert len(errors) == 3
    for name in ("binary.txt", "empty.txt", "broken.jsonl"):
        assert sum(name in line for line in errors) == 1
    assert "2 new" in done.stderr


def test_resume_after_a_killed_ingest(tmp_path, corpus_dir):
    """Kill `sitrep ingest` mid-batch: what it committed stays, and a second run finishes the job
    with exactly what one uninterrupted run gives."""
    import sqlite3

    from sitrep.store import open_store

    paths = [SAMPLES, corpus_dir / "rss_news_2023_iraq_syria_us_forces.jsonl"]
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "ingest", *map(str, paths), "--db", str(killed),
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(killed, timeout=1) as db:
                stored = db.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 60:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    partial = _counts(open_store(str(killed)))
    assert 60 <= partial["articles"] < 400
    resumed = run_sitrep("ingest", *paths, "--db", killed, "--no-progress")
    assert resumed.returncode == 0
    assert f"{partial['articles']} unchanged" in resumed.stderr

    whole = tmp_path / "whole.db"
    assert run_sitrep("ingest", *paths, "--db", whole, "--no-progress").returncode == 0
    a, b = open_store(str(killed)), open_store(str(whole))
    assert _counts(a) == _counts(b)
    assert [i.notes for i in a.incidents()] == [i.notes for i in b.incidents()]


def test_two_ingests_at_once_store_each_article_once(store_url, tmp_path):
    """Two `sitrep ingest` runs of the same reports at the same time, in opposite orders (an
    analyst's batch while the server takes posts): writers take turns, neither fails, and the
    store holds what one run stores."""
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".jsonl"))
    command = [sys.executable, "-m", "sitrep.cli", "ingest", "--db", store_url, "--no-progress"]
    runs = [subprocess.Popen(command + [str(f) for f in order], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for order in (files, files[::-1])]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    from sitrep.store import open_store

    together = open_store(store_url)
    alone = open_store(str(tmp_path / "alone.db"))
    assert run_sitrep("ingest", *files, "--db", tmp_path / "alone.db", "--no-progress").returncode == 0
    counts = lambda store: {k: store.counts()[k] for k in ("articles", "mentions", "tallies")}
    assert counts(together) == counts(alone)
    assert set(together.links()) == {m.key for m in together.mentions()}  # every mention in an incident
    together.close()
    alone.close()


# --- the commands ------------------------------------------------------------------------------

def test_every_command_on_the_seeds(store_url):
    assert run_sitrep("ingest", *SEEDS, "--db", store_url, "--no-progress").returncode == 0

    listed = run_sitrep("incidents", "--db", store_url, "--format", "jsonl")
    incidents = [json.loads(line) for line in listed.stdout.splitlines()]
    assert incidents and all(i["kind"] == "incident" and i["notes"] for i in incidents)
    syria = [json.loads(line) for line in run_sitrep("incidents", "--db", store_url, "--country", "SY",
                                                     "--since", "2023-11-14", "--format", "jsonl").stdout.splitlines()]
    assert syria and all(i["country"] == "SY" and i["event_date"] >= "2023-11-14" for i in syria)
    assert len(syria) < len(incidents)

    table = run_sitrep("incidents", "--db", store_url, "--format", "csv")
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert header[:3] == ["kind", "id", "event_date"]  # the model's field names, as in jsonl

    geo = json.loads(run_sitrep("incidents", "--db", store_url, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lon, lat = next(f["geometry"]["coordinates"] for f in geo["features"]
                    if f["properties"]["location"] == "al-Shaddadi")
    assert abs(lat - 36.05) < 0.2 and abs(lon - 40.73) < 0.2  # GeoJSON order: longitude first

    shaddadi = next(i for i in incidents if i["location"] == "al-Shaddadi" and i["event_date"] == "2023-11-13")
    one = run_sitrep("incident", shaddadi["id"], "--db", store_url, "--format", "table")
    assert one.returncode == 0
    assert "targeted by three drones" in one.stdout  # the source sentence
    assert "Islamic Resistance in Iraq" in one.stdout

    missing = run_sitrep("incident", 99999, "--db", store_url)
    assert missing.returncode == 1 and "no incident 99999" in missing.stderr

    tallies = [json.loads(line) for line in run_sitrep("tallies", "--db", store_url, "--format", "jsonl").stdout.splitlines()]
    assert {t["total"] for t in tallies} >= {56, 61, 66, 140}


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "plover-jsonl", "jsonl"])
def test_export(fmt, tmp_path):
    db = tmp_path / "sitrep.db"
    assert run_sitrep("ingest", *SEEDS, "--db", db, "--no-progress").returncode == 0
    out = tmp_path / f"export.{fmt}"
    done = run_sitrep("export", "--db", db, "--format", fmt, "-o", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "acled-csv":
        from sitrep.export import ACLED_COLUMNS

        rows = list(csv.DictReader(io.StringIO(text)))
        assert list(rows[0]) == ACLED_COLUMNS
        shaddadi = next(r for r in rows if r["location"] == "al-Shaddadi" and r["event_date"] == "2023-11-13")
        assert shaddadi["country"] == "Syria" and shaddadi["time_precision"] == "1"
        assert shaddadi["sub_event_type"] == "Air/drone strike" and shaddadi["actor1"] == "Islamic Resistance in Iraq"
        assert shaddadi["event_id_cnty"].startswith("SYR")
    elif fmt == "geojson":
        data = json.loads(text)
        assert all(f["geometry"]["type"] == "Point" for f in data["features"])
    else:
        records = [json.loads(line) for line in text.splitlines()]
        assert records
        if fmt == "plover-jsonl":
            assert all(r["event"] == ["ASSAULT"] for r in records)
            assert any("drone" in r["mode"] for r in records)


# --- merging real reports ----------------------------------------------------------------------

def _incident_of(store, article_id: str, location_part: str):
    links = store.links()
    for m in store.mentions():
        if m.mention.article_id == article_id and location_part in (m.mention.location or ""):
            return store.incident(links[m.key])
    raise AssertionError(f"no mention of {location_part} in {article_id}")


def test_a_claim_and_wire_reports_of_tower_22_are_one_incident(corpus_store):
    """Tasnim's report of the Islamic Resistance's claim ("the Rukban district") and Wikipedia's
    report of the attack on Tower 22 are the same event of 28 January 2024."""
    tower = _incident_of(corpus_store, "wcep-2024-01-28-001", "Rukban")
    assert "004_84d721407357e12c" in {s.article_id for s in tower.sources}
    assert tower.event_date.isoformat() == "2024-01-28"
    assert tower.country == "JO"
    assert tower.outlets >= 3
    assert tower.actor == "Islamic Resistance in Iraq" and tower.actor_role == "claimed"
    assert tower.fatalities == 3


def test_sources_disagree_on_the_tower_22_wounded(corpus_store):
    """Al Jazeera's "at least 25 injured", CNN's 34, AP's 40 and Wikipedia's 47: a dispute, each
    figure with who gives it; the best estimate is the lowest (ACLED practice)."""
    incidents = [corpus_store.incident(i.id) for i in corpus_store.incidents()
                 if i.country == "JO" and i.event_date and i.event_date.isoformat() == "2024-01-28"]
    disputed = [i for i in incidents if any(d.field == "injuries" for d in i.disputes)]
    assert disputed
    dispute = next(d for d in disputed[0].disputes if d.field == "injuries")
    values = {v.value for v in dispute.values}
    assert len(values) >= 2
    assert disputed[0].injuries == min(values) == disputed[0].injuries_low
    assert all(v.outlets for v in dispute.values)
    assert "injuries" in [d.field for d in disputed[0].disputes]


def test_notes_are_neutral(corpus_store):
    """The notes come from the fields: none of the sources' loaded words."""
    loaded = ("occupation", "terrorist", "martyr", "aggression", "zionist", "regime", "atrocious", "resistance fighters")
    for incident in corpus_store.incidents():
        notes = incident.notes.lower()
        for word in loaded:
            assert word not in notes.replace("islamic resistance in iraq", ""), incident.notes


def test_seed_000_is_flagged_as_misdated(store_url, pipeline):
    """Seed 000 is dated 2024-10-05 but reports "66 attacks since October 17", between the 61 of
    17 November 2023 and the 140 of January 2024."""
    from sitrep.store import open_store

    store = open_store(store_url)
    list(pipeline.ingest(SEEDS, store))
    points = store.tally_points()
    flagged = {p.article_id: p for p in points if p.date_inconsistent}
    assert set(flagged) == {"000_e3f50235b42cd36f"}
    assert flagged["000_e3f50235b42cd36f"].total == 66
    assert "61" in flagged["000_e3f50235b42cd36f"].inconsistency
    assert "140" in flagged["000_e3f50235b42cd36f"].inconsistency
    series = [p.total for p in points if p.series == "US Department of Defense"]
    assert {56, 61, 66, 140} <= set(series)
    store.close()


def test_split_and_merge_are_kept_when_everything_is_resolved_again(store_url, pipeline, corpus_dir):
    from sitrep.store import open_store

    store = open_store(store_url)
    list(pipeline.ingest([SAMPLES, corpus_dir / "rss_news_2024_iraq_syria_us_forces.jsonl"], store))
    big = max(store.incidents(), key=lambda i: len(i.sources))
    assert len(big.sources) >= 3
    moved = big.sources[-1].mention_id
    new_id = store.split(big.id, [moved])
    assert moved in {s.mention_id for s in store.incident(new_id).sources}
    assert moved not in {s.mention_id for s in store.incident(big.id).sources}

    seed_incidents = [i for i in store.incidents() if any(s.article_id.startswith("00") for s in i.sources)]
    a, b = seed_incidents[0].id, seed_incidents[1].id
    keys_a = {s.mention_id for s in store.incident(a).sources}
    keys_b = {s.mention_id for s in store.incident(b).sources}
    store.merge(a, b)

    by_key = {m.id: m.key for m in store.mentions()}
    store.rebuild()
    links = store.links()
    stay = [s.mention_id for s in big.sources if s.mention_id != moved]
    assert all(links[by_key[moved]] != links[by_key[m]] for m in stay)
    assert len({links[by_key[m]] for m in keys_a | keys_b}) == 1
    store.close()


def test_evaluate_merge_on_the_gold_clusters(corpus_dir, tmp_path, monkeypatch):
    """Pairwise figures on the gold clusters. The campaign's (the first 212 reports, 28 incidents)
    meet the targets: precision at least 0.95, recall at least 0.80 (today 0.995 and 0.891). All
    1,032 reports of 95 incidents, with the other conflicts' of the expanded RSS files, do not yet
    (today 0.919 and 0.754): a floor a little under.

    `sitrep evaluate merge` ingests the same articles whatever the gold file: it runs once, on all
    the gold, and the campaign's gold is scored on the very store it ingested, as a run on that
    file would score it."""
    from click.testing import CliRunner

    from sitrep.cli import cli
    from sitrep.evaluate import merge as merge_eval

    gold = Path(__file__).parent / "gold" / "merge.jsonl"
    campaign = tmp_path / "campaign.jsonl"
    campaign.write_text("".join(gold.read_text(encoding="utf-8").splitlines(keepends=True)[:212]), encoding="utf-8")
    campaign_rows = merge_eval.read_gold(campaign)
    score, scored = merge_eval.score, []

    def score_the_campaign_too(rows, members, links):
        scored.append(score(campaign_rows, members, links))
        return score(rows, members, links)

    monkeypatch.setattr(merge_eval, "score", score_the_campaign_too)
    done = CliRunner().invoke(cli, ["evaluate", "merge", str(gold), "--articles", str(corpus_dir), "--articles",
                                    str(SAMPLES), "--format", "json"])
    assert done.exit_code == 0, done.output
    [on_campaign] = scored
    for path, figures, rows, incidents, precision, recall in (
            (campaign, on_campaign.model_dump(), 212, 28, 0.95, 0.80),
            (gold, json.loads(done.stdout), 1000, 90, 0.90, 0.73)):
        assert figures["gold_rows"] >= rows and figures["gold_incidents"] >= incidents
        assert figures["precision"] >= precision, (path.name, figures["precision"])
        assert figures["recall"] >= recall, (path.name, figures["recall"])


def test_sources_disagree_on_the_number_of_drones(corpus_store):
    """Le Monde: "Two drones targeted the al Asad airbase"; Gulf Insider: "thwarted a drone attack"
    on Ain al-Asad, both of 18 October 2023. The incident keeps the higher count, and the dispute."""
    asad = [corpus_store.incident(i.id) for i in corpus_store.incidents()
            if i.location == "Ain al-Asad Air Base" and i.event_date and i.event_date.isoformat() == "2023-10-18"]
    # (The Guardian's and Sky News' reports of the next evening's attack are another incident here,
    # dated the 18th: their sentences tell two events at once, which the clause reader of issue 15
    # is to keep apart.)
    [incident] = [i for i in asad if "rss23-5c2eaffd67" in {s.article_id for s in i.sources}]
    assert {"rss23-5c2eaffd67", "rss23-6926ac3d05", "wcep-2023-10-19-001"} <= {s.article_id for s in incident.sources}
    drone = next(w for w in incident.weapons if w.kind == "drone")
    assert drone.count == 2 and drone.said_by == ["Le Monde"]
    dispute = next(d for d in incident.disputes if d.field == "weapons.drone")
    assert {v.value: v.outlets for v in dispute.values} == {1: ["Gulf Insider"], 2: ["Le Monde"]}


def test_an_attack_at_sea_is_not_merged_with_one_on_land(corpus_store):
    """Wikipedia, 19 October 2023: the USS Carney shoots down Houthi cruise missiles and drones "In
    the Red Sea"; the same day's drone attack on Ain al-Asad is another incident."""
    [sea] = [corpus_store.incident(i.id) for i in corpus_store.incidents() if i.location == "Red Sea"
             and "wcep-2023-10-19-008" in {s.article_id for s in corpus_store.incident(i.id).sources}]
    assert sea.country is None and abs(sea.latitude - 22) < 1 and abs(sea.longitude - 38) < 1
    assert not {s.article_id for s in sea.sources} & {"rss23-5c2eaffd67", "rss23-6926ac3d05", "wcep-2023-10-19-001"}


def test_the_lowest_death_toll_is_the_best_estimate(corpus_store):
    """The Plateau State attacks of 24-25 December 2023: "at least 113 killed" (Japan Today) and
    "at least 160 dead" (The Guardian). ACLED practice: the most conservative figure is the best."""
    plateau = [i for i in corpus_store.incidents() if i.fatalities_high == 160]
    assert len(plateau) == 1
    assert (plateau[0].fatalities, plateau[0].fatalities_low) == (113, 113)
    assert plateau[0].fatalities_said_by == ["Japan Today"]
    assert "reports range from 113 to 160" in plateau[0].notes


# --- reading: filters, pages, timeline (what `sitrep incidents` and the REST API serve) ----------

def _selects(f, i, regions: set[str]) -> bool:
    """What each IncidentFilter field means, said once more in Python over the merged records
    (`regions`: the admin-1 names held that are spellings of f.admin1, see `_regions`)."""
    box = f.box
    return ((f.since is None or (i.event_date is not None and i.event_date >= f.since))
            and (f.until is None or (i.event_date is not None and i.event_date <= f.until))
            and (f.country is None or i.country == f.country.upper())
            and (f.admin1 is None or i.admin1 in regions)
            and (f.actor is None or all(w.lower() in (i.actor or "").lower() for w in f.actor.split()))
            and (f.weapon is None or f.weapon in {w.kind for w in i.weapons})
            and (f.status is None or i.status == f.status)
            and (f.q is None or all(w.lower() in i.notes.lower() for w in f.q.split()))
            and (box is None or (i.latitude is not None and box[1] <= i.latitude <= box[3]
                                 and box[0] <= i.longitude <= box[2])))


def _regions(name: str | None, everything) -> set[str]:
    """The admin-1 names held that `name` spells: the same under the gazetteer's key (case, accents,
    hyphens, a leading article), else, where none is, under its skeleton (vowels too)."""
    from sitrep.geo.names import key, skeleton

    held = {i.admin1 for i in everything if i.admin1}
    if not name:
        return set()
    return {a for a in held if key(a) == key(name)} or {a for a in held if skeleton(a) == skeleton(name)}


@pytest.mark.parametrize("where", [
    {"country": "sy"}, {"since": "2024-01-01", "until": "2024-01-31"}, {"admin1": "anbar"},
    {"admin1": "Hasakah"}, {"admin1": "Deir Ezzor"},
    {"actor": "islamic resistance"}, {"weapon": "drone"}, {"weapon": "ballistic missile"}, {"status": "confirmed"},
    {"q": "drones Syria"}, {"bbox": "38,32,43,37.5"}, {"country": "IQ", "weapon": "rocket", "since": "2023-10-17"},
])
def test_a_filter_selects_exactly_the_incidents_it_names(corpus_store, where):
    from sitrep.model import IncidentFilter

    f = IncidentFilter(**where)
    everything = list(corpus_store.incidents())
    expected = [i.id for i in everything if _selects(f, i, _regions(f.admin1, everything))]
    assert expected, f"the corpus has no incident for {where}: the test would prove nothing"
    assert len(expected) < len(everything)
    assert [i.id for i in corpus_store.incidents(f)] == expected


def test_pages_give_every_incident_once_newest_first(corpus_store):
    from sitrep.model import IncidentFilter

    for f in (IncidentFilter(), IncidentFilter(country="IQ")):
        everything = list(corpus_store.incidents(f))
        seen, cursor = [], None
        while True:
            page = corpus_store.page(f, limit=7, cursor=cursor)
            assert len(page.incidents) <= 7
            seen += page.incidents
            cursor = page.next_cursor
            if cursor is None:
                break
        assert sorted(i.id for i in seen) == sorted(i.id for i in everything)
        assert len({i.id for i in seen}) == len(seen)
        dated = [(i.event_date, i.id) for i in seen if i.event_date]
        assert dated == sorted(dated, reverse=True)
        assert all(i.event_date is None for i in seen[len(dated):])  # undated last


def test_a_cursor_the_store_never_gave_is_refused(corpus_store):
    from sitrep.store import StoreError

    with pytest.raises(StoreError):
        corpus_store.page(cursor="2023-13-45.x")


def test_the_timeline_counts_every_incident_once(corpus_store):
    from sitrep.model import IncidentFilter

    for f in (IncidentFilter(), IncidentFilter(country="SY", since="2023-11-01")):
        everything = list(corpus_store.incidents(f))
        for interval in ("day", "week"):
            t = corpus_store.timeline(f, interval)
            assert t.total == len(everything)
            assert sum(sum(s.counts) for s in t.series) + t.undated == t.total
            step = 7 if interval == "week" else 1
            assert all((b - a).days == step for a, b in zip(t.periods, t.periods[1:]))
            if interval == "week":
                assert all(p.weekday() == 0 for p in t.periods)
            dated = [i for i in everything if i.event_date]
            shaddadi = [i for i in dated if i.location == "al-Shaddadi" and str(i.event_date) == "2023-11-13"]
            if shaddadi and interval == "day":
                k = t.periods.index(shaddadi[0].event_date)
                syria = next(s for s in t.series if s.country == "SY")
                assert syria.counts[k] == sum(1 for i in dated if i.country == "SY" and i.event_date == t.periods[k])


def test_a_store_from_before_article_text_fills_it_in(store_url, pipeline):
    """Revision 0002 adds article text and the incident columns filters use. A store made before
    it gets admin-1 and weapons from the incidents' records, and each article's text the next
    time the article is ingested, without extracting it again."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from sitrep.store import MIGRATIONS, open_store
    from sitrep.store.tables import ArticleRow, IncidentRow

    store = open_store(store_url)
    list(pipeline.ingest(SEEDS, store))
    def columns():
        with Session(store.engine) as s:
            return {r.id: (r.admin1, r.weapons) for r in s.scalars(select(IncidentRow))}

    before = columns()
    assert any(w and "|drone|" in w for _, w in before.values())
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    store.close()

    store = open_store(store_url)  # upgrades again
    assert columns() == before
    assert store.article(SEEDS[2].stem) is None  # the text was not kept before 0002
    statuses = [added.status for _, added in pipeline.ingest(SEEDS, store)]
    assert statuses == ["unchanged"] * len(SEEDS)
    article = store.article(SEEDS[2].stem)
    shaddadi = next(i for i in store.incidents() if i.location == "al-Shaddadi")
    evidence = store.incident(shaddadi.id).sources[0].evidence[0]
    assert article.text[evidence.start:evidence.end] == evidence.text
    with Session(store.engine) as s:
        assert s.scalar(select(ArticleRow.text).where(ArticleRow.id == SEEDS[2].stem)) == article.text
    store.close()


def _mentions_of(pipeline, corpus_dir, *article_ids: str, published: dt.date | None = None) -> list[Mention]:
    """The mentions of real items, each read as published on `published` where given."""
    from sitrep.sources import read_paths

    articles = {a.id: a for a in read_paths([corpus_dir / "rss_news_expanded_2023.jsonl"])
                if getattr(a, "id", None) in article_ids}
    if published is not None:
        articles = {k: a.model_copy(update={"published": published}) for k, a in articles.items()}
    return [m for i in article_ids for m in pipeline.extractor.extract(articles[i]) if isinstance(m, Mention)]


def test_a_month_and_a_day_merge_only_on_a_telling_death_toll(pipeline, corpus_dir):
    """"the August 2021 Kabul airport bombing that killed 13 American servicemembers" and "two
    years after a terror attack cost us the lives of thirteen service members" (a day) are one
    attack; a strike "in Syria earlier this month" and a day's airstrikes in Syria, each killing
    one, are not said to be. (The two items on Kabul were written two years on, when the bombing is
    background: each is read here as if written the month after it.)"""
    from sitrep.lexicon import Lexicon
    from sitrep.resolve import Judge

    judge = Judge(Lexicon.load())
    month, day = _mentions_of(pipeline, corpus_dir, "rssx23-c88b8aa176", "rssx23-1cbe5ebf74",
                              published=dt.date(2021, 9, 20))
    assert (month.date_precision, day.date_precision, month.fatalities, day.fatalities) == ("month", "day", 13, 13)
    assert judge.pair(month, day) is not None
    day, = _mentions_of(pipeline, corpus_dir, "rssx23-77d54a27fd")
    # the article also tells the strike's day ("The May 3 strike"): the month's mention is "earlier this month"
    month = next(m for m in _mentions_of(pipeline, corpus_dir, "rssx23-20e8765daa") if m.date_precision == "month")
    assert month.fatalities == day.fatalities == 1
    assert judge.pair(month, day) is None


def test_a_drone_shot_down_is_not_the_drone_attack_that_killed_that_day(pipeline, corpus_dir):
    """5 October 2023, Syria: "US Shoots Down Turkish Drone That Approached Troops" and "Drone attack
    on Syrian military academy in Homs leaves at least 7 dead" are two events; two reports of the
    drone shot down are one."""
    from sitrep.lexicon import Lexicon
    from sitrep.resolve import Judge

    judge = Judge(Lexicon.load())
    [shot_down], [other_shot_down] = (_mentions_of(pipeline, corpus_dir, a)
                                      for a in ("rssx23-851d9776c7", "rssx23-4ffbacc0f8"))
    [homs] = [m for m in _mentions_of(pipeline, corpus_dir, "rssx23-0ef7f19d85") if m.location == "Homs"]
    assert shot_down.sub_event_type == "Disrupted weapons use" and homs.fatalities
    assert judge.pair(shot_down, homs) is None
    assert judge.pair(shot_down, other_shot_down) is not None


def test_a_report_of_only_wounded_is_not_the_deadly_attack_hours_before(pipeline, corpus_dir):
    """27 and 28 January 2023, Jerusalem: "Gunman kills at least 5 people in East Jerusalem attack" and "Two
    wounded in 'terror attack' in Jerusalem hours after deadly synagogue shooting" are two attacks, though the
    headlines' days overlap; two reports of the two wounded are one."""
    from sitrep.lexicon import Lexicon
    from sitrep.resolve import Judge

    judge = Judge(Lexicon.load())
    [wounded], [other_wounded] = (_mentions_of(pipeline, corpus_dir, a) for a in ("rssx23-3bec3c5e33", "rssx23-5df6dc0a45"))
    killed = next(m for m in _mentions_of(pipeline, corpus_dir, "rssx23-9cb1365597") if m.location == "East Jerusalem")
    assert (wounded.fatalities, wounded.injuries, killed.fatalities) == (None, 2, 5)
    assert judge.pair(wounded, killed) is None
    assert judge.pair(wounded, other_wounded) is not None


def test_an_attack_near_a_town_may_be_one_near_another_town_of_its_province(pipeline, corpus_dir):
    """"a strike near Kupyansk" (49 dead) and "the village of Hroza, near Kharkiv" are one attack on
    5 October 2023; so are "Maoists explode IED near iron mine in Bastar" and "... near the Aamdai
    Ghati iron ore mine in Narayanpur": "near" a town is as loose as "in its province", though the
    towns lie apart (within 150 km). Towns told without "near" stay where they are."""
    from sitrep.lexicon import Lexicon
    from sitrep.resolve import Judge

    judge = Judge(Lexicon.load())
    [kupyansk] = _mentions_of(pipeline, corpus_dir, "rssx23-e0ee9ac10e")
    hroza = next(m for m in _mentions_of(pipeline, corpus_dir, "rssx23-900f0714c2") if m.location == "Kharkiv")
    assert (kupyansk.location, kupyansk.geo_precision, hroza.geo_precision) == ("Kupyansk", 2, 2)
    assert judge.pair(kupyansk, hroza) is not None
    assert judge.pair(kupyansk.model_copy(update={"geo_precision": 1}),
                      hroza.model_copy(update={"geo_precision": 1})) is None
    bastar, narayanpur = _mentions_of(pipeline, corpus_dir, "rssx23-281dc8f03b")
    assert (bastar.location, bastar.geo_precision, narayanpur.geo_precision) == ("Bastar", 2, 2)
    assert judge.pair(bastar, narayanpur) is not None



def _first_open(path: str, start, results) -> None:
    """One process's first open of a new SQLite store, as `Store` makes it, then a write."""
    import sqlite3

    from sitrep.store import _sqlite_pragmas

    start.wait()  # all at once
    try:
        connection = sqlite3.connect(path, timeout=0)
        _sqlite_pragmas(connection, None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE IF NOT EXISTS t (x)")
        connection.commit()
        results.put("ok")
    except Exception as e:  # what a failed open says, for the assertion
        results.put(repr(e))


def test_first_opens_of_a_new_store_at_once_wait_for_each_other(tmp_path):
    """Processes opening one new SQLite store at once (two ingests started together): setting its journal mode
    waits for the others' locks instead of failing with "database is locked"."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for attempt in range(4):
        results, start = context.Queue(), context.Barrier(4)
        path = str(tmp_path / f"new{attempt}.db")
        opens = [context.Process(target=_first_open, args=(path, start, results)) for _ in range(4)]
        for p in opens:
            p.start()
        for p in opens:
            p.join(timeout=120)
        assert [results.get(timeout=10) for _ in opens] == ["ok"] * 4
