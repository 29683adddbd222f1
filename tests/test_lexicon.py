"""The dictionaries as data: both language folders are checked against `sitrep.lexicon.schema`
when loaded (an unknown key or a pattern that does not compile is refused, naming the file), and
a weapon kind is one row of weapons.yaml, read on a real report."""

from __future__ import annotations

import shutil

import pytest
import yaml

from sitrep.extract import Extractor
from sitrep.lexicon import DATA, Lexicon, LexiconError
from sitrep.lexicon.arabic import DATA as ARABIC
from sitrep.lexicon.arabic import ArabicLexicon
from sitrep.model import Article, Mention
from sitrep.sources import read_paths
from sitrep.text import fold
from tests.conftest import SHARED


def test_both_languages_load_and_name_the_same_actors_and_kinds():
    english, arabic = Lexicon.load(), ArabicLexicon.load()
    assert set(arabic.actor_names.values()) <= set(english.actors)
    assert {k for k, _ in arabic.weapon_forms.values()} - {"projectile"} <= english.weapon_kinds()


def _edited(tmp_path, folder, name: str, change):
    """A copy of a dictionary folder with one file changed by `change` (on its parsed YAML)."""
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    data = yaml.safe_load((copy / name).read_text(encoding="utf-8"))
    change(data)
    (copy / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return copy


def test_an_unknown_key_is_refused_with_the_file_and_the_place(tmp_path):
    copy = _edited(tmp_path, DATA, "actors.yaml", lambda rows: rows[0].update(alias=["IRI"]))  # "aliases" misspelt
    with pytest.raises(LexiconError, match=r"actors\.yaml: 0\.alias: Extra inputs are not permitted"):
        Lexicon.load(copy)


def test_a_pattern_that_does_not_compile_is_refused(tmp_path):
    copy = _edited(tmp_path, DATA, "events.yaml", lambda events: events.update(claim="claim(ed|s"))
    with pytest.raises(LexiconError, match=r"events\.yaml: .*not a regular expression"):
        Lexicon.load(copy)


def test_a_word_boundary_yaml_read_as_a_backspace_is_refused(tmp_path):
    # "\b" written in a double-quoted YAML string is read as a backspace, and the pattern still compiles
    copy = _edited(tmp_path, DATA, "events.yaml", lambda events: events.update(claim="\bclaimed\b"))
    with pytest.raises(LexiconError, match=r"events\.yaml: .*a control character '\\x08'"):
        Lexicon.load(copy)


@pytest.mark.parametrize(("change", "error"), [
    ({"agent_after": r"\bby\s+$"}, r"agent_after: Extra inputs are not permitted"),  # no such cue
    ({"agent_before": r"\bby\s+(?:the"}, r"agent_before: .*not a regular expression"),
])
def test_a_cue_that_is_unknown_or_does_not_compile_is_refused_by_name(tmp_path, change, error):
    copy = _edited(tmp_path, DATA, "cues.yaml", lambda cues: cues.update(change))
    with pytest.raises(LexiconError, match=rf"cues\.yaml: {error}"):
        Lexicon.load(copy)


def test_an_arabic_name_must_point_to_an_english_actor(tmp_path):
    copy = _edited(tmp_path, ARABIC, "actors.yaml", lambda rows: rows[0].update(name="Islamic Resistance of Iraq"))
    with pytest.raises(LexiconError, match="not actors of the English lexicon"):
        ArabicLexicon.load(copy)


def test_a_group_whose_arabic_rocket_is_a_missile_must_be_an_english_actor(tmp_path):
    copy = _edited(tmp_path, ARABIC, "weapons.yaml", lambda w: w["projectile"].update(missile_of=["Huthis"]))
    with pytest.raises(LexiconError, match=r"weapons\.yaml: missile_of \['Huthis'\]"):
        ArabicLexicon.load(copy)


def test_an_actor_a_name_stands_for_in_a_country_must_be_an_actor(tmp_path):
    def misname(rows):
        [row] = [r for r in rows if r.get("in_country")]
        row["in_country"] = {"LB": "Hizbullah"}
    copy = _edited(tmp_path, DATA, "actors.yaml", misname)
    with pytest.raises(LexiconError, match=r"actors\.yaml: in_country names \['Hizbullah'\]"):
        Lexicon.load(copy)


def test_a_weapon_kind_may_narrow_only_a_kind_of_the_file(tmp_path):
    copy = _edited(tmp_path, DATA, "weapons.yaml",
                   lambda weapons: weapons["kinds"]["ballistic missile"].update(narrows="missiles"))
    with pytest.raises(LexiconError, match=r"weapons\.yaml: narrows \['missiles'\]"):
        Lexicon.load(copy)


def test_a_weapon_kind_is_said_loosely_only_for_kinds_of_the_file(tmp_path):
    copy = _edited(tmp_path, DATA, "weapons.yaml", lambda weapons: weapons["kinds"]["aircraft"].update(loosely=["fire"]))
    with pytest.raises(LexiconError, match=r"weapons\.yaml: loosely \['fire'\]"):
        Lexicon.load(copy)


def test_a_weapon_kind_is_one_row(tmp_path, pipeline):
    """rssx23-d4fa545693: "Ukraine attacked Russian village with cluster munitions: Governor"."""
    path = SHARED / "corpus" / "rss_news_expanded_2023.jsonl"
    if not path.is_file():
        pytest.skip(f"the expanded news corpus is not beside the clone ({path} missing)")
    article = next(a for a in read_paths([path]) if isinstance(a, Article) and a.id == "rssx23-d4fa545693")
    places = pipeline.extractor.places

    def kinds(lexicon: Lexicon) -> set[str]:
        found = [r for r in Extractor(lexicon, places).extract(article) if isinstance(r, Mention)]
        return {w.kind for m in found for w in m.weapons}

    assert kinds(Lexicon.load()) == set()  # no weapon it knows: no attack read
    row = {"family": "fire", "plover": "heavy-weapons", "one": "a cluster munition", "many": "cluster munitions",
           "nouns": ["cluster munition", "cluster bomb"]}
    copy = _edited(tmp_path, DATA, "weapons.yaml", lambda weapons: weapons["kinds"].update({"cluster munition": row}))
    assert kinds(Lexicon.load(copy)) == {"cluster munition"}  # the attack, with the weapon of the new row


def test_an_iraqi_group_is_known_by_its_other_spellings():
    """AP writes "Iraq based Kataeb Hezbollah": Kata'ib Hezbollah, not Lebanon's Hezbollah."""
    path = SHARED / "corpus" / "hackernews2024_full_articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not there")
    [article] = [a for a in read_paths([path])
                 if getattr(a, "id", None) == "hn24-report-drone-that-killed-us-troops-in-jordan-mistaken-for-us"]
    start = article.text.index("Kataeb")
    text = article.text[start - 20:start + 40]
    lex = Lexicon.load()
    assert [m.value for m in lex.find_actors(fold(text), text, 0, len(text))] == ["Kata'ib Hezbollah"]


def test_iran_backed_military_groups_are_the_militias():
    """A page's words (January 2024): "US President Joe Biden says that while facts are still being gathered, the attack
    was carried out by Iran-backed military groups operating in Syria and Iraq." """
    text = ("US President Joe Biden says that while facts are still being gathered, the attack was carried out by"
            " Iran-backed military groups operating in Syria and Iraq.")
    lex = Lexicon.load()
    assert "Iran-backed militias" in [m.value for m in lex.find_actors(fold(text), text, 0, len(text))]


def test_an_alias_of_two_actors_is_refused(tmp_path):
    def repeat(rows):
        rows[2]["aliases"] = [*rows[2]["aliases"], rows[0]["aliases"][0]]  # another actor's: Kata'ib Hezbollah
    copy = _edited(tmp_path, DATA, "actors.yaml", repeat)
    with pytest.raises(LexiconError, match=r"actors\.yaml: .* one alias, one actor"):
        Lexicon.load(copy)
