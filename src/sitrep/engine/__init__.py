"""Engine: runs the stages over a batch of inputs, in one process, in order.

`Pipeline` wires the stages together (readers, the extractor with the geocoder as its place
finder), so that the stages themselves stay independent of each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from sitrep.extract import Extractor
from sitrep.geo import Geocoder
from sitrep.lexicon import Lexicon
from sitrep.model import Article, Mention, Tally
from sitrep.sources import ReadError, read_paths
from sitrep.store import Added, Store

Output = Mention | Tally | ReadError


@dataclass
class Counts:
    articles: int = 0
    errors: int = 0
    mentions: int = 0
    tallies: int = 0
    chars: int = 0
    stored: dict[str, int] = field(default_factory=dict)  # ingest: articles new/unchanged/replaced/duplicate


@dataclass
class Pipeline:
    lexicon: Lexicon = field(default_factory=Lexicon.load)
    geocoder: Geocoder | None = None
    counts: Counts = field(default_factory=Counts)

    def __post_init__(self) -> None:
        self.geocoder = self.geocoder or Geocoder(lexicon=self.lexicon)
        self.extractor = Extractor(self.lexicon, self.geocoder)

    def extract_article(self, article: Article) -> list[Mention | Tally]:
        records = self.extractor.extract(article)
        self.counts.articles += 1
        self.counts.chars += len(article.text)
        for r in records:
            if isinstance(r, Mention):
                self.counts.mentions += 1
            else:
                self.counts.tallies += 1
        return records

    def run(self, paths: Iterable[str | Path]) -> Iterator[Output]:
        """Records and read errors, in input order. A bad file never stops the batch."""
        for item in read_paths(paths, self.lexicon):
            if isinstance(item, ReadError):
                self.counts.errors += 1
                yield item
                continue
            yield from self.extract_article(item)

    def ingest(self, paths: Iterable[str | Path], store: "Store") -> Iterator[tuple[Article, Added] | ReadError]:
        """Extract and store every article, one transaction each; an article already stored
        unchanged is not even extracted again, so a re-run resumes where the last one stopped."""
        for item in read_paths(paths, self.lexicon):
            if isinstance(item, ReadError):
                self.counts.errors += 1
                yield item
                continue
            yield item, self.add(item, store)[0]

    def add(self, article: Article, store: "Store") -> tuple[Added, list[Mention | Tally]]:
        """Extract and store one article, in one transaction; what was stored and extracted."""
        if store.holds(article):
            added, records = Added("unchanged"), []
            self.counts.articles += 1
        else:
            records = self.extract_article(article)
            added = store.add(article, records)
        self.counts.stored[added.status] = self.counts.stored.get(added.status, 0) + 1
        return added, records


__all__ = ["Counts", "Pipeline"]
