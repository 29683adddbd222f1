"""Scoring sitrep's output against gold files written by reading the texts.

`geo`: places named in articles -> the place a careful coder would pick (`sitrep evaluate geo`);
`geoparse`: the public geoparsing benchmarks; `merge`: which reports are one incident
(`sitrep evaluate merge`); `extract`: the incidents each article reports (`sitrep evaluate extract`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

Row = TypeVar("Row", bound=BaseModel)


def read_lines(path: str | Path, model: type[Row], what: str) -> list[Row]:
    """A gold file of JSON Lines, each line one `model`; one that is not is a `ValueError` naming
    the file and line."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(model.model_validate_json(line))
                except ValueError as e:
                    raise ValueError(f"{path}:{n}: not {what}: {str(e).splitlines()[0]}") from None
    return rows
