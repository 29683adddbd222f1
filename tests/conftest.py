"""Shared fixtures. The corpus lives beside the clone in ../shared (publisher texts are never copied
into the repo); tests that need it skip, saying why, where it is absent."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "src" / "sitrep" / "samples"
SEEDS = sorted(SAMPLES.glob("*.txt"))  # the five seed reports; SAMPLES also holds public-domain/CC texts
FUZZ_TRIED: Counter[str] = Counter()  # inputs the fuzz tests tried, by kind: reported after the run


def pytest_sessionfinish(session):
    """Under pytest-xdist (`make test` runs two workers) each worker counts its own fuzz inputs
    and hands them to the controller, which reports the sum."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["fuzz_tried"] = dict(FUZZ_TRIED)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    FUZZ_TRIED.update(getattr(node, "workeroutput", {}).get("fuzz_tried", {}))


def pytest_terminal_summary(terminalreporter):
    if FUZZ_TRIED:
        terminalreporter.write_sep("-", f"fuzz inputs tried: {sum(FUZZ_TRIED.values()):,}")
        for kind, n in FUZZ_TRIED.most_common():
            terminalreporter.write_line(f"{n:>8,}  {kind}")


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.engine import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip(f"the shared corpus is not beside the clone ({path} missing)")
    return path


# The English files the store and engine tests were written on; the corpus has since grown by
# thousands of posts (Arabic, more RSS), which the reader and extraction tests read in full.
CORE_CORPUS = ("wikipedia_current_events_2023_2024.jsonl", "wikipedia_current_events_2023_2024_out_of_domain.jsonl",
               "whitehouse_statements_2023_2024.jsonl", "rss_news_2023_iraq_syria_us_forces.jsonl",
               "rss_news_2023_out_of_domain.jsonl", "rss_news_2024_iraq_syria_us_forces.jsonl",
               "rss_news_2024_out_of_domain.jsonl", "hackernews2024_full_articles.jsonl")


@pytest.fixture(scope="session")
def core_corpus(corpus_dir) -> list[Path]:
    """The core files of the shared corpus, for tests that ingest a whole store more than once."""
    files = [corpus_dir / name for name in CORE_CORPUS]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        pytest.skip(f"the shared corpus lacks {', '.join(missing)}")
    return files


def records_in(files: list[Path]) -> int:
    """JSON Lines records (non-blank lines) in these files."""
    return sum(1 for f in files for line in f.open(encoding="utf-8") if line.strip())


@pytest.fixture(scope="session")
def seed_records(pipeline):
    """Records of the bundled seed reports (the same files as ../shared/seeds)."""
    return list(pipeline.run(SEEDS))


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(db: str, token: str | None = None, workers: int = 1, sitrep: list[str] | None = None) -> Iterator[str]:
    """`sitrep serve` on the store `db`, in a child process on 127.0.0.1, as an operator starts it
    (`sitrep`: the command, this checkout's by default). Yields its base URL; stops it afterwards."""
    import os
    import tempfile
    import time
    import urllib.request

    port = free_port()
    env = {**os.environ, "SITREP_TOKEN": token or ""}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([*(sitrep or [sys.executable, "-m", "sitrep.cli"]), "serve", "--db", db, "--port", str(port),
                                 "--workers", str(workers)],
                                env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        try:
            while True:
                try:
                    urllib.request.urlopen(f"{url}/openapi.json", timeout=2).close()
                    break
                except OSError as refused:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(f"sitrep serve did not start: {log.read().decode(errors='replace')}") \
                            from refused
                    time.sleep(0.1)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=20)


def warc(pages: list[bytes], gzipped: bool = False) -> bytes:
    """A WARC file of HTML responses, one per page (as a crawler writes them, gzipped per record)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for i, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return out.getvalue()


def run_sitrep(*args) -> subprocess.CompletedProcess:
    """The `sitrep` command in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "sitrep.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


# --- incident stores: every store test runs on SQLite and on PostgreSQL --------------------------

def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of our own on 127.0.0.1, for this test session only (Debian's binaries,
    installed by `make test`). Yields a URL for an empty database maker."""
    import os
    import shutil
    import tempfile

    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql)")
    data = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root: run it as Debian's postgres user
        shutil.chown(data, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    run = lambda *cmd: subprocess.run([*as_user, *map(str, cmd)], check=True, capture_output=True, text=True)
    run(bin_dir / "initdb", "-D", data / "db", "-U", "sitrep", "-A", "trust", "--no-sync")
    run(bin_dir / "pg_ctl", "-D", data / "db", "-l", data / "log", "-w", "-t", "60", "start",
        "-o", f"-h 127.0.0.1 -p {port} -k {data} -c fsync=off -c full_page_writes=off")
    counter = iter(range(10_000))

    def new_database() -> str:
        name = f"sitrep_{next(counter)}"
        run(bin_dir / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "sitrep", name)
        return f"postgresql://sitrep@127.0.0.1:{port}/{name}"

    yield new_database
    run(bin_dir / "pg_ctl", "-D", data / "db", "-m", "fast", "-w", "stop")
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """An empty store on each back end."""
    if request.param == "sqlite":
        return str(tmp_path / "sitrep.db")
    return request.getfixturevalue("postgres_server")()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def corpus_store(request, tmp_path_factory, core_corpus, pipeline):
    """The seeds, the bundled texts and the core of the shared corpus, ingested once per back end (read-only)."""
    from sitrep.store import open_store

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("corpus") / "sitrep.db")
    else:
        url = request.getfixturevalue("postgres_server")()
    store = open_store(url)
    list(pipeline.ingest([SAMPLES, *core_corpus], store))
    yield store
    store.close()
