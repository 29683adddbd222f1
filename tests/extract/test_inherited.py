"""What an attack told without its own actor takes from the article, and what it does not. One real
article of the shared corpus each."""

from __future__ import annotations

from sitrep.model import Mention
from sitrep.sources import read_paths


def _mentions(pipeline, corpus_dir, file, article_id) -> list[Mention]:
    [article] = [a for a in read_paths([corpus_dir / file]) if getattr(a, "id", None) == article_id]
    return [m for m in pipeline.extractor.extract(article) if isinstance(m, Mention)]


def test_the_attacked_never_inherit_the_attacker_named_before(pipeline, corpus_dir):
    # "The US military conducted targeted air strikes in Iraq in response to a drone attack by
    # Iran-aligned militias. [...] The drone attack targeted a military base used by US and
    # anti-jihadist coalition forces.": the drone attack is not the US's, though the US was named before
    mentions = _mentions(pipeline, corpus_dir, "rss_news_2023_iraq_syria_us_forces.jsonl", "rss23-465aa2eb88")
    drones = [m for m in mentions if any(w.kind == "drone" for w in m.weapons)]
    assert drones and all(m.actor != "US forces" for m in drones)
    assert any(m.actor == "US forces" and [w.kind for w in m.weapons] == ["aircraft"] for m in mentions)
