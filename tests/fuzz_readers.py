"""Coverage-guided fuzzing of the readers with atheris (libFuzzer). Run by tests/test_fuzz.py with
a fixed number of runs; by hand, without -runs, it goes on until it finds a crash:

    python tests/fuzz_readers.py [libFuzzer options, e.g. -runs=100000 -max_len=4096]

The first input byte picks the container (.txt, .json, .jsonl, .html, gzipped, WARC); the rest is
the file. Anything but an `Article` or a one-line `ReadError` is a crash.
"""

import sys
from pathlib import PurePath

import atheris

with atheris.instrument_imports():
    from sitrep.lexicon import Lexicon
    from sitrep.model import Article
    from sitrep.sources import ReadError, read_bytes

SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".txt.gz", ".jsonl.gz", ".warc", ".warc.gz"]
LEXICON = Lexicon.load()


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    for item in read_bytes(data[1:], PurePath("fuzz" + suffix), LEXICON):
        if isinstance(item, ReadError):
            assert "\n" not in str(item), str(item)
        elif not isinstance(item, Article):
            raise AssertionError(f"reader gave {type(item).__name__}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
