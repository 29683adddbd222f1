"""The shortcuts that make the place finder faster read what the plain code read: a test skipped
before a pattern only where the pattern could not match, a demonym not tried longer than any is,
an Arabic word not read by its sound where nothing says a town follows, places and spans made by
their validators equal to those made the usual way, a name's key split on whitespace at once, and
a country's name read on only as far as a country's name starting with its first word goes."""

from __future__ import annotations

from collections import Counter

import pytest

import sitrep.geo as geo
from sitrep.geo import _TOKEN, Geocoder, _Found, _home, _place
from sitrep.geo.arabic import _WORD, _may_be_heard
from sitrep.geo.gazetteer import Entry
from sitrep.geo.names import key, skeleton
from sitrep.model import Place, PlaceSpan
from sitrep.text import fold_arabic


@pytest.fixture(scope="module")
def geocoder(pipeline) -> Geocoder:
    _ = pipeline.extractor
    return pipeline.geocoder


@pytest.mark.parametrize("before", [
    "attacks in the province of ", "the Province Of The ", "in the district of \n", "REGION OF ",
    "governorate of the\n", "in the northern region of the ", "outside the city of ", "in the ", "of", "",
])
def test_province_of_is_looked_for_wherever_it_can_be(before):
    # `_longest` searches `_ADMIN_BEFORE` only where "f " is in the last 8 characters
    if geo._ADMIN_BEFORE.search(before):
        assert "f " in before[-8:] or "F " in before[-8:]


def test_every_entry_has_the_types_a_place_declares(geocoder):
    # `_place` validates as `Place(...)` does; what it makes must equal what that made, field by field
    for e in geocoder.index.entries[::997]:
        made = _place(e, 2)
        usual = Place(name=e.name, kind=e.kind, country=e.country, admin1=e.admin1, latitude=round(e.latitude, 5),
                      longitude=round(e.longitude, 5), precision=2, source=e.source)
        assert made == usual and made.model_fields_set == usual.model_fields_set
        assert made.model_dump_json() == usual.model_dump_json()


def test_a_span_made_by_its_validator_is_the_usual_span():
    e = Entry("Erbil", "city", "IQ", "Erbil", 36.1911, 44.0094, 932800, "GeoNames 95446 (CC BY 4.0)")
    made = geo._NEW_SPAN({"place": _place(e, 1), "text": "Erbil", "start": 3, "end": 8, "role": "demonym"})
    usual = PlaceSpan(place=_place(e, 1), text="Erbil", start=3, end=8, role="demonym")
    assert made == usual and made.model_fields_set == usual.model_fields_set


@pytest.mark.parametrize("text, demonym", [
    ("Papua New Guinean troops crossed the border.", "Papua New Guinean"),
    ("Sri Lankans were evacuated.", "Sri Lankans"),
    ("Iraqi forces said.", "Iraqi"),
    ("South Korean officials said.", "South Korean"),
])
def test_demonyms_of_several_words_are_still_read_whole(geocoder, text, demonym):
    assert demonym in [s.text for s in geocoder.find(text) if s.role == "demonym"]


def test_the_home_country_is_the_first_of_the_most_named_as_a_counter_reads_it():
    def found(*countries):
        return [_Found(PlaceSpan(place=Place(name=c, kind="city", country=c), text=c, start=0, end=1))
                for c in countries]

    for countries in (("SY", "IQ", "IQ", "SY"), ("IQ", "SY", "SY", "IQ", "IQ"), ("US", "US"), ("US",), ()):
        seen = Counter(countries)
        expected = None
        if seen:
            country, n = seen.most_common(1)[0]
            expected = country if n >= 2 and n * 2 > sum(seen.values()) else None
        assert _home(found(*countries)) == expected


@pytest.mark.parametrize("text", ["بلدة زاكية بريف دمشق", "بالدجيل جنوب صلاح الدين", "وقرية البياضة جنوبي لبنان",
                                  "قصف على مدينة المخا غربي تعز"])
def test_a_word_is_read_by_its_sound_only_where_it_may_be(geocoder, text):
    # wherever `_by_sound` reads a word, `_may_be_heard` lets it
    arabic = geocoder._arabic
    f = fold_arabic(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(f.text)]
    heard = [i for i in range(len(words)) if arabic._by_sound(f, words, i, frozenset()) is not None]
    assert heard, "the examples name towns by their sound"
    assert all(_may_be_heard(words, i) for i in heard)


@pytest.mark.parametrize(("name", "expected"), [
    ("  Deir   ez-Zor\t", "deir ez zor"),  # runs of whitespace, at the ends too
    ("Deir\u2003ez-Zor", "deir ez zor"),  # any Unicode space, as \s+ matched it
    ("", ""),
    ("Al", "al"),  # an article alone stays
    ("al-Qaim", "qaim"),  # a leading article goes
    ("The Gambia", "gambia"),
    ("Syria's", "syria"),
    ("U.S.", "u s"),
])
def test_key_splits_on_whitespace(name, expected):
    assert key(name) == expected


def test_skeleton_squeezes_doubled_letters():
    assert {skeleton(n) for n in ("Deir ez-Zor", "Dayr al-Zawr", "Deir Ezzor")} == {"drzr"}
    assert {skeleton(n) for n in ("Erbil", "Irbil", "Arbil")} == {"rbl"}


def _countries_named(geocoder: Geocoder, text: str) -> frozenset[str]:
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    return geocoder._countries_named(tokens, [n for n, t in enumerate(tokens) if t[2][0].isupper()])


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops in the Democratic Republic of the Congo", {"CD", "CG"}),  # five words, and "Congo" alone
    ("Drones over the United Arab Emirates and Iraq", {"AE", "IQ"}),
    ("In South Sudan and South Africa", {"SD", "SS", "ZA"}),
    ("Iraq's army", {"IQ"}),
    ("US forces", set()),  # an acronym qualifies, it names no country here
    ("United Nations", set()),
])
def test_countries_named_by_one_word_and_long_names(geocoder, text, expected):
    assert _countries_named(geocoder, text) == expected


def test_names_are_read_on_only_as_far_as_a_country_goes(geocoder):
    assert geocoder._country_starts["iraq"] == 1
    assert geocoder._country_starts["united"] >= 3  # "United Arab Emirates"
    assert geocoder._demonym_starts["sri"] == 2  # "Sri Lankan"
