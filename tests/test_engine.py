"""Engines: a local process pool and a real Dask `LocalCluster` give the store the local engine
gives; servers they start listen on 127.0.0.1 only; a killed run resumes without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, SEEDS, records_in, run_sitrep


def _snapshot(url: str) -> dict:
    """Everything ingest decides: each incident (with sources and disputes) under the mentions it
    groups, tallies, counts. Incident ids are left out: SQLite reuses the id of an incident joined
    into another, PostgreSQL's sequences never do."""
    from sitrep.store import open_store

    store = open_store(url)
    try:
        groups: dict[int, set[str]] = {}
        for key, incident_id in store.links().items():
            groups.setdefault(incident_id, set()).add(key)
        incidents = {" ".join(sorted(groups[i.id])): i.model_dump(mode="json", exclude={"id"})
                     for i in store.incidents()}
        return {"incidents": incidents, "tallies": [t.model_dump(mode="json") for t in store.tally_points()],
                "counts": store.counts()}
    finally:
        store.close()


def _listening(processes) -> list[str]:
    out = []
    for p in processes:
        try:
            conns = p.net_connections(kind="inet") if hasattr(p, "net_connections") else p.connections(kind="inet")
        except Exception:  # a process that exited meanwhile
            continue
        out += [f"{c.laddr.ip}:{c.laddr.port}" for c in conns if c.status == "LISTEN"]
    return out


@pytest.fixture(scope="module")
def corpus_snapshot(tmp_path_factory, core_corpus, pipeline):
    """The samples and the core of the shared corpus as the in-process engine stores them."""
    from sitrep.engine import LocalRunner, Pipeline
    from sitrep.store import open_store

    url = str(tmp_path_factory.mktemp("local") / "local.db")
    store = open_store(url)
    run = Pipeline(lexicon=store.lexicon)
    list(run.ingest([SAMPLES, *core_corpus], store, LocalRunner(pipeline.extractor)))
    store.close()
    assert run.counts.articles == len(SEEDS) + records_in([*SAMPLES.glob("*.jsonl"), *core_corpus])
    assert run.counts.errors == 0
    snapshot = _snapshot(url)
    assert snapshot["counts"]["incidents"] > 150
    return snapshot


def test_dask_cluster_and_process_pool_store_what_the_local_engine_stores(tmp_path, core_corpus, corpus_snapshot,
                                                                          postgres_server):
    import psutil

    from sitrep.engine import DaskRunner, LocalRunner, Pipeline
    from sitrep.store import open_store

    def ingest(url, runner):
        store = open_store(url)
        list(Pipeline(lexicon=store.lexicon).ingest([SAMPLES, *core_corpus], store, runner))
        store.close()

    pool = LocalRunner(None, workers=2)
    try:
        ingest(str(tmp_path / "pool.db"), pool)
    finally:
        pool.close()

    dask = DaskRunner(workers=2)  # a real LocalCluster: a scheduler here, two worker processes
    try:
        assert len(dask.client.scheduler_info()["workers"]) == 2
        me = psutil.Process()
        listening = _listening([me, *me.children(recursive=True)])
        assert listening and all(a.startswith("127.0.0.1:") for a in listening), listening
        on_postgres = postgres_server()
        ingest(on_postgres, dask)  # extraction on the cluster, results stored in PostgreSQL
    finally:
        dask.close()

    assert _snapshot(str(tmp_path / "pool.db")) == corpus_snapshot
    assert _snapshot(on_postgres) == corpus_snapshot


