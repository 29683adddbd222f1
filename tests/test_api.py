"""The REST API, in process (FastAPI's test client: no socket), over the bundled reports.

The live server, its OpenAPI property test and the dashboard in a browser are in test_served.py.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import SAMPLES, SEEDS

TOKEN = "analyst-token-for-tests"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, pipeline):
    """The bundled samples (seeds, Wikipedia, White House), ingested once; read-only."""
    from sitrep.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("api") / "sitrep.db"))
    list(pipeline.ingest([SAMPLES], store))
    yield store
    store.close()


def _client(store, **options):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    return TestClient(create_app(store, **options), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(sample_store):
    return _client(sample_store, token=TOKEN)


@pytest.fixture
def empty_store(tmp_path):
    from sitrep.store import open_store

    store = open_store(str(tmp_path / "sitrep.db"))
    yield store
    store.close()


def _shaddadi(client) -> dict:
    page = client.get("/api/incidents", params={"country": "SY", "since": "2023-11-13", "until": "2023-11-13"}).json()
    return next(i for i in page["incidents"] if i["location"] == "al-Shaddadi")


# --- reading -----------------------------------------------------------------------------------

def test_incidents_are_paged_newest_first_with_the_cli_field_names(client, sample_store):
    from sitrep.model import Incident, IncidentFilter

    seen, cursor = [], None
    while True:
        page = client.get("/api/incidents", params={"country": "SY", "limit": 4, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200
        body = page.json()
        assert len(body["incidents"]) <= 4
        seen += body["incidents"]
        cursor = body["next_cursor"]
        if not cursor:
            break
    held = list(sample_store.incidents(IncidentFilter(country="SY")))
    assert sorted(i["id"] for i in seen) == sorted(i.id for i in held) and len(held) > 8
    assert [i["event_date"] for i in seen] == sorted((i["event_date"] for i in seen), reverse=True)
    assert all(list(i) == list(Incident.model_fields) for i in seen)


def test_every_filter_is_a_query_parameter(client, sample_store):
    from sitrep.model import IncidentFilter

    for where in ({"weapon": "drone", "status": "claimed"}, {"actor": "islamic resistance", "admin1": "Deir ez-Zor"},
                  {"q": "rockets", "bbox": "38,32,43,37.5"}):
        got = client.get("/api/incidents", params={**where, "limit": 500}).json()["incidents"]
        expected = list(sample_store.incidents(IncidentFilter(**where)))
        assert got and sorted(i["id"] for i in got) == sorted(i.id for i in expected)


def test_a_region_is_found_however_it_is_spelled(client, sample_store):
    """The samples place the al-Shaddadi attacks in Al-Hasakah (GeoNames' spelling); reports and
    analysts write Hasakah, al-Hasakah, Hasaka. The region filter folds names as the gazetteer does."""
    def ids(admin1: str) -> list[int]:
        return sorted(i["id"] for i in client.get("/api/incidents", params={"admin1": admin1, "limit": 500})
                      .json()["incidents"])

    held = sorted(i.id for i in sample_store.incidents() if i.admin1 == "Al-Hasakah")
    assert len(held) >= 3
    for spelling in ("Al-Hasakah", "Hasakah", "al hasakah", "AL-HASAKAH", "Hasaka"):
        assert ids(spelling) == held, spelling
    assert ids("Deir Ezzor") == sorted(i.id for i in sample_store.incidents() if i.admin1 == "Deir ez-Zor")
    assert ids("Erbil") == sorted(i.id for i in sample_store.incidents() if i.admin1 == "Arbil")  # the governorate
    assert ids("Hasakah Nowhere") == [] and ids("al-") == []
    points = client.get("/api/points", params={"admin1": "Hasakah"}).json()
    assert points["count"] == len([i for i in sample_store.incidents() if i.admin1 == "Al-Hasakah" and i.latitude])


def test_an_incident_has_its_reports_and_their_sentences_point_into_the_articles(client):
    """The 13 November 2023 drone attack on al-Shaddadi, as seed 002 reports it."""
    incident = client.get(f"/api/incidents/{_shaddadi(client)['id']}").json()
    assert incident["actor"] == "Islamic Resistance in Iraq" and incident["actor_role"] == "claimed"
    (source,) = incident["sources"]
    assert source["article_id"] == "002_2b3523680589e620"
    article = client.get(f"/api/articles/{source['article_id']}").json()
    assert article["published"] == "2023-11-13"
    texts = [e["text"] for e in source["evidence"]]
    assert any("targeted by three drones" in t for t in texts)
    for e in source["evidence"]:
        assert article["text"][e["start"]:e["end"]] == e["text"]


def test_an_incident_reported_by_two_articles(client):
    """The US strikes of 12 November 2023 in eastern Syria: seed 002's al-Mayadin raid and the
    Wikipedia item; each report's sentence lies in its own article."""
    page = client.get("/api/incidents", params={"since": "2023-11-12", "until": "2023-11-12", "country": "SY"}).json()
    merged = [i for i in page["incidents"] if i["reports"] >= 2]
    assert merged
    incident = client.get(f"/api/incidents/{merged[0]['id']}").json()
    assert {s["article_id"] for s in incident["sources"]} >= {"002_2b3523680589e620", "wcep-2023-11-12-002"}
    for s in incident["sources"]:
        text = client.get(f"/api/articles/{s['article_id']}").json()["text"]
        assert all(text[e["start"]:e["end"]] == e["text"] for e in s["evidence"])


def test_points_timeline_facets_and_tallies(client, sample_store):
    points = client.get("/api/points", params={"country": "SY"}).json()
    located = [i for i in sample_store.incidents() if i.country == "SY" and i.latitude is not None]
    assert points["count"] == len(located) == len(points["points"])
    shaddadi = _shaddadi(client)
    assert [shaddadi["id"], shaddadi["latitude"], shaddadi["longitude"], "2023-11-13"] in points["points"]

    timeline = client.get("/api/timeline", params={"interval": "day", "country": "SY"}).json()
    assert timeline["total"] == len([i for i in sample_store.incidents() if i.country == "SY"])
    day = timeline["periods"].index("2023-11-13")
    syria = next(s for s in timeline["series"] if s["country"] == "SY")
    assert syria["counts"][day] == 3  # al-Shaddadi, the Conoco field and the Hasakah base that morning

    facets = client.get("/api/facets").json()
    assert {"value": "SY", "label": "Syria", "count": len([i for i in sample_store.incidents() if i.country == "SY"])} \
        in facets["countries"]
    assert "drone" in [w["value"] for w in facets["weapons"]]

    tallies = client.get("/api/tallies").json()
    assert {56, 61, 66, 140} <= {t["total"] for t in tallies}
    assert [t["article_id"] for t in tallies if t["date_inconsistent"]] == ["000_e3f50235b42cd36f"]


def test_acled_csv_and_geojson(client):
    from sitrep.export import ACLED_COLUMNS

    done = client.get("/api/incidents.csv", params={"country": "SY"})
    assert done.status_code == 200 and done.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(done.text)))
    assert list(rows[0]) == ACLED_COLUMNS and {r["country"] for r in rows} == {"Syria"}
    shaddadi = next(r for r in rows if r["location"] == "al-Shaddadi" and r["event_date"] == "2023-11-13")
    assert shaddadi["actor1"] == "Islamic Resistance in Iraq"

    geo = client.get("/api/incidents.geojson", params={"country": "SY"}).json()
    feature = next(f for f in geo["features"] if f["properties"]["location"] == "al-Shaddadi")
    lon, lat = feature["geometry"]["coordinates"]
    assert abs(lon - 40.73) < 0.01 and abs(lat - 36.06) < 0.01


