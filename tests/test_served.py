"""`sitrep serve` as people use it: a live server on 127.0.0.1, its OpenAPI contract tested with
schemathesis, and the dashboard driven in headless Chromium (Debian's, through Playwright).

Set SITREP_SCREENSHOTS=docs to keep the screenshots of the map and an incident page there
(`make screenshots`).
"""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path

import pytest
import schemathesis

from tests.conftest import SAMPLES, SEEDS, SHARED, served

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "analyst-token-for-tests"
SEED_002 = "002_2b3523680589e620"
SHADDADI_SENTENCE = ("It noted that the facility in al-Shaddadi town, located about 50 kilometers (31 miles) south of "
                     "Hasakah, was targeted by three drones, and the designated targets were precisely struck and "
                     "destroyed.")


def _get(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, pipeline) -> str:
    from sitrep.store import open_store

    db = str(tmp_path_factory.mktemp("served") / "sitrep.db")
    store = open_store(db)
    list(pipeline.ingest([SAMPLES], store))
    store.close()
    return db


@pytest.fixture(scope="module")
def dashboard(sample_db):
    """A read-only server over the bundled samples."""
    with served(sample_db) as url:
        yield url


# --- the OpenAPI contract, against the live server ----------------------------------------------

OPERATIONS = [("GET", "/api/incidents"), ("GET", "/api/incidents.geojson"), ("GET", "/api/incidents.csv"),
              ("GET", "/api/incidents/{incident_id}"), ("GET", "/api/points"), ("GET", "/api/timeline"),
              ("GET", "/api/facets"), ("GET", "/api/tallies"), ("GET", "/api/articles/{article_id}"),
              ("POST", "/api/articles")]
# Invalid requests need something to get wrong: these take no parameter, or any string.
FREE = {"/api/facets", "/api/tallies", "/api/articles/{article_id}"}
CASES = [(mode, method, path) for method, path in OPERATIONS for mode in ("positive", "negative")
         if mode == "positive" or path not in FREE]
EXAMPLES = 100  # per operation and mode


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, pipeline):
    """A server of its own (the property test posts articles to it), over the seeds, in two
    processes: reads and writes land on either."""
    from sitrep.store import open_store

    db = str(tmp_path_factory.mktemp("contract") / "sitrep.db")
    store = open_store(db)
    list(pipeline.ingest(SEEDS, store))
    store.close()
    with served(db, token=TOKEN, workers=2) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


@pytest.mark.parametrize("mode, method, path", CASES)
def test_the_api_keeps_its_openapi_contract(api_schema, mode, method, path):
    """Generated requests for every operation, valid ones and invalid ones: never a server error,
    every response (errors too) has a status and a body the OpenAPI document declares, and what
    the schema forbids is refused."""
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import negative_data_rejection, positive_data_acceptance

    operation = api_schema[path][method]
    # An uploaded file's bytes are `format: binary` in any schema: whether they are an article
    # (text, not a PDF) is the reader's to say, with a 422. Every other check still applies.
    excluded = [positive_data_acceptance] if path == "/api/articles" else []
    # A text/plain body is text whatever it spells: "-2.86e+219", generated as a number where the schema wants a
    # string, is an article's text all the same, so only its other checks apply.
    plain = [*excluded, negative_data_rejection]
    tried = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=schemathesis.GenerationMode(mode)))
    def check(case):
        tried.append(case)
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60,
                               excluded_checks=plain if case.media_type == "text/plain" else excluded)

    check()
    assert tried


# --- the dashboard in a browser ----------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (make test installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


class Visit:
    """A browser tab on one server that refuses every request elsewhere (the dashboard needs no
    internet) and records what went wrong: page errors, dialogs, blocked requests, CSP reports."""

    def __init__(self, browser, base: str):
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.problems: list[str] = []
        self.context.route("**/*", self._only_local)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)

    def _only_local(self, route):
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, path: str, ready: str):
        self.page.goto(self.base + path)
        self.wait(ready)

    def wait(self, ready: str):
        self.page.wait_for_selector(f"body[data-ready={ready}]", timeout=20_000)

    def markers_count(self) -> int:
        """Incidents on the map: single markers plus what each cluster counts."""
        return self.page.evaluate("""() =>
            document.querySelectorAll('.leaflet-marker-pane .marker').length +
            [...document.querySelectorAll('.leaflet-marker-pane .cluster')].reduce((n, c) => n + Number(c.dataset.count), 0)""")

    def screenshot(self, name: str):
        where = os.environ.get("SITREP_SCREENSHOTS")
        if where:
            Path(where).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(where) / name), full_page=True)

    def close(self):
        self.context.close()
        assert self.outside == [], f"the dashboard reached outside the server: {self.outside}"
        assert self.problems == []


