"""Engine: runs the stages over a batch of inputs. For now one process, in order.

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

Output = Mention | Tally | ReadError


@dataclass
class Counts:
    articles: int = 0
    errors: int = 0
    mentions: int = 0
    tallies: int = 0
    chars: int = 0


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


__all__ = ["Counts", "Pipeline"]
