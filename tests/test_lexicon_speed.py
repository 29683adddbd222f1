"""The shortcuts that make the lexicon's and the date finder's passes faster find what the plain
patterns find: each actor pattern tried only where a match of it can begin, dates matched without
IGNORECASE on text it reads no differently, find_actors' answers kept."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.lexicon import Lexicon, _alternation, _first_chars, _one_pass, _word, _word_of
from sitrep.text import fold
from sitrep.when import _PHRASE, Reference, find_dates


@pytest.mark.parametrize("pattern, first", [
    ("iran(?:'s)? prox(?:y|ies)", {"i"}),
    ("(?:the )?resistance in iraq", {"t", "r"}),
    ("(?:president )?(?:joe |donald )?(?:biden|trump)", {"p", "j", "d", "b", "t"}),
    ("x{0}y", {"y"}),
    (r"[a-c\-]z", {"a", "b", "c", "-"}),
    ("(?:ab|)?c", {"a", "c"}),
])
def test_the_first_characters_of_a_pattern(pattern, first):
    assert _first_chars(pattern) == first


@pytest.mark.parametrize("pattern", ["a|b*", "", r"\bfoo", "[^a]b", r"\w+", "(?i:a)", ".x", "(?=a)a", "(a)?"])
def test_a_pattern_whose_first_characters_are_not_known_is_tried_everywhere(pattern):
    assert _first_chars(pattern) is None


def test_one_pass_finds_what_the_plain_alternation_finds():
    patterns = [*(p.pattern for _, p in Lexicon.load()._actor_patterns), r"\bodd(?:ly)?", "(?:x|)y-?"]
    plain = re.compile(_word("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns))))
    fast = re.compile(_one_pass(patterns))
    text = fold("The Islamic Resistance in Iraq and Iran-backed militias claimed it; US forces launched airstrikes, "
                "President Biden ordered strikes. Oddly, y- xy the resistance in Iraq, Iraqi resistance factions, "
                "Trump's bombing; militias backed by Iran; -US strikes; iran's proxies.")
    for start in range(0, len(text), 7):
        for end in (len(text), start + 40):
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text, start, end)] == \
                   [(m.span(), m.lastgroup) for m in plain.finditer(text, start, end)]


@pytest.mark.parametrize("text", [
    "On Sunday, December 25, drones struck; on Monday the 2nd of Jan. 2024, and early Tuesday morning, again.",
    "Yesterday's attack, the past 48 hours; christmas eve; 2024-01-28; a recent drone strike",
    "Kılıç said a recent attac\u212a and the one on 3 Deceı were the ones.",  # what IGNORECASE reads as ASCII
])
def test_dates_are_found_as_with_ignorecase(text):
    ref = Reference(dt.date(2024, 1, 30), "published")
    for t in (text, fold(text)):
        found = find_dates(t, 0, len(t), ref)
        assert [(d.char_start, d.char_end) for d in found] == \
               [m.span() for m in _PHRASE.finditer(t) if not re.search(r"since\s+$", t[:m.start()])]


def test_find_actors_answers_again_with_the_same_matches():
    lex = Lexicon.load()
    text = "Iran-backed militias attacked US forces; the Pentagon said Hezbollah was not involved."
    f = fold(text)
    first = list(lex.find_actors(f, text, 0, len(text)))
    assert first and list(lex.find_actors(f, text, 0, len(text))) == first
    assert list(lex.find_actors(fold(text), str(text), 0, len(text))) == first  # equal strings, new objects
    assert list(lex.find_actors(f, text, 0, len(text), attacks=False)) == lex._find_actors(f, text, 0, len(text), False)


@pytest.mark.parametrize("words", [["IRGC", "ISIS", "IS", "US", "PMF", "U.S."], ["iran", "tehran"], ["x"], ["", "ab"]])
def test_a_word_list_tested_after_its_first_letter_finds_what_the_plain_one_finds(words):
    plain, fast = re.compile(_word(_alternation(words))), re.compile(_word_of(words))
    text = "IRGC, ISIS-IS US; PMF's U.S.U.S. -US xUS US- iran, tehran-iran iranian x ab a-x x_x"
    for start in range(len(text)):
        for end in (len(text), start + 5):
            assert [m.span() for m in fast.finditer(text, start, end)] == [m.span() for m in plain.finditer(text, start, end)]