@pytest.fixture
def visit(browser, dashboard):
    v = Visit(browser, dashboard)
    yield v
    v.close()


def test_the_map_shows_every_located_incident(visit, dashboard):
    visit.open("/", "dashboard")
    located = _get(f"{dashboard}/api/points")["count"]
    assert located > 30
    assert visit.markers_count() == located
    assert visit.page.locator("#map.basemap-drawn canvas").count() >= 1  # Natural Earth, drawn offline
    listed = visit.page.locator("#incident-list li")
    assert listed.count() == min(50, _get(f"{dashboard}/api/facets")["incidents"])
    # the timeline: bars per week, and the Department of Defense's running count over them
    assert visit.page.locator("#timeline rect.bar").count() > 10
    tally = visit.page.locator('#timeline g.tally[data-series="US Department of Defense"] circle')
    assert tally.count() >= 3
    visit.screenshot("dashboard.png")

    # al-Shaddadi, zoomed in: its incidents (13 November 2023, and later ones) share one
    # coordinate, so they stay one cluster, never jittered apart; the cluster lists them all
    here = _get(f"{dashboard}/api/incidents?bbox=40.6,35.95,40.9,36.15")["incidents"]
    assert {i["location"] for i in here} == {"al-Shaddadi"} and len(here) >= 2
    visit.open("/?bbox=40.6,35.95,40.9,36.15", "dashboard")
    cluster = visit.page.locator(".leaflet-marker-pane .cluster")
    assert cluster.count() == 1 and cluster.get_attribute("data-count") == str(len(here))
    cluster.click()
    listed = visit.page.locator(".leaflet-popup-content li a")
    listed.first.wait_for()
    assert {a.get_attribute("href") for a in listed.all()} == {f"/incidents/{i['id']}" for i in here}
    assert visit.page.inner_text(".leaflet-popup-content").count("2023-11-13") == 1


def test_filtering_to_syria_is_a_link_that_can_be_shared(visit, dashboard):
    visit.open("/", "dashboard")
    visit.page.select_option("select[name=country]", "SY")
    visit.wait("dashboard")
    assert "country=SY" in visit.page.url
    syria = _get(f"{dashboard}/api/points?country=SY")["count"]
    assert 10 < syria < _get(f"{dashboard}/api/points")["count"]
    assert visit.markers_count() == syria
    places = visit.page.locator("#incident-list li .where").all_inner_texts()
    assert places and all(p.endswith("Syria") for p in places)

    shared = visit.page.url
    visit.page.goto("about:blank")
    visit.page.goto(shared)
    visit.wait("dashboard")
    assert visit.page.input_value("select[name=country]") == "SY"
    assert visit.markers_count() == syria


def test_the_al_shaddadi_incident_shows_its_sentence_inside_seed_002(visit):
    visit.open("/?country=SY&since=2023-11-13&until=2023-11-13", "dashboard")
    item = visit.page.locator("#incident-list li", has_text="al-Shaddadi")
    item.locator("a").click()
    visit.wait("incident")
    assert "/incidents/" in visit.page.url
    assert "Islamic Resistance in Iraq claimed responsibility" in visit.page.inner_text(".notes")
    assert "2023-11-13" in visit.page.inner_text(".fields")
    article = visit.page.locator(f'article.source[data-article="{SEED_002}"]')
    marks = article.locator(".article-text mark").all_inner_texts()
    assert SHADDADI_SENTENCE in marks
    whole = article.locator(".article-text").inner_text()
    seed = SEEDS[2].read_text(encoding="utf-8").split("\n", 1)[1]
    assert whole.strip() == seed.strip()  # the sentence is shown inside the whole article
    visit.screenshot("incident.png")

    visit.page.go_back()
    visit.wait("dashboard")
    assert "country=SY" in visit.page.url


def test_pointing_at_a_field_marks_the_sentence_it_was_read_in(visit):
    visit.open("/?country=SY&since=2023-11-13&until=2023-11-13", "dashboard")
    visit.page.locator("#incident-list li", has_text="al-Shaddadi").locator("a").click()
    visit.wait("incident")
    article = visit.page.locator(f'article.source[data-article="{SEED_002}"]')
    weapons = article.locator("ul.claims li", has_text="weapons")
    assert "drone" in weapons.inner_text() and "weapons named in the sentence" in weapons.inner_text()
    weapons.hover()
    assert article.locator("mark.pointed").all_inner_texts() == [SHADDADI_SENTENCE]
    article.locator("ul.claims li", has_text="date").focus()  # the keyboard points too
    pointed = article.locator("mark.pointed").all_inner_texts()
    assert len(pointed) == 1 and pointed != [SHADDADI_SENTENCE]


