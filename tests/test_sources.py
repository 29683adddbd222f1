"""Readers: every shipped format, every corpus file, and bad input reported in one line."""

from __future__ import annotations

import json

from sitrep.lexicon import Lexicon
from sitrep.model import Article
from sitrep.sources import ReadError, read_paths
from tests.conftest import SAMPLES, SEEDS
from tests.conftest import run_sitrep as run


def test_txt_header_gives_date_and_title():
    [a] = list(read_paths([SAMPLES / "002_2b3523680589e620.txt"]))
    assert isinstance(a, Article)
    assert a.id == "002_2b3523680589e620"
    assert str(a.published) == "2023-11-13" and a.title == "Syria US America military"
    [b] = list(read_paths([SAMPLES / "003_c693e3c7be8ea80b.txt"]))
    assert b.published is None and b.title == "Iraqi resistance attacks two US bases in Syria"


def test_every_corpus_file_loads(corpus_dir):
    items = list(read_paths([corpus_dir]))
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert errors == []
    records = sum(1 for f in corpus_dir.glob("*.jsonl") for line in f.open(encoding="utf-8") if line.strip())
    assert len(items) == records > 450  # every record of every file, whatever the corpus holds today
    by_id = {a.id: a for a in items}
    wh = next(a for a in items if a.id.startswith("wh-2023-12-25"))
    assert wh.outlet == "White House" and str(wh.published) == "2023-12-25"
    assert by_id["wcep-2023-10-19-001"].outlet == "Wikipedia Current Events"
    assert by_id["rss23-5c2eaffd67"].outlet == "Le Monde"


def test_html_main_text_via_trafilatura(tmp_path):
    body = (SAMPLES / "002_2b3523680589e620.txt").read_text().split("\n", 1)[1]
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    page = (f"<html><head><title>Syria US America military</title></head><body><nav><a href='/'>Home</a> | "
            f"<a href='/world'>World</a></nav><article><h1>Syria US America military</h1>{paragraphs}</article>"
            f"<footer>Copyright notice</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page)
    [a] = list(read_paths([path]))
    assert isinstance(a, Article)
    assert "at least 15 rockets had struck the US military base at the Conoco gas field" in a.text
    assert "Copyright notice" not in a.text


def test_a_records_text_scraped_with_its_markup_is_read_as_text(tmp_path):
    """A JSONL record whose text still holds its page's tags: paragraphs are paragraphs, links their
    words, entities their characters; a text that only mentions "<10" once is text."""
    body = (SAMPLES / "002_2b3523680589e620.txt").read_text().split("\n", 1)[1]
    paras = [p for p in body.split("\n") if p.strip()]
    link = '<a href="/us">US</a>'
    marked = "".join("<p>" + p.replace("&", "&amp;").replace("US", link, 1) + "</p>" for p in paras)
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps({"id": "s", "date": "2024-01-01", "text": marked}) + "\n"
                    + json.dumps({"id": "t", "date": "2024-01-01", "text": "fewer than <10 killed"}) + "\n")
    scraped, plain = list(read_paths([path]))
    assert isinstance(scraped, Article) and isinstance(plain, Article)
    assert "<" not in scraped.text and "&amp;" not in scraped.text
    assert [p for p in scraped.text.split("\n\n") if p.strip()] == paras
    assert plain.text == "fewer than <10 killed"


def test_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Drones struck the base at Tanf \xe9".encode("latin-1"))
    good = json.dumps({"id": "ok-1", "text": (SAMPLES / "002_2b3523680589e620.txt").read_text(), "date": "2023-11-13"})
    (tmp_path / "feed.jsonl").write_text(good + "\n{broken json\n" + json.dumps(["not", "an", "object"]) + "\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    files = [tmp_path / n for n in ("binary.txt", "empty.txt", "latin1.txt", "feed.jsonl", "notes.docx")]
    result = run("extract", *files, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6, result.stderr
    assert any("binary.txt" in l and "binary" in l for l in lines)
    assert any("empty.txt" in l and "empty" in l for l in lines)
    assert any("latin1.txt" in l and "UTF-8" in l for l in lines)
    assert any("feed.jsonl:2" in l and "invalid JSON" in l for l in lines)
    assert any("feed.jsonl:3" in l and "object" in l for l in lines)
    assert any("notes.docx" in l and "unsupported" in l for l in lines)
    records = [json.loads(l) for l in result.stdout.splitlines()]
    assert {r["article_id"] for r in records} == {"ok-1"} and len(records) == 4


def test_exit_2_when_nothing_was_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt", tmp_path / "missing.txt", "--format", "jsonl")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "missing.txt: no such file" in result.stderr


def test_cli_formats_share_field_names():
    seed = SAMPLES / "001_b9785e5e6367e8f3.txt"
    jsonl = [json.loads(l) for l in run("extract", seed, "--format", "jsonl").stdout.splitlines()]
    as_json = json.loads(run("extract", seed, "--format", "json").stdout)
    assert as_json == jsonl
    csv_out = run("extract", seed, "--format", "csv").stdout.splitlines()
    header = csv_out[0].split(",")
    assert set(jsonl[0]) <= set(header) and len(csv_out) == len(jsonl) + 1
    table = run("extract", seed, "--format", "table").stdout
    assert "al-Tanf" in table and "Harir" in table and "61" in table


def test_outlet_from_byline_and_dateline():
    lex = Lexicon.load()
    arts = {a.id: a for a in read_paths(SEEDS, lex)}
    assert arts["001_b9785e5e6367e8f3"].outlet == "Al Mayadeen"  # "By Al Mayadeen English"
    assert arts["004_84d721407357e12c"].outlet == "Tasnim News Agency"  # "TEHRAN (Tasnim) -"


def test_gzipped_files_read_as_their_plain_selves(tmp_path):
    """Every single-article format and JSON Lines, gzipped on disk, gives the article its plain file gives."""
    import gzip
    import shutil

    seed = SAMPLES / "002_2b3523680589e620.txt"
    body = seed.read_text().split("\n", 1)[1]
    plain = {
        "r.txt": seed.read_text(),
        "r.json": json.dumps({"id": "r", "text": body, "date": "2023-11-13"}),
        "r.jsonl": json.dumps({"id": "r", "text": body, "date": "2023-11-13"}) + "\n",
        "r.html": "<html><body><article>" + "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
                  + "</article></body></html>",
    }
    for name, text in plain.items():
        (tmp_path / name).write_text(text)
        with open(tmp_path / name, "rb") as src, gzip.open(tmp_path / (name + ".gz"), "wb") as out:
            shutil.copyfileobj(src, out)
        [as_is] = list(read_paths([tmp_path / name]))
        [gzipped] = list(read_paths([tmp_path / (name + ".gz")]))
        assert isinstance(gzipped, Article), str(gzipped)
        assert gzipped.model_dump(exclude={"source_file"}) == as_is.model_dump(exclude={"source_file"})
        assert "Conoco" in gzipped.text
