"""Shared fixtures. The corpus lives beside the clone in ../shared (publisher texts are never copied
into the repo); tests that need it skip, saying why, where it is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "src" / "sitrep" / "samples"
SEEDS = sorted(SAMPLES.glob("*.txt"))  # the five seed reports; SAMPLES also holds public-domain/CC texts


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


@pytest.fixture(scope="session")
def seed_records(pipeline):
    """Records of the bundled seed reports (the same files as ../shared/seeds)."""
    return list(pipeline.run(SEEDS))


def run_sitrep(*args) -> subprocess.CompletedProcess:
    """The `sitrep` command in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "sitrep.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=300)
