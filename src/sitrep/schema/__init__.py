"""The output contract as JSON Schema: one record per line, a `Mention` or a `Tally`.

`record.schema.json` beside this file is generated from `model.py` (`python -m sitrep.schema`)
and a test checks that the two agree, so the file other tools validate against is never stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import Field, TypeAdapter

from sitrep.model import Mention, Tally

PATH = Path(__file__).with_name("record.schema.json")


def record_schema() -> dict:
    adapter = TypeAdapter(Annotated[Mention | Tally, Field(discriminator="kind")])
    schema = adapter.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "sitrep record (Mention or Tally)"
    return schema


def write() -> Path:
    PATH.write_text(json.dumps(record_schema(), indent=2) + "\n", encoding="utf-8")
    return PATH
