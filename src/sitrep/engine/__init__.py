"""Engine: runs the stages over a stream of inputs, in this process, in a pool of processes, or
on a Dask cluster.

`Pipeline` wires the stages together (readers, the extractor with the geocoder as its place
finder), so that the stages themselves stay independent of each other.

Ingesting at scale has one shape whichever `Runner` extracts: this process reads articles in
chunks, skips those already stored (one query a chunk), sends the rest out to be extracted,
takes the results back *in input order*, and stores each chunk in one transaction. The order
makes every runner produce the same store from the same input; the bounded number of chunks in
flight keeps memory flat however large the input; the per-chunk transaction means a killed run
leaves whole chunks behind, and the next run skips them.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sitrep.extract import Extractor, TimeLimit, TooLong
from sitrep.geo import Geocoder
from sitrep.lexicon import Lexicon
from sitrep.model import Article, Mention, Tally
from sitrep.sources import Meter, ReadError, read_paths
from sitrep.store import Added, Refused, Store

Output = Mention | Tally | ReadError
Records = list[Mention | Tally]
TIME_LIMIT = 10.0  # seconds one article may take to extract before it is reported and skipped
CHUNK = 200  # articles sent to a worker at once, and stored in one transaction
NO_DASK = "the Dask engine needs Dask, which is not installed: pip install 'sitrep[dask]'"


@dataclass
class Counts:
    articles: int = 0
    errors: int = 0
    mentions: int = 0
    tallies: int = 0
    chars: int = 0
    stored: dict[str, int] = field(default_factory=dict)  # ingest: articles new/unchanged/replaced/duplicate


def extract_chunk(extractor: Extractor, articles: Sequence[Article], time_limit: float = TIME_LIMIT) -> list[Records | str]:
    """Each article's records, or why it has none (one line): what a worker does with a chunk.
    No article can stop the others: one over the time limit, or one that trips a bug in a stage,
    is reported and the chunk goes on."""
    out: list[Records | str] = []
    for article in articles:
        try:
            out.append(extractor.extract(article, deadline=time.monotonic() + time_limit))
        except TimeLimit:
            out.append(f"not extracted: took longer than {time_limit:g} s")
        except TooLong as e:
            out.append(f"not extracted: {e}")
        except Exception as e:  # noqa: BLE001 — reported per article, never a crashed batch
            out.append(f"not extracted: {type(e).__name__} in extraction ({str(e)[:200]})")
    return out


@functools.cache
def _process_extractor() -> Extractor:
    """The extractor of a worker process (pool or Dask), built on its first chunk and kept."""
    lexicon = Lexicon.load()
    return Extractor(lexicon, Geocoder(lexicon=lexicon))


def exit_with(pid: int) -> None:
    """End this process as soon as process `pid` (the ingest that started it) ends, however it
    ends: a SIGKILLed ingest leaves no worker behind. A worker's parent is the forkserver, which
    itself lives as long as its children do, so neither would ever notice on its own; a thread
    here waits on the ingest's pidfd (Linux), or checks on it each second elsewhere."""
    import threading

    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = None

    def wait() -> None:
        if handle is not None:
            import select

            select.select([handle], [], [])
        else:
            while True:
                time.sleep(1)
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
        os._exit(1)

    threading.Thread(target=wait, name="exit-with-ingest", daemon=True).start()


def _extract_in_worker(articles: Sequence[Article], time_limit: float = TIME_LIMIT) -> list[Records | str]:
    return extract_chunk(_process_extractor(), articles, time_limit)


@dataclass
class Chunk:
    """Consecutive input items (articles and read errors, in order) and the articles among them
    that need extracting (the others are stored already)."""

    items: list[Article | ReadError]
    todo: list[Article]


def chunked(items: Iterable[Article | ReadError], size: int = CHUNK,
            held: Callable[[list[Article]], set[str]] | None = None) -> Iterator[Chunk]:
    """Consecutive items, `size` at a time, each chunk's articles to extract being those whose
    ids `held` (the store's check, one query a chunk) does not return."""
    items = iter(items)
    while batch := list(itertools.islice(items, size)):
        articles = [a for a in batch if isinstance(a, Article)]
        skip = held(articles) if held else set()
        yield Chunk(batch, [a for a in articles if a.id not in skip])


def _store_chunk(store: Store, extracted: list[tuple[Article, Records]]) -> list[Added | str]:
    """Store a chunk in one transaction; if the store refuses it, each article in a transaction
    of its own, so that one article the store will not keep costs that article alone (why, in
    its place). A store that fails outright (`Unavailable`) stops the run."""
    try:
        return list(store.add_many(extracted))
    except Refused:
        out: list[Added | str] = []
        for article, records in extracted:
            try:
                out.append(store.add(article, records))
            except Refused as e:
                out.append(f"not stored: {e}")
        return out


class Runner(Protocol):
    """Extracts each chunk's `todo` somewhere; results come back in the order the chunks went."""

    def map(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Records | str]]]: ...

    def close(self) -> None: ...