# --- errors: JSON with a message, never a trace ---------------------------------------------

@pytest.mark.parametrize("path, params, status, words", [
    ("/api/incidents/999999", {}, 404, "no incident 999999"),
    ("/api/articles/no-such-article", {}, 404, "no article"),
    ("/api/incidents", {"country": "Syria"}, 422, "country"),
    ("/api/incidents", {"since": "13 November"}, 422, "since"),
    ("/api/incidents", {"bbox": "40,north,42,36"}, 422, "bbox"),
    ("/api/incidents", {"limit": 0}, 422, "limit"),
    ("/api/incidents", {"cursor": "not-a-cursor"}, 422, "cursor"),
    ("/api/timeline", {"interval": "year"}, 422, "interval"),
    ("/api/nothing-here", {}, 404, "Not Found"),
])
def test_errors_are_json_messages(client, path, params, status, words):
    done = client.get(path, params=params)
    assert done.status_code == status
    assert list(done.json()) == ["message"] and words in done.json()["message"]


def test_a_failure_inside_the_server_shows_no_trace(sample_store, monkeypatch):
    client = _client(sample_store)

    def broken(*args, **kwargs):
        raise RuntimeError("database file at /secret/path is corrupt")

    monkeypatch.setattr(sample_store, "page", broken)
    done = client.get("/api/incidents")
    assert done.status_code == 500
    assert done.json() == {"message": "internal error; the server's log has the details"}


