"""Places named in the seeds and in the Wikipedia Current Events corpus resolve (tests/gold/geo.jsonl).

Gold coordinates were taken from the public pages of each place (Wikipedia infoboxes, the airport
registries), not from sitrep's output; a match is within 25 km.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from sitrep.sources import read_paths
from tests.conftest import SAMPLES

GOLD = [json.loads(l) for l in (Path(__file__).parent / "gold" / "geo.jsonl").read_text().splitlines() if l]


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def articles():
    return {a.id: a for a in read_paths([SAMPLES])}


@pytest.mark.parametrize("gold", GOLD, ids=[f"{g['article_id']}:{g['written']}" for g in GOLD])
def test_place_resolves(pipeline, articles, gold):
    text = articles[gold["article_id"]].text
    spans = [s for s in pipeline.geocoder.find(text) if s.text == gold["written"]]
    assert spans, f"{gold['written']!r} not found in {gold['article_id']}"
    place = spans[0].place
    assert text[spans[0].start:spans[0].end] == gold["written"]
    if "latitude" in gold:
        assert km(place.latitude, place.longitude, gold["latitude"], gold["longitude"]) <= 25, place
    if "country" in gold:
        assert place.country == gold["country"]
    if "admin1" in gold:
        assert place.kind == "admin1" and place.admin1 == gold["admin1"] and place.precision == 3


@pytest.mark.parametrize("variants", [
    ["Deir ez-Zor", "Dayr al-Zawr", "Deir Ezzor", "Deir Ez-Zor"],
    ["Ain al-Asad", "Al-Asad Airbase", "Ayn al-Asad", "Ain al-Assad Airbase"],
    ["al-Shaddadi", "Ash Shadadi", "Shaddadi"],
    ["Hasakah", "al-Hasakah", "Hassakeh"],
    ["Erbil", "Irbil", "Arbil"],
    ["Abu Kamal", "Albu Kamal", "Al-Bukamal"],
])
def test_spelling_variants_meet(pipeline, variants):
    found = set()
    for v in variants:
        spans = pipeline.geocoder.find(f"Drones struck a base in {v} on Sunday.")
        assert spans, v
        found.add((round(spans[0].place.latitude, 1), round(spans[0].place.longitude, 1)))
    assert len(found) == 1, found


def test_demonyms_and_outlets_are_not_places(pipeline):
    spans = pipeline.geocoder.find("Iraqi resistance and American officials spoke to Syrian media.")
    assert spans == []