def _in_order(submit: Callable, chunks: Iterable[Chunk], window: int) -> Iterator[tuple[Chunk, list]]:
    """Submit chunks, keeping at most `window` in flight, and yield (chunk, result) in order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk.todo)))
        if len(pending) >= window:
            chunk, future = pending.popleft()
            yield chunk, future.result()
    while pending:
        chunk, future = pending.popleft()
        yield chunk, future.result()


class LocalRunner:
    """Extraction here (`workers=1`) or in a pool of worker processes on this machine."""

    def __init__(self, extractor: Extractor | None, workers: int = 1, time_limit: float = TIME_LIMIT):
        self.extractor, self.workers, self.time_limit = extractor, workers, time_limit
        self.pool = None
        if workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # forkserver: workers start from a clean process (no threads, no open store) and load
            # the gazetteer once each
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["sitrep.engine"])
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=exit_with,
                                            initargs=(os.getpid(),))

    def map(self, chunks):
        if self.pool is None:
            extractor = self.extractor or _process_extractor()
            for chunk in chunks:
                yield chunk, extract_chunk(extractor, chunk.todo, self.time_limit)
            return
        yield from _in_order(lambda c: self.pool.submit(_extract_in_worker, c, self.time_limit), chunks,
                             2 * self.workers)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class DaskRunner:
    """Extraction on a Dask cluster: the one at `scheduler` (tcp://host:port), or a local one of
    `workers` processes started here. A local cluster listens on 127.0.0.1 only: its scheduler's
    HTTP server too (on a free port, not 8787, which would be 0.0.0.0 or taken), and its workers
    start none.
    Workers of a remote cluster need sitrep installed (the same version)."""

    def __init__(self, scheduler: str | None = None, workers: int = 2, time_limit: float = TIME_LIMIT):
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # not installed with sitrep itself
            raise ImportError(NO_DASK, name="distributed") from None

        self.time_limit = time_limit
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="10s")
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
                                        worker_dashboard_address=None)
            self.client = Client(self.cluster)
            self.workers = workers

    def map(self, chunks):
        def submit(chunk):
            return self.client.submit(_extract_in_worker, chunk, self.time_limit, pure=False)

        yield from _in_order(submit, chunks, 2 * self.workers)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@dataclass
class Pipeline:
    lexicon: Lexicon = field(default_factory=Lexicon.load)
    geocoder: Geocoder | None = None
    counts: Counts = field(default_factory=Counts)

    def __post_init__(self) -> None:
        self._extractor: Extractor | None = None
        if self.geocoder is not None:
            self._extractor = Extractor(self.lexicon, self.geocoder)

    @property
    def extractor(self) -> Extractor:
        """Built on first use: an ingest whose extraction runs in other processes never loads
        the gazetteer here."""
        if self._extractor is None:
            self.geocoder = Geocoder(lexicon=self.lexicon)
            self._extractor = Extractor(self.lexicon, self.geocoder)
        return self._extractor

    def _count(self, article: Article, records: Records) -> Records:
        self.counts.articles += 1
        self.counts.chars += len(article.text)
        for r in records:
            if isinstance(r, Mention):
                self.counts.mentions += 1
            else:
                self.counts.tallies += 1
        return records

    def extract_article(self, article: Article, time_limit: float | None = None) -> Records:
        deadline = None if time_limit is None else time.monotonic() + time_limit
        return self._count(article, self.extractor.extract(article, deadline))

    def run(self, paths: Iterable[str | Path], meter: Meter | None = None) -> Iterator[Output]:
        """Records and read errors, in input order. A bad file never stops the batch."""
        for item in read_paths(paths, self.lexicon, meter):
            if isinstance(item, ReadError):
                self.counts.errors += 1
                yield item
                continue
            yield from self.extract_article(item)

    def ingest(self, paths: Iterable[str | Path], store: Store, runner: Runner | None = None,
               meter: Meter | None = None, chunk: int = CHUNK) -> Iterator[tuple[Article, Added] | ReadError]:
        """Extract (on `runner`; default: here) and store every article, a chunk per transaction,
        in input order. Articles already stored unchanged are not extracted again, so a re-run
        resumes where the last one stopped. Yields each article with what storing it did, and
        every read or extraction error."""
        runner = runner or LocalRunner(self.extractor)

        chunks = chunked(read_paths(paths, self.lexicon, meter), chunk, store.held)
        for part, results in runner.map(chunks):
            extracted = [(a, r) for a, r in zip(part.todo, results) if not isinstance(r, str)]
            failed = {id(a): r for a, r in zip(part.todo, results) if isinstance(r, str)}
            added = {}
            for (a, r), ad in zip(extracted, _store_chunk(store, extracted)):
                if isinstance(ad, Added):
                    added[id(a)] = (ad, r)
                else:
                    failed[id(a)] = ad
            for item in part.items:
                if isinstance(item, ReadError):
                    self.counts.errors += 1
                    yield item
                elif id(item) in failed:
                    self.counts.errors += 1
                    yield ReadError(item.source_file or item.id, f"article {item.id}: {failed[id(item)]}")
                else:
                    status, records = added.get(id(item), (Added("unchanged"), []))
                    self._count(item, records)
                    self.counts.stored[status.status] = self.counts.stored.get(status.status, 0) + 1
                    yield item, status

    def add(self, article: Article, store: Store) -> tuple[Added, Records]:
        """Extract and store one article, in one transaction; what was stored and extracted.
        Raises `TooLong`, or `TimeLimit` past `TIME_LIMIT`, storing nothing."""
        if store.holds(article):
            added, records = Added("unchanged"), []
            self.counts.articles += 1
        else:
            records = self.extract_article(article, TIME_LIMIT)
            added = store.add(article, records)
        self.counts.stored[added.status] = self.counts.stored.get(added.status, 0) + 1
        return added, records


__all__ = ["CHUNK", "NO_DASK", "TIME_LIMIT", "Chunk", "Counts", "DaskRunner", "LocalRunner", "Pipeline", "Runner", "chunked", "extract_chunk"]