def test_an_arabic_post_reads_right_to_left_and_says_its_language(browser, tmp_path, pipeline):
    from sitrep.store import open_store

    posts = SHARED / "corpus" / "arabic_telegram_posts.jsonl"
    if not posts.is_file():
        pytest.skip(f"the Arabic posts are not beside the clone ({posts} missing)")
    line = next(line for line in posts.open(encoding="utf-8") if '"naya_foriraq-84504"' in line)  # Tower 22
    one = tmp_path / "post.jsonl"
    one.write_text(line, encoding="utf-8")
    db = str(tmp_path / "sitrep.db")
    store = open_store(db)
    list(pipeline.ingest([one], store))
    store.close()
    with served(db) as base:
        [incident] = _get(f"{base}/api/incidents")["incidents"]
        v = Visit(browser, base)
        v.open(f"/incidents/{incident['id']}", "incident")
        article = v.page.locator("article.source")
        assert "Arabic" in article.locator("header").inner_text()
        text = article.locator(".article-text")
        assert text.get_attribute("dir") == "auto"
        assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"  # laid out right to left
        assert article.locator("mark").all_inner_texts() == ["قاعدة برج ٢٢ تحت غضب رحمة صواريخ الحرس الثوري"]
        v.close()


def test_an_incident_from_several_articles_highlights_a_sentence_in_each(visit, dashboard):
    page = _get(f"{dashboard}/api/incidents?limit=500")["incidents"]
    merged = [i for i in page if len({s["article_id"] for s in i["sources"]}) >= 2]
    assert merged
    for incident in merged:
        visit.open(f"/incidents/{incident['id']}", "incident")
        articles = visit.page.locator("article.source")
        ids = {s["article_id"] for s in incident["sources"]}
        assert articles.count() == len(ids)
        for n in range(articles.count()):
            block = articles.nth(n)
            marks = block.locator(".article-text mark")
            assert marks.count() >= 1, block.get_attribute("data-article")
            expected = {e["text"] for s in incident["sources"] if s["article_id"] == block.get_attribute("data-article")
                        for e in s["evidence"]}
            assert set(marks.all_inner_texts()) == expected