# --- writing: POST /api/articles -------------------------------------------------------------

def _seed_upload(n: int = 2):
    seed = SEEDS[n]
    return {"file": (seed.name, seed.read_bytes(), "text/plain")}


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": TOKEN}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401),
])
def test_writing_needs_the_token_and_a_refusal_writes_nothing(empty_store, headers, status):
    client = _client(empty_store, token=TOKEN)
    done = client.post("/api/articles", files=_seed_upload(), headers=headers)
    assert done.status_code == status and "token" in done.json()["message"]
    assert done.headers["www-authenticate"] == "Bearer"
    assert empty_store.counts()["articles"] == 0


def test_a_server_without_a_token_takes_no_articles(empty_store):
    done = _client(empty_store).post("/api/articles", files=_seed_upload(), headers={"Authorization": "Bearer x"})
    assert done.status_code == 403 and "SITREP_TOKEN" in done.json()["message"]
    assert empty_store.counts()["articles"] == 0


def test_an_uploaded_file_is_ingested_as_the_cli_would(empty_store, tmp_path, pipeline):
    """Seed 002 uploaded gives the records `sitrep extract` gives, under the file's name."""
    client = _client(empty_store, token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    done = client.post("/api/articles", files=_seed_upload(), headers=auth)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["articles"] == [{"id": "002_2b3523680589e620", "status": "new"}]
    extracted = [r.model_dump(mode="json") for r in pipeline.run([SEEDS[2]]) if r.kind == "mention"]
    assert body["mentions"] == extracted
    assert {i["location"] for i in body["incidents"]} >= {"al-Shaddadi", "Conoco gas field"}
    assert {i["id"] for i in body["incidents"]} == {i.id for i in empty_store.incidents()}

    again = client.post("/api/articles", files=_seed_upload(), headers=auth).json()
    assert again["articles"] == [{"id": "002_2b3523680589e620", "status": "unchanged"}]
    assert again["mentions"] == [] and again["incidents"] == []
    assert empty_store.counts()["articles"] == 1


def test_a_posted_report_joins_the_incident_it_reports(corpus_dir, tmp_path):
    """Al Jazeera's report of the Tower 22 attack, posted as JSON to a store holding Tasnim's
    claim (seed 004) and Wikipedia's item, joins their incident and brings its figure of wounded."""
    from sitrep.store import open_store

    record = next(json.loads(line) for line in (corpus_dir / "rss_news_2024_iraq_syria_us_forces.jsonl")
                  .read_text(encoding="utf-8").splitlines() if '"rss24-62eb117aad"' in line)
    from sitrep.engine import Pipeline

    store = open_store(str(tmp_path / "sitrep.db"))
    list(Pipeline(lexicon=store.lexicon).ingest([SAMPLES], store))
    client = _client(store, token=TOKEN)
    done = client.post("/api/articles", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["articles"] == [{"id": "rss24-62eb117aad", "status": "new"}]
    assert body["mentions"] and all(m["outlet"] == "Al Jazeera" for m in body["mentions"])
    tower = [i for i in body["incidents"] if i["country"] == "JO" and i["event_date"] == "2024-01-28"]
    assert len(tower) == 1
    assert {"004_84d721407357e12c", "wcep-2024-01-28-001", "rss24-62eb117aad"} <= \
        {s["article_id"] for s in tower[0]["sources"]}
    injuries = next(d for d in tower[0]["disputes"] if d["field"] == "injuries")
    assert {v["value"]: v["outlets"] for v in injuries["values"]} == {25: ["Al Jazeera"], 47: ["Wikipedia Current Events"]}
    assert (tower[0]["injuries"], tower[0]["injuries_said_by"]) == (25, ["Al Jazeera"])
    store.close()


def test_articles_without_ids_are_named_by_their_content(empty_store):
    """Posting the same body twice is a no-op: an article with no id of its own is named after the body."""
    client = _client(empty_store, token=TOKEN)
    text = SEEDS[3].read_text(encoding="utf-8").split("\n", 1)[1]
    first = client.post("/api/articles", content=text.encode(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                         "Content-Type": "text/plain"}).json()
    again = client.post("/api/articles", content=text.encode(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                         "Content-Type": "text/plain"}).json()
    assert first["articles"][0]["id"].startswith("posted-") and first["articles"][0]["status"] == "new"
    assert again["articles"] == [{"id": first["articles"][0]["id"], "status": "unchanged"}]
    assert first["mentions"] and empty_store.counts()["articles"] == 1


@pytest.mark.parametrize("content, kind, status, words", [
    (b'{"id": "a", "text": "no closing brace"', "application/json", 422, "invalid JSON"),
    (b'[{"id": "a", "text": "Three drones hit the base."}, {"id": "b"}]', "application/json", 422, "1.text: Field required"),
    (b'{"text": "Three drones hit the base.", "published": 1700000000}', "application/json", 422, "published"),
    (b"\x00\x01\x02binary", "text/plain", 422, "binary"),
    (b"\xff\xfe broken utf-8", "text/plain", 422, "UTF-8"),
    (b"   ", "text/plain", 422, "no text"),
    (b"[]", "application/json", 422, "at least 1 item"),
    (SEEDS[2].read_bytes() * 400, "text/plain", 422, "at most 1,000,000 characters"),  # 1.2 MB: one report 400 times
    (b"%PDF-1.4", "application/pdf", 415, "application/pdf"),
    (b"--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n", "multipart/form-data; boundary=x",
     422, "'file'"),
])
def test_malformed_bodies_are_refused_and_nothing_is_written(empty_store, content, kind, status, words):
    client = _client(empty_store, token=TOKEN)
    done = client.post("/api/articles", content=content, headers={"Authorization": f"Bearer {TOKEN}",
                                                                  "Content-Type": kind})
    assert done.status_code == status, done.text
    assert words in done.json()["message"]
    assert empty_store.counts()["articles"] == 0


def test_an_oversized_body_is_refused_and_nothing_is_written(empty_store):
    client = _client(empty_store, token=TOKEN, max_body=64 * 1024)
    big = (SEEDS[2].read_text(encoding="utf-8") + "\n") * 40  # a real report, 40 times over
    assert len(big.encode()) > 64 * 1024
    done = client.post("/api/articles", content=big.encode(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                       "Content-Type": "text/plain"})
    assert done.status_code == 413 and "limit" in done.json()["message"]

    def chunked():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(40):
            yield SEEDS[2].read_bytes()

    done = client.post("/api/articles", content=chunked(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                   "Content-Type": "text/plain"})
    assert done.status_code == 413
    assert empty_store.counts()["articles"] == 0


# --- the dashboard page ------------------------------------------------------------------------

def test_the_dashboard_is_served_with_a_policy_that_runs_only_its_own_scripts(client):
    for path in ("/", "/incidents/1"):
        page = client.get(path)
        assert page.status_code == 200 and "<title>sitrep</title>" in page.text
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200, "run make install (npm ci)"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()


def test_a_tile_url_is_a_setting_not_markup(sample_store):
    page = _client(sample_store, tiles='https://tile.example.org/{z}/{x}/{y}.png?"><script>alert(1)</script>').get("/")
    assert "<script>alert(1)</script>" not in page.text
    assert "img-src 'self' data: https://tile.example.org" in page.headers["content-security-policy"]
    with pytest.raises(ValueError):
        _client(sample_store, tiles="javascript:alert(1)")


def test_openapi_describes_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/incidents.geojson", "/api/incidents.csv",
            "/api/points", "/api/timeline", "/api/facets", "/api/tallies", "/api/articles/{article_id}",
            "/api/articles"} <= paths
    names = {p["name"] for p in schema["paths"]["/api/incidents"]["get"]["parameters"]}
    from sitrep.model import IncidentFilter

    assert set(IncidentFilter.model_fields) | {"limit", "cursor"} == names
    assert schema["paths"]["/api/articles"]["post"]["security"] == [{"bearer": []}]


def test_summaries_follow_every_write_to_the_store(tmp_path):
    """The map points, timeline and filter choices a server keeps are recomputed after a write,
    whether the write came through the API or from a `sitrep ingest` in another process."""
    from sitrep.store import open_store
    from tests.conftest import run_sitrep

    db = str(tmp_path / "sitrep.db")
    client = _client(open_store(db), token=TOKEN)
    summaries = lambda: (client.get("/api/facets").json()["incidents"], client.get("/api/points").json()["count"],
                         client.get("/api/timeline").json()["total"])
    assert summaries() == (0, 0, 0)
    assert client.post("/api/articles", files=_seed_upload(2), headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    after_post = summaries()
    assert after_post[0] > 0 and after_post[1] > 0 and after_post[2] == after_post[0]
    assert run_sitrep("ingest", SEEDS[4], "--db", db, "--no-progress").returncode == 0
    after_ingest = summaries()
    assert after_ingest[0] > after_post[0] and after_ingest[2] == after_ingest[0]
