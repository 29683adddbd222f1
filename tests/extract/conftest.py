"""What the recogniser and clause-reader tests share: a real sentence of the shared corpus, read
as the extract stage reads it (`read_sentences`, then folded), with its offsets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitrep.extract import read_sentences
from sitrep.lexicon import Lexicon
from sitrep.model import Mention
from sitrep.sources import read_paths
from sitrep.text import Sentence, fold
from tests.conftest import SHARED


@dataclass(frozen=True)
class CorpusSentence:
    text: str  # the article's text as extract reads it
    folded: str
    sentence: Sentence

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="session")
def corpus_sentence(corpus_dir: Path) -> Callable[[str, str, str], CorpusSentence]:
    """`corpus_sentence(file, article_id, words)`: the sentence of that article containing `words`
    (case-insensitive); the test fails if there is none, so a changed corpus shows at once."""
    articles: dict[str, dict] = {}

    def find(file: str, article_id: str, words: str) -> CorpusSentence:
        if file not in articles:
            articles[file] = {a.id: a for a in read_paths([corpus_dir / file]) if hasattr(a, "id")}
        text, sents = read_sentences(articles[file][article_id].text)
        folded = fold(text)
        found = [s for s in sents if words.lower() in folded[s.start:s.end]]
        if len({folded[s.start:s.end].strip() for s in found}) == 1:
            found = found[:1]  # a headline printed again over its story: one sentence
        [sent] = found
        return CorpusSentence(text, folded, sent)

    return find


def _mentions(pipeline, corpus_dir: Path, file: str, article_id: str) -> list[Mention]:
    """The mentions sitrep reads from one article of a corpus file."""
    [article] = [a for a in read_paths([corpus_dir / file]) if getattr(a, "id", None) == article_id]
    return [m for m in pipeline.extractor.extract(article) if isinstance(m, Mention)]


def _told(pipeline, corpus_dir: Path, file: str, article_id: str, words: str, told_so: str) -> list[Mention]:
    """The mentions of a corpus article with `words` told as `told_so`: a rule whose words no article of the
    corpus has, tried on one that has the rest (the words as a page had them are in each test's comment)."""
    [article] = [a for a in read_paths([corpus_dir / file]) if getattr(a, "id", None) == article_id]
    assert words in article.text
    told = article.model_copy(update={"text": article.text.replace(words, told_so)})
    return [m for m in pipeline.extractor.extract(told) if isinstance(m, Mention)]