def test_article_text_is_never_run_as_html(browser, tmp_path):
    """Seed 002 as a hostile outlet might send it: script and onerror payloads in its title, outlet,
    URL and body, posted through the API. The browser shows them as text; nothing runs."""
    payloads = {
        "title": "<script>window.__sitrep_pwned = 'title'</script>Syria US America military",
        "outlet": "<img src=x onerror=\"window.__sitrep_pwned = 'outlet'\">",
        "url": "javascript:window.__sitrep_pwned = 'url'",
    }
    body = SEEDS[2].read_text(encoding="utf-8").split("\n", 1)[1]
    body = body.replace("precisely struck and destroyed.",
                        "precisely struck and destroyed. <img src=x onerror=\"window.__sitrep_pwned = 'text'\">")
    body = body.replace("\n", "\n<script>window.__sitrep_pwned = 'body'</script>\n", 1)
    record = {"id": "002-as-a-hostile-outlet-sends-it", "text": body, "published": "2023-11-13", **payloads}

    with served(str(tmp_path / "sitrep.db"), token=TOKEN) as base:
        request = urllib.request.Request(f"{base}/api/articles", data=json.dumps(record).encode(), method="POST",
                                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
        with urllib.request.urlopen(request, timeout=120) as r:
            posted = json.loads(r.read())
        shaddadi = next(i for i in posted["incidents"] if i["location"] == "al-Shaddadi")

        v = Visit(browser, base)
        v.open("/", "dashboard")
        v.open(f"/incidents/{shaddadi['id']}", "incident")
        page = v.page
        shown = page.inner_text("article.source")
        assert "<script>window.__sitrep_pwned = 'body'</script>" in shown
        assert "<img src=x onerror=\"window.__sitrep_pwned = 'text'\">" in shown
        assert payloads["title"] in shown and payloads["outlet"] in shown and payloads["url"] in shown
        assert page.evaluate("window.__sitrep_pwned") is None
        assert page.locator("img").count() == 0 and page.locator("script:not([src])").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        v.close()  # no page errors, no dialogs, no console errors (a blocked inline script would be one)


# --- what the dashboard shows, each on the bundled samples --------------------------------------

def _fitted(visit) -> tuple[list[float], int]:
    """The bounds the map was last fitted to (south, west, north, east) and its zoom now."""
    data = visit.page.evaluate("() => ({...document.getElementById('map').dataset})")
    return [float(v) for v in data["fitted"].split(",")], int(data["zoom"])


def test_the_region_box_finds_a_province_however_it_is_spelled(visit, dashboard):
    """GeoNames spells it Al-Hasakah; reports (and seed 002) write Hasakah."""
    held = _get(f"{dashboard}/api/incidents?admin1=Al-Hasakah&limit=500")["incidents"]
    assert len(held) >= 3
    visit.open("/", "dashboard")
    visit.page.fill("input[name=admin1]", "Hasakah")
    visit.page.press("input[name=admin1]", "Tab")  # the change is applied as the box is left
    visit.wait("dashboard")
    assert "admin1=Hasakah" in visit.page.url
    listed = visit.page.locator("#incident-list li").evaluate_all("items => items.map(li => Number(li.dataset.id))")
    assert sorted(listed) == sorted(i["id"] for i in held)
    assert visit.markers_count() == len([i for i in held if i["latitude"] is not None])


def _bounds(dashboard: str, query: str = "") -> list[float]:
    points = _get(f"{dashboard}/api/points{query}")["points"]
    return [min(p[1] for p in points), min(p[2] for p in points), max(p[1] for p in points), max(p[2] for p in points)]


def test_the_map_opens_on_the_incidents_and_moves_to_them_when_a_filter_changes(visit, dashboard):
    visit.open("/", "dashboard")
    everything, wide = _fitted(visit)
    assert everything == _bounds(dashboard)  # Yemen to al-Hasakah, Haifa to Ain al-Asad
    visit.page.select_option("select[name=country]", "SY")
    visit.wait("dashboard")
    syria, close = _fitted(visit)
    assert syria == _bounds(dashboard, "?country=SY") and close > wide  # closer in, on Syria alone
    assert visit.markers_count() == _get(f"{dashboard}/api/points?country=SY")["count"]  # every one in view

    visit.page.click("#area")  # the analyst keeps this view: it is not fitted again
    visit.wait("dashboard")
    assert "bbox=" in visit.page.url and _fitted(visit) == (syria, close)
    visit.page.click("#clear")
    visit.page.wait_for_function("() => location.search === ''")
    visit.wait("dashboard")
    assert _fitted(visit) == (everything, wide)


def _fills(visit) -> dict[str, set[str]]:
    """Each country's bar and legend colours in the timeline."""
    return visit.page.evaluate("""() => {
        const out = {};
        const add = (code, colour) => (out[code] = out[code] || []).push(colour);
        for (const bar of document.querySelectorAll('#timeline rect.bar')) add(bar.dataset.country, bar.getAttribute('fill'));
        for (const key of document.querySelectorAll('#legend i[data-country]')) add(key.dataset.country, key.style.background);
        return out;
    }""")


def test_a_country_keeps_its_colour_in_every_view(visit):
    """Iraq leads the samples' timeline and Syria comes second; on Syria alone, Syria is first:
    its colour is still Syria's."""
    visit.open("/", "dashboard")
    everywhere = _fills(visit)
    assert {"IQ", "SY", "YE", "IL", "JO"} <= set(everywhere)
    bars = {code: {c for c in colours if c.startswith("#")} for code, colours in everywhere.items()}
    assert all(len(c) == 1 for c in bars.values())  # one colour a country, bars and legend alike
    assert len({c for cs in bars.values() for c in cs}) == len(bars)  # and no two countries share one
    for view in ("/?country=SY", "/?country=IQ&since=2024-01-01", "/?admin1=Deir%20ez-Zor"):
        visit.open(view, "dashboard")
        for code, colours in _fills(visit).items():
            assert {c for c in colours if c.startswith("#")} == bars[code], (view, code)
    visit.page.select_option("#interval", "day")
    visit.page.wait_for_function("() => document.querySelectorAll('#timeline rect.bar').length > 0")
    assert {c for c in _fills(visit)["SY"] if c.startswith("#")} == bars["SY"]


def test_a_place_that_is_its_own_province_or_country_is_named_once(visit, dashboard):
    yemen = _get(f"{dashboard}/api/incidents?country=YE")["incidents"]
    assert [i for i in yemen if i["location"] == "Yemen"]  # the White House letters' strikes in Yemen
    visit.open("/?country=YE", "dashboard")
    assert set(visit.page.locator("#incident-list li .where").all_inner_texts()) == {"Yemen"}

    hasakah = next(i for i in _get(f"{dashboard}/api/incidents?country=SY&limit=500")["incidents"]
                   if i["location"] == i["admin1"] == "Al-Hasakah")
    visit.open(f"/incidents/{hasakah['id']}", "incident")
    place = visit.page.locator(".fields dt:text-is('Place') + dd").inner_text()
    assert place.startswith("Al-Hasakah, Syria (")
    visit.open("/?country=YE", "dashboard")
    visit.page.locator("#incident-list li").first.locator("a").click()
    visit.wait("incident")
    assert visit.page.locator(".fields dt:text-is('Place') + dd").inner_text().startswith("Yemen (")


def test_the_search_box_says_what_it_searches(visit, dashboard):
    """The box searches the incidents' notes; what it says it finds there, it finds: the drones
    on al-Shaddadi by its place, the group that claimed them, their weapon and their target."""
    visit.open("/", "dashboard")
    box = visit.page.locator("input[name=q]")
    assert visit.page.locator("label", has=box).inner_text().strip() == "Search notes"
    assert "notes" in box.get_attribute("title")
    said = box.get_attribute("placeholder")
    assert said == "place, actor, weapon, target…"
    shaddadi = next(i for i in _get(f"{dashboard}/api/incidents?since=2023-11-13&until=2023-11-13")["incidents"]
                    if i["location"] == "al-Shaddadi")
    for field, words in (("place", "al-Shaddadi"), ("actor", "Islamic Resistance"), ("weapon", "drone"),
                         ("target", "US forces")):
        assert field in said
        box.fill(words)
        box.press("Tab")
        visit.wait("dashboard")
        visit.page.select_option("select[name=country]", "SY")
        visit.wait("dashboard")
        listed = visit.page.locator("#incident-list li").evaluate_all("items => items.map(li => Number(li.dataset.id))")
        assert shaddadi["id"] in listed, (field, words)
        visit.page.select_option("select[name=country]", "")
        visit.wait("dashboard")


def test_the_tally_line_leaves_out_a_count_that_does_not_fit(visit, dashboard):
    """Seed 000 (dated 1 October 2024) reports 66 attacks, fewer than the 140 of January 2024: a
    misdated count, flagged. It is drawn as a hollow point, and the running count's line does not
    go through it."""
    series = "US Department of Defense"
    tallies = [t for t in _get(f"{dashboard}/api/tallies") if t["series"] == series]
    assert [t["total"] for t in tallies if t["date_inconsistent"]] == [66]
    visit.open("/", "dashboard")
    group = visit.page.locator(f'#timeline g.tally[data-series="{series}"]')
    line = group.locator("polyline").get_attribute("points").split()
    dots = group.locator("circle").evaluate_all(
        "cs => cs.map(c => [c.getAttribute('cx') + ',' + c.getAttribute('cy'), c.classList.contains('flagged')])")
    assert len(dots) == len(tallies) and sum(flagged for _, flagged in dots) == 1
    assert line == [at for at, flagged in dots if not flagged]  # through every count that fits, in order
    assert "does not fit" in visit.page.inner_text("#legend")


def test_a_sentence_over_a_hard_line_break_is_marked_whole(visit, dashboard):
    """The White House letters wrap their lines at a fixed width ('United States forces\\nconducted
    ...'): the sentence is marked in full across its line breaks, and pointing at its fields marks it."""
    page = _get(f"{dashboard}/api/incidents?limit=500")["incidents"]
    incident, source, sentence = next((i, s, e) for i in page for s in i["sources"] for e in s["evidence"]
                                      if s["article_id"].startswith("wh-") and e["text"].count("\n") >= 2)
    visit.open(f"/incidents/{incident['id']}", "incident")
    article = visit.page.locator(f'article.source[data-article="{source["article_id"]}"]')
    mark = article.locator(f'.article-text mark[data-start="{sentence["start"]}"]')
    assert mark.inner_text() == sentence["text"]
    assert mark.evaluate("m => m.getClientRects().length") >= 3  # a highlight on every line it runs over
    claim = next(c for c in source["claims"] if c["evidence"] and c["evidence"]["start"] >= sentence["start"]
                 and c["evidence"]["end"] <= sentence["end"])
    article.locator(f'ul.claims li[data-start="{claim["evidence"]["start"]}"]').first.hover()
    assert article.locator("mark.pointed").all_inner_texts() == [sentence["text"]]