def test_ingest_on_a_running_dask_scheduler(tmp_path, core_corpus, corpus_snapshot, postgres_server):
    """`--engine dask --scheduler tcp://…`: a scheduler and two workers started as the README says
    (the `dask` command, every address on 127.0.0.1: a worker's HTTP server binds 0.0.0.0 unless
    told, even with --no-dashboard), results stored in PostgreSQL."""
    import psutil

    from tests.conftest import free_port

    port = free_port()
    dask = [str(Path(sys.executable).with_name("dask"))]  # the command installed beside this Python
    scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--dashboard-address", "127.0.0.1:0"], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
    address = f"tcp://127.0.0.1:{port}"
    workers = subprocess.Popen([*dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "2", "--nthreads", "1",
                                "--dashboard-address", "127.0.0.1:0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=60)
        tree = [psutil.Process(p.pid) for p in (scheduler, workers)]
        tree += [c for p in tree for c in p.children(recursive=True)]
        listening = _listening(tree)
        assert listening and all(a.startswith("127.0.0.1:") for a in listening), listening
        db = postgres_server()
        result = run_sitrep("ingest", SAMPLES, *core_corpus, "--engine", "dask", "--scheduler", address, "--db", db,
                            "--no-progress")
        assert result.returncode == 0, result.stderr
        assert _snapshot(db) == corpus_snapshot
    finally:
        for p in (workers, scheduler):
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=30)
    unreachable = run_sitrep("ingest", SAMPLES, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{free_port()}",
                             "--db", tmp_path / "x.db")
    assert unreachable.returncode == 1 and unreachable.stderr.startswith("Error: cannot reach the Dask scheduler")


PART = 500  # articles in each file of the archive: 2 files, 5 chunks (engine.CHUNK), one across both files
ARCHIVE = 2 * PART


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Two gzipped JSON Lines files of articles recombined from the real texts."""
    from bench.corpus import write_corpus

    folder = tmp_path_factory.mktemp("archive")
    for part in range(2):
        write_corpus(folder / f"part-{part}.jsonl.gz", PART, seed=part, per_day=20, prefix=f"p{part}")
    return folder


@pytest.fixture(scope="module")
def archive_store(archive, tmp_path_factory):
    """The archive ingested by one uninterrupted run of the default engine."""
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    result = run_sitrep("ingest", archive / "*.jsonl.gz", "--db", db, "--no-progress")
    assert result.returncode == 0, result.stderr
    return str(db)


def _stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_killed_ingest_resumes_without_duplicates(engine, archive, archive_store, tmp_path):
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "sitrep.cli", "ingest", str(archive / "*.jsonl.gz"), "--db", str(db),
           "--engine", engine, "--workers", "2", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while _stored(db) < 400 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as the OOM killer or a power cut would
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    done = _stored(db)
    assert 400 <= done < ARCHIVE, f"killed after {done} articles: not mid-run"

    result = run_sitrep("ingest", archive / "*.jsonl.gz", "--db", db, "--engine", engine, "--workers", "2",
                        "--no-progress")
    assert result.returncode == 0, result.stderr
    assert f"{ARCHIVE} articles read ({ARCHIVE - done} new, {done} unchanged)" in result.stderr, result.stderr
    assert _snapshot(str(db)) == _snapshot(archive_store)


def test_a_killed_ingest_leaves_no_worker_behind(archive, tmp_path):
    """SIGKILL to the ingest alone, as the OOM killer sends it: its workers and the processes that
    serve them are told nothing, and must still end, not wait forever for chunks."""
    import psutil

    db = tmp_path / "orphans.db"
    proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "ingest", str(archive / "*.jsonl.gz"), "--db", str(db),
                             "--workers", "2", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 200 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        started = psutil.Process(proc.pid).children(recursive=True)
        assert len(started) >= 3, started  # the two workers, the forkserver (and a resource tracker)
        proc.kill()
        proc.wait()
        _, alive = psutil.wait_procs(started, timeout=30)
        assert alive == [], [" ".join(p.cmdline())[:120] for p in alive]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_glob_patterns_and_progress(archive, tmp_path):
    """A quoted pattern is expanded by sitrep; one that matches nothing is a one-line error."""
    db = tmp_path / "p.db"
    result = run_sitrep("ingest", archive / "part-1.*", archive / "nothing-*.jsonl.gz", "--db", db, "--progress")
    assert result.returncode == 0, result.stderr
    assert f"sitrep: {archive / 'nothing-*.jsonl.gz'}: no readable files match this pattern" in result.stderr
    assert f"{PART} articles read ({PART} new)" in result.stderr
    usage = run_sitrep("ingest", archive, "--scheduler", "tcp://127.0.0.1:1", "--db", db)
    assert usage.returncode == 2 and "--scheduler needs --engine dask" in usage.stderr
