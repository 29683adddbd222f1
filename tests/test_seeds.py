"""The seed gold: every attack and tally each seed reports, read by a person (tests/gold/seeds.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from sitrep.model import Mention, Tally
from sitrep.schema import PATH as SCHEMA_PATH
from sitrep.schema import record_schema

GOLD = json.loads((Path(__file__).parent / "gold" / "seeds.json").read_text())
SEEDS = [k for k in GOLD if not k.startswith("_")]


def _records(seed_records, seed, kind):
    return [r for r in seed_records if r.article_id == seed and isinstance(r, kind)]


def _find_mention(mentions, want):
    for m in mentions:
        if m.location != want["location"]:
            continue
        if "target_site_contains" in want and want["target_site_contains"] not in (m.target_site or ""):
            continue
        return m
    return None


def _check_fields(record, want):
    got = record.model_dump(mode="json")
    for field, value in want.items():
        if field in ("target_site_contains",):
            continue
        if field == "weapons":
            for w in value:
                match = [x for x in got["weapons"] if x["kind"] == w["kind"]]
                assert match, f"no {w['kind']} among {got['weapons']}"
                for k, v in w.items():
                    assert match[0][k] == v, f"weapon {w['kind']}.{k}: {match[0][k]!r} != {v!r}"
        elif field == "event_month":
            assert got["event_date"] and got["event_date"].startswith(value), got["event_date"]
            assert got["date_precision"] != "day", "an inferred date must not claim day precision"
        elif field.endswith("_contains"):
            name = field[: -len("_contains")]
            assert value in (got[name] or ""), f"{name}: {got[name]!r} lacks {value!r}"
        else:
            assert got[field] == value, f"{field}: {got[field]!r} != {value!r}"


@pytest.mark.parametrize("seed", SEEDS)
def test_every_attack_in_the_seed_is_one_mention(seed_records, seed):
    mentions = _records(seed_records, seed, Mention)
    gold = GOLD[seed]["mentions"]
    described = [(m.location, m.target_site) for m in mentions]
    assert len(mentions) == len(gold), f"{seed}: got {described}"
    for want in gold:
        m = _find_mention(mentions, want)
        assert m is not None, f"{seed}: no mention at {want['location']} among {described}"
        _check_fields(m, want)


@pytest.mark.parametrize("seed", SEEDS)
def test_running_tallies(seed_records, seed):
    tallies = _records(seed_records, seed, Tally)
    gold = GOLD[seed]["tallies"]
    assert sorted(t.total for t in tallies) == sorted(t["total"] for t in gold)
    for want in gold:
        t = next(t for t in tallies if t.total == want["total"])
        _check_fields(t, {k: v for k, v in want.items() if k != "total"})


def test_output_validates_against_the_committed_schema(seed_records):
    assert json.loads(SCHEMA_PATH.read_text()) == record_schema(), "run: python -m sitrep.schema"
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))
    for r in seed_records:
        validator.validate(json.loads(r.model_dump_json()))


def test_evidence_offsets_point_into_the_article(seed_records):
    from sitrep.sources import read_paths
    from tests.conftest import SEEDS

    texts = {a.id: a.text for a in read_paths(SEEDS)}
    for r in seed_records:
        assert r.evidence
        for e in r.evidence:
            assert texts[r.article_id][e.start:e.end] == e.text


LOADED = re.compile(r"occupation|occupied|anti-terror|zionist|regime|martyr|aggression|usurping|resistance fighters",
                    re.IGNORECASE)


def test_loaded_terms_stay_in_evidence_only(seed_records):
    in_evidence = 0
    for r in seed_records:
        data = r.model_dump(mode="json", exclude={"evidence", "article_title"})
        for field, value in data.items():
            assert not (isinstance(value, str) and LOADED.search(value)), f"{field}={value!r}"
        in_evidence += sum(bool(LOADED.search(e.text)) for e in r.evidence)
    assert in_evidence > 0  # the outlets' words are kept where they belong: in the quoted sentences


def test_no_mention_from_war_tolls_or_background(seed_records):
    for r in seed_records:
        if isinstance(r, Mention):
            for e in r.evidence:
                assert "Palestinians" not in e.text or "killed" not in e.text, e.text
            assert r.fatalities is None or r.fatalities < 100
